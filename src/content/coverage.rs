//! `borne content coverage`: how complete each language is, in the kiosk's own texts
//! (the chrome) and in a pack, with the translation status the pack declares, and how
//! it can be heard: its synthetic voice and its recorded messages.

use std::collections::BTreeSet;

use super::check::required_keys;
use super::source::SourcePack;
use crate::i18n;

/// One row of the coverage table.
#[derive(Debug, Clone, PartialEq)]
pub struct LanguageCoverage {
    pub code: String,
    pub name: String,
    /// Share of the chrome's messages translated, 0-100.
    pub ui_percent: f64,
    /// Share of the pack's required messages translated, 0-100.
    pub content_percent: f64,
    /// As declared in pack.toml (`draft`, `reviewed`), or `-` when the pack does not offer it.
    pub status: String,
    /// The pack declares this language in pack.toml.
    pub offered: bool,
    /// Pack messages missing in this language.
    pub missing: Vec<String>,
    /// The eSpeak NG voice that speaks this language, if any.
    pub voice: Option<&'static str>,
    /// Messages (the pack's and the kiosk's) with a recording in `audio/LANG/`.
    pub audio_recorded: usize,
    /// Messages a recording could replace: the pack's and the kiosk's.
    pub audio_total: usize,
}

fn percent(have: usize, of: usize) -> f64 {
    if of == 0 {
        100.0
    } else {
        100.0 * have as f64 / of as f64
    }
}

/// Coverage of every known language, and of any other language the pack declares.
pub fn coverage(src: &SourcePack) -> Vec<LanguageCoverage> {
    let chrome_ref: BTreeSet<String> = i18n::Localizer::keys(i18n::CHROME_FALLBACK).into_iter().collect();
    let required: Vec<String> = required_keys(src).into_iter().map(|(k, _, _)| k).collect();
    let declared: Vec<(String, String)> = src
        .meta
        .as_ref()
        .map(|m| {
            m.languages
                .iter()
                .map(|l| {
                    let status = l.status.clone().unwrap_or_else(|| "draft".into());
                    // "reviewed (CCAS, 2026-11-20)": who and when, when the pack says so.
                    let by: Vec<&str> = [l.reviewer.as_deref(), l.date.as_deref()]
                        .into_iter()
                        .flatten()
                        .collect();
                    let status = if by.is_empty() {
                        status
                    } else {
                        format!("{status} ({})", by.join(", "))
                    };
                    (l.code.value.clone(), status)
                })
                .collect()
        })
        .unwrap_or_default();
    let mut codes: Vec<String> = i18n::LANGUAGES.iter().map(|l| l.code.to_string()).collect();
    for (c, _) in &declared {
        if !codes.contains(c) {
            codes.push(c.clone());
        }
    }
    codes
        .into_iter()
        .map(|code| {
            let ui: BTreeSet<String> = i18n::Localizer::keys(&code).into_iter().collect();
            let ui_percent = percent(chrome_ref.intersection(&ui).count(), chrome_ref.len());
            let keys: BTreeSet<String> = src
                .locales
                .iter()
                .find(|l| l.lang == code)
                .map(|l| super::ftl::parse(&l.text).entries.into_keys().collect())
                .unwrap_or_default();
            let missing: Vec<String> = required.iter().filter(|k| !keys.contains(*k)).cloned().collect();
            let content_percent = percent(required.len() - missing.len(), required.len());
            let declared_status = declared.iter().find(|(c, _)| *c == code).map(|(_, s)| s.clone());
            let offered = declared_status.is_some();
            let status = declared_status.unwrap_or_else(|| "-".into());
            let recorded = src
                .audio
                .iter()
                .filter(|a| a.lang == code && (chrome_ref.contains(&a.key) || required.contains(&a.key)))
                .count();
            let name = i18n::language(&code)
                .map(|l| l.name.to_string())
                .unwrap_or_else(|| code.clone());
            LanguageCoverage {
                voice: crate::speech::voice(&code).map(|v| v.name),
                audio_recorded: recorded,
                audio_total: chrome_ref.len() + required.len(),
                code,
                name,
                ui_percent,
                content_percent,
                status,
                offered,
                missing,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn percents() {
        assert_eq!(super::percent(0, 0), 100.0);
        assert_eq!(super::percent(1, 4), 25.0);
    }
}
