//! The kiosk's statistics database: one SQLite file of counters.
//!
//! One row per (slot start, kind, value) with a count, added to by upsert. Nothing else
//! about a visit is stored: no session id, no order, no time finer than an hour. Rows
//! older than [`RETENTION_DAYS`] are deleted when the database is opened.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::{Duration, NaiveDateTime};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use super::event::{format_hour, parse_hour, valid_value, Event, Kind};
use super::export::{self, Dataset, FolderKind, Head, Row, Source, TIME_FORMAT};
use super::StatsError;
use crate::safe_fs::{SafeDir, SafeFsError};

/// Schema migrations, applied in order; never edit one that has shipped.
pub const MIGRATIONS: &[&str] = &[include_str!("migrations/0001_initial.sql")];

/// How long the kiosk keeps its counters (two years: enough for yearly reports to
/// funders, and the stick exports hold the history beyond that).
pub const RETENTION_DAYS: i64 = 730;

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportSummary {
    pub dir: PathBuf,
    /// File names, relative to `dir`.
    pub files: Vec<String>,
    /// Lines of `counts.csv` (without its header).
    pub rows: usize,
    /// Visits counted.
    pub sessions: u64,
    pub export_id: u64,
    pub exported_at: String,
    pub first_hour: Option<String>,
    pub last_hour: Option<String>,
}

/// What a stick visit wrote: this kiosk's export and the stick-wide merge.
#[derive(Debug, Clone, Serialize)]
pub struct StickSummary {
    pub export: ExportSummary,
    pub merged: super::merge::MergeSummary,
}

/// The statistics database.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens or creates the statistics database (numbered migrations in a const list;
    /// WAL; synchronous=NORMAL), and deletes counters older than the retention period.
    pub fn open(path: &Path) -> Result<Store, StatsError> {
        Store::open_at(path, chrono::Local::now().naive_local())
    }

    /// [`Store::open`] with the current time given.
    pub fn open_at(path: &Path, now: NaiveDateTime) -> Result<Store, StatsError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| StatsError::Io {
                path: parent.to_path_buf(),
                source,
            })?;
        }
        let conn = Connection::open(path)?;
        // WAL with synchronous=NORMAL: a power cut loses at most the last batch, never
        // the file, and writes do not wait for the disk each time.
        let _mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.busy_timeout(std::time::Duration::from_secs(2))?;
        let mut store = Store { conn };
        store.migrate()?;
        store.purge(now)?;
        Ok(store)
    }

    fn migrate(&mut self) -> Result<(), StatsError> {
        let version: i64 = self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let known = MIGRATIONS.len() as i64;
        if version > known {
            return Err(StatsError::TooNew { found: version, known });
        }
        for (i, sql) in MIGRATIONS
            .iter()
            .enumerate()
            .skip(usize::try_from(version).unwrap_or(0))
        {
            let tx = self.conn.transaction()?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", i as i64 + 1)?;
            tx.commit()?;
        }
        Ok(())
    }

    /// Deletes counters older than [`RETENTION_DAYS`] before `now`, or before the
    /// latest stored counter if that is earlier: a clock that jumped years ahead must
    /// not wipe the history. Returns the number of rows deleted.
    pub fn purge(&self, now: NaiveDateTime) -> Result<usize, StatsError> {
        let latest: Option<String> = self.conn.query_row("SELECT max(hour) FROM counts", [], |r| r.get(0))?;
        let Some(latest) = latest.as_deref().and_then(parse_hour) else {
            return Ok(0);
        };
        let reference = now.min(latest);
        let cutoff = reference - Duration::days(RETENTION_DAYS);
        let n = self
            .conn
            .execute("DELETE FROM counts WHERE hour < ?1", params![format_hour(cutoff)])?;
        if n > 0 {
            tracing::info!(rows = n, before = %format_hour(cutoff), "old statistics deleted");
        }
        Ok(n)
    }

    /// Adds events at `at`, rounded down to the start of each kind's slot (the hour, or
    /// the week for what tells about needs). Events with a value that is not an
    /// identifier are dropped with a warning: they could hold text.
    pub fn record(&mut self, at: NaiveDateTime, events: &[Event]) -> Result<(), StatsError> {
        self.record_batch(events.iter().map(|e| (at, e)))
    }

    /// Adds events each at its own time, in one transaction.
    pub fn record_batch<'a>(
        &mut self,
        events: impl IntoIterator<Item = (NaiveDateTime, &'a Event)>,
    ) -> Result<(), StatsError> {
        let mut batch: HashMap<(String, Kind, &str), u64> = HashMap::new();
        for (at, e) in events {
            let (kind, value) = e.key();
            if !valid_value(kind, value) {
                tracing::warn!(kind = kind.as_str(), "statistics event with an invalid value dropped");
                continue;
            }
            let slot = format_hour(kind.period().start(at));
            *batch.entry((slot, kind, value)).or_default() += 1;
        }
        if batch.is_empty() {
            return Ok(());
        }
        let tx = self.conn.transaction()?;
        {
            let mut st = tx.prepare_cached(
                "INSERT INTO counts (hour, kind, value, count) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (hour, kind, value) DO UPDATE SET count = count + excluded.count",
            )?;
            for ((slot, kind, value), n) in &batch {
                st.execute(params![
                    slot,
                    kind.as_str(),
                    value,
                    i64::try_from(*n).unwrap_or(i64::MAX)
                ])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Every stored counter, labelled with `kiosk`. Rows this program cannot read (a
    /// damaged file) are left out with a warning rather than failing the export.
    pub fn rows(&self, kiosk: &str) -> Result<Vec<Row>, StatsError> {
        let mut st = self
            .conn
            .prepare("SELECT hour, kind, value, count FROM counts ORDER BY hour, kind, value")?;
        let raw = st.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
            ))
        })?;
        let mut rows = Vec::new();
        for item in raw {
            let (hour, kind, value, count) = item?;
            let parsed = (parse_hour(&hour), Kind::parse(&kind), u64::try_from(count).ok());
            match parsed {
                (Some(start), Some(kind), Some(count)) if count > 0 && valid_value(kind, &value) => rows.push(Row {
                    kiosk: kiosk.to_string(),
                    period: kind.period(),
                    start,
                    kind,
                    value,
                    count,
                }),
                _ => tracing::warn!(%hour, %kind, "unreadable statistics row skipped"),
            }
        }
        Ok(rows)
    }

    /// Every stored slot start as written in the database (for checks).
    pub fn stored_hours(&self) -> Result<Vec<String>, StatsError> {
        let mut st = self.conn.prepare("SELECT DISTINCT hour FROM counts ORDER BY hour")?;
        let hours = st.query_map([], |r| r.get::<_, String>(0))?;
        Ok(hours.collect::<Result<_, _>>()?)
    }

    fn meta(&self, key: &str) -> Result<Option<String>, StatsError> {
        Ok(self
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    }

    /// Takes the next export number and time, and notes the kiosk name. The time never
    /// goes back, even if the clock does, so that the latest export of a kiosk is also
    /// the one merged. Returns the names this database was exported under before.
    fn next_export(&self, now: NaiveDateTime, kiosk: &str) -> Result<(u64, String, Vec<String>), StatsError> {
        let tx = self.conn.unchecked_transaction()?;
        let id = self
            .meta("export_seq")?
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0)
            + 1;
        let mut at = now.format(TIME_FORMAT).to_string();
        if let Some(last) = self.meta("last_exported_at")? {
            if last > at {
                at = last;
            }
        }
        let mut names: Vec<String> = self
            .meta("kiosk_names")?
            .and_then(|v| serde_json::from_str(&v).ok())
            .unwrap_or_default();
        let previous: Vec<String> = names.iter().filter(|n| *n != kiosk).cloned().collect();
        if !names.iter().any(|n| n == kiosk) {
            names.push(kiosk.to_string());
        }
        let names = serde_json::to_string(&names)?;
        for (k, v) in [
            ("export_seq", id.to_string()),
            ("last_exported_at", at.clone()),
            ("kiosk_names", names),
        ] {
            tx.execute(
                "INSERT INTO meta (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![k, v],
            )?;
        }
        tx.commit()?;
        Ok((id, at, previous))
    }

    /// Writes `counts.csv`, `totals.csv`, `sessions_over_time.csv`, `report.html` and
    /// `manifest.json` into `dir` (created if missing), each through a temporary file
    /// and a rename, the manifest last.
    pub fn export(&self, dir: &Path, kiosk: &str, now: NaiveDateTime) -> Result<ExportSummary, StatsError> {
        let open = SafeDir::create(dir).map_err(|e| match e {
            SafeFsError::Link(p) | SafeFsError::NotAFolder(p) => StatsError::BadExportDir(p),
            e => StatsError::Files(e),
        })?;
        self.export_into(&open, kiosk, now)
    }

    /// [`Store::export`] into an open folder.
    fn export_into(&self, dir: &SafeDir, kiosk: &str, now: NaiveDateTime) -> Result<ExportSummary, StatsError> {
        if !export::valid_kiosk_name(kiosk) {
            return Err(StatsError::BadKioskName(kiosk.to_string()));
        }
        let rows = self.rows(kiosk)?;
        let (export_id, exported_at, previous_names) = self.next_export(now, kiosk)?;
        let mut data = Dataset { rows, sources: vec![] };
        let (first_hour, last_hour) = data.hour_range();
        data.sources.push(Source {
            kiosk: kiosk.to_string(),
            export_id,
            exported_at: exported_at.clone(),
            first_hour: first_hour.clone(),
            last_hour: last_hour.clone(),
            rows: data.rows.len() as u64,
            previous_names,
        });
        let head = Head {
            kind: FolderKind::Export,
            kiosk: Some(kiosk.to_string()),
            export_id: Some(export_id),
            exported_at: Some(exported_at.clone()),
        };
        let files = export::write_folder_in(dir, head, &data, now)?;
        Ok(ExportSummary {
            dir: dir.path().to_path_buf(),
            files,
            rows: data.rows.len(),
            sessions: data.sessions(),
            export_id,
            exported_at,
            first_hour,
            last_hour,
        })
    }

    /// A stick visit: exports into `stats/<kiosk name>/`, then merges every kiosk
    /// folder found in `stats` into `stats` itself, so that one stick carried from kiosk
    /// to kiosk holds each kiosk's latest export and one report for all. `stats` is the
    /// stick's folder, already open; nothing below it is reached through a link, and only
    /// real folders (not links) are offered to the merge.
    pub fn export_to_stick(
        &self,
        stats: &SafeDir,
        kiosk: &str,
        now: NaiveDateTime,
    ) -> Result<StickSummary, StatsError> {
        if !export::valid_kiosk_name(kiosk) {
            return Err(StatsError::BadKioskName(kiosk.to_string()));
        }
        // A stick is not trusted: a link there could send the files anywhere on the kiosk.
        let own = stats.create_dir(export::folder_name(kiosk)).map_err(|e| match e {
            SafeFsError::Link(p) | SafeFsError::NotAFolder(p) => StatsError::BadExportDir(p),
            e => StatsError::Files(e),
        })?;
        let export = self.export_into(&own, kiosk, now)?;
        // Other folders on the stick are read within bounds and skipped by the merge,
        // each with its reason.
        let merged = super::merge::merge_stick(stats, &own, now)?;
        Ok(StickSummary { export, merged })
    }
}
