//! The last USB stick visits, for the content panel: when, and how each ended.
//!
//! Nothing from the stick is kept (no name, path, bundle or pack from it): a visit is
//! its local time and an [`Outcome`] word. The last [`KEPT`] visits are kept in
//! `DATA/usb-visits.json`, replaced whole by a synced temporary file and a rename, so a
//! power cut leaves the old list or the new one. `update::usb::visit` adds one at the
//! end of each visit; a history that cannot be written costs a warning, not the visit.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use chrono::{NaiveDateTime, Timelike as _};
use serde::{Deserialize, Serialize};

use super::{Reading, Unknown};
use crate::update::usb::VisitOutcome;

/// The history file in the data folder.
pub const FILE: &str = "usb-visits.json";
/// Visits kept.
pub const KEPT: usize = 20;
/// The largest history file read (20 visits take about 1 KiB).
const MAX_FILE: u64 = 64 * 1024;
const TIME_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";

/// How a visit ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// New content was installed.
    Installed,
    /// Bundles were there, and all were refused (the report on the stick says why).
    Refused,
    /// No bundle; the statistics were written to the operator's stick.
    StatsOnly,
    /// Nothing to do: no `borne/` folder, or nothing in it for the kiosk.
    Nothing,
    /// The stick's `borne/` folder could not be opened (a link, a damaged stick).
    Unreadable,
}

impl Outcome {
    /// The outcome of a visit; `opened`: its `borne/` folder was opened, or is absent.
    pub fn of(visit: &VisitOutcome, opened: bool) -> Outcome {
        if !opened {
            Outcome::Unreadable
        } else if visit.installed.is_some() {
            Outcome::Installed
        } else if visit.refused > 0 {
            Outcome::Refused
        } else if visit.stats_written {
            Outcome::StatsOnly
        } else {
            Outcome::Nothing
        }
    }

    /// A stable word for the UI's Fluent keys.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Installed => "installed",
            Outcome::Refused => "refused",
            Outcome::StatsOnly => "stats-only",
            Outcome::Nothing => "nothing",
            Outcome::Unreadable => "unreadable",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visit {
    /// Local time the visit ended.
    pub at: NaiveDateTime,
    pub outcome: Outcome,
}

/// The panel: the last visits, newest first.
#[derive(Debug, Clone, PartialEq)]
pub struct UsbVisits {
    pub sample: bool,
    pub visits: Reading<Vec<Visit>>,
}

#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("the USB visit history is not valid: {0}")]
    Json(#[from] serde_json::Error),
}

/// The file's form: oldest first.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Stored {
    visits: Vec<StoredVisit>,
}

#[derive(Debug, Serialize, Deserialize)]
struct StoredVisit {
    at: String,
    outcome: Outcome,
}

/// The panel from the data folder; no file yet is no visit yet.
pub fn gather(data_dir: &Path) -> UsbVisits {
    let visits = match read(data_dir) {
        Ok(mut v) => {
            v.reverse();
            Reading::Known(v)
        }
        Err(HistoryError::Io { source, .. }) => Reading::Unknown(Unknown::of_io(&source)),
        Err(HistoryError::Json(_)) => Reading::Unknown(Unknown::Unreadable),
    };
    UsbVisits { sample: false, visits }
}

/// The kept visits, oldest first; none if there is no history yet. Entries whose time
/// cannot be read are left out.
pub fn read(data_dir: &Path) -> Result<Vec<Visit>, HistoryError> {
    let path = data_dir.join(FILE);
    let io = |source| HistoryError::Io {
        path: path.clone(),
        source,
    };
    let mut text = String::new();
    match std::fs::File::open(&path) {
        Ok(f) => f.take(MAX_FILE).read_to_string(&mut text).map_err(io)?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io(e)),
    };
    let stored: Stored = serde_json::from_str(&text)?;
    Ok(stored
        .visits
        .into_iter()
        .filter_map(|v| {
            let at = NaiveDateTime::parse_from_str(&v.at, TIME_FORMAT).ok()?;
            Some(Visit { at, outcome: v.outcome })
        })
        .collect())
}

/// Adds `visit` and keeps the last [`KEPT`]. A damaged history is started again.
pub fn record(data_dir: &Path, visit: Visit) -> Result<(), HistoryError> {
    let mut visits = read(data_dir).unwrap_or_default();
    visits.push(visit);
    let drop = visits.len().saturating_sub(KEPT);
    visits.drain(..drop);
    let stored = Stored {
        visits: visits
            .iter()
            .map(|v| StoredVisit {
                at: v.at.format(TIME_FORMAT).to_string(),
                outcome: v.outcome,
            })
            .collect(),
    };
    let bytes = serde_json::to_vec_pretty(&stored)?;
    let path = data_dir.join(FILE);
    let tmp = data_dir.join(format!(".{FILE}.tmp"));
    let io = |source| HistoryError::Io {
        path: path.clone(),
        source,
    };
    std::fs::create_dir_all(data_dir).map_err(io)?;
    let mut f = std::fs::File::create(&tmp).map_err(io)?;
    f.write_all(&bytes).and_then(|_| f.sync_all()).map_err(io)?;
    std::fs::rename(&tmp, &path).map_err(io)?;
    crate::update::store::sync_dir(data_dir).map_err(io)
}

/// [`record`] now, from the end of a stick visit; a failure is only logged.
pub fn remember(data_dir: &Path, visit: &VisitOutcome, opened: bool) {
    let now = chrono::Local::now().naive_local();
    let at = now.with_nanosecond(0).unwrap_or(now);
    if let Err(e) = record(
        data_dir,
        Visit {
            at,
            outcome: Outcome::of(visit, opened),
        },
    ) {
        tracing::warn!("the USB visit is not added to the history: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minute: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 5, 4)
            .and_then(|d| d.and_hms_opt(10, minute, 0))
            .unwrap()
    }

    #[test]
    fn the_last_twenty_are_kept_newest_first() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(gather(dir.path()).visits, Reading::Known(vec![]));
        for m in 0..25 {
            let outcome = if m % 2 == 0 {
                Outcome::Installed
            } else {
                Outcome::Nothing
            };
            record(dir.path(), Visit { at: at(m), outcome }).unwrap();
        }
        let kept = read(dir.path()).unwrap();
        assert_eq!(kept.len(), KEPT);
        assert_eq!(kept[0].at, at(5));
        let shown = gather(dir.path()).visits.known().cloned().unwrap();
        assert_eq!(
            shown[0],
            Visit {
                at: at(24),
                outcome: Outcome::Installed
            }
        );
        assert!(!dir.path().join(format!(".{FILE}.tmp")).exists());
        let text = std::fs::read_to_string(dir.path().join(FILE)).unwrap();
        assert!(
            text.contains("\"2026-05-04T10:24:00\"") && text.contains("\"nothing\""),
            "{text}"
        );
    }

    #[test]
    fn a_damaged_history_is_unknown_then_started_again() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE), "{ not json").unwrap();
        assert_eq!(gather(dir.path()).visits, Reading::Unknown(Unknown::Unreadable));
        record(
            dir.path(),
            Visit {
                at: at(1),
                outcome: Outcome::Refused,
            },
        )
        .unwrap();
        assert_eq!(read(dir.path()).unwrap().len(), 1);
        std::fs::write(
            dir.path().join(FILE),
            r#"{"visits":[{"at":"yesterday","outcome":"installed"}]}"#,
        )
        .unwrap();
        assert_eq!(read(dir.path()).unwrap(), vec![]);
    }

    #[test]
    fn outcomes_of_visits() {
        let mut v = VisitOutcome::default();
        assert_eq!(Outcome::of(&v, false), Outcome::Unreadable);
        assert_eq!(Outcome::of(&v, true), Outcome::Nothing);
        v.stats_written = true;
        assert_eq!(Outcome::of(&v, true), Outcome::StatsOnly);
        v.refused = 2;
        assert_eq!(Outcome::of(&v, true), Outcome::Refused);
    }
}
