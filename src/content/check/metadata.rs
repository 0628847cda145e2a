//! Checks of `pack.toml`: the pack's id, version, root, country, help services and
//! languages (each declared language has its Fluent file, and the other way round).

use std::collections::{HashMap, HashSet};

use super::Whole;
use crate::content::diagnostic::Report;
use crate::content::source::{self, SourcePack, SrcNode, PACK_FILE};
use crate::msg;

/// Every check of the pack's metadata, in the order of its fields.
pub(super) fn check_meta(
    pack: &SourcePack,
    meta: &source::SrcMeta,
    nodes: &HashMap<&str, &SrcNode>,
    services: &HashSet<&str>,
    whole: Whole,
    r: &mut Report,
) {
    check_identity(meta, r);
    if whole.nodes {
        check_root(meta, nodes, r);
    }
    check_country(meta, r);
    if whole.services {
        check_help_services(meta, services, r);
    }
    check_freshness_limit(meta, r);
    check_import(meta, nodes, whole.nodes, r);
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
                msg!("check-stale-after-months", max = MAX_STALE_MONTHS),
            );
        }
    }
}

/// `[import.thematiques]` maps known thématiques onto results.
fn check_import(meta: &source::SrcMeta, nodes: &HashMap<&str, &SrcNode>, nodes_whole: bool, r: &mut Report) {
    let Some(import) = &meta.import else { return };
    for (theme, targets) in &import.thematiques {
        if !crate::content::thematiques::is_known_thematique(&theme.value) {
            r.error(
                PACK_FILE,
                theme.line,
                "unknown-thematique",
                msg!("check-unknown-thematique", value = &theme.value),
            );
        }
        for t in targets.iter().filter(|_| nodes_whole) {
            match nodes.get(t.value.as_str()) {
                Some(n) if n.kind.value == "result" => {}
                Some(_) => r.error(
                    PACK_FILE,
                    t.line,
                    "not-a-result",
                    msg!("check-not-a-result", id = &t.value),
                ),
                None => r.error(
                    PACK_FILE,
                    t.line,
                    "unknown-node",
                    msg!("check-unknown-node", id = &t.value),
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
            msg!("check-invalid-pack-id", id = &meta.id.value),
        );
    }
    if parse_version(&meta.version.value).is_none() {
        r.error(
            f,
            meta.version.line,
            "invalid-version",
            msg!("check-invalid-version", version = &meta.version.value),
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
            msg!("check-unknown-root", id = &meta.root.value),
        ),
        Some(n) if n.kind.value != "question" => r.error(
            f,
            meta.root.line,
            "invalid-root",
            msg!("check-invalid-root", id = &meta.root.value),
        ),
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
                msg!("check-invalid-country", value = &c.value),
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
                msg!("check-unknown-service", id = &s.value),
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
            msg!("check-unknown-default-language", lang = &meta.default_language.value),
        );
    }
    for l in &meta.languages {
        if let Some(s) = &l.status {
            if s != "draft" && s != "reviewed" {
                r.error(
                    f,
                    l.code.line,
                    "invalid-status",
                    msg!("check-invalid-status", status = s),
                );
            }
        }
        if !pack.locales.iter().any(|loc| loc.lang == l.code.value) {
            r.error(
                f,
                l.code.line,
                "missing-file",
                msg!("check-language-without-file", lang = &l.code.value),
            );
        }
    }
    for loc in &pack.locales {
        if !meta.languages.iter().any(|l| l.code.value == loc.lang) {
            r.warning(
                &loc.file,
                0,
                "undeclared-language",
                msg!("check-undeclared-language", lang = &loc.lang),
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
