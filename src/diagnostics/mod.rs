//! What the maintenance screen shows and does, without Slint: the kiosk's identity and
//! versions, its health, its own log, the last USB visits, this week's statistics, and
//! the power actions.
//!
//! Each panel is a plain struct of values and typed states (the UI translates every
//! label through Fluent), gathered by a function that never panics: what cannot be read
//! on this machine is a [`Reading::Unknown`] with its reason, and the rest is still
//! shown. Gathering reads files and runs `systemctl` or `journalctl` with deadlines, so
//! it runs off the UI thread. On a machine without the devices, [`Diagnostics::sample`]
//! gives fixed figures marked `sample: true` (`borne screenshot --screen maintenance`).
//!
//! - [`identity`]: kiosk name, versions, image build, installed content, configuration
//! - [`health`]: uptime, restarts ([`restarts`]), disk, memory, clock, watchdog
//! - [`logs`]: the last lines of the kiosk's own journal, with their levels
//! - [`usb_visits`]: the last stick visits (time and outcome), kept in the data folder
//! - [`stats_summary`]: this week's totals and the last export
//! - [`power`]: restart the app, reboot, power off
//! - [`journal`], [`command`]: journal entries parsed; programs run within bounds

pub mod command;
pub mod health;
pub mod identity;
pub mod journal;
pub mod logs;
pub mod power;
pub mod restarts;
mod sample;
pub mod stats_summary;
pub mod usb_visits;

use crate::config::Config;

/// The kiosk's systemd unit on the image (`kiosk-image/rootfs/etc/systemd/system/`).
pub const UNIT: &str = "borne.service";

/// A value read from the system, or why it could not be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading<T> {
    Known(T),
    Unknown(Unknown),
}

impl<T> Reading<T> {
    /// The value, if it was read.
    pub fn known(&self) -> Option<&T> {
        match self {
            Reading::Known(v) => Some(v),
            Reading::Unknown(_) => None,
        }
    }

    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Reading<U> {
        match self {
            Reading::Known(v) => Reading::Known(f(v)),
            Reading::Unknown(w) => Reading::Unknown(w),
        }
    }
}

impl<T> From<Result<T, Unknown>> for Reading<T> {
    fn from(r: Result<T, Unknown>) -> Self {
        match r {
            Ok(v) => Reading::Known(v),
            Err(w) => Reading::Unknown(w),
        }
    }
}

/// Why a value is unknown; the UI says it in words (`as_str` is its key).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unknown {
    /// Not on this machine: no systemd, no such file (a desktop, a test).
    Absent,
    /// There, but it could not be read or understood.
    Unreadable,
    /// The kiosk's user may not read it.
    Denied,
    /// The program asked did not answer in time.
    TimedOut,
    /// This build or image did not record it.
    NotRecorded,
}

impl Unknown {
    /// A stable word for the UI's Fluent keys.
    pub fn as_str(self) -> &'static str {
        match self {
            Unknown::Absent => "absent",
            Unknown::Unreadable => "unreadable",
            Unknown::Denied => "denied",
            Unknown::TimedOut => "timed-out",
            Unknown::NotRecorded => "not-recorded",
        }
    }

    /// A failed file read: a missing file is absence, anything else is unreadable.
    pub fn of_io(e: &std::io::Error) -> Unknown {
        match e.kind() {
            std::io::ErrorKind::NotFound => Unknown::Absent,
            std::io::ErrorKind::PermissionDenied => Unknown::Denied,
            _ => Unknown::Unreadable,
        }
    }
}

/// Everything the maintenance screen's information panels show.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostics {
    pub identity: identity::Identity,
    pub health: health::Health,
    pub logs: logs::Logs,
    pub usb_visits: usb_visits::UsbVisits,
    pub stats: stats_summary::StatsSummary,
}

impl Diagnostics {
    /// Reads every panel from this machine (blocking: files, `systemctl`, `journalctl`;
    /// a few seconds at worst). Never fails as a whole.
    pub fn gather(config: &Config) -> Diagnostics {
        Diagnostics {
            identity: identity::gather(config),
            health: health::gather(config),
            logs: logs::gather(logs::DEFAULT_LINES),
            usb_visits: usb_visits::gather(&config.data_dir),
            stats: stats_summary::gather(&config.data_dir),
        }
    }

    /// Fixed, plausible figures for screenshots on a machine without the devices; every
    /// panel says `sample: true`.
    pub fn sample() -> Diagnostics {
        Diagnostics {
            identity: sample::identity(),
            health: sample::health(),
            logs: sample::logs(),
            usb_visits: sample::usb_visits(),
            stats: sample::stats(),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The default settings with the data folder `data_dir`.
    pub(crate) fn config_in(data_dir: &std::path::Path) -> Config {
        Config {
            data_dir: data_dir.to_path_buf(),
            ..Config::default()
        }
    }

    #[test]
    fn gathering_on_this_machine_never_fails() {
        let tmp = tempfile::tempdir().unwrap();
        let d = Diagnostics::gather(&config_in(tmp.path()));
        assert!(!d.identity.sample && !d.health.sample && !d.logs.sample);
        assert_eq!(d.identity.kiosk_name, "borne");
        assert!(d.usb_visits.visits.known().is_some_and(|v| v.is_empty()));
    }

    #[test]
    fn samples_say_so() {
        let d = Diagnostics::sample();
        assert!(d.identity.sample && d.health.sample && d.logs.sample && d.usb_visits.sample && d.stats.sample);
        assert!(!d.logs.lines.is_empty());
    }

    #[test]
    fn unknown_words_are_distinct() {
        let all = [
            Unknown::Absent,
            Unknown::Unreadable,
            Unknown::Denied,
            Unknown::TimedOut,
            Unknown::NotRecorded,
        ];
        let words: std::collections::BTreeSet<_> = all.iter().map(|u| u.as_str()).collect();
        assert_eq!(words.len(), all.len());
    }
}
