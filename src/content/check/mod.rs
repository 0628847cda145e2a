//! `borne content check`: every problem of a pack at once, each with file and line.
//!
//! The checker runs on the source as read by [`super::source`]; the compiler refuses a
//! pack with errors, so a compiled pack always satisfies the invariants checked here.

mod audio;
mod metadata;
mod nodes;
pub mod offers;
mod online;
mod services;
mod strings;
mod tables;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fs;
use std::path::Path;

use super::diagnostic::Report;
use super::is_valid_id;
use super::source::{self, SourcePack, SrcNode, DOCUMENTS_FILE, SERVICES_FILE};
use super::svg::{self, SvgError};
use crate::msg;

pub use metadata::parse_version;
pub use nodes::{MAX_CHOICES, MAX_ROOT_CHOICES, MIN_CHOICES};
pub use services::{is_email, ACCESLIBRE_SITE, CHECK_AGAIN_MONTHS};
pub use strings::{ftl_keys, required_keys};
pub use tables::{ABOVE, MAX_COLUMNS, MAX_ROWS};

/// Reads and checks the pack in `dir`, today.
pub fn check_dir(dir: &Path) -> (SourcePack, Report) {
    check_dir_at(dir, chrono::Local::now().date_naive())
}

/// Reads and checks the pack in `dir` as on `today` (services checked long before
/// it are reported).
pub fn check_dir_at(dir: &Path, today: chrono::NaiveDate) -> (SourcePack, Report) {
    let mut report = Report::default();
    let pack = source::read_dir(dir, &mut report);
    check(&pack, &mut report);
    services::check_freshness(&pack, today, &mut report);
    tables::check_years(&pack, today, &mut report);
    offers::check_offers(&pack, today, &mut report);
    report.sort();
    (pack, report)
}

/// Which files were read whole: a file that did not parse is reported once, and the
/// checks that would need what it holds are skipped (a broken `services.toml` must not
/// make every result's services "unknown").
#[derive(Debug, Clone, Copy)]
pub(super) struct Whole {
    pub meta: bool,
    pub nodes: bool,
    pub services: bool,
    pub documents: bool,
    pub online: bool,
}

impl Whole {
    fn of(pack: &SourcePack) -> Self {
        Whole {
            meta: pack.meta.is_some(),
            nodes: pack.nodes_whole(),
            services: pack.read_whole(SERVICES_FILE),
            documents: pack.read_whole(DOCUMENTS_FILE),
            online: pack.read_whole(source::ONLINE_FILE),
        }
    }

    /// Every file that names pictograms was read.
    fn every_reference(self) -> bool {
        self.meta && self.nodes && self.services && self.documents && self.online
    }
}

fn check(pack: &SourcePack, r: &mut Report) {
    let whole = Whole::of(pack);
    let node_ids = check_nodes_ids(pack, r);
    let service_ids: HashSet<&str> = unique_ids(
        r,
        SERVICES_FILE,
        pack.services.iter().map(|s| (s.id.value.as_str(), s.id.line)),
        "service",
    );
    let document_ids: HashSet<&str> = unique_ids(
        r,
        DOCUMENTS_FILE,
        pack.documents.iter().map(|d| (d.id.value.as_str(), d.id.line)),
        "document",
    );

    let mut used_pictograms: BTreeSet<String> = BTreeSet::new();
    let mut pic = |r: &mut Report, file: &Path, name: &source::At<String>| {
        used_pictograms.insert(name.value.clone());
        if !pack.pictograms.contains_key(&name.value) {
            r.error(
                file,
                name.line,
                "unknown-pictogram",
                msg!("check-unknown-pictogram", name = &name.value),
            );
        }
    };

    let root = pack.meta.as_ref().map(|m| m.root.value.as_str());
    let mut used_services: HashSet<&str> = HashSet::new();
    let mut used_documents: HashSet<&str> = HashSet::new();

    for n in &pack.nodes {
        pic(r, &n.file, &n.pictogram);
        nodes::check_node(n, root, &node_ids, &service_ids, &document_ids, whole, r);
        if let Some(kind) = crate::content::NodeKind::parse(&n.kind.value) {
            tables::check_node_table(n, kind, pack, r);
        }
        used_services.extend(n.services.iter().map(|s| s.value.as_str()));
        used_documents.extend(n.documents.iter().map(|d| d.value.as_str()));
        used_services.extend(n.landlords.iter().map(|l| l.value.as_str()));
    }
    // A landlord is shown by the offers screens, with its offers.
    used_services.extend(pack.offers.iter().map(|l| l.landlord.as_str()));
    for s in &pack.services {
        pic(r, Path::new(SERVICES_FILE), &s.pictogram);
        services::check_service(s, &node_ids, whole, r);
    }
    if let Some(p) = pack
        .meta
        .as_ref()
        .and_then(|m| m.import.as_ref())
        .and_then(|i| i.pictogram.as_ref())
    {
        pic(r, Path::new(source::PACK_FILE), p);
    }
    for d in &pack.documents {
        pic(r, Path::new(DOCUMENTS_FILE), &d.pictogram);
    }
    for p in &pack.procedures {
        pic(r, online::file(), &p.pictogram);
    }
    online::check_online(pack, whole, r);

    if let Some(meta) = &pack.meta {
        metadata::check_meta(pack, meta, &node_ids, &service_ids, whole, r);
        used_services.extend(meta.help_services.iter().map(|s| s.value.as_str()));
        nodes::check_tree(pack, &meta.root.value, whole.nodes, r);
    }

    tables::check_tables(pack, &node_ids, whole.nodes, r);
    warn_unused(pack, &used_services, &used_documents, whole, r);
    check_pictogram_files(pack, &used_pictograms, whole.every_reference(), r);
    strings::check_strings(pack, r);
    audio::check_audio(pack, r);
}

/// Services no result shows and documents no result asks for.
fn warn_unused(
    pack: &SourcePack,
    used_services: &HashSet<&str>,
    used_documents: &HashSet<&str>,
    whole: Whole,
    r: &mut Report,
) {
    // A service may be named by a node or pack.toml that did not read.
    let services = if whole.nodes && whole.meta {
        &pack.services[..]
    } else {
        &[]
    };
    let documents = if whole.nodes { &pack.documents[..] } else { &[] };
    for s in services {
        if !used_services.contains(s.id.value.as_str()) {
            r.warning(
                SERVICES_FILE,
                s.id.line,
                "unused",
                msg!("check-unused-service", id = &s.id.value),
            );
        }
    }
    for d in documents {
        if !used_documents.contains(d.id.value.as_str()) {
            r.warning(
                DOCUMENTS_FILE,
                d.id.line,
                "unused",
                msg!("check-unused-document", id = &d.id.value),
            );
        }
    }
}

fn check_nodes_ids<'a>(pack: &'a SourcePack, r: &mut Report) -> HashMap<&'a str, &'a SrcNode> {
    let mut seen: HashMap<&str, &SrcNode> = HashMap::new();
    for n in &pack.nodes {
        let id = n.id.value.as_str();
        if !is_valid_id(id) {
            r.error(&n.file, n.id.line, "invalid-id", msg!("check-invalid-id", id = id));
        }
        if let Some(first) = seen.get(id) {
            r.error(
                &n.file,
                n.id.line,
                "duplicate-id",
                msg!(
                    "check-duplicate-node",
                    id = id,
                    file = first.file.display().to_string(),
                    line = first.id.line
                ),
            );
        } else {
            seen.insert(id, n);
        }
    }
    seen
}

fn unique_ids<'a>(
    r: &mut Report,
    file: &str,
    ids: impl Iterator<Item = (&'a str, usize)>,
    what: &str,
) -> HashSet<&'a str> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (id, line) in ids {
        if !is_valid_id(id) {
            r.error(file, line, "invalid-id", msg!("check-invalid-id", id = id));
        }
        if let Some(first) = seen.get(id) {
            r.error(
                file,
                line,
                "duplicate-id",
                msg!("check-duplicate-id", what = what, id = id, line = *first),
            );
        } else {
            seen.insert(id, line);
        }
    }
    seen.into_keys().collect()
}

/// Every pictogram decodes; unused ones are only said when every file that could use
/// them was read.
fn check_pictogram_files(pack: &SourcePack, used: &BTreeSet<String>, every_reference: bool, r: &mut Report) {
    for (name, rel) in &pack.pictograms {
        match fs::read(pack.dir.join(rel)) {
            Ok(bytes) => {
                if let Err(e) = svg::parse(&bytes) {
                    let why = match e {
                        SvgError::External { .. } | SvgError::Image { .. } => {
                            msg!("check-pictogram-reference", detail = e.to_string())
                        }
                        _ => msg!("check-pictogram-undecodable", detail = e.to_string()),
                    };
                    r.error(rel, e.line(), e.kind(), why);
                }
            }
            Err(e) => r.error(
                rel,
                0,
                "unreadable",
                msg!("check-pictogram-unreadable", detail = e.to_string()),
            ),
        }
        if every_reference && !used.contains(name) {
            r.warning(rel, 0, "unused", msg!("check-unused-pictogram", name = name));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions() {
        assert_eq!(parse_version("1.2.3"), Some((1, 2, 3)));
        assert_eq!(parse_version("1.2"), None);
        assert_eq!(parse_version("1.2.3.4"), None);
        assert_eq!(parse_version("a.b.c"), None);
    }

    #[test]
    fn ftl_lines() {
        let (keys, errs) = ftl_keys("a = b\n    .text = c\n\nd = e\n");
        assert_eq!(keys.get("a"), Some(&1));
        assert_eq!(keys.get("a.text"), Some(&2), "an attribute is on its own line");
        assert_eq!(keys.get("d"), Some(&4));
        assert!(errs.is_empty());
        let (_, errs) = ftl_keys("a = b\n= broken\n");
        assert_eq!(errs.first().map(|e| e.0), Some(2));
    }
}
