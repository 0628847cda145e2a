//! `borne content check`: every problem of a pack at once, each with file and line.
//!
//! The checker runs on the source as read by [`super::source`]; the compiler refuses a
//! pack with errors, so a compiled pack always satisfies the invariants checked here.

mod audio;
mod metadata;
mod nodes;
mod services;
mod strings;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fs;
use std::path::Path;

use super::diagnostic::Report;
use super::is_valid_id;
use super::source::{self, SourcePack, SrcNode, DOCUMENTS_FILE, SERVICES_FILE};
use super::svg::{self, SvgError};

pub use metadata::parse_version;
pub use nodes::{MAX_CHOICES, MAX_ROOT_CHOICES, MIN_CHOICES};
pub use services::{is_email, ACCESLIBRE_SITE, CHECK_AGAIN_MONTHS};
pub use strings::{ftl_keys, required_keys};

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
    report.sort();
    (pack, report)
}

fn check(pack: &SourcePack, r: &mut Report) {
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
                format!(
                    "pictogram \"{}\" does not exist: add pictograms/{}.svg",
                    name.value, name.value
                ),
            );
        }
    };

    let root = pack.meta.as_ref().map(|m| m.root.value.as_str());
    let mut used_services: HashSet<&str> = HashSet::new();
    let mut used_documents: HashSet<&str> = HashSet::new();

    for n in &pack.nodes {
        pic(r, &n.file, &n.pictogram);
        nodes::check_node(n, root, &node_ids, &service_ids, &document_ids, r);
        used_services.extend(n.services.iter().map(|s| s.value.as_str()));
        used_documents.extend(n.documents.iter().map(|d| d.value.as_str()));
    }
    for s in &pack.services {
        pic(r, Path::new(SERVICES_FILE), &s.pictogram);
        services::check_service(s, &node_ids, r);
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

    if let Some(meta) = &pack.meta {
        metadata::check_meta(pack, meta, &node_ids, &service_ids, r);
        used_services.extend(meta.help_services.iter().map(|s| s.value.as_str()));
        nodes::check_tree(pack, &meta.root.value, r);
    }

    warn_unused(pack, &used_services, &used_documents, r);
    check_pictogram_files(pack, &used_pictograms, r);
    strings::check_strings(pack, r);
    audio::check_audio(pack, r);
}

/// Services no result shows and documents no result asks for.
fn warn_unused(pack: &SourcePack, used_services: &HashSet<&str>, used_documents: &HashSet<&str>, r: &mut Report) {
    for s in &pack.services {
        if !used_services.contains(s.id.value.as_str()) {
            r.warning(
                SERVICES_FILE,
                s.id.line,
                "unused",
                format!("service \"{}\" is never shown", s.id.value),
            );
        }
    }
    for d in &pack.documents {
        if !used_documents.contains(d.id.value.as_str()) {
            r.warning(
                DOCUMENTS_FILE,
                d.id.line,
                "unused",
                format!("document \"{}\" is never asked for", d.id.value),
            );
        }
    }
}

fn check_nodes_ids<'a>(pack: &'a SourcePack, r: &mut Report) -> HashMap<&'a str, &'a SrcNode> {
    let mut seen: HashMap<&str, &SrcNode> = HashMap::new();
    for n in &pack.nodes {
        let id = n.id.value.as_str();
        if !is_valid_id(id) {
            r.error(
                &n.file,
                n.id.line,
                "invalid-id",
                format!("\"{id}\" is not a valid id: use a-z, 0-9 and -, at most 48 characters"),
            );
        }
        if let Some(first) = seen.get(id) {
            r.error(
                &n.file,
                n.id.line,
                "duplicate-id",
                format!(
                    "node id \"{id}\" is already used at {}:{}",
                    first.file.display(),
                    first.id.line
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
            r.error(
                file,
                line,
                "invalid-id",
                format!("\"{id}\" is not a valid id: use a-z, 0-9 and -, at most 48 characters"),
            );
        }
        if let Some(first) = seen.get(id) {
            r.error(
                file,
                line,
                "duplicate-id",
                format!("{what} id \"{id}\" is already used on line {first}"),
            );
        } else {
            seen.insert(id, line);
        }
    }
    seen.into_keys().collect()
}

fn check_pictogram_files(pack: &SourcePack, used: &BTreeSet<String>, r: &mut Report) {
    for (name, rel) in &pack.pictograms {
        match fs::read(pack.dir.join(rel)) {
            Ok(bytes) => {
                if let Err(e) = svg::parse(&bytes) {
                    let why = match e {
                        SvgError::External { .. } | SvgError::Image { .. } => e.to_string(),
                        _ => format!("this pictogram cannot be decoded: {e}"),
                    };
                    r.error(rel, e.line(), e.kind(), why);
                }
            }
            Err(e) => r.error(rel, 0, "unreadable", format!("this pictogram cannot be read: {e}")),
        }
        if !used.contains(name) {
            r.warning(rel, 0, "unused", format!("pictogram \"{name}\" is never used"));
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
        assert_eq!(keys.get("a.text"), Some(&1));
        assert_eq!(keys.get("d"), Some(&4));
        assert!(errs.is_empty());
        let (_, errs) = ftl_keys("a = b\n= broken\n");
        assert_eq!(errs.first().map(|e| e.0), Some(2));
    }
}
