//! The controller: owns the session, answers the screens' callbacks, and pushes the
//! current screen's data into the Slint globals.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use chrono::{Datelike, NaiveDateTime, Timelike};
use slint::{ComponentHandle, Image, ModelRc, SharedString, VecModel};

use super::generated::{
    AppState, AppWindow, CrumbData, DocData, EmergencyData, L10n, LangData, MediatorRow, PrintState, ScreenKind,
    ServiceData, Theme, TileData, UpdateStepData,
};
use crate::config::{Config, Orientation};
use crate::content::{NodeKind, Pack, Service};
use crate::handoff::summary as handoff_summary;
use crate::hours::{self, Badge};
use crate::i18n::{self, Localizer};
use crate::printing::job::{self as print_job, PrintJob};
use crate::printing::transport::PrintError;
use crate::session::{Overlay, Screen, Session, Tick};

/// News from background work (tokio tasks), handled on the UI thread.
#[derive(Debug)]
pub enum IoEvent {
    /// A ticket was sent to the printer, or not.
    Printed {
        number: u16,
        result: Result<(), PrintError>,
    },
    /// The QR scanner read a line.
    Scanned(String),
    /// A USB stick visit moved on.
    Stick(crate::update::usb::StickEvent),
}

/// The updating screen's state while a stick is read.
#[derive(Debug, Clone)]
struct UpdateView {
    bundles: usize,
    /// 0 waiting, 1 running, 2 done, 3 failed, per step.
    steps: [i32; 5],
    progress: f32,
    /// Fluent keys of the outcome lines.
    result: Vec<&'static str>,
    done_at: Option<Duration>,
}

/// How long the outcome stays when the stick is not removed (a desktop folder).
const UPDATE_OUTCOME_SHOWN: Duration = Duration::from_secs(60);

/// Hands [`IoEvent`]s from any thread to the controller: queues the event, then wakes
/// the UI thread with `invoke_from_event_loop`.
#[derive(Clone)]
pub struct Notifier {
    tx: std::sync::mpsc::Sender<IoEvent>,
    window: slint::Weak<AppWindow>,
}

impl Notifier {
    pub fn send(&self, event: IoEvent) {
        if self.tx.send(event).is_ok() {
            let _ = self
                .window
                .upgrade_in_event_loop(|w| w.global::<AppState>().invoke_io_ready());
        }
    }
}

/// Where background work runs, and the executable that prints tickets.
#[derive(Clone)]
pub struct Background {
    pub handle: tokio::runtime::Handle,
    pub exe: std::path::PathBuf,
}

/// The ticket on screen: what its QR holds and when it was issued (printing draws
/// the same one).
#[derive(Debug, Clone)]
struct ShownTicket {
    number: u16,
    code: String,
    at: NaiveDateTime,
}

/// What the mediator view shows above the rows.
#[derive(Debug, Clone)]
struct MediatorView {
    /// French lines: number, when and where, language.
    heading: Vec<String>,
    /// Why the path cannot be shown, in French.
    problem: Option<String>,
}

/// Where time comes from: a monotonic clock for inactivity, a wall clock for
/// opening hours. Tests drive both.
#[derive(Clone)]
pub struct Clocks {
    pub monotonic: Rc<dyn Fn() -> Duration>,
    pub wall: Rc<dyn Fn() -> NaiveDateTime>,
}

impl Clocks {
    /// The system's clocks.
    pub fn system() -> Self {
        let start = std::time::Instant::now();
        Clocks {
            monotonic: Rc::new(move || start.elapsed()),
            wall: Rc::new(|| chrono::Local::now().naive_local()),
        }
    }
}

/// The session and everything needed to show it.
pub struct Controller {
    pack: Arc<Pack>,
    session: Session,
    l10n: Rc<Localizer>,
    /// The language the chrome is translated into; shared with the translate callback.
    lang: Rc<RefCell<String>>,
    images: HashMap<String, Image>,
    clocks: Clocks,
    default_high_contrast: bool,
    landscape: bool,
    revision: i32,
    last_tick: Tick,
    /// Set while filling a screen when a text had to fall back to another language.
    fell_back: std::cell::Cell<bool>,
    kiosk_name: String,
    mediator_url: Option<String>,
    /// Number of the next ticket; counts from 1 since start-up.
    next_ticket: u16,
    /// The ticket shown, kept while its screen is open.
    ticket: Option<ShownTicket>,
    print_state: PrintState,
    print_error: Option<PrintError>,
    can_print: bool,
    config_file: Option<std::path::PathBuf>,
    background: Option<Background>,
    io_tx: std::sync::mpsc::Sender<IoEvent>,
    io_rx: std::sync::mpsc::Receiver<IoEvent>,
    notifier: Option<Notifier>,
    mediator: Option<MediatorView>,
    update: Option<UpdateView>,
    stats: Option<Arc<crate::stats::Recorder>>,
    /// The visit being counted: whether it reached a result.
    visit: Option<bool>,
    session_cfg: crate::session::SessionConfig,
}

impl Controller {
    pub fn new(pack: Arc<Pack>, config: &Config, clocks: Clocks) -> Self {
        let mut session = Session::new(config.session, &pack);
        session.set_high_contrast(config.high_contrast, Duration::ZERO);
        let lang = Rc::new(RefCell::new(pack.default_language.clone()));
        let (io_tx, io_rx) = std::sync::mpsc::channel();
        Controller {
            session,
            l10n: Rc::new(Localizer::new()),
            lang,
            images: HashMap::new(),
            clocks,
            default_high_contrast: config.high_contrast,
            landscape: config.orientation == Orientation::Landscape,
            revision: 0,
            last_tick: Tick::Nothing,
            fell_back: std::cell::Cell::new(false),
            kiosk_name: config.kiosk_name.clone(),
            mediator_url: config.mediator_url.clone(),
            next_ticket: 1,
            ticket: None,
            print_state: PrintState::Idle,
            print_error: None,
            can_print: config.printer.is_some(),
            config_file: config.file.clone(),
            background: None,
            io_tx,
            io_rx,
            notifier: None,
            mediator: None,
            update: None,
            stats: None,
            visit: None,
            session_cfg: config.session,
            pack,
        }
    }

    /// Counts visits anonymously (see docs/privacy.md).
    pub fn set_stats(&mut self, recorder: Arc<crate::stats::Recorder>) {
        self.stats = Some(recorder);
    }

    fn stat(&self, event: crate::stats::Event) {
        if let Some(r) = &self.stats {
            r.record(event);
        }
    }

    /// The visit ends: counted as completed when it reached a result.
    fn end_visit(&mut self) {
        use crate::stats::{EndReason, Event};
        if let Some(result) = self.visit.take() {
            self.stat(Event::SessionEnd(if result {
                EndReason::Completed
            } else {
                EndReason::Timeout
            }));
        }
    }

    /// The pack on screen (after an update).
    pub fn pack(&self) -> &Arc<Pack> {
        &self.pack
    }

    /// Shows another pack: the visit is wiped and starts again on it.
    fn replace_pack(&mut self, pack: Arc<Pack>) {
        self.end_visit();
        self.images.clear();
        self.session = Session::new(self.session_cfg, &pack);
        self.session.set_high_contrast(self.default_high_contrast, self.now());
        self.pack = pack;
        self.ticket = None;
        self.mediator = None;
    }

    fn stick(&mut self, ev: crate::update::usb::StickEvent) {
        use crate::update::usb::StickEvent;
        match ev {
            StickEvent::Started { bundles } => {
                // Whatever a resident left on screen goes before an operator's work.
                self.end_visit();
                self.session.wipe();
                // Each visit, and the operator's screen, starts with the configured theme.
                let now = self.now();
                self.session.set_high_contrast(self.default_high_contrast, now);
                self.update = Some(UpdateView {
                    bundles: bundles.max(1),
                    steps: [0; 5],
                    progress: 0.0,
                    result: vec![],
                    done_at: None,
                });
            }
            StickEvent::Progress { bundle, step, fraction } => {
                if let Some(u) = &mut self.update {
                    let at = step.index();
                    for (i, s) in u.steps.iter_mut().enumerate() {
                        *s = match i.cmp(&at) {
                            std::cmp::Ordering::Less => 2,
                            std::cmp::Ordering::Equal if fraction >= 1.0 => 2,
                            std::cmp::Ordering::Equal => 1,
                            std::cmp::Ordering::Greater => 0,
                        };
                    }
                    let per = (at as f32 + fraction.clamp(0.0, 1.0)) / u.steps.len() as f32;
                    u.progress = ((bundle as f32 + per) / u.bundles as f32).clamp(0.0, 1.0);
                }
            }
            StickEvent::Finished(outcome) => {
                let now = self.now();
                let Some(u) = &mut self.update else { return };
                if outcome.bundles == 0 {
                    u.result.push("update-nothing");
                } else if outcome.installed.is_some() {
                    u.result.push("update-applied");
                    u.steps = [2; 5];
                    u.progress = 1.0;
                } else {
                    u.result.push("update-refused");
                    if let Some(s) = u.steps.iter_mut().find(|s| **s == 1) {
                        *s = 3;
                    }
                }
                if outcome.stats_written {
                    u.result.push("update-stats");
                }
                if !outcome.report_written {
                    u.result.push("update-write-failed");
                }
                u.done_at = Some(now);
                // Opened by the visit, off the UI thread.
                if let Some(p) = outcome.pack {
                    tracing::info!(pack = %p.id, version = %p.version, "new content shown");
                    self.replace_pack(p);
                }
            }
            StickEvent::Removed => self.update = None,
        }
    }

    /// Lets the controller print (and later run other device work) in the background.
    pub fn set_background(&mut self, background: Background) {
        self.background = Some(background);
    }

    /// A handle that background tasks use to reach the controller (after `attach`).
    pub fn notifier(&self) -> Option<Notifier> {
        self.notifier.clone()
    }

    /// Queues an event as background work would (screenshots of its outcome).
    pub fn queue_io(&self, event: IoEvent) {
        let _ = self.io_tx.send(event);
    }

    /// Handles every queued [`IoEvent`].
    pub fn drain_io(&mut self, window: &AppWindow) {
        let mut changed = false;
        while let Ok(ev) = self.io_rx.try_recv() {
            changed = true;
            match ev {
                IoEvent::Printed { number, result } => {
                    if self.ticket.as_ref().map(|t| t.number) != Some(number) {
                        continue;
                    }
                    match result {
                        Ok(()) => {
                            self.stat(crate::stats::Event::Ticket(crate::stats::TicketOutcome::Printed));
                            tracing::info!(ticket = number, "ticket printed");
                            self.print_state = PrintState::Printed;
                            self.print_error = None;
                        }
                        Err(e) => {
                            self.stat(crate::stats::Event::Ticket(crate::stats::TicketOutcome::Failed));
                            tracing::warn!(ticket = number, error = e.code(), "ticket not printed: {e}");
                            self.print_state = PrintState::Failed;
                            self.print_error = Some(e);
                        }
                    }
                }
                IoEvent::Scanned(code) => self.scanned(&code),
                IoEvent::Stick(ev) => self.stick(ev),
            }
        }
        if changed {
            self.refresh(window);
        }
    }

    /// A mediator scanned a code: the mediator view of that ticket, on this kiosk.
    pub fn scanned(&mut self, code: &str) {
        let now = self.now();
        let pack = self.pack.clone();
        self.ticket = None;
        // A mediator's reading is not a resident's visit: not counted.
        self.end_visit();
        match crate::handoff::Payload::decode(code.trim()) {
            Ok(p) => {
                let (summary, _) = handoff_summary::summarize(&p, Some(&pack));
                tracing::info!(
                    ticket = summary.ticket,
                    matched = summary.path.is_some(),
                    "ticket scanned"
                );
                let lang = summary
                    .language
                    .as_deref()
                    .filter(|l| i18n::language(l).is_some() && pack.languages.iter().any(|x| x.code == *l));
                self.session.resume(&pack, lang, summary.path.as_deref(), now);
                self.session.set_high_contrast(self.default_high_contrast, now);
                self.mediator = Some(MediatorView {
                    heading: summary.heading,
                    problem: summary.problem,
                });
            }
            Err(e) => {
                tracing::info!("unreadable code scanned: {e}");
                self.session.resume(&pack, None, None, now);
                self.session.set_high_contrast(self.default_high_contrast, now);
                self.mediator = Some(MediatorView {
                    heading: vec![],
                    problem: Some(handoff_summary::unreadable(&e)),
                });
            }
        }
    }

    /// Sends the ticket on screen to the printer, off the UI thread.
    fn print_ticket(&mut self) {
        if self.print_state == PrintState::Printing || !self.can_print {
            return;
        }
        let (Some(bg), Some(notifier), Some(t)) = (self.background.clone(), self.notifier.clone(), self.ticket.clone())
        else {
            return;
        };
        self.print_state = PrintState::Printing;
        let Some(pack_file) = self.pack.file.clone() else {
            self.print_state = PrintState::Failed;
            self.print_error = Some(PrintError::Io("the pack has no file".into()));
            return;
        };
        let job = PrintJob {
            exe: bg.exe.clone(),
            config: self.config_file.clone(),
            pack_file,
            path: self.session.path().to_vec(),
            lang: self.session.language().to_string(),
            number: t.number,
            at: t.at,
        };
        bg.handle.spawn(async move {
            let result = print_job::run(&job, print_job::DEADLINE).await;
            notifier.send(IoEvent::Printed {
                number: job.number,
                result,
            });
        });
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn set_landscape(&mut self, on: bool) {
        self.landscape = on;
    }

    fn now(&self) -> Duration {
        (self.clocks.monotonic)()
    }

    /// Wires the window's callbacks to `ctrl` and starts the inactivity clock.
    /// Keep the returned timer alive as long as the window.
    pub fn attach(ctrl: &Rc<RefCell<Controller>>, window: &AppWindow) -> slint::Timer {
        let l10n_global = window.global::<L10n>();
        {
            let (l10n, lang) = {
                let c = ctrl.borrow();
                (c.l10n.clone(), c.lang.clone())
            };
            let (l2, lang2) = (l10n.clone(), lang.clone());
            l10n_global.on_translate(move |key, _rev| SharedString::from(l10n.tr(&lang.borrow(), &key)));
            l10n_global.on_translate_count(move |key, n, _rev| {
                SharedString::from(l2.tr_count(&lang2.borrow(), &key, i64::from(n)))
            });
        }
        let state = window.global::<AppState>();
        let weak = window.as_weak();
        if let Ok(mut c) = ctrl.try_borrow_mut() {
            c.notifier = Some(Notifier {
                tx: c.io_tx.clone(),
                window: weak.clone(),
            });
        }
        // Every callback: one session step, then one refresh.
        let bind = |f: Box<dyn Fn(&mut Controller)>| {
            let ctrl = ctrl.clone();
            let weak = weak.clone();
            move || {
                if let Ok(mut c) = ctrl.try_borrow_mut() {
                    f(&mut c);
                    if let Some(w) = weak.upgrade() {
                        c.refresh(&w);
                    }
                }
            }
        };
        state.on_start(bind(Box::new(|c| {
            let now = c.now();
            c.session.start(now);
            c.end_visit();
            c.visit = Some(false);
            c.stat(crate::stats::Event::SessionStart);
        })));
        state.on_back(bind(Box::new(|c| {
            let now = c.now();
            c.session.back(now);
        })));
        state.on_home(bind(Box::new(|c| {
            let now = c.now();
            c.session.home(now);
        })));
        state.on_open_language(bind(Box::new(|c| {
            let now = c.now();
            c.session.open(Overlay::Language, now);
        })));
        state.on_open_help(bind(Box::new(|c| {
            let now = c.now();
            c.session.open(Overlay::Help, now);
        })));
        state.on_open_emergency(bind(Box::new(|c| {
            let now = c.now();
            c.session.open(Overlay::Emergency, now);
            c.stat(crate::stats::Event::Emergency);
        })));
        state.on_show_ticket(bind(Box::new(|c| {
            let now = c.now();
            c.session.open(Overlay::Ticket, now);
            c.stat(crate::stats::Event::Ticket(crate::stats::TicketOutcome::Shown));
        })));
        state.on_print_ticket(bind(Box::new(|c| {
            let now = c.now();
            c.session.activity(now);
            c.print_ticket();
        })));
        state.on_mediator_continue(bind(Box::new(|c| {
            let now = c.now();
            c.session.back(now);
        })));
        state.on_mediator_end(bind(Box::new(|c| {
            c.end_visit();
            c.session.wipe();
            let now = c.now();
            c.session.set_high_contrast(c.default_high_contrast, now);
            tracing::info!("mediator ended the visit");
        })));
        {
            let ctrl = ctrl.clone();
            let weak = weak.clone();
            state.on_io_ready(move || {
                if let (Ok(mut c), Some(w)) = (ctrl.try_borrow_mut(), weak.upgrade()) {
                    c.drain_io(&w);
                }
            });
        }
        state.on_toggle_contrast(bind(Box::new(|c| {
            let now = c.now();
            let on = !c.session.high_contrast();
            c.session.set_high_contrast(on, now);
        })));
        state.on_cycle_text_scale(bind(Box::new(|c| {
            let now = c.now();
            c.session.next_text_scale(now);
        })));
        state.on_still_here(bind(Box::new(|c| {
            let now = c.now();
            c.session.activity(now);
        })));
        state.on_touched(bind(Box::new(|c| {
            let now = c.now();
            c.session.activity(now);
        })));
        {
            let ctrl = ctrl.clone();
            let weak = weak.clone();
            state.on_choose(move |id| {
                if let Ok(mut c) = ctrl.try_borrow_mut() {
                    let now = c.now();
                    let pack = c.pack.clone();
                    let from_home = c.session.path().len() == 1;
                    if c.session.choose(&pack, &id, now) {
                        use crate::stats::Event;
                        if from_home {
                            c.stat(Event::Topic(id.to_string()));
                        }
                        match pack.node(&id).map(|n| n.kind) {
                            Some(NodeKind::Result) => {
                                c.stat(Event::Result(id.to_string()));
                                if let Some(v) = &mut c.visit {
                                    *v = true;
                                }
                            }
                            _ => c.stat(Event::Node(id.to_string())),
                        }
                    }
                    if let Some(w) = weak.upgrade() {
                        c.refresh(&w);
                    }
                }
            });
        }
        {
            let ctrl = ctrl.clone();
            let weak = weak.clone();
            state.on_pick_language(move |code| {
                if let Ok(mut c) = ctrl.try_borrow_mut() {
                    let now = c.now();
                    c.session.choose_language(&code, now);
                    c.stat(crate::stats::Event::Language(code.to_string()));
                    if let Some(w) = weak.upgrade() {
                        c.refresh(&w);
                    }
                }
            });
        }
        let timer = slint::Timer::default();
        {
            let ctrl = ctrl.clone();
            timer.start(slint::TimerMode::Repeated, Duration::from_millis(250), move || {
                if let Ok(mut c) = ctrl.try_borrow_mut() {
                    if let Some(w) = weak.upgrade() {
                        c.tick(&w);
                    }
                }
            });
        }
        if let Ok(mut c) = ctrl.try_borrow_mut() {
            c.refresh(window);
        }
        timer
    }

    /// Advances the inactivity clock; refreshes only when something changed.
    pub fn tick(&mut self, window: &AppWindow) {
        let now = self.now();
        if let Some(at) = self.update.as_ref().and_then(|u| u.done_at) {
            if now.saturating_sub(at) >= UPDATE_OUTCOME_SHOWN {
                self.update = None;
                self.refresh(window);
            }
        }
        let t = self.session.tick(now);
        if t != self.last_tick {
            self.last_tick = t;
            if t == Tick::Wiped {
                tracing::info!("session wiped after inactivity");
                self.end_visit();
                // Each visit starts with the configured theme.
                self.session.set_high_contrast(self.default_high_contrast, now);
            }
            self.refresh(window);
        }
    }

    /// Puts the session in a given state without taps (screenshots, resumed tickets).
    pub fn show_path(&mut self, path: &[String]) -> bool {
        let now = self.now();
        let pack = self.pack.clone();
        self.session.start(now);
        self.session.choose_language(&pack.default_language, now);
        let mut ok = true;
        for id in path.iter().skip_while(|id| **id == pack.root) {
            ok &= self.session.choose(&pack, id, now);
        }
        ok
    }

    pub fn session_mut(&mut self) -> &mut Session {
        &mut self.session
    }

    fn picto(&mut self, name: &str) -> Image {
        if let Some(img) = self.images.get(name) {
            return img.clone();
        }
        let img = match self.pack.pictogram(name) {
            Some(svg) => match Image::load_from_svg_data(&svg) {
                Ok(img) => img,
                Err(e) => {
                    tracing::warn!(pictogram = name, "cannot decode pictogram: {e:?}");
                    Image::default()
                }
            },
            None => {
                tracing::warn!(pictogram = name, "missing pictogram");
                Image::default()
            }
        };
        self.images.insert(name.to_string(), img.clone());
        img
    }

    fn text(&self, key: &str) -> String {
        match self.pack.text(self.session.language(), key) {
            Some(t) => {
                if t.fell_back {
                    self.fell_back.set(true);
                }
                t.value
            }
            None => String::new(),
        }
    }

    /// Pushes the whole current state to the window.
    pub fn refresh(&mut self, window: &AppWindow) {
        let lang = self.session.language().to_string();
        let theme = window.global::<Theme>();
        theme.set_high_contrast(self.session.high_contrast());
        theme.set_text_scale(self.session.text_scale());
        theme.set_landscape(self.landscape);
        let l10n = window.global::<L10n>();
        if *self.lang.borrow() != lang || self.revision == 0 {
            *self.lang.borrow_mut() = lang.clone();
            self.revision += 1;
            l10n.set_rtl(i18n::is_rtl(&lang));
            l10n.set_font_family(i18n::font_family(&lang).into());
            l10n.set_line_factor(i18n::line_factor(&lang));
            l10n.set_char_width(i18n::char_width(&lang));
            l10n.set_revision(self.revision);
        }
        let state = window.global::<AppState>();
        let screen = self.session.screen();
        self.fell_back.set(false);
        if !matches!(screen, Screen::Node(_)) || !self.session.is_active() {
            state.set_display_panel(false);
        }
        let kind = match &screen {
            Screen::Attract => ScreenKind::Attract,
            Screen::Language => ScreenKind::Language,
            Screen::Emergency => ScreenKind::Emergency,
            Screen::Help => ScreenKind::Help,
            Screen::Ticket => ScreenKind::Ticket,
            Screen::Mediator => ScreenKind::Mediator,
            Screen::Node(id) => match self.pack.node(id).map(|n| n.kind) {
                Some(NodeKind::Question) => ScreenKind::Question,
                Some(NodeKind::Result) => ScreenKind::Result,
                _ => ScreenKind::Info,
            },
        };
        state.set_screen(kind);
        state.set_at_home(self.session.path().len() <= 1);
        state.set_idle_warning(self.session.warning_shown());
        if let Tick::Warning { remaining_secs } = self.last_tick {
            state.set_idle_remaining(remaining_secs as i32);
        }

        match &screen {
            Screen::Attract => {
                let lines: Vec<SharedString> = i18n::offered(self.pack.languages.iter().map(|l| l.code.as_str()))
                    .iter()
                    .filter(|l| l.chrome.is_some())
                    .map(|l| SharedString::from(self.l10n.tr(l.code, "attract-touch")))
                    .collect();
                state.set_attract_lines(model(lines));
            }
            Screen::Language => {
                let langs: Vec<LangData> = i18n::offered(self.pack.languages.iter().map(|l| l.code.as_str()))
                    .iter()
                    .map(|l| LangData {
                        code: l.code.into(),
                        name: l.name.into(),
                        selected: l.code == lang,
                    })
                    .collect();
                state.set_languages(model(langs));
            }
            Screen::Emergency => {
                let lines: Vec<EmergencyData> = crate::emergency::NUMBERS
                    .iter()
                    .map(|n| EmergencyData {
                        number: n.number.into(),
                        label: self.l10n.tr(&lang, &n.key()).into(),
                        picto: self.picto(n.pictogram),
                    })
                    .collect();
                state.set_emergency_numbers(model(lines));
            }
            Screen::Help => {
                state.set_help_text(self.text("pack-help").into());
                let ids = self.pack.help_services.clone();
                let places: Vec<ServiceData> = ids.iter().filter_map(|id| self.service_data(id)).collect();
                state.set_help_places(model(places));
            }
            Screen::Ticket => self.fill_ticket(&state),
            Screen::Mediator => self.fill_mediator(&state),
            Screen::Node(id) => self.fill_node(&state, id),
        }
        if screen != Screen::Ticket {
            self.ticket = None;
            self.print_state = PrintState::Idle;
            self.print_error = None;
        }
        if screen != Screen::Mediator && !self.session.is_active() {
            self.mediator = None;
        }
        // The resident is told, in their language, when some text is shown in another.
        state.set_fallback_notice(self.fell_back.get());
        state.set_update_visible(self.update.is_some());
        if let Some(u) = &self.update {
            let steps: Vec<UpdateStepData> = crate::update::Step::ALL
                .iter()
                .zip(u.steps)
                .map(|(s, state)| UpdateStepData {
                    key: s.key().into(),
                    state,
                })
                .collect();
            state.set_update_steps(model(steps));
            state.set_update_progress(u.progress);
            let lines: Vec<SharedString> = u.result.iter().map(|k| self.l10n.tr(&lang, k).into()).collect();
            state.set_update_result(model(lines));
            state.set_update_done(u.done_at.is_some());
        } else {
            state.set_update_done(false);
        }
    }

    /// The ticket of the path so far: a QR code of its payload, its number, and where
    /// to show it. One number per opening of the ticket screen.
    fn fill_ticket(&mut self, state: &AppState<'_>) {
        let lang = self.session.language().to_string();
        if self.ticket.is_none() {
            let number = self.next_ticket;
            self.next_ticket = self.next_ticket.wrapping_add(1).max(1);
            let now = (self.clocks.wall)();
            let payload = crate::handoff::Payload::for_path(
                &self.pack,
                self.session.path(),
                &lang,
                &self.kiosk_name,
                number,
                now,
            );
            let code = payload.map(|p| p.encode()).unwrap_or_default();
            let text = match &self.mediator_url {
                Some(url) => format!("{url}#{code}"),
                None => code,
            };
            self.ticket = Some(ShownTicket {
                number,
                code: text,
                at: now,
            });
        }
        let Some(ShownTicket { number, code, .. }) = self.ticket.clone() else {
            return;
        };
        state.set_ticket_qr(qr_image(&code));
        state.set_ticket_code(code.into());
        state.set_can_print(self.can_print);
        state.set_print_state(self.print_state);
        let message = match (self.print_state, &self.print_error) {
            (PrintState::Idle, _) => String::new(),
            (PrintState::Printing, _) => self.l10n.tr(&lang, "ticket-printing"),
            (PrintState::Printed, _) => self.l10n.tr(&lang, "ticket-printed"),
            (PrintState::Failed, Some(PrintError::PaperOut)) => self.l10n.tr(&lang, "ticket-print-no-paper"),
            (PrintState::Failed, _) => self.l10n.tr(&lang, "ticket-print-failed"),
        };
        state.set_print_message(message.into());
        state.set_ticket_number(
            self.l10n
                .tr_args(&lang, "ticket-number", &[("number", &number.to_string())])
                .into(),
        );
        let ids = self.pack.help_services.clone();
        let places: Vec<ServiceData> = ids.iter().filter_map(|id| self.service_data(id)).collect();
        state.set_help_places(model(places));
    }

    /// The mediator view: French headings for the mediator, then the ticket's path and
    /// results in the resident's language beside French.
    fn fill_mediator(&mut self, state: &AppState<'_>) {
        let lang = self.session.language().to_string();
        let fr = self.pack.default_language.clone();
        let view = self.mediator.clone().unwrap_or(MediatorView {
            heading: vec![],
            problem: None,
        });
        let line = |i: usize| SharedString::from(view.heading.get(i).cloned().unwrap_or_default());
        state.set_mediator_ticket(line(0));
        state.set_mediator_when(line(1));
        state.set_mediator_language(line(2));
        state.set_mediator_problem(view.problem.clone().unwrap_or_default().into());
        let texts = handoff_summary::Texts::new();
        state.set_mediator_french_label(texts.t("kiosk-french", &[]).into());
        state.set_mediator_continue_fr(texts.t("kiosk-continue", &[]).into());
        state.set_mediator_end_fr(texts.t("kiosk-end", &[]).into());
        state.set_resident_language_name(i18n::language(&lang).map(|l| l.name).unwrap_or_default().into());
        state.set_resident_rtl(i18n::is_rtl(&lang));
        // Named, not left empty: an empty family would take the resident's script font
        // (with its taller lines) from the window.
        let french_font = match i18n::font_family(&fr) {
            "" => "Noto Sans",
            f => f,
        };
        state.set_french_font(french_font.into());
        let path = self.session.path().to_vec();
        let both = |this: &Self, key: &str| {
            let fr_text = this.pack.text(&fr, key).map(|t| t.value).unwrap_or_default();
            (this.text(key), fr_text)
        };
        let mut rows = Vec::new();
        let mut row = |resident: String, french: String, heading: bool, picto: Image| {
            rows.push(MediatorRow {
                resident: resident.into(),
                french: french.into(),
                heading,
                picto,
            })
        };
        for id in path.iter().skip(1) {
            let Some(node) = self.pack.node(id).cloned() else {
                continue;
            };
            let (r, f) = both(self, &format!("node-{id}"));
            let picto = self.picto(&node.pictogram);
            row(r, f, true, picto);
            if node.kind != NodeKind::Result {
                continue;
            }
            let (r, f) = both(self, &format!("node-{id}.text"));
            row(r, f, false, Image::default());
            if !node.documents.is_empty() {
                row(
                    self.l10n.tr(&lang, "result-documents"),
                    texts.t("kiosk-documents", &[]),
                    true,
                    Image::default(),
                );
                for d in &node.documents {
                    let (r, f) = both(self, &format!("doc-{d}"));
                    let picto = self.pack.document(d).map(|x| x.pictogram.clone()).unwrap_or_default();
                    let picto = self.picto(&picto);
                    row(r, f, false, picto);
                }
            }
            if !node.services.is_empty() {
                row(
                    self.l10n.tr(&lang, "result-where"),
                    texts.t("kiosk-where", &[]),
                    true,
                    Image::default(),
                );
                for s in &node.services {
                    if let Some(svc) = self.pack.service(s) {
                        let name = svc.nom.clone();
                        let picto = self.picto(&svc.pictogram.clone());
                        row(name.clone(), name, false, picto);
                    }
                }
            }
        }
        state.set_mediator_rows(model(rows));
    }

    fn fill_node(&mut self, state: &AppState<'_>, id: &str) {
        let pack = self.pack.clone();
        let Some(node) = pack.node(id) else { return };
        state.set_title(self.text(&format!("node-{id}")).into());
        state.set_question(self.text(&format!("node-{id}.question")).into());
        state.set_body(self.text(&format!("node-{id}.text")).into());
        state.set_picto(self.picto(&node.pictogram));
        state.set_page_emergency(node.emergency);
        let tiles: Vec<TileData> = node
            .choices
            .iter()
            .filter_map(|c| pack.node(c))
            .map(|c| {
                let label = self.text(&format!("node-{}", c.id));
                TileData {
                    id: c.id.as_str().into(),
                    longest_word: longest_word(&label),
                    label: label.into(),
                    picto: self.picto(&c.pictogram),
                    emergency: c.emergency,
                }
            })
            .collect();
        state.set_choices(model(tiles));
        let crumbs: Vec<CrumbData> = self
            .session
            .path()
            .to_vec()
            .iter()
            .skip(1)
            .filter_map(|p| pack.node(p))
            .map(|n| CrumbData {
                label: self.text(&format!("node-{}", n.id)).into(),
                picto: self.picto(&n.pictogram),
            })
            .collect();
        state.set_crumbs(model(crumbs));
        let docs: Vec<DocData> = node
            .documents
            .iter()
            .filter_map(|d| pack.document(d))
            .map(|d| DocData {
                label: self.text(&format!("doc-{}", d.id)).into(),
                picto: self.picto(&d.pictogram),
            })
            .collect();
        state.set_documents(model(docs));
        let services: Vec<ServiceData> = node.services.iter().filter_map(|s| self.service_data(s)).collect();
        state.set_services(model(services));
    }

    fn service_data(&mut self, id: &str) -> Option<ServiceData> {
        let pack = self.pack.clone();
        let s: &Service = pack.service(id)?;
        let (badge, badge_text) = self.badge(s);
        let address = [s.adresse.clone(), join_postcode(s)]
            .into_iter()
            .flatten()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        Some(ServiceData {
            name: s.nom.as_str().into(),
            description: self.text(&format!("svc-{id}")).into(),
            address: isolate_ltr(&address).into(),
            phone: s
                .telephone
                .as_deref()
                .map(|p| isolate_ltr(&crate::phone::display(p)))
                .unwrap_or_default()
                .into(),
            website: s
                .site_web
                .as_deref()
                .map(|w| isolate_ltr(strip_scheme(w)))
                .unwrap_or_default()
                .into(),
            badge,
            badge_text: badge_text.into(),
            picto: self.picto(&s.pictogram),
            example: s.example,
        })
    }

    fn badge(&self, s: &Service) -> (i32, String) {
        let lang = self.session.language();
        let Some(h) = &s.horaires_accueil else {
            return (0, self.l10n.tr(lang, "badge-unknown"));
        };
        let now = (self.clocks.wall)();
        let time = |t: NaiveDateTime| format!("{:02}:{:02}", t.hour(), t.minute());
        match hours::badge(h, &self.pack.country, now) {
            Badge::Open { closes: Some(t) } if t.date() == now.date() => {
                (1, self.l10n.tr_args(lang, "badge-open-until", &[("time", &time(t))]))
            }
            Badge::Open { .. } => (1, self.l10n.tr(lang, "badge-open")),
            Badge::Closed { opens: Some(t) } => {
                let days = (t.date() - now.date()).num_days();
                let key = match days {
                    0 => "badge-closed-opens-today",
                    1 => "badge-closed-opens-tomorrow",
                    _ => "badge-closed-opens-day",
                };
                let day = self.l10n.tr(lang, &format!("day-{}", t.weekday().number_from_monday()));
                (2, self.l10n.tr_args(lang, key, &[("time", &time(t)), ("day", &day)]))
            }
            Badge::Closed { opens: None } => (2, self.l10n.tr(lang, "badge-closed")),
            Badge::Unknown => (0, self.l10n.tr(lang, "badge-unknown")),
        }
    }
}

/// The QR code of `text` as an image about 640 px wide, sharp modules, white border.
fn qr_image(text: &str) -> Image {
    let Ok(m) = crate::handoff::qr::encode(text) else {
        return Image::default();
    };
    let module = (640 / (m.width + 2 * crate::handoff::qr::QUIET_ZONE)).max(1);
    let (side, px) = m.to_pixels(module);
    let mut buf = slint::SharedPixelBuffer::<slint::Rgb8Pixel>::new(side as u32, side as u32);
    for (out, v) in buf.make_mut_slice().iter_mut().zip(px) {
        *out = slint::Rgb8Pixel::new(v, v, v);
    }
    Image::from_rgb8(buf)
}

/// Characters in the longest word of `s`.
fn longest_word(s: &str) -> i32 {
    s.split_whitespace().map(|w| w.chars().count()).max().unwrap_or(0) as i32
}

fn model<T: Clone + 'static>(v: Vec<T>) -> ModelRc<T> {
    ModelRc::new(VecModel::from(v))
}

fn join_postcode(s: &Service) -> Option<String> {
    match (&s.code_postal, &s.commune) {
        (Some(c), Some(v)) => Some(format!("{c} {v}")),
        (None, Some(v)) => Some(v.clone()),
        (Some(c), None) => Some(c.clone()),
        (None, None) => None,
    }
}

fn strip_scheme(url: &str) -> &str {
    url.trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_end_matches('/')
}

/// Wraps Latin data (numbers, addresses, web addresses) in a left-to-right isolate so it
/// keeps its order inside right-to-left text.
fn isolate_ltr(s: &str) -> String {
    if s.is_empty() {
        String::new()
    } else {
        format!("\u{2066}{s}\u{2069}")
    }
}
