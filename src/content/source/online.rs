//! `online.toml` (optional): the pack's official online procedures, each an id, the
//! address a resident's phone opens, and a pictogram; and `pack.toml`'s `[online]`
//! table, the hosts the pack declares official besides the built-in ones.

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::{at, read_text, toml_error, At, Unparsed};
use crate::content::diagnostic::{LineIndex, Report};

/// The optional file of online procedures.
pub const ONLINE_FILE: &str = "online.toml";

/// `pack.toml` `[online]`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOnlineMeta {
    #[serde(default)]
    pub official_hosts: Option<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOnline {
    #[serde(default)]
    procedure: Vec<Spanned<RawProcedure>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProcedure {
    id: Spanned<String>,
    url: Spanned<String>,
    pictogram: Spanned<String>,
}

/// An online procedure as written in `online.toml`.
#[derive(Debug, Clone)]
pub struct SrcProcedure {
    pub id: At<String>,
    pub url: At<String>,
    pub pictogram: At<String>,
}

/// Every `[[procedure]]` of `online.toml`; none when the file is absent.
pub(super) fn read_procedures(dir: &Path, report: &mut Report, unparsed: &mut Unparsed) -> Vec<SrcProcedure> {
    let Some(text) = read_text(dir, Path::new(ONLINE_FILE), report, false, unparsed) else {
        return Vec::new();
    };
    let lines = LineIndex::new(&text);
    match toml::from_str::<RawOnline>(&text) {
        Ok(raw) => raw
            .procedure
            .into_iter()
            .map(|p| {
                let p = p.into_inner();
                SrcProcedure {
                    id: at(&lines, p.id),
                    url: at(&lines, p.url),
                    pictogram: at(&lines, p.pictogram),
                }
            })
            .collect(),
        Err(e) => {
            toml_error(report, dir, ONLINE_FILE, &text, &e, unparsed);
            Vec::new()
        }
    }
}
