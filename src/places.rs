//! The places a result shows, in the order most useful to a resident standing at the
//! kiosk now: open now first, then those opening soonest, then those whose hours are
//! unknown, and last those closed for a period (or with no opening in sight). Within
//! each group the pack's order is kept, so the order never looks random.
//!
//! Pure functions of the pack and a clock: the screens, speech and tests call them
//! with the same `now` and get the same list.

use chrono::NaiveDateTime;

use crate::content::model::{Service, Shown};
use crate::content::Pack;
use crate::hours::{self, Badge};

/// The group of a place in the order, with the time that orders a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Usefulness {
    /// Open now.
    OpenNow,
    /// Closed now, opens at this time (within the badge's three weeks).
    OpensAt(NaiveDateTime),
    /// Nothing certain about its hours (none given, or not understood).
    Unknown,
    /// Closed for a period (a closure, a date rule), or no opening in sight.
    ClosedForAPeriod,
}

impl Usefulness {
    /// The group of a place whose badge is `badge`.
    pub fn of(badge: Badge) -> Usefulness {
        match badge {
            Badge::Open { .. } => Usefulness::OpenNow,
            Badge::Closed { opens: Some(t) } => Usefulness::OpensAt(t),
            Badge::Unknown => Usefulness::Unknown,
            Badge::Closed { opens: None } | Badge::ClosedUntil { .. } => Usefulness::ClosedForAPeriod,
        }
    }
}

/// `services` ordered by usefulness at `now`; a stable sort, so places of the same
/// group (and the same opening time) keep their order.
pub fn sort_by_usefulness<'a>(services: &[&'a Service], country: &str, now: NaiveDateTime) -> Vec<&'a Service> {
    // Each badge is computed once: evaluating opening hours is the costly part.
    let mut keyed: Vec<(Usefulness, &'a Service)> = services
        .iter()
        .map(|s| (Usefulness::of(hours::service_badge(s, country, now)), *s))
        .collect();
    keyed.sort_by_key(|(u, _)| *u);
    keyed.into_iter().map(|(_, s)| s).collect()
}

/// The places result `node_id` shows at `now`: those checked too long ago left out
/// (and counted, so the screen can say who to ask instead), the rest by usefulness.
pub fn for_result<'a>(pack: &'a Pack, node_id: &str, now: NaiveDateTime) -> Shown<'a> {
    sorted(pack, pack.shown_services(node_id, now.date()), now)
}

/// The Help screen's places ("a person nearby") at `now`, as [`for_result`].
pub fn for_help(pack: &Pack, now: NaiveDateTime) -> Shown<'_> {
    sorted(pack, pack.shown_help_services(now.date()), now)
}

fn sorted<'a>(pack: &Pack, shown: Shown<'a>, now: NaiveDateTime) -> Shown<'a> {
    Shown {
        services: sort_by_usefulness(&shown.services, &pack.country, now),
        hidden: shown.hidden,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::testing::{at, result};
    use crate::content::model::Closure;
    use chrono::NaiveDate;

    fn place(id: &str, hours: Option<&str>) -> Service {
        Service {
            id: id.into(),
            horaires_accueil: hours.map(str::to_string),
            ..Service::default()
        }
    }

    /// Tuesday 24 November 2026, 12:30: lunch time for most offices.
    fn lunch() -> NaiveDateTime {
        at(2026, 11, 24, 12, 30)
    }

    fn places() -> Vec<Service> {
        let mut holidays = place("holidays", Some("Mo-Fr 09:00-17:00"));
        holidays.closures = vec![Closure {
            from: NaiveDate::from_ymd_opt(2026, 11, 20).expect("date"),
            to: NaiveDate::from_ymd_opt(2026, 11, 29).expect("date"),
            reason: "holidays".into(),
        }];
        vec![
            place("unknown", None),
            place("tomorrow", Some("We 09:00-12:00")),
            place("open", Some("Mo-Fr 12:00-14:00")),
            place("at-two", Some("Mo-Fr 09:00-12:00,14:00-17:00")),
            holidays,
            place("helpline", Some("24/7")),
            place("never", Some("off")),
            place("garbled", Some("whenever")),
            place("at-one", Some("Tu 13:00-18:00")),
        ]
    }

    #[test]
    fn open_first_then_soonest_then_unknown_then_closed_for_a_period() {
        let all = places();
        let refs: Vec<&Service> = all.iter().collect();
        let ids: Vec<&str> = sort_by_usefulness(&refs, "FR", lunch())
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(
            ids,
            vec!["open", "helpline", "at-one", "at-two", "tomorrow", "unknown", "garbled", "holidays", "never"]
        );
    }

    #[test]
    fn the_order_is_stable_within_a_group() {
        let all = [
            place("b", None),
            place("a", None),
            place("c", Some("24/7")),
            place("d", None),
        ];
        let refs: Vec<&Service> = all.iter().collect();
        let ids: Vec<&str> = sort_by_usefulness(&refs, "FR", lunch())
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(ids, vec!["c", "b", "a", "d"]);
    }

    #[test]
    fn a_result_shows_fresh_places_sorted_and_counts_the_hidden_ones() {
        let mut all = places();
        all[2].date_maj = NaiveDate::from_ymd_opt(2024, 1, 1);
        let mut pack = Pack::default();
        pack.country = "FR".into();
        pack.stale_after_months = Some(12);
        pack.services = all;
        pack.nodes = vec![result("r", &["never", "open", "at-two", "unknown"])];
        pack.help_services = vec!["unknown".into(), "helpline".into()];
        pack.reindex();
        let shown = for_result(&pack, "r", lunch());
        let ids: Vec<&str> = shown.services.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, vec!["at-two", "unknown", "never"]);
        assert_eq!(shown.hidden, 1, "\"open\" was last checked in 2024");
        let help: Vec<&str> = for_help(&pack, lunch())
            .services
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(help, vec!["helpline", "unknown"]);
    }
}
