//! Recording from the UI thread without ever waiting for the disk.
//!
//! A thread named `borne-stats` owns the [`Store`]. Events arrive over a bounded
//! channel (a stuck disk must not make memory grow for months: when it is full, events
//! are dropped and counted), are stamped with the local time on arrival, and are
//! written in batches: at most every [`FLUSH_EVERY`], at [`BATCH`] pending events, and
//! when the recorder is dropped. Counters past retention are deleted when the database
//! is opened and then every [`PURGE_EVERY`]: a kiosk may run for months without a restart.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, SyncSender, TrySendError};
use std::sync::Arc;
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
/// How often counters past retention are deleted while the recorder runs.
pub const PURGE_EVERY: Duration = Duration::from_secs(24 * 60 * 60);

/// The local time as the recorder reads it: it dates events and the retention period.
pub type Clock = Arc<dyn Fn() -> NaiveDateTime + Send + Sync>;

/// The recorder's clock and how often it purges (tests set both).
#[derive(Clone)]
pub struct Schedule {
    pub clock: Clock,
    pub purge_every: Duration,
}

impl Default for Schedule {
    fn default() -> Self {
        Schedule {
            clock: Arc::new(now),
            purge_every: PURGE_EVERY,
        }
    }
}

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
        Recorder::start_with(path, Schedule::default())
    }

    /// [`Recorder::start`] with the given clock and purge period.
    pub fn start_with(path: &Path, schedule: Schedule) -> Result<Recorder, StatsError> {
        let store = Store::open_at(path, (schedule.clock)())?;
        let (tx, rx) = mpsc::sync_channel(QUEUE);
        let worker = Worker::new(store, schedule);
        let thread = std::thread::Builder::new()
            .name("borne-stats".into())
            .spawn(move || worker.run(rx))
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

/// The stats thread's state: the store, events not yet written, and its two clocks.
struct Worker {
    store: Store,
    pending: Vec<(NaiveDateTime, Event)>,
    /// Since when events have been waiting (or a failed write waits to be tried again).
    since: Option<Instant>,
    schedule: Schedule,
    /// When to purge next; `None` when the period is too long to count.
    next_purge: Option<Instant>,
}

impl Worker {
    fn new(store: Store, schedule: Schedule) -> Worker {
        let next_purge = Instant::now().checked_add(schedule.purge_every);
        Worker {
            store,
            pending: Vec::new(),
            since: None,
            schedule,
            next_purge,
        }
    }

    /// Collects events and writes them in batches, and purges on time, until the
    /// recorder is dropped.
    fn run(mut self, rx: Receiver<Msg>) {
        loop {
            let msg = match self.wait() {
                Some(d) => rx.recv_timeout(d),
                None => rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
            };
            match msg {
                Ok(Msg::Event(e)) => {
                    self.pending.push(((self.schedule.clock)(), e));
                    self.since.get_or_insert_with(Instant::now);
                    if self.pending.len() >= BATCH {
                        self.write();
                    }
                }
                Ok(Msg::Flush(reply)) => {
                    let r = write(&mut self.store, &mut self.pending);
                    self.since = r.as_ref().err().map(|_| Instant::now());
                    let _ = reply.send(r);
                }
                Ok(Msg::Export { dir, kiosk, reply }) => {
                    self.write();
                    let _ = reply.send(self.store.export(&dir, &kiosk, (self.schedule.clock)()));
                }
                Ok(Msg::StickExport { dir, kiosk, reply }) => {
                    self.write();
                    let _ = reply.send(self.store.export_to_stick(&dir, &kiosk, (self.schedule.clock)()));
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => {
                    let _ = write(&mut self.store, &mut self.pending);
                    return;
                }
            }
            self.on_time();
        }
    }

    /// How long to wait for a message before there is something to do; `None`: nothing
    /// is due.
    fn wait(&self) -> Option<Duration> {
        let flush = self.since.map(|t| FLUSH_EVERY.saturating_sub(t.elapsed()));
        let purge = self.next_purge.map(|t| t.saturating_duration_since(Instant::now()));
        match (flush, purge) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Writes events that have waited long enough, and purges when it is time.
    fn on_time(&mut self) {
        if self.since.is_some_and(|t| t.elapsed() >= FLUSH_EVERY) {
            self.write();
        }
        if self.next_purge.is_some_and(|t| Instant::now() >= t) {
            // A failure is logged; the next try is a period later.
            if let Err(e) = self.store.purge((self.schedule.clock)()) {
                tracing::error!(error = %e, "old statistics could not be deleted");
            }
            self.next_purge = Instant::now().checked_add(self.schedule.purge_every);
        }
    }

    /// Writes the pending events; on failure, tries again after [`FLUSH_EVERY`].
    fn write(&mut self) {
        self.since = write(&mut self.store, &mut self.pending).err().map(|_| Instant::now());
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
