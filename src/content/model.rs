//! The content of a compiled pack, in memory: what the session and the UI read.
//!
//! A [`Pack`] is immutable once opened and shared behind an `Arc`; lookups are plain
//! hash-map reads so a tap never waits on storage.

use std::collections::HashMap;
use std::sync::Arc;

/// What a node is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NodeKind {
    /// Asks something and offers choices.
    Question,
    /// A right or a service: text, documents, places.
    Result,
    /// A page of text, optionally with choices.
    Info,
}

impl NodeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Question => "question",
            NodeKind::Result => "result",
            NodeKind::Info => "info",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "question" => Some(NodeKind::Question),
            "result" => Some(NodeKind::Result),
            "info" => Some(NodeKind::Info),
            _ => None,
        }
    }
}

/// One node of the orientation tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub id: String,
    pub kind: NodeKind,
    pub pictogram: String,
    /// Drawn in the emergency colour.
    pub emergency: bool,
    pub choices: Vec<String>,
    pub documents: Vec<String>,
    pub services: Vec<String>,
    pub source: Option<String>,
    pub reviewed: Option<String>,
    /// The topic must not appear on a printed ticket.
    pub discreet: bool,
}

/// A document a resident may have to bring.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub pictogram: String,
}

/// A place or helpline, with fields named as in the data·inclusion schema.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Service {
    pub id: String,
    pub nom: String,
    pub adresse: Option<String>,
    pub code_postal: Option<String>,
    pub commune: Option<String>,
    pub telephone: Option<String>,
    pub site_web: Option<String>,
    pub horaires_accueil: Option<String>,
    pub thematiques: Vec<String>,
    pub publics: Vec<String>,
    pub pictogram: String,
    /// Example data that the operator is expected to replace.
    pub example: bool,
}

impl Service {
    /// Street, then postcode and town, as the card shows it (`1 place X, 99000 Y`).
    pub fn address(&self) -> String {
        let town = match (&self.code_postal, &self.commune) {
            (Some(c), Some(v)) => Some(format!("{c} {v}")),
            (None, Some(v)) => Some(v.clone()),
            (Some(c), None) => Some(c.clone()),
            (None, None) => None,
        };
        [self.adresse.clone(), town]
            .into_iter()
            .flatten()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A web address as a resident reads it: without scheme or trailing slash.
pub fn strip_scheme(url: &str) -> &str {
    url.trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_end_matches('/')
}

/// A language the pack provides, with its translation status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    pub code: String,
    pub status: String,
    pub reviewer: Option<String>,
    pub date: Option<String>,
}

/// A text looked up in a language, and whether it had to fall back to another one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub value: String,
    /// The language the text is actually in.
    pub lang: String,
    pub fell_back: bool,
}

/// A compiled content pack, in memory.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pack {
    pub id: String,
    pub version: String,
    pub default_language: String,
    pub root: String,
    pub country: String,
    /// Short hash of the source, so tickets can tell two builds apart.
    pub content_hash: String,
    pub languages: Vec<Language>,
    pub help_services: Vec<String>,
    /// Nodes in source order.
    pub nodes: Vec<Node>,
    pub services: Vec<Service>,
    pub documents: Vec<Document>,
    /// Formatted messages: language → key (`node-x`, `node-x.text`) → text.
    pub messages: HashMap<String, HashMap<String, String>>,
    /// Pictogram name → SVG bytes.
    pub pictograms: HashMap<String, Arc<[u8]>>,
    /// Recorded messages: language → message key → where its sound is. The sound
    /// itself stays on disk until spoken (a pack may carry minutes of it per language).
    pub recordings: HashMap<String, HashMap<String, Recording>>,
    /// The compiled file it was read from (a printing process opens the same one).
    pub file: Option<std::path::PathBuf>,
    index: Index,
}

/// Where a recorded message's sound is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recording {
    /// In the compiled file's `audio` table ([`Pack::file`]).
    Stored,
    /// A WAV file of a source folder not compiled yet (a checked pack read in place).
    File(std::path::PathBuf),
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Index {
    nodes: HashMap<String, usize>,
    services: HashMap<String, usize>,
    documents: HashMap<String, usize>,
}

impl Pack {
    /// Builds the lookup indexes; call once after filling the public fields.
    pub fn reindex(&mut self) {
        let pos = |ids: Vec<&String>| -> HashMap<String, usize> {
            ids.into_iter().enumerate().map(|(i, id)| (id.clone(), i)).collect()
        };
        self.index = Index {
            nodes: pos(self.nodes.iter().map(|n| &n.id).collect()),
            services: pos(self.services.iter().map(|s| &s.id).collect()),
            documents: pos(self.documents.iter().map(|d| &d.id).collect()),
        };
    }

    pub fn node(&self, id: &str) -> Option<&Node> {
        self.index.nodes.get(id).and_then(|&i| self.nodes.get(i))
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.index.services.get(id).and_then(|&i| self.services.get(i))
    }

    pub fn document(&self, id: &str) -> Option<&Document> {
        self.index.documents.get(id).and_then(|&i| self.documents.get(i))
    }

    pub fn root_node(&self) -> Option<&Node> {
        self.node(&self.root)
    }

    pub fn has_language(&self, lang: &str) -> bool {
        self.languages.iter().any(|l| l.code == lang)
    }

    /// The text for `key` in `lang`, falling back along `lang`'s parents (`fr-x-falc` →
    /// `fr`) and then to the pack's default language. `None` only when the key exists in
    /// no language, which `check` prevents for compiled packs.
    pub fn text(&self, lang: &str, key: &str) -> Option<Text> {
        for (i, candidate) in fallback_chain(lang, &self.default_language).iter().enumerate() {
            if let Some(v) = self.messages.get(candidate).and_then(|m| m.get(key)) {
                return Some(Text {
                    value: v.clone(),
                    lang: candidate.clone(),
                    fell_back: i > 0,
                });
            }
        }
        None
    }

    /// Where the recording of message `key` in `lang` is, if the pack has one.
    pub fn recording(&self, lang: &str, key: &str) -> Option<&Recording> {
        self.recordings.get(lang).and_then(|m| m.get(key))
    }

    /// Recorded messages in `lang`.
    pub fn recorded_count(&self, lang: &str) -> usize {
        self.recordings.get(lang).map_or(0, HashMap::len)
    }

    pub fn pictogram(&self, name: &str) -> Option<Arc<[u8]>> {
        self.pictograms.get(name).cloned()
    }
}

/// The languages to try, in order, for `lang`: itself, its parents (by dropping
/// subtags), then `default`.
pub fn fallback_chain(lang: &str, default: &str) -> Vec<String> {
    let mut chain = vec![lang.to_string()];
    let mut cur = lang;
    while let Some(pos) = cur.rfind('-') {
        cur = &cur[..pos];
        // `fr-x` is not a language: skip private-use singletons.
        if cur.len() > 1 && !cur.ends_with("-x") {
            chain.push(cur.to_string());
        }
    }
    if !chain.iter().any(|c| c == default) {
        chain.push(default.to_string());
    }
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chain() {
        assert_eq!(fallback_chain("fr-x-falc", "fr"), vec!["fr-x-falc", "fr"]);
        assert_eq!(fallback_chain("ar", "fr"), vec!["ar", "fr"]);
        assert_eq!(fallback_chain("fr", "fr"), vec!["fr"]);
    }

    #[test]
    fn text_falls_back() {
        let mut p = Pack {
            default_language: "fr".into(),
            ..Pack::default()
        };
        p.messages
            .entry("fr".into())
            .or_default()
            .insert("k".into(), "bonjour".into());
        p.messages
            .entry("en".into())
            .or_default()
            .insert("j".into(), "hi".into());
        let t = p.text("en", "k").expect("fallback");
        assert!(t.fell_back);
        assert_eq!(t.value, "bonjour");
        let t = p.text("en", "j").expect("direct");
        assert!(!t.fell_back);
        assert!(p.text("en", "zz").is_none());
    }
}
