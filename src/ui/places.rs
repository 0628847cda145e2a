//! Service cards: a place of the pack as the screens show it (name, description,
//! address, phone, website, and an "open now" badge from its opening hours). Results,
//! the help screen and the ticket screen all use the same card.

use super::context::{model, Ctx};
use super::generated::ServiceData;
use crate::content::Service;

/// The card of service `id`, if the pack has it.
pub fn service_data(ctx: &mut Ctx, id: &str) -> Option<ServiceData> {
    let pack = ctx.pack.clone();
    let s: &Service = pack.service(id)?;
    let (badge, badge_text) = badge(ctx, s);
    let address = s.address();
    Some(ServiceData {
        id: id.into(),
        name: pack.service_name(&ctx.lang(), s).into(),
        description: ctx.text(&format!("svc-{id}")).into(),
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
            .map(|w| isolate_ltr(crate::content::model::strip_scheme(w)))
            .unwrap_or_default()
            .into(),
        badge,
        badge_text: badge_text.into(),
        picto: ctx.picto(&s.pictogram),
        example: s.example,
        checked: s
            .date_maj
            .map(|d| {
                ctx.tr_args(
                    "service-checked",
                    &[("date", &isolate_ltr(&d.format("%d/%m/%Y").to_string()))],
                )
            })
            .unwrap_or_default()
            .into(),
        access: match s.accessible {
            Some(true) => ctx.tr("service-accessible"),
            Some(false) => ctx.tr("service-not-accessible"),
            None => String::new(),
        }
        .into(),
    })
}

/// The cards of the places where a person can help ("a person nearby").
pub fn help_places(ctx: &mut Ctx) -> slint::ModelRc<ServiceData> {
    let pack = ctx.pack.clone();
    let shown = crate::places::for_help(&pack, (ctx.clocks.wall)());
    let places: Vec<ServiceData> = shown.services.iter().filter_map(|s| service_data(ctx, &s.id)).collect();
    model(places)
}

/// A result's cards, most useful first, and how many were left out as too old.
pub fn result_places(ctx: &mut Ctx, node_id: &str) -> (slint::ModelRc<ServiceData>, usize) {
    let pack = ctx.pack.clone();
    let shown = crate::places::for_result(&pack, node_id, (ctx.clocks.wall)());
    let places: Vec<ServiceData> = shown.services.iter().filter_map(|s| service_data(ctx, &s.id)).collect();
    (model(places), shown.hidden)
}

/// The badge kind (0 unknown, 1 open, 2 closed) and its text at the wall clock's time.
fn badge(ctx: &Ctx, s: &Service) -> (i32, String) {
    let now = (ctx.clocks.wall)();
    let b = crate::hours::service_badge_text(s, &ctx.pack.country, now);
    (b.kind, b.format(&ctx.l10n, ctx.session.language()))
}

/// Wraps Latin data (numbers, addresses, web addresses) in a left-to-right isolate so it
/// keeps its order inside right-to-left text.
pub(super) fn isolate_ltr(s: &str) -> String {
    if s.is_empty() {
        String::new()
    } else {
        format!("\u{2066}{s}\u{2069}")
    }
}
