//! What the statistics report shows, summed over kiosks, before suppression: visits
//! per kiosk, over time (by day, week or month) and by hour, and the counts per
//! category. [`super::report`] turns these tables into the page and CSV summaries.

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate, Timelike};

use super::event::{EndReason, Kind, Period, TicketOutcome};
use super::export::Dataset;
use super::suppress::{primary, with_total, Shown};

/// How visits over time are grouped: by day for up to three months, then by week, then
/// by month, so that the chart stays readable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bucket {
    Day,
    Week,
    Month,
}

impl Bucket {
    fn start(self, d: NaiveDate) -> NaiveDate {
        match self {
            Bucket::Day => d,
            Bucket::Week => d - Duration::days(i64::from(d.weekday().num_days_from_monday())),
            Bucket::Month => d.with_day(1).unwrap_or(d),
        }
    }

    fn next(self, d: NaiveDate) -> Option<NaiveDate> {
        match self {
            Bucket::Day => d.succ_opt(),
            Bucket::Week => d.checked_add_signed(Duration::days(7)),
            Bucket::Month => d.checked_add_months(chrono::Months::new(1)),
        }
    }

    pub(super) fn as_str(self) -> &'static str {
        match self {
            Bucket::Day => "day",
            Bucket::Week => "week",
            Bucket::Month => "month",
        }
    }

    pub(super) fn short(self, d: NaiveDate) -> String {
        match self {
            Bucket::Day | Bucket::Week => d.format("%d/%m").to_string(),
            Bucket::Month => d.format("%m/%Y").to_string(),
        }
    }

    pub(super) fn long(self, d: NaiveDate) -> String {
        match self {
            Bucket::Day | Bucket::Week => d.format("%d/%m/%Y").to_string(),
            Bucket::Month => d.format("%m/%Y").to_string(),
        }
    }
}

/// Zero-filled buckets are listed only up to this many; beyond, only non-empty ones (a
/// wrong clock could otherwise make decades of empty days).
const MAX_FILLED_BUCKETS: usize = 400;

/// Everything the report shows, summed over kiosks, before suppression.
#[derive(Debug, Clone)]
pub struct Tables {
    /// Visits per kiosk, in name order.
    pub kiosks: Vec<(String, u64)>,
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
    pub sessions: u64,
    pub bucket: Bucket,
    /// Visits per bucket start.
    pub over_time: Vec<(NaiveDate, u64)>,
    pub by_hour: [u64; 24],
    pub languages: Vec<(String, u64)>,
    pub topics: Vec<(String, u64)>,
    pub results: Vec<(String, u64)>,
    pub nodes: Vec<(String, u64)>,
    /// "Am I eligible?" checks by table id.
    pub eligibility: Vec<(String, u64)>,
    /// Offers opened, as `LANDLORD:COMMUNE:ROOMS`.
    pub offer_views: Vec<(String, u64)>,
    /// Offer filters chosen (`commune:C`, `rooms:N`, `max-rent:EUROS`, `wheelchair`).
    pub offer_filters: Vec<(String, u64)>,
    pub tickets: Vec<(TicketOutcome, u64)>,
    pub ends: Vec<(EndReason, u64)>,
    pub emergency: u64,
    pub stick_visits: u64,
}

/// The counts of a dataset added up, before they are grouped for the report.
struct Sums {
    kiosks: BTreeMap<String, u64>,
    days: BTreeMap<NaiveDate, u64>,
    by_hour: [u64; 24],
    values: BTreeMap<Kind, BTreeMap<String, u64>>,
    sessions: u64,
}

impl Sums {
    fn new(data: &Dataset) -> Sums {
        let mut s = Sums {
            kiosks: data.sources.iter().map(|s| (s.kiosk.clone(), 0)).collect(),
            days: BTreeMap::new(),
            by_hour: [0; 24],
            values: BTreeMap::new(),
            sessions: 0,
        };
        // Saturating: a merge keeps the counts' total within 64 bits, but a damaged
        // database could still hold counts that would wrap.
        let add = |n: &mut u64, c: u64| *n = n.saturating_add(c);
        for r in &data.rows {
            let values = s.values.entry(r.kind).or_default();
            add(values.entry(r.value.clone()).or_default(), r.count);
            if r.kind == Kind::SessionStart {
                add(&mut s.sessions, r.count);
                add(s.kiosks.entry(r.kiosk.clone()).or_default(), r.count);
                if r.period == Period::Hour {
                    add(s.days.entry(r.start.date()).or_default(), r.count);
                    if let Some(h) = s.by_hour.get_mut(r.start.hour() as usize) {
                        add(h, r.count);
                    }
                }
            }
        }
        s
    }
}

impl Tables {
    pub fn new(data: &Dataset) -> Tables {
        let Sums {
            kiosks,
            days,
            by_hour,
            mut values,
            sessions,
        } = Sums::new(data);
        // The covered period: from the hourly counters when there are any (weekly ones
        // start on the Monday before the first visit).
        let hourly = data.rows.iter().filter(|r| r.period == Period::Hour);
        let (first, last) = match (hourly.clone().map(|r| r.start).min(), hourly.map(|r| r.start).max()) {
            (Some(a), Some(b)) => (Some(a.date()), Some(b.date())),
            _ => (
                data.rows.iter().map(|r| r.start.date()).min(),
                data.rows.iter().map(|r| r.start.date()).max(),
            ),
        };
        let span = match (days.keys().next(), days.keys().next_back()) {
            (Some(a), Some(b)) => (*b - *a).num_days(),
            _ => 0,
        };
        let bucket = if span < 92 {
            Bucket::Day
        } else if span < 731 {
            Bucket::Week
        } else {
            Bucket::Month
        };
        let mut buckets: BTreeMap<NaiveDate, u64> = BTreeMap::new();
        for (d, n) in &days {
            let b = buckets.entry(bucket.start(*d)).or_default();
            *b = b.saturating_add(*n);
        }
        let over_time = fill(bucket, buckets);
        let mut take = |k: Kind| ordered(values.remove(&k).unwrap_or_default());
        let languages = take(Kind::Language);
        let topics = take(Kind::Topic);
        let results = take(Kind::Result);
        let nodes = take(Kind::Node);
        let eligibility = take(Kind::Eligibility);
        let offer_views = take(Kind::OfferView);
        let offer_filters = take(Kind::OfferFilter);
        let count = |k: Kind, v: &str| values.get(&k).and_then(|m| m.get(v)).copied().unwrap_or(0);
        let tickets = TicketOutcome::ALL
            .iter()
            .map(|t| (*t, count(Kind::Ticket, t.as_str())))
            .collect();
        let ends = EndReason::ALL
            .iter()
            .map(|e| (*e, count(Kind::SessionEnd, e.as_str())))
            .collect();
        Tables {
            kiosks: kiosks.into_iter().collect(),
            first,
            last,
            sessions,
            bucket,
            over_time,
            by_hour,
            languages,
            topics,
            results,
            nodes,
            eligibility,
            offer_views,
            offer_filters,
            tickets,
            ends,
            emergency: count(Kind::Emergency, ""),
            stick_visits: count(Kind::StickVisit, ""),
        }
    }
}

impl Tables {
    /// How visit ends are shown. Nearly every visit ends with one of them, so their sum
    /// is about the number of visits, which is shown: treated as a group with a total.
    pub fn ends_shown(&self) -> Vec<Shown> {
        with_total(&self.ends.iter().map(|e| e.1).collect::<Vec<_>>())
    }
}

/// Adds the empty buckets between the first and the last (a day without visits is a
/// fact worth showing), unless there would be too many.
fn fill(bucket: Bucket, counts: BTreeMap<NaiveDate, u64>) -> Vec<(NaiveDate, u64)> {
    let (Some(first), Some(last)) = (counts.keys().next().copied(), counts.keys().next_back().copied()) else {
        return vec![];
    };
    let mut out = Vec::new();
    let mut d = first;
    while d <= last {
        out.push((d, counts.get(&d).copied().unwrap_or(0)));
        if out.len() > MAX_FILLED_BUCKETS {
            return counts.into_iter().collect();
        }
        match bucket.next(d) {
            Some(n) => d = n,
            None => break,
        }
    }
    out
}

/// Shown counts first, largest first; hidden ones last in name order, so that their
/// place in the list does not rank them.
fn ordered(counts: BTreeMap<String, u64>) -> Vec<(String, u64)> {
    let mut v: Vec<(String, u64)> = counts.into_iter().collect();
    v.sort_by(|a, b| {
        let key = |x: &(String, u64)| {
            let hidden = primary(x.1).is_hidden();
            (hidden, if hidden { 0 } else { u64::MAX - x.1 })
        };
        key(a).cmp(&key(b)).then_with(|| a.0.cmp(&b.0))
    });
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_items_come_last_in_name_order() {
        let m: BTreeMap<String, u64> = [("b", 2), ("a", 3), ("c", 50), ("d", 7)]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        let names: Vec<String> = ordered(m).into_iter().map(|x| x.0).collect();
        assert_eq!(names, ["c", "d", "a", "b"]);
    }

    #[test]
    fn long_spans_are_grouped() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(Bucket::Week.start(d("2024-03-06")), d("2024-03-04"));
        assert_eq!(Bucket::Month.start(d("2024-03-06")), d("2024-03-01"));
        let m: BTreeMap<NaiveDate, u64> = [(d("2024-01-01"), 1), (d("2024-01-04"), 2)].into_iter().collect();
        assert_eq!(fill(Bucket::Day, m).len(), 4);
        let far: BTreeMap<NaiveDate, u64> = [(d("1970-01-01"), 1), (d("2024-01-04"), 2)].into_iter().collect();
        assert_eq!(fill(Bucket::Day, far).len(), 2);
    }
}
