//! Statistics from a hostile stick: every limit of a merge stops reading with a plain
//! reason, sums and names are checked, formulas never reach a spreadsheet, and the
//! recorder purges past retention on its own.

use super::*;

/// An export folder written by hand, as a hostile stick could hold it: `counts` as
/// given, and a manifest that matches it (size, rows per kiosk) listing `kiosks`.
fn crafted(dir: &Path, kiosks: &[&str], counts: &str) -> PathBuf {
    fs::create_dir_all(dir).unwrap();
    fs::write(dir.join(COUNTS_CSV), counts).unwrap();
    let records = parse_csv(counts).unwrap_or_default();
    let rows = |k: &str| records.iter().skip(1).filter(|r| r[0] == k).count() as u64;
    let manifest = Manifest {
        format: export::FORMAT.into(),
        version: export::FORMAT_VERSION,
        kind: FolderKind::Merged,
        kiosk: None,
        export_id: None,
        exported_at: None,
        created_at: "2024-03-08T10:00:00".into(),
        first_hour: None,
        last_hour: None,
        sources: kiosks
            .iter()
            .map(|k| Source {
                kiosk: k.to_string(),
                export_id: 1,
                exported_at: "2024-03-08T10:00:00".into(),
                first_hour: None,
                last_hour: None,
                rows: rows(k),
                previous_names: vec![],
            })
            .collect(),
        files: vec![FileEntry {
            name: COUNTS_CSV.into(),
            bytes: counts.len() as u64,
            rows: None,
        }],
    };
    fs::write(dir.join(MANIFEST_JSON), serde_json::to_vec_pretty(&manifest).unwrap()).unwrap();
    dir.to_path_buf()
}

const HEADER: &str = "kiosk,period,period_start,kind,value,count\r\n";

/// `counts.csv` with one session-start row per (kiosk, hour, count).
fn counts_text(rows: &[(&str, &str, u64)]) -> String {
    let mut s = HEADER.to_string();
    for (kiosk, hour, n) in rows {
        s.push_str(&format!("{kiosk},hour,{hour},session-start,,{n}\r\n"));
    }
    s
}

fn reason_of(m: &MergeSummary, dir: &Path) -> SkipReason {
    m.skipped
        .iter()
        .find(|s| s.dir == dir)
        .map(|s| s.reason.clone())
        .unwrap()
}

/// Finding "a plain FAT stick can exhaust memory": every limit stops the read with a
/// plain reason, and what is read before it is all that is held.
// long: one scenario per limit, each a few lines, sharing one set of small limits.
#[test]
fn hostile_stick_limits_stop_reading_with_a_plain_reason() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    let limits = Limits {
        folders: 9,
        entries: 100,
        manifest_bytes: 2048,
        kiosks: 3,
        counts_bytes: 4096,
        line_bytes: 200,
        rows: 4,
        values: 2,
    };
    let now = at("2024-03-09 10:00:00");
    let good = crafted(&t.join("good"), &["A"], &counts_text(&[("A", "2024-03-04T10:00", 3)]));
    // The header is looked at first: a file of newlines stops at its first line.
    let newlines = crafted(&t.join("newlines"), &["B"], &"\n".repeat(4000));
    // A line longer than the limit is not read to its end.
    let long = format!(
        "{HEADER}B,hour,2024-03-04T10:00,session-start,,1{}\r\n",
        "0".repeat(300)
    );
    let long = crafted(&t.join("long"), &["B"], &long);
    // More bytes than a counts.csv may have (the manifest agrees: it is not cut short).
    let big = format!("{HEADER}{}", " ".repeat(4100));
    let big = crafted(&t.join("big"), &["B"], &big);
    let m = merge::merge_within(
        &[good.clone(), newlines.clone(), long.clone(), big.clone()],
        vec![],
        &t.join("m1"),
        now,
        &limits,
    )
    .unwrap();
    assert_eq!(m.sessions, 3);
    let text = |d: &Path| reason_of(&m, d).to_string();
    assert_eq!(text(&newlines), "damaged: counts.csv: unexpected header \"\"");
    assert_eq!(text(&long), "too large: counts.csv line 2 is longer than 200 bytes");
    assert_eq!(text(&big), "too large: counts.csv has more than 4096 bytes");

    // Rows and kiosks are counted over the whole merge: the first folder took 3 of 4 rows.
    let three = counts_text(&[
        ("C", "2024-03-04T10:00", 1),
        ("C", "2024-03-04T11:00", 1),
        ("C", "2024-03-04T12:00", 1),
    ]);
    let c = crafted(&t.join("c"), &["C"], &three);
    let two = counts_text(&[("D", "2024-03-04T10:00", 1), ("D", "2024-03-04T11:00", 1)]);
    let two = crafted(&t.join("two"), &["D"], &two);
    let kiosks = crafted(&t.join("kiosks"), &["E", "F", "G"], HEADER);
    let m = merge::merge_within(
        &[c.clone(), two.clone(), kiosks.clone()],
        vec![],
        &t.join("m2"),
        now,
        &limits,
    )
    .unwrap();
    assert_eq!(m.sessions, 3);
    assert_eq!(
        reason_of(&m, &two).to_string(),
        "too large: counts.csv has more than 1 rows, what this merge can still take (at most 4 in all)"
    );
    assert!(matches!(reason_of(&m, &kiosks), SkipReason::TooLarge(w) if w.contains("lists 3 kiosks")));
    let fat = crafted(&t.join("fat"), &["G"], HEADER);
    let pretty = fs::read_to_string(fat.join(MANIFEST_JSON)).unwrap();
    fs::write(fat.join(MANIFEST_JSON), format!("{pretty}{}", " ".repeat(2048))).unwrap();
    assert_eq!(
        read_folder_limited(&fat, &limits),
        Err(import::ReadProblem::TooLarge(
            "manifest.json has more than 2048 bytes".into()
        ))
    );

    // Folders past the limit are not read; on a stick, the kiosk's own comes first and the
    // others in name order.
    let dirs: Vec<PathBuf> = (0..12).map(|i| t.join(format!("f{i:02}"))).collect();
    let m = merge::merge_within(
        &[std::slice::from_ref(&good), &dirs[..]].concat(),
        vec![],
        &t.join("m3"),
        now,
        &limits,
    )
    .unwrap();
    assert_eq!(reason_of(&m, &dirs[7]), SkipReason::NotAnExport);
    assert_eq!(reason_of(&m, &dirs[8]), SkipReason::TooManyFolders(9));
    assert_eq!(reason_of(&m, &dirs[11]), SkipReason::TooManyFolders(9));
    let stick = t.join("stick");
    for i in 0..30 {
        fs::create_dir_all(stick.join(format!("k{i:02}"))).unwrap();
    }
    let stick = SafeDir::open(&stick).unwrap();
    let (found, skipped) = merge::stick_folders(&stick, "k29".as_ref(), &limits).unwrap();
    let names: Vec<String> = found
        .iter()
        .map(|d| d.file_name().unwrap().to_string_lossy().into())
        .collect();
    assert_eq!(names, ["k29", "k00", "k01", "k02", "k03", "k04", "k05", "k06", "k07"]);
    assert_eq!(skipped.unwrap().reason, SkipReason::TooManyFolders(9));

    // The report draws a bar for each value: their number is bounded too.
    let topics = |k: &str, values: &[&str]| {
        let mut s = HEADER.to_string();
        for v in values {
            s.push_str(&format!("{k},week,2024-03-04T00:00,topic,{v},7\r\n"));
        }
        s
    };
    let h = crafted(&t.join("h"), &["H"], &topics("H", &["a", "b"]));
    let i = crafted(&t.join("i"), &["I"], &topics("I", &["b", "c"]));
    let m = merge::merge_within(&[h, i.clone()], vec![], &t.join("m4"), now, &limits).unwrap();
    assert!(matches!(reason_of(&m, &i), SkipReason::TooLarge(w) if w.contains("values of topic")));
}

fn read_folder_limited(dir: &Path, limits: &Limits) -> Result<(Manifest, Vec<export::Row>), import::ReadProblem> {
    import::read_folder_within(dir, limits, import::Room::all(limits))
}

/// Finding "unchecked sums from a stick": counts that add up past 64 bits are refused, in
/// one folder and across folders, and the report adds without wrapping.
#[test]
fn sums_of_counts_from_a_stick_cannot_wrap() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    let half = 1u64 << 63;
    let now = at("2024-03-09 10:00:00");
    let good = crafted(&t.join("good"), &["A"], &counts_text(&[("A", "2024-03-04T10:00", 3)]));
    let wraps = counts_text(&[("B", "2024-03-04T10:00", half), ("B", "2024-03-04T11:00", half)]);
    let wraps = crafted(&t.join("wraps"), &["B"], &wraps);
    let m = merge::merge_at(&[good.clone(), wraps.clone()], &t.join("m1"), now).unwrap();
    assert_eq!(m.sessions, 3);
    assert_eq!(
        reason_of(&m, &wraps).to_string(),
        "damaged: counts.csv: line 3: the counts add up to more than 18446744073709551615"
    );
    // Each folder fits, the two together do not: the second kiosk is left out.
    let c = crafted(&t.join("c"), &["C"], &counts_text(&[("C", "2024-03-04T10:00", half)]));
    let d = crafted(&t.join("d"), &["D"], &counts_text(&[("D", "2024-03-04T10:00", half)]));
    let out = t.join("m2");
    let m = merge::merge_at(&[good, c, d.clone()], &out, now).unwrap();
    assert_eq!(m.sessions, half + 3);
    assert!(matches!(reason_of(&m, &d), SkipReason::TooLarge(w) if w.contains("more than 18446744073709551615")));
    assert_eq!(sessions(&out), (half + 3).to_string());
    // The largest count alone goes through the report and its charts.
    let max = crafted(
        &t.join("max"),
        &["E"],
        &counts_text(&[("E", "2024-03-04T10:00", u64::MAX)]),
    );
    let m = merge::merge_at(&[max], &t.join("m3"), now).unwrap();
    assert_eq!(m.sessions, u64::MAX);
    // Sums of what a damaged database holds saturate instead of wrapping.
    let row = |n| export::Row {
        kiosk: "k".into(),
        period: Period::Hour,
        start: at("2024-03-04 10:00:00"),
        kind: Kind::SessionStart,
        value: String::new(),
        count: n,
    };
    let data = export::Dataset {
        rows: vec![row(u64::MAX), row(2)],
        sources: vec![],
    };
    assert_eq!(data.sessions(), u64::MAX);
    assert_eq!(tables::Tables::new(&data).sessions, u64::MAX);
}

/// Finding "unchecked names from a stick": a kiosk name that is not one a kiosk could
/// have (a spreadsheet formula here) makes its folder damaged, wherever it appears.
#[test]
fn kiosk_names_from_a_stick_are_checked() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    let now = at("2024-03-09 10:00:00");
    let good = crafted(&t.join("good"), &["A"], &counts_text(&[("A", "2024-03-04T10:00", 3)]));
    let formula = "=HYPERLINK(\"http://example.org\",\"x\")";
    let text = format!(
        "{HEADER}\"{}\",hour,2024-03-04T10:00,session-start,,5\r\n",
        formula.replace('"', "\"\"")
    );
    let bad = crafted(&t.join("bad"), &[formula], &text);
    // A former name is a kiosk name too.
    let renamed = crafted(
        &t.join("renamed"),
        &["F"],
        &counts_text(&[("F", "2024-03-04T10:00", 2)]),
    );
    let mf = fs::read_to_string(renamed.join(MANIFEST_JSON)).unwrap();
    let mf = mf.replace("\"rows\": 1", "\"rows\": 1, \"previous_names\": [\"@SUM(A1)\"]");
    fs::write(renamed.join(MANIFEST_JSON), mf).unwrap();
    let out = t.join("m");
    let m = merge::merge_at(&[good, bad.clone(), renamed.clone()], &out, now).unwrap();
    assert_eq!(m.sessions, 3);
    assert!(
        matches!(reason_of(&m, &bad), SkipReason::Damaged(w) if w.contains("cannot name a kiosk")),
        "{}",
        reason_of(&m, &bad)
    );
    assert!(
        matches!(reason_of(&m, &renamed), SkipReason::Damaged(w) if w.contains("\"@SUM(A1)\" cannot name a kiosk"))
    );
    let csv = fs::read_to_string(out.join(COUNTS_CSV)).unwrap();
    assert!(!csv.contains("HYPERLINK") && !csv.contains("SUM"), "{csv}");
}

/// Finding "names reach a spreadsheet": no CSV field written can start a formula.
#[test]
fn csv_fields_cannot_start_a_spreadsheet_formula() {
    let fields = ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "a=b", "x", "< 5"];
    let mut s = String::new();
    csv_line(&mut s, &fields);
    let read = parse_csv(&s).unwrap().remove(0);
    for (written, given) in read.iter().zip(fields) {
        if given.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            assert_eq!(*written, format!("'{given}"), "{s:?}");
        } else {
            assert_eq!(written, given);
        }
    }
    assert!(s.starts_with("\"'=1+1\",\"'+1\","), "{s:?}");
}

/// Finding "statistics are purged only at start": the recorder also purges every period
/// while it runs.
#[test]
fn statistics_past_retention_are_purged_daily() {
    use std::sync::{Arc, Mutex};
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("stats.sqlite");
    let time = Arc::new(Mutex::new(at("2024-03-04 10:00:00")));
    let clock = {
        let time = time.clone();
        Arc::new(move || *time.lock().unwrap())
    };
    let schedule = recorder::Schedule {
        clock,
        purge_every: std::time::Duration::from_millis(50),
    };
    let r = Recorder::start_with(&db, schedule).unwrap();
    r.record(Event::SessionStart);
    r.flush().unwrap();
    // Three years later, without a restart.
    *time.lock().unwrap() = at("2027-03-08 10:00:00");
    r.record(Event::SessionStart);
    r.flush().unwrap();
    // Read without purging: opened as of long ago.
    let hours = || {
        Store::open_at(&db, at("2000-01-01 00:00:00"))
            .unwrap()
            .stored_hours()
            .unwrap()
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while hours().len() > 1 && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(hours(), ["2027-03-08T10:00"]);
}
