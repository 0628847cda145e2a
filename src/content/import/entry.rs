//! One service of the export, with its structure, turned into the values an entry of
//! `services.toml` holds, or into the reason its row is skipped.
//!
//! A row is skipped when it would make the pack fail its check or mislead a resident:
//! no id or name, a value too long, opening hours that do not parse, a thématique
//! outside the referential, a date that is not one. A value the pack can do without
//! (a phone, an e-mail, a website, an Acceslibre link that is not one) is left out with
//! a note, and the rest of the row is imported. A missing phone is no problem at all.

use chrono::{DateTime, NaiveDate};
use sha2::{Digest, Sha256};

use super::read::{Loose, Record};
use crate::content::check::ACCESLIBRE_SITE;
use crate::content::{is_valid_id, thematiques};

/// The values an import writes in an entry, in the order it writes them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    /// The service's id in the referential (`dora--42`).
    pub source_id: String,
    pub nom: String,
    pub description: Option<String>,
    pub adresse: Option<String>,
    pub code_postal: Option<String>,
    pub commune: Option<String>,
    pub telephone: Option<String>,
    pub courriel: Option<String>,
    pub site_web: Option<String>,
    pub horaires_accueil: Option<String>,
    pub thematiques: Vec<String>,
    pub publics: Vec<String>,
    pub frais: Option<String>,
    pub modes_accueil: Vec<String>,
    pub date_maj: Option<NaiveDate>,
    pub acceslibre: Option<String>,
    /// Results that show it, from the pack's `[import.thematiques]`.
    pub nodes: Vec<String>,
}

/// A value of an entry, as compared and hashed: a text or a list of texts.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub enum Value {
    Text(String),
    List(Vec<String>),
}

impl Entry {
    /// The imported fields that are set, by name, in writing order.
    pub fn fields(&self) -> Vec<(&'static str, Value)> {
        let mut out = vec![("nom", Value::Text(self.nom.clone()))];
        let texts = [
            ("description", &self.description),
            ("adresse", &self.adresse),
            ("code_postal", &self.code_postal),
            ("commune", &self.commune),
            ("telephone", &self.telephone),
            ("courriel", &self.courriel),
            ("site_web", &self.site_web),
            ("horaires_accueil", &self.horaires_accueil),
        ];
        out.extend(
            texts
                .into_iter()
                .filter_map(|(k, v)| Some((k, Value::Text(v.clone()?)))),
        );
        for (k, v) in [("thematiques", &self.thematiques), ("publics", &self.publics)] {
            if !v.is_empty() {
                out.push((k, Value::List(v.clone())));
            }
        }
        if let Some(f) = &self.frais {
            out.push(("frais", Value::Text(f.clone())));
        }
        if !self.modes_accueil.is_empty() {
            out.push(("modes_accueil", Value::List(self.modes_accueil.clone())));
        }
        if let Some(d) = self.date_maj {
            out.push(("date_maj", Value::Text(d.format("%Y-%m-%d").to_string())));
        }
        if let Some(a) = &self.acceslibre {
            out.push(("acceslibre", Value::Text(a.clone())));
        }
        if !self.nodes.is_empty() {
            out.push(("nodes", Value::List(self.nodes.clone())));
        }
        out
    }
}

/// Every field an import writes, set or not: the others belong to the operator.
pub const IMPORTED_FIELDS: &[&str] = &[
    "nom",
    "description",
    "adresse",
    "code_postal",
    "commune",
    "telephone",
    "courriel",
    "site_web",
    "horaires_accueil",
    "thematiques",
    "publics",
    "frais",
    "modes_accueil",
    "date_maj",
    "acceslibre",
    "nodes",
];

/// A short hash of imported values: what the import wrote, to tell a hand edit.
pub fn hash(fields: &[(&'static str, Value)]) -> String {
    let mut h = Sha256::new();
    for (k, v) in fields {
        h.update(k.as_bytes());
        h.update(serde_json::to_vec(v).unwrap_or_default());
        h.update(b"\n");
    }
    h.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// The pack id of a referential id: `di-` and its letters and digits, lower case,
/// cut with a hash of the whole id when it would be longer than an id may be.
pub fn pack_id(source_id: &str, with_hash: bool) -> String {
    let mut slug = String::from("di-");
    for c in source_id.chars().flat_map(char::to_lowercase) {
        let c = if c.is_ascii_lowercase() || c.is_ascii_digit() {
            c
        } else {
            '-'
        };
        if !(c == '-' && slug.ends_with('-')) {
            slug.push(c);
        }
    }
    let slug = slug.trim_end_matches('-').to_string();
    if !with_hash && is_valid_id(&slug) {
        return slug;
    }
    let digest: String = Sha256::digest(source_id.as_bytes())
        .iter()
        .take(4)
        .map(|b| format!("{b:02x}"))
        .collect();
    let head: String = slug.chars().take(48 - 9).collect();
    format!("{}-{digest}", head.trim_end_matches('-'))
}

/// What the import takes from a row, or why it skips it; notes are values left out.
pub struct Built {
    pub entry: Entry,
    pub notes: Vec<String>,
}

/// Names of the fields that came too long.
fn too_long(rec: &Record) -> Vec<&'static str> {
    let cols: [(&str, &Loose); 16] = [
        ("id", &rec.id),
        ("nom", &rec.nom),
        ("description", &rec.description),
        ("adresse", &rec.adresse),
        ("complement_adresse", &rec.complement_adresse),
        ("code_postal", &rec.code_postal),
        ("commune", &rec.commune),
        ("telephone", &rec.telephone),
        ("courriel", &rec.courriel),
        ("horaires_accueil", &rec.horaires_accueil),
        ("thematiques", &rec.thematiques),
        ("publics", &rec.publics),
        ("frais", &rec.frais),
        ("modes_accueil", &rec.modes_accueil),
        ("date_maj", &rec.date_maj),
        ("structure_id", &rec.structure_id),
    ];
    cols.into_iter()
        .filter(|(_, v)| **v == Loose::TooLong)
        .map(|(k, _)| k)
        .collect()
}

/// A text value, trimmed; `None` when absent or empty.
pub fn text(v: &Loose) -> Option<String> {
    let s = match v {
        Loose::Text(s) => s.trim().to_string(),
        Loose::Number(n) => n.to_string(),
        Loose::Bool(b) => b.to_string(),
        Loose::List(items) => items.join(", "),
        Loose::Null | Loose::TooLong | Loose::Other => return None,
    };
    Some(s).filter(|s| !s.is_empty())
}

/// A list value: a JSON array, or a CSV cell holding `['a', 'b']`, `["a"]` or `a`.
pub fn list(v: &Loose) -> Vec<String> {
    match v {
        Loose::List(items) => items
            .iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect(),
        Loose::Text(s) => python_list(s),
        _ => Vec::new(),
    }
}

/// The items of a Python list as pandas writes it in CSV (`['a', 'b']`); a plain
/// value is a list of one.
fn python_list(s: &str) -> Vec<String> {
    let s = s.trim();
    let Some(inner) = s.strip_prefix('[').and_then(|r| r.strip_suffix(']')) else {
        return vec![s.to_string()].into_iter().filter(|x| !x.is_empty()).collect();
    };
    let mut items = Vec::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\'' && c != '"' {
            continue;
        }
        let mut item = String::new();
        while let Some(d) = chars.next() {
            match d {
                '\\' => item.extend(chars.next()),
                d if d == c => break,
                d => item.push(d),
            }
        }
        items.push(item);
        if items.len() >= super::read::MAX_LIST_ITEMS {
            break;
        }
    }
    items
}

/// `date_maj`: a date, a date and time, or milliseconds since 1970 (pandas' JSON).
pub fn date(v: &Loose) -> Result<Option<NaiveDate>, String> {
    let millis = |ms: i64| DateTime::from_timestamp_millis(ms).map(|t| t.date_naive());
    match v {
        Loose::Null => Ok(None),
        Loose::Number(n) if n.fract() == 0.0 => millis(*n as i64).map(Some).ok_or_else(|| format!("{n}")),
        Loose::Text(s) => {
            let s = s.trim();
            if s.len() >= 12 && s.bytes().all(|b| b.is_ascii_digit()) {
                return s.parse().ok().and_then(millis).map(Some).ok_or_else(|| s.to_string());
            }
            s.get(..10)
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                .filter(|_| s.len() == 10 || s.as_bytes().get(10).is_some_and(|b| matches!(b, b'T' | b' ')))
                .map(Some)
                .ok_or_else(|| s.to_string())
        }
        other => Err(format!("{other:?}")),
    }
}

/// A phone number in E.164 form (French numbers as written in France accepted), or
/// a short national number.
pub fn phone(s: &str) -> Option<String> {
    let compact: String = s
        .chars()
        .filter(|c| !matches!(c, ' ' | '.' | '-' | '(' | ')' | '\u{a0}'))
        .collect();
    if crate::phone::validate(&compact).is_ok() {
        return Some(compact);
    }
    let n = phonenumber::parse(Some(phonenumber::country::Id::FR), &compact).ok()?;
    let e164 = n.format().mode(phonenumber::Mode::E164).to_string();
    crate::phone::validate(&e164).is_ok().then_some(e164)
}

/// The entry of service row `rec` with its structure, or why the row is skipped.
pub fn build(rec: &Record, structure: Option<&Record>, mapping: &[(String, Vec<String>)]) -> Result<Built, String> {
    let long = too_long(rec);
    if let Some(first) = long.first() {
        return Err(format!(
            "its {first} is longer than the import reads (16 KiB, or 64 values)"
        ));
    }
    let source_id = text(&rec.id).ok_or("it has no id")?;
    let nom = text(&rec.nom).ok_or("it has no name (nom)")?;
    let thematiques = list(&rec.thematiques);
    if let Some(t) = thematiques.iter().find(|t| !thematiques::is_known_thematique(t)) {
        return Err(format!("thématique \"{t}\" is not in the data·inclusion referential"));
    }
    let from_structure = |f: fn(&Record) -> &Loose| structure.and_then(|s| text(f(s)));
    let horaires_accueil = text(&rec.horaires_accueil).or_else(|| from_structure(|s| &s.horaires_accueil));
    if let Some(h) = &horaires_accueil {
        crate::hours::validate(h)
            .map_err(|e| format!("opening hours \"{h}\" are not valid OpenStreetMap opening_hours: {e}"))?;
    }
    let date_maj = date(&rec.date_maj).map_err(|v| format!("date_maj \"{v}\" is not a date"))?;
    let mut notes = Vec::new();
    let mut keep = |what: &str, value: Option<String>, ok: &dyn Fn(&str) -> Option<String>| {
        let v = value?;
        let kept = ok(&v);
        if kept.is_none() {
            notes.push(format!("{what} \"{v}\" is not valid: imported without it"));
        }
        kept
    };
    let telephone = keep("phone number", text(&rec.telephone), &phone);
    let courriel = keep("e-mail address", text(&rec.courriel), &|c| {
        crate::content::check::is_email(c).then(|| c.to_string())
    });
    let site_web = keep("website", from_structure(|s| &s.site_web), &|w| {
        (w.starts_with("https://") || w.starts_with("http://")).then(|| w.to_string())
    });
    let acceslibre = keep("Acceslibre link", from_structure(|s| &s.accessibilite_lieu), &|a| {
        (a.starts_with(ACCESLIBRE_SITE) && !a.contains(char::is_whitespace)).then(|| a.to_string())
    });
    let adresse = match (text(&rec.adresse), text(&rec.complement_adresse)) {
        (Some(a), Some(c)) => Some(format!("{a}, {c}")),
        (a, c) => a.or(c),
    };
    let nodes = nodes_of(&thematiques, mapping);
    let entry = Entry {
        source_id,
        nom,
        description: text(&rec.description),
        adresse,
        code_postal: text(&rec.code_postal),
        commune: text(&rec.commune),
        telephone,
        courriel,
        site_web,
        horaires_accueil,
        thematiques,
        publics: list(&rec.publics),
        frais: list(&rec.frais).into_iter().next(),
        modes_accueil: list(&rec.modes_accueil),
        date_maj,
        acceslibre,
        nodes,
    };
    Ok(Built { entry, notes })
}

/// The results a service's thématiques map to: a thématique's own line in the
/// mapping, else its top-level theme's; each result once, in order.
fn nodes_of(thematiques: &[String], mapping: &[(String, Vec<String>)]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in thematiques {
        let top = t.split("--").next().unwrap_or(t);
        let targets = mapping
            .iter()
            .find(|(k, _)| k == t)
            .or_else(|| mapping.iter().find(|(k, _)| k == top));
        for n in targets.map(|(_, n)| n.as_slice()).unwrap_or_default() {
            if !out.contains(n) {
                out.push(n.clone());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_lists_as_pandas_writes_them() {
        let l = |s: &str| list(&Loose::Text(s.into()));
        assert_eq!(l("['a', 'b']"), vec!["a", "b"]);
        assert_eq!(l("[\"l'eau\", 'x']"), vec!["l'eau", "x"]);
        assert_eq!(l("[]"), Vec::<String>::new());
        assert_eq!(l("sante"), vec!["sante"]);
        assert_eq!(list(&Loose::List(vec!["x".into()])), vec!["x"]);
    }

    #[test]
    fn dates_as_text_datetime_or_epoch_milliseconds() {
        let d = NaiveDate::from_ymd_opt(2025, 2, 14);
        assert_eq!(date(&Loose::Text("2025-02-14".into())), Ok(d));
        assert_eq!(date(&Loose::Text("2025-02-14T08:00:00Z".into())), Ok(d));
        assert_eq!(date(&Loose::Number(1_739_491_200_000.0)), Ok(d));
        assert_eq!(date(&Loose::Text("1739491200000".into())), Ok(d));
        assert_eq!(date(&Loose::Null), Ok(None));
        assert!(date(&Loose::Text("14/02/2025".into())).is_err());
        assert!(date(&Loose::Text("2025-02-145".into())).is_err());
    }

    #[test]
    fn ids_phones_and_mapping() {
        assert_eq!(
            pack_id("dora--AidantsConnect:2024-47BXY", false),
            "di-dora-aidantsconnect-2024-47bxy"
        );
        let long = pack_id(&"x".repeat(80), false);
        assert!(is_valid_id(&long) && long.len() == 48, "{long}");
        assert_ne!(pack_id("dora--a", true), pack_id("dora--a", false));
        assert_eq!(phone("01 23 45 67 89").as_deref(), Some("+33123456789"));
        assert_eq!(phone("+33 1 23 45 67 89").as_deref(), Some("+33123456789"));
        assert_eq!(phone("3949").as_deref(), Some("3949"));
        assert_eq!(phone("+33 12 34"), None);
        let mapping = vec![
            ("sante".to_string(), vec!["doctor".to_string()]),
            ("sante--sante-mentale".to_string(), vec!["mind".to_string()]),
        ];
        let t = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            nodes_of(&t(&["sante--acces-aux-soins", "sante--sante-mentale"]), &mapping),
            t(&["doctor", "mind"])
        );
        assert!(nodes_of(&t(&["numerique"]), &mapping).is_empty());
    }
}
