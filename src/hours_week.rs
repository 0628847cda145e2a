//! A place's usual week in words, for what is printed or read later (the ticket, the
//! mediator page): "Lundi–jeudi : 8\u{a0}h\u{a0}30–12\u{a0}h, 13\u{a0}h\u{a0}30–17\u{a0}h", one line per group of
//! days with the same hours, then "Fermé les jours fériés".
//!
//! The week is read from the `opening-hours` crate's evaluation, day by day, never from
//! the text: the weekdays of the coming weeks must repeat exactly (public holidays
//! aside), and public holidays must either change nothing or close the place all day.
//! Anything else (seasons, dates, comments, "unknown", hours past midnight) has no
//! week table: [`lines`] then gives the raw text rather than a wrong sentence.

use chrono::{Datelike, Duration, NaiveDate};
use fluent_bundle::FluentValue;
use opening_hours::localization::Country;
use opening_hours::{Context, OpeningHours, RuleKind};

use crate::i18n::Localizer;

/// Weeks that must repeat the first one: about how long a ticket is kept.
const WEEKS: i64 = 8;
/// Days searched for public holidays, to tell whether they close the place.
const HOLIDAY_DAYS: i64 = 366;
/// Minutes in a day: the latest closing time a line can say.
const DAY_MINUTES: u16 = 24 * 60;

/// Opening ranges of one day, in minutes from midnight.
type Day = Vec<(u16, u16)>;

/// A usual week: the hours of each weekday (Monday first) and whether public holidays
/// close the place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Week {
    pub days: [Day; 7],
    pub closed_on_public_holidays: bool,
}

/// The usual week of `hours` from `from` on, holidays from `country` (ISO code), or
/// `None` when the hours do not follow one.
pub fn week(hours: &str, country: &str, from: NaiveDate) -> Option<Week> {
    // As for the badge: should the crate's evaluation panic on some expression, the
    // raw text is printed rather than the ticket failing.
    std::panic::catch_unwind(|| week_unguarded(hours, country, from)).ok()?
}

fn week_unguarded(hours: &str, country: &str, from: NaiveDate) -> Option<Week> {
    let plain = OpeningHours::parse(hours).ok()?;
    let holidays = country.parse::<Country>().ok().map(Country::holidays);
    let with = match &holidays {
        Some(h) => plain.clone().with_context(Context::default().with_holidays(h.clone())),
        None => plain.clone().with_context(Context::default()),
    };
    let is_public = |d: NaiveDate| holidays.as_ref().is_some_and(|h| h.get_public().contains(d));
    let monday = from - Duration::days(i64::from(from.weekday().num_days_from_monday()));
    let mut usual: [Option<Day>; 7] = Default::default();
    for d in (0..WEEKS * 7).map(|i| monday + Duration::days(i)) {
        if is_public(d) {
            continue;
        }
        let day = open_ranges(with.schedule_at(d))?;
        let slot = &mut usual[d.weekday().num_days_from_monday() as usize];
        match slot {
            Some(u) if *u != day => return None,
            Some(_) => {}
            None => *slot = Some(day),
        }
    }
    let days = usual.map(Option::unwrap_or_default);
    if days.iter().all(Vec::is_empty) {
        return None;
    }
    let mut closed_on_public_holidays = false;
    for d in (0..HOLIDAY_DAYS)
        .map(|i| from + Duration::days(i))
        .filter(|d| is_public(*d))
    {
        let on_holiday = open_ranges(with.schedule_at(d))?;
        if on_holiday == open_ranges(plain.schedule_at(d))? {
            continue;
        }
        if !on_holiday.is_empty() {
            return None;
        }
        closed_on_public_holidays = true;
    }
    Some(Week {
        days,
        closed_on_public_holidays,
    })
}

/// The open ranges of a day's schedule; `None` for what a sentence cannot say: an
/// unknown state, a comment.
fn open_ranges(schedule: opening_hours::schedule::Schedule) -> Option<Day> {
    let mut out = Vec::new();
    for r in schedule {
        if !r.comments.is_empty() || r.kind == RuleKind::Unknown {
            return None;
        }
        let (start, end) = (r.range.start.mins_from_midnight(), r.range.end.mins_from_midnight());
        if r.kind == RuleKind::Open {
            if end > DAY_MINUTES {
                return None;
            }
            out.push((start, end));
        }
    }
    Some(out)
}

impl Week {
    /// The week as lines in `lang`: one per group of days with the same hours (in
    /// the order of their first day), then the public holidays' line.
    pub fn lines(&self, l10n: &Localizer, lang: &str) -> Vec<String> {
        let mut groups: Vec<(Vec<usize>, &Day)> = Vec::new();
        for (i, day) in self.days.iter().enumerate().filter(|(_, d)| !d.is_empty()) {
            match groups.iter_mut().find(|(_, d)| *d == day) {
                Some((days, _)) => days.push(i),
                None => groups.push((vec![i], day)),
            }
        }
        let mut out: Vec<String> = groups
            .iter()
            .map(|(days, ranges)| {
                let days = day_list(l10n, lang, days);
                let ranges = join(l10n, lang, ranges.iter().map(|r| range(l10n, lang, *r)).collect());
                l10n.tr_args(lang, "hours-line", &[("days", &days), ("hours", &ranges)])
            })
            .collect();
        if self.closed_on_public_holidays {
            out.push(l10n.tr(lang, "hours-public-holidays-closed"));
        }
        out
    }
}

/// The hours of a place as lines in `lang`: its week in words, else its raw text.
pub fn lines(hours: &str, country: &str, from: NaiveDate, l10n: &Localizer, lang: &str) -> Vec<String> {
    match week(hours, country, from) {
        Some(w) => w.lines(l10n, lang),
        None => vec![hours.to_string()],
    }
}

/// The days of a group (0 = Monday): runs of three or more as "first–last", other
/// days one by one; the first word is the one that starts a line.
fn day_list(l10n: &Localizer, lang: &str, days: &[usize]) -> String {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for &d in days {
        match runs.last_mut() {
            Some((_, last)) if *last + 1 == d => *last = d,
            _ => runs.push((d, d)),
        }
    }
    let name = |d: usize, first: bool| {
        let key = if first { "hours-day" } else { "day" };
        l10n.tr(lang, &format!("{key}-{}", d + 1))
    };
    let mut items: Vec<String> = Vec::new();
    for (a, b) in runs {
        if b >= a + 2 {
            let (from, to) = (name(a, items.is_empty()), name(b, false));
            items.push(l10n.tr_args(lang, "hours-days", &[("first", &from), ("last", &to)]));
        } else {
            for d in a..=b {
                let n = name(d, items.is_empty());
                items.push(n);
            }
        }
    }
    join(l10n, lang, items)
}

/// Items joined as the language lists them ("a, b, c").
fn join(l10n: &Localizer, lang: &str, items: Vec<String>) -> String {
    let mut it = items.into_iter();
    let first = it.next().unwrap_or_default();
    it.fold(first, |list, item| {
        l10n.tr_args(lang, "hours-list", &[("list", &list), ("item", &item)])
    })
}

/// One opening range, "8 h 30–12 h"; a whole day has its own words.
fn range(l10n: &Localizer, lang: &str, (start, end): (u16, u16)) -> String {
    if (start, end) == (0, DAY_MINUTES) {
        return l10n.tr(lang, "hours-all-day");
    }
    let (from, to) = (time(l10n, lang, start), time(l10n, lang, end));
    l10n.tr_args(lang, "hours-range", &[("from", &from), ("to", &to)])
}

/// A time of day as the language writes it: `$hour` and `$minute` as numbers (so that
/// "8 h" can leave out zero minutes), `$mm` the minutes on two digits.
fn time(l10n: &Localizer, lang: &str, minutes: u16) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    l10n.tr_values(
        lang,
        "hours-time",
        &[
            ("hour", FluentValue::from(h)),
            ("minute", FluentValue::from(m)),
            ("mm", FluentValue::from(format!("{m:02}"))),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn monday() -> NaiveDate {
        // Monday 23 November 2026; 25 December and 1 January fall on weekdays.
        NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
    }

    /// The lines without Fluent's isolation marks.
    fn words(hours: &str, lang: &str) -> Vec<String> {
        let l10n = Localizer::new();
        lines(hours, "FR", monday(), &l10n, lang)
            .into_iter()
            .map(|l| l.replace(['\u{2068}', '\u{2069}'], ""))
            .collect()
    }

    #[test]
    fn a_week_with_a_short_friday_in_french() {
        assert_eq!(
            words("Mo-Th 08:30-12:00,13:30-17:00; Fr 08:30-12:00; PH off", "fr"),
            [
                "Lundi–jeudi : 8\u{a0}h\u{a0}30–12\u{a0}h, 13\u{a0}h\u{a0}30–17\u{a0}h",
                "Vendredi : 8\u{a0}h\u{a0}30–12\u{a0}h",
                "Fermé les jours fériés",
            ]
        );
    }

    #[test]
    fn english_and_arabic() {
        let h = "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00; PH off";
        assert_eq!(
            words(h, "en"),
            [
                "Monday–Friday: 9:00–12:00, 14:00–17:30",
                "Saturday: 9:00–12:00",
                "Closed on public holidays",
            ]
        );
        assert_eq!(
            words(h, "ar"),
            [
                "الاثنين–الجمعة: من 9:00 إلى 12:00، من 14:00 إلى 17:30",
                "السبت: من 9:00 إلى 12:00",
                "مغلق في أيام العطل الرسمية",
            ]
        );
    }

    #[test]
    fn scattered_days_are_listed_one_by_one() {
        assert_eq!(
            words("Mo,Tu,Th 09:00-12:00,13:30-16:00; PH off", "fr"),
            [
                "Lundi, mardi, jeudi : 9\u{a0}h–12\u{a0}h, 13\u{a0}h\u{a0}30–16\u{a0}h",
                "Fermé les jours fériés"
            ]
        );
        assert_eq!(
            words("Tu 14:00-18:00; We 10:00-12:00,14:00-18:00; Sa 10:00-12:00", "en"),
            [
                "Tuesday: 14:00–18:00",
                "Wednesday: 10:00–12:00, 14:00–18:00",
                "Saturday: 10:00–12:00",
            ]
        );
        // Same hours on days apart are one line; runs of three become a range.
        assert_eq!(
            words("Mo-We,Fr 09:00-17:00; Th 14:00-17:00", "fr"),
            [
                "Lundi–mercredi, vendredi : 9\u{a0}h–17\u{a0}h",
                "Jeudi : 14\u{a0}h–17\u{a0}h"
            ]
        );
    }

    #[test]
    fn around_the_clock_and_past_midnight() {
        assert_eq!(words("24/7", "fr"), ["Lundi–dimanche : 24\u{a0}h sur 24"]);
        // The crate gives each day its own hours: a night is split at midnight.
        assert_eq!(
            words("Fr 20:00-02:00", "en"),
            ["Friday: 20:00–24:00", "Saturday: 0:00–2:00"]
        );
    }

    #[test]
    fn unusual_rules_keep_the_raw_text() {
        for raw in [
            // A season, a date, a comment, an unknown state, a weekday of the month,
            // holidays open with other hours, never open.
            "Mo-Fr 09:00-17:00; Dec 07-Dec 20 off",
            "Mo-Fr 09:00-12:00 \"sur rendez-vous\"",
            "Mo-Fr 09:00-17:00 unknown",
            "Mo[1] 09:00-12:00",
            "Mo-Fr 09:00-17:00; PH 10:00-12:00",
            "off",
        ] {
            assert_eq!(words(raw, "fr"), [raw], "{raw}");
        }
    }

    #[test]
    fn holidays_that_change_nothing_say_nothing() {
        // Closed at weekends, no PH rule: no holidays line.
        assert_eq!(words("Mo-Fr 09:00-17:00", "en"), ["Monday–Friday: 9:00–17:00"]);
    }
}
