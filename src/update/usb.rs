//! USB sticks: the image mounts each under `[usb] mount_dir` (default `/media/borne`);
//! the kiosk looks for a `borne/` folder on it, applies the bundles found there, writes
//! its report and statistics back, and says when the stick can be removed.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use super::install::{self, Active, Options};
use super::report::Report;
use super::token;
use crate::safe_fs::{EntryKind, SafeDir, SafeFsError};

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
/// The marker is created without following a link.
pub fn mark_done(mount_dir: &Path, name: &str) -> Result<(), SafeFsError> {
    SafeDir::open_following(mount_dir)?.touch(format!("{name}.done"))
}

/// The bundles (`*.borne`) in a stick folder, by name. Links and other non-files named
/// so are listed too, so that the report says why they are refused.
pub fn bundles(folder: &SafeDir) -> Vec<OsString> {
    let entries = match folder.entries() {
        Ok(e) => e,
        Err(e) => {
            tracing::warn!("the stick's folder cannot be listed: {e}");
            return vec![];
        }
    };
    let mut v: Vec<OsString> = entries
        .into_iter()
        .filter(|e| e.kind != EntryKind::Folder)
        .filter(|e| Path::new(&e.name).extension().is_some_and(|x| x == "borne"))
        .map(|e| e.name)
        .collect();
    v.sort();
    v.truncate(MAX_BUNDLES);
    v
}

/// Applies every bundle of `folder` in name order (an older one after a newer one is
/// refused as not newer) and returns the report; `progress(index, step, fraction)`.
pub fn apply_all(
    folder: &SafeDir,
    opts: &Options,
    kiosk: &str,
    now: chrono::NaiveDateTime,
    progress: &mut dyn FnMut(usize, install::Step, f32),
) -> (Report, Option<install::Installed>) {
    let mut report = Report::new(kiosk, now);
    let mut opts = opts.clone();
    let mut last = None;
    for (i, name) in bundles(folder).iter().enumerate() {
        let r = install::apply_from(folder, name, &opts, &mut |s, f| progress(i, s, f));
        let b = folder.join(name);
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
        report.add(&b, &r);
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

/// One visit of the stick at `dir`: apply its bundles, write statistics (on an
/// operator's stick only) and the report into its `borne/` folder, mark it done.
/// Nothing on the stick is reached through a link.
pub fn visit(setup: &StickSetup, name: &str, dir: &Path, on_event: &dyn Fn(StickEvent)) -> VisitOutcome {
    let mut outcome = VisitOutcome::default();
    let mut opened = true;
    match SafeDir::open(dir).and_then(|root| root.open_dir(FOLDER)) {
        Ok(folder) => visit_folder(setup, name, &folder, on_event, &mut outcome),
        Err(e) if e.is_not_found() => {}
        Err(e) => {
            opened = false;
            tracing::warn!(stick = name, "the stick's folder is not used: {e}");
        }
    }
    if let Err(e) = mark_done(&setup.mount_dir, name) {
        tracing::warn!(stick = name, "cannot mark the stick done: {e}");
    }
    // For the maintenance screen: the time and the outcome, nothing from the stick.
    crate::diagnostics::usb_visits::remember(&setup.options.data_dir, &outcome, opened);
    on_event(StickEvent::Finished(outcome.clone()));
    outcome
}

fn visit_folder(
    setup: &StickSetup,
    name: &str,
    folder: &SafeDir,
    on_event: &dyn Fn(StickEvent),
    outcome: &mut VisitOutcome,
) {
    outcome.bundles = bundles(folder).len();
    on_event(StickEvent::Started {
        bundles: outcome.bundles,
    });
    let now = chrono::Local::now().naive_local();
    let (mut report, installed) = apply_all(folder, &setup.options, &setup.kiosk, now, &mut |i, step, f| {
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
            outcome.stats_written = export_stats(setup, rec, folder, &mut report);
        }
    }
    match report.write_to(folder) {
        Ok(_) => outcome.report_written = true,
        Err(e) => tracing::warn!(stick = name, "report not written (read-only or full stick?): {e}"),
    }
}

/// Writes the statistics into `borne/stats/` if the stick is the operator's (its token
/// verifies against the trusted keys); otherwise the report says why not.
fn export_stats(setup: &StickSetup, rec: &crate::stats::Recorder, folder: &SafeDir, report: &mut Report) -> bool {
    if let Err(why) = token::check(folder, &setup.options.trusted_keys) {
        tracing::info!(code = why.code(), "statistics not copied to this stick: {why}");
        report.refuse_stats(&why);
        return false;
    }
    let result = folder
        .create_dir("stats")
        .map_err(crate::stats::StatsError::from)
        .and_then(|stats| rec.export_to_stick(stats, &setup.kiosk));
    match result {
        Ok(s) => {
            report.stats_files = Some(s.export.files.len());
            for w in &s.merged.warnings {
                tracing::warn!("statistics merge: {w}");
            }
            true
        }
        Err(e) => {
            tracing::warn!("statistics not written to the stick: {e}");
            report.stats_error = Some(e.to_string());
            false
        }
    }
}

/// What tells a mounted stick from the one mounted before it under the same name. The
/// name alone does not (a stick pulled out and another plugged in during a visit, or
/// between two looks, is `sda1` again), nor do the device number and root inode (`sda1`
/// keeps its device number, and FAT and exFAT number their root 1): the mount's id does,
/// and so does the tag the image's mount helper writes beside it (`NAME.id`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StickId {
    dev: (u32, u32),
    ino: u64,
    mount: u64,
    tag: Option<String>,
}

/// `STATX_MNT_ID_UNIQUE` (Linux 6.8): a mount id never reused, unlike `STATX_MNT_ID`.
const STATX_MNT_ID_UNIQUE: u32 = 0x4000;

/// The identity of the stick mounted at `mount_dir/name`, if it can be read.
pub fn identity(mount_dir: &Path, name: &str) -> Option<StickId> {
    use rustix::fs::StatxFlags;
    let root = SafeDir::open(&mount_dir.join(name)).ok()?;
    let mask = StatxFlags::INO | StatxFlags::MNT_ID | StatxFlags::from_bits_retain(STATX_MNT_ID_UNIQUE);
    let st = root.statx(mask).ok()?;
    let tag = SafeDir::open_following(mount_dir)
        .and_then(|m| m.read(format!("{name}.id"), 512))
        .ok()
        .map(|t| String::from_utf8_lossy(&t).trim().to_string());
    Some(StickId {
        dev: (st.stx_dev_major, st.stx_dev_minor),
        ino: st.stx_ino,
        mount: st.stx_mnt_id,
        tag,
    })
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
    let mut visited: std::collections::HashMap<String, StickId> = Default::default();
    loop {
        let now: Vec<(String, PathBuf, Option<StickId>)> = sticks(&setup.mount_dir)
            .into_iter()
            .map(|(n, p)| {
                let id = identity(&setup.mount_dir, &n);
                (n, p, id)
            })
            .collect();
        let had = !visited.is_empty();
        // A stick stays visited while its name is there and its identity, when it can be
        // read, is the same.
        visited.retain(|n, id| now.iter().any(|(m, _, i)| m == n && i.as_ref().is_none_or(|i| i == id)));
        if had && visited.is_empty() {
            on_event(StickEvent::Removed);
        }
        for (name, dir, id) in now {
            // A stick whose identity cannot be read now is looked at again next time.
            let Some(id) = id else { continue };
            if visited.get(&name) == Some(&id) {
                continue;
            }
            visited.insert(name.clone(), id);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::usb_visits::{self, Outcome};

    #[test]
    fn each_visit_is_remembered_without_the_sticks_names() {
        let tmp = tempfile::tempdir().unwrap();
        let (media, data) = (tmp.path().join("media"), tmp.path().join("data"));
        let setup = StickSetup {
            mount_dir: media.clone(),
            options: Options {
                data_dir: data.clone(),
                trusted_keys: vec![],
                accept_other_pack: false,
                active: Active {
                    id: "x".into(),
                    version: "1.0.0".into(),
                    builtin: true,
                },
                limits: Default::default(),
            },
            kiosk: "Mairie".into(),
            export_stats: false,
            stats: None,
        };
        // A stick without a borne/ folder, then one whose folder is a link.
        std::fs::create_dir_all(media.join("sda1")).unwrap();
        visit(&setup, "sda1", &media.join("sda1"), &|_| {});
        std::fs::create_dir_all(media.join("sdb1")).unwrap();
        std::os::unix::fs::symlink(tmp.path(), media.join("sdb1").join(FOLDER)).unwrap();
        visit(&setup, "sdb1", &media.join("sdb1"), &|_| {});
        let outcomes: Vec<Outcome> = usb_visits::read(&data).unwrap().iter().map(|v| v.outcome).collect();
        assert_eq!(outcomes, [Outcome::Nothing, Outcome::Unreadable]);
        let text = std::fs::read_to_string(data.join(usb_visits::FILE)).unwrap();
        assert!(
            !text.contains("sda1") && !text.contains("sdb1") && !text.contains("media"),
            "{text}"
        );
    }
}
