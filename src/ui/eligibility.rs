//! The "Am I eligible?" node's screen: the question page's look, with the step its
//! answers lead to (household, adjustments, income bands) in place of the node's
//! choices. A tile's id is `#` and its position; the answer goes to the session, and
//! the income band to the node the table leads to. Only "an eligibility check was
//! done" is counted, with the table's id: never the answers nor the outcome.

use slint::SharedString;

use super::context::{model, Ctx};
use super::generated::{AppState, TileData};
use crate::content::NodeKind;
use crate::eligibility::{step_view, Answered, Msg};
use crate::stats::Event;

/// The prefix of an answer tile's id: never the start of a node id.
const ANSWER: char = '#';

/// A message of a step, in the resident's language.
pub fn resolve(ctx: &Ctx, msg: &Msg) -> String {
    match msg {
        Msg::Pack(key) => ctx.text(key),
        Msg::Chrome(key, args) => {
            let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            ctx.tr_args(key, &args)
        }
    }
}

/// Choice `i` of the eligibility step on screen, if the screen is one.
pub fn choice(ctx: &Ctx, i: usize) -> Option<Msg> {
    let id = ctx.session.path().last()?;
    let table = ctx.pack.node_table(id)?;
    let view = step_view(id, table, ctx.session.answers(), &ctx.lang())?;
    view.choices.into_iter().nth(i)
}

/// Fills the question and tiles of eligibility node `id` at the session's step.
pub fn fill_step(ctx: &Ctx, state: &AppState<'_>, id: &str) {
    let pack = ctx.pack.clone();
    let Some(table) = pack.node_table(id) else { return };
    let lang = ctx.lang();
    let Some(view) = step_view(id, table, ctx.session.answers(), &lang) else {
        return;
    };
    state.set_question(resolve(ctx, &view.question).into());
    state.set_body(SharedString::new());
    let tiles: Vec<TileData> = view
        .choices
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let label = resolve(ctx, c);
            TileData {
                id: format!("{ANSWER}{i}").into(),
                longest_word: super::journey::longest_word(&label),
                label: label.into(),
                picto: Default::default(),
                emergency: false,
            }
        })
        .collect();
    state.set_choices(model(tiles));
}

/// An answer tile was tapped (`#N`): the next step, or the node the table leads to
/// (counted once as a check done). `None` if `id` is not an answer tile; `Some(false)`
/// if it was not offered.
pub fn choose(ctx: &mut Ctx, id: &str) -> Option<bool> {
    let choice: usize = id.strip_prefix(ANSWER)?.parse().ok()?;
    let now = ctx.now();
    let pack = ctx.pack.clone();
    let table = ctx
        .session
        .path()
        .last()
        .and_then(|n| pack.node_table(n))
        .map(|t| t.id.clone());
    Some(match ctx.session.answer(&pack, choice, now) {
        None => false,
        Some(Answered::Next) => true,
        Some(Answered::Route(to)) => {
            if let Some(t) = table {
                ctx.stat(Event::Eligibility(t));
            }
            if pack.node(&to).is_some_and(|n| n.kind == NodeKind::Result) {
                ctx.visit_reached_result();
            }
            true
        }
    })
}
