//! `services.toml` as read, and the `[import]` table of `pack.toml` that tells
//! `borne content import` how the national referential maps onto the pack.
//!
//! Dates may be written as TOML dates (`date_maj = 2026-03-12`) or as text
//! (`"2026-03-12"`): both are kept as text here and checked by the checker.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::{at, at_vec, read_text, toml_error, At, SERVICES_FILE};
use crate::content::diagnostic::{LineIndex, Report};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawServices {
    #[serde(default)]
    service: Vec<Spanned<RawService>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    id: Spanned<String>,
    nom: String,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    adresse: Option<String>,
    #[serde(default)]
    code_postal: Option<String>,
    #[serde(default)]
    commune: Option<String>,
    #[serde(default)]
    telephone: Option<Spanned<String>>,
    #[serde(default)]
    courriel: Option<Spanned<String>>,
    #[serde(default)]
    site_web: Option<String>,
    #[serde(default)]
    horaires_accueil: Option<Spanned<String>>,
    #[serde(default)]
    thematiques: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    publics: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    frais: Option<Spanned<String>>,
    #[serde(default)]
    modes_accueil: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    date_maj: Option<Spanned<toml::Value>>,
    #[serde(default)]
    accessible: Option<bool>,
    #[serde(default)]
    acceslibre: Option<Spanned<String>>,
    #[serde(default)]
    nodes: Option<Vec<Spanned<String>>>,
    pictogram: Spanned<String>,
    #[serde(default)]
    example: bool,
    #[serde(default)]
    closure: Vec<Spanned<RawClosure>>,
    #[serde(default)]
    import: Option<RawImportMark>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClosure {
    from: Spanned<toml::Value>,
    to: Spanned<toml::Value>,
    #[serde(default)]
    reason: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawImportMark {
    from: String,
    id: String,
    hash: String,
}

/// `[import]` in `pack.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawImport {
    #[serde(default)]
    pictogram: Option<Spanned<String>>,
    #[serde(default)]
    thematiques: BTreeMap<String, Spanned<Vec<Spanned<String>>>>,
}

/// A place or helpline as written in `services.toml`.
#[derive(Debug, Clone, Default)]
pub struct SrcService {
    pub line: usize,
    pub id: At<String>,
    pub nom: String,
    pub description: Option<String>,
    pub adresse: Option<String>,
    pub code_postal: Option<String>,
    pub commune: Option<String>,
    pub telephone: Option<At<String>>,
    pub courriel: Option<At<String>>,
    pub site_web: Option<String>,
    pub horaires_accueil: Option<At<String>>,
    pub thematiques: Vec<At<String>>,
    pub publics: Vec<At<String>>,
    pub frais: Option<At<String>>,
    pub modes_accueil: Vec<At<String>>,
    /// When the entry was last checked, as written (`YYYY-MM-DD` once checked).
    pub date_maj: Option<At<String>>,
    pub accessible: Option<bool>,
    pub acceslibre: Option<At<String>>,
    /// Results that show this service too, after their own list.
    pub nodes: Vec<At<String>>,
    pub closures: Vec<SrcClosure>,
    pub pictogram: At<String>,
    pub example: bool,
    /// Set by `borne content import` on the entries it wrote.
    pub import: Option<SrcImportMark>,
}

/// A temporary closure: `[[service.closure]]`, both days included.
#[derive(Debug, Clone)]
pub struct SrcClosure {
    pub line: usize,
    pub from: At<String>,
    pub to: At<String>,
    pub reason: Option<At<String>>,
}

/// Where an imported entry came from: `import = { from, id, hash }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SrcImportMark {
    pub from: String,
    /// The entry's id in the referential.
    pub id: String,
    /// Hash of the values the import wrote, to tell a hand edit from them.
    pub hash: String,
}

/// `[import]` of `pack.toml`.
#[derive(Debug, Clone, Default)]
pub struct SrcImport {
    /// The pictogram given to imported services.
    pub pictogram: Option<At<String>>,
    /// Thématique (or sub-thématique) → the results that show its services.
    pub thematiques: Vec<(At<String>, Vec<At<String>>)>,
}

pub(super) fn import_from(lines: &LineIndex, raw: Spanned<RawImport>) -> SrcImport {
    let raw = raw.into_inner();
    SrcImport {
        pictogram: raw.pictogram.map(|p| at(lines, p)),
        thematiques: raw
            .thematiques
            .into_iter()
            .map(|(key, nodes)| {
                let line = lines.line(nodes.span().start);
                let nodes = nodes.into_inner().into_iter().map(|n| at(lines, n)).collect();
                (At { value: key, line }, nodes)
            })
            .collect(),
    }
}

pub(super) fn read_services(dir: &Path, report: &mut Report, unparsed: &mut super::Unparsed) -> Vec<SrcService> {
    let mut services = Vec::new();
    let Some(text) = read_text(dir, Path::new(SERVICES_FILE), report, false, unparsed) else {
        return services;
    };
    let lines = LineIndex::new(&text);
    match toml::from_str::<RawServices>(&text) {
        Ok(raw) => {
            for s in raw.service {
                services.push(service_from(&lines, s));
            }
        }
        Err(e) => toml_error(report, dir, SERVICES_FILE, &text, &e, unparsed),
    }
    services
}

/// A date as text: a TOML date prints as `YYYY-MM-DD`; anything else is kept as
/// written for the checker to refuse.
pub(super) fn date_text(lines: &LineIndex, v: Spanned<toml::Value>) -> At<String> {
    let line = lines.line(v.span().start);
    let value = match v.into_inner() {
        toml::Value::String(s) => s,
        toml::Value::Datetime(d) => d.to_string(),
        other => other.to_string(),
    };
    At { value, line }
}

fn service_from(lines: &LineIndex, s: Spanned<RawService>) -> SrcService {
    let line = lines.line(s.span().start);
    let s = s.into_inner();
    let closures = s
        .closure
        .into_iter()
        .map(|c| {
            let line = lines.line(c.span().start);
            let c = c.into_inner();
            SrcClosure {
                line,
                from: date_text(lines, c.from),
                to: date_text(lines, c.to),
                reason: c.reason.map(|r| at(lines, r)),
            }
        })
        .collect();
    SrcService {
        line,
        id: at(lines, s.id),
        nom: s.nom,
        description: s.description,
        adresse: s.adresse,
        code_postal: s.code_postal,
        commune: s.commune,
        telephone: s.telephone.map(|t| at(lines, t)),
        courriel: s.courriel.map(|t| at(lines, t)),
        site_web: s.site_web,
        horaires_accueil: s.horaires_accueil.map(|h| at(lines, h)),
        thematiques: at_vec(lines, s.thematiques),
        publics: at_vec(lines, s.publics),
        frais: s.frais.map(|f| at(lines, f)),
        modes_accueil: at_vec(lines, s.modes_accueil),
        date_maj: s.date_maj.map(|d| date_text(lines, d)),
        accessible: s.accessible,
        acceslibre: s.acceslibre.map(|a| at(lines, a)),
        nodes: at_vec(lines, s.nodes),
        closures,
        pictogram: at(lines, s.pictogram),
        example: s.example,
        import: s.import.map(|m| SrcImportMark {
            from: m.from,
            id: m.id,
            hash: m.hash,
        }),
    }
}
