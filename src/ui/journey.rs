//! The journey presenter: the attract screen, then home, questions and results (the
//! pack's nodes). Fills `AppState`'s node properties (title, question, body, picto,
//! choices, crumbs, documents, services) and the attract lines; answers `start` and
//! `choose`, counting topics, nodes and results.

use slint::SharedString;

use super::context::{model, Ctx};
use super::controller::Binder;
use super::generated::{AppState, CrumbData, DocData, TileData};
use super::places;
use crate::content::NodeKind;
use crate::i18n;
use crate::stats::Event;

/// Wires the journey's callbacks.
pub fn connect(bind: &Binder, state: &AppState<'_>) {
    state.on_start(bind.step(|c| start(&mut c.ctx)));
    state.on_quick_exit(bind.step(|c| leave(c, crate::stats::EndReason::QuickExit)));
    state.on_start_over(bind.step(|c| leave(c, crate::stats::EndReason::StartOver)));
    state.on_choose(bind.step_with(|c, id: SharedString| {
        if super::offers::pick(&mut c.ctx, &id) {
            return;
        }
        // An answer's tile names no node: the listener only says the next screen.
        if super::eligibility::choose(&mut c.ctx, &id).is_none() && choose(&mut c.ctx, &id) {
            c.listen.chose(&c.ctx, &id);
        }
    }));
}

/// A tile was tapped: one step down the tree, counted. False if it was not a choice.
fn choose(ctx: &mut Ctx, id: &str) -> bool {
    let now = ctx.now();
    let pack = ctx.pack.clone();
    let from_home = ctx.session.path().len() == 1;
    if !ctx.session.choose(&pack, id, now) {
        return false;
    }
    if from_home {
        ctx.stat(Event::Topic(id.to_string()));
    }
    match pack.node(id).map(|n| n.kind) {
        Some(NodeKind::Result) => {
            ctx.stat(Event::Result(id.to_string()));
            ctx.visit_reached_result();
        }
        _ => ctx.stat(Event::Node(id.to_string())),
    }
    true
}

/// The attract screen's invitation, in every language that has chrome texts.
pub fn fill_attract(ctx: &Ctx, state: &AppState<'_>) {
    let lines: Vec<SharedString> = i18n::offered(ctx.pack.languages.iter().map(|l| l.code.as_str()))
        .iter()
        .filter(|l| l.chrome.is_some())
        .map(|l| SharedString::from(ctx.l10n.tr(l.code, "attract-touch")))
        .collect();
    state.set_attract_lines(model(lines));
}

/// The visit is over: nothing of it stays in the window, even off screen (the next
/// person, or anything reading the window's accessibility tree, finds nothing).
pub fn clear(state: &AppState<'_>) {
    state.set_title(SharedString::new());
    state.set_question(SharedString::new());
    state.set_body(SharedString::new());
    state.set_picto(Default::default());
    state.set_page_emergency(false);
    state.set_choices(model(Vec::new()));
    state.set_crumbs(model(Vec::new()));
    state.set_documents(model(Vec::new()));
    state.set_services(model(Vec::new()));
    state.set_stale_hidden(0);
    super::online::clear(state);
}

/// A node of the pack: its texts, choices, breadcrumb, documents and places.
pub fn fill_node(ctx: &mut Ctx, state: &AppState<'_>, id: &str) {
    let pack = ctx.pack.clone();
    let Some(node) = pack.node(id) else { return };
    state.set_title(ctx.text(&format!("node-{id}")).into());
    state.set_question(ctx.text(&format!("node-{id}.question")).into());
    state.set_body(ctx.text(&format!("node-{id}.text")).into());
    state.set_picto(ctx.picto(&node.pictogram));
    state.set_page_emergency(node.emergency);
    let tiles: Vec<TileData> = node
        .choices
        .iter()
        .filter_map(|c| pack.node(c))
        .map(|c| {
            let label = ctx.text(&format!("node-{}", c.id));
            TileData {
                id: c.id.as_str().into(),
                longest_word: longest_word(&label),
                label: label.into(),
                picto: ctx.picto(&c.pictogram),
                emergency: c.emergency,
            }
        })
        .collect();
    state.set_choices(model(tiles));
    let mut crumbs: Vec<CrumbData> = ctx
        .session
        .path()
        .to_vec()
        .iter()
        .skip(1)
        .filter_map(|p| pack.node(p))
        .map(|n| CrumbData {
            label: ctx.text(&format!("node-{}", n.id)).into(),
            picto: ctx.picto(&n.pictogram),
        })
        .collect();
    // The breadcrumb lays its row out from the left (Slint has no layout direction):
    // right-to-left, the deepest crumb comes first so that home → topic → result
    // reads from the right.
    if i18n::is_rtl(&ctx.lang()) {
        crumbs.reverse();
    }
    state.set_crumbs(model(crumbs));
    let docs: Vec<DocData> = node
        .documents
        .iter()
        .filter_map(|d| pack.document(d))
        .map(|d| DocData {
            label: ctx.text(&format!("doc-{}", d.id)).into(),
            picto: ctx.picto(&d.pictogram),
        })
        .collect();
    state.set_documents(model(docs));
    super::online::fill_buttons(ctx, state, id);
    let (services, hidden) = places::result_places(ctx, id);
    state.set_services(services);
    state.set_stale_hidden(hidden as i32);
    if node.kind == NodeKind::Eligibility {
        super::eligibility::fill_step(ctx, state, id);
    }
}

/// "Leave quickly" or "Start over": the visit is counted as such and wiped at once;
/// the attract screen shows, the speech stops.
fn leave(c: &mut super::controller::Controller, reason: crate::stats::EndReason) {
    tracing::info!(reason = reason.as_str(), "visit ended by the resident");
    c.ctx.end_visit_as(reason);
    c.ctx.session.wipe();
    c.ctx.restore_theme();
}

/// The attract screen was touched: a visit begins (counted).
pub fn start(ctx: &mut Ctx) {
    let now = ctx.now();
    ctx.session.start(now);
    ctx.begin_visit();
}

/// Characters in the longest word of `s`.
pub(super) fn longest_word(s: &str) -> i32 {
    s.split_whitespace().map(|w| w.chars().count()).max().unwrap_or(0) as i32
}
