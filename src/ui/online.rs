//! The online presenter: "Continue on your phone". Fills `AppState.online` (a result's
//! official online procedures, one button each) and the screen that opens from one of
//! them: `online-qr` (the address exactly as the pack writes it; nothing about the
//! visit), `online-url`, `online-address` (as a resident reads it, kept left to
//! right), `online-name`, `online-asks` and `online-picto`. Answers `open-online`.

use slint::SharedString;

use super::context::{model, Ctx};
use super::controller::Binder;
use super::generated::{AppState, OnlineData};
use crate::content::model::{procedure_key, strip_scheme};
use crate::session::Overlay;

/// The QR code's side on screen, in pixels (as the ticket's: over 6 cm on a 21.5" screen).
const QR_SIDE: usize = 640;

/// Wires `open-online`.
pub fn connect(bind: &Binder, state: &AppState<'_>) {
    state.on_open_online(bind.step_with(|c, id: SharedString| open(&mut c.ctx, &id)));
}

/// Opens the screen of the current result's procedure `id`; ignored if the result does
/// not offer it (a stale tap after the screen changed).
fn open(ctx: &mut Ctx, id: &str) {
    let now = ctx.now();
    let Some(node) = ctx.session.path().last().cloned() else {
        return;
    };
    let index = ctx.pack.procedures_of(&node).iter().position(|p| p.id == id);
    if let Some(index) = index {
        ctx.session.open(Overlay::Online(index), now);
    }
}

/// A result's "Continue on your phone" buttons.
pub fn fill_buttons(ctx: &mut Ctx, state: &AppState<'_>, node: &str) {
    let pack = ctx.pack.clone();
    let buttons: Vec<OnlineData> = pack
        .procedures_of(node)
        .into_iter()
        .map(|p| {
            let name = ctx.text(&procedure_key(&p.id));
            OnlineData {
                id: p.id.as_str().into(),
                label: ctx.tr_args("online-button-label", &[("name", &name)]).into(),
                name: name.into(),
                picto: ctx.picto(&p.pictogram),
            }
        })
        .collect();
    state.set_online(model(buttons));
}

/// The screen of result `node`'s procedure at `index`.
pub fn fill(ctx: &mut Ctx, state: &AppState<'_>, node: &str, index: usize) {
    let pack = ctx.pack.clone();
    let Some(p) = pack.procedures_of(node).get(index).copied() else {
        clear(state);
        return;
    };
    let key = procedure_key(&p.id);
    state.set_online_qr(super::print::qr_image(&p.url, QR_SIDE));
    state.set_online_url(p.url.as_str().into());
    state.set_online_address(super::places::isolate_ltr(strip_scheme(&p.url)).into());
    state.set_online_name(ctx.text(&key).into());
    state.set_online_asks(ctx.text(&format!("{key}.asks")).into());
    state.set_online_picto(ctx.picto(&p.pictogram));
}

/// Nothing of a visit stays in the window.
pub fn clear(state: &AppState<'_>) {
    state.set_online(model(Vec::new()));
    state.set_online_qr(Default::default());
    state.set_online_url(SharedString::new());
    state.set_online_address(SharedString::new());
    state.set_online_name(SharedString::new());
    state.set_online_asks(SharedString::new());
    state.set_online_picto(Default::default());
}
