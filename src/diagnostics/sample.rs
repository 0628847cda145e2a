//! Fixed, plausible figures for every panel, for screenshots and the guide on a
//! machine without the kiosk's devices. Each panel says `sample: true`.

use std::path::PathBuf;
use std::time::Duration;

use chrono::{NaiveDate, NaiveDateTime};

use super::health::{Clock, Disk, Health, Memory, Watchdog};
use super::identity::{ConfigSource, Content, ContentKind, Identity, ImageBuild, PackInfo};
use super::logs::{Level, LogLine, Logs};
use super::restarts::{LastStop, Restarts, StopReason};
use super::stats_summary::{StatsSummary, WeekTotals};
use super::usb_visits::{Outcome, UsbVisits, Visit};
use super::Reading;
use crate::stats::suppress::Shown;
use crate::stats::{EndReason, TicketOutcome};

/// `day` May 2026 at `h:m`; the samples' today is Monday 4 May.
fn at(day: u32, h: u32, m: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 5, day)
        .and_then(|d| d.and_hms_opt(h, m, 0))
        .unwrap_or_default()
}

const MIB: u64 = 1024 * 1024;

pub fn identity() -> Identity {
    let pack = |version: &str, hash: &str, day| PackInfo {
        id: "fr-social".into(),
        version: version.into(),
        content_hash: hash.into(),
        installed_at: Some(at(day, 9, 12)),
        screens: 48,
        languages: 12,
    };
    Identity {
        sample: true,
        kiosk_name: "Mairie de Saint-Denis".into(),
        app_version: env!("CARGO_PKG_VERSION").into(),
        app_commit: Reading::Known("f8185e1560de".into()),
        image: Reading::Known(ImageBuild {
            built: Some("2026-04-28T16:40:11Z".into()),
            suite: Some("trixie".into()),
            source: Some("f8185e1560de".into()),
            app_version: Some(env!("CARGO_PKG_VERSION").into()),
        }),
        content: Content {
            kind: ContentKind::Installed,
            pack: Reading::Known(pack(
                "1.4.0",
                "3b7f0c2a91d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4",
                4,
            )),
        },
        previous: Reading::Known(Some(pack(
            "1.3.2",
            "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d",
            1,
        ))),
        config: ConfigSource {
            file: Some(PathBuf::from("/run/borne/borne.toml")),
            from_file: Reading::Known(
                ["display.rotation", "kiosk.name", "printer.target", "usb.trusted_keys"]
                    .map(String::from)
                    .to_vec(),
            ),
            from_environment: ["BORNE_CONFIG", "BORNE_DATA_DIR"].map(String::from).to_vec(),
        },
    }
}

pub fn health() -> Health {
    Health {
        sample: true,
        uptime: Reading::Known(Duration::from_secs(3 * 86_400 + 4 * 3600 + 17 * 60)),
        restarts: Restarts {
            count: Reading::Known(1),
            last_stop: Reading::Known(Some(LastStop {
                at: Some(at(3, 18, 2)),
                reason: StopReason::Watchdog,
            })),
        },
        disk: Reading::Known(Disk {
            free: 5_312 * MIB,
            total: 7_168 * MIB,
        }),
        memory: Reading::Known(Memory {
            total: 3_820 * MIB,
            available: 3_050 * MIB,
        }),
        app_memory: Reading::Known(96 * MIB),
        clock: Clock {
            now: at(4, 10, 42),
            utc_offset: 2 * 3600,
            zone: Reading::Known("Europe/Paris".into()),
        },
        watchdog: Watchdog::On {
            period: Duration::from_secs(30),
        },
    }
}

pub fn logs() -> Logs {
    let line = |h, m, level, source: &str, text: &str| LogLine {
        at: Some(at(4, h, m)),
        level,
        source: source.into(),
        text: text.into(),
    };
    Logs {
        sample: true,
        lines: vec![
            line(8, 0, Level::Info, "systemd", "Started borne.service - borne kiosk."),
            line(8, 0, Level::Info, "borne", "borne::ui::window: first frame drawn"),
            line(9, 12, Level::Info, "borne", "borne::update::usb: USB stick found"),
            line(
                9,
                12,
                Level::Info,
                "borne",
                "borne::update::usb: content installed from a USB stick",
            ),
            line(
                9,
                40,
                Level::Warning,
                "borne",
                "borne::printing::job: printer: paper out",
            ),
            line(
                10,
                5,
                Level::Error,
                "borne",
                "borne::printing::transport: /dev/usb/lp0: no such device",
            ),
            line(10, 31, Level::Info, "borne", "borne::ui: maintenance screen entered"),
        ],
        unavailable: None,
        truncated: false,
    }
}

pub fn usb_visits() -> UsbVisits {
    let visit = |day, h, m, outcome| Visit {
        at: at(day, h, m),
        outcome,
    };
    UsbVisits {
        sample: true,
        visits: Reading::Known(vec![
            visit(4, 9, 12, Outcome::Installed),
            visit(1, 17, 3, Outcome::StatsOnly),
            visit(1, 16, 58, Outcome::Refused),
            visit(1, 11, 20, Outcome::Installed),
        ]),
    }
}

pub fn stats() -> StatsSummary {
    StatsSummary {
        sample: true,
        week: Reading::Known(WeekTotals {
            since: at(4, 0, 0),
            visits: Shown::Count(37),
            endings: vec![
                (EndReason::Completed, Shown::Count(24)),
                (EndReason::Timeout, Shown::Count(9)),
                (EndReason::QuickExit, Shown::Small),
                (EndReason::StartOver, Shown::Masked),
            ],
            tickets: vec![
                (TicketOutcome::Shown, Shown::Count(15)),
                (TicketOutcome::Printed, Shown::Count(11)),
                (TicketOutcome::Failed, Shown::Small),
            ],
            emergency: Shown::Small,
            languages: 6,
            stick_visits: 1,
        }),
        last_export: Reading::Known(Some(at(1, 17, 3))),
    }
}
