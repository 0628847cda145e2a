//! Recording from the UI thread without ever waiting for the disk.
//!
//! A thread named `borne-stats` owns the [`Store`]. Events arrive over a bounded
//! channel (a stuck disk must not make memory grow for months: when it is full, events
//! are dropped and counted), are stamped with the local time on arrival, and are
//! written in batches: at most every [`FLUSH_EVERY`], at [`BATCH`] pending events, and
//! when the recorder is dropped.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, SyncSender, TrySendError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;

use super::store::{ExportSummary, StickSummary, Store};
use super::{Event, StatsError};
use crate::safe_fs::SafeDir;

/// The longest an event waits before it is written.
pub const FLUSH_EVERY: Duration = Duration::from_secs(2);
/// Pending events that trigger a write at once.
pub const BATCH: usize = 200;
/// Events the channel holds before new ones are dropped.
const QUEUE: usize = 4096;
/// Pending events kept for another try while the database cannot be written.
const MAX_PENDING: usize = 10_000;
/// How long dropping the recorder waits for the last write.
const STOP_WAIT: Duration = Duration::from_secs(5);

enum Msg {
    Event(Event),
    Flush(mpsc::Sender<Result<(), StatsError>>),
    Export {
        dir: PathBuf,
        kiosk: String,
        reply: mpsc::Sender<Result<ExportSummary, StatsError>>,
    },
    StickExport {
        dir: SafeDir,
        kiosk: String,
        reply: mpsc::Sender<Result<StickSummary, StatsError>>,
    },
}

/// Non-blocking recorder for the UI thread.
pub struct Recorder {
    tx: Option<SyncSender<Msg>>,
    thread: Option<JoinHandle<()>>,
    dropped: AtomicU64,
    stopped_logged: AtomicBool,
}

fn now() -> NaiveDateTime {
    chrono::Local::now().naive_local()
}

impl Recorder {
    /// Opens the database at `path` (errors come back here) and starts the thread.
    pub fn start(path: &Path) -> Result<Recorder, StatsError> {
        let store = Store::open(path)?;
        let (tx, rx) = mpsc::sync_channel(QUEUE);
        let thread = std::thread::Builder::new()
            .name("borne-stats".into())
            .spawn(move || run(store, rx))
            .map_err(|source| StatsError::Io {
                path: path.to_path_buf(),
                source,
            })?;
        Ok(Recorder {
            tx: Some(tx),
            thread: Some(thread),
            dropped: AtomicU64::new(0),
            stopped_logged: AtomicBool::new(false),
        })
    }

    /// Counts `event`. Never blocks: if the queue is full the event is dropped.
    pub fn record(&self, event: Event) {
        let Some(tx) = &self.tx else { return };
        match tx.try_send(Msg::Event(event)) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => {
                let n = self.dropped.fetch_add(1, Ordering::Relaxed) + 1;
                // Once, then now and then: a log line per event would flood the journal.
                if n == 1 || n % 1000 == 0 {
                    tracing::warn!(dropped = n, "statistics queue full, events dropped");
                }
            }
            Err(TrySendError::Disconnected(_)) => {
                if !self.stopped_logged.swap(true, Ordering::Relaxed) {
                    tracing::error!("statistics thread has stopped; events are not counted");
                }
            }
        }
    }

    /// Events dropped because the queue was full.
    pub fn dropped(&self) -> u64 {
        self.dropped.load(Ordering::Relaxed)
    }

    fn ask<T>(&self, make: impl FnOnce(mpsc::Sender<Result<T, StatsError>>) -> Msg) -> Result<T, StatsError> {
        let tx = self.tx.as_ref().ok_or(StatsError::RecorderStopped)?;
        let (reply, answer) = mpsc::channel();
        tx.send(make(reply)).map_err(|_| StatsError::RecorderStopped)?;
        answer.recv().map_err(|_| StatsError::RecorderStopped)?
    }

    /// Writes the pending events now (blocking).
    pub fn flush(&self) -> Result<(), StatsError> {
        self.ask(Msg::Flush)
    }

    /// Flushes pending events and runs [`Store::export`] on the stats thread, returning
    /// its result (blocking; for a background task, not the UI thread).
    pub fn export(&self, dir: &Path, kiosk: &str) -> Result<ExportSummary, StatsError> {
        self.ask(|reply| Msg::Export {
            dir: dir.to_path_buf(),
            kiosk: kiosk.to_string(),
            reply,
        })
    }

    /// Flushes pending events and runs [`Store::export_to_stick`] into the stick's open
    /// `stats` folder (blocking).
    pub fn export_to_stick(&self, stats: SafeDir, kiosk: &str) -> Result<StickSummary, StatsError> {
        self.ask(|reply| Msg::StickExport {
            dir: stats,
            kiosk: kiosk.to_string(),
            reply,
        })
    }
}

impl Drop for Recorder {
    fn drop(&mut self) {
        // Closing the channel tells the thread to write what is left and stop.
        self.tx = None;
        let Some(thread) = self.thread.take() else { return };
        let deadline = Instant::now() + STOP_WAIT;
        while !thread.is_finished() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
        if thread.is_finished() {
            let _ = thread.join();
        } else {
            // A disk that hangs must not hang the program's exit: the thread is left.
            tracing::warn!("statistics thread did not stop in time");
        }
    }
}

/// The stats thread: collects events and writes them in batches.
fn run(mut store: Store, rx: Receiver<Msg>) {
    let mut pending: Vec<(NaiveDateTime, Event)> = Vec::new();
    let mut since: Option<Instant> = None;
    loop {
        let msg = match since {
            Some(t) => rx.recv_timeout(FLUSH_EVERY.saturating_sub(t.elapsed())),
            None => rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
        };
        match msg {
            Ok(Msg::Event(e)) => {
                pending.push((now(), e));
                since.get_or_insert_with(Instant::now);
                if pending.len() >= BATCH {
                    since = write(&mut store, &mut pending).err().map(|_| Instant::now());
                }
            }
            Ok(Msg::Flush(reply)) => {
                let r = write(&mut store, &mut pending);
                since = r.as_ref().err().map(|_| Instant::now());
                let _ = reply.send(r);
            }
            Ok(Msg::Export { dir, kiosk, reply }) => {
                since = write(&mut store, &mut pending).err().map(|_| Instant::now());
                let _ = reply.send(store.export(&dir, &kiosk, now()));
            }
            Ok(Msg::StickExport { dir, kiosk, reply }) => {
                since = write(&mut store, &mut pending).err().map(|_| Instant::now());
                let _ = reply.send(store.export_to_stick(&dir, &kiosk, now()));
            }
            Err(RecvTimeoutError::Timeout) => {
                since = write(&mut store, &mut pending).err().map(|_| Instant::now());
            }
            Err(RecvTimeoutError::Disconnected) => {
                let _ = write(&mut store, &mut pending);
                return;
            }
        }
    }
}

/// Writes the pending events in one transaction. On failure they are kept for the next
/// try, up to [`MAX_PENDING`]; past that they are given up (a full disk may last).
fn write(store: &mut Store, pending: &mut Vec<(NaiveDateTime, Event)>) -> Result<(), StatsError> {
    if pending.is_empty() {
        return Ok(());
    }
    match store.record_batch(pending.iter().map(|(at, e)| (*at, e))) {
        Ok(()) => {
            pending.clear();
            Ok(())
        }
        Err(e) => {
            tracing::error!(error = %e, pending = pending.len(), "statistics could not be written");
            if pending.len() > MAX_PENDING {
                tracing::error!(lost = pending.len(), "statistics given up");
                pending.clear();
            }
            Err(e)
        }
    }
}
