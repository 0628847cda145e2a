//! The lines of the maintenance screen's information panels: a label (a technicians'
//! Fluent key), a value formatted for a person, and a level (0 fine, 1 warning, 2
//! fault). Unknown values say why, in words.

use std::time::Duration;

use fluent_bundle::FluentValue;

use super::controller::Controller;
use super::maintenance_panels::Panel;
use crate::diagnostics::health::Watchdog;
use crate::diagnostics::identity::{ContentKind, PackInfo};
use crate::diagnostics::logs::LogLine;
use crate::diagnostics::restarts::StopReason;
use crate::diagnostics::{Diagnostics, Reading};
use crate::stats::suppress::Shown;

/// One line: label, value, level.
pub type Row = (String, String, i32);

/// Free space under this share of the data partition is a warning.
const LOW_DISK: f64 = 0.10;

struct Rows<'a> {
    c: &'a Controller,
    out: Vec<Row>,
}

impl Rows<'_> {
    fn t(&self, key: &str) -> String {
        self.c.maintenance.tr(key, &[])
    }

    fn t1(&self, key: &str, name: &str, v: FluentValue<'_>) -> String {
        self.c.maintenance.tr(key, &[(name, v)])
    }

    fn push(&mut self, key: &str, value: String, level: i32) {
        let label = self.t(&format!("maint-row-{key}"));
        self.out.push((label, value, level));
    }

    /// A reading: its value, or why it is unknown (a warning).
    fn reading<T>(&mut self, key: &str, r: &Reading<T>, show: impl FnOnce(&Self, &T) -> String) {
        match r {
            Reading::Known(v) => {
                let s = show(self, v);
                self.push(key, s, 0);
            }
            Reading::Unknown(why) => {
                let s = self.t(&format!("maint-unknown-{}", why.as_str()));
                self.push(key, s, 1);
            }
        }
    }
}

/// The open panel's lines.
pub fn rows(c: &Controller) -> Vec<Row> {
    let mut r = Rows { c, out: Vec::new() };
    if let Some((s, at)) = &c.maintenance.trial {
        let left = at
            .map(|at| at.saturating_sub(c.ctx.now()))
            .unwrap_or(crate::maintenance::display::CONFIRM_WITHIN);
        let text = r.t1("maint-trial-left", "seconds", FluentValue::from(left.as_secs() + 1));
        r.out.push((String::new(), text, 1));
        let what = r.t1("maint-trial-rotation", "degrees", FluentValue::from(s.rotation));
        r.out.push((String::new(), what, 0));
        return r.out;
    }
    let Some(d) = c.maintenance.diagnostics.as_deref() else {
        if !matches!(c.maintenance.panel, Panel::Touch | Panel::Screen) {
            let s = r.t("maint-reading");
            r.out.push((String::new(), s, 0));
        }
        return r.out;
    };
    if d.identity.sample {
        let s = r.t("maint-sample");
        r.out.push((String::new(), s, 1));
    }
    match c.maintenance.panel {
        Panel::Identity => identity(&mut r, d),
        Panel::Health => health(&mut r, d),
        Panel::Content => content(&mut r, d),
        Panel::Stats => stats(&mut r, d),
        Panel::Printer => printer(&mut r),
        Panel::Scanner => scanner(&mut r),
        Panel::Keypad => keypad(&mut r),
        Panel::Touch => touch(&mut r),
        Panel::Screen | Panel::Logs | Panel::Power => {}
    }
    r.out
}

fn identity(r: &mut Rows<'_>, d: &Diagnostics) {
    let id = &d.identity;
    r.push("kiosk-name", id.kiosk_name.clone(), 0);
    r.push("app-version", id.app_version.clone(), 0);
    r.reading("app-commit", &id.app_commit, |_, v| v.clone());
    r.reading("image", &id.image, |_, b| {
        [b.built.as_deref(), b.suite.as_deref(), b.source.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ")
    });
    pack_rows(r, d);
    let file = id
        .config
        .file
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| r.t("maint-config-defaults"));
    r.push("config-file", file, 0);
    r.reading("config-from-file", &id.config.from_file, |r, keys| {
        if keys.is_empty() {
            r.t("maint-none")
        } else {
            keys.join(", ")
        }
    });
    if !id.config.from_environment.is_empty() {
        r.push("config-from-env", id.config.from_environment.join(", "), 1);
    }
}

fn pack_text(p: &PackInfo) -> String {
    let when = p
        .installed_at
        .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default();
    let hash: String = p.content_hash.chars().take(12).collect();
    format!("{} {} · {hash} · {when}", p.id, p.version)
}

fn pack_rows(r: &mut Rows<'_>, d: &Diagnostics) {
    let content = &d.identity.content;
    let kind = match content.kind {
        ContentKind::Installed => r.t("maint-content-installed"),
        ContentKind::BuiltIn => r.t("maint-content-built-in"),
    };
    r.push("content-kind", kind, 0);
    r.reading("content", &content.pack, |_, p| pack_text(p));
    if let Some(p) = content.pack.known() {
        let s = r.t1("maint-content-size", "screens", FluentValue::from(p.screens as u64));
        let s = format!(
            "{s} · {}",
            r.t1(
                "maint-content-languages",
                "count",
                FluentValue::from(p.languages as u64)
            )
        );
        r.push("content-size", s, 0);
    }
    r.reading("previous", &d.identity.previous, |r, p| match p {
        Some(p) => pack_text(p),
        None => r.t("maint-none"),
    });
}

fn duration_text(r: &Rows<'_>, d: Duration) -> String {
    let s = d.as_secs();
    r.c.maintenance.tr(
        "maint-duration",
        &[
            ("days", FluentValue::from(s / 86_400)),
            ("hours", FluentValue::from(s / 3600 % 24)),
            ("minutes", FluentValue::from(s / 60 % 60)),
        ],
    )
}

fn bytes_text(r: &Rows<'_>, b: u64) -> String {
    let gb = format!("{:.1}", b as f64 / 1e9);
    r.t1("maint-gigabytes", "gb", FluentValue::from(gb))
}

fn health(r: &mut Rows<'_>, d: &Diagnostics) {
    let h = &d.health;
    r.reading("uptime", &h.uptime, |r, u| duration_text(r, *u));
    r.reading("restarts", &h.restarts.count, |_, n| n.to_string());
    r.reading("last-stop", &h.restarts.last_stop, |r, s| match s {
        None => r.t("maint-none"),
        Some(s) => {
            let reason = match &s.reason {
                StopReason::Clean => r.t("maint-stop-clean"),
                StopReason::RestartAsked => r.t("maint-stop-asked"),
                StopReason::ExitCode(c) => r.t1("maint-stop-exit", "code", FluentValue::from(*c as i64)),
                StopReason::Signal(n) | StopReason::CoreDump(n) => {
                    r.t1("maint-stop-signal", "signal", FluentValue::from(*n as i64))
                }
                StopReason::Watchdog => r.t("maint-stop-watchdog"),
                StopReason::Timeout => r.t("maint-stop-timeout"),
                StopReason::OutOfMemory => r.t("maint-stop-memory"),
                StopReason::Other(w) => w.clone(),
            };
            let at = s.at.map(|t| t.format("%Y-%m-%d %H:%M").to_string()).unwrap_or_default();
            format!("{reason} {at}").trim().to_string()
        }
    });
    match h.disk.known() {
        Some(disk) => {
            let low = (disk.free as f64) < disk.total as f64 * LOW_DISK;
            let s = format!("{} / {}", bytes_text(r, disk.free), bytes_text(r, disk.total));
            r.push("disk", s, i32::from(low));
        }
        None => r.reading("disk", &h.disk, |_, _| String::new()),
    }
    r.reading("memory", &h.memory, |r, m| {
        format!("{} / {}", bytes_text(r, m.available), bytes_text(r, m.total))
    });
    r.reading("app-memory", &h.app_memory, |_, b| {
        format!("{:.1} MiB", *b as f64 / 1_048_576.0)
    });
    let clock = &h.clock;
    let zone = clock.zone.known().cloned().unwrap_or_default();
    let offset = format!("UTC{:+}", clock.utc_offset / 3600);
    r.push(
        "clock",
        format!("{} {zone} ({offset})", clock.now.format("%Y-%m-%d %H:%M:%S")),
        0,
    );
    let wd = match h.watchdog {
        Watchdog::Off => r.t("maint-watchdog-off"),
        Watchdog::On { period } => r.t1("maint-watchdog-on", "seconds", FluentValue::from(period.as_secs())),
    };
    r.push("watchdog", wd, 0);
}

fn content(r: &mut Rows<'_>, d: &Diagnostics) {
    pack_rows(r, d);
    match d.usb_visits.visits.known() {
        Some(v) if v.is_empty() => {
            let s = r.t("maint-none");
            r.push("usb-visits", s, 0);
        }
        Some(v) => {
            for visit in v.iter().take(10) {
                let what = r.t(&format!("maint-usb-{}", visit.outcome.as_str()));
                let s = format!("{} {what}", visit.at.format("%Y-%m-%d %H:%M"));
                r.push("usb-visit", s, 0);
            }
        }
        None => r.reading("usb-visits", &d.usb_visits.visits, |_, _| String::new()),
    }
}

fn shown(r: &Rows<'_>, s: &Shown) -> String {
    match s {
        Shown::Count(n) => n.to_string(),
        Shown::Small => r.t("maint-stats-small"),
        Shown::Masked => r.t("maint-stats-masked"),
    }
}

fn stats(r: &mut Rows<'_>, d: &Diagnostics) {
    match d.stats.week.known() {
        Some(w) => {
            r.push("stats-since", w.since.format("%Y-%m-%d").to_string(), 0);
            let v = shown(r, &w.visits);
            r.push("stats-visits", v, 0);
            for (t, n) in &w.tickets {
                let s = format!("{} {}", r.t(&format!("maint-ticket-{}", t.as_str())), shown(r, n));
                r.push("stats-tickets", s, 0);
            }
            let e = shown(r, &w.emergency);
            r.push("stats-emergency", e, 0);
            r.push("stats-languages", w.languages.to_string(), 0);
            r.push("stats-sticks", w.stick_visits.to_string(), 0);
        }
        None => r.reading("stats-visits", &d.stats.week, |_, _| String::new()),
    }
    r.reading("stats-export", &d.stats.last_export, |r, t| match t {
        Some(t) => t.format("%Y-%m-%d %H:%M").to_string(),
        None => r.t("maint-stats-never"),
    });
}

fn printer(r: &mut Rows<'_>) {
    let cfg = &r.c.maintenance.config;
    match &cfg.printer {
        Some(p) => {
            r.push("printer-target", p.target.clone(), 0);
            r.push("printer-width", p.width.to_string(), 0);
        }
        None => {
            let s = r.t("maint-printer-none");
            r.push("printer-target", s, 1);
        }
    }
    if cfg.printer.is_some() {
        let (s, level) = match &r.c.maintenance.printer_status {
            None => (r.t("maint-reading"), 0),
            Some(Ok(())) => (r.t("maint-printer-ready"), 0),
            Some(Err(code)) => (r.t(&format!("maint-printer-status-{code}")), 2),
        };
        r.push("printer-status", s, level);
    }
    let last = match &r.c.maintenance.last_print_error {
        Some(code) => (
            r.t1("maint-printer-failed", "detail", FluentValue::from(code.as_str())),
            2,
        ),
        None => (r.t("maint-none"), 0),
    };
    r.push("printer-last-error", last.0, last.1);
}

fn scanner(r: &mut Rows<'_>) {
    let cfg = &r.c.maintenance.config;
    let device = match (&cfg.scanner.device, cfg.scanner.enabled) {
        (_, false) => r.t("maint-off"),
        (Some(p), true) => p.display().to_string(),
        (None, true) => r.t("maint-auto"),
    };
    r.push("scanner-device", device, 0);
    r.push("scanner-keymap", cfg.get("scanner.keymap").unwrap_or_default(), 0);
    match &r.c.maintenance.pending.scanned {
        Some((text, ok)) => {
            let verdict = r.t(if *ok {
                "maint-scanner-ticket"
            } else {
                "maint-scanner-not-ticket"
            });
            r.push("scanner-last", format!("{text} — {verdict}"), if *ok { 0 } else { 1 });
        }
        None => {
            let s = r.t("maint-scanner-scan");
            r.push("scanner-last", s, 0);
        }
    }
}

fn keypad(r: &mut Rows<'_>) {
    let cfg = &r.c.maintenance.config;
    let device = match &cfg.keypad.device {
        crate::keypad::KeypadDevice::Auto => r.t("maint-auto"),
        crate::keypad::KeypadDevice::Off => r.t("maint-off"),
        crate::keypad::KeypadDevice::Path(p) => p.display().to_string(),
        crate::keypad::KeypadDevice::Name(n) => n.clone(),
    };
    r.push("keypad-device", device, 0);
    let keys = &r.c.maintenance.pending.keys;
    let s = if keys.is_empty() {
        r.t("maint-keypad-press")
    } else {
        keys.join(" ")
    };
    r.push("keypad-last", s, 0);
    r.push("speech-output", cfg.get("speech.output").unwrap_or_default(), 0);
}

fn touch(r: &mut Rows<'_>) {
    let Some(cal) = &r.c.maintenance.pending.result else {
        return;
    };
    let before = r.t1(
        "maint-touch-before",
        "px",
        FluentValue::from(format!("{:.0}", cal.before.mean)),
    );
    r.push("touch-offset", before, i32::from(cal.before.mean > 20.0));
    let after = r.t1(
        "maint-touch-after",
        "px",
        FluentValue::from(format!("{:.0}", cal.after.mean)),
    );
    r.push("touch-offset", after, 0);
    r.push("touch-matrix", cal.matrix.to_udev(), 0);
}

/// A log line as one text: its time, its level's word, its message.
pub fn log_text(l: &LogLine) -> String {
    let at = l.at.map(|t| t.format("%m-%d %H:%M:%S").to_string()).unwrap_or_default();
    format!("{at} {} {}", l.level.as_str(), l.text).trim().to_string()
}
