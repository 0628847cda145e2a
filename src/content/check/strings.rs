//! Checks of the pack's Fluent files: syntax, the messages the pack needs, and
//! translations that keep the default language's variables.

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

use crate::content::diagnostic::Report;
use crate::content::ftl;
use crate::content::model::NodeKind;
use crate::content::source::{SourcePack, SrcLocale, DOCUMENTS_FILE, PACK_FILE, SERVICES_FILE};

/// Messages of a Fluent file: key (`id` or `id.attr`) → line, and syntax errors.
pub fn ftl_keys(text: &str) -> (BTreeMap<String, usize>, Vec<(usize, String)>) {
    let info = ftl::parse(text);
    (
        info.entries.into_iter().map(|(k, e)| (k, e.line)).collect(),
        info.errors,
    )
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

/// Each Fluent file's syntax and the messages it lacks: an error in the default
/// language, one warning per translation (the kiosk falls back to the default).
pub(super) fn check_strings(pack: &SourcePack, r: &mut Report) {
    let default = pack
        .meta
        .as_ref()
        .map(|m| m.default_language.value.clone())
        .unwrap_or_default();
    check_variables(pack, &default, r);
    let required = required_keys(pack);
    // A service's description stands in for its message in the default language.
    let described: HashSet<String> = pack
        .services
        .iter()
        .filter(|s| s.description.as_deref().is_some_and(|d| !d.trim().is_empty()))
        .map(|s| format!("svc-{}", s.id.value))
        .collect();
    for loc in &pack.locales {
        let keys = check_locale(loc, r);
        let missing: Vec<&(String, PathBuf, usize)> =
            required.iter().filter(|(k, _, _)| !keys.contains_key(k)).collect();
        if loc.lang == default {
            for (k, file, line) in missing.iter().filter(|(k, _, _)| !described.contains(k)) {
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
    let reference = ftl::parse(&reference.text);
    for loc in pack.locales.iter().filter(|l| l.lang != default) {
        let info = ftl::parse(&loc.text);
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
