//! USB sticks: the image mounts each under `[usb] mount_dir` (default `/media/borne`);
//! the kiosk looks for a `borne/` folder on it, applies the bundles found there, writes
//! its report and statistics back, and says when the stick can be removed.

use std::path::{Path, PathBuf};

use super::install::{self, Active, Options};
use super::report::Report;

/// The folder on a stick that the kiosk reads and writes.
pub const FOLDER: &str = "borne";

/// Most bundles looked at in one visit.
const MAX_BUNDLES: usize = 16;

/// The sticks mounted under `mount_dir`: one readable folder each (`mount_dir/NAME`;
/// the image keeps an unmounted one unreadable). Marker files are not sticks.
pub fn sticks(mount_dir: &Path) -> Vec<(String, PathBuf)> {
    let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(mount_dir)
        .map(|it| {
            it.flatten()
                .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                .filter(|e| std::fs::read_dir(e.path()).is_ok())
                .map(|e| (e.file_name().to_string_lossy().to_string(), e.path()))
                .filter(|(n, _)| !n.starts_with('.'))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// Tells the image's mount helper that the kiosk is done with stick `name`: it then
/// syncs, unmounts and removes `mount_dir/NAME`, which means "you can pull it out".
pub fn mark_done(mount_dir: &Path, name: &str) -> std::io::Result<()> {
    std::fs::File::create(mount_dir.join(format!("{name}.done"))).map(|_| ())
}

/// The bundles (`*.borne`) in a stick folder, by name.
pub fn bundles(folder: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|it| {
            it.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "borne"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v.truncate(MAX_BUNDLES);
    v
}

/// Applies every bundle of `folder` in name order (an older one after a newer one is
/// refused as not newer) and returns the report; `progress(index, step, fraction)`.
pub fn apply_all(
    folder: &Path,
    opts: &Options,
    kiosk: &str,
    now: chrono::NaiveDateTime,
    progress: &mut dyn FnMut(usize, install::Step, f32),
) -> (Report, Option<install::Installed>) {
    let mut report = Report::new(kiosk, now);
    let mut opts = opts.clone();
    let mut last = None;
    for (i, b) in bundles(folder).iter().enumerate() {
        let r = install::apply(b, &opts, &mut |s, f| progress(i, s, f));
        match &r {
            Ok(ins) => {
                tracing::info!(pack = %ins.pack_id, version = %ins.version, "content installed from a USB stick");
                opts.active = Active {
                    id: ins.pack_id.clone(),
                    version: ins.version.clone(),
                    builtin: false,
                };
                last = Some(ins.clone());
            }
            Err(e) => tracing::warn!(bundle = %b.display(), code = e.code(), "bundle refused: {e}"),
        }
        report.add(b, &r);
    }
    (report, last)
}

/// What a stick visit tells the screen.
#[derive(Debug, Clone)]
pub enum StickEvent {
    /// A stick with `bundles` bundles is being read.
    Started {
        bundles: usize,
    },
    Progress {
        bundle: usize,
        step: install::Step,
        fraction: f32,
    },
    Finished(VisitOutcome),
    /// No stick is left under the mount folder.
    Removed,
}

/// The end of a visit, for the screen (the details are in the report on the stick).
#[derive(Debug, Clone, Default)]
pub struct VisitOutcome {
    pub bundles: usize,
    pub installed: Option<install::Installed>,
    /// The installed pack, opened here (off the UI thread) for the screen to show.
    pub pack: Option<std::sync::Arc<crate::content::Pack>>,
    pub refused: usize,
    pub stats_written: bool,
    pub report_written: bool,
}

/// Everything a visit needs.
#[derive(Clone)]
pub struct StickSetup {
    pub mount_dir: PathBuf,
    pub options: Options,
    pub kiosk: String,
    pub export_stats: bool,
    pub stats: Option<std::sync::Arc<crate::stats::Recorder>>,
}

/// One visit of the stick at `dir`: apply its bundles, write statistics and the report
/// into its `borne/` folder (statistics only where that folder exists), mark it done.
pub fn visit(setup: &StickSetup, name: &str, dir: &Path, on_event: &dyn Fn(StickEvent)) -> VisitOutcome {
    let folder = dir.join(FOLDER);
    let mut outcome = VisitOutcome::default();
    if folder.is_dir() {
        let found = bundles(&folder);
        outcome.bundles = found.len();
        on_event(StickEvent::Started { bundles: found.len() });
        let now = chrono::Local::now().naive_local();
        let (mut report, installed) = apply_all(&folder, &setup.options, &setup.kiosk, now, &mut |i, step, f| {
            on_event(StickEvent::Progress {
                bundle: i,
                step,
                fraction: f,
            })
        });
        outcome.refused = report.bundles.iter().filter(|b| b.refused.is_some()).count();
        if let Some(ins) = &installed {
            match crate::content::open_pack(&ins.file) {
                Ok(p) => outcome.pack = Some(std::sync::Arc::new(p)),
                Err(e) => tracing::warn!("the installed content cannot be opened: {e}"),
            }
        }
        outcome.installed = installed;
        if setup.export_stats {
            if let Some(rec) = &setup.stats {
                rec.record(crate::stats::Event::StickVisit);
                match rec.export_to_stick(&folder.join("stats"), &setup.kiosk) {
                    Ok(s) => {
                        report.stats_files = Some(s.export.files.len());
                        outcome.stats_written = true;
                        for w in &s.merged.warnings {
                            tracing::warn!("statistics merge: {w}");
                        }
                    }
                    Err(e) => {
                        tracing::warn!("statistics not written to the stick: {e}");
                        report.stats_error = Some(e.to_string());
                    }
                }
            }
        }
        match report.write_to(&folder) {
            Ok(_) => outcome.report_written = true,
            Err(e) => tracing::warn!(stick = name, "report not written (read-only or full stick?): {e}"),
        }
    }
    if let Err(e) = mark_done(&setup.mount_dir, name) {
        tracing::warn!(stick = name, "cannot mark the stick done: {e}");
    }
    on_event(StickEvent::Finished(outcome.clone()));
    outcome
}

/// Watches `setup.mount_dir` every second; visits each stick once per insertion (in a
/// blocking task: the work is disk-bound). `setup.options.active` follows what is
/// installed.
pub async fn watch<F>(setup: StickSetup, on_event: F)
where
    F: Fn(StickEvent) + Send + Sync + 'static,
{
    let on_event = std::sync::Arc::new(on_event);
    let mut setup = setup;
    let mut visited: std::collections::HashSet<String> = Default::default();
    loop {
        let now: Vec<(String, PathBuf)> = sticks(&setup.mount_dir);
        let had = !visited.is_empty();
        visited.retain(|n| now.iter().any(|(m, _)| m == n));
        if had && visited.is_empty() {
            on_event(StickEvent::Removed);
        }
        for (name, dir) in now {
            if !visited.insert(name.clone()) {
                continue;
            }
            tracing::info!(stick = %name, "USB stick found");
            let (s, ev, n) = (setup.clone(), on_event.clone(), name.clone());
            let outcome = tokio::task::spawn_blocking(move || visit(&s, &n, &dir, &*ev)).await;
            if let Ok(VisitOutcome {
                installed: Some(ins), ..
            }) = outcome
            {
                setup.options.active = Active {
                    id: ins.pack_id,
                    version: ins.version,
                    builtin: false,
                };
            }
        }
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    }
}
