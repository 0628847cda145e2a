//! Many screens drawn into PNG files at once, for `borne content proof`: the headless
//! renderer of `borne screenshot` ([`super::headless`]) on a few worker threads.
//!
//! Slint keeps its platform per thread, so each worker installs its own headless
//! platform and keeps one [`Stage`] (window and controller) for all its shots; the
//! workers take the next job from a shared counter until none is left or one fails.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use super::headless::{Headless, Shot, ShotError, Stage};
use crate::config::Config;
use crate::content::Pack;

/// One screen to draw and the file it goes to.
pub struct Job {
    pub shot: Shot,
    pub out: PathBuf,
}

/// How the screens are drawn.
pub struct Batch<'a> {
    pub pack: Arc<Pack>,
    pub config: &'a Config,
    /// The kiosk's layout size (1080 × 1920 portrait).
    pub width: u32,
    pub height: u32,
    /// Images at this fraction of the layout size (0.5: half size).
    pub scale: f32,
    /// Worker threads (at least one).
    pub threads: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    #[error(transparent)]
    Shot(#[from] ShotError),
    #[error("{path}: {error}")]
    Write { path: PathBuf, error: String },
}

/// Draws every job into its file; `progress` is told how many are done after each one
/// (from any worker). Stops at the first failure and returns it.
pub fn draw_all(batch: &Batch<'_>, jobs: &[Job], progress: &(dyn Fn(usize) + Sync)) -> Result<(), BatchError> {
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let first_error: Mutex<Option<BatchError>> = Mutex::new(None);
    let threads = batch.threads.clamp(1, jobs.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                let outcome = work(batch, jobs, &next, &failed, &mut || {
                    progress(done.fetch_add(1, Ordering::Relaxed) + 1);
                });
                if let Err(e) = outcome {
                    failed.store(true, Ordering::Relaxed);
                    if let Ok(mut slot) = first_error.lock() {
                        slot.get_or_insert(e);
                    }
                }
            });
        }
    });
    first_error
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .map_or(Ok(()), Err)
}

/// One worker: its own platform and stage, jobs taken until none is left.
fn work(
    batch: &Batch<'_>,
    jobs: &[Job],
    next: &AtomicUsize,
    failed: &AtomicBool,
    one_done: &mut dyn FnMut(),
) -> Result<(), BatchError> {
    let headless = Headless::install().map_err(ShotError::from)?;
    let mut stage =
        Stage::new(&headless, batch.pack.clone(), batch.config, batch.width, batch.height).with_scale(batch.scale);
    loop {
        let i = next.fetch_add(1, Ordering::Relaxed);
        let Some(job) = jobs.get(i) else {
            return Ok(());
        };
        if failed.load(Ordering::Relaxed) {
            return Ok(());
        }
        let img = stage.shoot(&job.shot)?;
        let write_error = |error: String| BatchError::Write {
            path: job.out.clone(),
            error,
        };
        if let Some(dir) = job.out.parent() {
            std::fs::create_dir_all(dir).map_err(|e| write_error(e.to_string()))?;
        }
        img.save(&job.out).map_err(|e| write_error(e.to_string()))?;
        one_done();
    }
}
