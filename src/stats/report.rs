//! `report.html` and the readable CSV summaries, in French for the operators.
//!
//! The page stands alone: styles inline, charts as inline SVG, no script, no link to
//! anything, so it opens from a stick on any computer. Every number a person reads goes
//! through [`super::suppress`]. The texts are Fluent messages (`locales/stats/fr.ftl`).

use std::cell::RefCell;
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::sync::Arc;

use chrono::NaiveDateTime;
use fluent_bundle::FluentValue;

use super::chart::{self, Bar, HiddenLabels, HATCH_ID};
use super::event::{EndReason, Kind, TicketOutcome};
use super::export::csv_line;
use super::suppress::{primary, with_total, Shown};
pub use super::tables::{Bucket, Tables};
use super::StatsError;
use crate::html::esc;

const FTL: &str = include_str!("../../locales/stats/fr.ftl");

/// The report's French texts, and the titles of the pack in use (see [`super::titles`]).
pub struct Texts {
    ftl: crate::i18n::FrenchTexts,
    titles: Option<Arc<BTreeMap<String, String>>>,
    /// Labels of ids the pack no longer has, set in italics.
    removed: RefCell<HashSet<String>>,
}

impl Default for Texts {
    fn default() -> Self {
        Texts::new()
    }
}

impl Texts {
    pub fn new() -> Self {
        Self::with_titles(super::titles::current())
    }

    /// With the given node titles (`None`: no pack known, ids are shown as they are).
    pub fn with_titles(titles: Option<Arc<BTreeMap<String, String>>>) -> Self {
        Texts {
            ftl: crate::i18n::FrenchTexts::new(FTL),
            titles,
            removed: RefCell::new(HashSet::new()),
        }
    }

    /// A topic, result or question as a person reads it: its title, or its id marked
    /// as no longer in the content.
    fn node(&self, id: &str) -> String {
        let Some(titles) = &self.titles else {
            return id.to_string();
        };
        match titles.get(id) {
            Some(t) => t.clone(),
            None => {
                let label = self.t("report-removed", &[("id", FluentValue::from(id))]);
                self.removed.borrow_mut().insert(label.clone());
                label
            }
        }
    }

    fn is_removed(&self, label: &str) -> bool {
        self.removed.borrow().contains(label)
    }

    /// The message `key`, if the file has it.
    pub fn get(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
        self.ftl.get(key, args)
    }

    /// The message `key`, or the key itself when missing (visible, never fatal).
    pub fn t(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.ftl.t(key, args)
    }

    fn hidden(&self) -> (String, String) {
        (self.t("small", &[]), self.t("masked", &[]))
    }

    /// A language's French name with its code, or the code alone.
    fn language(&self, code: &str) -> String {
        match self.get(&format!("lang-{code}"), &[]) {
            Some(name) => format!("{name} ({code})"),
            None => code.to_string(),
        }
    }
}

fn shown_text(s: Shown, x: &Texts) -> String {
    let (small, masked) = x.hidden();
    match s {
        Shown::Count(c) => c.to_string(),
        Shown::Small => small,
        Shown::Masked => masked,
    }
}

const STYLE: &str =
    "body{font-family:sans-serif;max-width:820px;margin:1.5em auto;padding:0 1em;color:#1a1a1a;line-height:1.4}\
h1{font-size:1.6em}h2{font-size:1.25em;margin-top:1.8em;border-bottom:2px solid #1f5f8b;padding-bottom:.2em}\
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #bbb;padding:.25em .6em;text-align:left}\
td.n{text-align:right;font-variant-numeric:tabular-nums}.note{font-size:.9em;color:#444}\
svg{max-width:100%;height:auto;display:block}summary{cursor:pointer;color:#1f5f8b}";

/// The whole page.
pub fn render(t: &Tables, x: &Texts, created_at: NaiveDateTime) -> Result<String, StatsError> {
    let (small, masked) = x.hidden();
    let hidden = HiddenLabels {
        small: &small,
        masked: &masked,
    };
    let title = if t.kiosks.len() > 1 {
        x.t("report-title-many", &[("count", FluentValue::from(t.kiosks.len()))])
    } else {
        x.t("report-title", &[])
    };
    let mut h = String::new();
    page_start(&mut h, &title);
    intro(&mut h, t, x, created_at);
    let ends_shown = t.ends_shown();
    in_brief(&mut h, t, x, &ends_shown);
    over_time(&mut h, t, x, &hidden)?;
    hours(&mut h, t, x, &hidden)?;
    categories(&mut h, t, x, &hidden, &ends_shown)?;
    super::report_housing::housing(&mut h, t, x, &hidden)?;
    section(&mut h, &x.t("section-privacy", &[]));
    let _ = writeln!(h, "<p>{}</p>", esc(&x.t("privacy-text", &[])));
    h.push_str("</body>\n</html>\n");
    Ok(h)
}

/// The document's head, the charts' shared hatch pattern and the title.
fn page_start(h: &mut String, title: &str) {
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(title)
    );
    // The hatch pattern, defined once for every chart.
    let _ = writeln!(
        h,
        "<svg width=\"0\" height=\"0\" aria-hidden=\"true\" style=\"position:absolute\"><defs>\
         <pattern id=\"{HATCH_ID}\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
         <rect width=\"8\" height=\"8\" fill=\"#e4e4e4\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#777\" stroke-width=\"3\"/>\
         </pattern></defs></svg>"
    );
    let _ = writeln!(h, "<h1>{}</h1>", esc(title));
}

/// Which kiosks, which period, when the page was made, and how small counts are shown.
fn intro(h: &mut String, t: &Tables, x: &Texts, created_at: NaiveDateTime) {
    let s = |v: String| FluentValue::from(v);
    let names: Vec<&str> = t.kiosks.iter().map(|k| k.0.as_str()).collect();
    let kiosk_line = if names.len() > 1 {
        x.t("report-kiosks", &[("names", s(names.join(", ")))])
    } else {
        x.t("report-kiosk", &[("name", s(names.join(", ")))])
    };
    let _ = writeln!(h, "<p>{}<br>", esc(&kiosk_line));
    match (t.first, t.last) {
        (Some(a), Some(b)) => {
            let line = x.t(
                "report-period",
                &[
                    ("first", s(a.format("%d/%m/%Y").to_string())),
                    ("last", s(b.format("%d/%m/%Y").to_string())),
                ],
            );
            let _ = write!(h, "{}<br>", esc(&line));
        }
        _ => {
            let _ = write!(h, "{}<br>", esc(&x.t("report-no-data", &[])));
        }
    }
    let generated = x.t(
        "report-generated",
        &[
            ("date", s(created_at.format("%d/%m/%Y").to_string())),
            ("time", s(created_at.format("%H:%M").to_string())),
        ],
    );
    let _ = writeln!(h, "{}</p>", esc(&generated));
    let _ = writeln!(
        h,
        "<p class=\"note\">{}<br>{}</p>",
        esc(&x.t("report-small-note", &[])),
        esc(&x.t("report-masked-note", &[]))
    );
}

/// The main figures, and visits per kiosk when there are several.
fn in_brief(h: &mut String, t: &Tables, x: &Texts, ends_shown: &[Shown]) {
    let end = |r: EndReason| {
        t.ends
            .iter()
            .zip(ends_shown)
            .find(|(e, _)| e.0 == r)
            .map_or(Shown::Count(0), |(_, s)| *s)
    };
    let ticket = |o: TicketOutcome| primary(t.tickets.iter().find(|e| e.0 == o).map_or(0, |e| e.1));
    let figures = [
        ("figure-sessions", primary(t.sessions)),
        ("figure-completed", end(EndReason::Completed)),
        ("figure-timeout", end(EndReason::Timeout)),
        ("figure-quick-exit", end(EndReason::QuickExit)),
        ("figure-start-over", end(EndReason::StartOver)),
        ("figure-tickets-shown", ticket(TicketOutcome::Shown)),
        ("figure-tickets-printed", ticket(TicketOutcome::Printed)),
        ("figure-tickets-failed", ticket(TicketOutcome::Failed)),
        ("figure-emergency", primary(t.emergency)),
        ("figure-stick-visits", primary(t.stick_visits)),
    ];
    section(h, &x.t("section-summary", &[]));
    let rows: Vec<(String, Shown)> = figures.iter().map(|(k, s)| (x.t(k, &[]), *s)).collect();
    table(h, x, &x.t("col-what", &[]), &rows);

    if t.kiosks.len() > 1 {
        section(h, &x.t("section-kiosks", &[]));
        let counts: Vec<u64> = t.kiosks.iter().map(|k| k.1).collect();
        let shown = with_total(&counts);
        let rows: Vec<(String, Shown)> = t.kiosks.iter().map(|k| k.0.clone()).zip(shown).collect();
        table(h, x, &x.t("col-kiosk", &[]), &rows);
    }
}

/// Visits per day, week or month: a chart and its table.
fn over_time(h: &mut String, t: &Tables, x: &Texts, hidden: &HiddenLabels) -> Result<(), StatsError> {
    let (time_title, time_col) = match t.bucket {
        Bucket::Day => ("section-time-day", "col-day"),
        Bucket::Week => ("section-time-week", "col-week"),
        Bucket::Month => ("section-time-month", "col-month"),
    };
    let time_title = x.t(time_title, &[]);
    section(h, &time_title);
    let counts: Vec<u64> = t.over_time.iter().map(|d| d.1).collect();
    let shown = with_total(&counts);
    let bars: Vec<Bar> = t
        .over_time
        .iter()
        .zip(&shown)
        .map(|((d, _), s)| Bar {
            label: t.bucket.short(*d),
            shown: *s,
        })
        .collect();
    let every = bars.len().div_ceil(12).max(1);
    h.push_str(&chart::columns(&bars, every, bars.len() <= 31, &time_title, hidden)?);
    let rows: Vec<(String, Shown)> = t
        .over_time
        .iter()
        .zip(&shown)
        .map(|((d, _), s)| (t.bucket.long(*d), *s))
        .collect();
    details_table(h, x, &x.t(time_col, &[]), &rows);
    Ok(())
}

/// Visits by hour of day: a chart (when there are any) and its table.
fn hours(h: &mut String, t: &Tables, x: &Texts, hidden: &HiddenLabels) -> Result<(), StatsError> {
    let hours_title = x.t("section-hours", &[]);
    section(h, &hours_title);
    let shown = with_total(&t.by_hour);
    let hour = |i: usize| x.t("hour-of-day", &[("hour", FluentValue::from(i))]);
    if t.sessions > 0 {
        let bars: Vec<Bar> = shown
            .iter()
            .enumerate()
            .map(|(i, s)| Bar {
                label: hour(i),
                shown: *s,
            })
            .collect();
        h.push_str(&chart::columns(&bars, 2, true, &hours_title, hidden)?);
    }
    let rows: Vec<(String, Shown)> = shown.iter().enumerate().map(|(i, s)| (hour(i), *s)).collect();
    details_table(h, x, &x.t("col-hour", &[]), &rows);
    Ok(())
}

/// Languages, topics, results, tickets, visit ends and pages.
fn categories(
    h: &mut String,
    t: &Tables,
    x: &Texts,
    hidden: &HiddenLabels,
    ends_shown: &[Shown],
) -> Result<(), StatsError> {
    let alone = |items: &[(String, u64)]| -> Vec<(String, Shown)> {
        items.iter().map(|(l, n)| (l.clone(), primary(*n))).collect()
    };
    let languages: Vec<(String, u64)> = t.languages.iter().map(|(c, n)| (x.language(c), *n)).collect();
    category(
        h,
        x,
        hidden,
        "section-languages",
        "col-language",
        &alone(&languages),
        true,
    )?;
    let titled =
        |items: &[(String, u64)]| -> Vec<(String, u64)> { items.iter().map(|(id, n)| (x.node(id), *n)).collect() };
    category(
        h,
        x,
        hidden,
        "section-topics",
        "col-topic",
        &alone(&titled(&t.topics)),
        true,
    )?;
    category(
        h,
        x,
        hidden,
        "section-results",
        "col-result",
        &alone(&titled(&t.results)),
        true,
    )?;
    let tickets: Vec<(String, u64)> = t
        .tickets
        .iter()
        .map(|(o, n)| (x.t(&format!("ticket-{}", o.as_str()), &[]), *n))
        .collect();
    category(h, x, hidden, "section-tickets", "col-ticket", &alone(&tickets), true)?;
    let ends: Vec<(String, Shown)> = t
        .ends
        .iter()
        .zip(ends_shown)
        .map(|((e, _), s)| (x.t(&format!("end-{}", e.as_str()), &[]), *s))
        .collect();
    category(h, x, hidden, "section-ends", "col-end", &ends, true)?;
    category(
        h,
        x,
        hidden,
        "section-nodes",
        "col-node",
        &alone(&titled(&t.nodes)),
        false,
    )?;
    Ok(())
}

fn section(h: &mut String, title: &str) {
    let _ = writeln!(h, "<h2>{}</h2>", esc(title));
}

/// A chart (when `with_chart` is set) and its table.
pub(super) fn category(
    h: &mut String,
    x: &Texts,
    hidden: &HiddenLabels,
    title: &str,
    col: &str,
    rows: &[(String, Shown)],
    with_chart: bool,
) -> Result<(), StatsError> {
    let title = x.t(title, &[]);
    section(h, &title);
    if rows.iter().all(|r| r.1 == Shown::Count(0)) {
        let _ = writeln!(h, "<p>{}</p>", esc(&x.t("report-none", &[])));
        return Ok(());
    }
    if with_chart {
        let bars: Vec<Bar> = rows
            .iter()
            .map(|(l, s)| Bar {
                label: l.clone(),
                shown: *s,
            })
            .collect();
        h.push_str(&chart::rows(&bars, &title, hidden)?);
        details_table(h, x, &x.t(col, &[]), rows);
    } else {
        table(h, x, &x.t(col, &[]), rows);
    }
    Ok(())
}

/// A table folded under the chart it repeats.
fn details_table(h: &mut String, x: &Texts, col: &str, rows: &[(String, Shown)]) {
    if rows.is_empty() {
        let _ = writeln!(h, "<p>{}</p>", esc(&x.t("report-none", &[])));
        return;
    }
    let _ = writeln!(h, "<details><summary>{}</summary>", esc(&x.t("report-show-table", &[])));
    table(h, x, col, rows);
    h.push_str("</details>\n");
}

fn table(h: &mut String, x: &Texts, col: &str, rows: &[(String, Shown)]) {
    let _ = writeln!(
        h,
        "<table>\n<tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr>",
        esc(col),
        esc(&x.t("col-count", &[]))
    );
    for (label, s) in rows {
        let label = if x.is_removed(label) {
            format!("<em>{}</em>", esc(label))
        } else {
            esc(label)
        };
        let _ = writeln!(
            h,
            "<tr><td>{label}</td><td class=\"n\">{}</td></tr>",
            esc(&shown_text(*s, x))
        );
    }
    h.push_str("</table>\n");
}

/// `totals.csv`: every counter summed over the whole period and all kiosks, small
/// counts hidden as in the report.
pub fn totals_csv(t: &Tables, x: &Texts) -> String {
    let mut out = String::from("\u{feff}");
    csv_line(&mut out, &["kind", "value", "count"]);
    let mut line = |kind: Kind, value: &str, s: Shown| {
        csv_line(&mut out, &[kind.as_str(), value, &shown_text(s, x)]);
    };
    line(Kind::SessionStart, "", primary(t.sessions));
    for ((e, _), s) in t.ends.iter().zip(t.ends_shown()) {
        line(Kind::SessionEnd, e.as_str(), s);
    }
    for (o, n) in &t.tickets {
        line(Kind::Ticket, o.as_str(), primary(*n));
    }
    line(Kind::Emergency, "", primary(t.emergency));
    line(Kind::StickVisit, "", primary(t.stick_visits));
    for (kind, items) in [
        (Kind::Language, &t.languages),
        (Kind::Topic, &t.topics),
        (Kind::Result, &t.results),
        (Kind::Node, &t.nodes),
        (Kind::Eligibility, &t.eligibility),
        (Kind::OfferView, &t.offer_views),
        (Kind::OfferFilter, &t.offer_filters),
    ] {
        for (v, n) in items {
            line(kind, v, primary(*n));
        }
    }
    out
}

/// `sessions_over_time.csv`: visits per day, week or month, as in the report.
pub fn over_time_csv(t: &Tables, x: &Texts) -> String {
    let mut out = String::from("\u{feff}");
    csv_line(&mut out, &["period", "period_start", "sessions"]);
    let counts: Vec<u64> = t.over_time.iter().map(|d| d.1).collect();
    for ((d, _), s) in t.over_time.iter().zip(with_total(&counts)) {
        let day = d.format("%Y-%m-%d").to_string();
        csv_line(&mut out, &[t.bucket.as_str(), &day, &shown_text(s, x)]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_there_and_parses() {
        let res = fluent_bundle::FluentResource::try_new(FTL.to_string());
        assert!(res.is_ok(), "fr.ftl has syntax errors");
        let x = Texts::new();
        for k in [
            "report-title",
            "report-small-note",
            "section-time-week",
            "figure-sessions",
            "end-quick-exit",
            "ticket-failed",
            "small",
            "masked",
        ] {
            assert!(x.get(k, &[]).is_some(), "{k}");
        }
        assert_eq!(x.t("hour-of-day", &[("hour", FluentValue::from(9))]), "9 h");
        assert_eq!(x.language("ar"), "arabe (ar)");
        assert_eq!(x.language("xx"), "xx");
    }

    #[test]
    fn nodes_by_title_and_removed_ones_in_italics() {
        let titles = Arc::new(BTreeMap::from([("housing".to_string(), "Logement".to_string())]));
        let x = Texts::with_titles(Some(titles));
        assert_eq!(x.node("housing"), "Logement");
        let gone = x.node("old-topic");
        assert_eq!(gone, "old-topic (retiré du contenu)");
        let mut h = String::new();
        table(
            &mut h,
            &x,
            "Thème",
            &[(gone, Shown::Count(7)), ("Logement".into(), Shown::Count(9))],
        );
        assert!(h.contains("<td><em>old-topic (retiré du contenu)</em></td>"), "{h}");
        assert!(h.contains("<td>Logement</td>"), "{h}");
        // No pack known: ids as they are.
        assert_eq!(Texts::with_titles(None).node("housing"), "housing");
    }
}
