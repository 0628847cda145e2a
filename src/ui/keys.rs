//! The keypad and the keyboard: keys move the focus ring through the screen's controls
//! in reading order ([`crate::focus`]), say each control in audio mode, and press the
//! focused one as a finger would, by running that control's own callback: a key can do
//! nothing a tap cannot. Fills `AppState.focus-id`; answers `key` (the desktop
//! keyboard, passed on by `ui/app.slint`); the kiosk's keypad (evdev) arrives as
//! `IoEvent::Key`.
//!
//! The first keypad key of a visit turns speech on (a resident who cannot see the
//! screen cannot find Listen), unless the resident turned it off in this visit. The
//! ring shows once a key has been pressed in the visit: touch users never see it.

use slint::{ComponentHandle, Model, SharedString};

use super::context::Ctx;
use super::controller::{Binder, Controller};
use super::generated::{AppState, AppWindow, PrintState, ScreenKind};
use crate::focus::{self, Control, Focus, Nav, Page, Setting, View};
use crate::i18n;
use crate::keypad::Key;
use crate::session;
use crate::speech::Part;

/// Wires the desktop keyboard (`AppState.key`, by keypad key name).
pub fn connect(bind: &Binder, state: &AppState<'_>) {
    state.on_key(bind.step_then(|c, window, name: SharedString| {
        let key = Key::ALL.into_iter().find(|k| k.name() == name.as_str())?;
        if c.maintenance.visible() {
            c.maintenance.key(key);
            return None;
        }
        key_pressed(c, window, key, false)
    }));
}

/// What the focus was computed for: when it changes, a new screen is shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    pub screen: session::Screen,
    pub warning: bool,
    pub updating: bool,
}

/// The focus between refreshes.
#[derive(Default)]
pub struct Keys {
    focus: Focus,
    shown: Option<Shown>,
    /// A key was pressed in this visit: the ring is drawn.
    keyed: bool,
}

impl Keys {
    /// After each refresh: a new screen starts the focus again; the ring follows.
    pub fn after_refresh(&mut self, ctx: &Ctx, window: &AppWindow, shown: Shown) {
        let state = window.global::<AppState>();
        let order = focus::order(&view(window));
        if self.shown.as_ref() != Some(&shown) {
            self.shown = Some(shown);
            self.focus.reset(&order);
        } else {
            self.focus.keep(&order);
        }
        if !ctx.session.is_active() && !state.get_idle_warning() && ctx.session.untouched() {
            self.keyed = false;
        }
        let id = match self.focus.current() {
            Some(c) if self.keyed => c.id(),
            _ => String::new(),
        };
        state.set_focus_id(id.into());
    }
}

impl Controller {
    /// Puts the focus ring on the control with this id, as keys would (screenshots).
    pub fn focus_on(&mut self, window: &AppWindow, id: &str) -> bool {
        let order = focus::order(&view(window));
        let Some(control) = order.into_iter().find(|c| c.id() == id) else {
            return false;
        };
        self.keys.focus.set(control);
        self.keys.keyed = true;
        self.refresh(window);
        true
    }
}

/// The focus view of what the window shows now.
pub fn view(window: &AppWindow) -> View {
    let state = window.global::<AppState>();
    let kind = state.get_screen();
    let page = match kind {
        ScreenKind::Attract => Page::Attract,
        ScreenKind::Language => Page::Language,
        ScreenKind::Question => Page::Question,
        ScreenKind::Result => Page::Result,
        ScreenKind::Info => Page::Info,
        ScreenKind::Emergency => Page::Emergency,
        ScreenKind::Help => Page::Help,
        ScreenKind::Ticket => Page::Ticket,
        ScreenKind::Mediator => Page::Mediator,
        ScreenKind::Offers => Page::Offers,
        ScreenKind::Offer => Page::Offer,
        ScreenKind::Online => Page::Online,
    };
    let places = match page {
        Page::Help | Page::Ticket => state.get_help_places().row_count(),
        _ => state.get_services().row_count(),
    };
    View {
        page,
        languages: state.get_languages().row_count(),
        choices: state.get_choices().row_count(),
        places,
        online: state.get_online().row_count(),
        print: state.get_can_print() && matches!(state.get_print_state(), PrintState::Idle | PrintState::Failed),
        display_panel: state.get_display_panel(),
        idle_warning: state.get_idle_warning(),
        updating: state.get_update_visible(),
        back: kind != ScreenKind::Attract && !(state.get_at_home() && kind == ScreenKind::Question),
        sensitive: state.get_sensitive(),
        offers: super::offers::focus_view(window),
    }
}

/// A key: moves the focus, or returns the control to press once the controller is
/// free (pressing runs the control's callback, which needs the controller).
pub(super) fn key_pressed(c: &mut Controller, window: &AppWindow, key: Key, keypad: bool) -> Option<Control> {
    let now = c.ctx.now();
    c.keys.keyed = true;
    // A key is a sign of presence, as a touch.
    c.ctx.session.activity(now);
    if keypad && !c.ctx.session.audio() && !c.listen.declined() && key != Key::Help {
        // The first key turns speech on: the screen is read from the top.
        c.ctx.session.set_audio(true, now);
        return None;
    }
    let order = focus::order(&view(window));
    let rtl = i18n::is_rtl(&c.ctx.lang());
    if let Some(delta) = key.step(rtl) {
        if let Some(control) = c.keys.focus.step(&order, delta) {
            say(c, window, control);
        }
        return None;
    }
    let present = |n: Nav| order.contains(&Control::Nav(n)).then_some(Control::Nav(n));
    match key {
        Key::Select => match c.keys.focus.current() {
            Some(Control::Place(i)) => {
                say(c, window, Control::Place(i));
                None
            }
            Some(control) if order.contains(&control) => Some(control),
            _ => {
                // Nothing focused yet: Select shows where the focus starts.
                if let Some(control) = c.keys.focus.step(&order, 1) {
                    say(c, window, control);
                }
                None
            }
        },
        Key::Back => present(Nav::Back),
        Key::Home => present(Nav::Home),
        Key::Help => {
            c.ctx.session.set_audio(true, now);
            c.listen.announce(&c.ctx, "keypad-help");
            None
        }
        Key::VolumeUp | Key::VolumeDown => {
            let v = c.ctx.session.volume();
            let v = if key == Key::VolumeUp {
                v.saturating_add(1)
            } else {
                v.saturating_sub(1)
            };
            c.ctx.session.set_volume(v, now);
            let level = i64::from(c.ctx.session.volume());
            c.listen.say_now(
                &c.ctx,
                &[
                    Part::Chrome("display-volume"),
                    Part::Count("display-volume-level", level),
                ],
            );
            None
        }
        _ => None,
    }
}

/// Says a control that got the focus (in audio mode), cutting what was being said.
fn say(c: &mut Controller, window: &AppWindow, control: Control) {
    let parts = parts(&c.ctx, window, control);
    c.listen.say_now(&c.ctx, &parts);
}

/// What a control says: the words of its label (and state), from the same keys.
fn parts(ctx: &Ctx, window: &AppWindow, control: Control) -> Vec<Part> {
    let state = window.global::<AppState>();
    let on_off = |on: bool| Part::Chrome(if on { "display-on" } else { "display-off" });
    match control {
        Control::Start => vec![Part::Chrome("attract-touch")],
        Control::Language(i) => state
            .get_languages()
            .row_data(i)
            .map(|l| vec![Part::LanguageName(l.code.to_string())])
            .unwrap_or_default(),
        Control::Choice(i) => match super::eligibility::choice(ctx, i) {
            Some(m) => vec![Part::Message(m)],
            // A filter's choice is no node of the pack: its label is said.
            None => state
                .get_choices()
                .row_data(i)
                .map(|t| match ctx.pack.node(&t.id) {
                    Some(_) => vec![Part::Node(t.id.to_string())],
                    None => vec![Part::Said(t.label.to_string())],
                })
                .unwrap_or_default(),
        },
        Control::Online(i) => state
            .get_online()
            .row_data(i)
            .map(|p| vec![Part::Chrome("online-continue"), Part::Procedure(p.id.to_string())])
            .unwrap_or_default(),
        Control::Ticket => vec![Part::Chrome("ticket-button")],
        Control::Print => vec![Part::Chrome("ticket-print")],
        Control::StillHere => vec![Part::Chrome("idle-continue")],
        Control::QuickExit => vec![Part::Chrome("quick-exit")],
        Control::StartOver => vec![Part::Chrome("start-over")],
        Control::MediatorContinue => vec![Part::Chrome("mediator-continue")],
        Control::MediatorEnd => vec![Part::Chrome("mediator-end")],
        Control::Setting(Setting::Contrast) => {
            vec![Part::Chrome("display-contrast"), on_off(ctx.session.high_contrast())]
        }
        Control::Setting(Setting::TextSize) => {
            let s = ctx.session.text_scale();
            let size = if s > 1.4 {
                "display-size-largest"
            } else if s > 1.1 {
                "display-size-large"
            } else {
                "display-size-normal"
            };
            vec![Part::Chrome("display-text-size"), Part::Chrome(size)]
        }
        Control::Setting(Setting::Volume) => vec![
            Part::Chrome("display-volume"),
            Part::Count("display-volume-level", i64::from(ctx.session.volume())),
        ],
        Control::Place(i) => {
            let list = match state.get_screen() {
                ScreenKind::Help | ScreenKind::Ticket => state.get_help_places(),
                _ => state.get_services(),
            };
            list.row_data(i)
                .map(|s| vec![Part::Place(s.id.to_string())])
                .unwrap_or_default()
        }
        Control::Nav(n) => {
            let key = n.key();
            match n {
                Nav::Listen => vec![Part::Chrome(key), on_off(ctx.session.audio())],
                Nav::Display => vec![Part::Chrome(key), on_off(state.get_display_panel())],
                _ => vec![Part::Chrome(key)],
            }
        }
        _ => super::offers::parts(window, control),
    }
}

/// Presses a control as a finger would: its own callback, as the `.slint` file wires it.
pub(super) fn press(window: &AppWindow, control: Control) {
    let state = window.global::<AppState>();
    match control {
        Control::Start => state.invoke_start(),
        Control::Language(i) => {
            if let Some(l) = state.get_languages().row_data(i) {
                state.invoke_pick_language(l.code);
            }
        }
        Control::Choice(i) => {
            if let Some(t) = state.get_choices().row_data(i) {
                state.invoke_choose(t.id);
            }
        }
        Control::Online(i) => {
            if let Some(p) = state.get_online().row_data(i) {
                state.invoke_open_online(p.id);
            }
        }
        Control::Ticket => state.invoke_show_ticket(),
        Control::Print => state.invoke_print_ticket(),
        Control::StillHere => state.invoke_still_here(),
        Control::QuickExit => state.invoke_quick_exit(),
        Control::StartOver => state.invoke_start_over(),
        Control::MediatorContinue => state.invoke_mediator_continue(),
        Control::MediatorEnd => state.invoke_mediator_end(),
        Control::Setting(Setting::Contrast) => state.invoke_toggle_contrast(),
        Control::Setting(Setting::TextSize) => state.invoke_cycle_text_scale(),
        Control::Setting(Setting::Volume) => state.invoke_cycle_volume(),
        Control::Place(_) => {}
        Control::Filter(_)
        | Control::ClearFilters
        | Control::Offer(_)
        | Control::PagePrevious
        | Control::PageNext
        | Control::PhotoPrevious
        | Control::PhotoNext
        | Control::Apply => super::offers::press(window, control),
        Control::Nav(n) => match n {
            Nav::Back => state.invoke_back(),
            Nav::Home => state.invoke_home(),
            Nav::Language => state.invoke_open_language(),
            Nav::Display => {
                // As the nav bar's button does (the panel is the window's own state).
                state.set_display_panel(!state.get_display_panel());
                state.invoke_touched();
            }
            Nav::Help => state.invoke_open_help(),
            Nav::Listen => state.invoke_toggle_audio(),
            Nav::Emergency => state.invoke_open_emergency(),
        },
    }
}
