//! What the kiosk counts, and how coarsely each count is dated.
//!
//! An [`Event`] becomes a counter key: a [`Kind`], a value (a content identifier or a
//! fixed word, never free text) and the start of its [`Period`]. Only the session start
//! and stick visits keep their hour; everything that says something about a person's
//! needs is dated to its week, so that a quiet hour cannot be read as one visit's answers.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

/// Why a visit ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EndReason {
    /// The resident reached a result and left or finished normally.
    Completed,
    /// Nobody answered the inactivity warning.
    Timeout,
    /// The quick-exit button of a sensitive topic.
    QuickExit,
    /// "Start over": the visit was wiped by the resident.
    StartOver,
}

impl EndReason {
    pub const ALL: [EndReason; 4] = [
        EndReason::Completed,
        EndReason::Timeout,
        EndReason::QuickExit,
        EndReason::StartOver,
    ];

    /// The word stored and exported for this reason.
    pub fn as_str(self) -> &'static str {
        match self {
            EndReason::Completed => "completed",
            EndReason::Timeout => "timeout",
            EndReason::QuickExit => "quick-exit",
            EndReason::StartOver => "start-over",
        }
    }
}

/// What became of a ticket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TicketOutcome {
    /// The QR code was shown on screen.
    Shown,
    /// The ticket came out of the printer.
    Printed,
    /// Printing was asked for and failed.
    Failed,
}

impl TicketOutcome {
    pub const ALL: [TicketOutcome; 3] = [TicketOutcome::Shown, TicketOutcome::Printed, TicketOutcome::Failed];

    /// The word stored and exported for this outcome.
    pub fn as_str(self) -> &'static str {
        match self {
            TicketOutcome::Shown => "shown",
            TicketOutcome::Printed => "printed",
            TicketOutcome::Failed => "failed",
        }
    }
}

/// Something worth counting. Values are identifiers (language codes, node ids), never
/// text a person typed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Event {
    SessionStart,
    SessionEnd(EndReason),
    /// A language picked (its code).
    Language(String),
    /// A top-level topic entered (its node id).
    Topic(String),
    /// Any question node reached (its id).
    Node(String),
    /// A result node reached (its id).
    Result(String),
    Ticket(TicketOutcome),
    /// The emergency numbers screen was opened.
    Emergency,
    /// A USB stick was plugged in (the operator's visit, not a resident's).
    StickVisit,
    /// An "Am I eligible?" check was done (its table's id): never the answers nor
    /// what came out of them.
    Eligibility(String),
}

/// The counter an event adds to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    SessionStart,
    SessionEnd,
    Language,
    Topic,
    Node,
    Result,
    Ticket,
    Emergency,
    StickVisit,
    Eligibility,
}

impl Kind {
    pub const ALL: [Kind; 10] = [
        Kind::SessionStart,
        Kind::SessionEnd,
        Kind::Language,
        Kind::Topic,
        Kind::Node,
        Kind::Result,
        Kind::Ticket,
        Kind::Emergency,
        Kind::StickVisit,
        Kind::Eligibility,
    ];

    /// The name stored in the database and the CSV files.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::SessionStart => "session-start",
            Kind::SessionEnd => "session-end",
            Kind::Language => "language",
            Kind::Topic => "topic",
            Kind::Node => "node",
            Kind::Result => "result",
            Kind::Ticket => "ticket",
            Kind::Emergency => "emergency",
            Kind::StickVisit => "stick-visit",
            Kind::Eligibility => "eligibility",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// How finely this kind is dated. Session starts keep their hour (for the "visits
    /// by hour of day" chart) and tell nothing about needs; the rest is per week.
    pub fn period(self) -> Period {
        match self {
            Kind::SessionStart | Kind::StickVisit => Period::Hour,
            _ => Period::Week,
        }
    }
}

/// The length of the time slot a counter covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Period {
    Hour,
    /// An ISO week, from Monday 00:00.
    Week,
}

impl Period {
    pub fn as_str(self) -> &'static str {
        match self {
            Period::Hour => "hour",
            Period::Week => "week",
        }
    }

    pub fn parse(s: &str) -> Option<Period> {
        match s {
            "hour" => Some(Period::Hour),
            "week" => Some(Period::Week),
            _ => None,
        }
    }

    /// The start of the slot holding `at`.
    pub fn start(self, at: NaiveDateTime) -> NaiveDateTime {
        let hour = NaiveTime::from_hms_opt(at.hour(), 0, 0).unwrap_or(NaiveTime::MIN);
        match self {
            Period::Hour => at.date().and_time(hour),
            Period::Week => {
                let back = i64::from(at.weekday().num_days_from_monday());
                let monday = at.date().checked_sub_signed(Duration::days(back)).unwrap_or(at.date());
                monday.and_time(NaiveTime::MIN)
            }
        }
    }
}

/// How a slot start is written: minutes are always `00`.
pub const HOUR_FORMAT: &str = "%Y-%m-%dT%H:00";

pub fn format_hour(t: NaiveDateTime) -> String {
    t.format(HOUR_FORMAT).to_string()
}

/// Reads a slot start; anything with minutes other than `00` is refused.
pub fn parse_hour(s: &str) -> Option<NaiveDateTime> {
    let (date, hour) = s.split_once('T')?;
    let hour = hour.strip_suffix(":00")?;
    if hour.len() != 2 {
        return None;
    }
    let h: u32 = hour.parse().ok()?;
    let d = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    d.and_hms_opt(h, 0, 0)
}

/// Whether `v` may be stored as a value: an identifier (`a-z`, `A-Z`, `0-9`, `-`, up to
/// 48 characters, as content ids and language codes are). Anything else could be text
/// someone typed, so it is refused.
pub fn is_safe_value(v: &str) -> bool {
    !v.is_empty() && v.len() <= 48 && !v.starts_with('-') && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

impl Event {
    /// The counter this event adds to: kind and value (empty when the kind has none).
    pub fn key(&self) -> (Kind, &str) {
        match self {
            Event::SessionStart => (Kind::SessionStart, ""),
            Event::SessionEnd(r) => (Kind::SessionEnd, r.as_str()),
            Event::Language(v) => (Kind::Language, v),
            Event::Topic(v) => (Kind::Topic, v),
            Event::Node(v) => (Kind::Node, v),
            Event::Result(v) => (Kind::Result, v),
            Event::Ticket(t) => (Kind::Ticket, t.as_str()),
            Event::Emergency => (Kind::Emergency, ""),
            Event::StickVisit => (Kind::StickVisit, ""),
            Event::Eligibility(v) => (Kind::Eligibility, v),
        }
    }
}

/// Whether `value` is acceptable for `kind`: kinds without a value take the empty one,
/// the fixed vocabularies take their own words, the others an identifier.
pub fn valid_value(kind: Kind, value: &str) -> bool {
    match kind {
        Kind::SessionStart | Kind::Emergency | Kind::StickVisit => value.is_empty(),
        Kind::SessionEnd => EndReason::ALL.iter().any(|r| r.as_str() == value),
        Kind::Ticket => TicketOutcome::ALL.iter().any(|t| t.as_str() == value),
        Kind::Language | Kind::Topic | Kind::Node | Kind::Result | Kind::Eligibility => is_safe_value(value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
    }

    #[test]
    fn periods_round_down() {
        let t = at("2024-03-06 14:37:12"); // a Wednesday
        assert_eq!(format_hour(Period::Hour.start(t)), "2024-03-06T14:00");
        assert_eq!(format_hour(Period::Week.start(t)), "2024-03-04T00:00");
        let monday = at("2024-03-04 00:00:00");
        assert_eq!(Period::Week.start(monday), monday);
        // A week that straddles a year.
        assert_eq!(
            format_hour(Period::Week.start(at("2025-01-01 09:00:00"))),
            "2024-12-30T00:00"
        );
    }

    #[test]
    fn hours_parse_back_and_refuse_minutes() {
        assert_eq!(parse_hour("2024-03-06T14:00"), Some(at("2024-03-06 14:00:00")));
        assert_eq!(parse_hour("2024-03-06T14:30"), None);
        assert_eq!(parse_hour("2024-03-06T25:00"), None);
        assert_eq!(parse_hour("2024-03-06 14:00"), None);
    }

    #[test]
    fn values_are_identifiers_only() {
        assert!(is_safe_value("housing-apl"));
        assert!(is_safe_value("fr-x-falc"));
        assert!(!is_safe_value(""));
        assert!(!is_safe_value("Jean Dupont"));
        assert!(!is_safe_value("a,b"));
        assert!(!is_safe_value(&"a".repeat(49)));
        assert!(valid_value(Kind::SessionEnd, "quick-exit"));
        assert!(!valid_value(Kind::SessionEnd, "whatever"));
        assert!(!valid_value(Kind::Emergency, "x"));
        for k in Kind::ALL {
            assert_eq!(Kind::parse(k.as_str()), Some(k));
        }
    }
}
