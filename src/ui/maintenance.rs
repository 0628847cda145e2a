//! The maintenance screen (presenter): the technicians' way in (a gesture on the attract
//! screen, then the PIN), the panels, and what their buttons do. Fills the
//! `Maintenance` and `MText` globals; answers `attract-pointer` (every press on the
//! attract screen: a release starts a visit unless it belongs to the gesture) and the
//! `Maintenance` callbacks. What the panels show is in `maintenance_panels.rs`.
//!
//! The screen exists only when `[maintenance] pin_hash` is set. Entering and leaving are
//! logged (never the PIN). Three wrong PINs lock the pad for five minutes; a minute
//! without a touch leaves the screen and wipes, as a resident's visit.

use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use slint::{ComponentHandle, SharedString};

use super::context::model;
use super::controller::{Binder, Controller};
use super::generated::{AppState, AppWindow, MText, Maintenance};
use super::io::{Background, IoEvent, Notifier};
use super::maintenance_panels::{self as panels, Panel, Pending};
use crate::diagnostics::Diagnostics;
use crate::i18n::FrenchTexts;
use crate::maintenance::gesture::Gesture;
use crate::maintenance::pin::{Attempt, Lockout, MAX_DIGITS};

/// A minute without a touch leaves the screen.
pub const IDLE: Duration = Duration::from_secs(60);

/// The technicians' texts, built in.
const FTL_FR: &str = include_str!("../../locales/maintenance/fr.ftl");
const FTL_EN: &str = include_str!("../../locales/maintenance/en.ftl");

/// Where the technician is.
#[derive(Debug, Clone, PartialEq)]
enum Stage {
    Closed,
    /// The PIN pad, with the digits typed (kept only until checked).
    Pin {
        digits: String,
        wrong: bool,
    },
    Open,
}

/// The maintenance screen between refreshes.
pub struct MaintenancePresenter {
    /// The kiosk's settings, as the panels show them.
    pub(super) config: crate::config::Config,
    pin_hash: Option<String>,
    stage: Stage,
    gesture: Option<Gesture>,
    lockout: Lockout,
    last_touch: Duration,
    english: bool,
    pub(super) texts: Rc<(FrenchTexts, FrenchTexts)>,
    pub(super) panel: Panel,
    pub(super) pending: Pending,
    pub(super) diagnostics: Option<Box<Diagnostics>>,
    /// Screenshots: fixed figures, nothing run.
    pub(super) sample: bool,
    /// The last test print's failure, for the printer panel.
    pub(super) last_print_error: Option<String>,
    /// The printer's last status: ready, or the error's code.
    pub(super) printer_status: Option<Result<(), String>>,
    /// Where the image's `borne-display` says what is in force.
    pub(super) run_dir: std::path::PathBuf,
    /// `borne-display` ran for this start: rotation and calibration can be tried
    /// (looked up once, not at every refresh).
    pub(super) display_applies: bool,
    /// A rotation or calibration on trial in this run, and when it is undone.
    pub(super) trial: Option<(crate::maintenance::display::DisplaySetting, Option<Duration>)>,
}

impl MaintenancePresenter {
    pub fn new(config: &crate::config::Config) -> Self {
        MaintenancePresenter {
            config: config.clone(),
            pin_hash: config.maintenance_pin.clone(),
            stage: Stage::Closed,
            gesture: None,
            lockout: Lockout::new(),
            last_touch: Duration::ZERO,
            english: false,
            texts: Rc::new((FrenchTexts::new(FTL_FR), FrenchTexts::for_language(FTL_EN, "en"))),
            panel: Panel::Identity,
            pending: Pending::default(),
            diagnostics: None,
            sample: false,
            last_print_error: None,
            printer_status: None,
            run_dir: std::path::PathBuf::from(crate::maintenance::display::RUN_DIR),
            display_applies: crate::maintenance::display::applies(std::path::Path::new(
                crate::maintenance::display::RUN_DIR,
            )),
            trial: None,
        }
        .with_trial()
    }

    /// A setting tried from this screen before the restart: the screen opens on the
    /// touch test, asking to keep it.
    fn with_trial(mut self) -> Self {
        if let Some(s) = crate::maintenance::display::on_trial(&self.config.data_dir) {
            tracing::info!(rotation = s.rotation, "display setting on trial: keep it?");
            self.trial = Some((s, None));
            self.stage = Stage::Open;
            self.panel = Panel::Touch;
        }
        self
    }

    /// The screen is up (PIN pad or panels): residents' input goes nowhere.
    pub fn visible(&self) -> bool {
        self.stage != Stage::Closed
    }

    /// A technician's text in the screen's language.
    pub(super) fn tr(&self, key: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]) -> String {
        let (fr, en) = &*self.texts;
        if self.english {
            en.t(key, args)
        } else {
            fr.t(key, args)
        }
    }

    fn open_pin(&mut self, now: Duration) {
        tracing::info!("maintenance screen asked for (gesture)");
        self.stage = Stage::Pin {
            digits: String::new(),
            wrong: false,
        };
        self.last_touch = now;
    }

    /// Leaves the screen; the visit under it is wiped by the caller.
    fn close(&mut self, why: &str) {
        if self.stage == Stage::Open {
            tracing::info!(why, "maintenance screen left");
        }
        self.stage = Stage::Closed;
        self.pending = Pending::default();
        self.diagnostics = None;
        self.english = false;
        self.panel = Panel::Identity;
    }

    /// A keypad key while the screen is up: shown on the keypad panel, nothing else.
    pub fn key(&mut self, key: crate::keypad::Key) {
        let keys = &mut self.pending.keys;
        keys.push(key.name());
        if keys.len() > 8 {
            keys.remove(0);
        }
    }

    /// A line the scanner read while the screen is up: shown on the scanner panel, with
    /// whether it is a ticket; no mediator view opens.
    pub fn scanned(&mut self, code: &str) {
        let ok = crate::handoff::Payload::decode(code).is_ok();
        let shown: String = code.chars().take(80).collect();
        self.pending.scanned = Some((shown, ok));
    }

    /// Screenshots: the screen open on `panel`, with sample figures.
    pub fn show_sample(&mut self, panel: &str, locked: bool) -> bool {
        let Some(p) = Panel::from_id(panel) else {
            return false;
        };
        self.sample = true;
        self.diagnostics = Some(Box::new(Diagnostics::sample()));
        self.stage = if locked {
            Stage::Pin {
                digits: "12".into(),
                wrong: false,
            }
        } else {
            Stage::Open
        };
        self.panel = p;
        if p == Panel::Touch {
            panels::sample_touch(&mut self.pending);
        }
        true
    }
}

/// Wires the attract screen's presses and the maintenance screen's buttons.
pub fn connect(bind: &Binder, state: &AppState<'_>, m: &Maintenance<'_>) {
    let pointer =
        bind.step_with(|c, (x, y, w, h, down): (f32, f32, f32, f32, bool)| attract_pointer(c, x, y, w, h, down));
    state.on_attract_pointer(move |x, y, w, h, down| pointer((x, y, w, h, down)));
    m.on_digit(bind.step_with(|c, d: i32| {
        let now = c.ctx.now();
        let mp = &mut c.maintenance;
        mp.last_touch = now;
        if let Stage::Pin { digits, wrong } = &mut mp.stage {
            if digits.len() < MAX_DIGITS {
                if let Some(ch) = char::from_digit(d.clamp(0, 9) as u32, 10) {
                    digits.push(ch);
                }
            }
            *wrong = false;
        }
    }));
    m.on_erase(bind.step(|c| {
        c.maintenance.last_touch = c.ctx.now();
        if let Stage::Pin { digits, .. } = &mut c.maintenance.stage {
            digits.pop();
        }
    }));
    m.on_submit(bind.step(submit));
    m.on_leave(bind.step(|c| leave(c, "left")));
    let touch = bind.step_with(|c, (x, y, down): (f32, f32, bool)| {
        c.maintenance.last_touch = c.ctx.now();
        if x >= 0.0 {
            panels::touch(c, x, y, down);
        }
    });
    m.on_touch(move |x, y, down| touch((x, y, down)));
    m.on_toggle_language(bind.step(|c| {
        c.maintenance.last_touch = c.ctx.now();
        c.maintenance.english = !c.maintenance.english;
    }));
    m.on_open_panel(bind.step_with(|c, id: SharedString| {
        c.maintenance.last_touch = c.ctx.now();
        if let Some(p) = Panel::from_id(&id) {
            panels::open(c, p);
        }
    }));
    m.on_toggle_problems(bind.step(|c| {
        c.maintenance.last_touch = c.ctx.now();
        c.maintenance.pending.problems_only = !c.maintenance.pending.problems_only;
    }));
    m.on_action(bind.step_with(|c, id: SharedString| {
        c.maintenance.last_touch = c.ctx.now();
        panels::action(c, &id);
    }));
    m.on_confirm(bind.step_with(|c, yes: bool| {
        c.maintenance.last_touch = c.ctx.now();
        panels::confirm(c, yes);
    }));
}

/// A press or release on the attract screen: fed to the gesture; a release that is not
/// part of it starts a visit, as a tap anywhere does.
fn attract_pointer(c: &mut Controller, x: f32, y: f32, w: f32, h: f32, down: bool) {
    let now = c.ctx.now();
    let mp = &mut c.maintenance;
    if mp.pin_hash.is_none() {
        if !down {
            start_visit(c);
        }
        return;
    }
    let g = mp.gesture.get_or_insert_with(|| Gesture::new(w, h));
    let done = g.touch(now, x, y, down);
    if down {
        return;
    }
    if done {
        mp.gesture = None;
        mp.open_pin(now);
        c.ctx.session.wipe();
    } else if !g.holds() {
        start_visit(c);
    }
}

fn start_visit(c: &mut Controller) {
    super::journey::start(&mut c.ctx);
}

/// OK on the PIN pad.
fn submit(c: &mut Controller) {
    let now = c.ctx.now();
    let mp = &mut c.maintenance;
    mp.last_touch = now;
    let (Stage::Pin { digits, .. }, Some(hash)) = (&mp.stage, mp.pin_hash.clone()) else {
        return;
    };
    let pin = digits.clone();
    match mp.lockout.attempt(now, &hash, &pin) {
        Attempt::Right => {
            tracing::info!("maintenance screen entered");
            mp.stage = Stage::Open;
            panels::open(c, Panel::Identity);
        }
        Attempt::Wrong { left } => {
            tracing::warn!(left, "maintenance: wrong PIN");
            mp.stage = Stage::Pin {
                digits: String::new(),
                wrong: true,
            };
        }
        Attempt::Locked { .. } => {
            tracing::warn!("maintenance: PIN pad locked");
            mp.stage = Stage::Pin {
                digits: String::new(),
                wrong: true,
            };
        }
    }
}

/// Leaves the screen and wipes, as the end of a visit.
fn leave(c: &mut Controller, why: &str) {
    c.maintenance.close(why);
    c.ctx.session.wipe();
    c.ctx.restore_theme();
}

impl Controller {
    /// Every tick: a minute without a touch leaves the screen; a trial not kept in time
    /// is undone. True when the screen changed.
    pub(super) fn maintenance_idle(&mut self) -> bool {
        let now = self.ctx.now();
        if let Some((_, deadline)) = &mut self.maintenance.trial {
            let at = *deadline.get_or_insert(now + crate::maintenance::display::CONFIRM_WITHIN);
            self.maintenance.last_touch = now;
            if now >= at {
                tracing::warn!("display setting not confirmed in time: undone");
                super::maintenance_actions::undo_trial(self);
                return true;
            }
            return false;
        }
        if self.maintenance.visible() && now.saturating_sub(self.maintenance.last_touch) >= IDLE {
            leave(self, "idle");
            return true;
        }
        false
    }

    /// Where the runtime display file is looked for (tests; `/run/borne` otherwise).
    pub fn set_display_dir(&mut self, dir: &std::path::Path) {
        self.maintenance.run_dir = dir.to_path_buf();
        self.maintenance.display_applies = crate::maintenance::display::applies(dir);
    }

    /// Screenshots: the maintenance screen on a panel, with sample figures.
    pub fn show_maintenance_sample(&mut self, window: &AppWindow, panel: &str, locked: bool) -> bool {
        if !self.maintenance.show_sample(panel, locked) {
            return false;
        }
        if !locked {
            panels::open(self, self.maintenance.panel);
        }
        self.refresh(window);
        true
    }
}

/// After each refresh: the screen's state into the window.
pub fn fill(c: &mut Controller, window: &AppWindow) {
    let m = window.global::<Maintenance>();
    let mp = &c.maintenance;
    m.set_visible(mp.visible());
    let now = c.ctx.now();
    let locked = mp.lockout.remaining(now).map(|d| d.as_secs() as i32 + 1).unwrap_or(0);
    m.set_locked_seconds(if matches!(mp.stage, Stage::Pin { .. }) {
        locked
    } else {
        0
    });
    match &mp.stage {
        Stage::Closed => {
            m.set_unlocked(false);
            m.set_pin_length(0);
            return;
        }
        Stage::Pin { digits, wrong } => {
            m.set_unlocked(false);
            m.set_pin_length(digits.len() as i32);
            m.set_pin_wrong(*wrong);
            return;
        }
        Stage::Open => m.set_unlocked(true),
    }
    let panel_list: Vec<super::generated::PanelData> = Panel::ALL
        .iter()
        .map(|p| super::generated::PanelData {
            id: p.id().into(),
            label: mp.tr(&format!("maint-panel-{}", p.id()), &[]).into(),
        })
        .collect();
    m.set_panels(model(panel_list));
    panels::fill(c, &m);
}

/// The `MText` global translates with the screen's language; bumped on a switch.
pub fn connect_texts(ctrl: &Rc<std::cell::RefCell<Controller>>, window: &AppWindow) {
    let c = ctrl.clone();
    window.global::<MText>().on_translate(move |key, _rev| {
        c.try_borrow()
            .map(|c| SharedString::from(c.maintenance.tr(&key, &[])))
            .unwrap_or_default()
    });
}

/// Bumps `MText.revision` when the screen's language changed.
pub fn refresh_texts(c: &Controller, window: &AppWindow) {
    let m = window.global::<MText>();
    let rev = i32::from(c.maintenance.english) + 1;
    if m.get_revision() != rev {
        m.set_revision(rev);
    }
}

/// Runs `work` off the UI thread (or at once without a runtime: tests) and hands its
/// result back as an [`IoEvent`].
pub(super) fn in_background(
    background: Option<&Background>,
    notifier: Option<&Notifier>,
    work: impl FnOnce() -> IoEvent + Send + 'static,
) -> Option<IoEvent> {
    match (background, notifier) {
        (Some(b), Some(n)) => {
            let n = n.clone();
            b.handle.spawn_blocking(move || n.send(work()));
            None
        }
        _ => Some(work()),
    }
}

/// A pack the rollback brought back, to show.
pub(super) fn rolled_back(c: &mut Controller, pack: Arc<crate::content::Pack>) {
    tracing::info!(pack = %pack.id, version = %pack.version, "content rolled back");
    c.replace_pack(pack);
}
