//! Which eSpeak NG voice speaks which language of the kiosk, and how fast.
//!
//! The list was checked with `espeak-ng --voices=CODE` (eSpeak NG 1.51, Debian 12);
//! `tests/speech.rs` checks that every voice named here exists on the machine.
//! Pashto (`ps`) and Tigrinya (`ti`) have no voice: recordings are their only way.

/// An eSpeak NG voice and its speed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Voice {
    /// As given to `espeak-ng -v`.
    pub name: &'static str,
    /// Words per minute (`espeak-ng -s`).
    pub speed: u32,
}

/// eSpeak NG's own default (175) is brisk for a noisy public place and for people
/// hearing a second language: a little slower for everyone.
pub const SPEED: u32 = 160;
/// Easy-to-read French is also spoken slowly.
pub const SPEED_EASY: u32 = 125;

/// The voice for language `code` (a code of [`crate::i18n::LANGUAGES`]), if eSpeak NG
/// has one.
pub fn voice(code: &str) -> Option<Voice> {
    let (name, speed) = match code {
        "fr" => ("fr-fr", SPEED),
        "fr-x-falc" => ("fr-fr", SPEED_EASY),
        "en" => ("en-gb", SPEED),
        "ar" => ("ar", SPEED),
        // Dari is written and spoken close to Persian; eSpeak NG's Persian is nearest.
        "prs" => ("fa", SPEED),
        "uk" => ("uk", SPEED),
        "ru" => ("ru", SPEED),
        "ro" => ("ro", SPEED),
        "es" => ("es", SPEED),
        "pt" => ("pt", SPEED),
        "tr" => ("tr", SPEED),
        "ka" => ("ka", SPEED),
        "bn" => ("bn", SPEED),
        "sq" => ("sq", SPEED),
        _ => return None,
    };
    Some(Voice { name, speed })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_but_pashto_and_tigrinya_has_a_voice() {
        for l in crate::i18n::LANGUAGES {
            let has = voice(l.code).is_some();
            assert_eq!(has, !matches!(l.code, "ps" | "ti"), "{}", l.code);
        }
        let falc = voice("fr-x-falc").map(|v| v.speed);
        assert!(falc < voice("fr").map(|v| v.speed), "easy French is slower");
    }
}
