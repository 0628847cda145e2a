//! Checks of the pack's Fluent files: syntax, the messages the pack needs, messages
//! defined twice, attributes nothing reads, comments that became text, and variables
//! (the kiosk gives pack texts none).

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

use crate::content::diagnostic::Report;
use crate::content::ftl;
use crate::content::model::NodeKind;
use crate::content::source::{SourcePack, SrcLocale, DOCUMENTS_FILE, PACK_FILE, SERVICES_FILE};
use crate::msg;

/// Messages of a Fluent file: key (`id` or `id.attr`) → line, and syntax errors.
pub fn ftl_keys(text: &str) -> (BTreeMap<String, usize>, Vec<(usize, String)>) {
    let info = ftl::parse(text);
    (
        info.entries.into_iter().map(|(k, e)| (k, e.line)).collect(),
        info.errors,
    )
}

/// The attributes the kiosk reads, by message prefix: a node's question and its text
/// (results and info pages; a question may have one too). Other messages have none.
pub const NODE_ATTRIBUTES: &[&str] = &["question", "text"];

/// The attributes message `id` may have, or `None` for a message the pack does not
/// define by convention (terms, the operator's own helpers): left alone.
fn known_attributes(id: &str) -> Option<&'static [&'static str]> {
    if id.starts_with("node-") {
        Some(NODE_ATTRIBUTES)
    } else if id.starts_with("svc-") || id.starts_with("doc-") || id == "pack-title" || id == "pack-help" {
        Some(&[])
    } else {
        None
    }
}

/// Whether the Fluent file of `lang` was read whole: present, readable, no syntax
/// error (a message after an error may be lost, so what it lacks is not reported).
pub(super) fn locale_whole(pack: &SourcePack, lang: &str) -> bool {
    let file = PathBuf::from(crate::content::source::LOCALES_DIR).join(format!("{lang}.ftl"));
    !pack.unparsed.contains(&file)
        && pack
            .locales
            .iter()
            .find(|l| l.lang == lang)
            .is_none_or(|l| ftl::parse(&l.text).errors.is_empty())
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
            Some(NodeKind::Result | NodeKind::Info | NodeKind::Offers) => {
                out.push((format!("node-{id}.text"), n.file.clone(), n.id.line))
            }
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

/// Each Fluent file's syntax and the messages it lacks: an error in the default
/// language, one warning per translation (the kiosk falls back to the default).
/// Without a readable `pack.toml` the default language is unknown: only each file's
/// own problems are reported.
pub(super) fn check_strings(pack: &SourcePack, r: &mut Report) {
    let default = pack.meta.as_ref().map(|m| m.default_language.value.clone());
    let infos: Vec<(&SrcLocale, ftl::FtlInfo)> = pack.locales.iter().map(|l| (l, ftl::parse(&l.text))).collect();
    for (loc, info) in &infos {
        check_locale(loc, info, r);
    }
    let Some(default) = default else { return };
    let partial: HashSet<&str> = pack
        .meta
        .iter()
        .flat_map(|m| &m.languages)
        .filter(|l| l.partial)
        .map(|l| l.code.value.as_str())
        .collect();
    check_variables(&infos, &default, r);
    let required = required_keys(pack);
    // A service's description stands in for its message in the default language.
    let described: HashSet<String> = pack
        .services
        .iter()
        .filter(|s| s.description.as_deref().is_some_and(|d| !d.trim().is_empty()))
        .map(|s| format!("svc-{}", s.id.value))
        .collect();
    for (loc, info) in infos.iter().filter(|(_, info)| info.errors.is_empty()) {
        let missing: Vec<&(String, PathBuf, usize)> = required
            .iter()
            .filter(|(k, _, _)| !info.entries.contains_key(k))
            .collect();
        if loc.lang == default {
            for (k, file, line) in missing.iter().filter(|(k, _, _)| !described.contains(k)) {
                r.error(
                    file,
                    *line,
                    "missing-string",
                    msg!("check-missing-string", key = k, file = loc.file.display().to_string()),
                );
            }
        } else if !missing.is_empty() && !partial.contains(loc.lang.as_str()) {
            let shown: Vec<&str> = missing.iter().take(5).map(|(k, _, _)| k.as_str()).collect();
            r.warning(
                &loc.file,
                0,
                "missing-translation",
                msg!(
                    "check-missing-translation",
                    count = missing.len(),
                    shown = shown.join(", "),
                    more = missing.len().saturating_sub(shown.len()),
                    default = default.as_str()
                ),
            );
        }
    }
}

/// The kiosk formats pack texts with no variables (`{ $name }` would show as
/// `{$name}`): a variable in the default language is an error, and a translation must
/// neither drop nor invent one, each named.
fn check_variables(infos: &[(&SrcLocale, ftl::FtlInfo)], default: &str, r: &mut Report) {
    let Some((reference_file, reference)) = infos.iter().find(|(l, _)| l.lang == default) else {
        return;
    };
    for (key, entry) in &reference.entries {
        for v in &entry.vars {
            r.error(
                &reference_file.file,
                entry.line,
                "unknown-variable",
                msg!("check-unknown-variable", key = key, var = v),
            );
        }
    }
    for (loc, info) in infos.iter().filter(|(l, _)| l.lang != default) {
        for (key, entry) in &info.entries {
            let Some(expected) = reference.entries.get(key) else {
                continue;
            };
            for v in expected.vars.difference(&entry.vars) {
                r.error(
                    &loc.file,
                    entry.line,
                    "dropped-variable",
                    msg!("check-dropped-variable", key = key, var = v, default = default),
                );
            }
            for v in entry.vars.difference(&expected.vars) {
                r.error(
                    &loc.file,
                    entry.line,
                    "invented-variable",
                    msg!("check-invented-variable", key = key, var = v, default = default),
                );
            }
        }
    }
}

/// One Fluent file's own problems: syntax, messages defined twice, comments that
/// became text, attributes the kiosk never reads.
fn check_locale(loc: &SrcLocale, info: &ftl::FtlInfo, r: &mut Report) {
    for (line, e) in &info.errors {
        r.error(
            &loc.file,
            *line,
            "fluent-syntax",
            msg!("check-fluent-syntax", detail = e),
        );
    }
    for (id, first, line) in &info.duplicates {
        r.error(
            &loc.file,
            *line,
            "duplicate-message",
            msg!("check-duplicate-message", id = id, first = *first),
        );
    }
    for (line, key) in &info.leaked_comments {
        r.error(
            &loc.file,
            *line,
            "leaked-comment",
            msg!("check-leaked-comment", key = key),
        );
    }
    for (key, entry) in &info.entries {
        let Some((id, attr)) = key.split_once('.') else {
            continue;
        };
        let Some(known) = known_attributes(id) else { continue };
        if !known.contains(&attr) {
            let known = if known.is_empty() {
                msg!("check-no-attributes", id = id)
            } else {
                msg!(
                    "check-attributes-are",
                    list = known.iter().map(|a| format!(".{a}")).collect::<Vec<_>>().join(", ")
                )
            };
            // A warning: the text is only never shown (a misspelt `.text` also leaves
            // the right one missing, which is reported as such).
            r.warning(
                &loc.file,
                entry.line,
                "unknown-attribute",
                msg!("check-unknown-attribute", key = key, attr = attr, known = known),
            );
        }
    }
}
