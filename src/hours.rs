//! "Open now" / "closed, opens at …" from OpenStreetMap `opening_hours` and a clock,
//! with the public holidays of the pack's country (`PH off`).

use chrono::{Datelike, NaiveDateTime, Timelike};
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

/// The badge as words: a chrome message and its arguments, so that the screen and
/// speech say the same thing (`badge-open-until` with `$time`, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadgeText {
    /// 0 unknown, 1 open, 2 closed: the colour the card draws.
    pub kind: i32,
    pub key: &'static str,
    /// `$time`, as `16:30`, when the message has one.
    pub time: Option<String>,
    /// The chrome message naming the weekday (`day-1` … `day-7`) for `$day`.
    pub day_key: Option<String>,
}

impl BadgeText {
    /// The message in `lang`, with its weekday translated too.
    pub fn format(&self, l10n: &crate::i18n::Localizer, lang: &str) -> String {
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
        args
    }
}

/// What the badge of a place with `hours` says at `now`: the same words on the card
/// and in speech.
pub fn badge_text(hours: Option<&str>, country: &str, now: NaiveDateTime) -> BadgeText {
    let text = |kind, key| BadgeText {
        kind,
        key,
        time: None,
        day_key: None,
    };
    let Some(h) = hours else {
        return text(0, "badge-unknown");
    };
    let time = |t: NaiveDateTime| Some(format!("{:02}:{:02}", t.hour(), t.minute()));
    match badge(h, country, now) {
        Badge::Open { closes: Some(t) } if t.date() == now.date() => BadgeText {
            time: time(t),
            ..text(1, "badge-open-until")
        },
        Badge::Open { .. } => text(1, "badge-open"),
        Badge::Closed { opens: Some(t) } => {
            let key = match (t.date() - now.date()).num_days() {
                0 => "badge-closed-opens-today",
                1 => "badge-closed-opens-tomorrow",
                _ => "badge-closed-opens-day",
            };
            BadgeText {
                time: time(t),
                day_key: Some(format!("day-{}", t.weekday().number_from_monday())),
                ..text(2, key)
            }
        }
        Badge::Closed { opens: None } => text(2, "badge-closed"),
        Badge::Unknown => text(0, "badge-unknown"),
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
