//! Landlords' housing offers: what one offer is, and the resident's filters over them.
//!
//! No Slint, no storage: the pack carries [`Offer`]s (read from its `offers/` folder,
//! compiled with it), and the offers screen asks [`Filter::apply`] which to show and
//! [`facets`] which filter buttons are worth offering. Everything is a linear scan over
//! a few thousand small structs: microseconds, so no index is kept in step with them.

use chrono::NaiveDate;

pub mod browse;
pub mod text;
pub mod values;

/// Rooms at or above this count are one filter button ("5 rooms or more").
pub const ROOMS_OR_MORE: u8 = 5;

/// One home offered by a landlord.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Offer {
    /// Unique in the pack: `LANDLORD/REFERENCE` (the landlord's own reference).
    pub id: String,
    /// The landlord's reference, printed so that the landlord finds the offer again.
    pub reference: String,
    /// The landlord: a service id of the pack ("how to apply" is that service).
    pub landlord: String,
    pub commune: String,
    pub code_postal: Option<String>,
    /// Main rooms: 1 for a T1 (or a studio), 2 for a T2…
    pub rooms: u8,
    /// Living area, whole square metres.
    pub surface_m2: u32,
    /// Monthly rent without charges, in cents.
    pub rent_cents: u32,
    /// Monthly charges, in cents.
    pub charges_cents: u32,
    /// 0 is the ground floor; `None` when the landlord did not say.
    pub floor: Option<i32>,
    pub lift: Option<bool>,
    /// Whether a wheelchair user can live there (step-free access, adapted rooms).
    pub wheelchair: Option<bool>,
    /// Energy performance label, `A` to `G`.
    pub energy: Option<char>,
    /// Free from this day; `None`: free now.
    pub available_from: Option<NaiveDate>,
    /// Last day the offer is shown.
    pub expires: NaiveDate,
    /// Photo names, in the landlord's order (their bytes stay in the compiled file).
    pub photos: Vec<String>,
}

impl Offer {
    /// Rent and charges: what the resident pays each month.
    pub fn total_cents(&self) -> u32 {
        self.rent_cents.saturating_add(self.charges_cents)
    }

    /// Shown on `today`: not past its last day.
    pub fn is_current(&self, today: NaiveDate) -> bool {
        self.expires >= today
    }
}

/// The resident's choices on the offers screen. Empty: every current offer.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    pub commune: Option<String>,
    /// Exactly this many rooms, or [`ROOMS_OR_MORE`] and above.
    pub rooms: Option<u8>,
    /// Rent and charges at most this much a month, in cents.
    pub max_total_cents: Option<u32>,
    /// Only homes said to suit a wheelchair.
    pub wheelchair: bool,
}

impl Filter {
    /// Whether `o` passes every choice made.
    pub fn matches(&self, o: &Offer) -> bool {
        self.commune.as_ref().is_none_or(|c| *c == o.commune)
            && self.rooms.is_none_or(|r| rooms_match(r, o.rooms))
            && self.max_total_cents.is_none_or(|m| o.total_cents() <= m)
            && (!self.wheelchair || o.wheelchair == Some(true))
    }

    /// The offers shown on `today`, among `offers` (of the landlords `landlords`, or
    /// all when empty): positions into `offers`, soonest available first, then the
    /// cheapest, then the pack's order (stable, so the list never shuffles).
    pub fn apply(&self, offers: &[Offer], landlords: &[String], today: NaiveDate) -> Vec<usize> {
        let mut shown: Vec<usize> = offers
            .iter()
            .enumerate()
            .filter(|(_, o)| o.is_current(today) && of_landlords(o, landlords) && self.matches(o))
            .map(|(i, _)| i)
            .collect();
        shown.sort_by_key(|&i| {
            let o = &offers[i];
            (o.available_from.filter(|d| *d > today), o.total_cents())
        });
        shown
    }

    /// How many choices are made (the screen says "2 filters").
    pub fn count(&self) -> usize {
        usize::from(self.commune.is_some())
            + usize::from(self.rooms.is_some())
            + usize::from(self.max_total_cents.is_some())
            + usize::from(self.wheelchair)
    }
}

fn rooms_match(wanted: u8, rooms: u8) -> bool {
    if wanted >= ROOMS_OR_MORE {
        rooms >= ROOMS_OR_MORE
    } else {
        rooms == wanted
    }
}

fn of_landlords(o: &Offer, landlords: &[String]) -> bool {
    landlords.is_empty() || landlords.contains(&o.landlord)
}

/// The filter buttons worth offering, each with how many offers it would show
/// (counted with the *other* choices kept, as shops do): a button that would show
/// nothing is not offered.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Facets {
    /// Communes, alphabetical (French collation is close enough to byte order once
    /// accents are folded: see [`fold`]).
    pub communes: Vec<(String, usize)>,
    /// 1..=[`ROOMS_OR_MORE`].
    pub rooms: Vec<(u8, usize)>,
    /// Ceilings of rent and charges, in cents, ascending, each showing more offers.
    pub max_totals: Vec<(u32, usize)>,
    /// Offers that suit a wheelchair.
    pub wheelchair: usize,
}

/// At most this many rent ceilings are offered (one row of big buttons).
pub const MAX_RENT_STEPS: usize = 5;

/// The buttons for `filter` on `today` (see [`Facets`]).
pub fn facets(filter: &Filter, offers: &[Offer], landlords: &[String], today: NaiveDate) -> Facets {
    let pool: Vec<&Offer> = offers
        .iter()
        .filter(|o| o.is_current(today) && of_landlords(o, landlords))
        .collect();
    let count = |f: &Filter| pool.iter().filter(|o| f.matches(o)).count();

    let mut communes: Vec<String> = pool.iter().map(|o| o.commune.clone()).collect();
    communes.sort_by_key(|c| fold(c));
    communes.dedup();
    let communes = communes
        .into_iter()
        .map(|c| {
            let n = count(&Filter {
                commune: Some(c.clone()),
                ..filter.clone()
            });
            (c, n)
        })
        .filter(|(_, n)| *n > 0)
        .collect();

    let rooms = (1..=ROOMS_OR_MORE)
        .map(|r| {
            (
                r,
                count(&Filter {
                    rooms: Some(r),
                    ..filter.clone()
                }),
            )
        })
        .filter(|(_, n)| *n > 0)
        .collect();

    let without_rent = Filter {
        max_total_cents: None,
        ..filter.clone()
    };
    let mut totals: Vec<u32> = pool
        .iter()
        .filter(|o| without_rent.matches(o))
        .map(|o| o.total_cents())
        .collect();
    totals.sort_unstable();
    let max_totals = rent_steps(&totals)
        .into_iter()
        .map(|m| (m, totals.partition_point(|&t| t <= m)))
        .collect();

    let wheelchair = count(&Filter {
        wheelchair: true,
        ..filter.clone()
    });
    Facets {
        communes,
        rooms,
        max_totals,
        wheelchair,
    }
}

/// Round ceilings (multiples of 50 €) that split the sorted `totals` into roughly
/// equal groups, each showing more offers than the one before, the last one showing
/// them all: "up to 450 €", "up to 600 €"…
fn rent_steps(totals: &[u32]) -> Vec<u32> {
    const STEP: u32 = 5_000;
    let mut steps: Vec<u32> = Vec::new();
    if totals.is_empty() {
        return steps;
    }
    for k in 1..=MAX_RENT_STEPS {
        let at = (totals.len() * k).div_ceil(MAX_RENT_STEPS).saturating_sub(1);
        let value = totals[at.min(totals.len() - 1)];
        let ceiling = value.div_ceil(STEP).saturating_mul(STEP);
        if steps.last().is_none_or(|&last| ceiling > last) {
            steps.push(ceiling);
        }
    }
    steps
}

/// `s` for sorting: lower case, common French accents folded ("Écouen" among the E's).
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'œ' => 'o',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests;
