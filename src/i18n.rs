//! Languages and the Fluent texts of the kiosk chrome (`locales/*.ftl`, built in).
//!
//! [`LANGUAGES`] is the one list of languages the kiosk knows: code, own name, script
//! direction. The UI receives it as a model; nothing else lists languages.

use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

/// A language the kiosk knows how to name and lay out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LanguageInfo {
    /// BCP 47 code; easy-to-read French is the private-use variant `fr-x-falc`.
    pub code: &'static str,
    /// The language's own name, in its own script.
    pub name: &'static str,
    pub rtl: bool,
    /// The chrome's Fluent file, when the kiosk ships one.
    pub chrome: Option<&'static str>,
}

/// Every language the kiosk can offer, in the order the language screen shows them.
pub const LANGUAGES: &[LanguageInfo] = &[
    LanguageInfo {
        code: "fr",
        name: "Français",
        rtl: false,
        chrome: Some(include_str!("../locales/fr.ftl")),
    },
    LanguageInfo {
        code: "fr-x-falc",
        name: "Français facile",
        rtl: false,
        chrome: Some(include_str!("../locales/fr-x-falc.ftl")),
    },
    LanguageInfo {
        code: "en",
        name: "English",
        rtl: false,
        chrome: Some(include_str!("../locales/en.ftl")),
    },
    LanguageInfo {
        code: "ar",
        name: "العربية",
        rtl: true,
        chrome: Some(include_str!("../locales/ar.ftl")),
    },
    LanguageInfo {
        code: "prs",
        name: "دری",
        rtl: true,
        chrome: Some(include_str!("../locales/prs.ftl")),
    },
    LanguageInfo {
        code: "ps",
        name: "پښتو",
        rtl: true,
        chrome: Some(include_str!("../locales/ps.ftl")),
    },
    LanguageInfo {
        code: "uk",
        name: "Українська",
        rtl: false,
        chrome: Some(include_str!("../locales/uk.ftl")),
    },
    LanguageInfo {
        code: "ru",
        name: "Русский",
        rtl: false,
        chrome: Some(include_str!("../locales/ru.ftl")),
    },
    LanguageInfo {
        code: "ro",
        name: "Română",
        rtl: false,
        chrome: Some(include_str!("../locales/ro.ftl")),
    },
    LanguageInfo {
        code: "es",
        name: "Español",
        rtl: false,
        chrome: Some(include_str!("../locales/es.ftl")),
    },
    LanguageInfo {
        code: "pt",
        name: "Português",
        rtl: false,
        chrome: Some(include_str!("../locales/pt.ftl")),
    },
    LanguageInfo {
        code: "tr",
        name: "Türkçe",
        rtl: false,
        chrome: Some(include_str!("../locales/tr.ftl")),
    },
    LanguageInfo {
        code: "ka",
        name: "ქართული",
        rtl: false,
        chrome: Some(include_str!("../locales/ka.ftl")),
    },
    LanguageInfo {
        code: "ti",
        name: "ትግርኛ",
        rtl: false,
        chrome: Some(include_str!("../locales/ti.ftl")),
    },
    LanguageInfo {
        code: "bn",
        name: "বাংলা",
        rtl: false,
        chrome: Some(include_str!("../locales/bn.ftl")),
    },
    LanguageInfo {
        code: "sq",
        name: "Shqip",
        rtl: false,
        chrome: Some(include_str!("../locales/sq.ftl")),
    },
];

/// The chrome's fallback language: every chrome key exists in it.
pub const CHROME_FALLBACK: &str = "fr";

pub fn language(code: &str) -> Option<&'static LanguageInfo> {
    LANGUAGES.iter().find(|l| l.code == code)
}

pub fn is_rtl(code: &str) -> bool {
    language(code).is_some_and(|l| l.rtl)
}

/// Line height over font size for the family [`font_family`] picks (the Noto fonts'
/// ascent + descent + line gap).
pub fn line_factor(code: &str) -> f32 {
    match font_family(code) {
        "Noto Sans Arabic" => 2.12,
        _ => 1.37,
    }
}

/// Average bold letter advance over font size in that family (measured on the Noto
/// fonts' letters, rounded up for safety).
pub fn char_width(code: &str) -> f32 {
    match font_family(code) {
        // Arabic letters join: their connected forms are narrower than isolated ones.
        "Noto Sans Arabic" => 0.62,
        "Noto Sans Bengali" => 0.8,
        "Noto Sans Georgian" | "Noto Sans Ethiopic" => 0.72,
        _ => 0.6,
    }
}

/// The font family to ask for, by script: a language written in a script the default
/// (Latin) font lacks gets a family that holds all its letters, so its words never come
/// from per-glyph fallback — wrapped text built from fallback glyphs gets elided
/// (seen with Pashto and Bengali). Empty means the system default.
pub fn font_family(code: &str) -> &'static str {
    match code {
        "ar" | "prs" | "ps" => "Noto Sans Arabic",
        "bn" => "Noto Sans Bengali",
        "ka" => "Noto Sans Georgian",
        "ti" => "Noto Sans Ethiopic",
        _ => "",
    }
}

/// Languages to offer: those with chrome texts, plus those the pack provides, in
/// [`LANGUAGES`] order.
pub fn offered<'a>(pack_languages: impl IntoIterator<Item = &'a str>) -> Vec<&'static LanguageInfo> {
    let pack: Vec<&str> = pack_languages.into_iter().collect();
    LANGUAGES
        .iter()
        .filter(|l| l.chrome.is_some() || pack.contains(&l.code))
        .collect()
}

/// The locale whose plural rules apply: a private-use variant (`fr-x-falc`) follows its
/// base language, which unic-langid would otherwise reject.
pub fn plural_locale(code: &str) -> unic_langid::LanguageIdentifier {
    let base = code.split("-x-").next().unwrap_or(code);
    base.parse().unwrap_or_default()
}

/// Formats chrome messages in any language, falling back to French per message.
pub struct Localizer {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

impl Default for Localizer {
    fn default() -> Self {
        Self::new()
    }
}

impl Localizer {
    pub fn new() -> Self {
        let mut bundles = HashMap::new();
        for l in LANGUAGES {
            let Some(src) = l.chrome else { continue };
            let res = match FluentResource::try_new(src.to_string()) {
                Ok(r) => r,
                // A broken line loses only that message; tests keep the files clean.
                Err((r, _)) => r,
            };
            let mut b = FluentBundle::new(vec![plural_locale(l.code)]);
            let _ = b.add_resource(res);
            bundles.insert(l.code, b);
        }
        Localizer { bundles }
    }

    /// Whether `key` exists in `lang` itself (no fallback).
    pub fn has(&self, lang: &str, key: &str) -> bool {
        self.bundles.get(lang).is_some_and(|b| b.has_message(key))
    }

    pub fn tr(&self, lang: &str, key: &str) -> String {
        self.format(lang, key, None)
    }

    /// A message with one number, `$count`, so plural rules apply.
    pub fn tr_count(&self, lang: &str, key: &str, count: i64) -> String {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(count));
        self.format(lang, key, Some(&args))
    }

    /// A message with numbers (a date's `$date` and `$month`), so that selectors on
    /// numbers (`[1] janvier`, `[1] 1er`) and plural rules apply.
    pub fn tr_numbers(&self, lang: &str, key: &str, args: &[(&str, i64)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, FluentValue::from(*v));
        }
        self.format(lang, key, Some(&fa))
    }

    pub fn tr_args(&self, lang: &str, key: &str, args: &[(&str, &str)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, FluentValue::from(*v));
        }
        self.format(lang, key, Some(&fa))
    }

    /// A message with arguments of any kind (numbers for selectors, text beside).
    pub fn tr_values(&self, lang: &str, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.format(lang, key, Some(&fa))
    }

    fn format(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> String {
        for candidate in [lang, CHROME_FALLBACK] {
            let Some(bundle) = self.bundles.get(candidate) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            return bundle.format_pattern(pattern, args, &mut errors).into_owned();
        }
        // Only reachable with a key missing in French too, which tests forbid.
        key.to_string()
    }

    /// Keys of the chrome in a language.
    pub fn keys(lang: &str) -> Vec<String> {
        language(lang)
            .and_then(|l| l.chrome)
            .map(|src| crate::content::check::ftl_keys(src).0.into_keys().collect())
            .unwrap_or_default()
    }
}

/// A French Fluent file for operators, mediators and technicians (reports, ticket
/// summaries, the maintenance screen), built in; [`FrenchTexts::for_language`] reads
/// one in another language. Without isolation marks: these texts go to terminals,
/// files and SVG labels.
pub struct FrenchTexts(FluentBundle<FluentResource>);

impl FrenchTexts {
    pub fn new(ftl: &str) -> Self {
        Self::for_language(ftl, "fr")
    }

    /// The same, for a file in `lang` (its plural rules).
    pub fn for_language(ftl: &str, lang: &str) -> Self {
        // The files are built in and tested; a faulty entry would only lose that entry.
        let res = FluentResource::try_new(ftl.to_string()).unwrap_or_else(|(r, _)| r);
        let mut b = FluentBundle::new(vec![plural_locale(lang)]);
        b.set_use_isolating(false);
        let _ = b.add_resource(res);
        FrenchTexts(b)
    }

    /// The message `key`, if the file has it.
    pub fn get(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
        let pattern = self.0.get_message(key)?.value()?;
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        let mut errs = vec![];
        Some(self.0.format_pattern(pattern, Some(&fa), &mut errs).into_owned())
    }

    /// The message `key`, or the key itself when missing (visible, never fatal).
    pub fn t(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.get(key, args).unwrap_or_else(|| key.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_chrome_file_parses_and_has_every_french_key() {
        let fr = Localizer::keys("fr");
        assert!(fr.len() > 30);
        for l in LANGUAGES.iter().filter(|l| l.chrome.is_some()) {
            let (keys, errors) = crate::content::check::ftl_keys(l.chrome.unwrap_or_default());
            assert!(errors.is_empty(), "{}: {errors:?}", l.code);
            for k in &fr {
                assert!(keys.contains_key(k), "{} lacks {k}", l.code);
            }
        }
    }

    #[test]
    fn plurals_follow_the_language() {
        let l = Localizer::new();
        // Placeables are wrapped in invisible bidi isolation marks.
        let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(
            plain(l.tr_count("fr", "idle-countdown", 1)),
            "La borne s'efface dans 1 seconde."
        );
        assert_eq!(
            plain(l.tr_count("en", "idle-countdown", 20)),
            "The kiosk will erase in 20 seconds."
        );
    }

    #[test]
    fn every_language_has_its_chrome() {
        let l = Localizer::new();
        for lang in LANGUAGES {
            assert!(lang.chrome.is_some(), "{} has no chrome", lang.code);
            assert!(l.has(lang.code, "nav-home"), "{}", lang.code);
        }
        assert_ne!(l.tr("ti", "nav-home"), l.tr("fr", "nav-home"));
    }

    #[test]
    fn easy_french_uses_french_plurals() {
        let l = Localizer::new();
        let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        let one = plain(l.tr_count("fr-x-falc", "idle-countdown", 1));
        let many = plain(l.tr_count("fr-x-falc", "idle-countdown", 5));
        assert_ne!(
            one.replace('1', ""),
            many.replace('5', ""),
            "singular and plural differ: {one} / {many}"
        );
    }

    #[test]
    fn offered_languages() {
        let o: Vec<&str> = offered(["fr", "ar"]).iter().map(|l| l.code).collect();
        assert_eq!(o.len(), 16);
        assert_eq!(o[..4], ["fr", "fr-x-falc", "en", "ar"]);
    }
}
