//! A TOML file that does not read, said in plain words: a syntax error with its line and
//! column, or (the file is TOML but not what the pack expects) the field that is
//! missing, unknown or of the wrong type, in which entry (`node "x"`, line), and what
//! to write instead.
//!
//! serde only gives English sentences (`missing field `pictogram``); they are taken
//! apart here and said again through the tools' messages.

use std::fs;
use std::path::Path;

use crate::content::diagnostic::{line_of, Message, Report};
use crate::msg;

use super::PICTOGRAMS_DIR;

/// Reports why `text` (the file `file` of the pack in `dir`) did not read.
pub(super) fn report_toml_error(report: &mut Report, dir: &Path, file: &Path, text: &str, e: &toml::de::Error) {
    let start = e.span().map(|s| s.start).unwrap_or(0);
    let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(0);
    let detail = e.message().trim();
    let Ok(table) = text.parse::<toml::Table>() else {
        let column = column_of(text, start);
        report.error(
            file,
            line,
            "toml-syntax",
            msg!("check-toml-syntax", column = column, detail = first_line(detail)),
        );
        return;
    };
    let entry = entry_at(text, &table, line);
    let (kind, message) = if let Some(field) = backticked(detail.strip_prefix("missing field ")) {
        let hint = field_hint(&field, dir);
        (
            "missing-field",
            msg!("check-missing-field", entry = entry, field = field, hint = hint),
        )
    } else if let Some(rest) = detail.strip_prefix("unknown field ") {
        let field = backticked(Some(rest)).unwrap_or_default();
        let known = rest
            .split_once("expected")
            .map(|(_, list)| list.split('`').skip(1).step_by(2).collect::<Vec<_>>().join(", "))
            .unwrap_or_default();
        (
            "unknown-field",
            msg!("check-unknown-field", entry = entry, field = field, known = known),
        )
    } else if let Some(rest) = detail.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let key = key_on_line(text, line).unwrap_or_default();
        (
            "invalid-type",
            msg!(
                "check-invalid-type",
                entry = entry,
                field = key,
                found = found.to_string(),
                expected = expected_type(expected)
            ),
        )
    } else {
        (
            "toml-structure",
            msg!("check-toml-structure", entry = entry, detail = first_line(detail)),
        )
    };
    report.error(file, line, kind, message);
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or_default().to_string()
}

/// 1-based column (in characters) of a byte offset.
fn column_of(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or_default();
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    before[start..].chars().count() + 1
}

/// The first `` `name` `` of a serde message.
fn backticked(s: Option<&str>) -> Option<String> {
    s?.split('`').nth(1).map(str::to_string)
}

/// The key written on `line` (`key = value`), if any.
fn key_on_line(text: &str, line: usize) -> Option<String> {
    let l = text.lines().nth(line.checked_sub(1)?)?;
    let (key, _) = l.split_once('=')?;
    let key = key.trim().trim_matches('"');
    (!key.is_empty()).then(|| key.to_string())
}

/// The entry holding `line`: the last `[[node]]`, `[[service]]` or `[[document]]`
/// header at or above it, named by its id; the file itself above any header.
fn entry_at(text: &str, table: &toml::Table, line: usize) -> Message {
    let mut found: Option<(&str, usize, usize)> = None;
    let mut counts = [0usize; 3];
    const TABLES: [&str; 3] = ["node", "service", "document"];
    for (i, l) in text.lines().enumerate().take(line.max(1)) {
        let header = l.split('#').next().unwrap_or_default().trim();
        let Some(name) = header.strip_prefix("[[").and_then(|h| h.strip_suffix("]]")) else {
            continue;
        };
        if let Some(t) = TABLES.iter().position(|t| *t == name.trim()) {
            found = Some((TABLES[t], counts[t], i + 1));
            counts[t] += 1;
        }
    }
    let Some((what, index, header_line)) = found else {
        return msg!("check-entry-file");
    };
    let id = table
        .get(what)
        .and_then(|v| v.as_array())
        .and_then(|a| a.get(index))
        .and_then(|e| e.get("id"))
        .and_then(|id| id.as_str())
        .unwrap_or_default()
        .to_string();
    msg!("check-entry", what = what, id = id, line = header_line)
}

/// What to write in a required field.
fn field_hint(field: &str, dir: &Path) -> Message {
    match field {
        "pictogram" => msg!("check-hint-pictogram", example = pictogram_example(dir)),
        "id" => msg!("check-hint-id"),
        "kind" => msg!("check-hint-kind"),
        "nom" => msg!("check-hint-nom"),
        "version" => msg!("check-hint-version"),
        "default_language" => msg!("check-hint-default-language"),
        "root" => msg!("check-hint-root"),
        "from" | "to" => msg!("check-hint-closure-date"),
        _ => msg!("check-hint-docs"),
    }
}

/// A pictogram of the pack to show in the example (the first by name), else `housing`.
fn pictogram_example(dir: &Path) -> String {
    let mut names: Vec<String> = fs::read_dir(dir.join(PICTOGRAMS_DIR))
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|e| e.file_name().to_str()?.strip_suffix(".svg").map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names.into_iter().next().unwrap_or_else(|| "housing".to_string())
}

/// serde's name of the type a field takes, as the operator writes it.
fn expected_type(expected: &str) -> Message {
    match expected {
        "a string" => msg!("check-type-text"),
        "a sequence" => msg!("check-type-list"),
        "a boolean" => msg!("check-type-bool"),
        e if e.starts_with("i64") || e.starts_with("an integer") || e.starts_with("u32") => msg!("check-type-number"),
        other => msg!("check-type-other", name = other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report_of(text: &str) -> Report {
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Node {
            id: String,
            pictogram: String,
            #[serde(default)]
            sensitive: bool,
        }
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Nodes {
            node: Vec<Node>,
        }
        let e = toml::from_str::<Nodes>(text).expect_err("an error");
        let mut r = Report::default();
        report_toml_error(&mut r, Path::new("/nonexistent"), Path::new("nodes/x.toml"), text, &e);
        r
    }

    const TWO: &str = "[[node]]\nid = \"a\"\npictogram = \"p\"\n\n[[node]]\nid = \"b\"\n";

    #[test]
    fn a_missing_field_names_the_entry_and_its_line() {
        let r = report_of(TWO);
        let d = &r.diagnostics[0];
        assert_eq!(d.kind, "missing-field");
        let en = d.message_in(crate::tools_text::ToolLang::En);
        assert!(en.contains("node \"b\" (line 5)"), "{en}");
        assert!(en.contains("pictogram"), "{en}");
        assert!(en.contains("pictogram = \"housing\""), "{en}");
    }

    #[test]
    fn unknown_fields_and_wrong_types_are_said_plainly() {
        let r = report_of("[[node]]\nid = \"a\"\npictogram = \"p\"\npictogramme = \"q\"\n");
        let d = &r.diagnostics[0];
        assert_eq!((d.kind, d.line), ("unknown-field", 4));
        let en = d.message_in(crate::tools_text::ToolLang::En);
        assert!(en.contains("pictogramme") && en.contains("sensitive"), "{en}");
        let r = report_of("[[node]]\nid = \"a\"\npictogram = \"p\"\nsensitive = \"yes\"\n");
        let d = &r.diagnostics[0];
        assert_eq!((d.kind, d.line), ("invalid-type", 4));
        let en = d.message_in(crate::tools_text::ToolLang::En);
        assert!(en.contains("sensitive") && en.contains("true or false"), "{en}");
        let r = report_of("[[node]]\nid = \"a\n");
        assert_eq!(r.diagnostics[0].kind, "toml-syntax");
    }
}
