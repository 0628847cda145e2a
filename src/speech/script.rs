//! What each screen says: the ordered utterances of a screen, built from the same pack
//! texts, chrome messages and domain functions the screens use (`src/ui/journey.rs`,
//! `nav.rs`, `ticket.rs`, `places.rs`), so speech says what the screen shows.
//!
//! Each utterance keeps its source (a Fluent message of the chrome or the pack, with
//! its arguments) so that a recording of that message can replace it, and the
//! language its text is really in (a text that fell back to French is spoken by the
//! French voice). Names, addresses and web addresses of places are in the pack's
//! default language and are spoken in it: that is how the resident will hear and say
//! them there.

use chrono::NaiveDateTime;

use crate::content::{NodeKind, Pack};
use crate::i18n::{self, Localizer};

/// Where an utterance's text comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A message of the kiosk's own texts (`locales/*.ftl`), with its arguments.
    Chrome { key: String, args: Vec<(String, String)> },
    /// A message of the pack (`node-x`, `node-x.text`, `doc-x`, `svc-x`, `pack-help`).
    Pack { key: String },
    /// A language's own name on the language screen; recorded as `language-name`.
    LanguageName,
    /// Data with no message: a place's name, address, web address, a number.
    Data,
}

/// The key a recording of a language's own name is stored under.
pub const LANGUAGE_NAME_KEY: &str = "language-name";

/// One thing said, in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utterance {
    /// The language of `text`, hence of the voice.
    pub lang: String,
    pub text: String,
    pub source: Source,
}

impl Utterance {
    /// The message a recording would replace: one without arguments (a recording
    /// cannot say a ticket number or a time it does not know).
    pub fn recording_key(&self) -> Option<&str> {
        match &self.source {
            Source::Chrome { key, args } if args.is_empty() => Some(key),
            Source::Pack { key } => Some(key),
            Source::LanguageName => Some(LANGUAGE_NAME_KEY),
            _ => None,
        }
    }
}

/// A screen the kiosk shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Attract,
    Language,
    /// The pack's root node.
    Home,
    Node(String),
    Help,
    Emergency,
    /// "My ticket", with the ticket's number.
    Ticket {
        number: u16,
    },
    /// "Are you still there?", with the seconds left.
    IdleWarning {
        remaining: u32,
    },
}

/// Why a screen has no script.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScriptError {
    #[error("node \"{0}\" is not in this pack")]
    UnknownNode(String),
}

/// What a screen's words depend on.
pub struct Scene<'a> {
    pub pack: &'a Pack,
    pub l10n: &'a Localizer,
    /// The resident's language.
    pub lang: &'a str,
    /// The kiosk's wall clock, for "open now".
    pub now: NaiveDateTime,
}

/// Utterances being gathered, noting a pack text that fell back to another language.
struct Lines<'s, 'a> {
    scene: &'s Scene<'a>,
    out: Vec<Utterance>,
    fell_back: bool,
}

impl<'s, 'a> Lines<'s, 'a> {
    fn push(&mut self, lang: &str, text: String, source: Source) {
        let text = plain(&text);
        if !text.is_empty() {
            self.out.push(Utterance {
                lang: lang.to_string(),
                text,
                source,
            });
        }
    }

    /// A chrome message in `lang` (or in French where `lang` lacks it, as the screen).
    fn chrome_in(&mut self, lang: &str, key: &str, args: &[(&str, &str)]) {
        let l10n = self.scene.l10n;
        let text = if args.is_empty() {
            l10n.tr(lang, key)
        } else {
            l10n.tr_args(lang, key, args)
        };
        let spoken_in = if l10n.has(lang, key) {
            lang
        } else {
            i18n::CHROME_FALLBACK
        };
        let args = args.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        self.push(
            spoken_in,
            text,
            Source::Chrome {
                key: key.to_string(),
                args,
            },
        );
    }

    fn chrome(&mut self, key: &str) {
        self.chrome_in(self.scene.lang, key, &[]);
    }

    fn chrome_args(&mut self, key: &str, args: &[(&str, &str)]) {
        self.chrome_in(self.scene.lang, key, args);
    }

    /// A pack text, as `Ctx::text` finds it for the screen.
    fn pack(&mut self, key: &str) {
        if let Some(t) = self.scene.pack.text(self.scene.lang, key) {
            self.fell_back |= t.fell_back;
            self.push(&t.lang, t.value, Source::Pack { key: key.to_string() });
        }
    }

    fn data(&mut self, lang: &str, text: &str) {
        self.push(lang, text.to_string(), Source::Data);
    }

    /// The utterances; the screen's "not translated yet" notice first when a pack
    /// text fell back, as the screen shows it.
    fn finish(mut self) -> Vec<Utterance> {
        if self.fell_back {
            let rest = std::mem::take(&mut self.out);
            self.chrome("fallback-french");
            self.out.extend(rest);
        }
        self.out
    }
}

/// Text as heard: without the invisible direction marks Fluent and the cards add.
fn plain(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}'))
        .collect::<String>()
        .trim()
        .to_string()
}

/// The utterances of `screen`, in the order the screen reads.
pub fn script(scene: &Scene<'_>, screen: &Screen) -> Result<Vec<Utterance>, ScriptError> {
    let mut l = Lines {
        scene,
        out: Vec::new(),
        fell_back: false,
    };
    let offered = || i18n::offered(scene.pack.languages.iter().map(|l| l.code.as_str()));
    match screen {
        Screen::Attract => {
            for lang in offered().iter().filter(|x| x.chrome.is_some()) {
                l.chrome_in(lang.code, "attract-touch", &[]);
            }
        }
        Screen::Language => {
            l.chrome("language-title");
            for lang in offered() {
                l.push(lang.code, lang.name.to_string(), Source::LanguageName);
            }
        }
        Screen::Home => node(&mut l, &scene.pack.root.clone())?,
        Screen::Node(id) => node(&mut l, id)?,
        Screen::Help => help(&mut l),
        Screen::Emergency => {
            l.chrome("emergency-title");
            l.chrome("emergency-intro");
            for n in crate::emergency::NUMBERS {
                l.data(scene.lang, &super::numbers::spoken_phone(scene.lang, n.number));
                l.chrome(&n.key());
            }
        }
        Screen::Ticket { number } => {
            l.chrome("ticket-title");
            l.chrome_args("ticket-number", &[("number", &number.to_string())]);
            l.chrome("ticket-show");
            l.chrome("ticket-photo");
            for id in help_place_ids(scene) {
                place(&mut l, &id);
            }
        }
        Screen::IdleWarning { remaining } => {
            l.chrome("idle-title");
            l.chrome_args("idle-countdown", &[("count", &remaining.to_string())]);
            l.chrome("idle-continue");
        }
    }
    Ok(l.finish())
}

/// One piece of what a control says when the keypad focuses it (the UI decides the
/// pieces from the same keys its labels use).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// A chrome message without arguments.
    Chrome(&'static str),
    /// A chrome message with a `count`.
    Count(&'static str, i64),
    /// A node's name (its tile).
    Node(String),
    /// A language's own name, in that language.
    LanguageName(String),
    /// A place's card, read whole.
    Place(String),
}

/// The utterances of a control's pieces, in order.
pub fn parts(scene: &Scene<'_>, parts: &[Part]) -> Vec<Utterance> {
    let mut l = Lines {
        scene,
        out: Vec::new(),
        fell_back: false,
    };
    for p in parts {
        match p {
            Part::Chrome(key) => l.chrome(key),
            Part::Count(key, n) => l.chrome_args(key, &[("count", &n.to_string())]),
            Part::Node(id) => l.pack(&format!("node-{id}")),
            Part::LanguageName(code) => {
                if let Some(lang) = i18n::language(code) {
                    l.push(lang.code, lang.name.to_string(), Source::LanguageName);
                }
            }
            Part::Place(id) => place(&mut l, id),
        }
    }
    // A control is said alone: the screen already said whether it fell back.
    l.out
}

/// A node as `journey::fill_node` fills it and its page lays it out: title, question or
/// text, the documents, the choices, the places.
fn node(l: &mut Lines<'_, '_>, id: &str) -> Result<(), ScriptError> {
    let pack = l.scene.pack;
    let n = pack.node(id).ok_or_else(|| ScriptError::UnknownNode(id.to_string()))?;
    l.pack(&format!("node-{id}"));
    match n.kind {
        NodeKind::Question => l.pack(&format!("node-{id}.question")),
        NodeKind::Result | NodeKind::Info | NodeKind::Offers => l.pack(&format!("node-{id}.text")),
    }
    let docs: Vec<_> = n.documents.iter().filter_map(|d| pack.document(d)).collect();
    if !docs.is_empty() {
        l.chrome("result-documents");
    }
    for d in docs {
        l.pack(&format!("doc-{}", d.id));
    }
    // An information page shows its tiles after the documents, as a question after
    // its question.
    for c in n.choices.iter().filter_map(|c| pack.node(c)) {
        l.pack(&format!("node-{}", c.id));
    }
    // The places in the order the screen shows them (most useful first, stale ones left
    // out).
    let places: Vec<String> = crate::places::for_result(pack, id, l.scene.now)
        .services
        .iter()
        .map(|s| s.id.clone())
        .collect();
    if !places.is_empty() {
        l.chrome("result-where");
    }
    for s in &places {
        place(l, s);
    }
    Ok(())
}

/// The help screen: its steps, the pack's help text, the places with a person.
fn help(l: &mut Lines<'_, '_>) {
    for key in [
        "help-title",
        "help-step-touch",
        "help-step-back",
        "help-step-home",
        "help-step-language",
        "help-step-display",
        "help-step-emergency",
        "help-step-privacy",
    ] {
        l.chrome(key);
    }
    l.pack("pack-help");
    l.chrome("help-person-title");
    for id in help_place_ids(l.scene) {
        place(l, &id);
    }
}

/// The help screen's places, in the order the screen shows them.
fn help_place_ids(scene: &Scene<'_>) -> Vec<String> {
    crate::places::for_help(scene.pack, scene.now)
        .services
        .iter()
        .map(|s| s.id.clone())
        .collect()
}

/// A place as its card shows it (`ui::places::service_data`): name, description,
/// open-now badge, address, phone, web address, and the example notice.
fn place(l: &mut Lines<'_, '_>, id: &str) {
    let scene = l.scene;
    let Some(s) = scene.pack.service(id) else { return };
    let local = scene.pack.default_language.clone();
    // A name the pack translated is said in the language; otherwise the French name,
    // in French (an optional message: no "not translated yet" notice for it).
    let name_key = crate::content::model::service_name_key(id);
    match scene.pack.text(scene.lang, &name_key) {
        Some(t) if !t.fell_back => l.pack(&name_key),
        Some(t) => l.data(&t.lang, &t.value),
        None => l.data(&local, &s.nom),
    }
    l.pack(&format!("svc-{id}"));
    let badge = crate::hours::service_badge_text(s, &scene.pack.country, scene.now);
    let args: Vec<(String, String)> = badge.args();
    l.push(
        scene.lang,
        badge.format(scene.l10n, scene.lang),
        Source::Chrome {
            key: badge.key.to_string(),
            args,
        },
    );
    l.data(&local, &s.address());
    if let Some(phone) = &s.telephone {
        let said = super::numbers::spoken_phone(scene.lang, phone);
        l.chrome_args("speech-phone", &[("number", &said)]);
    }
    if let Some(w) = &s.site_web {
        l.data(&local, crate::content::model::strip_scheme(w));
    }
    match s.accessible {
        Some(true) => l.chrome("service-accessible"),
        Some(false) => l.chrome("service-not-accessible"),
        None => {}
    }
    if let Some(d) = s.date_maj {
        l.chrome_args("service-checked", &[("date", &d.format("%d/%m/%Y").to_string())]);
    }
    if s.example {
        l.chrome("service-example");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_has_no_direction_marks() {
        assert_eq!(plain("\u{2068}12\u{2069} s "), "12 s");
        assert_eq!(plain("\u{2066}04 67\u{2069}"), "04 67");
    }

    #[test]
    fn recordings_replace_messages_without_arguments() {
        let u = |source| Utterance {
            lang: "fr".into(),
            text: "x".into(),
            source,
        };
        let with_args = Source::Chrome {
            key: "ticket-number".into(),
            args: vec![("number".into(), "3".into())],
        };
        assert_eq!(u(with_args).recording_key(), None);
        assert_eq!(u(Source::Pack { key: "node-a".into() }).recording_key(), Some("node-a"));
        assert_eq!(u(Source::LanguageName).recording_key(), Some(LANGUAGE_NAME_KEY));
        assert_eq!(u(Source::Data).recording_key(), None);
    }
}
