//! What the kiosk counts, and how coarsely each count is dated.
//!
//! An [`Event`] becomes a counter key: a [`Kind`], a value (a content identifier or a
//! fixed word, never free text) and the start of its [`Period`]. Only the session start
//! and stick visits keep their hour; everything that says something about a person's
//! needs is dated to its week, so that a quiet hour cannot be read as one visit's answers.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

use crate::offers::{fold, Offer, ROOMS_OR_MORE};

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
    /// A housing offer opened: `LANDLORD:COMMUNE:ROOMS` ([`Event::offer_view`]), never
    /// the offer itself, so no visit's list of offers can be read back.
    OfferView(String),
    /// A filter chosen on the offers screen: `commune:COMMUNE`, `rooms:N`,
    /// `max-rent:EUROS` or `wheelchair` ([`Event::offer_filter`]).
    OfferFilter(String),
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
    OfferView,
    OfferFilter,
}

impl Kind {
    pub const ALL: [Kind; 12] = [
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
        Kind::OfferView,
        Kind::OfferFilter,
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
            Kind::OfferView => "offer-view",
            Kind::OfferFilter => "offer-filter",
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
            Event::OfferView(v) => (Kind::OfferView, v),
            Event::OfferFilter(v) => (Kind::OfferFilter, v),
        }
    }

    /// `offer` was opened: its landlord, commune and rooms ([`ROOMS_OR_MORE`] and up
    /// counted together, as the filter does).
    pub fn offer_view(offer: &Offer) -> Event {
        let rooms = offer.rooms.min(ROOMS_OR_MORE);
        Event::OfferView(format!("{}:{}:{rooms}", offer.landlord, commune_value(&offer.commune)))
    }

    /// The choice just made on the offers screen (`Filter`'s fields): a commune, a
    /// number of rooms, a rent ceiling (whole euros), or wheelchair access.
    pub fn offer_filter(choice: OfferChoice<'_>) -> Event {
        Event::OfferFilter(match choice {
            OfferChoice::Commune(c) => format!("commune:{}", commune_value(c)),
            OfferChoice::Rooms(r) => format!("rooms:{}", r.min(ROOMS_OR_MORE)),
            OfferChoice::MaxTotal(cents) => format!("max-rent:{}", cents / 100),
            OfferChoice::Wheelchair => "wheelchair".to_string(),
        })
    }
}

/// One choice of the offers screen's filters, for [`Event::offer_filter`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfferChoice<'a> {
    Commune(&'a str),
    Rooms(u8),
    /// Rent and charges ceiling, cents.
    MaxTotal(u32),
    Wheelchair,
}

/// A commune as a counter value: folded to `a-z`, `0-9` and `-` ("Saint-Rémy-du-Nord"
/// → `saint-remy-du-nord`), at most 40 characters: nothing but a place name fits.
pub fn commune_value(commune: &str) -> String {
    let mut out = String::new();
    for c in fold(commune).chars() {
        let c = if c.is_ascii_alphanumeric() { c } else { '-' };
        if !(c == '-' && (out.is_empty() || out.ends_with('-'))) {
            out.push(c);
        }
    }
    let mut out: String = out.trim_end_matches('-').chars().take(40).collect();
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// `LANDLORD:COMMUNE:ROOMS` of an offer view.
fn valid_offer_view(v: &str) -> bool {
    let mut parts = v.split(':');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(l), Some(c), Some(r), None) => crate::content::is_valid_id(l) && valid_commune(c) && valid_rooms(r),
        _ => false,
    }
}

/// `commune:C`, `rooms:N`, `max-rent:EUROS`, `wheelchair`.
fn valid_offer_filter(v: &str) -> bool {
    match v.split_once(':') {
        Some(("commune", c)) => valid_commune(c),
        Some(("rooms", r)) => valid_rooms(r),
        Some(("max-rent", e)) => e.len() <= 5 && !e.is_empty() && e.bytes().all(|b| b.is_ascii_digit()),
        None => v == "wheelchair",
        _ => false,
    }
}

fn valid_commune(c: &str) -> bool {
    c.len() <= 40 && is_safe_value(c) && c.bytes().all(|b| !b.is_ascii_uppercase())
}

fn valid_rooms(r: &str) -> bool {
    r.parse::<u8>().is_ok_and(|n| (1..=ROOMS_OR_MORE).contains(&n)) && r.len() == 1
}

/// Whether `value` is acceptable for `kind`: kinds without a value take the empty one,
/// the fixed vocabularies take their own words, the others an identifier.
pub fn valid_value(kind: Kind, value: &str) -> bool {
    match kind {
        Kind::SessionStart | Kind::Emergency | Kind::StickVisit => value.is_empty(),
        Kind::SessionEnd => EndReason::ALL.iter().any(|r| r.as_str() == value),
        Kind::Ticket => TicketOutcome::ALL.iter().any(|t| t.as_str() == value),
        Kind::Language | Kind::Topic | Kind::Node | Kind::Result | Kind::Eligibility => is_safe_value(value),
        Kind::OfferView => valid_offer_view(value),
        Kind::OfferFilter => valid_offer_filter(value),
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

    #[test]
    fn offer_events_are_place_names_and_sizes_only() {
        let offer = Offer {
            landlord: "exempleville-habitat".into(),
            commune: "Saint-Rémy-du-Nord".into(),
            rooms: 7,
            ..Offer::default()
        };
        let view = Event::offer_view(&offer);
        assert_eq!(
            view,
            Event::OfferView("exempleville-habitat:saint-remy-du-nord:5".into())
        );
        let (kind, value) = view.key();
        assert!(valid_value(kind, value));
        for (choice, value) in [
            (OfferChoice::Commune("L'Île-Saint-Denis"), "commune:l-ile-saint-denis"),
            (OfferChoice::Rooms(3), "rooms:3"),
            (OfferChoice::MaxTotal(60_000), "max-rent:600"),
            (OfferChoice::Wheelchair, "wheelchair"),
        ] {
            let e = Event::offer_filter(choice);
            assert_eq!(e, Event::OfferFilter(value.into()));
            assert!(valid_value(Kind::OfferFilter, value), "{value}");
        }
        for bad in [
            "commune:Jean Dupont",
            "rooms:9",
            "max-rent:abc",
            "wheelchair:yes",
            "x",
            "commune:",
        ] {
            assert!(!valid_value(Kind::OfferFilter, bad), "{bad}");
        }
        for bad in [
            "a:b",
            "bailleur:maubeuge:3:x",
            "Bailleur:maubeuge:3",
            "bailleur:maubeuge:0",
        ] {
            assert!(!valid_value(Kind::OfferView, bad), "{bad}");
        }
        assert_eq!(commune_value("  ---  "), "");
        assert!(commune_value(&"Très-long ".repeat(20)).len() <= 40);
    }
}
