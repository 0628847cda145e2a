//! "Open now" / "closed, opens at …" from OpenStreetMap `opening_hours` and a clock,
//! with the public holidays of the pack's country (`PH off`).

use chrono::NaiveDateTime;
use opening_hours::localization::Country;
use opening_hours::{Context, OpeningHours, RuleKind};

/// What the badge of a service says at a given time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Badge {
    /// Open; closes at the given time if it closes within the coming week.
    Open { closes: Option<NaiveDateTime> },
    /// Closed; opens at the given time if it opens within the coming weeks.
    Closed { opens: Option<NaiveDateTime> },
    /// The hours say nothing certain about this moment.
    Unknown,
}

/// Checks the syntax, with the parser's explanation on failure.
pub fn validate(hours: &str) -> Result<(), String> {
    OpeningHours::parse(hours)
        .map(|_| ())
        .map_err(|e| e.to_string().lines().next().unwrap_or("syntax error").to_string())
}

/// How far ahead the badge looks for the next opening or closing.
const HORIZON_DAYS: i64 = 21;

/// The badge for `hours` at `now` (the kiosk's local time), holidays from `country`
/// (an ISO code such as `FR`; unknown codes mean no holidays).
pub fn badge(hours: &str, country: &str, now: NaiveDateTime) -> Badge {
    // The badge is drawn on the UI thread from a pack's text: should the parser's
    // evaluation ever panic on an expression, the place shows no badge rather than the
    // kiosk stopping.
    std::panic::catch_unwind(|| badge_unguarded(hours, country, now)).unwrap_or(Badge::Unknown)
}

fn badge_unguarded(hours: &str, country: &str, now: NaiveDateTime) -> Badge {
    let Ok(oh) = OpeningHours::parse(hours) else {
        return Badge::Unknown;
    };
    let horizon = now + chrono::Duration::days(HORIZON_DAYS);
    // Bounded: a rule that never changes state ("easter Mo", a date that never comes)
    // would otherwise be searched day by day to the year 10000.
    let ctx = Context::default().approx_bound_interval_size(chrono::Duration::days(HORIZON_DAYS));
    let oh = match country.parse::<Country>() {
        Ok(c) => oh.with_context(ctx.with_holidays(c.holidays())),
        Err(_) => oh.with_context(ctx),
    };
    let Some(now_range) = oh.iter_range(now, horizon).next() else {
        return Badge::Unknown;
    };
    let next = Some(now_range.range.end).filter(|t| *t < horizon);
    match now_range.kind {
        RuleKind::Open => Badge::Open { closes: next },
        RuleKind::Closed => Badge::Closed { opens: next },
        RuleKind::Unknown => Badge::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|d| d.and_hms_opt(h, min, 0))
            .expect("valid date")
    }

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
