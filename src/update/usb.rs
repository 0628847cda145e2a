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

/// The `borne/` folders of the sticks under `mount_dir`: `mount_dir/borne` (one stick
/// mounted right there) and `mount_dir/*/borne` (one folder per stick).
pub fn stick_folders(mount_dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![];
    let direct = mount_dir.join(FOLDER);
    if direct.is_dir() {
        out.push(direct);
    }
    if let Ok(entries) = std::fs::read_dir(mount_dir) {
        let mut subs: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path().join(FOLDER))
            .filter(|p| p.is_dir())
            .collect();
        subs.sort();
        out.extend(subs);
    }
    out
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
