//! Tests across the statistics modules: record, export, report, merge, recorder.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;

use super::event::{format_hour, parse_hour};
use super::export::{
    csv_line, parse_csv, FileEntry, FolderKind, Manifest, Source, COUNTS_CSV, MANIFEST_JSON, REPORT_HTML, TOTALS_CSV,
};
use super::import::{read_folder, Limits};
use super::*;
use crate::safe_fs::SafeDir;

fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
}

fn store(dir: &Path, name: &str) -> Store {
    Store::open_at(&dir.join(name), at("2024-03-10 12:00:00")).unwrap()
}

/// `counts.csv` as (kiosk, period, start, kind, value) → count, checking each key is
/// there once.
fn counts(dir: &Path) -> BTreeMap<(String, String, String, String, String), u64> {
    let text = fs::read_to_string(dir.join(COUNTS_CSV)).unwrap();
    let recs = parse_csv(&text).unwrap();
    assert_eq!(recs[0], ["kiosk", "period", "period_start", "kind", "value", "count"]);
    let mut out = BTreeMap::new();
    for r in &recs[1..] {
        let key = (r[0].clone(), r[1].clone(), r[2].clone(), r[3].clone(), r[4].clone());
        assert!(out.insert(key, r[5].parse().unwrap()).is_none(), "duplicate row {r:?}");
    }
    out
}

fn count(
    c: &BTreeMap<(String, String, String, String, String), u64>,
    kiosk: &str,
    start: &str,
    kind: &str,
    value: &str,
) -> u64 {
    c.iter()
        .filter(|(k, _)| k.0 == kiosk && k.2 == start && k.3 == kind && k.4 == value)
        .map(|(_, n)| *n)
        .sum()
}

/// totals.csv as kind/value → shown count text.
fn totals(dir: &Path) -> BTreeMap<(String, String), String> {
    let text = fs::read_to_string(dir.join(TOTALS_CSV)).unwrap();
    parse_csv(&text).unwrap()[1..]
        .iter()
        .map(|r| ((r[0].clone(), r[1].clone()), r[2].clone()))
        .collect()
}

fn sessions(dir: &Path) -> String {
    totals(dir)[&("session-start".to_string(), String::new())].clone()
}

fn manifest(dir: &Path) -> Manifest {
    serde_json::from_str(&fs::read_to_string(dir.join(MANIFEST_JSON)).unwrap()).unwrap()
}

/// A stick's statistics folder, opened as a stick visit opens it.
fn on_stick(dir: &Path) -> crate::safe_fs::SafeDir {
    crate::safe_fs::SafeDir::create(dir).unwrap()
}

fn starts(n: usize) -> Vec<Event> {
    vec![Event::SessionStart; n]
}

#[test]
fn record_export_and_read_back() {
    let tmp = tempfile::tempdir().unwrap();
    let mut s = store(tmp.path(), "stats.sqlite");
    // Wednesday 6 March 2024.
    s.record(
        at("2024-03-06 14:37:12"),
        &[
            Event::SessionStart,
            Event::Language("ar".into()),
            Event::Topic("housing".into()),
            Event::Node("housing-apl".into()),
            Event::Result("apl".into()),
            Event::Ticket(TicketOutcome::Printed),
            Event::SessionEnd(EndReason::Completed),
        ],
    )
    .unwrap();
    s.record(
        at("2024-03-06 14:59:59"),
        &[Event::SessionStart, Event::Node("housing-apl".into())],
    )
    .unwrap();
    s.record(
        at("2024-03-07 09:00:00"),
        &[
            Event::SessionStart,
            Event::Emergency,
            Event::SessionEnd(EndReason::QuickExit),
        ],
    )
    .unwrap();
    let out = tmp.path().join("export");
    let sum = s.export(&out, "Mairie", at("2024-03-08 18:05:00")).unwrap();
    assert_eq!(sum.sessions, 3);
    assert_eq!(sum.export_id, 1);
    for f in [
        "counts.csv",
        "totals.csv",
        "sessions_over_time.csv",
        "report.html",
        "manifest.json",
    ] {
        assert!(sum.files.iter().any(|x| x == f), "{f}");
        assert!(out.join(f).is_file(), "{f}");
    }
    let c = counts(&out);
    assert_eq!(c.len(), sum.rows);
    // Session starts keep their hour; two in the same hour are one row of 2.
    assert_eq!(count(&c, "Mairie", "2024-03-06T14:00", "session-start", ""), 2);
    assert_eq!(count(&c, "Mairie", "2024-03-07T09:00", "session-start", ""), 1);
    // The rest is dated to the Monday of its week; two in it are one row of 2.
    assert_eq!(count(&c, "Mairie", "2024-03-04T00:00", "node", "housing-apl"), 2);
    assert_eq!(count(&c, "Mairie", "2024-03-04T00:00", "language", "ar"), 1);
    assert_eq!(count(&c, "Mairie", "2024-03-04T00:00", "topic", "housing"), 1);
    assert_eq!(count(&c, "Mairie", "2024-03-04T00:00", "result", "apl"), 1);
    assert_eq!(count(&c, "Mairie", "2024-03-04T00:00", "ticket", "printed"), 1);
    assert_eq!(count(&c, "Mairie", "2024-03-04T00:00", "session-end", "completed"), 1);
    assert_eq!(count(&c, "Mairie", "2024-03-04T00:00", "session-end", "quick-exit"), 1);
    assert_eq!(count(&c, "Mairie", "2024-03-04T00:00", "emergency", ""), 1);
    assert_eq!(c.values().sum::<u64>(), 12);
    for k in c.keys() {
        assert!(parse_hour(&k.2).is_some(), "{}", k.2);
        assert_eq!(k.1, if k.3 == "session-start" { "hour" } else { "week" });
    }
    let m = manifest(&out);
    assert_eq!(m.kind, FolderKind::Export);
    assert_eq!(m.kiosk.as_deref(), Some("Mairie"));
    assert_eq!(m.export_id, Some(1));
    assert_eq!(m.exported_at.as_deref(), Some("2024-03-08T18:05:00"));
    assert_eq!(m.first_hour.as_deref(), Some("2024-03-04T00:00"));
    assert_eq!(m.last_hour.as_deref(), Some("2024-03-07T09:00"));
    // The folder reads back whole.
    let (_, rows) = read_folder(&out).unwrap();
    assert_eq!(rows.len(), sum.rows);
    // No temporary file is left behind.
    assert!(fs::read_dir(&out)
        .unwrap()
        .all(|e| !e.unwrap().file_name().to_string_lossy().ends_with(".tmp")));
}

#[test]
fn values_that_are_not_identifiers_are_not_stored() {
    let tmp = tempfile::tempdir().unwrap();
    let mut s = store(tmp.path(), "s.sqlite");
    s.record(
        at("2024-03-06 10:00:00"),
        &[
            Event::Language("Jean Dupont".into()),
            Event::Node("0612345678 rue".into()),
            Event::Topic("health".into()),
        ],
    )
    .unwrap();
    let rows = s.rows("k").unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].value, "health");
}

#[test]
fn nothing_finer_than_an_hour_is_ever_stored() {
    let tmp = tempfile::tempdir().unwrap();
    let mut s = store(tmp.path(), "s.sqlite");
    let events = [
        Event::SessionStart,
        Event::SessionEnd(EndReason::Timeout),
        Event::Language("uk".into()),
        Event::Topic("money".into()),
        Event::Node("money-rsa".into()),
        Event::Result("rsa".into()),
        Event::Ticket(TicketOutcome::Shown),
        Event::Emergency,
        Event::StickVisit,
    ];
    // A spread of times, seconds included, over a few weeks.
    let mut x: u64 = 12345;
    let base = at("2024-01-01 00:00:00");
    for i in 0..500 {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let secs = (x >> 33) % (40 * 86_400);
        let t = base + chrono::Duration::seconds(secs as i64);
        s.record(t, &[events[i % events.len()].clone()]).unwrap();
    }
    let hours = s.stored_hours().unwrap();
    assert!(hours.len() > 10);
    for h in &hours {
        assert!(h.ends_with(":00") && h.len() == 16, "{h}");
        let t = parse_hour(h).unwrap();
        assert_eq!(format_hour(t), *h);
    }
    // Everything but session starts and stick visits sits on a Monday at midnight.
    for r in s.rows("k").unwrap() {
        if r.period == Period::Week {
            assert_eq!(r.start.format("%a %H:%M").to_string(), "Mon 00:00");
        }
    }
}

#[test]
fn old_counters_are_deleted_but_a_wrong_clock_wipes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("s.sqlite");
    {
        let mut s = Store::open_at(&path, at("2024-03-01 00:00:00")).unwrap();
        s.record(at("2021-01-04 10:00:00"), &starts(1)).unwrap();
        s.record(at("2023-06-05 10:00:00"), &starts(1)).unwrap();
        s.record(at("2024-02-05 10:00:00"), &starts(1)).unwrap();
    }
    // A clock far ahead: retention counts from the latest counter instead.
    let s = Store::open_at(&path, at("2090-01-01 00:00:00")).unwrap();
    let hours = s.stored_hours().unwrap();
    assert_eq!(hours, ["2023-06-05T10:00", "2024-02-05T10:00"]);
    drop(s);
    {
        let mut s = Store::open_at(&path, at("2025-11-30 10:00:00")).unwrap();
        s.record(at("2025-11-30 10:00:00"), &starts(1)).unwrap();
    }
    let s = Store::open_at(&path, at("2025-12-01 00:00:00")).unwrap();
    assert_eq!(s.stored_hours().unwrap(), ["2024-02-05T10:00", "2025-11-30T10:00"]);
}

#[test]
fn report_is_self_contained_and_hides_small_counts() {
    let tmp = tempfile::tempdir().unwrap();
    let mut s = store(tmp.path(), "s.sqlite");
    let mut ev = starts(40);
    ev.extend(vec![Event::Language("fr".into()); 37]);
    ev.extend(vec![Event::Language("ar".into()); 3]);
    ev.extend(vec![Event::Emergency; 3]);
    ev.extend(vec![Event::Ticket(TicketOutcome::Printed); 12]);
    ev.extend(vec![Event::SessionEnd(EndReason::Completed); 38]);
    ev.extend(vec![Event::SessionEnd(EndReason::QuickExit); 2]);
    s.record(at("2024-03-06 10:20:00"), &ev).unwrap();
    let out = tmp.path().join("out");
    s.export(&out, "borne", at("2024-03-08 10:00:00")).unwrap();
    let html = fs::read_to_string(out.join(REPORT_HTML)).unwrap();
    for bad in ["http://", "https://", "<script", "src=", "href=", "url(http", "@import"] {
        assert!(!html.contains(bad), "{bad}");
    }
    assert!(html.contains("<svg"));
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("lang=\"fr\""));
    assert!(html.contains("Visites par jour"));
    assert!(html.contains("arabe (ar)"));
    // Small counts in tables and on chart labels.
    assert!(html.contains("<td class=\"n\">&lt; 5</td>"));
    assert!(html.contains("&lt; 5\n</text>"));
    for small in ["2", "3"] {
        assert!(
            !html.contains(&format!("<td class=\"n\">{small}</td>")),
            "{small} in a table"
        );
        assert!(!html.contains(&format!(">{small}\n</text>")), "{small} on a chart");
    }
    assert!(html.contains("<td class=\"n\">40</td>"));
    assert!(html.contains("<td class=\"n\">37</td>"));
    // Hidden bars are hatched.
    assert!(html.contains("fill=\"url(#borne-hatch)\""));
    let t = totals(&out);
    assert_eq!(t[&("emergency".into(), String::new())], "< 5");
    assert_eq!(t[&("language".into(), "ar".into())], "< 5");
    assert_eq!(t[&("language".into(), "fr".into())], "37");
    assert_eq!(t[&("session-end".into(), "quick-exit".into())], "< 5");
    assert_eq!(t[&("session-end".into(), "timeout".into())], "0");
}

#[test]
fn an_empty_database_exports_an_empty_report() {
    let tmp = tempfile::tempdir().unwrap();
    let s = store(tmp.path(), "s.sqlite");
    let out = tmp.path().join("out");
    let sum = s.export(&out, "borne", at("2024-03-08 10:00:00")).unwrap();
    assert_eq!((sum.rows, sum.sessions), (0, 0));
    let html = fs::read_to_string(out.join(REPORT_HTML)).unwrap();
    assert!(html.contains("Aucune visite"));
    assert!(read_folder(&out).is_ok());
}

#[test]
fn export_refuses_bad_names_and_files_in_the_way() {
    let tmp = tempfile::tempdir().unwrap();
    let s = store(tmp.path(), "s.sqlite");
    let now = at("2024-03-08 10:00:00");
    assert!(matches!(
        s.export(&tmp.path().join("a"), "=HYPERLINK()", now),
        Err(StatsError::BadKioskName(_))
    ));
    let file = tmp.path().join("file");
    fs::write(&file, "x").unwrap();
    assert!(matches!(
        s.export(&file, "borne", now),
        Err(StatsError::BadExportDir(_))
    ));
}

#[test]
fn export_numbers_and_times_only_go_forward() {
    let tmp = tempfile::tempdir().unwrap();
    let s = store(tmp.path(), "s.sqlite");
    let a = s.export(&tmp.path().join("a"), "k", at("2024-03-08 10:00:00")).unwrap();
    // The clock went back (a flat RTC battery): the export still sorts as later.
    let b = s.export(&tmp.path().join("b"), "k", at("2020-01-01 00:00:00")).unwrap();
    assert_eq!((a.export_id, b.export_id), (1, 2));
    assert!(b.exported_at >= a.exported_at);
}

/// A kiosk export with `n` visits at `when`, exported at `export_at`.
fn kiosk_export(tmp: &Path, db: &str, kiosk: &str, n: usize, when: &str, export_at: &str, out: &str) -> PathBuf {
    let mut s = Store::open_at(&tmp.join(db), at("2024-03-10 12:00:00")).unwrap();
    s.record(at(when), &starts(n)).unwrap();
    s.record(at(when), &vec![Event::Topic("health".into()); n]).unwrap();
    let dir = tmp.join(out);
    s.export(&dir, kiosk, at(export_at)).unwrap();
    dir
}

#[test]
fn merge_sums_kiosks() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    let a = kiosk_export(
        t,
        "a.sqlite",
        "A",
        10,
        "2024-03-04 10:00:00",
        "2024-03-08 10:00:00",
        "a",
    );
    let b = kiosk_export(t, "b.sqlite", "B", 7, "2024-03-04 10:00:00", "2024-03-08 11:00:00", "b");
    let out = t.join("merged");
    let m = merge::merge_at(&[a, b], &out, at("2024-03-09 10:00:00")).unwrap();
    assert_eq!(m.sessions, 17);
    assert_eq!(m.used.len(), 2);
    assert!(m.skipped.is_empty() && m.warnings.is_empty());
    assert_eq!(sessions(&out), "17");
    assert_eq!(totals(&out)[&("topic".into(), "health".into())], "17");
    let c = counts(&out);
    assert_eq!(count(&c, "A", "2024-03-04T10:00", "session-start", ""), 10);
    assert_eq!(count(&c, "B", "2024-03-04T10:00", "session-start", ""), 7);
    let mf = manifest(&out);
    assert_eq!(mf.kind, FolderKind::Merged);
    assert_eq!(mf.sources.len(), 2);
    let html = fs::read_to_string(out.join(REPORT_HTML)).unwrap();
    assert!(html.contains("Statistiques d&#39;usage de 2 bornes"));
    assert!(html.contains("Visites par borne"));
}

#[test]
fn merge_keeps_only_the_latest_export_of_a_kiosk() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    let mut s = Store::open_at(&t.join("a.sqlite"), at("2024-03-10 12:00:00")).unwrap();
    s.record(at("2024-03-04 10:00:00"), &starts(10)).unwrap();
    let first = t.join("visit1");
    s.export(&first, "A", at("2024-03-05 10:00:00")).unwrap();
    s.record(at("2024-03-06 10:00:00"), &starts(6)).unwrap();
    let second = t.join("visit2");
    s.export(&second, "A", at("2024-03-07 10:00:00")).unwrap();
    for dirs in [vec![first.clone(), second.clone()], vec![second.clone(), first.clone()]] {
        let out = t.join("merged");
        let m = merge::merge_at(&dirs, &out, at("2024-03-09 10:00:00")).unwrap();
        assert_eq!(m.sessions, 16, "cumulative exports are not summed");
        assert_eq!(sessions(&out), "16");
        assert_eq!(m.used.len(), 1);
        assert_eq!(m.used[0].dir, second);
        assert_eq!(m.skipped.len(), 1);
        assert_eq!(m.skipped[0].dir, first);
        assert_eq!(m.skipped[0].reason, SkipReason::Superseded(second.clone()));
        assert!(m.warnings.is_empty(), "{:?}", m.warnings);
    }
}

#[test]
fn the_same_folder_or_export_counts_once() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    let a = kiosk_export(
        t,
        "a.sqlite",
        "A",
        10,
        "2024-03-04 10:00:00",
        "2024-03-08 10:00:00",
        "a",
    );
    // The same export copied elsewhere (two sticks, or a backup).
    let copy = t.join("copy");
    fs::create_dir(&copy).unwrap();
    for e in fs::read_dir(&a).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), copy.join(e.file_name())).unwrap();
    }
    let out = t.join("merged");
    let m = merge::merge_at(&[a.clone(), a.join("."), copy.clone()], &out, at("2024-03-09 10:00:00")).unwrap();
    assert_eq!(m.sessions, 10);
    assert_eq!(sessions(&out), "10");
    assert_eq!(m.skipped.len(), 2);
    assert_eq!(m.skipped[0].reason, SkipReason::SameFolder(a.clone()));
    assert_eq!(m.skipped[1].reason, SkipReason::SameExport(a.clone()));
}

#[test]
fn folders_that_are_not_exports_or_are_damaged_are_skipped() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    let a = kiosk_export(
        t,
        "a.sqlite",
        "A",
        10,
        "2024-03-04 10:00:00",
        "2024-03-08 10:00:00",
        "a",
    );
    let empty = t.join("empty");
    fs::create_dir(&empty).unwrap();
    let other = t.join("other");
    fs::create_dir(&other).unwrap();
    fs::write(other.join("manifest.json"), "{\"name\": \"something else\"}").unwrap();
    let missing = t.join("missing");
    // Cut short, as if the stick were pulled.
    let cut = kiosk_export(
        t,
        "b.sqlite",
        "B",
        10,
        "2024-03-04 10:00:00",
        "2024-03-08 10:00:00",
        "b",
    );
    let text = fs::read_to_string(cut.join(COUNTS_CSV)).unwrap();
    fs::write(cut.join(COUNTS_CSV), &text[..text.len() - 5]).unwrap();
    // Same size, but a count that is not a number.
    let bad = kiosk_export(
        t,
        "c.sqlite",
        "C",
        10,
        "2024-03-04 10:00:00",
        "2024-03-08 10:00:00",
        "c",
    );
    let text = fs::read_to_string(bad.join(COUNTS_CSV)).unwrap();
    fs::write(bad.join(COUNTS_CSV), text.replacen(",10\r\n", ",1x\r\n", 1)).unwrap();
    // A manifest that is not JSON.
    let garbled = kiosk_export(
        t,
        "d.sqlite",
        "D",
        10,
        "2024-03-04 10:00:00",
        "2024-03-08 10:00:00",
        "d",
    );
    fs::write(garbled.join(MANIFEST_JSON), "{\"format\": \"borne-st").unwrap();
    // A newer format.
    let newer = kiosk_export(
        t,
        "e.sqlite",
        "E",
        10,
        "2024-03-04 10:00:00",
        "2024-03-08 10:00:00",
        "e",
    );
    let mf = fs::read_to_string(newer.join(MANIFEST_JSON)).unwrap();
    fs::write(
        newer.join(MANIFEST_JSON),
        mf.replace("\"version\": 1", "\"version\": 9"),
    )
    .unwrap();

    let out = t.join("merged");
    let dirs = [
        a,
        empty.clone(),
        other.clone(),
        missing.clone(),
        cut.clone(),
        bad.clone(),
        garbled.clone(),
        newer.clone(),
    ];
    let m = merge::merge_at(&dirs, &out, at("2024-03-09 10:00:00")).unwrap();
    assert_eq!(m.sessions, 10);
    assert_eq!(m.used.len(), 1);
    let reason = |d: &Path| m.skipped.iter().find(|s| s.dir == d).map(|s| s.reason.clone()).unwrap();
    assert_eq!(reason(&empty), SkipReason::NotAnExport);
    assert_eq!(reason(&other), SkipReason::NotAnExport);
    assert_eq!(reason(&missing), SkipReason::NotAnExport);
    assert!(
        matches!(reason(&cut), SkipReason::Damaged(w) if w.contains("bytes")),
        "{}",
        reason(&cut)
    );
    assert!(
        matches!(reason(&bad), SkipReason::Damaged(w) if w.contains("bad count")),
        "{}",
        reason(&bad)
    );
    assert!(matches!(reason(&garbled), SkipReason::Damaged(_)));
    assert_eq!(reason(&newer), SkipReason::TooNew(9));
    // Reasons read as sentences.
    assert!(reason(&cut).to_string().starts_with("damaged: counts.csv has"));

    // Nothing usable at all: an error that says why.
    let e = merge::merge_at(&[empty, bad], &t.join("none"), at("2024-03-09 10:00:00")).unwrap_err();
    assert!(
        matches!(&e, StatsError::NothingToMerge(w) if w.contains("bad count")),
        "{e}"
    );
}

#[test]
fn merged_folders_merge_again_per_kiosk() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    let a1 = kiosk_export(
        t,
        "a.sqlite",
        "A",
        10,
        "2024-03-04 10:00:00",
        "2024-03-05 10:00:00",
        "a1",
    );
    let b = kiosk_export(t, "b.sqlite", "B", 7, "2024-03-04 10:00:00", "2024-03-05 11:00:00", "b");
    let ab = t.join("ab");
    merge::merge_at(&[a1, b], &ab, at("2024-03-06 10:00:00")).unwrap();
    // Kiosk A, later, with 5 more visits.
    let a2 = kiosk_export(
        t,
        "a.sqlite",
        "A",
        5,
        "2024-03-06 10:00:00",
        "2024-03-07 10:00:00",
        "a2",
    );
    let out = t.join("all");
    let m = merge::merge_at(&[ab.clone(), a2.clone()], &out, at("2024-03-08 10:00:00")).unwrap();
    assert_eq!(m.sessions, 15 + 7);
    let used: Vec<(&str, &Path)> = m.used.iter().map(|u| (u.kiosk.as_str(), u.dir.as_path())).collect();
    assert_eq!(used, [("A", a2.as_path()), ("B", ab.as_path())]);
}

#[test]
fn two_kiosks_with_one_name_are_warned_about() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    let x = kiosk_export(
        t,
        "x.sqlite",
        "borne",
        10,
        "2024-03-04 10:00:00",
        "2024-03-05 10:00:00",
        "x",
    );
    let y = kiosk_export(
        t,
        "y.sqlite",
        "borne",
        6,
        "2024-03-04 11:00:00",
        "2024-03-06 10:00:00",
        "y",
    );
    let m = merge::merge_at(&[x, y], &t.join("m"), at("2024-03-08 10:00:00")).unwrap();
    assert_eq!(m.sessions, 6);
    assert_eq!(m.warnings.len(), 1, "{:?}", m.warnings);
}

#[test]
fn a_stick_collects_every_kiosk_it_visits() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    let stick = t.join("stick/borne/stats");
    let mut a = store(t, "a.sqlite");
    a.record(at("2024-03-04 10:00:00"), &starts(10)).unwrap();
    let mut b = store(t, "b.sqlite");
    b.record(at("2024-03-04 10:00:00"), &starts(8)).unwrap();
    a.export_to_stick(&on_stick(&stick), "Mairie", at("2024-03-05 10:00:00"))
        .unwrap();
    let sb = b
        .export_to_stick(&on_stick(&stick), "CCAS (Bègles)", at("2024-03-05 11:00:00"))
        .unwrap();
    assert_eq!(sb.export.sessions, 8);
    assert_eq!(sb.merged.sessions, 18);
    // A second visit to the first kiosk replaces its folder, never adds to it.
    a.record(at("2024-03-06 10:00:00"), &starts(2)).unwrap();
    let sa = a
        .export_to_stick(&on_stick(&stick), "Mairie", at("2024-03-07 10:00:00"))
        .unwrap();
    assert_eq!(sa.merged.sessions, 20);
    assert!(stick.join("Mairie").join(REPORT_HTML).is_file());
    assert!(stick.join("CCAS (Bègles)").join(COUNTS_CSV).is_file());
    assert!(stick.join(REPORT_HTML).is_file());
    assert_eq!(sessions(&stick), "20");
}

#[test]
fn recorder_writes_in_the_background_and_on_drop() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("data/stats.sqlite");
    let r = Recorder::start(&db).unwrap();
    for _ in 0..6 {
        r.record(Event::SessionStart);
    }
    r.record(Event::Language("fr".into()));
    r.record(Event::Ticket(TicketOutcome::Shown));
    let out = tmp.path().join("out");
    let sum = r.export(&out, "borne").unwrap();
    assert_eq!(sum.sessions, 6);
    let c = counts(&out);
    let total = |kind: &str| c.iter().filter(|(k, _)| k.3 == kind).map(|(_, n)| *n).sum::<u64>();
    assert_eq!(total("session-start"), 6);
    assert_eq!(total("language"), 1);
    assert_eq!(total("ticket"), 1);

    // Events still pending when the recorder goes are written, not lost.
    for _ in 0..3 {
        r.record(Event::Emergency);
    }
    drop(r);
    let s = Store::open(&db).unwrap();
    let emergencies: u64 = s
        .rows("k")
        .unwrap()
        .iter()
        .filter(|r| r.kind == Kind::Emergency)
        .map(|r| r.count)
        .sum();
    assert_eq!(emergencies, 3);
}

#[test]
fn recorder_batches_and_flushes_on_time() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("stats.sqlite");
    let r = Recorder::start(&db).unwrap();
    for _ in 0..(recorder::BATCH + 5) {
        r.record(Event::Node("a".into()));
    }
    r.flush().unwrap();
    // A second connection sees the batch (WAL lets it read while the recorder lives).
    let s = Store::open(&db).unwrap();
    let n: u64 = s.rows("k").unwrap().iter().map(|r| r.count).sum();
    assert_eq!(n, recorder::BATCH as u64 + 5);
    r.record(Event::Node("b".into()));
    std::thread::sleep(recorder::FLUSH_EVERY + std::time::Duration::from_millis(700));
    let n: u64 = s.rows("k").unwrap().iter().map(|r| r.count).sum();
    assert_eq!(n, recorder::BATCH as u64 + 6, "written within the flush interval");
    assert_eq!(r.dropped(), 0);
}

#[test]
fn a_newer_database_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("s.sqlite");
    drop(store(tmp.path(), "s.sqlite"));
    let c = rusqlite::Connection::open(&db).unwrap();
    c.pragma_update(None, "user_version", 99).unwrap();
    drop(c);
    assert!(matches!(Store::open(&db), Err(StatsError::TooNew { found: 99, .. })));
    assert!(Recorder::start(&db).is_err());
}

#[test]
fn a_renamed_kiosk_is_not_counted_twice() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    let stick = t.join("stick");
    let mut s = store(t, "s.sqlite");
    s.record(at("2024-03-04 10:00:00"), &starts(10)).unwrap();
    s.export_to_stick(&on_stick(&stick), "borne", at("2024-03-05 10:00:00"))
        .unwrap();
    // The technician gives the kiosk its real name.
    s.record(at("2024-03-06 10:00:00"), &starts(5)).unwrap();
    let sum = s
        .export_to_stick(&on_stick(&stick), "Mairie", at("2024-03-07 10:00:00"))
        .unwrap();
    assert_eq!(sum.merged.sessions, 15);
    let reasons: Vec<&SkipReason> = sum.merged.skipped.iter().map(|s| &s.reason).collect();
    assert_eq!(reasons, [&SkipReason::Renamed("Mairie".into())]);
    assert_eq!(manifest(&stick.join("Mairie")).sources[0].previous_names, ["borne"]);
}

#[cfg(unix)]
#[test]
fn links_on_a_stick_are_not_followed() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    let s = store(t, "s.sqlite");
    let elsewhere = t.join("elsewhere");
    fs::create_dir(&elsewhere).unwrap();
    fs::write(elsewhere.join("precious"), "keep").unwrap();
    // The kiosk's own folder on the stick is a link.
    let stick = t.join("stick/borne/stats");
    fs::create_dir_all(&stick).unwrap();
    std::os::unix::fs::symlink(&elsewhere, stick.join("borne")).unwrap();
    let e = s
        .export_to_stick(&on_stick(&stick), "borne", at("2024-03-07 10:00:00"))
        .unwrap_err();
    assert!(matches!(e, StatsError::BadExportDir(_)));
    assert_eq!(fs::read_dir(&elsewhere).unwrap().count(), 1);
    // A link at a temporary file name is replaced, not written through.
    let out = t.join("out");
    fs::create_dir(&out).unwrap();
    std::os::unix::fs::symlink(elsewhere.join("precious"), out.join(".counts.csv.tmp")).unwrap();
    s.export(&out, "borne", at("2024-03-07 10:00:00")).unwrap();
    assert_eq!(fs::read_to_string(elsewhere.join("precious")).unwrap(), "keep");
}

#[cfg(unix)]
#[test]
fn stick_stats_reader_does_not_follow_symlinks() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    let mut s = store(t, "s.sqlite");
    s.record(at("2024-03-04 10:00:00"), &starts(3)).unwrap();
    // A folder of the kiosk that looks like an export.
    let kiosk_side = t.join("kiosk-side");
    s.export(&kiosk_side, "borne", at("2024-03-05 10:00:00")).unwrap();
    // A stick's statistics folder whose files are links to it.
    let evil = t.join("stick/borne/stats/Evil");
    fs::create_dir_all(&evil).unwrap();
    for name in [MANIFEST_JSON, COUNTS_CSV] {
        std::os::unix::fs::symlink(kiosk_side.join(name), evil.join(name)).unwrap();
    }
    assert!(read_folder(&evil).is_err(), "files behind links are not read");
    // A folder on the stick that is a link to the kiosk's export is not merged.
    std::os::unix::fs::symlink(&kiosk_side, t.join("stick/borne/stats/Linked")).unwrap();
    let sum = s
        .export_to_stick(
            &on_stick(&t.join("stick/borne/stats")),
            "Mairie",
            at("2024-03-06 10:00:00"),
        )
        .unwrap();
    assert!(
        sum.merged.used.iter().all(|u| u.kiosk == "Mairie"),
        "{:?}",
        sum.merged.used
    );
    assert!(sum.merged.skipped.iter().all(|k| !k.dir.ends_with("Linked")));
    // Only the files themselves are refused: the folder as given may be a link.
    let link = t.join("link-to-export");
    std::os::unix::fs::symlink(&kiosk_side, &link).unwrap();
    assert!(read_folder(&link).is_ok());
}

mod hostile;
