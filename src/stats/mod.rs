//! Anonymous usage statistics: counters in SQLite, exported to USB sticks as CSV files
//! and a French HTML report with charts, and merged across kiosks.
//!
//! The privacy model is in `docs/privacy.md`, the exported files in
//! `docs/statistics.md`. In short: the kiosk keeps counters per hour (visits) or per
//! week (everything about needs), with no session id, no order of events and no free
//! text; what a person reads hides counts under 5.
//!
//! - [`event`]: what is counted and how coarsely it is dated
//! - [`store`]: the database ([`Store`])
//! - [`recorder`]: the UI's non-blocking handle ([`Recorder`])
//! - [`export`]: the export folder, written safely
//! - [`import`]: an export folder read back from a stick, within bounds
//! - [`merge`]: several kiosks' exports into one ([`merge()`])
//! - [`tables`]: the counts summed for people to read
//! - [`report`], [`chart`], [`suppress`]: what people read; [`titles`]: the pack's
//!   titles it names topics and results by

use std::path::PathBuf;

pub mod chart;
pub mod event;
pub mod export;
pub mod import;
pub mod merge;
pub mod recorder;
pub mod report;
mod report_housing;
pub mod store;
pub mod suppress;
pub mod tables;
pub mod titles;

#[cfg(test)]
mod tests;

pub use event::{EndReason, Event, Kind, OfferChoice, Period, TicketOutcome};
pub use merge::{merge, MergeSummary, SkipReason, Skipped, Used};
pub use recorder::Recorder;
pub use store::{ExportSummary, StickSummary, Store};

/// What can go wrong with statistics. None of it should stop the kiosk.
#[derive(Debug, thiserror::Error)]
pub enum StatsError {
    #[error("statistics database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("the statistics database was made by a newer borne (schema {found}, this one knows up to {known})")]
    TooNew { found: i64, known: i64 },
    #[error("{0} is not a folder the statistics can be written to")]
    BadExportDir(PathBuf),
    #[error(transparent)]
    Files(#[from] crate::safe_fs::SafeFsError),
    #[error("{0:?} cannot name a kiosk in statistics (1 to 64 letters, digits, spaces and -_.()',)")]
    BadKioskName(String),
    #[error("no statistics export could be merged: {0}")]
    NothingToMerge(String),
    #[error("statistics manifest: {0}")]
    Json(#[from] serde_json::Error),
    #[error("statistics chart: {0}")]
    Chart(String),
    #[error("the statistics thread has stopped")]
    RecorderStopped,
}
