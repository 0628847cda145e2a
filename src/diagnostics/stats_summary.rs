//! The statistics panel: this week's totals and the time of the last export.
//!
//! Read from `DATA/stats.sqlite` opened read-only (the recorder thread keeps writing
//! it; WAL lets both work). Counters are stored per slot (`src/stats/store.rs`): the
//! hour for visit starts and stick visits, the ISO week for everything about needs,
//! so "this week" is every slot from Monday 00:00. Counts a person reads hide values
//! from 1 to 4, as the report does (`src/stats/suppress.rs`).

use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;

use chrono::NaiveDateTime;
use rusqlite::{Connection, OpenFlags, OptionalExtension};

use super::{Reading, Unknown};
use crate::stats::event::{format_hour, Kind, Period};
use crate::stats::suppress::{self, Shown};
use crate::stats::{EndReason, TicketOutcome};

/// The statistics database in the data folder (as `src/ui/window.rs` opens it).
pub const DB_FILE: &str = "stats.sqlite";

/// This week's counts, as they may be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekTotals {
    /// Monday 00:00 of this week.
    pub since: NaiveDateTime,
    pub visits: Shown,
    /// How visits ended, in [`EndReason::ALL`] order.
    pub endings: Vec<(EndReason, Shown)>,
    /// Tickets, in [`TicketOutcome::ALL`] order.
    pub tickets: Vec<(TicketOutcome, Shown)>,
    /// The emergency numbers screen opened.
    pub emergency: Shown,
    /// Languages picked (distinct codes).
    pub languages: usize,
    /// USB sticks plugged in (operators, not residents: shown exactly).
    pub stick_visits: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StatsSummary {
    pub sample: bool,
    pub week: Reading<WeekTotals>,
    /// The last export to a stick; `Known(None)`: never exported.
    pub last_export: Reading<Option<NaiveDateTime>>,
}

/// The panel from `DATA/stats.sqlite`; before the first visit there is no database.
pub fn gather(data_dir: &Path) -> StatsSummary {
    gather_at(&data_dir.join(DB_FILE), chrono::Local::now().naive_local())
}

/// [`gather`] from the database at `path`, at `now`.
pub fn gather_at(path: &Path, now: NaiveDateTime) -> StatsSummary {
    let unknown = |why| StatsSummary {
        sample: false,
        week: Reading::Unknown(why),
        last_export: Reading::Unknown(why),
    };
    if !path.is_file() {
        return unknown(Unknown::Absent);
    }
    let Some(conn) = open(path) else {
        return unknown(Unknown::Unreadable);
    };
    let unreadable = |e: rusqlite::Error| {
        tracing::warn!("maintenance: statistics: {e}");
        Unknown::Unreadable
    };
    StatsSummary {
        sample: false,
        week: week_totals(&conn, now).map_err(unreadable).into(),
        last_export: last_export(&conn).map_err(unreadable).into(),
    }
}

/// Opens the database read-only, if this program knows its schema.
fn open(path: &Path) -> Option<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).ok()?;
    conn.busy_timeout(Duration::from_secs(1)).ok()?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).ok()?;
    let known = crate::stats::store::MIGRATIONS.len() as i64;
    (1..=known).contains(&version).then_some(conn)
}

/// Sums every counter of this week's slots, by kind and value.
pub fn week_totals(conn: &Connection, now: NaiveDateTime) -> rusqlite::Result<WeekTotals> {
    let since = Period::Week.start(now);
    let mut st = conn.prepare("SELECT kind, value, sum(count) FROM counts WHERE hour >= ?1 GROUP BY kind, value")?;
    let rows = st.query_map([format_hour(since)], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?))
    })?;
    let mut sums: HashMap<(Kind, String), u64> = HashMap::new();
    for row in rows {
        let (kind, value, n) = row?;
        if let Some(kind) = Kind::parse(&kind) {
            *sums.entry((kind, value)).or_default() += u64::try_from(n).unwrap_or(0);
        }
    }
    let get = |kind: Kind, value: &str| sums.get(&(kind, value.to_string())).copied().unwrap_or(0);
    // Endings add up to the visits shown beside them: hidden together (`with_total`).
    let ends: Vec<u64> = EndReason::ALL
        .iter()
        .map(|r| get(Kind::SessionEnd, r.as_str()))
        .collect();
    Ok(WeekTotals {
        since,
        visits: suppress::primary(get(Kind::SessionStart, "")),
        endings: EndReason::ALL.into_iter().zip(suppress::with_total(&ends)).collect(),
        tickets: TicketOutcome::ALL
            .into_iter()
            .map(|t| (t, suppress::primary(get(Kind::Ticket, t.as_str()))))
            .collect(),
        emergency: suppress::primary(get(Kind::Emergency, "")),
        languages: sums.keys().filter(|(k, _)| *k == Kind::Language).count(),
        stick_visits: get(Kind::StickVisit, ""),
    })
}

/// `last_exported_at` from the database's bookkeeping.
pub fn last_export(conn: &Connection) -> rusqlite::Result<Option<NaiveDateTime>> {
    let at: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE key = 'last_exported_at'", [], |r| {
            r.get(0)
        })
        .optional()?;
    Ok(at.and_then(|t| NaiveDateTime::parse_from_str(&t, crate::stats::export::TIME_FORMAT).ok()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::{Event, Store};
    use chrono::Timelike as _;

    fn at(day: u32, hour: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 5, day)
            .and_then(|d| d.and_hms_opt(hour, 30, 0))
            .unwrap()
    }

    #[test]
    fn this_weeks_totals_and_the_last_export() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DB_FILE);
        // Monday 4 May 2026 is the week's start; the Sunday before is last week.
        let now = at(6, 15);
        let mut store = Store::open_at(&path, now).unwrap();
        let mut events = vec![Event::SessionStart; 12];
        events.extend(vec![Event::SessionEnd(EndReason::Completed); 9]);
        events.extend(vec![Event::SessionEnd(EndReason::Timeout); 3]);
        events.extend(vec![Event::Ticket(TicketOutcome::Printed); 7]);
        events.push(Event::Language("fr".into()));
        events.push(Event::Language("ar".into()));
        events.push(Event::StickVisit);
        store.record(at(5, 10), &events).unwrap();
        store
            .record(at(3, 10), &[Event::SessionStart, Event::Emergency])
            .unwrap();
        let s = gather_at(&path, now);
        assert_eq!(s.last_export, Reading::Known(None));
        let w = s.week.known().cloned().unwrap();
        let monday = chrono::NaiveDate::from_ymd_opt(2026, 5, 4).unwrap();
        assert_eq!(w.since, monday.and_hms_opt(0, 0, 0).unwrap());
        assert_eq!(w.visits, Shown::Count(12), "last week's visit is not counted");
        assert_eq!(w.emergency, Shown::Count(0));
        // 3 timeouts are hidden, and the completed visits with them (the total is shown).
        let endings: Vec<Shown> = w.endings.iter().map(|e| e.1).collect();
        assert_eq!(endings, [Shown::Masked, Shown::Small, Shown::Count(0), Shown::Count(0)]);
        assert_eq!(w.tickets[1], (TicketOutcome::Printed, Shown::Count(7)));
        assert_eq!((w.languages, w.stick_visits), (2, 1));
        store.export(&dir.path().join("out"), "Mairie", now).unwrap();
        drop(store);
        let s = gather_at(&path, now);
        assert_eq!(s.last_export, Reading::Known(Some(now.with_nanosecond(0).unwrap())));
    }

    #[test]
    fn no_database_or_a_foreign_file_is_unknown() {
        let dir = tempfile::tempdir().unwrap();
        let s = gather(dir.path());
        assert_eq!(s.week, Reading::Unknown(Unknown::Absent));
        std::fs::write(dir.path().join(DB_FILE), "not sqlite").unwrap();
        assert_eq!(gather(dir.path()).last_export, Reading::Unknown(Unknown::Unreadable));
    }
}
