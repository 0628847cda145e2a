//! Rendering screens to images without any display: a minimal Slint platform around the
//! software renderer. Used by `borne screenshot`, `borne content proof` (through `Stage`,
//! one window for many shots) and the rendering tests.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use slint::platform::software_renderer::{MinimalSoftwareWindow, RepaintBufferType};
use slint::platform::{Platform, WindowAdapter};
use slint::{PhysicalSize, PlatformError, Rgb8Pixel};

use crate::config::Config;
use crate::content::Pack;

struct HeadlessPlatform {
    window: Rc<MinimalSoftwareWindow>,
    start: std::time::Instant,
}

impl Platform for HeadlessPlatform {
    fn create_window_adapter(&self) -> Result<Rc<dyn WindowAdapter>, PlatformError> {
        Ok(self.window.clone())
    }

    fn duration_since_start(&self) -> std::time::Duration {
        self.start.elapsed()
    }
}

/// A headless window: install once per thread (Slint keeps its platform per thread),
/// before creating any component.
pub struct Headless {
    window: Rc<MinimalSoftwareWindow>,
    /// The [`Stage`] whose component the window drew last (0: none). The window draws
    /// the component created last, so a stage whose component was replaced since
    /// makes a new one.
    owner: Cell<u64>,
    /// Stages numbered so far.
    stages: Cell<u64>,
}

impl Headless {
    pub fn install() -> Result<Self, PlatformError> {
        let window = MinimalSoftwareWindow::new(RepaintBufferType::NewBuffer);
        slint::platform::set_platform(Box::new(HeadlessPlatform {
            window: window.clone(),
            start: std::time::Instant::now(),
        }))
        .map_err(|e| PlatformError::Other(e.to_string()))?;
        Ok(Headless {
            window,
            owner: Cell::new(0),
            stages: Cell::new(0),
        })
    }

    pub fn set_size(&self, width: u32, height: u32) {
        self.window.set_size(PhysicalSize::new(width, height));
    }

    /// Renders the current frame into an RGB image.
    pub fn render(&self, width: u32, height: u32) -> image::RgbImage {
        // Whatever component this draws is not a stage's.
        self.owner.set(0);
        self.frame(width, height)
    }

    fn frame(&self, width: u32, height: u32) -> image::RgbImage {
        self.set_size(width, height);
        slint::platform::update_timers_and_animations();
        self.window.request_redraw();
        let mut buffer = vec![Rgb8Pixel::new(0, 0, 0); (width * height) as usize];
        self.window.draw_if_needed(|renderer| {
            renderer.render(&mut buffer, width as usize);
        });
        let mut img = image::RgbImage::new(width, height);
        for (px, out) in buffer.iter().zip(img.pixels_mut()) {
            *out = image::Rgb([px.r, px.g, px.b]);
        }
        img
    }
}

/// What to render.
pub struct Shot {
    pub lang: String,
    pub node: Option<String>,
    /// attract, language, home, emergency, help or idle-warning.
    pub screen: Option<&'static str>,
    pub text_scale: f32,
    pub wall: chrono::NaiveDateTime,
    /// Audio mode on (the Listen button lit; nothing is played).
    pub audio: bool,
    /// The keypad's focus ring on this control (its `focus-id`).
    pub focus: Option<String>,
    /// The maintenance screen's panel (`pin` for the PIN pad), with `screen`
    /// `maintenance`.
    pub panel: String,
    /// On an offers node, which of its screens (see `borne screenshot --offers`).
    pub offers: Option<String>,
    /// On an eligibility node: the tiles tapped, in order (its later questions).
    pub answers: Vec<usize>,
}

#[derive(Debug, thiserror::Error)]
pub enum ShotError {
    #[error("node \"{0}\" is not in this pack")]
    UnknownNode(String),
    #[error("language \"{0}\" is not known")]
    UnknownLanguage(String),
    #[error("there is no maintenance panel \"{0}\"")]
    UnknownPanel(String),
    #[error("there is no control \"{0}\" on this screen to focus")]
    UnknownControl(String),
    #[error("there is no offers screen \"{0}\" here (an offers node shows commune, rooms, rent, wheelchair, page2, offer, apply)")]
    UnknownOffers(String),
    #[error("the screen cannot be created: {0}")]
    Platform(#[from] PlatformError),
}

impl Headless {
    /// Renders one screen of `pack` as `shot` describes, on a window of its own.
    pub fn shoot(
        &self,
        pack: Arc<Pack>,
        config: &Config,
        shot: &Shot,
        width: u32,
        height: u32,
    ) -> Result<image::RgbImage, ShotError> {
        Stage::new(self, pack, config, width, height).shoot(shot)
    }

    /// The window's scale factor: the screen is laid out at its logical size and drawn
    /// at that size times `factor`.
    fn set_scale(&self, factor: f32) {
        self.window
            .dispatch_event(slint::platform::WindowEvent::ScaleFactorChanged { scale_factor: factor });
    }
}

/// A window and its controller kept across many shots of one pack at one size.
///
/// Creating them costs about as much as drawing a frame, so a proof sheet of a thousand
/// screens reuses them: each shot starts from a wiped visit. A shot whose screen leaves
/// state behind that a wipe does not clear (the ticket counter, a print failure, a
/// scanned ticket, a stick, the maintenance screen, the idle clock, a focus) is followed
/// by a fresh window and controller, so every shot looks as it would alone.
pub struct Stage<'a> {
    id: u64,
    headless: &'a Headless,
    pack: Arc<Pack>,
    config: &'a Config,
    width: u32,
    height: u32,
    scale: f32,
    parts: Option<Parts>,
}

/// What a stage creates and may throw away.
struct Parts {
    window: super::AppWindow,
    ctrl: Rc<RefCell<super::Controller>>,
    mono: Rc<Cell<Duration>>,
    wall: Rc<Cell<chrono::NaiveDateTime>>,
    _timer: slint::Timer,
}

impl<'a> Stage<'a> {
    /// A stage for screens of `width` × `height` logical pixels (the kiosk's layout).
    pub fn new(headless: &'a Headless, pack: Arc<Pack>, config: &'a Config, width: u32, height: u32) -> Self {
        let id = headless.stages.get() + 1;
        headless.stages.set(id);
        Stage {
            id,
            headless,
            pack,
            config,
            width,
            height,
            scale: 1.0,
            parts: None,
        }
    }

    /// Images drawn at `scale` times the logical size (0.5: half size, four times fewer
    /// pixels to draw and to write, text still drawn from its outlines).
    pub fn with_scale(mut self, scale: f32) -> Self {
        self.scale = scale.clamp(0.1, 4.0);
        self
    }

    /// The size of the images this stage draws.
    pub fn image_size(&self) -> (u32, u32) {
        let px = |v: u32| ((v as f32 * self.scale).round() as u32).max(1);
        (px(self.width), px(self.height))
    }

    fn make_parts(&self) -> Result<Parts, ShotError> {
        use super::{Clocks, Controller};
        let mono = Rc::new(Cell::new(Duration::ZERO));
        let wall = Rc::new(Cell::new(chrono::NaiveDateTime::default()));
        let (m2, w2) = (mono.clone(), wall.clone());
        let clocks = Clocks {
            monotonic: Rc::new(move || m2.get()),
            wall: Rc::new(move || w2.get()),
        };
        let window = super::generated::AppWindow::new()?;
        let ctrl = Rc::new(RefCell::new(Controller::new(self.pack.clone(), self.config, clocks)));
        ctrl.borrow_mut().set_landscape(self.width > self.height);
        // A picture is silent: the plans go to a player that drops them.
        ctrl.borrow_mut().set_player(crate::speech::Player::recording().0);
        let _timer = Controller::attach(&ctrl, &window);
        Ok(Parts {
            window,
            ctrl,
            mono,
            wall,
            _timer,
        })
    }

    /// Renders one screen as `shot` describes.
    pub fn shoot(&mut self, shot: &Shot) -> Result<image::RgbImage, ShotError> {
        let pack = self.pack.clone();
        if crate::i18n::language(&shot.lang).is_none() && !pack.has_language(&shot.lang) {
            return Err(ShotError::UnknownLanguage(shot.lang.clone()));
        }
        let path = match &shot.node {
            Some(id) => Some(path_to(&pack, id).ok_or_else(|| ShotError::UnknownNode(id.clone()))?),
            None => None,
        };
        let leaves_state = shot.focus.is_some()
            || matches!(
                shot.screen,
                Some(
                    "ticket"
                        | "ticket-failed"
                        | "mediator"
                        | "update"
                        | "update-done"
                        | "maintenance"
                        | "idle-warning"
                        | "online"
                )
            );
        let parts = match self.parts.take() {
            Some(p) if self.headless.owner.get() == self.id => p,
            // None yet, or another component was drawn since: the window draws the
            // component created last.
            _ => self.make_parts()?,
        };
        self.headless.owner.set(self.id);
        let (w, h) = self.image_size();
        let drawn = draw(
            &parts,
            self.headless,
            self.config,
            shot,
            path.as_deref(),
            (w, h, self.scale),
        );
        if !leaves_state && drawn.is_ok() {
            self.parts = Some(parts);
        }
        drawn
    }
}

/// One shot on a stage's window: the scene set, the window shown, one frame drawn.
fn draw(
    p: &Parts,
    headless: &Headless,
    config: &Config,
    shot: &Shot,
    path: Option<&[String]>,
    (w, h, scale): (u32, u32, f32),
) -> Result<image::RgbImage, ShotError> {
    use slint::ComponentHandle;
    p.mono.set(Duration::ZERO);
    p.wall.set(shot.wall);
    {
        let mut c = p.ctrl.borrow_mut();
        // What the previous shot on this window set goes, as at the end of a visit.
        c.session_mut().wipe();
        set_scene(&mut c, config, shot, path);
        if let Some(view) = &shot.offers {
            if !c.show_offers(view) {
                return Err(ShotError::UnknownOffers(view.clone()));
            }
        }
        c.refresh(&p.window);
        play_events(&mut c, &p.window, config, shot);
        if shot.screen == Some("idle-warning") {
            p.mono.set(config.session.idle_after + Duration::from_millis(10));
            c.tick(&p.window);
        }
        if shot.screen == Some("maintenance") {
            let locked = shot.panel == "pin";
            let panel = if locked { "identity" } else { shot.panel.as_str() };
            if !c.show_maintenance_sample(&p.window, panel, locked) {
                return Err(ShotError::UnknownPanel(shot.panel.clone()));
            }
        }
    }
    // The printed ticket draws on the same window at its own size, unscaled: the scale
    // goes back to 1 however this shot ends.
    let _unscale = Unscale(headless);
    headless.set_scale(scale);
    p.window.show()?;
    if let Some(id) = &shot.focus {
        // Focused once the screen is up, as a key would: its change handlers (the
        // page scrolled to the control) run before the frame.
        slint::platform::update_timers_and_animations();
        if !p.ctrl.borrow_mut().focus_on(&p.window, id) {
            return Err(ShotError::UnknownControl(id.clone()));
        }
        slint::platform::update_timers_and_animations();
    }
    let img = headless.frame(w, h);
    p.window.hide()?;
    Ok(img)
}

/// Puts the headless window's scale back to 1 when dropped.
struct Unscale<'a>(&'a Headless);

impl Drop for Unscale<'_> {
    fn drop(&mut self) {
        self.0.set_scale(1.0);
    }
}

/// Puts the visit where the shot wants it: path, language, display settings, overlay.
fn set_scene(c: &mut super::Controller, config: &crate::config::Config, shot: &Shot, path: Option<&[String]>) {
    use crate::session::Overlay;
    let now = std::time::Duration::ZERO;
    match (shot.screen, path) {
        (Some("attract"), _) => {}
        (_, Some(p)) => {
            c.show_path(p);
        }
        _ => {
            c.show_path(&[]);
        }
    }
    let pack = c.pack().clone();
    let s = c.session_mut();
    s.choose_language(&shot.lang, now);
    for &a in &shot.answers {
        s.answer(&pack, a, now);
    }
    s.set_high_contrast(config.high_contrast, now);
    s.set_text_scale(shot.text_scale, now);
    match shot.screen {
        Some("attract") => s.wipe(),
        Some("language") => s.open(Overlay::Language, now),
        Some("emergency") => s.open(Overlay::Emergency, now),
        Some("help") => s.open(Overlay::Help, now),
        Some("ticket") | Some("ticket-failed") => s.open(Overlay::Ticket, now),
        Some("online") => s.open(Overlay::Online(0), now),
        _ => {}
    }
    if shot.screen == Some("attract") {
        s.set_high_contrast(config.high_contrast, now);
        s.set_text_scale(shot.text_scale, now);
    }
    s.set_audio(shot.audio, now);
}

/// What devices would have told the kiosk for screens that follow one: a printer out
/// of paper, a USB stick being read, a scanned ticket.
fn play_events(c: &mut super::Controller, window: &super::AppWindow, config: &crate::config::Config, shot: &Shot) {
    use std::time::Duration;

    use super::IoEvent;
    use crate::update::usb::{StickEvent, VisitOutcome};
    if shot.screen == Some("ticket-failed") {
        c.queue_io(IoEvent::Printed {
            number: 1,
            result: Err(crate::printing::transport::PrintError::PaperOut),
        });
        c.drain_io(window);
    }
    if matches!(shot.screen, Some("update") | Some("update-done")) {
        let mut events = vec![
            StickEvent::Started { bundles: 1 },
            StickEvent::Progress {
                bundle: 0,
                step: crate::update::Step::Check,
                fraction: 0.5,
            },
        ];
        if shot.screen == Some("update-done") {
            events.push(StickEvent::Finished(VisitOutcome {
                bundles: 1,
                refused: 1,
                report_written: true,
                stats_written: true,
                ..Default::default()
            }));
        }
        for e in events {
            c.queue_io(IoEvent::Stick(e));
        }
        c.drain_io(window);
    }
    if shot.screen == Some("mediator") {
        // The view a mediator gets by scanning this path's ticket.
        let pack = c.pack().clone();
        let code =
            crate::handoff::Payload::for_path(&pack, c.session().path(), &shot.lang, &config.kiosk_name, 12, shot.wall)
                .map(|p| p.encode())
                .unwrap_or_default();
        c.scanned(&code);
        // The scan starts a new visit; the shot's display settings apply to it.
        let s = c.session_mut();
        s.set_high_contrast(config.high_contrast, Duration::ZERO);
        s.set_text_scale(shot.text_scale, Duration::ZERO);
        c.refresh(window);
    }
}

/// The shortest path of node ids from the root to `id`.
pub fn path_to(pack: &crate::content::Pack, id: &str) -> Option<Vec<String>> {
    use std::collections::{HashMap, VecDeque};
    pack.node(id)?;
    let mut parent: HashMap<&str, &str> = HashMap::new();
    let mut queue = VecDeque::from([pack.root.as_str()]);
    let mut seen = std::collections::HashSet::from([pack.root.as_str()]);
    while let Some(cur) = queue.pop_front() {
        if cur == id {
            let mut path = vec![cur.to_string()];
            let mut at = cur;
            while let Some(p) = parent.get(at) {
                path.push(p.to_string());
                at = p;
            }
            path.reverse();
            return Some(path);
        }
        for c in pack.node(cur).map(|n| n.choices.as_slice()).unwrap_or_default() {
            if seen.insert(c.as_str()) {
                parent.insert(c.as_str(), cur);
                queue.push_back(c.as_str());
            }
        }
    }
    None
}
