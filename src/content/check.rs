//! `borne content check`: every problem of a pack at once, each with file and line.
//!
//! The checker runs on the source as read by [`super::source`]; the compiler refuses a
//! pack with errors, so a compiled pack always satisfies the invariants checked here.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use super::diagnostic::Report;
use super::model::NodeKind;
use super::source::{self, SourcePack, SrcLocale, SrcNode, DOCUMENTS_FILE, PACK_FILE, SERVICES_FILE};
use super::{is_valid_id, thematiques};

/// Choices a question may offer.
pub const MIN_CHOICES: usize = 2;
pub const MAX_CHOICES: usize = 6;
/// The root (home screen) may offer more tiles.
pub const MAX_ROOT_CHOICES: usize = 12;

/// Reads and checks the pack in `dir`.
pub fn check_dir(dir: &Path) -> (SourcePack, Report) {
    let mut report = Report::default();
    let pack = source::read_dir(dir, &mut report);
    check(&pack, &mut report);
    report.sort();
    (pack, report)
}

/// Messages of a Fluent file: key (`id` or `id.attr`) → line, and syntax errors.
pub fn ftl_keys(text: &str) -> (BTreeMap<String, usize>, Vec<(usize, String)>) {
    let info = super::ftl::parse(text);
    (
        info.entries.into_iter().map(|(k, e)| (k, e.line)).collect(),
        info.errors,
    )
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
        check_node(n, root, &node_ids, &service_ids, &document_ids, r);
        used_services.extend(n.services.iter().map(|s| s.value.as_str()));
        used_documents.extend(n.documents.iter().map(|d| d.value.as_str()));
    }
    for s in &pack.services {
        pic(r, Path::new(SERVICES_FILE), &s.pictogram);
        check_service(s, r);
    }
    for d in &pack.documents {
        pic(r, Path::new(DOCUMENTS_FILE), &d.pictogram);
    }

    if let Some(meta) = &pack.meta {
        check_meta(pack, meta, &node_ids, &service_ids, r);
        used_services.extend(meta.help_services.iter().map(|s| s.value.as_str()));
        check_tree(pack, &meta.root.value, r);
    }

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

    check_pictogram_files(pack, &used_pictograms, r);
    check_strings(pack, r);
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

fn check_node(
    n: &SrcNode,
    root: Option<&str>,
    nodes: &HashMap<&str, &SrcNode>,
    services: &HashSet<&str>,
    documents: &HashSet<&str>,
    r: &mut Report,
) {
    let f = &n.file;
    let Some(kind) = NodeKind::parse(&n.kind.value) else {
        r.error(
            f,
            n.kind.line,
            "invalid-kind",
            format!("kind \"{}\" is unknown: use question, result or info", n.kind.value),
        );
        return;
    };
    if let Some(style) = &n.style {
        if style.value != "emergency" {
            r.error(
                f,
                style.line,
                "invalid-style",
                format!("style \"{}\" is unknown: the only style is \"emergency\"", style.value),
            );
        }
    }
    for c in &n.choices {
        if !nodes.contains_key(c.value.as_str()) {
            r.error(
                f,
                c.line,
                "unknown-node",
                format!("choice \"{}\" is not a node of this pack", c.value),
            );
        }
    }
    let max = if root == Some(n.id.value.as_str()) {
        MAX_ROOT_CHOICES
    } else {
        MAX_CHOICES
    };
    match kind {
        NodeKind::Question => {
            let count = n.choices.len();
            if !(MIN_CHOICES..=max).contains(&count) {
                r.error(
                    f,
                    n.id.line,
                    "choice-count",
                    format!(
                        "question \"{}\" offers {count} choices: a question offers {MIN_CHOICES} to {max}",
                        n.id.value
                    ),
                );
            }
        }
        NodeKind::Info => {
            if n.choices.len() > max {
                r.error(
                    f,
                    n.id.line,
                    "choice-count",
                    format!("page \"{}\" offers more than {max} choices", n.id.value),
                );
            }
        }
        NodeKind::Result => {
            if !n.choices.is_empty() {
                r.error(
                    f,
                    n.id.line,
                    "result-choices",
                    format!("result \"{}\" has choices: a result ends the path", n.id.value),
                );
            }
            match &n.source {
                None => r.error(
                    f,
                    n.id.line,
                    "missing-source",
                    format!(
                        "result \"{}\" has no source: give the page its text was checked against",
                        n.id.value
                    ),
                ),
                Some(s) if !(s.value.starts_with("https://") || s.value.starts_with("http://")) => r.error(
                    f,
                    s.line,
                    "invalid-source",
                    "the source must be a web address (https://…)",
                ),
                Some(_) => {}
            }
            match &n.reviewed {
                None => r.error(
                    f,
                    n.id.line,
                    "missing-review",
                    format!(
                        "result \"{}\" has no review date (reviewed = \"YYYY-MM-DD\")",
                        n.id.value
                    ),
                ),
                Some(d) if chrono::NaiveDate::parse_from_str(&d.value, "%Y-%m-%d").is_err() => r.error(
                    f,
                    d.line,
                    "invalid-date",
                    format!("\"{}\" is not a date: write YYYY-MM-DD", d.value),
                ),
                Some(_) => {}
            }
        }
    }
    if kind != NodeKind::Result && (!n.documents.is_empty() || !n.services.is_empty()) {
        r.error(
            f,
            n.id.line,
            "not-a-result",
            format!("\"{}\" lists documents or services but is not a result", n.id.value),
        );
    }
    for d in &n.documents {
        if !documents.contains(d.value.as_str()) {
            r.error(
                f,
                d.line,
                "unknown-document",
                format!("document \"{}\" is not in documents.toml", d.value),
            );
        }
    }
    for s in &n.services {
        if !services.contains(s.value.as_str()) {
            r.error(
                f,
                s.line,
                "unknown-service",
                format!("service \"{}\" is not in services.toml", s.value),
            );
        }
    }
}

fn check_service(s: &source::SrcService, r: &mut Report) {
    if let Some(t) = &s.telephone {
        if let Err(why) = crate::phone::validate(&t.value) {
            r.error(
                SERVICES_FILE,
                t.line,
                "invalid-phone",
                format!("phone number \"{}\" is invalid: {why}", t.value),
            );
        }
    }
    if let Some(h) = &s.horaires_accueil {
        if let Err(e) = crate::hours::validate(&h.value) {
            r.error(
                SERVICES_FILE,
                h.line,
                "invalid-hours",
                format!(
                    "opening hours \"{}\" are not valid OpenStreetMap opening_hours: {e}",
                    h.value
                ),
            );
        }
    }
    if s.telephone.is_none() && s.site_web.is_none() && s.adresse.is_none() {
        r.warning(
            SERVICES_FILE,
            s.line,
            "unreachable-service",
            format!("service \"{}\" has no phone, website or address", s.id.value),
        );
    }
    for t in &s.thematiques {
        if !thematiques::is_known_thematique(&t.value) {
            r.error(
                SERVICES_FILE,
                t.line,
                "unknown-thematique",
                format!("\"{}\" is not a data·inclusion thématique", t.value),
            );
        }
    }
    for p in &s.publics {
        if !thematiques::is_known_public(&p.value) {
            r.warning(
                SERVICES_FILE,
                p.line,
                "unknown-public",
                format!("\"{}\" is not a data·inclusion public", p.value),
            );
        }
    }
}

fn check_meta(
    pack: &SourcePack,
    meta: &source::SrcMeta,
    nodes: &HashMap<&str, &SrcNode>,
    services: &HashSet<&str>,
    r: &mut Report,
) {
    let f = PACK_FILE;
    if meta.id.value.is_empty()
        || !meta
            .id
            .value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
    {
        r.error(
            f,
            meta.id.line,
            "invalid-id",
            "the pack id uses a-z, 0-9, '.' and '-' only",
        );
    }
    if parse_version(&meta.version.value).is_none() {
        r.error(
            f,
            meta.version.line,
            "invalid-version",
            format!(
                "version \"{}\" must be MAJOR.MINOR.PATCH, e.g. 1.0.0",
                meta.version.value
            ),
        );
    }
    match nodes.get(meta.root.value.as_str()) {
        None => r.error(
            f,
            meta.root.line,
            "unknown-node",
            format!("root \"{}\" is not a node of this pack", meta.root.value),
        ),
        Some(n) if n.kind.value != "question" => {
            r.error(f, meta.root.line, "invalid-root", "the root must be a question")
        }
        Some(_) => {}
    }
    if let Some(c) = &meta.country {
        if c.value.parse::<opening_hours::localization::Country>().is_err() {
            r.error(
                f,
                c.line,
                "invalid-country",
                format!("\"{}\" is not a country code such as FR", c.value),
            );
        }
    }
    for s in &meta.help_services {
        if !services.contains(s.value.as_str()) {
            r.error(
                f,
                s.line,
                "unknown-service",
                format!("service \"{}\" is not in services.toml", s.value),
            );
        }
    }
    if !meta
        .languages
        .iter()
        .any(|l| l.code.value == meta.default_language.value)
    {
        r.error(
            f,
            meta.default_language.line,
            "unknown-language",
            format!(
                "the default language \"{}\" is not listed under [languages]",
                meta.default_language.value
            ),
        );
    }
    for l in &meta.languages {
        if let Some(s) = &l.status {
            if s != "draft" && s != "reviewed" {
                r.error(
                    f,
                    l.code.line,
                    "invalid-status",
                    format!("status \"{s}\" is unknown: use draft or reviewed"),
                );
            }
        }
        if !pack.locales.iter().any(|loc| loc.lang == l.code.value) {
            r.error(
                f,
                l.code.line,
                "missing-file",
                format!("language \"{}\" has no file locales/{}.ftl", l.code.value, l.code.value),
            );
        }
    }
    for loc in &pack.locales {
        if !meta.languages.iter().any(|l| l.code.value == loc.lang) {
            r.warning(
                &loc.file,
                0,
                "undeclared-language",
                format!(
                    "language \"{}\" is not listed in pack.toml and will not be offered",
                    loc.lang
                ),
            );
        }
    }
}

/// `MAJOR.MINOR.PATCH` as numbers, for ordering versions.
pub fn parse_version(v: &str) -> Option<(u64, u64, u64)> {
    let mut it = v.split('.').map(|p| p.parse::<u64>().ok());
    let out = (it.next()??, it.next()??, it.next()??);
    if it.next().is_some() {
        return None;
    }
    Some(out)
}

/// Unreachable nodes and cycles, walking from the root.
fn check_tree(pack: &SourcePack, root: &str, r: &mut Report) {
    let by_id: HashMap<&str, &SrcNode> = pack.nodes.iter().map(|n| (n.id.value.as_str(), n)).collect();
    if !by_id.contains_key(root) {
        return;
    }
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Visiting,
        Done,
    }
    let mut marks: HashMap<&str, Mark> = HashMap::new();
    let mut reported_cycles: HashSet<(&str, &str)> = HashSet::new();
    // Iterative depth-first search: a hostile pack must not overflow the stack.
    let mut stack: Vec<(&str, usize)> = vec![(root, 0)];
    marks.insert(root, Mark::Visiting);
    while let Some((id, next)) = stack.pop() {
        let Some(node) = by_id.get(id) else { continue };
        if let Some(choice) = node.choices.get(next) {
            stack.push((id, next + 1));
            let target = choice.value.as_str();
            match marks.get(target) {
                Some(Mark::Visiting) if reported_cycles.insert((id, target)) => {
                    r.error(
                        &node.file,
                        choice.line,
                        "cycle",
                        format!("choosing \"{target}\" from \"{id}\" leads back to \"{target}\": the path would loop"),
                    );
                }
                Some(Mark::Visiting) => {}
                Some(Mark::Done) => {}
                None if by_id.contains_key(target) => {
                    marks.insert(target, Mark::Visiting);
                    stack.push((target, 0));
                }
                None => {}
            }
        } else {
            marks.insert(id, Mark::Done);
        }
    }
    for n in &pack.nodes {
        if !marks.contains_key(n.id.value.as_str()) {
            r.error(
                &n.file,
                n.id.line,
                "unreachable",
                format!("node \"{}\" cannot be reached from \"{root}\"", n.id.value),
            );
        }
    }
}

fn check_pictogram_files(pack: &SourcePack, used: &BTreeSet<String>, r: &mut Report) {
    for (name, rel) in &pack.pictograms {
        match fs::read(pack.dir.join(rel)) {
            Ok(bytes) => {
                if let Err(e) = validate_svg(&bytes) {
                    r.error(
                        rel,
                        0,
                        "bad-pictogram",
                        format!("this pictogram cannot be decoded: {e}"),
                    );
                }
            }
            Err(e) => r.error(rel, 0, "unreadable", format!("this pictogram cannot be read: {e}")),
        }
        if !used.contains(name) {
            r.warning(rel, 0, "unused", format!("pictogram \"{name}\" is never used"));
        }
    }
}

/// Largest SVG accepted: pictograms are simple drawings.
pub const MAX_SVG_BYTES: usize = 256 * 1024;

/// Parses an SVG the way the kiosk will draw it.
pub fn validate_svg(bytes: &[u8]) -> Result<(), String> {
    if bytes.len() > MAX_SVG_BYTES {
        return Err(format!(
            "it is {} KiB; a pictogram must stay under {} KiB",
            bytes.len() / 1024,
            MAX_SVG_BYTES / 1024
        ));
    }
    let tree = usvg::Tree::from_data(bytes, &usvg::Options::default()).map_err(|e| e.to_string())?;
    let size = tree.size();
    if size.width() <= 0.0 || size.height() <= 0.0 {
        return Err("it has no size".into());
    }
    Ok(())
}

/// Messages a pack needs, with where the need comes from.
pub fn required_keys(pack: &SourcePack) -> Vec<(String, PathBuf, usize)> {
    let mut out = Vec::new();
    if pack.meta.is_some() {
        out.push(("pack-title".to_string(), PathBuf::from(PACK_FILE), 0));
        out.push(("pack-help".to_string(), PathBuf::from(PACK_FILE), 0));
    }
    for n in &pack.nodes {
        let id = &n.id.value;
        out.push((format!("node-{id}"), n.file.clone(), n.id.line));
        match NodeKind::parse(&n.kind.value) {
            Some(NodeKind::Question) => out.push((format!("node-{id}.question"), n.file.clone(), n.id.line)),
            Some(NodeKind::Result | NodeKind::Info) => out.push((format!("node-{id}.text"), n.file.clone(), n.id.line)),
            None => {}
        }
    }
    for d in &pack.documents {
        out.push((format!("doc-{}", d.id.value), PathBuf::from(DOCUMENTS_FILE), d.id.line));
    }
    for s in &pack.services {
        out.push((format!("svc-{}", s.id.value), PathBuf::from(SERVICES_FILE), s.id.line));
    }
    out
}

fn check_strings(pack: &SourcePack, r: &mut Report) {
    let default = pack
        .meta
        .as_ref()
        .map(|m| m.default_language.value.clone())
        .unwrap_or_default();
    check_variables(pack, &default, r);
    let required = required_keys(pack);
    for loc in &pack.locales {
        let keys = check_locale(loc, r);
        let missing: Vec<&(String, PathBuf, usize)> =
            required.iter().filter(|(k, _, _)| !keys.contains_key(k)).collect();
        if loc.lang == default {
            for (k, file, line) in &missing {
                r.error(
                    file,
                    *line,
                    "missing-string",
                    format!(
                        "message \"{k}\" is missing in {} (the default language)",
                        loc.file.display()
                    ),
                );
            }
        } else if !missing.is_empty() {
            let shown: Vec<&str> = missing.iter().take(5).map(|(k, _, _)| k.as_str()).collect();
            let more = missing.len().saturating_sub(shown.len());
            let tail = if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            };
            r.warning(
                &loc.file,
                0,
                "missing-translation",
                format!(
                    "{} messages are not translated yet ({}{tail}): the kiosk shows them in {default}",
                    missing.len(),
                    shown.join(", ")
                ),
            );
        }
    }
}

/// A translation must use the same variables as the default language: a dropped
/// variable loses information, an invented one shows an error placeholder.
fn check_variables(pack: &SourcePack, default: &str, r: &mut Report) {
    let Some(reference) = pack.locales.iter().find(|l| l.lang == default) else {
        return;
    };
    let reference = super::ftl::parse(&reference.text);
    for loc in pack.locales.iter().filter(|l| l.lang != default) {
        let info = super::ftl::parse(&loc.text);
        for (key, entry) in &info.entries {
            let Some(expected) = reference.entries.get(key) else {
                continue;
            };
            for v in expected.vars.difference(&entry.vars) {
                r.error(
                    &loc.file,
                    entry.line,
                    "dropped-variable",
                    format!("\"{key}\" lost the variable ${v} that {default} uses"),
                );
            }
            for v in entry.vars.difference(&expected.vars) {
                r.error(
                    &loc.file,
                    entry.line,
                    "invented-variable",
                    format!("\"{key}\" uses ${v}, which {default} does not give"),
                );
            }
        }
    }
}

/// Syntax errors of one Fluent file; returns its keys.
fn check_locale(loc: &SrcLocale, r: &mut Report) -> BTreeMap<String, usize> {
    let (keys, errors) = ftl_keys(&loc.text);
    for (line, e) in errors {
        r.error(&loc.file, line, "fluent-syntax", format!("Fluent syntax error: {e}"));
    }
    keys
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
