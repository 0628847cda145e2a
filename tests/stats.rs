//! The statistics commands: `borne stats export` writes this kiosk's counts and report;
//! `borne stats merge` combines kiosks, each counted once.

use std::process::Command;

use borne::stats::{EndReason, Event, Store};

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
        assert!(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"));
        assert!(e.join("counts.csv").is_file());
    }
    // The same export given twice counts once: 7 + 12 sessions.
    let merged = tmp.path().join("merged");
    let out = borne(
        &["stats", "merge", &p(&ea), &p(&eb), &p(&ea), "--out", &p(&merged)],
        "x",
    );
    assert!(out.contains("19 sessions"), "{out}");
    let counts = std::fs::read_to_string(merged.join("counts.csv")).expect("counts");
    assert!(counts.contains("Mairie") && counts.contains("Pharmacie"), "{counts}");
}
