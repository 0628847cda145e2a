//! Service cards: a place of the pack as the screens show it (name, description,
//! address, phone, website, and an "open now" badge from its opening hours). Results,
//! the help screen and the ticket screen all use the same card.

use chrono::{Datelike, NaiveDateTime, Timelike};

use super::context::{model, Ctx};
use super::generated::ServiceData;
use crate::content::Service;
use crate::hours::{self, Badge};

/// The card of service `id`, if the pack has it.
pub fn service_data(ctx: &mut Ctx, id: &str) -> Option<ServiceData> {
    let pack = ctx.pack.clone();
    let s: &Service = pack.service(id)?;
    let (badge, badge_text) = badge(ctx, s);
    let address = [s.adresse.clone(), join_postcode(s)]
        .into_iter()
        .flatten()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    Some(ServiceData {
        name: s.nom.as_str().into(),
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
            .map(|w| isolate_ltr(strip_scheme(w)))
            .unwrap_or_default()
            .into(),
        badge,
        badge_text: badge_text.into(),
        picto: ctx.picto(&s.pictogram),
        example: s.example,
    })
}

/// The cards of the places where a person can help ("a person nearby").
pub fn help_places(ctx: &mut Ctx) -> slint::ModelRc<ServiceData> {
    let ids = ctx.pack.help_services.clone();
    let places: Vec<ServiceData> = ids.iter().filter_map(|id| service_data(ctx, id)).collect();
    model(places)
}

/// The badge kind (0 unknown, 1 open, 2 closed) and its text at the wall clock's time.
fn badge(ctx: &Ctx, s: &Service) -> (i32, String) {
    let Some(h) = &s.horaires_accueil else {
        return (0, ctx.tr("badge-unknown"));
    };
    let now = (ctx.clocks.wall)();
    let time = |t: NaiveDateTime| format!("{:02}:{:02}", t.hour(), t.minute());
    match hours::badge(h, &ctx.pack.country, now) {
        Badge::Open { closes: Some(t) } if t.date() == now.date() => {
            (1, ctx.tr_args("badge-open-until", &[("time", &time(t))]))
        }
        Badge::Open { .. } => (1, ctx.tr("badge-open")),
        Badge::Closed { opens: Some(t) } => {
            let days = (t.date() - now.date()).num_days();
            let key = match days {
                0 => "badge-closed-opens-today",
                1 => "badge-closed-opens-tomorrow",
                _ => "badge-closed-opens-day",
            };
            let day = ctx.tr(&format!("day-{}", t.weekday().number_from_monday()));
            (2, ctx.tr_args(key, &[("time", &time(t)), ("day", &day)]))
        }
        Badge::Closed { opens: None } => (2, ctx.tr("badge-closed")),
        Badge::Unknown => (0, ctx.tr("badge-unknown")),
    }
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
