//! The live preview's domain, without Slint: a pack folder read and compiled as the
//! kiosk would get it (`check`, then the compiled file, then `open_pack`), and a watcher
//! that does it again after every save, on its own thread. The window side is
//! `ui::preview`.
//!
//! Editors save in place or write a new file and rename it over the old one; both
//! change the folder, which is watched whole and recursively, so both reload. Opening
//! and reading files also produce events (the reload reads the folder): those are left
//! out, or every reload would start the next one.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use notify_debouncer_full::notify::{EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult, Debouncer, RecommendedCache};

use crate::content::{self, Pack, Report};

/// How long the folder must stay quiet before a reload: an editor's save (write, then
/// rename, then attributes) is one reload, and well under a second.
pub const QUIET: Duration = Duration::from_millis(120);

/// One reading of the folder.
#[derive(Debug)]
pub struct Outcome {
    /// Every problem `borne content check` would report, in file and line order.
    pub report: Report,
    /// The pack as the kiosk would show it; `None` when the report has errors or the
    /// compiled file could not be written or read back (`failure`).
    pub pack: Option<Arc<Pack>>,
    /// Why a pack without errors still could not be compiled or opened.
    pub failure: Option<String>,
    /// When the first change of this reload happened (`None` for the first reading).
    pub changed_at: Option<Instant>,
}

/// Reads `dir` as `borne content check` does and, when it has no error, compiles it into
/// `out` and opens that file as the kiosk opens an installed pack.
pub fn load(dir: &Path, out: &Path) -> Outcome {
    let (src, report) = content::check_dir(dir);
    let mut outcome = Outcome {
        report,
        pack: None,
        failure: None,
        changed_at: None,
    };
    if outcome.report.has_errors() {
        return outcome;
    }
    let pack = content::compile::to_model(&src);
    match content::compile_pack(&pack, out) {
        Ok(()) => match content::open_pack(out) {
            Ok(p) => outcome.pack = Some(Arc::new(p)),
            Err(e) => outcome.failure = Some(e.to_string()),
        },
        Err(e) => outcome.failure = Some(e.to_string()),
    }
    outcome
}

/// Watches a pack folder; reloads stop when it is dropped.
pub struct Watcher {
    _debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
    scratch: PathBuf,
}

impl Drop for Watcher {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.scratch);
    }
}

/// Reads `dir` once, then again after every change in it, on a thread of its own;
/// each reading is handed to `deliver` on that thread. Compiled files go to a private
/// folder outside `dir`, removed with the returned watcher.
pub fn watch(
    dir: &Path,
    deliver: impl Fn(Outcome) + Send + 'static,
) -> Result<Watcher, notify_debouncer_full::notify::Error> {
    let scratch = std::env::temp_dir().join(format!("borne-preview-{}", std::process::id()));
    std::fs::create_dir_all(&scratch)?;
    let (tx, rx) = std::sync::mpsc::channel::<DebounceEventResult>();
    let mut debouncer = new_debouncer(QUIET, None, tx)?;
    debouncer.watch(dir, RecursiveMode::Recursive)?;
    let (dir, out_dir) = (dir.to_path_buf(), scratch.clone());
    std::thread::Builder::new()
        .name("borne-preview".into())
        .spawn(move || reload_loop(&dir, &out_dir, &rx, &deliver))?;
    Ok(Watcher {
        _debouncer: debouncer,
        scratch,
    })
}

/// The watcher thread: a first reading, then one per batch of changes, until the
/// debouncer is dropped (its sender closes the channel).
fn reload_loop(
    dir: &Path,
    out_dir: &Path,
    rx: &std::sync::mpsc::Receiver<DebounceEventResult>,
    deliver: &dyn Fn(Outcome),
) {
    let mut n = 0u64;
    let mut changed_at = None;
    loop {
        n += 1;
        // Each reading its own file: the pack on screen keeps the one it was read from
        // (recordings are read from it when spoken); older ones go.
        let out = out_dir.join(format!("pack-{n}.sqlite"));
        let mut outcome = load(dir, &out);
        outcome.changed_at = changed_at;
        deliver(outcome);
        if n > 2 {
            let _ = std::fs::remove_file(out_dir.join(format!("pack-{}.sqlite", n - 2)));
        }
        changed_at = None;
        // Wait for a change; batches that arrived meanwhile are taken together.
        while changed_at.is_none() {
            let Ok(first) = rx.recv() else { return };
            for batch in std::iter::once(first).chain(rx.try_iter()) {
                changed_at = earliest(changed_at, first_change(batch));
            }
        }
    }
}

fn earliest(a: Option<Instant>, b: Option<Instant>) -> Option<Instant> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// When the first change of a batch happened; `None` when it only read files. A
/// watcher error (events lost) counts as a change now: reading again is the safe side.
fn first_change(batch: DebounceEventResult) -> Option<Instant> {
    match batch {
        Ok(events) => events
            .iter()
            .filter(|e| !matches!(e.event.kind, EventKind::Access(_)))
            .filter(|e| e.event.paths.iter().any(|p| !is_scratch_file(p)))
            .map(|e| e.time)
            .min(),
        Err(errors) => {
            for e in errors {
                tracing::warn!("watching the pack folder: {e}");
            }
            Some(Instant::now())
        }
    }
}

/// An editor's swap or backup file, which says nothing about the pack: vim's `.swp`,
/// emacs' `#x#` and `x~`, hidden files.
fn is_scratch_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    name.starts_with('.') || name.starts_with('#') || name.ends_with('~') || name.ends_with(".swp")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_scratch_files_are_not_changes() {
        for p in [".home.toml.swp", "#fr.ftl#", "fr.ftl~", "x.swp", ".goutputstream-ABC"] {
            assert!(is_scratch_file(Path::new("nodes").join(p).as_path()), "{p}");
        }
        for p in ["home.toml", "fr.ftl", "pack.toml"] {
            assert!(!is_scratch_file(Path::new("locales").join(p).as_path()), "{p}");
        }
    }

    #[test]
    fn a_reading_that_only_opened_files_is_no_change() {
        use notify_debouncer_full::notify::event::{AccessKind, AccessMode, Event, ModifyKind};
        use notify_debouncer_full::DebouncedEvent;
        let t0 = Instant::now();
        let ev = |kind, path: &str, t| DebouncedEvent::new(Event::new(kind).add_path(PathBuf::from(path)), t);
        let read = ev(
            EventKind::Access(AccessKind::Close(AccessMode::Read)),
            "a/pack.toml",
            t0,
        );
        assert_eq!(first_change(Ok(vec![read])), None);
        let later = t0 + Duration::from_millis(5);
        let saved = ev(EventKind::Modify(ModifyKind::Any), "a/locales/fr.ftl", later);
        let swap = ev(EventKind::Modify(ModifyKind::Any), "a/locales/.fr.ftl.swp", t0);
        assert_eq!(first_change(Ok(vec![swap, saved])), Some(later));
    }
}
