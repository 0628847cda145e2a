//! The operator's window of `borne preview`: the pack's problems when it has errors,
//! else the controls (language, orientation, contrast, text size, the clock for the
//! opening-hours badges) and every node of the pack to jump to. Its texts are the
//! tools' texts (`tr!`), in the operator's language, not the kiosk's.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use chrono::{Datelike, Duration as Days, NaiveDateTime, Timelike};
use slint::{Model, SharedString};

use super::context::model;
use super::generated::{PreviewGroup, PreviewNode, PreviewOption, PreviewProblem, PreviewWindow};
use super::preview::Preview;
use super::Controller;
use crate::config::Orientation;
use crate::content::{Pack, Severity};
use crate::preview::Outcome;
use crate::session::TEXT_SCALES;
use crate::tr;

/// Wires the operator's window: each callback is one step, then the panel is filled.
pub(super) fn connect(preview: &Rc<RefCell<Preview>>, panel: &PreviewWindow) {
    let step = |f: fn(&mut Preview, SharedString, SharedString)| {
        let preview = Rc::downgrade(preview);
        move |a: SharedString, b: SharedString| {
            if let Some(Ok(mut p)) = preview.upgrade().as_ref().map(|p| p.try_borrow_mut()) {
                f(&mut p, a, b);
                fill(&mut p);
            }
        }
    };
    panel.on_pick(step(|p, group, value| pick(p, &group, &value)));
    let jump = step(|p, id, _| p.jump(&id));
    panel.on_jump(move |id| jump(id, SharedString::new()));
    let drain = step(|p, _, _| p.drain());
    panel.on_reload_ready(move || drain(SharedString::new(), SharedString::new()));
}

/// One choice of the operator on the panel.
fn pick(p: &mut Preview, group: &str, value: &str) {
    match group {
        "orientation" => p.set_orientation(if value == "landscape" {
            Orientation::Landscape
        } else {
            Orientation::Portrait
        }),
        "clock" => {
            let now = chrono::Local::now().naive_local();
            let base = p.clock.get().unwrap_or(now);
            let base = base.with_second(0).unwrap_or(base);
            p.clock.set(match value {
                "day-back" => Some(base - Days::days(1)),
                "day-on" => Some(base + Days::days(1)),
                "hour-back" => Some(base - Days::hours(1)),
                "hour-on" => Some(base + Days::hours(1)),
                _ => None,
            });
        }
        _ => {}
    }
    let Some(k) = &p.kiosk else { return };
    let mut c = k.ctrl.borrow_mut();
    let now = c.ctx.now();
    let s = c.session_mut();
    match group {
        "lang" => s.choose_language(value, now),
        "contrast" => s.set_high_contrast(value == "high", now),
        "text" => s.set_text_scale(value.parse().unwrap_or(1.0), now),
        _ => {}
    }
    c.refresh(&k.window);
}

/// After a reading: its errors (the kiosk window is hidden), or the controls.
pub(super) fn fill_problems(p: &mut Preview, outcome: &Outcome, shown: bool) {
    let mut errors: Vec<_> = outcome
        .report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    // A file that does not parse is the cause of the errors about what it held: first.
    errors.sort_by_key(|d| !d.kind.ends_with("-syntax"));
    let mut rows: Vec<PreviewProblem> = errors
        .into_iter()
        .map(|d| PreviewProblem {
            location: match d.line {
                0 => d.file.display().to_string(),
                n => format!("{}:{n}", d.file.display()),
            }
            .into(),
            message: d.message_in(crate::tools_text::lang()).into(),
            error: true,
        })
        .collect();
    if let Some(f) = &outcome.failure {
        rows.push(PreviewProblem {
            location: tr!("preview-compiled-file").into(),
            message: f.clone().into(),
            error: true,
        });
    }
    let panel = &p.panel;
    panel.set_problems_heading(tr!("preview-problems-heading", errors = rows.len()).into());
    panel.set_problems(model(rows));
    panel.set_broken(!shown);
    let read_at = chrono::Local::now().format("%H:%M:%S").to_string();
    panel.set_status(
        tr!(
            "preview-status",
            folder = p.dir.display().to_string(),
            time = read_at,
            warnings = p.warnings
        )
        .into(),
    );
    p.shown = None;
    fill(p);
}

/// Fills the panel's lists again if the kiosk moved (the operator tapped through it).
pub(super) fn follow(p: &mut Preview) {
    p.drain();
    let now_showing = p
        .kiosk
        .as_ref()
        .and_then(|k| k.ctrl.try_borrow().ok().map(|c| showing(&c)));
    if now_showing.is_some() && now_showing != p.shown {
        fill(p);
    }
}

type Showing = (crate::session::Screen, String, bool, f32);

fn showing(c: &Controller) -> Showing {
    let s = c.session();
    (s.screen(), s.language().to_string(), s.high_contrast(), s.text_scale())
}

/// The controls and the node list, from the kiosk's pack and session.
fn fill(p: &mut Preview) {
    let Some(k) = &p.kiosk else { return };
    let Ok(c) = k.ctrl.try_borrow() else { return };
    let now = showing(&c);
    let (screen, lang, contrast, scale) = &now;
    let current = match screen {
        crate::session::Screen::Node(id) => id.as_str(),
        _ => "",
    };
    let pack = c.pack();
    let opt = |value: &str, label: String, current: bool| PreviewOption {
        value: value.into(),
        label: label.into(),
        current,
    };
    let languages = pack
        .languages
        .iter()
        .map(|l| {
            let name = crate::i18n::language(&l.code).map_or(l.code.as_str(), |i| i.name);
            opt(&l.code, name.to_string(), l.code == *lang)
        })
        .collect();
    let landscape = p.config.orientation == Orientation::Landscape;
    let scales = TEXT_SCALES
        .iter()
        .map(|s| {
            let percent = (s * 100.0).round() as i64;
            opt(
                &s.to_string(),
                tr!("preview-percent", n = percent),
                (s - scale).abs() < 0.01,
            )
        })
        .collect();
    let wall = (c.ctx.clocks.wall)();
    let live = p.clock.get().is_none();
    let clock = ["day-back", "day-on", "hour-back", "hour-on", "now"]
        .iter()
        .map(|v| opt(v, step_label(v), *v == "now" && live))
        .collect();
    let group = |id: &str, label: String, options: Vec<PreviewOption>| PreviewGroup {
        id: id.into(),
        label: label.into(),
        options: model(options),
    };
    let groups = vec![
        group("lang", tr!("preview-language"), languages),
        group(
            "orientation",
            tr!("preview-orientation"),
            vec![
                opt("portrait", tr!("preview-portrait"), !landscape),
                opt("landscape", tr!("preview-landscape"), landscape),
            ],
        ),
        group(
            "contrast",
            tr!("preview-contrast"),
            vec![
                opt("standard", tr!("preview-contrast-standard"), !contrast),
                opt("high", tr!("preview-contrast-high"), *contrast),
            ],
        ),
        group("text", tr!("preview-text-size"), scales),
        group("clock", clock_label(wall, live), clock),
    ];
    p.panel.set_groups(model(groups));
    update_rows(&p.nodes, nodes(pack, lang, current));
    p.panel
        .set_nodes_heading(tr!("preview-nodes", count = pack.nodes.len()).into());
    drop(c);
    p.shown = Some(now);
}

/// Changes the rows that differ, keeping the model (and the list's scrolling) when
/// the pack has as many nodes as before.
fn update_rows(model: &slint::VecModel<PreviewNode>, rows: Vec<PreviewNode>) {
    if rows.len() != model.row_count() {
        model.set_vec(rows);
        return;
    }
    for (i, row) in rows.into_iter().enumerate() {
        if model.row_data(i).as_ref() != Some(&row) {
            model.set_row_data(i, row);
        }
    }
}

fn step_label(value: &str) -> String {
    match value {
        "day-back" => tr!("preview-clock-day-back"),
        "day-on" => tr!("preview-clock-day-on"),
        "hour-back" => tr!("preview-clock-hour-back"),
        "hour-on" => tr!("preview-clock-hour-on"),
        _ => tr!("preview-clock-now"),
    }
}

/// "Clock: Tuesday 24/11/2026 10:00", and whether it follows the real time.
fn clock_label(wall: NaiveDateTime, live: bool) -> String {
    tr!(
        "preview-clock",
        weekday = wall.weekday().number_from_monday(),
        date = wall.format("%d/%m/%Y").to_string(),
        time = wall.format("%H:%M").to_string(),
        live = if live { "yes" } else { "no" }
    )
}

/// Every node once, in the order of the tree from home (first parent first), with its
/// depth and its title in `lang`.
fn nodes(pack: &Pack, lang: &str, current: &str) -> Vec<PreviewNode> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    let mut stack = vec![(pack.root.as_str(), 0usize)];
    while let Some((id, depth)) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        let title = pack
            .text(lang, &format!("node-{id}"))
            .map(|t| t.value)
            .unwrap_or_default();
        out.push(PreviewNode {
            id: id.into(),
            title: if title.is_empty() { id.into() } else { title.into() },
            depth: depth as i32,
            current: id == current,
        });
        if let Some(n) = pack.node(id) {
            stack.extend(n.choices.iter().rev().map(|c| (c.as_str(), depth + 1)));
        }
    }
    out
}
