//! The housing part of `report.html`: "Am I eligible?" checks by table, offers opened
//! by commune, size and landlord, and the offers' filters used. Offer views are
//! counted as `LANDLORD:COMMUNE:ROOMS` (never an offer), so a landlord learns which
//! communes and sizes are asked for, and nothing else.

use std::collections::BTreeMap;

use fluent_bundle::FluentValue;

use super::chart::HiddenLabels;
use super::report::{category, Texts};
use super::suppress::primary;
use super::tables::Tables;
use super::StatsError;

/// The sections, each saying "none" when nothing was counted.
pub(super) fn housing(h: &mut String, t: &Tables, x: &Texts, hidden: &HiddenLabels) -> Result<(), StatsError> {
    let shown = |items: Vec<(String, u64)>| -> Vec<(String, super::suppress::Shown)> {
        items.into_iter().map(|(l, n)| (l, primary(n))).collect()
    };
    category(
        h,
        x,
        hidden,
        "section-eligibility",
        "col-table",
        &shown(t.eligibility.clone()),
        true,
    )?;
    let views = split_views(&t.offer_views);
    category(
        h,
        x,
        hidden,
        "section-offer-communes",
        "col-commune",
        &shown(views.communes),
        true,
    )?;
    let rooms = views
        .rooms
        .into_iter()
        .map(|(r, n)| (x.t("offer-rooms", &[("rooms", FluentValue::from(r))]), n))
        .collect();
    category(h, x, hidden, "section-offer-rooms", "col-rooms", &shown(rooms), true)?;
    category(
        h,
        x,
        hidden,
        "section-offer-landlords",
        "col-landlord",
        &shown(views.landlords),
        false,
    )?;
    let filters = t.offer_filters.iter().map(|(v, n)| (filter_label(x, v), *n)).collect();
    category(
        h,
        x,
        hidden,
        "section-offer-filters",
        "col-filter",
        &shown(sorted(filters)),
        true,
    )?;
    Ok(())
}

/// Offer views summed by commune, by rooms and by landlord.
struct Views {
    communes: Vec<(String, u64)>,
    rooms: Vec<(u8, u64)>,
    landlords: Vec<(String, u64)>,
}

fn split_views(views: &[(String, u64)]) -> Views {
    let mut communes: BTreeMap<String, u64> = BTreeMap::new();
    let mut rooms: BTreeMap<u8, u64> = BTreeMap::new();
    let mut landlords: BTreeMap<String, u64> = BTreeMap::new();
    let add = |m: &mut u64, n: u64| *m = m.saturating_add(n);
    for (v, n) in views {
        let mut parts = v.split(':');
        let (Some(l), Some(c), Some(r)) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        add(landlords.entry(l.to_string()).or_default(), *n);
        add(communes.entry(c.to_string()).or_default(), *n);
        if let Ok(r) = r.parse() {
            add(rooms.entry(r).or_default(), *n);
        }
    }
    Views {
        communes: sorted(communes.into_iter().collect()),
        rooms: rooms.into_iter().collect(),
        landlords: sorted(landlords.into_iter().collect()),
    }
}

/// Largest first, then by name.
fn sorted(mut v: Vec<(String, u64)>) -> Vec<(String, u64)> {
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}

/// A filter counter (`commune:C`, `rooms:N`, `max-rent:EUROS`, `wheelchair`) in words.
fn filter_label(x: &Texts, v: &str) -> String {
    match v.split_once(':') {
        Some(("commune", c)) => x.t("filter-commune", &[("commune", FluentValue::from(c))]),
        // A number, so that "5" selects "5 or more".
        Some(("rooms", r)) => match r.parse::<u8>() {
            Ok(n) => x.t("filter-rooms", &[("rooms", FluentValue::from(n))]),
            Err(_) => v.to_string(),
        },
        Some(("max-rent", e)) => x.t("filter-max-rent", &[("euros", FluentValue::from(e))]),
        _ if v == "wheelchair" => x.t("filter-wheelchair", &[]),
        _ => v.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn views_add_up_by_commune_rooms_and_landlord() {
        let v = |s: &str, n| (s.to_string(), n);
        let views = split_views(&[
            v("hab:lille:3", 4),
            v("hab:roubaix:3", 2),
            v("cdc:lille:5", 7),
            v("bad", 9),
        ]);
        assert_eq!(views.communes, [v("lille", 11), v("roubaix", 2)]);
        assert_eq!(views.rooms, [(3, 6), (5, 7)]);
        assert_eq!(views.landlords, [v("cdc", 7), v("hab", 6)]);
        let x = Texts::with_titles(None);
        assert_eq!(filter_label(&x, "max-rent:600"), "Loyer et charges jusqu'à 600 €");
        assert_eq!(filter_label(&x, "rooms:5"), "Pièces : 5 ou plus");
        assert_eq!(filter_label(&x, "wheelchair"), "Accessible en fauteuil roulant");
    }
}
