//! Reading an export folder back, from a stick that may be hostile.
//!
//! A stick can hold anything: a `counts.csv` of newlines, one line of a hundred
//! megabytes, thousands of folders, counts that add up past 64 bits, kiosk names meant
//! for a spreadsheet. So everything read is bounded before it is held ([`Limits`]): the
//! manifest is read (bounded) and checked before `counts.csv` is opened, `counts.csv` is
//! read line by line with a bounded line length, its header first, and reading stops at
//! the first limit reached with a plain reason. Every kiosk name is checked as a
//! configured one is, and a folder whose counts add up past 64 bits is refused.

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::ops::RangeInclusive;
use std::path::Path;

use chrono::{Datelike, NaiveDateTime};
use serde::Deserialize;

use crate::safe_fs::{SafeDir, SafeFsError};

use super::event::{parse_hour, valid_value, Kind, Period};
use super::export::{
    valid_kiosk_name, Manifest, Row, COUNTS_CSV, COUNTS_HEADER, FORMAT, FORMAT_VERSION, MANIFEST_JSON, TIME_FORMAT,
};

/// What one merge reads at most. Two years of a busy kiosk take about 50,000 rows and a
/// few megabytes; the limits leave room for ten such kiosks and keep what a merge holds
/// to about 100 MiB whatever a stick holds (measured in `docs/statistics.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Folders one merge reads; the others are left out, with a reason.
    pub folders: usize,
    /// Entries of a stick's `borne/stats/` looked at to find those folders.
    pub entries: usize,
    /// Size of one `manifest.json`, in bytes.
    pub manifest_bytes: u64,
    /// Kiosks listed by all the manifests one merge reads.
    pub kiosks: usize,
    /// Size of one `counts.csv`, in bytes.
    pub counts_bytes: u64,
    /// Length of one line of `counts.csv`, in bytes.
    pub line_bytes: usize,
    /// Rows of all the `counts.csv` files one merge reads.
    pub rows: usize,
    /// Different values of one kind in a merge: each is a bar and a table line of the
    /// report.
    pub values: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            folders: 200,
            entries: 10_000,
            manifest_bytes: 256 << 10,
            kiosks: 1000,
            counts_bytes: 64 << 20,
            line_bytes: 1024,
            rows: 500_000,
            values: 5000,
        }
    }
}

/// Names a kiosk had before, per kiosk (a rename is rare).
const MAX_PREVIOUS_NAMES: usize = 32;

/// Years a counter may fall in: a kiosk without a clock starts in 1970. Bounding them
/// bounds the months a report draws.
const YEARS: RangeInclusive<i32> = 1970..=2199;

/// What a merge can still take after the folders it has read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Room {
    pub kiosks: usize,
    pub rows: usize,
}

impl Room {
    /// All of it: nothing read yet.
    pub fn all(limits: &Limits) -> Room {
        Room {
            kiosks: limits.kiosks,
            rows: limits.rows,
        }
    }
}

/// Why a folder could not be read as an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadProblem {
    /// No `manifest.json`, or not one of ours.
    NotAnExport,
    /// Written by a newer borne.
    TooNew(u32),
    /// Present but wrong: what is wrong.
    Damaged(String),
    /// Could not be read at all.
    Unreadable(String),
    /// Over one of the [`Limits`]: which.
    TooLarge(String),
}

/// Reads an export (or merged) folder: its manifest and its exact counts, checked,
/// within the default [`Limits`].
pub fn read_folder(dir: &Path) -> Result<(Manifest, Vec<Row>), ReadProblem> {
    let limits = Limits::default();
    read_folder_within(dir, &limits, Room::all(&limits))
}

/// [`read_folder`] within `limits`, taking no more than `room`.
pub fn read_folder_within(dir: &Path, limits: &Limits, room: Room) -> Result<(Manifest, Vec<Row>), ReadProblem> {
    // The folder as the caller names it (a command line may give a link); its files
    // never through a link.
    let Ok(dir) = SafeDir::open_following(dir) else {
        return Err(ReadProblem::NotAnExport);
    };
    let manifest = read_manifest(&dir, limits, room)?;
    let rows = read_counts(&dir, &manifest, limits, room)?;
    Ok((manifest, rows))
}

/// The beginning of `s` for a message: a hostile name can be long.
fn quoted(s: &str) -> String {
    const SHOWN: usize = 40;
    match s.char_indices().nth(SHOWN) {
        Some((i, _)) => format!("{:?}…", &s[..i]),
        None => format!("{s:?}"),
    }
}

/// Reads the whole of a file of at most `max` bytes, never more.
fn read_bounded(file: File, name: &str, max: u64) -> Result<Vec<u8>, ReadProblem> {
    let mut bytes = Vec::new();
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| ReadProblem::Unreadable(format!("{name}: {e}")))?;
    if bytes.len() as u64 > max {
        return Err(ReadProblem::TooLarge(format!("{name} has more than {max} bytes")));
    }
    Ok(bytes)
}

/// What is looked at first in a manifest (other fields are skipped unread).
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    format: serde_json::Value,
    #[serde(default)]
    version: serde_json::Value,
}

/// A file of the folder that cannot be used as it is: too large, a link, not a file.
fn refused(name: &str, e: SafeFsError) -> ReadProblem {
    match e {
        SafeFsError::TooLarge { max, .. } => ReadProblem::TooLarge(format!("{name} has more than {max} bytes")),
        e => ReadProblem::Unreadable(format!("{name}: {e}")),
    }
}

fn read_manifest(dir: &SafeDir, limits: &Limits, room: Room) -> Result<Manifest, ReadProblem> {
    let file = match dir.open_file(MANIFEST_JSON, limits.manifest_bytes) {
        Ok((f, _)) => f,
        Err(e) if e.is_not_found() => return Err(ReadProblem::NotAnExport),
        Err(e) => return Err(refused(MANIFEST_JSON, e)),
    };
    let bytes = read_bounded(file, MANIFEST_JSON, limits.manifest_bytes)?;
    let damaged = |e: serde_json::Error| ReadProblem::Damaged(format!("{MANIFEST_JSON}: {e}"));
    // Format and version first, so that a newer manifest is reported as newer rather
    // than as damaged; JSON that is not an object is not one of ours.
    let probe: Probe = serde_json::from_slice(&bytes).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => ReadProblem::NotAnExport,
        _ => damaged(e),
    })?;
    if probe.format.as_str() != Some(FORMAT) {
        return Err(ReadProblem::NotAnExport);
    }
    let version = probe.version.as_u64().unwrap_or(0);
    if version > u64::from(FORMAT_VERSION) {
        return Err(ReadProblem::TooNew(u32::try_from(version).unwrap_or(u32::MAX)));
    }
    let mut manifest: Manifest = serde_json::from_slice(&bytes).map_err(damaged)?;
    drop(bytes);
    if manifest.sources.len() > room.kiosks {
        return Err(ReadProblem::TooLarge(format!(
            "{MANIFEST_JSON} lists {} kiosks, more than the {} this merge can still take (at most {} in all)",
            manifest.sources.len(),
            room.kiosks,
            limits.kiosks
        )));
    }
    check_manifest(&mut manifest).map_err(|w| ReadProblem::Damaged(format!("{MANIFEST_JSON}: {w}")))?;
    Ok(manifest)
}

/// Checks every name and time of a manifest, and keeps only its `counts.csv` entry (the
/// only one read).
fn check_manifest(m: &mut Manifest) -> Result<(), String> {
    let name = |n: &str| {
        if valid_kiosk_name(n) {
            Ok(())
        } else {
            Err(format!("{} cannot name a kiosk", quoted(n)))
        }
    };
    let time = |t: &str| match NaiveDateTime::parse_from_str(t, TIME_FORMAT) {
        Ok(_) => Ok(()),
        Err(_) => Err(format!("{} is not a time", quoted(t))),
    };
    let hour = |h: &Option<String>| match h.as_deref().map(|h| (h, parse_hour(h))) {
        Some((h, None)) => Err(format!("{} is not a slot start", quoted(h))),
        _ => Ok(()),
    };
    m.kiosk.as_deref().map_or(Ok(()), name)?;
    m.exported_at.as_deref().map_or(Ok(()), time)?;
    time(&m.created_at)?;
    hour(&m.first_hour)?;
    hour(&m.last_hour)?;
    let mut kiosks = HashSet::new();
    for s in &m.sources {
        name(&s.kiosk)?;
        if !kiosks.insert(s.kiosk.as_str()) {
            return Err(format!("kiosk {} is listed twice", quoted(&s.kiosk)));
        }
        if s.previous_names.len() > MAX_PREVIOUS_NAMES {
            return Err(format!(
                "kiosk {} has more than {MAX_PREVIOUS_NAMES} former names",
                quoted(&s.kiosk)
            ));
        }
        s.previous_names.iter().try_for_each(|n| name(n))?;
        time(&s.exported_at)?;
        hour(&s.first_hour)?;
        hour(&s.last_hour)?;
    }
    m.files.retain(|f| f.name == COUNTS_CSV);
    match m.files.len() {
        0 => Err(format!("{COUNTS_CSV} is not listed")),
        1 => Ok(()),
        _ => Err(format!("{COUNTS_CSV} is listed twice")),
    }
}

/// `counts.csv` read line by line, never holding more than one line of it.
struct Lines<R> {
    reader: R,
    line: Vec<u8>,
    max: usize,
    /// The number of the line last read (1 for the header).
    number: usize,
    /// Bytes read so far.
    bytes: u64,
}

impl<R: BufRead> Lines<R> {
    /// The next line, without its end (`\n` or `\r\n`); `None` at the end of the file.
    fn next_line(&mut self) -> Result<Option<&str>, ReadProblem> {
        self.line.clear();
        // Two more bytes than a line may hold: its end, `\r\n`.
        let n = (&mut self.reader)
            .take((self.max as u64).saturating_add(2))
            .read_until(b'\n', &mut self.line)
            .map_err(|e| ReadProblem::Unreadable(format!("{COUNTS_CSV}: {e}")))?;
        if n == 0 {
            return Ok(None);
        }
        self.number += 1;
        self.bytes += n as u64;
        let mut text = self.line.as_slice();
        if let Some(t) = text.strip_suffix(b"\n") {
            text = t.strip_suffix(b"\r").unwrap_or(t);
        }
        if self.number == 1 {
            text = text.strip_prefix("\u{feff}".as_bytes()).unwrap_or(text);
        }
        if text.len() > self.max {
            return Err(ReadProblem::TooLarge(format!(
                "{COUNTS_CSV} line {} is longer than {} bytes",
                self.number, self.max
            )));
        }
        std::str::from_utf8(text)
            .map(Some)
            .map_err(|_| ReadProblem::Damaged(format!("{COUNTS_CSV}: line {} is not UTF-8 text", self.number)))
    }
}

/// Reads and checks `counts.csv`: its size against the manifest before anything else,
/// then its header, then its rows one line at a time.
fn read_counts(dir: &SafeDir, manifest: &Manifest, limits: &Limits, room: Room) -> Result<Vec<Row>, ReadProblem> {
    let entry = manifest
        .files
        .iter()
        .find(|f| f.name == COUNTS_CSV)
        .ok_or_else(|| ReadProblem::Damaged(format!("{MANIFEST_JSON} does not list {COUNTS_CSV}")))?;
    let too_many_rows = |n: usize| {
        ReadProblem::TooLarge(format!(
            "{COUNTS_CSV} has more than {n} rows, what this merge can still take (at most {} in all)",
            limits.rows
        ))
    };
    if entry.rows.is_some_and(|n| n > room.rows as u64) {
        return Err(too_many_rows(room.rows));
    }
    let (file, len) = dir
        .open_file(COUNTS_CSV, limits.counts_bytes)
        .map_err(|e| refused(COUNTS_CSV, e))?;
    if len != entry.bytes {
        return Err(ReadProblem::Damaged(format!(
            "{COUNTS_CSV} has {len} bytes, the manifest says {} (copy interrupted?)",
            entry.bytes
        )));
    }
    let mut lines = Lines {
        // One byte more than the manifest says: a file that grows is noticed, not read on.
        reader: BufReader::new(file.take(entry.bytes + 1)),
        line: Vec::new(),
        max: limits.line_bytes,
        number: 0,
        bytes: 0,
    };
    let damaged = |w: String| ReadProblem::Damaged(format!("{COUNTS_CSV}: {w}"));
    let header = lines.next_line()?.ok_or_else(|| damaged("empty file".into()))?;
    let header = split_record(header).map_err(|w| damaged(format!("line 1: {w}")))?;
    if header != COUNTS_HEADER {
        return Err(damaged(format!("unexpected header {}", quoted(&header.join(",")))));
    }
    let rows = read_rows(&mut lines, manifest, room.rows).map_err(|e| match e {
        RowsProblem::TooMany => too_many_rows(room.rows),
        RowsProblem::Read(p) => p,
        RowsProblem::Bad(w) => damaged(w),
    })?;
    if lines.bytes != entry.bytes {
        return Err(damaged(format!("changed while it was read ({} bytes)", lines.bytes)));
    }
    check_rows(&rows, manifest, entry.rows).map_err(damaged)?;
    Ok(rows)
}

enum RowsProblem {
    TooMany,
    Read(ReadProblem),
    Bad(String),
}

/// Reads the rows after the header: at most `max`, whose counts add up within 64 bits.
fn read_rows<R: BufRead>(lines: &mut Lines<R>, manifest: &Manifest, max: usize) -> Result<Vec<Row>, RowsProblem> {
    let kiosks: HashSet<&str> = manifest.sources.iter().map(|s| s.kiosk.as_str()).collect();
    let mut rows = Vec::new();
    let mut total: u64 = 0;
    while let Some(line) = lines.next_line().map_err(RowsProblem::Read)? {
        if rows.len() >= max {
            return Err(RowsProblem::TooMany);
        }
        let row = parse_row(line, &kiosks).map_err(|w| RowsProblem::Bad(format!("line {}: {w}", lines.number)))?;
        total = total.checked_add(row.count).ok_or_else(|| {
            RowsProblem::Bad(format!(
                "line {}: the counts add up to more than {}",
                lines.number,
                u64::MAX
            ))
        })?;
        rows.push(row);
    }
    Ok(rows)
}

/// Splits one line into fields (RFC 4180 quoting; in `counts.csv` a record is one line).
fn split_record(line: &str) -> Result<Vec<String>, String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut chars = line.chars().peekable();
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
                        Some(c) => field.push(c),
                        None => return Err("a quoted field is not closed".into()),
                    }
                }
                if chars.peek().is_some_and(|c| *c != ',') {
                    return Err("text after a quoted field".into());
                }
            }
            ',' => fields.push(std::mem::take(&mut field)),
            c => field.push(c),
        }
    }
    fields.push(field);
    Ok(fields)
}

/// Parses and checks one row; `kiosks` are the manifest's, by name.
fn parse_row(line: &str, kiosks: &HashSet<&str>) -> Result<Row, String> {
    let fields = split_record(line)?;
    let [kiosk, period, start, kind, value, count] =
        <[String; 6]>::try_from(fields).map_err(|r| format!("{} fields instead of 6", r.len()))?;
    if !kiosks.contains(kiosk.as_str()) {
        return Err(format!("kiosk {} is not in the manifest", quoted(&kiosk)));
    }
    let period = Period::parse(&period).ok_or_else(|| format!("unknown period {}", quoted(&period)))?;
    let start = parse_hour(&start)
        .filter(|s| YEARS.contains(&s.year()))
        .ok_or_else(|| format!("bad period_start {}", quoted(&start)))?;
    if period.start(start) != start {
        return Err("period_start is not the start of its period".into());
    }
    let kind = Kind::parse(&kind).ok_or_else(|| format!("unknown kind {}", quoted(&kind)))?;
    if !valid_value(kind, &value) {
        return Err(format!("value {} is not valid for {}", quoted(&value), kind.as_str()));
    }
    let count: u64 = count
        .parse()
        .ok()
        .filter(|c| *c > 0)
        .ok_or_else(|| format!("bad count {}", quoted(&count)))?;
    Ok(Row {
        kiosk,
        period,
        start,
        kind,
        value,
        count,
    })
}

/// Checks what needs all the rows: no counter twice, and as many rows (in all and per
/// kiosk) as the manifest says.
fn check_rows(rows: &[Row], manifest: &Manifest, expected: Option<u64>) -> Result<(), String> {
    // Sorting positions rather than keeping a set of keys: no copy of any row.
    let key = |i: usize| {
        let r = &rows[i];
        (&r.kiosk, r.period, r.start, r.kind, &r.value)
    };
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_unstable_by(|a, b| key(*a).cmp(&key(*b)).then(a.cmp(b)));
    if let Some(i) = order.windows(2).filter(|w| key(w[0]) == key(w[1])).map(|w| w[1]).min() {
        return Err(format!("line {}: the same counter appears twice", i + 2));
    }
    drop(order);
    if let Some(n) = expected.filter(|n| *n != rows.len() as u64) {
        return Err(format!("{} rows, the manifest says {n}", rows.len()));
    }
    let mut per_kiosk: HashMap<&str, u64> = HashMap::new();
    for r in rows {
        *per_kiosk.entry(r.kiosk.as_str()).or_default() += 1;
    }
    for src in &manifest.sources {
        let n = per_kiosk.get(src.kiosk.as_str()).copied().unwrap_or(0);
        if n != src.rows {
            return Err(format!(
                "{n} rows for kiosk {}, the manifest says {}",
                quoted(&src.kiosk),
                src.rows
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_split_like_rfc_4180() {
        assert_eq!(
            split_record("a,\"b,c\",\"say \"\"hi\"\"\",").unwrap(),
            ["a", "b,c", "say \"hi\"", ""]
        );
        assert_eq!(split_record("").unwrap(), [""]);
        assert!(split_record("\"open").is_err());
        assert!(split_record("\"a\"b,c").is_err());
    }

    #[test]
    fn long_names_are_cut_in_messages() {
        assert_eq!(quoted("abc"), "\"abc\"");
        assert_eq!(quoted(&"é".repeat(100)).chars().count(), 40 + 3);
    }
}
