//! Reading a pack's source folder, keeping where each value came from so the checker
//! can point at a file and a line.
//!
//! Reading never stops at the first problem: a file that does not parse becomes a
//! diagnostic and the rest of the pack is still read.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::diagnostic::{line_of, LineIndex, Report};
use crate::msg;

mod offers;
mod online;
mod services;
mod tables;
mod toml_error;

pub use offers::{SrcLandlordOffers, SrcOffer, OFFERS_DIR};
pub use online::{SrcProcedure, ONLINE_FILE};
use services::{import_from, read_services, RawImport};
pub use services::{SrcClosure, SrcImport, SrcImportMark, SrcService};
pub use tables::{SrcAdjust, SrcTable, TABLES_DIR};

/// A value with the 1-based line it was read from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct At<T> {
    pub value: T,
    pub line: usize,
}

fn at<T>(lines: &LineIndex, s: Spanned<T>) -> At<T> {
    let line = lines.line(s.span().start);
    At {
        value: s.into_inner(),
        line,
    }
}

fn at_vec(lines: &LineIndex, v: Option<Vec<Spanned<String>>>) -> Vec<At<String>> {
    v.unwrap_or_default().into_iter().map(|s| at(lines, s)).collect()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPack {
    id: Spanned<String>,
    version: Spanned<String>,
    default_language: Spanned<String>,
    root: Spanned<String>,
    #[serde(default)]
    country: Option<Spanned<String>>,
    #[serde(default)]
    help_services: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    stale_after_months: Option<Spanned<i64>>,
    #[serde(default)]
    import: Option<Spanned<RawImport>>,
    #[serde(default)]
    languages: BTreeMap<String, Spanned<RawLanguage>>,
    #[serde(default)]
    online: Option<online::RawOnlineMeta>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    reviewer: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    partial: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNodes {
    #[serde(default)]
    node: Vec<Spanned<RawNode>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNode {
    id: Spanned<String>,
    kind: Spanned<String>,
    pictogram: Spanned<String>,
    #[serde(default)]
    style: Option<Spanned<String>>,
    #[serde(default)]
    choices: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    documents: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    services: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    source: Option<Spanned<String>>,
    #[serde(default)]
    reviewed: Option<Spanned<String>>,
    #[serde(default)]
    discreet: Option<bool>,
    #[serde(default)]
    sensitive: bool,
    #[serde(default)]
    table: Option<Spanned<String>>,
    online: Option<Vec<Spanned<String>>>,
    landlords: Option<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDocuments {
    #[serde(default)]
    document: Vec<Spanned<RawDocument>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDocument {
    id: Spanned<String>,
    pictogram: Spanned<String>,
}

/// Pack metadata from `pack.toml`.
#[derive(Debug, Clone)]
pub struct SrcMeta {
    pub id: At<String>,
    pub version: At<String>,
    pub default_language: At<String>,
    pub root: At<String>,
    pub country: Option<At<String>>,
    pub help_services: Vec<At<String>>,
    /// Services checked longer ago than this are hidden on the kiosk.
    pub stale_after_months: Option<At<i64>>,
    /// How `borne content import` maps the national referential onto this pack.
    pub import: Option<SrcImport>,
    pub languages: Vec<SrcLanguage>,
    /// Hosts the pack declares official for online procedures (`[online] official_hosts`).
    pub official_hosts: Vec<At<String>>,
}

#[derive(Debug, Clone)]
pub struct SrcLanguage {
    pub code: At<String>,
    pub status: Option<String>,
    pub reviewer: Option<String>,
    pub date: Option<String>,
    /// Knowingly partial (`partial = true`): its missing messages are not warned about
    /// (they show in the default language; `borne content coverage` lists them).
    pub partial: bool,
}

#[derive(Debug, Clone)]
pub struct SrcNode {
    pub file: PathBuf,
    pub line: usize,
    pub id: At<String>,
    pub kind: At<String>,
    pub pictogram: At<String>,
    pub style: Option<At<String>>,
    pub choices: Vec<At<String>>,
    pub documents: Vec<At<String>>,
    pub services: Vec<At<String>>,
    pub source: Option<At<String>>,
    pub reviewed: Option<At<String>>,
    /// As written: `None` when the pack does not say (sensitive nodes are then discreet).
    pub discreet: Option<bool>,
    /// A topic a resident may not want seen: the node and its whole subtree.
    pub sensitive: bool,
    /// The ceilings table of an `eligibility` node.
    pub table: Option<At<String>>,
    /// Official online procedures (ids of `online.toml`).
    pub online: Vec<At<String>>,
    /// An offers node's landlords (service ids); empty: every landlord's offers.
    pub landlords: Vec<At<String>>,
}

#[derive(Debug, Clone)]
pub struct SrcDocument {
    pub id: At<String>,
    pub pictogram: At<String>,
}

/// A Fluent file of the pack.
#[derive(Debug, Clone)]
pub struct SrcLocale {
    pub lang: String,
    pub file: PathBuf,
    pub text: String,
}

/// A recording of the pack: `audio/LANG/KEY.wav` speaks message `KEY` in `LANG`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SrcAudio {
    pub lang: String,
    pub key: String,
    /// Relative to the pack folder.
    pub file: PathBuf,
}

/// Everything read from a pack folder. Paths are relative to the folder.
#[derive(Debug, Clone, Default)]
pub struct SourcePack {
    pub dir: PathBuf,
    pub meta: Option<SrcMeta>,
    pub nodes: Vec<SrcNode>,
    pub services: Vec<SrcService>,
    pub documents: Vec<SrcDocument>,
    /// Ceilings tables (`tables/ID.toml`), in name order.
    pub tables: Vec<SrcTable>,
    /// Official online procedures (`online.toml`, optional).
    pub procedures: Vec<SrcProcedure>,
    pub locales: Vec<SrcLocale>,
    /// Pictogram name → path relative to the pack.
    pub pictograms: BTreeMap<String, PathBuf>,
    /// Recorded messages, in path order; the files themselves are read by the checker.
    pub audio: Vec<SrcAudio>,
    /// Landlords' offers (`offers/LANDLORD.toml`), by landlord in name order.
    pub offers: Vec<SrcLandlordOffers>,
    /// Files that exist but could not be read or parsed (relative paths): what they
    /// hold is unknown, so the checks that depend on them are skipped rather than
    /// reported as false errors.
    pub unparsed: BTreeSet<PathBuf>,
}

impl SourcePack {
    /// Whether `file` was read whole (or is absent).
    pub fn read_whole(&self, file: impl AsRef<Path>) -> bool {
        !self.unparsed.contains(file.as_ref())
    }

    /// Whether every `nodes/*.toml` file was read: the tree is complete.
    pub fn nodes_whole(&self) -> bool {
        !self.unparsed.iter().any(|f| f.starts_with(NODES_DIR))
    }

    /// Whether every `tables/*.toml` file was read.
    pub fn tables_whole(&self) -> bool {
        !self.unparsed.iter().any(|f| f.starts_with(TABLES_DIR))
    }
}

pub const PACK_FILE: &str = "pack.toml";
pub const SERVICES_FILE: &str = "services.toml";
pub const DOCUMENTS_FILE: &str = "documents.toml";
pub const NODES_DIR: &str = "nodes";
pub const LOCALES_DIR: &str = "locales";
pub const PICTOGRAMS_DIR: &str = "pictograms";
/// Optional: `audio/LANG/KEY.wav`.
pub const AUDIO_DIR: &str = "audio";

/// Reads `dir`, reporting unreadable or unparsable files into `report`.
pub fn read_dir(dir: &Path, report: &mut Report) -> SourcePack {
    let mut pack = SourcePack {
        dir: dir.to_path_buf(),
        ..Default::default()
    };
    if !dir.is_dir() {
        report.error(dir, 0, "not-a-folder", msg!("check-not-a-folder"));
        return pack;
    }
    let mut unparsed = BTreeSet::new();
    pack.meta = read_meta(dir, report, &mut unparsed);
    pack.nodes = read_nodes(dir, report, &mut unparsed);
    pack.services = read_services(dir, report, &mut unparsed);
    pack.documents = read_documents(dir, report, &mut unparsed);
    pack.tables = tables::read_tables(dir, report, &mut unparsed);
    pack.procedures = online::read_procedures(dir, report, &mut unparsed);
    pack.locales = read_locales(dir, report, &mut unparsed);
    pack.offers = offers::read_offers(dir, report, &mut unparsed);
    pack.unparsed = unparsed;
    pack.pictograms = list_pictograms(dir, report);
    pack.audio = list_audio(dir, report);
    pack
}

/// Files that could not be read or parsed, for the checks to skip what depends on them.
type Unparsed = BTreeSet<PathBuf>;

fn read_meta(dir: &Path, report: &mut Report, unparsed: &mut Unparsed) -> Option<SrcMeta> {
    let text = read_text(dir, Path::new(PACK_FILE), report, true, unparsed)?;
    match toml::from_str::<RawPack>(&text) {
        Ok(raw) => Some(meta_from(&LineIndex::new(&text), raw)),
        Err(e) => {
            toml_error(report, dir, PACK_FILE, &text, &e, unparsed);
            None
        }
    }
}

/// Every `nodes/*.toml` file, in name order.
fn read_nodes(dir: &Path, report: &mut Report, unparsed: &mut Unparsed) -> Vec<SrcNode> {
    let mut nodes = Vec::new();
    for rel in list_files(dir, NODES_DIR, "toml", report) {
        let Some(text) = read_text(dir, &rel, report, true, unparsed) else {
            continue;
        };
        let lines = LineIndex::new(&text);
        match toml::from_str::<RawNodes>(&text) {
            Ok(raw) => {
                for n in raw.node {
                    nodes.push(node_from(&rel, &lines, n));
                }
            }
            Err(e) => toml_error(report, dir, &rel, &text, &e, unparsed),
        }
    }
    nodes
}

fn node_from(rel: &Path, lines: &LineIndex, n: Spanned<RawNode>) -> SrcNode {
    let line = lines.line(n.span().start);
    let n = n.into_inner();
    SrcNode {
        file: rel.to_path_buf(),
        line,
        id: at(lines, n.id),
        kind: at(lines, n.kind),
        pictogram: at(lines, n.pictogram),
        style: n.style.map(|s| at(lines, s)),
        choices: at_vec(lines, n.choices),
        documents: at_vec(lines, n.documents),
        services: at_vec(lines, n.services),
        source: n.source.map(|s| at(lines, s)),
        reviewed: n.reviewed.map(|s| at(lines, s)),
        discreet: n.discreet,
        sensitive: n.sensitive,
        table: n.table.map(|t| at(lines, t)),
        online: at_vec(lines, n.online),
        landlords: at_vec(lines, n.landlords),
    }
}

fn read_documents(dir: &Path, report: &mut Report, unparsed: &mut Unparsed) -> Vec<SrcDocument> {
    let mut documents = Vec::new();
    let Some(text) = read_text(dir, Path::new(DOCUMENTS_FILE), report, false, unparsed) else {
        return documents;
    };
    let lines = LineIndex::new(&text);
    match toml::from_str::<RawDocuments>(&text) {
        Ok(raw) => {
            for d in raw.document {
                let d = d.into_inner();
                documents.push(SrcDocument {
                    id: at(&lines, d.id),
                    pictogram: at(&lines, d.pictogram),
                });
            }
        }
        Err(e) => toml_error(report, dir, DOCUMENTS_FILE, &text, &e, unparsed),
    }
    documents
}

/// Every `locales/*.ftl` file; the file's name is the language code.
fn read_locales(dir: &Path, report: &mut Report, unparsed: &mut Unparsed) -> Vec<SrcLocale> {
    let mut locales = Vec::new();
    for rel in list_files(dir, LOCALES_DIR, "ftl", report) {
        let Some(lang) = rel.file_stem().and_then(|s| s.to_str()).map(str::to_string) else {
            continue;
        };
        if let Some(text) = read_text(dir, &rel, report, true, unparsed) {
            locales.push(SrcLocale { lang, file: rel, text });
        }
    }
    locales
}

/// Pictogram name → path; the files themselves are read by the checker.
fn list_pictograms(dir: &Path, report: &mut Report) -> BTreeMap<String, PathBuf> {
    let mut pictograms = BTreeMap::new();
    for rel in list_files(dir, PICTOGRAMS_DIR, "svg", report) {
        if let Some(name) = rel.file_stem().and_then(|s| s.to_str()) {
            pictograms.insert(name.to_string(), rel.clone());
        }
    }
    pictograms
}

/// Every `audio/LANG/KEY.wav`; anything else under `audio/` is reported and left out.
/// The folder is optional: a pack without recordings is spoken by synthesis alone.
fn list_audio(dir: &Path, report: &mut Report) -> Vec<SrcAudio> {
    let mut out = Vec::new();
    let Ok(langs) = fs::read_dir(dir.join(AUDIO_DIR)) else {
        return out;
    };
    let mut langs: Vec<PathBuf> = langs.flatten().map(|e| e.path()).collect();
    langs.sort();
    for lang_dir in langs {
        let Some(lang) = lang_dir.file_name().and_then(|s| s.to_str()).map(str::to_string) else {
            continue;
        };
        let rel_dir = Path::new(AUDIO_DIR).join(&lang);
        if !lang_dir.is_dir() {
            report.warning(&rel_dir, 0, "audio-layout", msg!("check-audio-layout-folder"));
            continue;
        }
        let Ok(files) = fs::read_dir(&lang_dir) else {
            report.error(&rel_dir, 0, "unreadable", msg!("check-unreadable-folder"));
            continue;
        };
        let mut files: Vec<PathBuf> = files.flatten().map(|e| e.path()).collect();
        files.sort();
        for path in files {
            let Some(name) = path.file_name() else { continue };
            let rel = rel_dir.join(name);
            let key = path.file_stem().and_then(|s| s.to_str());
            match key {
                Some(key) if path.extension().is_some_and(|e| e == "wav") && path.is_file() => out.push(SrcAudio {
                    lang: lang.clone(),
                    key: key.to_string(),
                    file: rel,
                }),
                _ => report.warning(&rel, 0, "audio-layout", msg!("check-audio-layout-file")),
            }
        }
    }
    out
}

fn meta_from(lines: &LineIndex, raw: RawPack) -> SrcMeta {
    let languages = raw
        .languages
        .into_iter()
        .map(|(code, l)| {
            let line = lines.line(l.span().start);
            let l = l.into_inner();
            SrcLanguage {
                code: At { value: code, line },
                status: l.status,
                reviewer: l.reviewer,
                date: l.date,
                partial: l.partial,
            }
        })
        .collect();
    SrcMeta {
        id: at(lines, raw.id),
        version: at(lines, raw.version),
        default_language: at(lines, raw.default_language),
        root: at(lines, raw.root),
        country: raw.country.map(|c| at(lines, c)),
        help_services: at_vec(lines, raw.help_services),
        stale_after_months: raw.stale_after_months.map(|s| at(lines, s)),
        import: raw.import.map(|i| import_from(lines, i)),
        languages,
        official_hosts: at_vec(lines, raw.online.and_then(|o| o.official_hosts)),
    }
}

fn toml_error(
    report: &mut Report,
    dir: &Path,
    file: impl AsRef<Path>,
    text: &str,
    e: &toml::de::Error,
    unparsed: &mut Unparsed,
) {
    unparsed.insert(file.as_ref().to_path_buf());
    toml_error::report_toml_error(report, dir, file.as_ref(), text, e);
}

fn read_text(dir: &Path, rel: &Path, report: &mut Report, required: bool, unparsed: &mut Unparsed) -> Option<String> {
    match fs::read(dir.join(rel)) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(s) => Some(s),
            Err(e) => {
                let line = line_of(&String::from_utf8_lossy(e.as_bytes()), e.utf8_error().valid_up_to());
                report.error(rel, line, "encoding", msg!("check-encoding"));
                unparsed.insert(rel.to_path_buf());
                None
            }
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if required {
                report.error(rel, 0, "missing-file", msg!("check-missing-file"));
            }
            None
        }
        Err(e) => {
            report.error(
                rel,
                0,
                "unreadable",
                msg!("check-unreadable-file", detail = e.to_string()),
            );
            unparsed.insert(rel.to_path_buf());
            None
        }
    }
}

/// Files with extension `ext` directly under `dir/sub`, sorted, relative to `dir`.
fn list_files(dir: &Path, sub: &str, ext: &str, report: &mut Report) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let entries = match fs::read_dir(dir.join(sub)) {
        Ok(e) => e,
        Err(_) => {
            report.error(sub, 0, "missing-file", msg!("check-missing-folder", folder = sub));
            return out;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) == Some(ext) && path.is_file() {
            if let Some(name) = path.file_name() {
                out.push(Path::new(sub).join(name));
            }
        }
    }
    out.sort();
    out
}
