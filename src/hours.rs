//! "Open now" / "closed, opens at …" / "closed until 2 January" from OpenStreetMap
//! `opening_hours`, a service's temporary closures and a clock, with the public
//! holidays of the pack's country (`PH off`).
//!
//! A place is "closed until" a day when today falls in one of its closures, or when
//! its next opening does, or when its hours close it for a period: several days on
//! which it opens in the weeks around (`Dec 24-Jan 02 off`), not a weekend or a
//! single public holiday.

use std::collections::HashSet;

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike};
use opening_hours::localization::Country;
use opening_hours::{Context, OpeningHours, RuleKind};

use crate::content::model::{Closure, Service};

/// What the badge of a service says at a given time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Badge {
    /// Open; closes at the given time if it closes within the coming week.
    Open { closes: Option<NaiveDateTime> },
    /// Closed; opens at the given time if it opens within the coming weeks.
    Closed { opens: Option<NaiveDateTime> },
    /// Closed for a period, up to and including `until`; opens again at `reopens`
    /// when that is known (within three weeks of the period's end).
    ClosedUntil {
        until: NaiveDate,
        reopens: Option<NaiveDateTime>,
    },
    /// The hours say nothing certain about this moment.
    Unknown,
}

/// Why opening hours do not parse: where (1-based character), the text from there,
/// and what the parser expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoursError {
    pub column: usize,
    /// The hours from `column` on (at most 32 characters, then `…`): the part to fix.
    pub part: String,
    pub what: String,
}

impl std::fmt::Display for HoursError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at character {} (\"{}\")", self.what, self.column, self.part)
    }
}

/// How much of the hours an error quotes from where it fails.
const PART_CHARS: usize = 32;

/// The syntax an operator can copy: what `validate` failures point to.
pub const HOURS_EXAMPLE: &str = "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00; PH off";

/// Checks the syntax, with the parser's explanation on failure.
pub fn validate(hours: &str) -> Result<(), HoursError> {
    OpeningHours::parse(hours)
        .map(|_| ())
        .map_err(|e| explain(hours, &e.to_string()))
}

/// The parser's explanation on one line: what it expected and where (its message
/// draws the place with arrows over several lines, `--> LINE:COLUMN`).
fn explain(hours: &str, message: &str) -> HoursError {
    let lines: Vec<&str> = message.lines().map(str::trim).collect();
    let column = lines
        .iter()
        .find_map(|l| l.strip_prefix("--> "))
        .and_then(|p| p.split(':').nth(1))
        .and_then(|c| c.trim().parse::<usize>().ok())
        .unwrap_or(1)
        .max(1);
    let what = lines
        .iter()
        .find_map(|l| l.strip_prefix("= "))
        .or_else(|| lines.iter().find(|l| !l.is_empty() && !l.starts_with("-->")).copied())
        .unwrap_or("syntax error")
        .to_string();
    let rest = hours.chars().skip(column - 1);
    let mut part: String = rest.clone().take(PART_CHARS).collect();
    if rest.count() > PART_CHARS {
        part.push('…');
    }
    HoursError { column, part, what }
}

/// How far ahead the badge looks for the next opening or closing.
const HORIZON_DAYS: i64 = 21;
/// How far back it looks to tell a closed period from the usual week.
const LOOK_BACK_DAYS: i64 = 14;
/// Ranges read at most from the window (a few a day in any real expression).
const MAX_RANGES: usize = 1024;
/// Days a place usually opens on that a closure must cover to be a period.
const PERIOD_DAYS: usize = 2;

/// The badge for `hours` at `now` (the kiosk's local time), holidays from `country`
/// (an ISO code such as `FR`; unknown codes mean no holidays).
pub fn badge(hours: &str, country: &str, now: NaiveDateTime) -> Badge {
    // The badge is drawn on the UI thread from a pack's text: should the parser's
    // evaluation ever panic on an expression, the place shows no badge rather than the
    // kiosk stopping.
    std::panic::catch_unwind(|| badge_unguarded(hours, country, now)).unwrap_or(Badge::Unknown)
}

/// A stretch of time in one state.
struct Span {
    start: NaiveDateTime,
    end: NaiveDateTime,
    kind: RuleKind,
}

fn badge_unguarded(hours: &str, country: &str, now: NaiveDateTime) -> Badge {
    let Ok(oh) = OpeningHours::parse(hours) else {
        return Badge::Unknown;
    };
    let horizon = now + Duration::days(HORIZON_DAYS);
    // Bounded: a rule that never changes state ("easter Mo", a date that never comes)
    // would otherwise be searched day by day to the year 10000.
    let ctx = Context::default().approx_bound_interval_size(Duration::days(HORIZON_DAYS));
    let oh = match country.parse::<Country>() {
        Ok(c) => oh.with_context(ctx.with_holidays(c.holidays())),
        Err(_) => oh.with_context(ctx),
    };
    let spans: Vec<Span> = oh
        .iter_range(now - Duration::days(LOOK_BACK_DAYS), horizon)
        .take(MAX_RANGES)
        .map(|r| Span {
            start: r.range.start,
            end: r.range.end,
            kind: r.kind,
        })
        .collect();
    let Some(cur) = spans.iter().find(|s| s.start <= now && now < s.end) else {
        return Badge::Unknown;
    };
    let next = Some(cur.end).filter(|t| *t < horizon);
    match (cur.kind, next) {
        (RuleKind::Open, _) => Badge::Open { closes: next },
        (RuleKind::Closed, Some(t)) if is_period(&spans, cur) => Badge::ClosedUntil {
            until: t.date() - Duration::days(1),
            reopens: Some(t),
        },
        (RuleKind::Closed, _) => Badge::Closed { opens: next },
        (RuleKind::Unknown, _) => Badge::Unknown,
    }
}

/// Whether the closed span `cur` covers [`PERIOD_DAYS`] or more whole days on which
/// the place opens one, two or three weeks before or after: a period, not its week.
fn is_period(spans: &[Span], cur: &Span) -> bool {
    let mut open_days: HashSet<NaiveDate> = HashSet::new();
    for s in spans.iter().filter(|s| s.kind == RuleKind::Open) {
        let mut d = s.start.date();
        // An open span is at most the window long: this loop is bounded by it.
        while d <= s.end.date() && open_days.len() <= MAX_RANGES {
            open_days.insert(d);
            d += Duration::days(1);
        }
    }
    let first = if cur.start.time() == chrono::NaiveTime::MIN {
        cur.start.date()
    } else {
        cur.start.date() + Duration::days(1)
    };
    let usual = |d: NaiveDate| {
        [-3i64, -2, -1, 1, 2, 3]
            .iter()
            .any(|w| open_days.contains(&(d + Duration::weeks(*w))))
    };
    let mut d = first;
    let mut count = 0;
    while d < cur.end.date() && count < PERIOD_DAYS {
        if usual(d) {
            count += 1;
        }
        d += Duration::days(1);
    }
    count >= PERIOD_DAYS
}

/// The badge of a place at `now`: its closures first, then its hours.
pub fn place_badge(hours: Option<&str>, closures: &[Closure], country: &str, now: NaiveDateTime) -> Badge {
    let reopening = |until: NaiveDate| {
        let after = (until + Duration::days(1)).and_time(chrono::NaiveTime::MIN);
        hours.and_then(|h| match badge(h, country, after) {
            Badge::Open { .. } => Some(after),
            Badge::Closed { opens } => opens,
            Badge::ClosedUntil { reopens, .. } => reopens,
            Badge::Unknown => None,
        })
    };
    if let Some(until) = closed_through(closures, now.date()) {
        return Badge::ClosedUntil {
            until,
            reopens: reopening(until),
        };
    }
    let Some(h) = hours else {
        return Badge::Unknown;
    };
    match badge(h, country, now) {
        Badge::Open { closes } => Badge::Open {
            closes: closes_before_closure(closes, closures, now),
        },
        Badge::Closed { opens: Some(t) } => match closed_through(closures, t.date()) {
            Some(until) => Badge::ClosedUntil {
                until,
                reopens: reopening(until),
            },
            None => Badge::Closed { opens: Some(t) },
        },
        other => other,
    }
}

/// The last day of the closures that cover `day`, closures that follow each other
/// without a gap counted as one; `None` when `day` is in none.
pub fn closed_through(closures: &[Closure], day: NaiveDate) -> Option<NaiveDate> {
    let covering = |d: NaiveDate| closures.iter().filter(|c| c.from <= d && d <= c.to).map(|c| c.to).max();
    let mut until = covering(day)?;
    // Each step moves to a later closure's end: at most one step per closure.
    for _ in 0..closures.len() {
        match covering(until + Duration::days(1)) {
            Some(later) if later > until => until = later,
            _ => break,
        }
    }
    Some(until)
}

/// An open place closes at midnight before a closure that starts within the horizon.
fn closes_before_closure(
    closes: Option<NaiveDateTime>,
    closures: &[Closure],
    now: NaiveDateTime,
) -> Option<NaiveDateTime> {
    let horizon = now + Duration::days(HORIZON_DAYS);
    let start = closures
        .iter()
        .map(|c| c.from.and_time(chrono::NaiveTime::MIN))
        .filter(|s| *s > now && *s < horizon)
        .min();
    match (closes, start) {
        (Some(c), Some(s)) => Some(c.min(s)),
        (None, s) => s,
        (c, None) => c,
    }
}

/// The badge of service `s` at `now`: its hours and its closures.
pub fn service_badge(s: &Service, country: &str, now: NaiveDateTime) -> Badge {
    place_badge(s.horaires_accueil.as_deref(), &s.closures, country, now)
}

/// The badge as words: a chrome message and its arguments, so that the screen and
/// speech say the same thing (`badge-open-until` with `$time`, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadgeText {
    /// 0 unknown, 1 open, 2 closed (for a few hours or for a period): the colour the
    /// card draws.
    pub kind: i32,
    pub key: &'static str,
    /// `$time`, as `16:30`, when the message has one.
    pub time: Option<String>,
    /// The chrome message naming the weekday (`day-1` … `day-7`) for `$day`.
    pub day_key: Option<String>,
    /// `$date` and `$month` (numbers: 2 and 1 for 2 January), when the message has a
    /// date (`badge-closed-until`).
    pub date: Option<(u32, u32)>,
    /// When a place closed for a period opens again, if known.
    pub reopens: Option<NaiveDateTime>,
}

impl BadgeText {
    fn plain(kind: i32, key: &'static str) -> BadgeText {
        BadgeText {
            kind,
            key,
            time: None,
            day_key: None,
            date: None,
            reopens: None,
        }
    }

    /// The message in `lang`, with its weekday or month translated too.
    pub fn format(&self, l10n: &crate::i18n::Localizer, lang: &str) -> String {
        if let Some((date, month)) = self.date {
            return l10n.tr_numbers(
                lang,
                self.key,
                &[("date", i64::from(date)), ("month", i64::from(month))],
            );
        }
        let day = self.day_key.as_deref().map(|k| l10n.tr(lang, k)).unwrap_or_default();
        let time = self.time.clone().unwrap_or_default();
        match (&self.time, &self.day_key) {
            (None, None) => l10n.tr(lang, self.key),
            _ => l10n.tr_args(lang, self.key, &[("time", &time), ("day", &day)]),
        }
    }

    /// The message's arguments, as given to Fluent (the weekday still a key).
    pub fn args(&self) -> Vec<(String, String)> {
        let mut args = Vec::new();
        if let Some(t) = &self.time {
            args.push(("time".to_string(), t.clone()));
        }
        if let Some(d) = &self.day_key {
            args.push(("day".to_string(), d.clone()));
        }
        if let Some((date, month)) = self.date {
            args.push(("date".to_string(), date.to_string()));
            args.push(("month".to_string(), month.to_string()));
        }
        args
    }
}

/// What the badge of a place with `hours` says at `now`: the same words on the card
/// and in speech. Without the place's closures: see [`service_badge_text`].
pub fn badge_text(hours: Option<&str>, country: &str, now: NaiveDateTime) -> BadgeText {
    words(place_badge(hours, &[], country, now), now)
}

/// What the badge of service `s` says at `now`, its closures included.
pub fn service_badge_text(s: &Service, country: &str, now: NaiveDateTime) -> BadgeText {
    words(service_badge(s, country, now), now)
}

/// A badge as a chrome message and its arguments.
pub fn words(badge: Badge, now: NaiveDateTime) -> BadgeText {
    let time = |t: NaiveDateTime| Some(format!("{:02}:{:02}", t.hour(), t.minute()));
    match badge {
        Badge::Open { closes: Some(t) } if t.date() == now.date() => BadgeText {
            time: time(t),
            ..BadgeText::plain(1, "badge-open-until")
        },
        Badge::Open { .. } => BadgeText::plain(1, "badge-open"),
        Badge::Closed { opens: Some(t) } => {
            let key = match (t.date() - now.date()).num_days() {
                0 => "badge-closed-opens-today",
                1 => "badge-closed-opens-tomorrow",
                _ => "badge-closed-opens-day",
            };
            BadgeText {
                time: time(t),
                day_key: Some(format!("day-{}", t.weekday().number_from_monday())),
                ..BadgeText::plain(2, key)
            }
        }
        Badge::Closed { opens: None } => BadgeText::plain(2, "badge-closed"),
        Badge::ClosedUntil { until, reopens } => BadgeText {
            date: Some((until.day(), until.month())),
            reopens,
            ..BadgeText::plain(2, "badge-closed-until")
        },
        Badge::Unknown => BadgeText::plain(0, "badge-unknown"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::testing::at;

    const OFFICE: &str = "Mo-Fr 09:00-12:00,14:00-17:00; PH off";

    #[test]
    fn open_on_a_weekday_morning() {
        // Tuesday 24 November 2026, 10:00.
        let b = badge(OFFICE, "FR", at(2026, 11, 24, 10, 0));
        assert_eq!(
            b,
            Badge::Open {
                closes: Some(at(2026, 11, 24, 12, 0))
            }
        );
    }

    #[test]
    fn closed_at_lunch_opens_after() {
        let b = badge(OFFICE, "FR", at(2026, 11, 24, 12, 30));
        assert_eq!(
            b,
            Badge::Closed {
                opens: Some(at(2026, 11, 24, 14, 0))
            }
        );
    }

    #[test]
    fn closed_on_weekend_opens_monday() {
        // Saturday 28 November 2026.
        let b = badge(OFFICE, "FR", at(2026, 11, 28, 10, 0));
        assert_eq!(
            b,
            Badge::Closed {
                opens: Some(at(2026, 11, 30, 9, 0))
            }
        );
    }

    #[test]
    fn closed_on_a_public_holiday() {
        // Wednesday 11 November 2026 is Armistice Day, a French public holiday.
        let b = badge(OFFICE, "FR", at(2026, 11, 11, 10, 0));
        assert_eq!(
            b,
            Badge::Closed {
                opens: Some(at(2026, 11, 12, 9, 0))
            }
        );
        // Without holidays the same moment is open.
        assert!(matches!(badge(OFFICE, "", at(2026, 11, 11, 10, 0)), Badge::Open { .. }));
    }

    #[test]
    fn badge_words() {
        let t = badge_text(Some(OFFICE), "FR", at(2026, 11, 24, 10, 0));
        assert_eq!(
            (t.kind, t.key, t.time.as_deref()),
            (1, "badge-open-until", Some("12:00"))
        );
        let t = badge_text(Some(OFFICE), "FR", at(2026, 11, 28, 10, 0));
        assert_eq!((t.key, t.day_key.as_deref()), ("badge-closed-opens-day", Some("day-1")));
        assert_eq!(badge_text(None, "FR", at(2026, 11, 28, 10, 0)).key, "badge-unknown");
    }

    #[test]
    fn always_open() {
        assert_eq!(
            badge("24/7", "FR", at(2026, 11, 24, 3, 0)),
            Badge::Open { closes: None }
        );
    }

    #[test]
    fn always_closed_and_invalid() {
        assert_eq!(
            badge("off", "FR", at(2026, 11, 24, 3, 0)),
            Badge::Closed { opens: None }
        );
        assert_eq!(badge("not hours", "FR", at(2026, 11, 24, 3, 0)), Badge::Unknown);
        assert!(validate("Mo-Fr 09:00-17:00").is_ok());
        assert!(validate("Mo-Fr 9h-17h").is_err());
        let why = validate("du lundi au vendredi").expect_err("not hours");
        assert_eq!((why.column, why.part.as_str()), (1, "du lundi au vendredi"));
        assert!(!why.what.contains('\n'), "{why}");
        let why = validate("lun-ven 9h-12h, 14h-17h30").expect_err("not hours");
        assert_eq!(why.column, 1, "{why}");
        let why = validate("Mo-Fr 9h-12h").expect_err("not hours");
        assert_eq!((why.column, why.part.as_str()), (7, "9h-12h"));
    }

    fn closure(from: (i32, u32, u32), to: (i32, u32, u32)) -> Closure {
        let d = |(y, m, d): (i32, u32, u32)| NaiveDate::from_ymd_opt(y, m, d).expect("date");
        Closure {
            from: d(from),
            to: d(to),
            reason: "holidays".into(),
        }
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    const WEEKDAYS: &str = "Mo-Fr 09:00-17:00";

    #[test]
    fn a_closure_today_says_until_when_and_when_it_reopens() {
        let holidays = [closure((2026, 12, 24), (2027, 1, 2))];
        // Monday 28 December 2026; 2 January 2027 is a Saturday, so it reopens Monday 4.
        assert_eq!(
            place_badge(Some(WEEKDAYS), &holidays, "", at(2026, 12, 28, 10, 0)),
            Badge::ClosedUntil {
                until: day(2027, 1, 2),
                reopens: Some(at(2027, 1, 4, 9, 0))
            }
        );
        // The last day of the closure is still closed; the day after is ordinary again.
        assert!(matches!(
            place_badge(Some(WEEKDAYS), &holidays, "", at(2027, 1, 2, 10, 0)),
            Badge::ClosedUntil { .. }
        ));
        assert_eq!(
            place_badge(Some(WEEKDAYS), &holidays, "", at(2027, 1, 3, 10, 0)),
            Badge::Closed {
                opens: Some(at(2027, 1, 4, 9, 0))
            }
        );
        // Without hours the closure is still said, with no reopening time.
        assert_eq!(
            place_badge(None, &holidays, "", at(2026, 12, 28, 10, 0)),
            Badge::ClosedUntil {
                until: day(2027, 1, 2),
                reopens: None
            }
        );
        assert_eq!(place_badge(None, &[], "", at(2026, 12, 28, 10, 0)), Badge::Unknown);
    }

    #[test]
    fn the_evening_before_a_closure_does_not_promise_tomorrow_morning() {
        let holidays = [closure((2026, 12, 24), (2027, 1, 2))];
        // Wednesday 23 December: open in the morning, and it closes as usual.
        assert_eq!(
            place_badge(Some(WEEKDAYS), &holidays, "", at(2026, 12, 23, 10, 0)),
            Badge::Open {
                closes: Some(at(2026, 12, 23, 17, 0))
            }
        );
        // In the evening its next opening would fall in the closure.
        assert_eq!(
            place_badge(Some(WEEKDAYS), &holidays, "", at(2026, 12, 23, 18, 0)),
            Badge::ClosedUntil {
                until: day(2027, 1, 2),
                reopens: Some(at(2027, 1, 4, 9, 0))
            }
        );
        // A place open day and night closes at the closure's first midnight.
        assert_eq!(
            place_badge(Some("24/7"), &holidays, "", at(2026, 12, 23, 18, 0)),
            Badge::Open {
                closes: Some(at(2026, 12, 24, 0, 0))
            }
        );
    }

    #[test]
    fn closures_that_follow_each_other_are_one_period() {
        let two = [
            closure((2027, 1, 1), (2027, 1, 8)),
            closure((2026, 12, 24), (2026, 12, 31)),
        ];
        assert_eq!(closed_through(&two, day(2026, 12, 26)), Some(day(2027, 1, 8)));
        assert_eq!(closed_through(&two, day(2027, 1, 9)), None);
        let gap = [
            closure((2026, 12, 24), (2026, 12, 30)),
            closure((2027, 1, 1), (2027, 1, 8)),
        ];
        assert_eq!(closed_through(&gap, day(2026, 12, 26)), Some(day(2026, 12, 30)));
    }

    #[test]
    fn a_date_rule_of_the_hours_is_a_closed_period() {
        let hours = "Mo-Fr 09:00-17:00; Dec 24-Jan 02 off";
        assert_eq!(
            badge(hours, "", at(2026, 12, 28, 10, 0)),
            Badge::ClosedUntil {
                until: day(2027, 1, 3),
                reopens: Some(at(2027, 1, 4, 9, 0))
            }
        );
        // Before and after the period, the same hours are an ordinary week.
        assert!(matches!(badge(hours, "", at(2026, 12, 16, 10, 0)), Badge::Open { .. }));
        assert!(matches!(badge(hours, "", at(2027, 1, 9, 10, 0)), Badge::Closed { .. }));
    }

    #[test]
    fn a_weekend_a_holiday_or_a_weekly_opening_is_no_closed_period() {
        // Saturday, a public holiday, and a place that opens on Tuesdays only.
        assert!(matches!(
            badge(OFFICE, "FR", at(2026, 11, 28, 10, 0)),
            Badge::Closed { .. }
        ));
        assert!(matches!(
            badge(OFFICE, "FR", at(2026, 11, 11, 10, 0)),
            Badge::Closed { .. }
        ));
        assert_eq!(
            badge("Tu 09:00-12:00", "FR", at(2026, 11, 26, 10, 0)),
            Badge::Closed {
                opens: Some(at(2026, 12, 1, 9, 0))
            }
        );
    }

    #[test]
    fn closed_until_in_words() {
        let l10n = crate::i18n::Localizer::new();
        let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        let holidays = [closure((2026, 12, 24), (2027, 1, 2))];
        let s = Service {
            horaires_accueil: Some(WEEKDAYS.into()),
            closures: holidays.to_vec(),
            ..Service::default()
        };
        let t = service_badge_text(&s, "FR", at(2026, 12, 28, 10, 0));
        assert_eq!((t.kind, t.key, t.date), (2, "badge-closed-until", Some((2, 1))));
        assert_eq!(t.reopens, Some(at(2027, 1, 4, 9, 0)));
        assert_eq!(plain(t.format(&l10n, "en")), "Closed until 2 January");
        assert_eq!(plain(t.format(&l10n, "fr")), "Fermé jusqu'au 2 janvier");
        let first = words(
            Badge::ClosedUntil {
                until: day(2027, 1, 1),
                reopens: None,
            },
            at(2026, 12, 28, 10, 0),
        );
        assert_eq!(plain(first.format(&l10n, "fr")), "Fermé jusqu'au 1er janvier");
        assert_eq!(plain(first.format(&l10n, "es")), "Cerrado hasta el 1 de enero");
        // The closure-free words are unchanged.
        assert_eq!(
            badge_text(Some(WEEKDAYS), "FR", at(2026, 12, 28, 10, 0)).key,
            "badge-open-until"
        );
    }

    /// Found by fuzzing: a rule whose state never changes ("easter" that is never a
    /// weekday) was searched day by day to the year 10000, seconds on the UI thread.
    #[test]
    fn a_rule_that_never_changes_is_not_searched_for_ever() {
        let never = "easter Mo-Fr 09:00-12:30,13:30-17:30; PH off";
        assert!(validate(never).is_ok());
        assert_eq!(
            badge(never, "FR", at(2026, 11, 24, 10, 0)),
            Badge::Closed { opens: None }
        );
    }
}
