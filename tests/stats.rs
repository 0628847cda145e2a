//! The statistics commands: `borne stats export` writes this kiosk's counts and report;
//! `borne stats merge` combines kiosks, each counted once. And what a stick's statistics
//! folder can make the kiosk hold: bounded, measured with a counting allocator.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::process::Command;

use borne::safe_fs::SafeDir;
use borne::stats::{EndReason, Event, SkipReason, StickSummary, Store};

const BORNE: &str = env!("CARGO_BIN_EXE_borne");

fn kiosk_with_visits(data: &std::path::Path, visits: u32) {
    std::fs::create_dir_all(data).expect("data");
    let mut s = Store::open(&data.join("stats.sqlite")).expect("store");
    let at = chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(10, 17, 0))
        .expect("date");
    for _ in 0..visits {
        s.record(
            at,
            &[
                Event::SessionStart,
                Event::Language("ar".into()),
                Event::Topic("housing".into()),
                Event::SessionEnd(EndReason::Completed),
            ],
        )
        .expect("record");
    }
}

fn borne(args: &[&str], name: &str) -> String {
    let out = Command::new(BORNE)
        .args(args)
        .env("BORNE_KIOSK_NAME", name)
        // The summary line is asserted in English.
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "en_US.UTF-8")
        .output()
        .expect("borne");
    let text = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{text}");
    text
}

#[test]
fn export_then_merge_counts_each_kiosk_once() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    kiosk_with_visits(&a, 7);
    kiosk_with_visits(&b, 12);
    // A topic counted before the content changed: no longer in the pack.
    let at = chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(11, 0, 0))
        .expect("date");
    let mut s = Store::open(&a.join("stats.sqlite")).expect("store");
    s.record(at, &[Event::Topic("old-topic".into())]).expect("record");
    drop(s);
    let ea = tmp.path().join("export-a");
    let eb = tmp.path().join("export-b");
    let p = |p: &std::path::Path| p.to_string_lossy().to_string();
    borne(&["stats", "export", "--data-dir", &p(&a), "--out", &p(&ea)], "Mairie");
    borne(
        &["stats", "export", "--data-dir", &p(&b), "--out", &p(&eb)],
        "Pharmacie",
    );
    for e in [&ea, &eb] {
        let html = std::fs::read_to_string(e.join("report.html")).expect("report.html");
        assert!(html.contains("<svg"), "charts are inline");
        // Topics by their French title (the pack's), not their id; the CSV keeps the id.
        assert!(html.contains("<td>Logement</td>"), "the topic's title");
        assert!(!html.contains(">housing<"), "no bare id");
        let totals = std::fs::read_to_string(e.join("totals.csv")).expect("totals.csv");
        assert!(totals.contains("topic,housing,"), "{totals}");
        if e == &ea {
            assert!(
                html.contains("<em>old-topic (retiré du contenu)</em>"),
                "a removed topic"
            );
            assert!(totals.contains("topic,old-topic,"), "{totals}");
        }
        assert!(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"));
        assert!(e.join("counts.csv").is_file());
    }
    // The same export given twice counts once: 7 + 12 sessions.
    let merged = tmp.path().join("merged");
    let out = borne(
        &["stats", "merge", &p(&ea), &p(&eb), &p(&ea), "--out", &p(&merged)],
        "x",
    );
    assert!(out.contains("19 visits"), "{out}");
    let counts = std::fs::read_to_string(merged.join("counts.csv")).expect("counts");
    assert!(counts.contains("Mairie") && counts.contains("Pharmacie"), "{counts}");
}

/// Counts the bytes each thread holds, so that a test can bound what a merge holds at its
/// peak (tests run side by side on their own threads; each counts its own).
struct Counting;

thread_local! {
    static HELD: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn note(delta: isize) {
    let _ = HELD.try_with(|held| {
        let now = held.get() + delta;
        held.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

// SAFETY: every call goes to the system allocator unchanged; only sizes are noted.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            note(layout.size() as isize);
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            note(layout.size() as isize);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        note(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            note(new_size as isize - layout.size() as isize);
        }
        p
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// Runs `f`; returns what it returned and the most bytes it held at once on this thread.
fn peak_of<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let start = HELD.with(Cell::get);
    PEAK.with(|p| p.set(start));
    let out = f();
    let peak = PEAK.with(Cell::get) - start;
    (out, usize::try_from(peak).unwrap_or(0))
}

/// What a stick visit may hold at its peak, whatever the stick holds: this kiosk's export
/// and report take a few hundred kilobytes.
const STICK_PEAK: usize = 8 << 20;

/// A stick's `borne/stats/` holding `hostile` next to where this kiosk's export goes.
fn hostile_stick(tmp: &Path, hostile: impl FnOnce(&Path)) -> PathBuf {
    let stats = tmp.join("stick/borne/stats");
    std::fs::create_dir_all(&stats).expect("stick");
    hostile(&stats);
    stats
}

/// This kiosk, with 7 visits, visited by the stick: what the visit wrote, and its peak.
fn visit(tmp: &Path, stats: &Path) -> (StickSummary, usize) {
    kiosk_with_visits(&tmp.join("data"), 7);
    let store = Store::open(&tmp.join("data/stats.sqlite")).expect("store");
    let now = chrono::Local::now().naive_local();
    let stats = SafeDir::open(stats).expect("stick folder");
    let (sum, peak) = peak_of(|| store.export_to_stick(&stats, "Mairie", now));
    let sum = sum.expect("the kiosk's own export is merged whatever else the stick holds");
    assert_eq!(sum.merged.sessions, 7);
    println!("peak held by the stick visit: {} KiB", peak >> 10);
    (sum, peak)
}

/// A folder with a valid manifest whose `counts.csv` is `counts` (its size as listed).
fn folder_with_counts(dir: &Path, counts: &[u8]) {
    std::fs::create_dir_all(dir).expect("folder");
    std::fs::write(dir.join("counts.csv"), counts).expect("counts.csv");
    let manifest = serde_json::json!({
        "format": "borne-stats",
        "version": 1,
        "kind": "export",
        "kiosk": "X",
        "export_id": 1,
        "exported_at": "2024-03-08T10:00:00",
        "created_at": "2024-03-08T10:00:00",
        "first_hour": null,
        "last_hour": null,
        "sources": [{"kiosk": "X", "export_id": 1, "exported_at": "2024-03-08T10:00:00",
                     "first_hour": null, "last_hour": null, "rows": 0}],
        "files": [{"name": "counts.csv", "bytes": counts.len()}],
    });
    std::fs::write(dir.join("manifest.json"), manifest.to_string()).expect("manifest.json");
}

fn reason(sum: &StickSummary, dir: &Path) -> SkipReason {
    let skipped = sum.merged.skipped.iter().find(|s| s.dir == dir);
    skipped.map(|s| s.reason.clone()).expect("skipped")
}

/// The beginning of a reason, for a failure message (a reason could quote a whole file).
fn short(r: &SkipReason) -> String {
    r.to_string().chars().take(200).collect()
}

/// Finding "a plain FAT stick can exhaust memory": a `counts.csv` of newlines is refused
/// at its header, not split into millions of records first.
#[test]
fn hostile_stick_of_newlines_is_read_in_bounded_memory() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("stick/borne/stats/newlines");
    let stats = hostile_stick(tmp.path(), |_| folder_with_counts(&dir, &vec![b'\n'; 4 << 20]));
    let (sum, peak) = visit(tmp.path(), &stats);
    assert!(
        matches!(reason(&sum, &dir), SkipReason::Damaged(w) if w.contains("unexpected header")),
        "{}",
        short(&reason(&sum, &dir))
    );
    assert!(peak < STICK_PEAK, "{peak} bytes held");
}

/// Finding "a plain FAT stick can exhaust memory": one endless line is not read past the
/// line length limit.
#[test]
fn hostile_stick_with_one_huge_line_is_read_in_bounded_memory() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("stick/borne/stats/line");
    let stats = hostile_stick(tmp.path(), |_| folder_with_counts(&dir, &vec![b'x'; 16 << 20]));
    let (sum, peak) = visit(tmp.path(), &stats);
    assert!(
        matches!(reason(&sum, &dir), SkipReason::TooLarge(w) if w.contains("line 1 is longer than")),
        "{}",
        short(&reason(&sum, &dir))
    );
    assert!(peak < STICK_PEAK, "{peak} bytes held");
}

/// Finding "a plain FAT stick can exhaust memory": thousands of folders are not all
/// listed and read; those left out are said to be, once.
#[test]
fn hostile_stick_with_thousands_of_folders_is_read_in_bounded_memory() {
    let tmp = tempfile::tempdir().expect("tmp");
    let stats = hostile_stick(tmp.path(), |stats| {
        for i in 0..10_000 {
            std::fs::create_dir(stats.join(format!("f{i:05}"))).expect("folder");
        }
    });
    let (sum, peak) = visit(tmp.path(), &stats);
    assert!(
        sum.merged.skipped.len() <= 200,
        "{} folders skipped",
        sum.merged.skipped.len()
    );
    assert_eq!(reason(&sum, &stats), SkipReason::TooManyFolders(200));
    assert!(peak < STICK_PEAK, "{peak} bytes held");
}
