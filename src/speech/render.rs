//! From utterances to sound: each utterance is taken from a recording when the pack has
//! one (a recording always wins), else synthesised when its language has a voice, else
//! it cannot be said. When something in the resident's own language cannot be said,
//! the plan starts with a notice, in French then in English, that this language cannot
//! be listened to yet and that French or English can: never silence without a word.

use std::time::{Duration, Instant};

use super::script::{Source, Utterance};
use super::synth::Synth;
use super::voice::{voice, Voice};
use super::wav::{self, Pcm};
use super::SpeechError;
use crate::content::Pack;
use crate::i18n::Localizer;

/// The message explaining that a language has no voice, said in these languages.
pub const NO_VOICE_KEY: &str = "speech-no-voice";
pub const NO_VOICE_IN: [&str; 2] = ["fr", "en"];

/// Pause between two utterances.
pub const GAP_MS: u32 = 300;

/// How one utterance will be said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Take {
    /// The pack's recording of message `key` in the utterance's language.
    Recorded {
        key: String,
    },
    Synthesised(Voice),
    /// No recording and no voice.
    Unspeakable,
}

/// A screen's utterances and how each is said, the no-voice notice first if needed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub lang: String,
    pub steps: Vec<(Utterance, Take)>,
}

impl Plan {
    /// What will be heard, one line per utterance.
    pub fn spoken(&self) -> impl Iterator<Item = &Utterance> {
        self.steps
            .iter()
            .filter(|(_, t)| *t != Take::Unspeakable)
            .map(|(u, _)| u)
    }

    /// Utterances in the resident's language that cannot be said.
    pub fn unspeakable(&self) -> impl Iterator<Item = &Utterance> {
        self.steps
            .iter()
            .filter(|(u, t)| *t == Take::Unspeakable && u.lang == self.lang)
            .map(|(u, _)| u)
    }

    /// Whether anything at all of the resident's language will be heard.
    pub fn says_anything_in_language(&self) -> bool {
        self.steps
            .iter()
            .any(|(u, t)| u.lang == self.lang && *t != Take::Unspeakable)
    }
}

/// How `u` is said to a resident reading `resident`: a text in the same voice as the
/// resident's language takes its speed (French text on an easy-to-read French screen
/// stays slow).
fn take(pack: &Pack, u: &Utterance, resident: &str) -> Take {
    if let Some(key) = u.recording_key().filter(|k| pack.recording(&u.lang, k).is_some()) {
        return Take::Recorded { key: key.to_string() };
    }
    match (voice(&u.lang), voice(resident)) {
        (Some(v), Some(r)) if v.name == r.name => Take::Synthesised(r),
        (Some(v), _) => Take::Synthesised(v),
        (None, _) => Take::Unspeakable,
    }
}

/// How each utterance of a screen in `lang` is said.
pub fn plan(pack: &Pack, l10n: &Localizer, lang: &str, utterances: Vec<Utterance>) -> Plan {
    let mut steps: Vec<(Utterance, Take)> = utterances
        .into_iter()
        .map(|u| {
            let t = take(pack, &u, lang);
            (u, t)
        })
        .collect();
    let missing = steps.iter().any(|(u, t)| *t == Take::Unspeakable && u.lang == lang);
    if missing {
        let notice: Vec<(Utterance, Take)> = NO_VOICE_IN
            .iter()
            .map(|l| {
                let u = Utterance {
                    lang: l.to_string(),
                    text: l10n.tr(l, NO_VOICE_KEY),
                    source: Source::Chrome {
                        key: NO_VOICE_KEY.to_string(),
                        args: Vec::new(),
                    },
                };
                let t = take(pack, &u, l);
                (u, t)
            })
            .collect();
        steps.splice(0..0, notice);
    }
    Plan {
        lang: lang.to_string(),
        steps,
    }
}

/// A screen's sound, and what making it cost.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    pub pcm: Pcm,
    pub recorded: usize,
    pub synthesised: usize,
    /// Time spent in the synthesiser.
    pub synthesis: Duration,
}

fn recorded(pack: &Pack, lang: &str, key: &str) -> Result<Pcm, SpeechError> {
    let bytes = crate::content::read_recording(pack, lang, key)?;
    wav::decode_recording(&bytes).map_err(|source| SpeechError::Recording {
        lang: lang.to_string(),
        key: key.to_string(),
        source,
    })
}

/// How one utterance came out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    Recorded(Pcm),
    Synthesised(Pcm),
    /// Nothing to say (an unspeakable step).
    Nothing,
}

/// Says one step of a plan. A player that must start quickly says the first step and
/// plays it while the next is made (a sentence takes 20-90 ms, a screen up to 0.5 s).
/// Blocks: run it on a worker thread.
pub fn say(pack: &Pack, step: &(Utterance, Take), synth: &Synth) -> Result<Said, SpeechError> {
    let (u, t) = step;
    match t {
        Take::Unspeakable => Ok(Said::Nothing),
        Take::Synthesised(v) => Ok(Said::Synthesised(synth.speak(&u.text, v)?)),
        Take::Recorded { key } => match recorded(pack, &u.lang, key) {
            Ok(pcm) => Ok(Said::Recorded(pcm)),
            // A checked pack's recording that cannot be read now (a damaged or
            // replaced file): the voice says it rather than nothing, if there is one.
            Err(e) => {
                let Some(v) = voice(&u.lang) else { return Err(e) };
                tracing::warn!(lang = %u.lang, key = %key, "recording unreadable, synthesised instead: {e}");
                Ok(Said::Synthesised(synth.speak(&u.text, &v)?))
            }
        },
    }
}

/// Says every step of `plan` into one sound, a short pause between utterances. Blocks
/// (a process per synthesised utterance): run it on a worker thread.
pub fn render(pack: &Pack, plan: &Plan, synth: &Synth) -> Result<Rendered, SpeechError> {
    let mut out = Rendered {
        pcm: Pcm::default(),
        recorded: 0,
        synthesised: 0,
        synthesis: Duration::ZERO,
    };
    for step in &plan.steps {
        let start = Instant::now();
        let pcm = match say(pack, step, synth)? {
            Said::Nothing => continue,
            Said::Recorded(pcm) => {
                out.recorded += 1;
                pcm
            }
            Said::Synthesised(pcm) => {
                out.synthesis += start.elapsed();
                out.synthesised += 1;
                pcm
            }
        };
        if !out.pcm.samples.is_empty() {
            out.pcm.push_silence(GAP_MS);
        }
        out.pcm.append(&pcm);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utterance(lang: &str) -> Utterance {
        Utterance {
            lang: lang.into(),
            text: "x".into(),
            source: Source::Data,
        }
    }

    #[test]
    fn french_text_on_an_easy_french_screen_stays_slow() {
        let pack = Pack::default();
        let slow = voice("fr-x-falc").map(Take::Synthesised);
        assert_eq!(Some(take(&pack, &utterance("fr"), "fr-x-falc")), slow);
        let arabic = voice("ar").map(Take::Synthesised);
        assert_eq!(Some(take(&pack, &utterance("ar"), "fr-x-falc")), arabic);
        assert_eq!(take(&pack, &utterance("ti"), "fr"), Take::Unspeakable);
    }

    #[test]
    fn a_plan_and_a_pack_go_to_a_worker_thread() {
        fn send<T: Send + Sync>() {}
        send::<Plan>();
        send::<Pack>();
        send::<Synth>();
    }
}
