//! The maintenance screen's panels: what each shows (from [`crate::diagnostics`], the
//! settings and the devices) and what its buttons do. Labels are the technicians'
//! Fluent texts (`locales/maintenance/`); values are formatted here.

use fluent_bundle::FluentValue;
use slint::{ComponentHandle, SharedString};

use super::context::model;
use super::controller::Controller;
use super::generated::{ActionData, InfoRow, LogRow, Maintenance, TargetData};
use super::io::IoEvent;
use crate::diagnostics::{self, Diagnostics};
use crate::maintenance::calibration::{self, Matrix, Pair, Point};

/// The panels, in their order on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Identity,
    Health,
    Touch,
    Screen,
    Printer,
    Scanner,
    Keypad,
    Content,
    Stats,
    Logs,
    Power,
}

impl Panel {
    pub const ALL: [Panel; 11] = [
        Panel::Identity,
        Panel::Health,
        Panel::Touch,
        Panel::Screen,
        Panel::Printer,
        Panel::Scanner,
        Panel::Keypad,
        Panel::Content,
        Panel::Stats,
        Panel::Logs,
        Panel::Power,
    ];

    /// The panel's name (`borne screenshot --panel`, Fluent `maint-panel-NAME`).
    pub fn id(self) -> &'static str {
        match self {
            Panel::Identity => "identity",
            Panel::Health => "health",
            Panel::Touch => "touch",
            Panel::Screen => "screen",
            Panel::Printer => "printer",
            Panel::Scanner => "scanner",
            Panel::Keypad => "keypad",
            Panel::Content => "content",
            Panel::Stats => "stats",
            Panel::Logs => "logs",
            Panel::Power => "power",
        }
    }

    pub fn from_id(id: &str) -> Option<Panel> {
        Panel::ALL.into_iter().find(|p| p.id() == id)
    }
}

/// What the panels remember while the screen is open (nothing survives leaving it).
#[derive(Debug, Default)]
pub struct Pending {
    /// An action waiting for "Yes".
    pub confirm: Option<String>,
    /// What the last action did: a Fluent key and its argument.
    pub message: Option<(String, String)>,
    pub problems_only: bool,
    /// The touch test's trace: points in window pixels, `true` where a stroke starts.
    pub trace: Vec<(f32, f32, bool)>,
    pub finger_down: bool,
    /// Calibration under way: the pairs measured so far.
    pub calibrating: Option<Vec<Pair>>,
    /// The last calibration computed (not applied).
    pub result: Option<calibration::Calibration>,
    pub pattern_grid: bool,
    /// The last lines the scanner read, and the last keypad keys, while open.
    pub scanned: Option<(String, bool)>,
    pub keys: Vec<&'static str>,
    /// The window's size, for normalised touch points.
    pub size: (f32, f32),
}

/// Longest trace kept (points): drawing for minutes cannot grow memory.
const MAX_TRACE: usize = 4000;

/// Calibration targets, in normalised screen coordinates: the four corners' insides
/// and the centre.
const TARGETS: [(f64, f64); 5] = [(0.1, 0.1), (0.9, 0.1), (0.9, 0.9), (0.1, 0.9), (0.5, 0.5)];

/// Opens a panel; information panels read the system again (off the UI thread).
pub fn open(c: &mut Controller, p: Panel) {
    let mp = &mut c.maintenance;
    mp.panel = p;
    mp.pending.confirm = None;
    mp.pending.message = None;
    if mp.sample {
        return;
    }
    if p == Panel::Printer {
        c.maintenance.printer_status = None;
        super::maintenance_actions::printer_status(c);
    }
    let config = c.maintenance.config.clone();
    let done = super::maintenance::in_background(c.background.as_ref(), c.notifier.as_ref(), move || {
        IoEvent::Diagnostics(Box::new(Diagnostics::gather(&config)))
    });
    if let Some(IoEvent::Diagnostics(d)) = done {
        c.maintenance.diagnostics = Some(d);
    }
}

/// A finger on the touch panel (window pixels).
pub fn touch(c: &mut Controller, x: f32, y: f32, down: bool) {
    let pending = &mut c.maintenance.pending;
    if c.maintenance.panel != Panel::Touch {
        return;
    }
    let starts = down && !pending.finger_down;
    pending.finger_down = down;
    if down {
        if pending.trace.len() >= MAX_TRACE {
            pending.trace.drain(..MAX_TRACE / 2);
        }
        pending.trace.push((x, y, starts));
    }
    // A release during calibration measures the next target.
    if !down {
        let (w, h) = pending.size;
        if let Some(pairs) = &mut pending.calibrating {
            if let Some(&(tx, ty)) = TARGETS.get(pairs.len()) {
                pairs.push(Pair {
                    target: Point::new(tx, ty),
                    reported: Point::new(f64::from(x / w.max(1.0)), f64::from(y / h.max(1.0))),
                });
            }
            if pairs.len() == TARGETS.len() {
                let pairs = pending.calibrating.take().unwrap_or_default();
                finish_calibration(c, &pairs);
            }
        }
    }
}

fn finish_calibration(c: &mut Controller, pairs: &[Pair]) {
    let (w, h) = c.maintenance.pending.size;
    let current = crate::maintenance::display::in_force(&c.maintenance.run_dir, c.maintenance.config.rotation).matrix;
    match calibration::calibrate(pairs, &current, w as u32, h as u32) {
        Ok(cal) => {
            c.maintenance.pending.result = Some(cal);
            c.maintenance.pending.message = None;
        }
        Err(e) => {
            tracing::warn!("calibration not computed: {e}");
            c.maintenance.pending.message = Some(("maint-touch-failed".into(), String::new()));
        }
    }
}

/// A panel's button.
pub fn action(c: &mut Controller, id: &str) {
    let needs_confirm = matches!(id, "rollback" | "restart-app" | "reboot" | "power-off");
    if needs_confirm {
        c.maintenance.pending.confirm = Some(id.to_string());
        return;
    }
    run(c, id);
}

/// The answer to "Confirm?".
pub fn confirm(c: &mut Controller, yes: bool) {
    if let Some(id) = c.maintenance.pending.confirm.take() {
        if yes {
            run(c, &id);
        }
    }
}

fn run(c: &mut Controller, id: &str) {
    let p = &mut c.maintenance.pending;
    match id {
        "calibrate" => {
            p.calibrating = Some(Vec::new());
            p.result = None;
            p.trace.clear();
        }
        "clear" => p.trace.clear(),
        "bars" => p.pattern_grid = false,
        "grid" => p.pattern_grid = true,
        "back" => c.maintenance.panel = Panel::Identity,
        "speak-test" => c.listen.test_sound(&c.ctx),
        "apply" | "rotate" => super::maintenance_actions::try_display(c, id),
        "keep" => super::maintenance_actions::keep_trial(c),
        "undo" => super::maintenance_actions::undo_trial(c),
        "print-test" => super::maintenance_actions::print_test(c),
        "rollback" => super::maintenance_actions::rollback(c),
        "restart-app" | "reboot" | "power-off" => super::maintenance_actions::power(c, id),
        _ => tracing::warn!(id, "maintenance: unknown action"),
    }
}

/// The open panel into the window.
pub fn fill(c: &mut Controller, m: &Maintenance<'_>) {
    let mp = &c.maintenance;
    let t = |key: &str| mp.tr(key, &[]);
    m.set_panel(mp.panel.id().into());
    m.set_title(t(&format!("maint-panel-{}", mp.panel.id())).into());
    m.set_confirm_label(
        mp.pending
            .confirm
            .as_deref()
            .map(|id| t(&format!("maint-action-{id}")))
            .unwrap_or_default()
            .into(),
    );
    let message = match &mp.pending.message {
        Some((key, arg)) => mp.tr(key, &[("detail", FluentValue::from(arg.as_str()))]),
        None => String::new(),
    };
    m.set_message(message.into());
    m.set_problems_only(mp.pending.problems_only);
    m.set_pattern(if mp.pending.pattern_grid { "grid" } else { "bars" }.into());
    let now = c.ctx.now();
    let revert = match &mp.trial {
        Some((_, Some(at))) => at.saturating_sub(now).as_secs() as i32 + 1,
        Some((_, None)) => crate::maintenance::display::CONFIRM_WITHIN.as_secs() as i32,
        None => 0,
    };
    m.set_revert_seconds(revert);
    let rows = super::maintenance_rows::rows(c);
    let rows: Vec<InfoRow> = rows
        .into_iter()
        .map(|(label, value, level)| InfoRow {
            label: label.into(),
            value: value.into(),
            level,
        })
        .collect();
    m.set_rows(model(rows));
    let actions: Vec<ActionData> = actions(c)
        .iter()
        .map(|id| ActionData {
            id: (*id).into(),
            label: c.maintenance.tr(&format!("maint-action-{id}"), &[]).into(),
            confirm: matches!(*id, "rollback" | "restart-app" | "reboot" | "power-off"),
        })
        .collect();
    m.set_actions(model(actions));
    fill_logs(c, m);
    fill_touch(c, m);
}

/// The buttons of a panel.
fn actions(c: &Controller) -> Vec<&'static str> {
    let mp = &c.maintenance;
    let pending = &mp.pending;
    // A display setting can be tried where the image applies them.
    let applies = mp.display_applies;
    match mp.panel {
        _ if mp.trial.is_some() => vec!["keep", "undo"],
        Panel::Touch if pending.calibrating.is_some() => vec!["back"],
        Panel::Touch if pending.result.is_some() && applies => vec!["clear", "calibrate", "apply", "back"],
        Panel::Touch => vec!["clear", "calibrate", "back"],
        Panel::Screen if applies => vec!["bars", "grid", "rotate", "back"],
        Panel::Screen => vec!["bars", "grid", "back"],
        Panel::Printer => vec!["print-test"],
        Panel::Keypad => vec!["speak-test"],
        Panel::Content => vec!["rollback"],
        Panel::Power => vec!["restart-app", "reboot", "power-off"],
        _ => vec![],
    }
}

fn fill_logs(c: &Controller, m: &Maintenance<'_>) {
    let mp = &c.maintenance;
    let lines: Vec<LogRow> = match (&mp.diagnostics, mp.panel) {
        (Some(d), Panel::Logs) => d
            .logs
            .lines
            .iter()
            .filter(|l| !mp.pending.problems_only || l.level.is_problem())
            .map(|l| LogRow {
                text: super::maintenance_rows::log_text(l).into(),
                level: match l.level {
                    diagnostics::logs::Level::Error => 2,
                    diagnostics::logs::Level::Warning => 1,
                    _ => 0,
                },
            })
            .collect(),
        _ => Vec::new(),
    };
    m.set_logs(model(lines));
}

fn fill_touch(c: &Controller, m: &Maintenance<'_>) {
    let p = &c.maintenance.pending;
    let mut path = String::new();
    for (x, y, starts) in &p.trace {
        path.push_str(if *starts || path.is_empty() { "M " } else { "L " });
        path.push_str(&format!("{x:.0} {y:.0} "));
    }
    m.set_trace(SharedString::from(path));
    let targets: Vec<TargetData> = match &p.calibrating {
        Some(pairs) => TARGETS
            .iter()
            .enumerate()
            .map(|(i, (x, y))| TargetData {
                x: *x as f32,
                y: *y as f32,
                done: i < pairs.len(),
            })
            .collect(),
        None => Vec::new(),
    };
    m.set_targets(model(targets));
}

/// The window's size, for the touch panel's normalised points.
pub fn set_size(c: &mut Controller, window: &super::generated::AppWindow) {
    let s = window.window().size();
    let scale = window.window().scale_factor();
    c.maintenance.pending.size = (s.width as f32 / scale, s.height as f32 / scale);
}

/// Screenshots: a finger's wave across the touch panel and a calibration measured with
/// taps 20 px off, as a real test would leave them.
pub fn sample_touch(p: &mut Pending) {
    p.trace = (0..120)
        .map(|i| {
            let x = 80.0 + i as f32 * 7.5;
            (x, 1400.0 + (i as f32 / 9.0).sin() * 160.0, i == 0)
        })
        .collect();
    let pairs: Vec<Pair> = TARGETS
        .iter()
        .map(|&(x, y)| Pair {
            target: Point::new(x, y),
            reported: Point::new(x + 0.018, y - 0.01),
        })
        .collect();
    p.result = calibration::calibrate(&pairs, &Matrix::IDENTITY, 1080, 1920).ok();
}
