//! The controller: a thin router between the window and the presenters. It owns the
//! shared state ([`Ctx`]: pack, session, clocks, translations, pictograms), decides from
//! the session which presenter fills the screen, wires each presenter's callbacks, hands
//! each device event to the presenter that owns it, and runs the inactivity clock.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use slint::{ComponentHandle, SharedString};

use super::context::{Clocks, Ctx};
use super::generated::{AppState, AppWindow, L10n, ScreenKind, Theme};
use super::io::{Background, IoEvent, Notifier};
use super::keys::{self, Keys};
use super::listen::{self, Listener, Showing};
use super::mediator::{self, MediatorPresenter};
use super::ticket::{self, TicketPresenter};
use super::update_screen::UpdatePresenter;
use super::{journey, nav};
use crate::config::{Config, Orientation};
use crate::content::{NodeKind, Pack};
use crate::i18n;
use crate::session::{Screen, Session, Tick};

/// The session, the presenters, and everything needed to show them.
pub struct Controller {
    pub(super) ctx: Ctx,
    pub(super) ticket: TicketPresenter,
    offers: super::offers::OffersPresenter,
    mediator: MediatorPresenter,
    update: UpdatePresenter,
    pub(super) listen: Listener,
    pub(super) keys: Keys,
    pub(super) maintenance: super::maintenance::MaintenancePresenter,
    /// The exit status asked for (a restart from the maintenance screen).
    pub(super) exit_code: Option<u8>,
    /// The language the chrome is translated into; shared with the translate callback.
    lang: Rc<RefCell<String>>,
    landscape: bool,
    revision: i32,
    last_tick: Tick,
    pub(super) background: Option<Background>,
    io_tx: std::sync::mpsc::Sender<IoEvent>,
    io_rx: std::sync::mpsc::Receiver<IoEvent>,
    pub(super) notifier: Option<Notifier>,
}

/// Makes the window's callbacks: each is one step on the controller, then one refresh.
pub(super) struct Binder {
    ctrl: Rc<RefCell<Controller>>,
    window: slint::Weak<AppWindow>,
}

impl Binder {
    /// A callback without argument.
    pub fn step(&self, f: impl Fn(&mut Controller) + 'static) -> impl Fn() + 'static {
        let (ctrl, weak) = (self.ctrl.clone(), self.window.clone());
        move || {
            if let Ok(mut c) = ctrl.try_borrow_mut() {
                f(&mut c);
                if let Some(w) = weak.upgrade() {
                    c.refresh(&w);
                }
            }
        }
    }

    /// A callback with an argument (an id, a language code, a digit; several as a tuple).
    pub fn step_with<A>(&self, f: impl Fn(&mut Controller, A) + 'static) -> impl Fn(A) + 'static {
        let (ctrl, weak) = (self.ctrl.clone(), self.window.clone());
        move |arg| {
            if let Ok(mut c) = ctrl.try_borrow_mut() {
                f(&mut c, arg);
                if let Some(w) = weak.upgrade() {
                    c.refresh(&w);
                }
            }
        }
    }
}

impl Binder {
    /// A callback whose step may press a control afterwards, as a finger would: the
    /// press runs that control's own callback once the controller is free again.
    pub fn step_then(
        &self,
        f: impl Fn(&mut Controller, &AppWindow, SharedString) -> Option<crate::focus::Control> + 'static,
    ) -> impl Fn(SharedString) + 'static {
        let (ctrl, weak) = (self.ctrl.clone(), self.window.clone());
        move |arg| {
            let Some(w) = weak.upgrade() else { return };
            let press = match ctrl.try_borrow_mut() {
                Ok(mut c) => {
                    let p = f(&mut c, &w, arg);
                    c.refresh(&w);
                    p
                }
                Err(_) => None,
            };
            if let Some(p) = press {
                keys::press(&w, p);
            }
        }
    }
}

impl Controller {
    pub fn new(pack: Arc<Pack>, config: &Config, clocks: Clocks) -> Self {
        let lang = Rc::new(RefCell::new(pack.default_language.clone()));
        let (io_tx, io_rx) = std::sync::mpsc::channel();
        Controller {
            ctx: Ctx::new(pack, config, clocks),
            ticket: TicketPresenter::new(config),
            offers: super::offers::OffersPresenter::default(),
            mediator: MediatorPresenter::default(),
            update: UpdatePresenter::default(),
            // The real player; its thread opens the sound device at the first sound.
            listen: {
                let mut l = Listener::new(crate::speech::Player::alsa(crate::speech::Synth::default()));
                l.set_headphones_only(config.speech_output == crate::config::SpeechOutput::Headphones);
                l
            },
            keys: Keys::default(),
            maintenance: super::maintenance::MaintenancePresenter::new(config),
            exit_code: None,
            lang,
            landscape: config.orientation == Orientation::Landscape,
            revision: 0,
            last_tick: Tick::Nothing,
            background: None,
            io_tx,
            io_rx,
            notifier: None,
        }
    }

    /// Counts visits anonymously (see docs/privacy.md).
    pub fn set_stats(&mut self, recorder: Arc<crate::stats::Recorder>) {
        self.ctx.set_stats(recorder);
    }

    /// The pack on screen (after an update).
    pub fn pack(&self) -> &Arc<Pack> {
        &self.ctx.pack
    }

    /// Shows another pack: the visit is wiped and starts again on it.
    pub(super) fn replace_pack(&mut self, pack: Arc<Pack>) {
        self.ctx.replace_pack(pack);
        // Photos are the old pack's.
        self.offers = super::offers::OffersPresenter::default();
        self.ticket.forget();
        self.mediator.clear();
    }

    /// Speech goes to `player` (tests give one that records its commands).
    pub fn set_player(&mut self, player: crate::speech::Player) {
        self.listen.set_player(player);
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

    /// Hands every queued [`IoEvent`] to the presenter that owns it. A key that
    /// presses a control stops the draining: the control is returned, to be pressed
    /// (by [`keys::press`]) before the next event is handled on the screen it opens.
    pub fn drain_io(&mut self, window: &AppWindow) -> Option<crate::focus::Control> {
        let mut changed = false;
        while let Ok(ev) = self.io_rx.try_recv() {
            // Photos go into place; nothing else on screen changes.
            changed |= !matches!(ev, IoEvent::Photos(_));
            match ev {
                IoEvent::Photos(p) => self.offers.photos_ready(&self.ctx, window, p),
                IoEvent::Key(key) if self.maintenance.visible() => self.maintenance.key(key),
                IoEvent::Key(key) => {
                    if let Some(control) = keys::key_pressed(self, window, key, true) {
                        self.refresh(window);
                        return Some(control);
                    }
                }
                IoEvent::Headphones(plugged) => self.listen.headphones(&mut self.ctx, plugged),
                IoEvent::Diagnostics(d) => self.maintenance.diagnostics = Some(d),
                IoEvent::Maintenance(o) => super::maintenance_actions::outcome(self, o),
                IoEvent::Printed { number, result } => self.ticket.printed(&self.ctx, number, result),
                IoEvent::Scanned(code) => self.scanned(&code),
                IoEvent::Stick(ev) => {
                    if let Some(pack) = self.update.event(&mut self.ctx, ev) {
                        self.replace_pack(pack);
                    }
                }
            }
        }
        if changed {
            self.refresh(window);
        }
        None
    }

    /// Handles queued events, pressing what keys press, until none is left.
    pub fn drain_and_press(ctrl: &Rc<RefCell<Controller>>, window: &AppWindow) {
        loop {
            let press = match ctrl.try_borrow_mut() {
                Ok(mut c) => c.drain_io(window),
                Err(_) => return,
            };
            match press {
                Some(control) => keys::press(window, control),
                None => return,
            }
        }
    }

    /// A mediator scanned a code: the mediator view of that ticket, on this kiosk (on
    /// the maintenance screen, the scanner's test).
    pub fn scanned(&mut self, code: &str) {
        if self.maintenance.visible() {
            self.maintenance.scanned(code);
            return;
        }
        self.ticket.forget();
        self.mediator.scanned(&mut self.ctx, code);
    }

    pub fn session(&self) -> &Session {
        &self.ctx.session
    }

    pub fn session_mut(&mut self) -> &mut Session {
        &mut self.ctx.session
    }

    pub fn set_landscape(&mut self, on: bool) {
        self.landscape = on;
    }

    /// Wires the window's callbacks to `ctrl` and starts the inactivity clock.
    /// Keep the returned timer alive as long as the window.
    pub fn attach(ctrl: &Rc<RefCell<Controller>>, window: &AppWindow) -> slint::Timer {
        Self::connect_translations(ctrl, window);
        let weak = window.as_weak();
        if let Ok(mut c) = ctrl.try_borrow_mut() {
            c.notifier = Some(Notifier {
                tx: c.io_tx.clone(),
                window: weak.clone(),
            });
        }
        let state = window.global::<AppState>();
        let bind = Binder {
            ctrl: ctrl.clone(),
            window: weak.clone(),
        };
        journey::connect(&bind, &state);
        super::offers::connect(&bind, window);
        nav::connect(&bind, &state);
        ticket::connect(&bind, &state);
        mediator::connect(&bind, &state);
        super::online::connect(&bind, &state);
        listen::connect(&bind, &state);
        keys::connect(&bind, &state);
        super::maintenance::connect(&bind, &state, &window.global::<super::generated::Maintenance>());
        super::maintenance::connect_texts(ctrl, window);
        {
            let ctrl = ctrl.clone();
            let weak = weak.clone();
            state.on_io_ready(move || {
                if let Some(w) = weak.upgrade() {
                    Controller::drain_and_press(&ctrl, &w);
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

    /// The `L10n` global translates chrome texts in the resident's language.
    fn connect_translations(ctrl: &Rc<RefCell<Controller>>, window: &AppWindow) {
        let (l10n, lang) = {
            let c = ctrl.borrow();
            (c.ctx.l10n.clone(), c.lang.clone())
        };
        let (l2, lang2) = (l10n.clone(), lang.clone());
        let global = window.global::<L10n>();
        global.on_translate(move |key, _rev| SharedString::from(l10n.tr(&lang.borrow(), &key)));
        global.on_translate_count(move |key, n, _rev| {
            SharedString::from(l2.tr_count(&lang2.borrow(), &key, i64::from(n)))
        });
    }

    /// Advances the inactivity clock; refreshes only when something changed.
    pub fn tick(&mut self, window: &AppWindow) {
        let now = self.ctx.now();
        if self.update.expire(now) || self.maintenance_idle() {
            self.refresh(window);
        } else if self.maintenance.visible() {
            // The PIN pad's lock counts down.
            super::maintenance::fill(self, window);
        }
        let t = self.ctx.session.tick(now);
        if t != self.last_tick {
            self.last_tick = t;
            if t == Tick::Wiped {
                tracing::info!("session wiped after inactivity");
                self.ctx.end_visit();
                // Each visit starts with the configured theme.
                self.ctx.restore_theme();
            }
            self.refresh(window);
        }
    }

    /// Puts the session in a given state without taps (screenshots, resumed tickets).
    pub fn show_path(&mut self, path: &[String]) -> bool {
        let now = self.ctx.now();
        let pack = self.ctx.pack.clone();
        let session = &mut self.ctx.session;
        session.start(now);
        session.choose_language(&pack.default_language, now);
        let mut ok = true;
        for id in path.iter().skip_while(|id| **id == pack.root) {
            ok &= session.choose(&pack, id, now);
        }
        ok
    }

    /// Pushes the whole current state to the window: display settings, then the
    /// screen's presenter, then the updating screen over it.
    pub fn refresh(&mut self, window: &AppWindow) {
        self.apply_display(window);
        let state = window.global::<AppState>();
        let screen = self.ctx.session.screen();
        self.ctx.reset_fallback();
        if !matches!(screen, Screen::Node(_)) || !self.ctx.session.is_active() {
            state.set_display_panel(false);
        }
        state.set_screen(self.kind(&screen));
        state.set_at_home(self.ctx.session.path().len() <= 1);
        state.set_sensitive(match &screen {
            Screen::Node(id) => self.ctx.session.is_active() && self.ctx.pack.is_sensitive(id),
            _ => false,
        });
        state.set_idle_warning(self.ctx.session.warning_shown());
        if let Tick::Warning { remaining_secs } = self.last_tick {
            state.set_idle_remaining(remaining_secs as i32);
        }
        match &screen {
            Screen::Attract => {
                journey::fill_attract(&self.ctx, &state);
                journey::clear(&state);
                TicketPresenter::clear(&state);
                MediatorPresenter::clear_window(&state);
            }
            Screen::Language => nav::fill_language(&self.ctx, &state),
            Screen::Emergency => nav::fill_emergency(&mut self.ctx, &state),
            Screen::Help => nav::fill_help(&mut self.ctx, &state),
            Screen::Ticket => self.ticket.fill(&mut self.ctx, &state),
            Screen::Mediator => self.mediator.fill(&mut self.ctx, &state),
            Screen::Online { node, index } => super::online::fill(&mut self.ctx, &state, node, *index),
            Screen::Node(id) => {
                journey::fill_node(&mut self.ctx, &state, id);
                let landscape = window.global::<Theme>().get_landscape();
                let loader = super::offers::Loader {
                    background: self.background.as_ref(),
                    notifier: self.notifier.as_ref(),
                };
                self.offers.fill(&mut self.ctx, window, landscape, loader);
            }
        }
        if screen != Screen::Ticket {
            self.ticket.close();
        }
        if screen != Screen::Mediator && !self.ctx.session.is_active() {
            self.mediator.clear();
        }
        // The resident is told, in their language, when some text is shown in another.
        state.set_fallback_notice(self.ctx.fell_back());
        self.update.fill(&self.ctx, &state);
        let warning = self.ctx.session.warning_shown().then_some(match self.last_tick {
            Tick::Warning { remaining_secs } => remaining_secs as u32,
            _ => 0,
        });
        self.keys.after_refresh(
            &self.ctx,
            window,
            keys::Shown {
                screen: screen.clone(),
                warning: warning.is_some(),
                updating: state.get_update_visible(),
            },
        );
        let showing = Showing {
            answers: self.ctx.session.answers().to_vec(),
            screen,
            warning,
            ticket: self.ticket.shown_number(),
            updating: state.get_update_visible(),
            offers: super::offers::showing(&self.ctx, window),
        };
        self.listen.after_refresh(&self.ctx, &state, &showing);
        super::maintenance_panels::set_size(self, window);
        super::maintenance::refresh_texts(self, window);
        super::maintenance::fill(self, window);
    }

    /// The exit status the app was asked to end with (a restart from the maintenance
    /// screen), once the event loop has returned.
    pub fn exit_code(&self) -> Option<u8> {
        self.exit_code
    }

    /// Theme (contrast, text size, orientation) and the chrome's language and script.
    fn apply_display(&mut self, window: &AppWindow) {
        let lang = self.ctx.lang();
        let theme = window.global::<Theme>();
        theme.set_high_contrast(self.ctx.session.high_contrast());
        theme.set_text_scale(self.ctx.session.text_scale());
        theme.set_landscape(self.landscape);
        if *self.lang.borrow() == lang && self.revision != 0 {
            return;
        }
        *self.lang.borrow_mut() = lang.clone();
        self.revision += 1;
        let l10n = window.global::<L10n>();
        l10n.set_rtl(i18n::is_rtl(&lang));
        l10n.set_font_family(i18n::font_family(&lang).into());
        l10n.set_line_factor(i18n::line_factor(&lang));
        l10n.set_char_width(i18n::char_width(&lang));
        l10n.set_revision(self.revision);
    }

    /// Which page the window shows for `screen`.
    fn kind(&self, screen: &Screen) -> ScreenKind {
        match screen {
            Screen::Attract => ScreenKind::Attract,
            Screen::Language => ScreenKind::Language,
            Screen::Emergency => ScreenKind::Emergency,
            Screen::Help => ScreenKind::Help,
            Screen::Ticket => ScreenKind::Ticket,
            Screen::Mediator => ScreenKind::Mediator,
            Screen::Online { .. } => ScreenKind::Online,
            Screen::Node(id) => match self.ctx.pack.node(id).map(|n| n.kind) {
                Some(NodeKind::Question | NodeKind::Eligibility) => ScreenKind::Question,
                Some(NodeKind::Result) => ScreenKind::Result,
                Some(NodeKind::Offers) => super::offers::kind(&self.ctx),
                _ => ScreenKind::Info,
            },
        }
    }
}
