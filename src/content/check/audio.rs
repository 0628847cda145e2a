//! Checks of a pack's recordings (`audio/LANG/KEY.wav`): the language is one the pack
//! offers, the message exists in that language, and the file is a WAV the kiosk plays
//! (16-bit PCM, mono or stereo, 22,050 Hz, bounded size and duration).

use std::collections::{HashMap, HashSet};
use std::io::Read;

use crate::content::diagnostic::{Message, Report};
use crate::content::source::SourcePack;
use crate::msg;
use crate::speech::script::LANGUAGE_NAME_KEY;
use crate::speech::wav;

/// Every recording of the pack, each problem on its file.
pub(super) fn check_audio(pack: &SourcePack, r: &mut Report) {
    let offered: HashSet<&str> = pack
        .meta
        .as_ref()
        .map(|m| m.languages.iter().map(|l| l.code.value.as_str()).collect())
        .unwrap_or_default();
    let mut keys_of: HashMap<&str, HashSet<String>> = HashMap::new();
    // Without pack.toml the languages are unknown; it said its own error.
    let languages_known = pack.meta.is_some();
    for a in &pack.audio {
        if languages_known && !offered.contains(a.lang.as_str()) {
            r.error(
                &a.file,
                0,
                "audio-language",
                msg!("check-audio-language", lang = &a.lang),
            );
            continue;
        }
        let keys = keys_of
            .entry(a.lang.as_str())
            .or_insert_with(|| message_keys(pack, &a.lang));
        if !keys.contains(&a.key) && super::strings::locale_whole(pack, &a.lang) {
            r.error(
                &a.file,
                0,
                "audio-unknown-message",
                msg!("check-audio-unknown-message", key = &a.key, lang = &a.lang),
            );
        }
        match read_bounded(&pack.dir.join(&a.file)) {
            Ok(bytes) => {
                if let Err(e) = wav::inspect(&bytes) {
                    r.error(&a.file, 0, "audio-format", wav_message(&e));
                }
            }
            Err(e) => r.error(&a.file, 0, "unreadable", msg!("check-audio-unreadable", detail = e)),
        }
    }
}

/// The messages a recording in `lang` may replace: the pack's, the chrome's, and the
/// language's own name.
fn message_keys(pack: &SourcePack, lang: &str) -> HashSet<String> {
    let mut keys: HashSet<String> = crate::i18n::Localizer::keys(lang).into_iter().collect();
    if let Some(loc) = pack.locales.iter().find(|l| l.lang == lang) {
        keys.extend(super::ftl_keys(&loc.text).0.into_keys());
    }
    keys.insert(LANGUAGE_NAME_KEY.to_string());
    keys
}

/// A file's bytes, refusing it past the recording bound without reading it all.
fn read_bounded(path: &std::path::Path) -> Result<Vec<u8>, String> {
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let len = file.metadata().map_err(|e| e.to_string())?.len();
    if len > wav::MAX_RECORDING_BYTES {
        return Err(wav::WavError::TooLarge(len).to_string());
    }
    let mut bytes = Vec::new();
    file.take(wav::MAX_RECORDING_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > wav::MAX_RECORDING_BYTES {
        return Err(wav::WavError::TooLarge(bytes.len() as u64).to_string());
    }
    Ok(bytes)
}

/// Why a recording cannot be played, in the operator's language, with the sox command
/// that fixes it where there is one.
fn wav_message(e: &wav::WavError) -> Message {
    use wav::WavError as W;
    match e {
        W::Unreadable(detail) => msg!("check-audio-not-wav", detail = detail),
        W::Encoding(what) => msg!("check-audio-encoding", what = what),
        W::Channels(n) => msg!("check-audio-channels", count = u32::from(*n)),
        W::Rate(hz) => msg!("check-audio-rate", hz = *hz),
        W::TooLarge(bytes) => msg!("check-audio-too-large", bytes = *bytes, max = wav::MAX_RECORDING_BYTES),
        // Whole seconds, rounded up: a recording just over the limit still says so.
        W::TooLong(s) => msg!(
            "check-audio-too-long",
            seconds = s.ceil() as i64,
            max = wav::MAX_RECORDING_SECONDS
        ),
        W::Empty => msg!("check-audio-empty"),
        W::Write(detail) => msg!("check-audio-not-wav", detail = detail),
    }
}
