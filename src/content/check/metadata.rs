//! Checks of `pack.toml`: the pack's id, version, root, country, help services and
//! languages (each declared language has its Fluent file, and the other way round).

use std::collections::{HashMap, HashSet};

use crate::content::diagnostic::Report;
use crate::content::source::{self, SourcePack, SrcNode, PACK_FILE};

/// Every check of the pack's metadata, in the order of its fields.
pub(super) fn check_meta(
    pack: &SourcePack,
    meta: &source::SrcMeta,
    nodes: &HashMap<&str, &SrcNode>,
    services: &HashSet<&str>,
    r: &mut Report,
) {
    check_identity(meta, r);
    check_root(meta, nodes, r);
    check_country(meta, r);
    check_help_services(meta, services, r);
    check_freshness_limit(meta, r);
    check_import(meta, nodes, r);
    check_languages(pack, meta, r);
}

/// Longest `stale_after_months` a pack may set: ten years.
pub const MAX_STALE_MONTHS: i64 = 120;

fn check_freshness_limit(meta: &source::SrcMeta, r: &mut Report) {
    if let Some(m) = &meta.stale_after_months {
        if !(1..=MAX_STALE_MONTHS).contains(&m.value) {
            r.error(
                PACK_FILE,
                m.line,
                "invalid-value",
                format!("stale_after_months is a number of months from 1 to {MAX_STALE_MONTHS}"),
            );
        }
    }
}

/// `[import.thematiques]` maps known thématiques onto results.
fn check_import(meta: &source::SrcMeta, nodes: &HashMap<&str, &SrcNode>, r: &mut Report) {
    let Some(import) = &meta.import else { return };
    for (theme, targets) in &import.thematiques {
        if !crate::content::thematiques::is_known_thematique(&theme.value) {
            r.error(
                PACK_FILE,
                theme.line,
                "unknown-thematique",
                format!("\"{}\" is not a data·inclusion thématique", theme.value),
            );
        }
        for t in targets {
            match nodes.get(t.value.as_str()) {
                Some(n) if n.kind.value == "result" => {}
                Some(_) => r.error(
                    PACK_FILE,
                    t.line,
                    "not-a-result",
                    format!("\"{}\" is not a result: only results show services", t.value),
                ),
                None => r.error(
                    PACK_FILE,
                    t.line,
                    "unknown-node",
                    format!("\"{}\" is not a node of this pack", t.value),
                ),
            }
        }
    }
}

fn check_identity(meta: &source::SrcMeta, r: &mut Report) {
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
}

fn check_root(meta: &source::SrcMeta, nodes: &HashMap<&str, &SrcNode>, r: &mut Report) {
    let f = PACK_FILE;
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
}

fn check_country(meta: &source::SrcMeta, r: &mut Report) {
    let f = PACK_FILE;
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
}

fn check_help_services(meta: &source::SrcMeta, services: &HashSet<&str>, r: &mut Report) {
    let f = PACK_FILE;
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
}

/// The default language is declared, every declared language has a file, and every
/// file is declared.
fn check_languages(pack: &SourcePack, meta: &source::SrcMeta, r: &mut Report) {
    let f = PACK_FILE;
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
