//! What the offers screens say, in the resident's language: the same sentences for the
//! screen, its accessibility labels and speech (`src/speech/script.rs`), all from the
//! chrome's Fluent messages (`offers-…`). Amounts are written the way each language
//! writes numbers; Fluent places the currency sign.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;

use super::browse::Picker;
use super::{Filter, Offer, ROOMS_OR_MORE};
use crate::i18n::Localizer;

/// Euros from cents, as `lang` writes them: whole euros without decimals, thousands
/// grouped (`1 250`, `1,250`), the decimal comma or point.
pub fn amount(lang: &str, cents: u32) -> String {
    let (group, decimal) = match lang {
        "en" => (",", "."),
        "uk" | "ru" | "ka" | "sq" | "bn" | "ti" | "ps" | "prs" | "ar" => ("\u{a0}", ","),
        "es" | "pt" | "ro" | "tr" => (".", ","),
        _ => ("\u{202f}", ","),
    };
    let euros = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, ch) in euros.chars().enumerate() {
        if i > 0 && (euros.len() - i) % 3 == 0 {
            grouped.push_str(group);
        }
        grouped.push(ch);
    }
    match cents % 100 {
        0 => grouped,
        c => format!("{grouped}{decimal}{c:02}"),
    }
}

/// A date as the kiosk writes dates elsewhere (day/month/year, digits kept in order).
pub fn date(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// An offer's texts for its card in the list.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Card {
    /// "T3 · 68 m²"
    pub title: String,
    pub commune: String,
    /// "520 € a month, charges included"
    pub price: String,
    /// "Floor 2, lift · Energy C · Suits a wheelchair"
    pub facts: String,
    /// "Available now" / "Available from 01/02/2027"
    pub available: String,
}

impl Card {
    /// The card in one sentence (screen readers, speech).
    pub fn spoken(&self) -> String {
        [&self.title, &self.commune, &self.price, &self.facts, &self.available]
            .into_iter()
            .filter(|s| !s.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join(". ")
    }
}

/// Says the offers screens' texts in one language.
pub struct Words<'a> {
    pub l10n: &'a Localizer,
    pub lang: &'a str,
}

impl Words<'_> {
    fn t(&self, key: &str) -> String {
        self.l10n.tr(self.lang, key)
    }

    fn money(&self, cents: u32) -> String {
        let a = amount(self.lang, cents);
        self.l10n.tr_args(self.lang, "offers-money", &[("amount", &a)])
    }

    fn n(&self, key: &str, name: &str, value: i64) -> String {
        self.l10n.tr_values(self.lang, key, &[(name, FluentValue::from(value))])
    }

    pub fn card(&self, o: &Offer, today: NaiveDate) -> Card {
        let title = self.l10n.tr_values(
            self.lang,
            "offers-card-title",
            &[
                ("rooms", FluentValue::from(i64::from(o.rooms))),
                ("surface", FluentValue::from(i64::from(o.surface_m2))),
            ],
        );
        let price = self
            .l10n
            .tr_args(self.lang, "offers-price", &[("amount", &self.money(o.total_cents()))]);
        let mut facts = Vec::new();
        if let Some(f) = self.floor(o) {
            facts.push(f);
        }
        if let Some(e) = o.energy {
            facts.push(
                self.l10n
                    .tr_args(self.lang, "offers-energy", &[("label", &e.to_string())]),
            );
        }
        if o.wheelchair == Some(true) {
            facts.push(self.t("offers-wheelchair-yes"));
        }
        Card {
            title,
            commune: o.commune.clone(),
            price,
            facts: facts.join(" · "),
            available: self.available(o, today),
        }
    }

    /// "Floor 2, lift", "Ground floor", or nothing when the landlord did not say.
    fn floor(&self, o: &Offer) -> Option<String> {
        let floor = self.n("offers-floor", "floor", i64::from(o.floor?));
        Some(match o.lift {
            Some(true) => self.l10n.tr_args(self.lang, "offers-floor-lift", &[("floor", &floor)]),
            Some(false) => self
                .l10n
                .tr_args(self.lang, "offers-floor-no-lift", &[("floor", &floor)]),
            None => floor,
        })
    }

    fn available(&self, o: &Offer, today: NaiveDate) -> String {
        match o.available_from.filter(|d| *d > today) {
            Some(d) => self
                .l10n
                .tr_args(self.lang, "offers-available-from", &[("date", &date(d))]),
            None => self.t("offers-available-now"),
        }
    }

    /// The open offer's details, label and value, in reading order.
    pub fn facts(&self, o: &Offer, landlord: &str, today: NaiveDate) -> Vec<(String, String)> {
        let mut rows = vec![
            (self.t("offers-fact-rent"), self.money(o.rent_cents)),
            (self.t("offers-fact-charges"), self.money(o.charges_cents)),
            (
                self.t("offers-fact-rooms"),
                self.n("offers-rooms", "rooms", i64::from(o.rooms)),
            ),
            (
                self.t("offers-fact-surface"),
                self.n("offers-surface", "surface", i64::from(o.surface_m2)),
            ),
        ];
        if let Some(f) = self.floor(o) {
            rows.push((self.t("offers-fact-floor"), f));
        }
        if let Some(w) = o.wheelchair {
            let key = if w {
                "offers-wheelchair-yes"
            } else {
                "offers-wheelchair-no"
            };
            rows.push((self.t("offers-fact-access"), self.t(key)));
        }
        if let Some(e) = o.energy {
            rows.push((
                self.t("offers-fact-energy"),
                self.l10n
                    .tr_args(self.lang, "offers-energy-scale", &[("label", &e.to_string())]),
            ));
        }
        rows.push((self.t("offers-fact-available"), self.available(o, today)));
        rows.push((self.t("offers-fact-landlord"), landlord.to_string()));
        rows.push((self.t("offers-fact-reference"), o.reference.clone()));
        rows
    }

    /// The list's heading line: how many offers the filters leave.
    pub fn count(&self, n: usize) -> String {
        self.l10n.tr_count(self.lang, "offers-count", n as i64)
    }

    /// "1–6 of 23"
    pub fn page(&self, first: usize, last: usize, count: usize) -> String {
        self.l10n.tr_numbers(
            self.lang,
            "offers-page",
            &[("first", first as i64), ("last", last as i64), ("count", count as i64)],
        )
    }

    /// A filter button: its label and what is chosen ("" for the wheelchair toggle).
    pub fn filter_button(&self, which: FilterKind, f: &Filter) -> (String, String) {
        let all = self.t("offers-all");
        match which {
            FilterKind::Commune => (self.t("offers-filter-commune"), f.commune.clone().unwrap_or(all)),
            FilterKind::Rooms => (
                self.t("offers-filter-rooms"),
                f.rooms.map(|r| self.rooms_choice(r)).unwrap_or(all),
            ),
            FilterKind::Rent => (
                self.t("offers-filter-rent"),
                f.max_total_cents.map(|m| self.up_to(m)).unwrap_or(all),
            ),
            FilterKind::Wheelchair => (self.t("offers-filter-wheelchair"), String::new()),
        }
    }

    pub fn rooms_choice(&self, r: u8) -> String {
        if r >= ROOMS_OR_MORE {
            self.n("offers-rooms-or-more", "rooms", i64::from(r))
        } else {
            self.n("offers-rooms", "rooms", i64::from(r))
        }
    }

    pub fn up_to(&self, cents: u32) -> String {
        self.l10n
            .tr_args(self.lang, "offers-up-to", &[("amount", &self.money(cents))])
    }

    /// A choice of a filter's question, with how many offers it shows.
    pub fn with_count(&self, label: &str, count: usize) -> String {
        self.l10n.tr_values(
            self.lang,
            "offers-choice-count",
            &[
                ("label", FluentValue::from(label)),
                ("count", FluentValue::from(count as i64)),
            ],
        )
    }

    /// The question a filter's choices answer.
    pub fn picker_question(&self, p: Picker) -> String {
        self.t(match p {
            Picker::Commune => "offers-pick-commune",
            Picker::Rooms => "offers-pick-rooms",
            Picker::Rent => "offers-pick-rent",
        })
    }

    /// "Photo 2 of 4", or nothing with fewer than two photos.
    pub fn photo(&self, n: usize, count: usize) -> String {
        if count < 2 {
            return String::new();
        }
        self.l10n
            .tr_numbers(self.lang, "offers-photo", &[("n", n as i64), ("count", count as i64)])
    }

    /// "How to apply": the landlord and the reference to give.
    pub fn apply_text(&self, landlord: &str, reference: &str) -> String {
        self.l10n.tr_args(
            self.lang,
            "offers-apply-text",
            &[("landlord", landlord), ("reference", reference)],
        )
    }
}

/// The filter buttons, in their fixed order on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterKind {
    Commune,
    Rooms,
    Rent,
    Wheelchair,
}

impl FilterKind {
    pub const ALL: [FilterKind; 4] = [
        FilterKind::Commune,
        FilterKind::Rooms,
        FilterKind::Rent,
        FilterKind::Wheelchair,
    ];

    /// The name the `.slint` files and statistics use.
    pub fn as_str(self) -> &'static str {
        match self {
            FilterKind::Commune => "commune",
            FilterKind::Rooms => "rooms",
            FilterKind::Rent => "rent",
            FilterKind::Wheelchair => "wheelchair",
        }
    }

    pub fn parse(s: &str) -> Option<FilterKind> {
        FilterKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Whether `f` has a choice for this filter.
    pub fn active(self, f: &Filter) -> bool {
        match self {
            FilterKind::Commune => f.commune.is_some(),
            FilterKind::Rooms => f.rooms.is_some(),
            FilterKind::Rent => f.max_total_cents.is_some(),
            FilterKind::Wheelchair => f.wheelchair,
        }
    }

    /// The question its button opens (the wheelchair one is a toggle).
    pub fn picker(self) -> Option<Picker> {
        match self {
            FilterKind::Commune => Some(Picker::Commune),
            FilterKind::Rooms => Some(Picker::Rooms),
            FilterKind::Rent => Some(Picker::Rent),
            FilterKind::Wheelchair => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::amount;

    #[test]
    fn amounts_as_each_language_writes_them() {
        assert_eq!(amount("fr", 52_000), "520");
        assert_eq!(amount("fr", 125_050), "1\u{202f}250,50");
        assert_eq!(amount("en", 125_050), "1,250.50");
        assert_eq!(amount("es", 100_000_000), "1.000.000");
        assert_eq!(amount("ar", 41_235), "412,35");
        assert_eq!(amount("fr", 5), "0,05");
    }
}
