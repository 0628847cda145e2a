//! `borne preview`'s windows: the kiosk window showing an operator's pack folder as the
//! kiosk would, and the operator's window beside it (the pack's problems, or the
//! controls: see [`super::preview_panel`]).
//!
//! The folder is read off the UI thread by [`crate::preview::watch`]; each reading comes
//! back through the event loop (`reload-ready`) and replaces the pack on screen at the
//! same place: same node (by its path, else by its id), language and display. A
//! reading with errors hides the kiosk window (never a stale screen) until a save
//! fixes them. The session never times out ([`SessionConfig::never_idle`]).

use std::cell::{Cell, RefCell};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::mpsc::Receiver;
use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDateTime;
use slint::ComponentHandle;

use super::generated::{AppWindow, PreviewWindow};
use super::{Clocks, Controller};
use crate::config::{Config, Orientation};
use crate::content::{Diagnostic, NodeKind, Pack};
use crate::preview::Outcome;
use crate::session::{Overlay, Screen, SessionConfig};
use crate::tr;

/// Why the preview could not start.
#[derive(Debug, thiserror::Error)]
pub enum PreviewError {
    #[error("{0}")]
    Window(#[from] slint::PlatformError),
    #[error("{0}")]
    Watch(#[from] notify_debouncer_full::notify::Error),
}

/// The kiosk window and its controller.
pub struct Kiosk {
    pub window: AppWindow,
    pub ctrl: Rc<RefCell<Controller>>,
    _timer: slint::Timer,
}

/// Both windows, the watcher, and what the operator set.
pub struct Preview {
    pub panel: PreviewWindow,
    /// Opened with the first reading without errors.
    pub kiosk: Option<Kiosk>,
    pub(super) config: Config,
    pub(super) dir: PathBuf,
    /// The clock set from the panel; `None` follows the real time.
    pub(super) clock: Rc<Cell<Option<NaiveDateTime>>>,
    inbox: Receiver<Outcome>,
    /// The problems last printed in the terminal: a save that changes none prints none.
    printed: Vec<Diagnostic>,
    pub(super) warnings: usize,
    /// What the panel's lists were last filled for (screen, language, display).
    pub(super) shown: Option<(Screen, String, bool, f32)>,
    /// The node list, changed row by row: a new model would move the list's scrolling.
    pub(super) nodes: Rc<slint::VecModel<super::generated::PreviewNode>>,
    /// Save → new frame of the last reload.
    pub last_reload: Rc<Cell<Option<Duration>>>,
    watcher: Option<crate::preview::Watcher>,
    timers: Vec<slint::Timer>,
}

/// Where the operator is: kept across reloads.
struct Place {
    path: Vec<String>,
    overlay: Option<Overlay>,
    lang: String,
    high_contrast: bool,
    text_scale: f32,
}

impl Preview {
    /// Opens the operator's window and starts reading `dir`; the kiosk window opens
    /// with the first reading without errors. Run the event loop afterwards.
    pub fn start(dir: &Path, config: &Config) -> Result<Rc<RefCell<Preview>>, PreviewError> {
        let panel = PreviewWindow::new()?;
        panel.set_window_title(tr!("preview-panel-title", folder = dir.display().to_string()).into());
        let mut config = config.clone();
        // An operator reads at their own pace; no hidden maintenance gesture, no printer.
        config.session = SessionConfig::never_idle();
        config.maintenance_pin = None;
        config.printer = None;
        let (tx, inbox) = std::sync::mpsc::channel();
        let preview = Rc::new(RefCell::new(Preview {
            panel: panel.clone_strong(),
            kiosk: None,
            config,
            dir: dir.to_path_buf(),
            clock: Rc::new(Cell::new(None)),
            inbox,
            printed: Vec::new(),
            warnings: 0,
            shown: None,
            nodes: Rc::new(slint::VecModel::default()),
            last_reload: Rc::new(Cell::new(None)),
            watcher: None,
            timers: Vec::new(),
        }));
        panel.set_nodes(preview.borrow().nodes.clone().into());
        super::preview_panel::connect(&preview, &panel);
        let weak = panel.as_weak();
        let watcher = crate::preview::watch(dir, move |outcome| {
            if tx.send(outcome).is_ok() {
                let _ = weak.upgrade_in_event_loop(|p| p.invoke_reload_ready());
            }
        })?;
        let poll = slint::Timer::default();
        {
            // The operator may also tap through the kiosk window: the panel follows.
            let preview = Rc::downgrade(&preview);
            poll.start(slint::TimerMode::Repeated, Duration::from_millis(300), move || {
                if let Some(Ok(mut p)) = preview.upgrade().as_ref().map(|p| p.try_borrow_mut()) {
                    super::preview_panel::follow(&mut p);
                }
            });
        }
        {
            let mut p = preview.borrow_mut();
            p.watcher = Some(watcher);
            p.timers.push(poll);
        }
        panel.window().set_position(slint::LogicalPosition::new(0.0, 0.0));
        panel.show()?;
        Ok(preview)
    }

    /// Takes the readings that arrived; only the newest is shown.
    pub(super) fn drain(&mut self) {
        if let Some(last) = self.inbox.try_iter().last() {
            self.apply(last);
        }
    }

    fn apply(&mut self, outcome: Outcome) {
        self.print(&outcome);
        self.warnings = outcome.report.warnings();
        let shown = match (&outcome.pack, &outcome.failure) {
            (Some(pack), None) => match self.show_pack(pack.clone()) {
                Ok(()) => true,
                Err(e) => {
                    eprintln!("{}", tr!("preview-window-failed", error = e.to_string()));
                    false
                }
            },
            _ => false,
        };
        if !shown {
            if let Some(k) = &self.kiosk {
                // Never a stale screen: the problems are what there is to see.
                let _ = k.window.hide();
            }
        }
        super::preview_panel::fill_problems(self, &outcome, shown);
        if let Some(changed) = outcome.changed_at {
            // The next turn of the event loop is the one that draws the new screen.
            let last = self.last_reload.clone();
            slint::Timer::single_shot(Duration::ZERO, move || {
                let took = changed.elapsed();
                last.set(Some(took));
                println!("{}", tr!("preview-reloaded", ms = took.as_millis() as u64));
            });
        }
    }

    /// The reading's problems in the terminal, when they changed since the last one.
    fn print(&mut self, outcome: &Outcome) {
        let diagnostics = &outcome.report.diagnostics;
        if *diagnostics != self.printed || outcome.failure.is_some() {
            for d in diagnostics {
                println!("{d}");
            }
            if let Some(f) = &outcome.failure {
                println!("{}", tr!("preview-failure", error = f.as_str()));
            }
            println!(
                "{}",
                tr!(
                    "tools-errors-and-warnings",
                    errors = outcome.report.errors(),
                    warnings = outcome.report.warnings()
                )
            );
            self.printed = diagnostics.clone();
        }
    }

    /// Shows `pack` in the kiosk window (opened the first time) at the same place.
    fn show_pack(&mut self, pack: Arc<Pack>) -> Result<(), slint::PlatformError> {
        if self.kiosk.is_none() {
            self.kiosk = Some(self.open_kiosk(pack)?);
        } else if let Some(k) = &self.kiosk {
            let mut c = k.ctrl.borrow_mut();
            let place = Place::of(&c);
            c.replace_pack(pack);
            place.restore(&mut c);
            c.refresh(&k.window);
        }
        match &self.kiosk {
            Some(k) if !k.window.window().is_visible() => k.window.show(),
            _ => Ok(()),
        }
    }

    fn open_kiosk(&self, pack: Arc<Pack>) -> Result<Kiosk, slint::PlatformError> {
        let window = AppWindow::new()?;
        window.set_window_title(tr!("preview-kiosk-title", folder = self.dir.display().to_string()).into());
        let clock = self.clock.clone();
        let clocks = Clocks {
            wall: Rc::new(move || clock.get().unwrap_or_else(|| chrono::Local::now().naive_local())),
            ..Clocks::system()
        };
        let landscape = self.config.orientation == Orientation::Landscape;
        let home = Place {
            path: vec![pack.root.clone()],
            overlay: None,
            lang: pack.default_language.clone(),
            high_contrast: self.config.high_contrast,
            text_scale: 1.0,
        };
        let ctrl = Rc::new(RefCell::new(Controller::new(pack, &self.config, clocks)));
        ctrl.borrow_mut().set_landscape(landscape);
        let timer = Controller::attach(&ctrl, &window);
        {
            let mut c = ctrl.borrow_mut();
            home.restore(&mut c);
            c.refresh(&window);
        }
        let (w, h) = self.config.orientation.size();
        window.window().set_size(slint::LogicalSize::new(w as f32, h as f32));
        // Beside the operator's window (where the window system lets a window choose).
        let beside = self.panel.window().size().width as f32 / self.panel.window().scale_factor();
        window
            .window()
            .set_position(slint::LogicalPosition::new(beside + 8.0, 0.0));
        Ok(Kiosk {
            window,
            ctrl,
            _timer: timer,
        })
    }

    /// Shows `id` (its path from home), keeping the language and display.
    pub(super) fn jump(&mut self, id: &str) {
        if let Some(k) = &self.kiosk {
            let mut c = k.ctrl.borrow_mut();
            let mut place = Place::of(&c);
            place.overlay = None;
            place.path = vec![id.to_string()];
            place.restore(&mut c);
            c.refresh(&k.window);
        }
    }

    /// Portrait or landscape.
    pub(super) fn set_orientation(&mut self, orientation: Orientation) {
        self.config.orientation = orientation;
        if let Some(k) = &self.kiosk {
            let (w, h) = orientation.size();
            k.window.window().set_size(slint::LogicalSize::new(w as f32, h as f32));
            let mut c = k.ctrl.borrow_mut();
            c.set_landscape(orientation == Orientation::Landscape);
            c.refresh(&k.window);
        }
    }
}

impl Place {
    fn of(c: &Controller) -> Place {
        let s = c.session();
        Place {
            path: s.path().to_vec(),
            overlay: match s.screen() {
                Screen::Language => Some(Overlay::Language),
                Screen::Emergency => Some(Overlay::Emergency),
                Screen::Help => Some(Overlay::Help),
                // A ticket is made by a tap: after a reload, the node it was made on.
                _ => None,
            },
            lang: s.language().to_string(),
            high_contrast: s.high_contrast(),
            text_scale: s.text_scale(),
        }
    }

    /// Puts the session back here, on the controller's (maybe new) pack.
    fn restore(&self, c: &mut Controller) {
        let pack = c.pack().clone();
        let now = c.ctx.now();
        let s = c.session_mut();
        if !self.path.is_empty() {
            s.home(now);
            s.choose_language(&self.lang, now);
            for id in resolve(&pack, &self.path).iter().skip(1) {
                s.choose(&pack, id, now);
            }
            if let Some(o) = self.overlay {
                s.open(o, now);
            }
        }
        s.set_high_contrast(self.high_contrast, now);
        s.set_text_scale(self.text_scale, now);
    }
}

/// The path to show in `pack` for a path of the previous reading: the same if it is
/// still a path from home, else the way to its last node, else home.
fn resolve(pack: &Pack, path: &[String]) -> Vec<String> {
    let still = path.first() == Some(&pack.root)
        && path.windows(2).all(|w| {
            pack.node(&w[0])
                .is_some_and(|n| n.kind != NodeKind::Result && n.choices.contains(&w[1]))
        });
    if still {
        return path.to_vec();
    }
    path.last()
        .and_then(|id| super::headless::path_to(pack, id))
        .unwrap_or_else(|| vec![pack.root.clone()])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Node;

    use crate::content::model::testing::node;

    fn pack(nodes: Vec<Node>) -> Pack {
        let mut p = Pack::default();
        p.root = "home".into();
        p.nodes = nodes;
        p.reindex();
        p
    }

    fn ids(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_node_is_found_again_by_its_path_else_its_id_else_home() {
        use NodeKind::*;
        let before = ids(&["home", "a", "r"]);
        let same = pack(vec![
            node("home", Question, &["a"]),
            node("a", Question, &["r"]),
            node("r", Result, &[]),
        ]);
        assert_eq!(resolve(&same, &before), before);
        // The operator moved `r` under `b`.
        let moved = pack(vec![
            node("home", Question, &["a", "b"]),
            node("a", Question, &[]),
            node("b", Question, &["r"]),
            node("r", Result, &[]),
        ]);
        assert_eq!(resolve(&moved, &before), ids(&["home", "b", "r"]));
        let gone = pack(vec![node("home", Question, &["a"]), node("a", Question, &[])]);
        assert_eq!(resolve(&gone, &before), ids(&["home"]));
    }
}
