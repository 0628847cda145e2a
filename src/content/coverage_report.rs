//! `borne content coverage`'s outputs, from the rows [`super::coverage`] computes: the
//! terminal table, CSV (for a spreadsheet or a script) and a Markdown summary to paste
//! into a pull request (a short table, the languages under a threshold, the missing
//! keys of each language folded in `<details>`). Words go through `crate::tools_text`;
//! CSV column names are stable identifiers, since scripts read them.

use std::fmt::Write as _;

use super::coverage::LanguageCoverage;
use crate::tools_text::{lang, ToolLang};
use crate::tr;

/// The rows to show: the languages the pack offers, or every one with `all` (and when
/// the pack declares none, so the table is never empty).
pub fn shown(rows: &[LanguageCoverage], all: bool) -> Vec<&LanguageCoverage> {
    if all || !rows.iter().any(|r| r.offered) {
        rows.iter().collect()
    } else {
        rows.iter().filter(|r| r.offered).collect()
    }
}

/// The offered languages whose chrome or content is under `min` percent.
pub fn under<'a>(rows: &[&'a LanguageCoverage], min: f64) -> Vec<&'a LanguageCoverage> {
    rows.iter().copied().filter(|r| r.offered && is_under(r, min)).collect()
}

fn is_under(r: &LanguageCoverage, min: f64) -> bool {
    r.ui_percent < min || r.content_percent < min
}

/// A percentage with one decimal, with the decimal separator of the tools' language.
pub fn pct(v: f64) -> String {
    let s = format!("{v:.1}");
    match lang() {
        ToolLang::Fr => s.replace('.', ","),
        ToolLang::En => s,
    }
}

/// One language under the threshold, with its figures.
pub fn under_line(r: &LanguageCoverage, min: f64) -> String {
    tr!(
        "cli-coverage-under-language",
        code = r.code.as_str(),
        name = r.name.as_str(),
        ui = pct(r.ui_percent),
        content = pct(r.content_percent),
        min = pct(min),
        missing = r.missing.len()
    )
}

/// The missing keys in short: the first four, and how many more.
fn missing_short(r: &LanguageCoverage) -> String {
    let first: Vec<&str> = r.missing.iter().take(4).map(String::as_str).collect();
    let more = r.missing.len() - first.len();
    match (r.missing.len(), more) {
        (0, _) => String::new(),
        (n, 0) => tr!("cli-coverage-missing", count = n, keys = first.join(", ")),
        (n, m) => tr!(
            "cli-coverage-missing-more",
            count = n,
            keys = first.join(", "),
            more = m
        ),
    }
}

/// The table printed on the terminal.
pub fn table(rows: &[&LanguageCoverage]) -> String {
    let mut out = format!(
        "{:<10} {:<16} {:>6} {:>9} {:<6} {:>9}  {:<44} {}\n",
        tr!("cli-coverage-col-language"),
        tr!("cli-coverage-col-name"),
        tr!("cli-coverage-col-ui"),
        tr!("cli-coverage-col-content"),
        tr!("cli-coverage-col-voice"),
        tr!("cli-coverage-col-audio"),
        tr!("cli-coverage-col-status"),
        tr!("cli-coverage-col-missing"),
    );
    for r in rows {
        let audio = format!("{}/{}", r.audio_recorded, r.audio_total);
        let _ = writeln!(
            out,
            "{:<10} {:<16} {:>6} {:>9} {:<6} {:>9}  {:<44} {}",
            r.code,
            r.name,
            pct(r.ui_percent),
            pct(r.content_percent),
            r.voice.unwrap_or("-"),
            audio,
            r.status,
            missing_short(r)
        );
    }
    out
}

/// A CSV field, quoted when it must be (RFC 4180).
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The table as CSV: one row a language, every missing key (separated by spaces).
pub fn csv(rows: &[&LanguageCoverage]) -> String {
    let mut out = String::from(
        "code,name,offered,status,ui_percent,content_percent,voice,audio_recorded,audio_total,missing_count,missing\n",
    );
    for r in rows {
        let fields = [
            r.code.clone(),
            r.name.clone(),
            r.offered.to_string(),
            r.status.clone(),
            format!("{:.1}", r.ui_percent),
            format!("{:.1}", r.content_percent),
            r.voice.unwrap_or_default().to_string(),
            r.audio_recorded.to_string(),
            r.audio_total.to_string(),
            r.missing.len().to_string(),
            r.missing.join(" "),
        ];
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push('\n');
    }
    out
}

/// Text from a pack (status, names) made inert in a Markdown table cell.
fn md(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
        .replace('`', "\\`")
}

/// A row's marker: under the threshold, complete, or not yet.
fn marker(r: &LanguageCoverage, min: Option<f64>) -> String {
    if r.offered && min.is_some_and(|m| is_under(r, m)) {
        tr!("cli-coverage-marker-under")
    } else if r.missing.is_empty() && r.ui_percent >= 100.0 && r.content_percent >= 100.0 {
        tr!("cli-coverage-marker-ok")
    } else {
        tr!("cli-coverage-marker-incomplete")
    }
}

/// The Markdown summary for a pull request.
pub fn markdown(rows: &[&LanguageCoverage], min: Option<f64>) -> String {
    let mut out = format!("### {}\n\n", tr!("cli-coverage-md-title"));
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} |\n| --- | --- | ---: | ---: | --- | ---: |",
        tr!("cli-coverage-md-col-state"),
        tr!("cli-coverage-md-col-language"),
        tr!("cli-coverage-md-col-ui"),
        tr!("cli-coverage-md-col-content"),
        tr!("cli-coverage-md-col-status"),
        tr!("cli-coverage-md-col-missing"),
    );
    for r in rows {
        let _ = writeln!(
            out,
            "| {} | {} ({}) | {} | {} | {} | {} |",
            marker(r, min),
            md(&r.code),
            md(&r.name),
            tr!("cli-coverage-percent", value = pct(r.ui_percent)),
            tr!("cli-coverage-percent", value = pct(r.content_percent)),
            md(&r.status),
            r.missing.len()
        );
    }
    if let Some(min) = min {
        let low = under(rows, min);
        out.push('\n');
        if low.is_empty() {
            let _ = writeln!(out, "{}", tr!("cli-coverage-md-none-under", min = pct(min)));
        } else {
            let _ = writeln!(out, "**{}**\n", tr!("cli-coverage-md-under", min = pct(min)));
            for r in low {
                let _ = writeln!(out, "- {}", md(&under_line(r, min)));
            }
        }
    }
    for r in rows.iter().filter(|r| !r.missing.is_empty()) {
        let summary = tr!(
            "cli-coverage-md-missing-summary",
            code = md(&r.code),
            name = md(&r.name),
            count = r.missing.len()
        );
        let _ = write!(out, "\n<details><summary>{summary}</summary>\n\n");
        for k in &r.missing {
            let _ = writeln!(out, "- `{k}`");
        }
        out.push_str("\n</details>\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(code: &str, offered: bool, content: f64, missing: &[&str]) -> LanguageCoverage {
        LanguageCoverage {
            code: code.into(),
            name: format!("{code} name"),
            ui_percent: 100.0,
            content_percent: content,
            status: if offered { "draft | x".into() } else { "-".into() },
            offered,
            missing: missing.iter().map(|s| s.to_string()).collect(),
            voice: None,
            audio_recorded: 0,
            audio_total: 10,
        }
    }

    #[test]
    fn only_offered_languages_unless_all_or_none_offered() {
        let rows = [row("fr", true, 100.0, &[]), row("en", false, 0.0, &["a"])];
        assert_eq!(shown(&rows, false).len(), 1);
        assert_eq!(shown(&rows, true).len(), 2);
        let none = [row("fr", false, 100.0, &[])];
        assert_eq!(shown(&none, false).len(), 1);
    }

    #[test]
    fn csv_quotes_what_must_be_and_lists_every_missing_key() {
        let rows = [row("en", true, 50.0, &["node-a", "node-b"])];
        let text = csv(&shown(&rows, false));
        let mut lines = text.lines();
        assert!(lines
            .next()
            .is_some_and(|h| h.starts_with("code,name,offered,status,ui_percent")));
        assert_eq!(
            lines.next(),
            Some("en,en name,true,draft | x,100.0,50.0,,0,10,2,node-a node-b")
        );
        assert_eq!(csv_field("a,\"b\""), "\"a,\"\"b\"\"\"");
    }

    #[test]
    fn markdown_lists_the_languages_under_and_folds_missing_keys() {
        let rows = [row("fr", true, 100.0, &[]), row("en", true, 50.0, &["node-a"])];
        let text = markdown(&shown(&rows, false), Some(95.0));
        assert!(text.contains("draft \\| x"), "a pipe from the pack is escaped: {text}");
        assert!(text.contains("<details><summary>"), "{text}");
        assert!(text.contains("- `node-a`"), "{text}");
        let under_section = text.split("<details>").next().unwrap_or_default();
        assert!(
            under_section.contains("- ") && under_section.contains("en (en name)"),
            "{text}"
        );
        assert_eq!(text.matches("<details>").count(), 1, "fr misses nothing: {text}");
    }
}
