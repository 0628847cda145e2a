//! The navigation bar presenter: the slots every screen has (Back, Home, Language,
//! Display, Help, Emergency; Listen is `listen.rs`), the screens they open (language list, help, emergency
//! numbers) and the "Are you still there?" answer. Fills `AppState.languages`,
//! `help-text`, `help-places` and `emergency-numbers`; answers `back`, `home`,
//! `open-language`, `pick-language`, `open-help`, `open-emergency`, `toggle-contrast`,
//! `cycle-text-scale`, `still-here` and `touched`.

use super::context::{model, Ctx};
use super::controller::Binder;
use super::generated::{AppState, EmergencyData, LangData};
use super::places;
use crate::i18n;
use crate::session::Overlay;
use crate::stats::Event;
use slint::SharedString;

/// Wires the navigation bar's callbacks.
pub fn connect(bind: &Binder, state: &AppState<'_>) {
    state.on_back(bind.step(|c| {
        let now = c.ctx.now();
        c.ctx.session.back(now);
    }));
    state.on_home(bind.step(|c| {
        let now = c.ctx.now();
        c.ctx.session.home(now);
    }));
    state.on_open_language(bind.step(|c| open(&mut c.ctx, Overlay::Language)));
    state.on_open_help(bind.step(|c| open(&mut c.ctx, Overlay::Help)));
    state.on_open_emergency(bind.step(|c| {
        open(&mut c.ctx, Overlay::Emergency);
        c.ctx.stat(Event::Emergency);
    }));
    state.on_pick_language(bind.step_with(|c, code: SharedString| {
        let now = c.ctx.now();
        c.ctx.session.choose_language(&code, now);
        c.ctx.stat(Event::Language(code.to_string()));
    }));
    state.on_toggle_contrast(bind.step(|c| {
        let now = c.ctx.now();
        let on = !c.ctx.session.high_contrast();
        c.ctx.session.set_high_contrast(on, now);
    }));
    state.on_cycle_text_scale(bind.step(|c| {
        let now = c.ctx.now();
        c.ctx.session.next_text_scale(now);
    }));
    state.on_still_here(bind.step(|c| {
        let now = c.ctx.now();
        c.ctx.session.activity(now);
    }));
    // Any other touch (scrolling) keeps the visit alive.
    state.on_touched(bind.step(|c| {
        let now = c.ctx.now();
        c.ctx.session.activity(now);
    }));
}

fn open(ctx: &mut Ctx, overlay: Overlay) {
    let now = ctx.now();
    ctx.session.open(overlay, now);
}

/// Every language the pack offers, by its own name, the resident's one selected.
pub fn fill_language(ctx: &Ctx, state: &AppState<'_>) {
    let lang = ctx.lang();
    let langs: Vec<LangData> = i18n::offered(ctx.pack.languages.iter().map(|l| l.code.as_str()))
        .iter()
        .map(|l| LangData {
            code: l.code.into(),
            name: l.name.into(),
            selected: l.code == lang,
        })
        .collect();
    state.set_languages(model(langs));
}

/// The national emergency numbers, one line and pictogram each.
pub fn fill_emergency(ctx: &mut Ctx, state: &AppState<'_>) {
    let lines: Vec<EmergencyData> = crate::emergency::NUMBERS
        .iter()
        .map(|n| EmergencyData {
            number: n.number.into(),
            label: ctx.tr(&n.key()).into(),
            picto: ctx.picto(n.pictogram),
        })
        .collect();
    state.set_emergency_numbers(model(lines));
}

/// How to use the kiosk, and the places where a person can help.
pub fn fill_help(ctx: &mut Ctx, state: &AppState<'_>) {
    state.set_help_text(ctx.text("pack-help").into());
    state.set_help_places(places::help_places(ctx));
}
