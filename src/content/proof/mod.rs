//! `borne content proof`: what a proof sheet holds, without drawing anything — the
//! pack's screens (every node, and the Help, ticket and emergency screens), the
//! languages to show beside the default one, and for each screen the pack texts it shows
//! with, per language, the ones that fall back to the default language.
//!
//! What is "not translated" is what `borne content coverage` reports missing
//! ([`crate::content::coverage`]): the sheet only places those keys on the screens that
//! show them. The page itself is written by [`html`]; the screens are drawn by the UI
//! (`crate::ui::batch`).

pub mod html;

use std::collections::BTreeSet;

use super::coverage::LanguageCoverage;
use super::model::{NodeKind, Pack};

/// One language of the sheet, as coverage reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetLanguage {
    pub code: String,
    /// Its own name ("العربية"), or its code for a language the kiosk does not know.
    pub name: String,
    pub rtl: bool,
    /// As the pack declares it (`draft`, `reviewed (who, when)`).
    pub status: String,
    pub ui_percent: f64,
    pub content_percent: f64,
    /// The pack's texts missing in this language (coverage's list).
    pub missing: BTreeSet<String>,
}

/// A chrome screen worth checking beside the nodes, with the name the headless
/// renderer knows it by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chrome {
    Help,
    Ticket,
    Emergency,
}

impl Chrome {
    pub const ALL: [Chrome; 3] = [Chrome::Help, Chrome::Ticket, Chrome::Emergency];

    pub fn name(self) -> &'static str {
        match self {
            Chrome::Help => "help",
            Chrome::Ticket => "ticket",
            Chrome::Emergency => "emergency",
        }
    }
}

/// What a screen of the sheet is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Node(String),
    Chrome(Chrome),
}

/// One screen of the sheet and the pack texts it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Screen {
    pub subject: Subject,
    /// Fluent keys of the pack this screen shows, in reading order.
    pub keys: Vec<String>,
}

impl Screen {
    /// The screen's image for `lang`, relative to the sheet's folder. Nodes and chrome
    /// screens have folders of their own, so no node id can take a screen's name.
    pub fn image(&self, lang: &str) -> String {
        match &self.subject {
            Subject::Node(id) => format!("png/{lang}/nodes/{id}.png"),
            Subject::Chrome(c) => format!("png/{lang}/screens/{}.png", c.name()),
        }
    }

    /// The HTML anchor of the screen's section.
    pub fn anchor(&self) -> String {
        match &self.subject {
            Subject::Node(id) => format!("node-{id}"),
            Subject::Chrome(c) => format!("screen-{}", c.name()),
        }
    }
}

/// Which part of the pack a sheet covers.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Languages shown beside the default one; empty: every language of the pack.
    pub languages: Vec<String>,
    /// Node ids; empty: every node (and the chrome screens).
    pub nodes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SelectError {
    #[error("the pack has no language \"{0}\"")]
    UnknownLanguage(String),
    #[error("the pack has no node \"{0}\"")]
    UnknownNode(String),
}

/// Everything a proof sheet shows, before any screen is drawn.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub pack_id: String,
    pub pack_version: String,
    /// The default language first, then the others in the pack's order.
    pub languages: Vec<SheetLanguage>,
    pub screens: Vec<Screen>,
}

impl Sheet {
    /// The sheet of `pack` for `selection`, with coverage's rows (`coverage::coverage`
    /// of the same pack's source).
    pub fn new(pack: &Pack, coverage: &[LanguageCoverage], selection: &Selection) -> Result<Sheet, SelectError> {
        if let Some(l) = selection.languages.iter().find(|l| !pack.has_language(l)) {
            return Err(SelectError::UnknownLanguage(l.clone()));
        }
        if let Some(n) = selection.nodes.iter().find(|n| pack.node(n).is_none()) {
            return Err(SelectError::UnknownNode(n.clone()));
        }
        let wanted = |code: &str| {
            code == pack.default_language
                || selection.languages.is_empty()
                || selection.languages.iter().any(|l| l == code)
        };
        let mut codes: Vec<&str> = vec![pack.default_language.as_str()];
        codes.extend(
            pack.languages
                .iter()
                .map(|l| l.code.as_str())
                .filter(|c| *c != pack.default_language && wanted(c)),
        );
        let languages = codes.into_iter().map(|c| language(c, coverage)).collect();
        let mut screens: Vec<Screen> = tree_order(pack)
            .into_iter()
            .filter(|id| selection.nodes.is_empty() || selection.nodes.iter().any(|n| n == id))
            .map(|id| Screen {
                subject: Subject::Node(id.to_string()),
                keys: node_keys(pack, id),
            })
            .collect();
        if selection.nodes.is_empty() {
            screens.extend(Chrome::ALL.iter().map(|c| Screen {
                subject: Subject::Chrome(*c),
                keys: chrome_keys(pack, *c),
            }));
        }
        Ok(Sheet {
            pack_id: pack.id.clone(),
            pack_version: pack.version.clone(),
            languages,
            screens,
        })
    }

    /// The default language (the sheet's reference, shown beside every other).
    pub fn default_language(&self) -> Option<&SheetLanguage> {
        self.languages.first()
    }

    /// The keys of `screen` that fall back to the default language in `lang`.
    pub fn untranslated<'s>(&self, screen: &'s Screen, lang: &SheetLanguage) -> Vec<&'s str> {
        screen
            .keys
            .iter()
            .filter(|k| lang.missing.contains(*k))
            .map(String::as_str)
            .collect()
    }
}

/// A language's row of coverage; a language coverage does not list (it lists every
/// language the pack declares) is shown as wholly untranslated rather than dropped.
fn language(code: &str, coverage: &[LanguageCoverage]) -> SheetLanguage {
    let info = crate::i18n::language(code);
    match coverage.iter().find(|r| r.code == code) {
        Some(r) => SheetLanguage {
            code: r.code.clone(),
            name: r.name.clone(),
            rtl: info.is_some_and(|l| l.rtl),
            status: r.status.clone(),
            ui_percent: r.ui_percent,
            content_percent: r.content_percent,
            missing: r.missing.iter().cloned().collect(),
        },
        None => SheetLanguage {
            code: code.to_string(),
            name: info.map_or_else(|| code.to_string(), |l| l.name.to_string()),
            rtl: info.is_some_and(|l| l.rtl),
            status: "-".into(),
            ui_percent: 0.0,
            content_percent: 0.0,
            missing: BTreeSet::new(),
        },
    }
}

/// Node ids in the order a reader meets them: home, then each topic down to its
/// results, choice by choice (each node once, where first reached); nodes no path
/// reaches (a pack `check` refuses) last.
fn tree_order(pack: &Pack) -> Vec<&str> {
    let mut seen = BTreeSet::new();
    let mut order = Vec::with_capacity(pack.nodes.len());
    let mut stack = vec![pack.root.as_str()];
    while let Some(id) = stack.pop() {
        let Some(n) = pack.node(id) else { continue };
        if !seen.insert(id) {
            continue;
        }
        order.push(id);
        stack.extend(n.choices.iter().rev().map(String::as_str));
    }
    order.extend(pack.nodes.iter().map(|n| n.id.as_str()).filter(|id| !seen.contains(id)));
    order
}

/// The pack texts a node's screen shows: its title and question or text, its choices'
/// titles (the tiles), the documents to bring and the places' descriptions.
fn node_keys(pack: &Pack, id: &str) -> Vec<String> {
    let Some(n) = pack.node(id) else {
        return Vec::new();
    };
    let mut keys = vec![format!("node-{id}")];
    keys.push(match n.kind {
        NodeKind::Question => format!("node-{id}.question"),
        NodeKind::Result | NodeKind::Info | NodeKind::Offers => format!("node-{id}.text"),
    });
    keys.extend(n.choices.iter().map(|c| format!("node-{c}")));
    keys.extend(n.documents.iter().map(|d| format!("doc-{d}")));
    keys.extend(n.services.iter().map(|s| format!("svc-{s}")));
    keys
}

/// The pack texts a chrome screen shows: the Help screen's sentence and the places a
/// person can help at (also on the ticket screen); the emergency screen has none.
fn chrome_keys(pack: &Pack, c: Chrome) -> Vec<String> {
    let places = pack.help_services.iter().map(|s| format!("svc-{s}"));
    match c {
        Chrome::Help => std::iter::once("pack-help".to_string()).chain(places).collect(),
        Chrome::Ticket => places.collect(),
        Chrome::Emergency => Vec::new(),
    }
}

#[cfg(test)]
mod tests;
