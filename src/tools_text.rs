//! The texts of the operator and technician commands (`borne content check`, `coverage`,
//! `build`, `sign`, `update apply`, `stats`, `keys`, `config`, `preview`): French, or
//! English when the system language says so (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`,
//! `LANG`, as gettext reads them). The messages are `locales/tools/{fr,en}.ftl`.
//!
//! Content diagnostics keep their stable `kind`; their text is rendered here, at display
//! time, so a report can be shown in either language (terminal, preview panel).

use std::cell::RefCell;
use std::sync::OnceLock;

use fluent_bundle::FluentValue;

use crate::i18n::FrenchTexts;

const FR: &str = include_str!("../locales/tools/fr.ftl");
const EN: &str = include_str!("../locales/tools/en.ftl");

/// The language the tools speak.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToolLang {
    Fr,
    En,
}

impl ToolLang {
    pub fn code(self) -> &'static str {
        match self {
            ToolLang::Fr => "fr",
            ToolLang::En => "en",
        }
    }
}

/// The tools' language from the environment: the first of `LANGUAGE`, `LC_ALL`,
/// `LC_MESSAGES`, `LANG` that names a language decides; English when it is English,
/// French otherwise (the kiosk's operators are French-speaking first).
pub fn lang_from_env(get: impl Fn(&str) -> Option<String>) -> ToolLang {
    for var in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        let Some(v) = get(var) else { continue };
        // LANGUAGE is a priority list ("en_GB:fr"); the first entry counts.
        let first = v.split(':').next().unwrap_or_default().trim().to_ascii_lowercase();
        if first.is_empty() || first == "c" || first == "posix" || first.starts_with("c.") {
            continue;
        }
        return if first.starts_with("en") {
            ToolLang::En
        } else {
            ToolLang::Fr
        };
    }
    ToolLang::Fr
}

/// The tools' language of this process (read once).
pub fn lang() -> ToolLang {
    static LANG: OnceLock<ToolLang> = OnceLock::new();
    *LANG.get_or_init(|| lang_from_env(|k| std::env::var(k).ok()))
}

thread_local! {
    // Fluent bundles are not Sync; each thread that formats keeps its own pair.
    static TEXTS: RefCell<Option<(FrenchTexts, FrenchTexts)>> = const { RefCell::new(None) };
}

/// The message `id` in `lang`, falling back to French, then to the id itself (visible,
/// never fatal; tests keep both files complete).
pub fn text_in(lang: ToolLang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    TEXTS.with(|cell| {
        let mut cell = cell.borrow_mut();
        let (fr, en) = cell.get_or_insert_with(|| (FrenchTexts::new(FR), FrenchTexts::for_language(EN, "en")));
        let first = match lang {
            ToolLang::Fr => &*fr,
            ToolLang::En => &*en,
        };
        first
            .get(id, args)
            .or_else(|| fr.get(id, args))
            .unwrap_or_else(|| id.to_string())
    })
}

/// The message `id` in the process's language.
pub fn text(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    text_in(lang(), id, args)
}

/// `tr!("id")` or `tr!("id", name = value, ...)`: a tool message in the process's
/// language; values are anything `FluentValue::from` takes (strings, numbers).
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::tools_text::text($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::tools_text::text(
            $id,
            &[$((stringify!($name), ::fluent_bundle::FluentValue::from($value))),+],
        )
    };
}

/// The ids of both files, for the tests that keep them complete.
pub fn ids(lang: ToolLang) -> Vec<String> {
    let src = match lang {
        ToolLang::Fr => FR,
        ToolLang::En => EN,
    };
    crate::content::check::ftl_keys(src).0.into_keys().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
    }

    #[test]
    fn the_system_language_picks_english_only_when_it_is_english() {
        assert_eq!(lang_from_env(env(&[])), ToolLang::Fr);
        assert_eq!(lang_from_env(env(&[("LANG", "en_US.UTF-8")])), ToolLang::En);
        assert_eq!(lang_from_env(env(&[("LANG", "fr_FR.UTF-8")])), ToolLang::Fr);
        assert_eq!(lang_from_env(env(&[("LANG", "de_DE.UTF-8")])), ToolLang::Fr);
        assert_eq!(lang_from_env(env(&[("LC_ALL", "C"), ("LANG", "en_GB")])), ToolLang::En);
        assert_eq!(
            lang_from_env(env(&[("LANGUAGE", "fr:en"), ("LANG", "en_GB")])),
            ToolLang::Fr
        );
        assert_eq!(
            lang_from_env(env(&[("LC_MESSAGES", "en_IE.UTF-8"), ("LANG", "fr_FR")])),
            ToolLang::En
        );
    }

    #[test]
    fn both_files_parse_and_have_the_same_messages() {
        for (src, name) in [(FR, "fr"), (EN, "en")] {
            let (_, errors) = crate::content::check::ftl_keys(src);
            assert!(errors.is_empty(), "locales/tools/{name}.ftl: {errors:?}");
        }
        let mut fr = ids(ToolLang::Fr);
        let mut en = ids(ToolLang::En);
        fr.sort();
        en.sort();
        assert_eq!(fr, en, "locales/tools/fr.ftl and en.ftl must define the same ids");
    }

    #[test]
    fn a_message_is_rendered_in_each_language_with_its_arguments() {
        let fr = text_in(
            ToolLang::Fr,
            "tools-errors-and-warnings",
            &[("errors", 2.into()), ("warnings", 1.into())],
        );
        let en = text_in(
            ToolLang::En,
            "tools-errors-and-warnings",
            &[("errors", 2.into()), ("warnings", 1.into())],
        );
        assert_eq!(fr, "2 erreurs, 1 avertissement");
        assert_eq!(en, "2 errors, 1 warning");
        assert_eq!(text_in(ToolLang::En, "no-such-id", &[]), "no-such-id");
    }
}
