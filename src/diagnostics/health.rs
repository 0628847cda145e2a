//! The health panel: uptime, restarts, the data partition's space, memory, the clock
//! and time zone, the watchdog.
//!
//! Read from `/proc` and the file system; each figure on its own, so a missing one
//! (no `/proc/self/smaps_rollup` before Linux 4.14, no systemd on a desktop) leaves the
//! others.

use std::path::Path;
use std::time::Duration;

use chrono::NaiveDateTime;

use super::restarts::{self, Restarts};
use super::{Reading, Unknown};
use crate::config::Config;

/// Free and total space of the file system holding the data folder, in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Disk {
    /// Available to the kiosk's user (root's reserve left out).
    pub free: u64,
    pub total: u64,
}

/// The machine's memory, in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Memory {
    pub total: u64,
    /// What can be used without swapping (`MemAvailable`).
    pub available: u64,
}

/// The clock as the app sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clock {
    pub now: NaiveDateTime,
    /// Seconds east of UTC now.
    pub utc_offset: i32,
    /// IANA name (`Europe/Paris`).
    pub zone: Reading<String>,
}

/// Whether systemd watches the UI loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Watchdog {
    Off,
    /// The UI must ping within this period, or systemd restarts it.
    On {
        period: Duration,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Health {
    pub sample: bool,
    pub uptime: Reading<Duration>,
    pub restarts: Restarts,
    pub disk: Reading<Disk>,
    pub memory: Reading<Memory>,
    /// The app's own share of memory (proportional set size), in bytes.
    pub app_memory: Reading<u64>,
    pub clock: Clock,
    pub watchdog: Watchdog,
}

/// Reads the health figures of this machine (blocking: `systemctl`, `journalctl`).
pub fn gather(config: &Config) -> Health {
    Health {
        sample: false,
        uptime: read("/proc/uptime", parse_uptime),
        restarts: restarts::gather(),
        disk: disk(&config.data_dir),
        memory: read("/proc/meminfo", parse_meminfo),
        app_memory: read("/proc/self/smaps_rollup", |t| kib_field(t, "Pss")),
        clock: clock(),
        watchdog: match sd_notify::watchdog_enabled() {
            Some(period) => Watchdog::On { period },
            None => Watchdog::Off,
        },
    }
}

/// A small file from `/proc` through its parser.
fn read<T>(path: &str, parse: impl Fn(&str) -> Option<T>) -> Reading<T> {
    match std::fs::read_to_string(path) {
        Ok(text) => parse(&text).ok_or(Unknown::Unreadable).into(),
        Err(e) => Reading::Unknown(Unknown::of_io(&e)),
    }
}

/// `/proc/uptime`: seconds since boot, then idle seconds.
pub fn parse_uptime(text: &str) -> Option<Duration> {
    let secs: f64 = text.split_whitespace().next()?.parse().ok()?;
    (secs.is_finite() && secs >= 0.0).then(|| Duration::from_secs_f64(secs))
}

/// A `Key:   123 kB` line of `/proc/meminfo` or `smaps_rollup`, in bytes.
pub fn kib_field(text: &str, key: &str) -> Option<u64> {
    text.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        if k.trim() != key {
            return None;
        }
        let kib: u64 = v.trim().strip_suffix("kB")?.trim().parse().ok()?;
        kib.checked_mul(1024)
    })
}

pub fn parse_meminfo(text: &str) -> Option<Memory> {
    Some(Memory {
        total: kib_field(text, "MemTotal")?,
        available: kib_field(text, "MemAvailable")?,
    })
}

/// The space of the data folder's file system (absent before the first start made it).
fn disk(data_dir: &Path) -> Reading<Disk> {
    match rustix::fs::statvfs(data_dir) {
        Ok(s) => Reading::Known(Disk {
            free: s.f_bavail.saturating_mul(s.f_frsize),
            total: s.f_blocks.saturating_mul(s.f_frsize),
        }),
        Err(e) => Reading::Unknown(Unknown::of_io(&e.into())),
    }
}

fn clock() -> Clock {
    let now = chrono::Local::now();
    let tz = std::env::var("TZ").ok();
    let link = std::fs::read_link("/etc/localtime").ok();
    let file = std::fs::read_to_string("/etc/timezone").ok();
    Clock {
        now: now.naive_local(),
        utc_offset: now.offset().local_minus_utc(),
        zone: zone(tz.as_deref(), link.as_deref(), file.as_deref())
            .ok_or(Unknown::Absent)
            .into(),
    }
}

/// The time zone's name: `TZ` first (it is what this process uses), then the target
/// of the `/etc/localtime` link (what systemd sets), then Debian's `/etc/timezone`.
pub fn zone(tz: Option<&str>, localtime_link: Option<&Path>, timezone_file: Option<&str>) -> Option<String> {
    let from_path = |p: &str| -> Option<String> {
        let name = p.rsplit_once("zoneinfo/").map_or(p, |(_, name)| name);
        (!name.is_empty() && !name.starts_with('/')).then(|| name.to_string())
    };
    let tz = tz.map(|t| t.trim().trim_start_matches(':')).filter(|t| !t.is_empty());
    tz.and_then(from_path)
        .or_else(|| localtime_link.and_then(|l| from_path(&l.to_string_lossy())))
        .or_else(|| {
            let name = timezone_file?.lines().next()?.trim();
            (!name.is_empty()).then(|| name.to_string())
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::tests::config_in;

    const MEMINFO: &str = "MemTotal:        3911332 kB\nMemFree:          512000 kB\nMemAvailable:    2500000 kB\nBuffers:            1024 kB\n";
    const ROLLUP: &str = "5581c6a4c000-7ffd1b9f2000 ---p 00000000 00:00 0                          [rollup]\nRss:              112340 kB\nPss:               98765 kB\nPss_Anon:          60000 kB\n";

    #[test]
    fn proc_files_are_parsed() {
        assert_eq!(
            parse_uptime("35042.77 64520.12\n"),
            Some(Duration::from_secs_f64(35042.77))
        );
        assert_eq!(parse_uptime("x"), None);
        assert_eq!(parse_uptime("-1 0"), None);
        assert_eq!(
            parse_meminfo(MEMINFO),
            Some(Memory {
                total: 3_911_332 * 1024,
                available: 2_500_000 * 1024
            })
        );
        assert_eq!(parse_meminfo("MemTotal: 1 kB\n"), None, "no MemAvailable: unknown");
        assert_eq!(kib_field(ROLLUP, "Pss"), Some(98_765 * 1024));
        assert_eq!(kib_field(ROLLUP, "Pss_Dirty"), None);
        assert_eq!(kib_field("Pss: lots kB\n", "Pss"), None);
    }

    #[test]
    fn time_zone_names() {
        let link = Path::new("/usr/share/zoneinfo/Europe/Paris");
        assert_eq!(zone(None, Some(link), None).as_deref(), Some("Europe/Paris"));
        assert_eq!(
            zone(None, Some(Path::new("../usr/share/zoneinfo/Etc/UTC")), None).as_deref(),
            Some("Etc/UTC")
        );
        assert_eq!(
            zone(Some(":America/Cayenne"), Some(link), None).as_deref(),
            Some("America/Cayenne")
        );
        assert_eq!(zone(Some("CET-1CEST"), None, None).as_deref(), Some("CET-1CEST"));
        assert_eq!(
            zone(Some(""), None, Some("Europe/Brussels\n")).as_deref(),
            Some("Europe/Brussels")
        );
        assert_eq!(zone(None, Some(Path::new("/etc/somewhere")), None), None);
        assert_eq!(zone(None, None, Some("\n")), None);
    }

    #[test]
    fn this_machine_answers_without_panicking() {
        let tmp = tempfile::tempdir().unwrap();
        let h = gather(&config_in(tmp.path()));
        let disk = h.disk.known().copied().unwrap();
        assert!(disk.total >= disk.free && disk.total > 0);
        assert!(h.uptime.known().is_some(), "Linux has /proc/uptime");
        let missing = config_in(&tmp.path().join("not-yet"));
        assert_eq!(gather(&missing).disk, Reading::Unknown(Unknown::Absent));
    }
}
