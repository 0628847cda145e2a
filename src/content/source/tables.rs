//! `tables/ID.toml` as read: a ceilings table (its source and year, rows, columns,
//! amounts, the per-extra-person increment, routes and adjustments), every value with
//! its line. The folder is optional; what the values mean is checked by the checker.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::{at, at_vec, read_text, toml_error, At, Unparsed};
use crate::content::diagnostic::{LineIndex, Report};

/// Optional: `tables/ID.toml`.
pub const TABLES_DIR: &str = "tables";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTable {
    #[serde(default)]
    source: Option<Spanned<String>>,
    #[serde(default)]
    year: Option<Spanned<i64>>,
    /// A note for the operator (which zone the figures are for); not shown.
    #[serde(default)]
    #[allow(dead_code)]
    zone: Option<String>,
    #[serde(default)]
    unit: Option<Spanned<String>>,
    #[serde(default)]
    rows: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    columns: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    amounts: BTreeMap<String, Spanned<Vec<i64>>>,
    #[serde(default)]
    extra: Option<Spanned<Vec<i64>>>,
    #[serde(default)]
    routes: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    adjust: Vec<Spanned<RawAdjust>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAdjust {
    key: Spanned<String>,
    rows: Vec<Spanned<String>>,
    #[serde(default)]
    shift: Option<Spanned<i64>>,
}

/// A yes/no question of a table that moves some rows further down.
#[derive(Debug, Clone)]
pub struct SrcAdjust {
    pub line: usize,
    pub key: At<String>,
    pub rows: Vec<At<String>>,
    /// Rows moved by a "yes" (1 when not written).
    pub shift: At<i64>,
}

/// A ceilings table as written.
#[derive(Debug, Clone)]
pub struct SrcTable {
    /// Relative to the pack folder.
    pub file: PathBuf,
    /// The file's name: what nodes and messages call the table.
    pub id: String,
    pub source: Option<At<String>>,
    pub year: Option<At<i64>>,
    pub unit: Option<At<String>>,
    pub rows: Vec<At<String>>,
    pub columns: Vec<At<String>>,
    /// Row id → its amounts, one per column.
    pub amounts: BTreeMap<String, At<Vec<i64>>>,
    /// Added per row past the last written one.
    pub extra: Option<At<Vec<i64>>>,
    /// Column id (or `above`) → node id.
    pub routes: BTreeMap<String, At<String>>,
    pub adjust: Vec<SrcAdjust>,
}

/// Every `tables/*.toml`, in name order; no folder, no tables.
pub(super) fn read_tables(dir: &Path, report: &mut Report, unparsed: &mut Unparsed) -> Vec<SrcTable> {
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(dir.join(TABLES_DIR)) else {
        return out;
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "toml"))
        .filter_map(|p| p.file_name().map(|n| Path::new(TABLES_DIR).join(n)))
        .collect();
    files.sort();
    for rel in files {
        let Some(id) = rel.file_stem().and_then(|s| s.to_str()).map(str::to_string) else {
            continue;
        };
        let Some(text) = read_text(dir, &rel, report, true, unparsed) else {
            continue;
        };
        match toml::from_str::<RawTable>(&text) {
            Ok(raw) => out.push(table_from(rel, id, &LineIndex::new(&text), raw)),
            Err(e) => toml_error(report, dir, &rel, &text, &e, unparsed),
        }
    }
    out
}

fn table_from(file: PathBuf, id: String, lines: &LineIndex, raw: RawTable) -> SrcTable {
    SrcTable {
        file,
        id,
        source: raw.source.map(|s| at(lines, s)),
        year: raw.year.map(|y| at(lines, y)),
        unit: raw.unit.map(|u| at(lines, u)),
        rows: at_vec(lines, raw.rows),
        columns: at_vec(lines, raw.columns),
        amounts: raw.amounts.into_iter().map(|(k, v)| (k, at(lines, v))).collect(),
        extra: raw.extra.map(|e| at(lines, e)),
        routes: raw.routes.into_iter().map(|(k, v)| (k, at(lines, v))).collect(),
        adjust: raw
            .adjust
            .into_iter()
            .map(|a| {
                let line = lines.line(a.span().start);
                let a = a.into_inner();
                SrcAdjust {
                    line,
                    key: at(lines, a.key),
                    rows: a.rows.into_iter().map(|r| at(lines, r)).collect(),
                    shift: a.shift.map(|s| at(lines, s)).unwrap_or(At { value: 1, line }),
                }
            })
            .collect(),
    }
}
