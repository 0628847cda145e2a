//! The content of a compiled pack, in memory: what the session and the UI read.
//!
//! A [`Pack`] is immutable once opened and shared behind an `Arc`; lookups are plain
//! hash-map reads so a tap never waits on storage.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use chrono::NaiveDate;

use crate::offers::Offer;

/// What a node is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NodeKind {
    /// Asks something and offers choices.
    Question,
    /// A right or a service: text, documents, places.
    Result,
    /// A page of text, optionally with choices.
    Info,
    /// The landlords' housing offers, with filters; "how to apply" from the node.
    Offers,
    /// "Am I eligible?": questions drawn from a ceilings table of the pack
    /// ([`crate::content::table`]); its choices are the nodes the table leads to.
    Eligibility,
}

impl NodeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Question => "question",
            NodeKind::Result => "result",
            NodeKind::Info => "info",
            NodeKind::Offers => "offers",
            NodeKind::Eligibility => "eligibility",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "question" => Some(NodeKind::Question),
            "result" => Some(NodeKind::Result),
            "info" => Some(NodeKind::Info),
            "offers" => Some(NodeKind::Offers),
            "eligibility" => Some(NodeKind::Eligibility),
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
    /// The topic must not appear on a printed ticket. A sensitive node is discreet
    /// unless its source says `discreet = false`.
    pub discreet: bool,
    /// Marked sensitive in the source: the node and its whole subtree are topics a
    /// resident may not want seen ([`Pack::is_sensitive`]).
    pub sensitive: bool,
    /// An offers node: the landlords whose offers it shows (all when empty).
    pub landlords: Vec<String>,
    /// The ceilings table an `eligibility` node asks from.
    pub table: Option<String>,
    /// Official online procedures a resident can continue on their phone (ids of
    /// [`Pack::procedures`]).
    pub online: Vec<String>,
}

/// An official online procedure: its address goes, exactly as written, into the QR
/// code of "Continue on your phone" (`content::online` says which addresses may).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Procedure {
    pub id: String,
    pub url: String,
    pub pictogram: String,
}

/// The message naming procedure `id`; its `.asks` attribute says what the site asks for.
pub fn procedure_key(id: &str) -> String {
    format!("online-{id}")
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
    /// What the service is, in the pack's default language (imported entries).
    pub description: Option<String>,
    pub courriel: Option<String>,
    /// data·inclusion `frais`: `gratuit`, `payant`.
    pub frais: Option<String>,
    /// data·inclusion `modes_accueil`: `en-presentiel`, `a-distance`.
    pub modes_accueil: Vec<String>,
    /// When the entry was last checked (data·inclusion `date_maj`).
    pub date_maj: Option<NaiveDate>,
    /// Whether a wheelchair user can get in; `None` when nobody said.
    pub accessible: Option<bool>,
    /// The place's Acceslibre page: an id, or its address on acceslibre.beta.gouv.fr.
    pub acceslibre: Option<String>,
    /// Temporary closures, in source order.
    pub closures: Vec<Closure>,
}

/// Days a service is closed whatever its hours say, both days included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Closure {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Why (`holidays`, `works`, `event`, `other`), for the screens that say it.
    pub reason: String,
}

/// Reasons a closure may give; anything else is reported by `check` and read as `other`.
pub const CLOSURE_REASONS: &[&str] = &["holidays", "works", "strike", "event", "other"];

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
    /// Services last checked longer ago than this many months are not shown.
    pub stale_after_months: Option<u32>,
    /// Nodes in source order.
    pub nodes: Vec<Node>,
    pub services: Vec<Service>,
    pub documents: Vec<Document>,
    /// Ceilings tables, in id order.
    pub tables: Vec<super::table::Table>,
    /// Official online procedures, in source order.
    pub procedures: Vec<Procedure>,
    /// Hosts the pack declares official besides the built-in ones (`pack.toml` `[online]`).
    pub official_hosts: Vec<String>,
    /// Formatted messages: language → key (`node-x`, `node-x.text`) → text.
    pub messages: HashMap<String, HashMap<String, String>>,
    /// Pictogram name → SVG bytes.
    pub pictograms: HashMap<String, Arc<[u8]>>,
    /// Recorded messages: language → message key → where its sound is. The sound
    /// itself stays on disk until spoken (a pack may carry minutes of it per language).
    pub recordings: HashMap<String, HashMap<String, Recording>>,
    /// The compiled file it was read from (a printing process opens the same one).
    pub file: Option<std::path::PathBuf>,
    /// Landlords' housing offers, expired ones included (the screen hides them), in
    /// the order read (landlord files by name, then each file's order). Their photos
    /// stay on disk: [`Pack::offer_photos`].
    pub offers: Vec<Offer>,
    /// Where the offers' photos are (a pack may carry many megabytes of them).
    pub offer_photos: OfferPhotos,
    index: Index,
}

/// Where the offers' photos are; read one at a time by `content::read_offer_photo`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum OfferPhotos {
    /// In the compiled file's `offer_photo` table ([`Pack::file`]).
    #[default]
    Stored,
    /// `FOLDER/LANDLORD/NAME` files: the `offers/` folder of a source pack not compiled yet.
    Folder(std::path::PathBuf),
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
    procedures: HashMap<String, usize>,
    offers: HashMap<String, usize>,
    /// Nodes that are sensitive themselves or through an ancestor.
    sensitive: HashSet<String>,
}

/// The optional message that translates service `id`'s name.
pub fn service_name_key(id: &str) -> String {
    format!("svc-{id}-name")
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
            procedures: pos(self.procedures.iter().map(|p| &p.id).collect()),
            offers: pos(self.offers.iter().map(|o| &o.id).collect()),
            sensitive: HashSet::new(),
        };
        self.index.sensitive = self.sensitive_closure();
    }

    /// Every node marked sensitive and everything below it. Walking down from the
    /// marked nodes (never up) reaches each descendant once, whatever the number of
    /// paths; the visited set also bounds a damaged file's cycle.
    fn sensitive_closure(&self) -> HashSet<String> {
        let mut seen: HashSet<String> = HashSet::new();
        let mut stack: Vec<&str> = self
            .nodes
            .iter()
            .filter(|n| n.sensitive)
            .map(|n| n.id.as_str())
            .collect();
        while let Some(id) = stack.pop() {
            if !seen.insert(id.to_string()) {
                continue;
            }
            if let Some(n) = self.node(id) {
                stack.extend(n.choices.iter().map(String::as_str));
            }
        }
        seen
    }

    /// Whether `node_id` is a sensitive topic: marked so, or below a marked node on
    /// any path from the root. A node reached both from a sensitive topic and from
    /// an ordinary one is sensitive whichever way the resident came: its screen is
    /// the same either way, so a person standing behind learns the same from it,
    /// and a "leave quickly" button too many costs less than one missing.
    pub fn is_sensitive(&self, node_id: &str) -> bool {
        self.index.sensitive.contains(node_id)
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

    pub fn table(&self, id: &str) -> Option<&super::table::Table> {
        self.tables.iter().find(|t| t.id == id)
    }

    /// The table of node `id`, if it is an eligibility node whose table exists.
    pub fn node_table(&self, id: &str) -> Option<&super::table::Table> {
        self.node(id)
            .filter(|n| n.kind == NodeKind::Eligibility)
            .and_then(|n| n.table.as_deref())
            .and_then(|t| self.table(t))
    }

    pub fn procedure(&self, id: &str) -> Option<&Procedure> {
        self.index.procedures.get(id).and_then(|&i| self.procedures.get(i))
    }

    /// The online procedures node `node_id` offers, in its order.
    pub fn procedures_of(&self, node_id: &str) -> Vec<&Procedure> {
        self.node(node_id)
            .map(|n| n.online.iter().filter_map(|p| self.procedure(p)).collect())
            .unwrap_or_default()
    }

    /// The offer `LANDLORD/REFERENCE`.
    pub fn offer(&self, id: &str) -> Option<&Offer> {
        self.index.offers.get(id).and_then(|&i| self.offers.get(i))
    }

    /// The landlords whose offers node `node_id` shows: its `landlords`, or, when it
    /// names none, every landlord with an offer in the pack (in the offers' order).
    pub fn landlords_of(&self, node_id: &str) -> Vec<&Service> {
        let named = self.node(node_id).map(|n| n.landlords.as_slice()).unwrap_or_default();
        let mut ids: Vec<&str> = named.iter().map(String::as_str).collect();
        if ids.is_empty() {
            for o in &self.offers {
                if !ids.contains(&o.landlord.as_str()) {
                    ids.push(&o.landlord);
                }
            }
        }
        ids.into_iter().filter_map(|id| self.service(id)).collect()
    }

    /// Whether service `s` was last checked more than `stale_after_months` ago on
    /// `today`, so that the kiosk no longer shows it. A service with no date, or a
    /// pack with no limit, is never stale.
    pub fn is_stale(&self, s: &Service, today: NaiveDate) -> bool {
        match (self.stale_after_months, s.date_maj) {
            (Some(months), Some(checked)) => older_than(checked, months, today),
            _ => false,
        }
    }

    /// The services result `node_id` shows on `today`, in the pack's order: those
    /// checked too long ago are left out and counted, so that the screen can say who
    /// to ask instead.
    pub fn shown_services(&self, node_id: &str, today: NaiveDate) -> Shown<'_> {
        let ids = self.node(node_id).map(|n| n.services.as_slice()).unwrap_or_default();
        self.shown(ids, today)
    }

    /// The Help screen's places ("a person nearby") on `today`, as [`Pack::shown_services`].
    pub fn shown_help_services(&self, today: NaiveDate) -> Shown<'_> {
        self.shown(&self.help_services, today)
    }

    fn shown(&self, ids: &[String], today: NaiveDate) -> Shown<'_> {
        let mut shown = Shown::default();
        for s in ids.iter().filter_map(|id| self.service(id)) {
            if self.is_stale(s, today) {
                shown.hidden += 1;
            } else {
                shown.services.push(s);
            }
        }
        shown
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

    /// A service's name in `lang`: the pack's optional `svc-ID-name` message (its
    /// fallback chain), else the name of `services.toml` (data·inclusion's, French).
    pub fn service_name(&self, lang: &str, s: &Service) -> String {
        self.text(lang, &service_name_key(&s.id))
            .map(|t| t.value)
            .unwrap_or_else(|| s.nom.clone())
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

/// The services a screen shows, and how many it leaves out as not checked recently.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shown<'a> {
    pub services: Vec<&'a Service>,
    /// Services hidden because they were last checked too long ago.
    pub hidden: usize,
}

/// Whether `checked` is more than `months` months before `today`.
pub fn older_than(checked: NaiveDate, months: u32, today: NaiveDate) -> bool {
    checked
        .checked_add_months(chrono::Months::new(months))
        .is_some_and(|limit| limit < today)
}

/// Small builders shared by the unit tests of the content model and its users.
#[cfg(test)]
pub(crate) mod testing {
    use super::{Node, NodeKind};
    use chrono::{NaiveDate, NaiveDateTime};

    /// A result node showing `services`.
    pub fn result(id: &str, services: &[&str]) -> Node {
        Node {
            id: id.into(),
            kind: NodeKind::Result,
            pictogram: String::new(),
            emergency: false,
            choices: vec![],
            documents: vec![],
            services: services.iter().map(|s| s.to_string()).collect(),
            source: None,
            reviewed: None,
            discreet: false,
            sensitive: false,
            landlords: vec![],
            table: None,
            online: vec![],
        }
    }

    /// A node of `kind` leading to `choices`.
    pub fn node(id: &str, kind: NodeKind, choices: &[&str]) -> Node {
        let mut n = result(id, &[]);
        n.kind = kind;
        n.choices = choices.iter().map(|c| c.to_string()).collect();
        n
    }

    /// A wall-clock time.
    pub fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|d| d.and_hms_opt(h, min, 0))
            .expect("valid date")
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

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn services_checked_too_long_ago_are_hidden_and_counted() {
        let svc = |id: &str, checked: Option<NaiveDate>| Service {
            id: id.into(),
            date_maj: checked,
            ..Service::default()
        };
        let mut p = Pack {
            stale_after_months: Some(12),
            services: vec![
                svc("old", Some(day(2025, 1, 31))),
                svc("fresh", Some(day(2026, 1, 1))),
                svc("undated", None),
                svc("limit", Some(day(2025, 3, 1))),
            ],
            help_services: vec!["old".into(), "undated".into()],
            nodes: vec![testing::result("r", &["old", "fresh", "undated", "limit"])],
            ..Pack::default()
        };
        p.reindex();
        let today = day(2026, 3, 1);
        let shown = p.shown_services("r", today);
        let ids: Vec<&str> = shown.services.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            vec!["fresh", "undated", "limit"],
            "exactly 12 months is not past the limit"
        );
        assert_eq!(shown.hidden, 1);
        assert_eq!(p.shown_help_services(today).hidden, 1);
        assert_eq!(p.shown_services("nowhere", today), Shown::default());
        p.stale_after_months = None;
        assert_eq!(p.shown_services("r", today).hidden, 0, "no limit, nothing hidden");
    }

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
