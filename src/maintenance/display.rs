//! A screen rotation or touch calibration tried from the maintenance screen, kept only
//! if the technician confirms it, as screen-resolution dialogs do.
//!
//! The kiosk runs as an unprivileged user and cannot change udev's touch matrix nor
//! the rotation of a running window; the image's `borne-display` (root, run before each
//! start of the kiosk) does. So a change travels through files in the data folder:
//!
//! 1. "Apply" writes [`TRIAL`] and restarts the app;
//! 2. `borne-display` renames it [`ACTIVE`] and applies it (a trial lasts one start);
//! 3. the kiosk, finding [`ACTIVE`], asks "Keep?" for 15 s: a tap renames it [`KEPT`];
//!    no tap, or "Undo", removes it and restarts, and `borne-display` applies the kept
//!    setting (or `borne.toml`'s) again. A crash during the trial reverts the same way,
//!    since `borne-display` drops an [`ACTIVE`] it finds left over.
//!
//! The files are `key=value` lines (`rotation=90`, `matrix=a b c d e f`), read by the
//! shell script as well.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::calibration::Matrix;

/// A setting proposed by "Apply", waiting for the restart.
pub const TRIAL: &str = "display-trial";
/// The setting on trial in this run of the kiosk.
pub const ACTIVE: &str = "display-trial.active";
/// A setting confirmed by a technician: wins over `borne.toml` at every start.
pub const KEPT: &str = "display-kept";
/// What `borne-display` applied for this run (in the runtime folder).
pub const IN_FORCE: &str = "display";
/// The image's runtime folder, where `borne-display` writes [`IN_FORCE`].
pub const RUN_DIR: &str = "/run/borne";
/// How long "Keep?" waits for a tap.
pub const CONFIRM_WITHIN: Duration = Duration::from_secs(15);

/// A screen rotation and the touch matrix that goes with it.
#[derive(Debug, Clone, PartialEq)]
pub struct DisplaySetting {
    /// Clockwise, 0, 90, 180 or 270.
    pub rotation: u32,
    pub matrix: Matrix,
}

#[derive(Debug, thiserror::Error)]
pub enum DisplayError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
}

impl DisplaySetting {
    /// The file's text.
    pub fn to_text(&self) -> String {
        format!("rotation={}\nmatrix={}\n", self.rotation, self.matrix.to_udev())
    }

    /// Reads the file's text; `None` when a value is missing or wrong.
    pub fn parse(text: &str) -> Option<DisplaySetting> {
        let mut rotation = None;
        let mut matrix = None;
        for line in text.lines() {
            match line.trim().split_once('=') {
                Some(("rotation", v)) => {
                    rotation = v.trim().parse::<u32>().ok().filter(|r| [0, 90, 180, 270].contains(r))
                }
                Some(("matrix", v)) => matrix = Matrix::parse(v.trim()).ok(),
                _ => {}
            }
        }
        Some(DisplaySetting {
            rotation: rotation?,
            matrix: matrix?,
        })
    }

    /// The next rotation clockwise, with its plain touch matrix (a calibration made at
    /// another rotation does not hold).
    pub fn rotated(&self) -> Option<DisplaySetting> {
        let rotation = (self.rotation + 90) % 360;
        Some(DisplaySetting {
            rotation,
            matrix: Matrix::rotation(rotation).ok()?,
        })
    }
}

fn read(path: &Path) -> Option<DisplaySetting> {
    // A few lines: anything larger is not ours.
    let meta = std::fs::metadata(path).ok()?;
    if meta.len() > 4096 {
        return None;
    }
    DisplaySetting::parse(&std::fs::read_to_string(path).ok()?)
}

fn write(path: &Path, s: &DisplaySetting) -> Result<(), DisplayError> {
    let tmp = path.with_extension("tmp");
    let io = |source| DisplayError::Io {
        path: path.to_path_buf(),
        source,
    };
    std::fs::write(&tmp, s.to_text()).map_err(io)?;
    std::fs::rename(&tmp, path).map_err(io)
}

/// What is in force now: what `borne-display` wrote, else the rotation of the settings
/// with its plain matrix (a desktop, a test).
pub fn in_force(run_dir: &Path, rotation: u32) -> DisplaySetting {
    read(&run_dir.join(IN_FORCE)).unwrap_or_else(|| DisplaySetting {
        rotation,
        matrix: Matrix::rotation(rotation).unwrap_or(Matrix::IDENTITY),
    })
}

/// Whether this machine applies display settings (the image's `borne-display` ran).
pub fn applies(run_dir: &Path) -> bool {
    run_dir.join(IN_FORCE).is_file()
}

/// "Apply": the setting to try at the next start.
pub fn propose(data_dir: &Path, s: &DisplaySetting) -> Result<(), DisplayError> {
    write(&data_dir.join(TRIAL), s)
}

/// The setting on trial in this run, if any.
pub fn on_trial(data_dir: &Path) -> Option<DisplaySetting> {
    read(&data_dir.join(ACTIVE))
}

/// "Keep": the trial becomes the kept setting.
pub fn keep(data_dir: &Path) -> Result<(), DisplayError> {
    let from = data_dir.join(ACTIVE);
    std::fs::rename(&from, data_dir.join(KEPT)).map_err(|source| DisplayError::Io { path: from, source })
}

/// "Undo", or no tap in time: the trial is dropped (the restart that follows applies
/// the kept setting again).
pub fn undo(data_dir: &Path) -> Result<(), DisplayError> {
    let path = data_dir.join(ACTIVE);
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(DisplayError::Io { path, source }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_setting_reads_back_and_refuses_nonsense() {
        let s = DisplaySetting {
            rotation: 90,
            matrix: Matrix::rotation(90).expect("rotation"),
        };
        assert_eq!(DisplaySetting::parse(&s.to_text()), Some(s.clone()));
        assert_eq!(DisplaySetting::parse("rotation=45\nmatrix=1 0 0 0 1 0"), None);
        assert_eq!(DisplaySetting::parse("rotation=0\nmatrix=1 0"), None);
        assert_eq!(s.rotated().map(|r| r.rotation), Some(180));
        assert_eq!(
            s.rotated()
                .and_then(|r| r.rotated())
                .and_then(|r| r.rotated())
                .map(|r| r.rotation),
            Some(0)
        );
    }

    #[test]
    fn a_trial_is_kept_or_dropped() {
        let d = tempfile::tempdir().expect("tmp");
        let s = DisplaySetting {
            rotation: 180,
            matrix: Matrix::rotation(180).expect("rotation"),
        };
        propose(d.path(), &s).expect("propose");
        assert!(on_trial(d.path()).is_none(), "not on trial before the restart");
        // What borne-display does at the next start.
        std::fs::rename(d.path().join(TRIAL), d.path().join(ACTIVE)).expect("start");
        assert_eq!(on_trial(d.path()), Some(s.clone()));
        keep(d.path()).expect("keep");
        assert!(on_trial(d.path()).is_none());
        assert_eq!(read(&d.path().join(KEPT)), Some(s));
        undo(d.path()).expect("nothing to undo is fine");
        assert_eq!(
            in_force(d.path(), 90).rotation,
            90,
            "no runtime file: the settings' rotation"
        );
    }
}
