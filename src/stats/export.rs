//! The export folder: CSV files, `manifest.json` and `report.html` (read back by
//! [`super::import`]).
//!
//! Every file is written under a temporary name, synced, then renamed, and the manifest
//! goes last and records the size of `counts.csv`: a stick pulled in the middle holds
//! either no manifest or one that does not match, never a folder that looks complete.
//! Files are written and read below a folder handle, never through a link, and only
//! regular files of bounded size are read ([`crate::safe_fs`]): the folder may be on a
//! stick. Columns are described in `docs/statistics.md`.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::event::{format_hour, Kind, Period};
use super::report;
use super::StatsError;
use crate::safe_fs::{SafeDir, SafeFsError};

/// What `manifest.json` says the folder is.
pub const FORMAT: &str = "borne-stats";
/// The folder format this program writes and reads; a newer one is refused.
pub const FORMAT_VERSION: u32 = 1;

pub const COUNTS_CSV: &str = "counts.csv";
pub const TOTALS_CSV: &str = "totals.csv";
pub const OVER_TIME_CSV: &str = "sessions_over_time.csv";
pub const REPORT_HTML: &str = "report.html";
pub const MANIFEST_JSON: &str = "manifest.json";

/// The header of `counts.csv`.
pub const COUNTS_HEADER: [&str; 6] = ["kiosk", "period", "period_start", "kind", "value", "count"];

/// Timestamps of exports (seconds: they only order exports).
pub const TIME_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";

/// One counter of one kiosk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub kiosk: String,
    pub period: Period,
    pub start: NaiveDateTime,
    pub kind: Kind,
    pub value: String,
    pub count: u64,
}

/// One kiosk's export that a folder's counts come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub kiosk: String,
    /// The kiosk's export sequence number.
    pub export_id: u64,
    pub exported_at: String,
    pub first_hour: Option<String>,
    pub last_hour: Option<String>,
    /// Its rows in `counts.csv`.
    pub rows: u64,
    /// Names the same kiosk was exported under before it was renamed: its counts under
    /// those names are included here and must not be added again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub previous_names: Vec<String>,
}

impl Source {
    /// The order of a kiosk's exports: later time first, then higher sequence number.
    pub fn order_key(&self) -> (&str, u64) {
        (&self.exported_at, self.export_id)
    }
}

/// Whether the folder is one kiosk's export or a merge of several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FolderKind {
    Export,
    Merged,
}

/// A file of the folder with what is needed to tell it is whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    pub name: String,
    pub bytes: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rows: Option<u64>,
}

/// `manifest.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub version: u32,
    pub kind: FolderKind,
    /// For a kiosk's export: its name, sequence number and time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kiosk: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub export_id: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported_at: Option<String>,
    /// When the files were written.
    pub created_at: String,
    /// Earliest and latest slot start among the counts.
    pub first_hour: Option<String>,
    pub last_hour: Option<String>,
    pub sources: Vec<Source>,
    pub files: Vec<FileEntry>,
}

/// Counts with the exports they come from.
#[derive(Debug, Clone, Default)]
pub struct Dataset {
    pub rows: Vec<Row>,
    pub sources: Vec<Source>,
}

impl Dataset {
    /// Earliest and latest slot start.
    pub fn hour_range(&self) -> (Option<String>, Option<String>) {
        let first = self.rows.iter().map(|r| r.start).min().map(format_hour);
        let last = self.rows.iter().map(|r| r.start).max().map(format_hour);
        (first, last)
    }

    /// Visits: the session starts (at most `u64::MAX`: counts from a damaged database
    /// must not wrap).
    pub fn sessions(&self) -> u64 {
        self.rows
            .iter()
            .filter(|r| r.kind == Kind::SessionStart)
            .fold(0, |n, r| n.saturating_add(r.count))
    }
}

/// Who the folder is from; the rest of the manifest is filled in when writing.
pub struct Head {
    pub kind: FolderKind,
    pub kiosk: Option<String>,
    pub export_id: Option<u64>,
    pub exported_at: Option<String>,
}

/// Writes the whole folder `dir` (created if missing; not a link) and returns the names
/// of the files written.
pub fn write_folder(
    dir: &Path,
    head: Head,
    data: &Dataset,
    created_at: NaiveDateTime,
) -> Result<Vec<String>, StatsError> {
    let dir = SafeDir::create(dir).map_err(|e| match e {
        SafeFsError::Link(p) | SafeFsError::NotAFolder(p) => StatsError::BadExportDir(p),
        e => StatsError::Files(e),
    })?;
    write_folder_in(&dir, head, data, created_at)
}

/// [`write_folder`] into an open folder.
pub fn write_folder_in(
    dir: &SafeDir,
    head: Head,
    data: &Dataset,
    created_at: NaiveDateTime,
) -> Result<Vec<String>, StatsError> {
    // A folder whose files are being replaced must not look complete meanwhile.
    dir.remove_file(MANIFEST_JSON)?;

    let counts = counts_csv(&data.rows);
    let tables = report::Tables::new(data);
    let texts = report::Texts::new();
    let files: Vec<(&str, Vec<u8>, Option<u64>)> = vec![
        (COUNTS_CSV, counts.into_bytes(), Some(data.rows.len() as u64)),
        (TOTALS_CSV, report::totals_csv(&tables, &texts).into_bytes(), None),
        (OVER_TIME_CSV, report::over_time_csv(&tables, &texts).into_bytes(), None),
        (
            REPORT_HTML,
            report::render(&tables, &texts, created_at)?.into_bytes(),
            None,
        ),
    ];
    let mut entries = Vec::new();
    for (name, bytes, rows) in &files {
        dir.write_atomic(name, bytes)?;
        entries.push(FileEntry {
            name: name.to_string(),
            bytes: bytes.len() as u64,
            rows: *rows,
        });
    }
    let (first_hour, last_hour) = data.hour_range();
    let manifest = Manifest {
        format: FORMAT.into(),
        version: FORMAT_VERSION,
        kind: head.kind,
        kiosk: head.kiosk,
        export_id: head.export_id,
        exported_at: head.exported_at,
        created_at: created_at.format(TIME_FORMAT).to_string(),
        first_hour,
        last_hour,
        sources: data.sources.clone(),
        files: entries,
    };
    let json = serde_json::to_vec_pretty(&manifest)?;
    dir.write_atomic(MANIFEST_JSON, &json)?;
    // The renames are durable only once the folder itself is synced; not every file
    // system can sync a folder, and the files are already safe, so this may fail.
    let _ = dir.sync();
    let mut names: Vec<String> = files.iter().map(|f| f.0.to_string()).collect();
    names.push(MANIFEST_JSON.into());
    Ok(names)
}

/// Byte order mark: spreadsheet programs read the file as UTF-8 (kiosk names have accents).
const BOM: &str = "\u{feff}";

/// `counts.csv`: exact counts, one line per kiosk, slot, kind and value.
pub fn counts_csv(rows: &[Row]) -> String {
    let mut out = String::from(BOM);
    csv_line(&mut out, &COUNTS_HEADER);
    for r in rows {
        let start = format_hour(r.start);
        let count = r.count.to_string();
        csv_line(
            &mut out,
            &[&r.kiosk, r.period.as_str(), &start, r.kind.as_str(), &r.value, &count],
        );
    }
    out
}

/// First characters that make a spreadsheet read a cell as a formula (CSV injection).
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Appends one CSV record (RFC 4180: quoted when needed, CRLF). A field that a
/// spreadsheet would run as a formula is written as text: quoted, after a `'`.
pub fn csv_line(out: &mut String, fields: &[&str]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let formula = f.starts_with(FORMULA_START);
        if formula || f.contains([',', '"', '\n', '\r']) || f.starts_with(' ') || f.ends_with(' ') {
            out.push('"');
            if formula {
                out.push('\'');
            }
            out.push_str(&f.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(f);
        }
    }
    out.push_str("\r\n");
}

/// Splits CSV text into records (RFC 4180; LF or CRLF; a leading BOM is skipped), for
/// tests that read back what was written; a stick's files are read by `import`.
#[cfg(test)]
pub fn parse_csv(text: &str) -> Result<Vec<Vec<String>>, String> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    while let Some(c) = chars.next() {
        match c {
            '"' if field.is_empty() => {
                // A quoted field runs to the next lone quote.
                loop {
                    match chars.next() {
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            field.push('"');
                        }
                        Some('"') => break,
                        Some(c) => {
                            if c == '\n' {
                                line += 1;
                            }
                            field.push(c);
                        }
                        None => return Err(format!("line {line}: a quoted field is not closed")),
                    }
                }
                match chars.peek() {
                    None | Some(',') | Some('\r') | Some('\n') => {}
                    Some(_) => return Err(format!("line {line}: text after a quoted field")),
                }
            }
            ',' => record.push(std::mem::take(&mut field)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                line += 1;
            }
            c => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    Ok(records)
}

/// The folder name for a kiosk's export on a stick (kiosk names are already checked to
/// be safe in file names; trailing dots and spaces are trimmed for FAT).
pub fn folder_name(kiosk: &str) -> PathBuf {
    PathBuf::from(kiosk.trim_end_matches(['.', ' ']))
}

/// Whether `name` can name a kiosk: 1 to 64 letters, digits, spaces and `-_.()',`,
/// starting with a letter or digit. It becomes a folder name and a CSV cell, so nothing
/// that a file system or a spreadsheet would read specially (`/`, `=`, `+`, ...).
pub fn valid_kiosk_name(name: &str) -> bool {
    let n = name.chars().count();
    (1..=64).contains(&n)
        && name.chars().next().is_some_and(char::is_alphanumeric)
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.' | '(' | ')' | '\'' | ','))
        && !folder_name(name).as_os_str().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_round_trips_awkward_fields() {
        let mut s = String::new();
        csv_line(&mut s, &["a", "b,c", "say \"hi\"", "line\nbreak", " pad"]);
        csv_line(&mut s, &["", "x"]);
        let recs = parse_csv(&s).unwrap();
        assert_eq!(recs[0], vec!["a", "b,c", "say \"hi\"", "line\nbreak", " pad"]);
        assert_eq!(recs[1], vec!["", "x"]);
        assert_eq!(recs.len(), 2);
        assert!(parse_csv("\"open").is_err());
        assert!(parse_csv("\"a\"b,c").is_err());
        assert_eq!(parse_csv("a,b\nc,d").unwrap().len(), 2);
    }

    #[test]
    fn kiosk_names() {
        assert!(valid_kiosk_name("borne"));
        assert!(valid_kiosk_name("CCAS de Bègles (accueil)"));
        assert!(!valid_kiosk_name(""));
        assert!(!valid_kiosk_name("=cmd"));
        assert!(!valid_kiosk_name("a/b"));
        assert!(!valid_kiosk_name("..."));
        assert!(!valid_kiosk_name(&"a".repeat(65)));
        assert_eq!(folder_name("borne 2."), PathBuf::from("borne 2"));
    }
}
