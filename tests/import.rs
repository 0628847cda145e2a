//! `borne content import data-inclusion` on a small export written from the schema
//! (`tests/fixtures/data-inclusion/`: 42 services of 3 communes, JSON and CSV, with
//! awkward rows): the result passes `content check`, a re-import keeps hand edits and
//! reports them, bad rows are reported and skipped, and CSV and JSON agree.

mod util;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use borne::content::import::{import, ImportReport, Options};
use borne::content::{check_dir, Severity};
use util::{append, copy_dir, copy_fixture};

/// The mini pack with a mapping of thématiques to its two results.
fn pack() -> tempfile::TempDir {
    let dir = copy_fixture("mini");
    append(
        dir.path(),
        "pack.toml",
        "\n[import]\npictogram = \"svc-caf\"\n\n[import.thematiques]\n\
         \"logement-hebergement\" = [\"rent\"]\n\"sante\" = [\"doctor\"]\n\
         \"difficultes-financieres\" = [\"rent\"]\n",
    );
    dir
}

fn export(format: &str) -> PathBuf {
    util::fixture("data-inclusion").join(format)
}

fn options(export: &Path, pack: &Path) -> Options {
    Options {
        export: export.to_path_buf(),
        out: pack.join("services.toml"),
        ..Options::default()
    }
}

fn run(export: &Path, pack: &Path) -> ImportReport {
    import(&options(export, pack)).expect("import")
}

fn skipped_rows(r: &ImportReport) -> Vec<(usize, String)> {
    r.skipped.iter().map(|s| (s.row, s.why.clone())).collect()
}

#[test]
fn the_fixture_export_imports_and_the_pack_passes_its_check() {
    let dir = pack();
    let r = run(&export("json"), dir.path());
    assert_eq!((r.rows, r.selected), (42, 41), "{r}");
    let rows: Vec<usize> = r.skipped.iter().map(|s| s.row).collect();
    assert_eq!(rows, vec![3, 4, 5], "{r}");
    assert_eq!(r.added.len(), 39, "{r}");
    assert!(r.conflicts.is_empty() && r.removed.is_empty() && r.updated.is_empty());
    let (_, report) = check_dir(dir.path());
    let errors: Vec<String> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let text = fs::read_to_string(dir.path().join("services.toml")).expect("read");
    assert!(text.contains("id = \"caf\""), "hand-written entries stay");
    assert!(text.contains("import = { from = \"data-inclusion\", id = \"exemple--svc-001\""));
    assert!(
        text.contains("date_maj = 2026-01-01"),
        "epoch milliseconds become a TOML date"
    );
    assert!(
        text.contains("site_web = \"https://ccas-35238.example.fr/\""),
        "from the structure"
    );
    assert!(text.contains("acceslibre = \"https://acceslibre.beta.gouv.fr/app/35-rennes/"));
    assert!(text.contains("adresse = \"4 rue de la Mairie, Bâtiment B\"") || text.contains("Bâtiment B"));
    let pack = borne::content::compile::to_model(&borne::content::check_dir(dir.path()).0);
    assert!(pack
        .node("doctor")
        .is_some_and(|n| n.services.contains(&"di-exemple-svc-002".to_string())));
}

#[test]
fn awkward_rows_are_reported_and_skipped_and_the_rest_imported() {
    let dir = pack();
    let r = run(&export("json"), dir.path());
    let skipped = skipped_rows(&r);
    assert!(
        skipped[0]
            .1
            .contains("opening hours \"du lundi au vendredi de 9h à 12h\""),
        "{r}"
    );
    assert!(
        skipped[1].1.contains("thématique \"cuisine--recettes-du-monde\""),
        "{r}"
    );
    assert!(skipped[2].1.contains("same id"), "{r}");
    assert_eq!(r.skipped[2].id.as_deref(), Some("exemple--svc-001"));
    let line = r.skipped[0].to_string();
    // In the tools' language of the test's environment.
    let head = borne::tr!(
        "cli-import-row-id",
        file = "services.json",
        row = 3,
        id = "exemple--svc-003",
        why = ""
    );
    assert!(line.starts_with(&head), "{line}");
    let notes: Vec<usize> = r.notes.iter().map(|n| n.row).collect();
    assert_eq!(notes, vec![7, 8], "an invalid phone and e-mail are left out: {r}");
    assert!(r.notes[0].why.contains("imported without it"));
    let text = fs::read_to_string(dir.path().join("services.toml")).expect("read");
    let svc2 = text
        .split("[[service]]")
        .find(|t| t.contains("exemple--svc-002"))
        .expect("svc-002");
    assert!(!svc2.contains("telephone"), "a missing phone is no problem");
}

#[test]
fn a_ten_megabyte_description_is_cut_while_reading_and_its_row_skipped() {
    for format in ["json", "csv"] {
        let tmp = tempfile::tempdir().expect("tmp");
        copy_dir(&export(format), tmp.path());
        let file = tmp.path().join(format!("services.{format}"));
        let text = fs::read_to_string(&file).expect("read");
        let huge = "très long ".repeat(1024 * 1024);
        let marker = "Accès aux soins à Rennes.";
        assert!(text.contains(marker));
        fs::write(&file, text.replacen(marker, &huge, 1)).expect("write");
        let dir = pack();
        let r = run(tmp.path(), dir.path());
        let row2 = r.skipped.iter().find(|s| s.row == 2).expect("row 2 skipped");
        assert!(row2.why.contains("description is longer"), "{format}: {r}");
        assert_eq!(r.added.len(), 38, "{format}: the other rows are imported");
    }
}

#[test]
fn csv_and_json_give_the_same_result() {
    let (a, b) = (pack(), pack());
    let ra = run(&export("json"), a.path());
    let mut rb = run(&export("csv"), b.path());
    for issue in rb.skipped.iter_mut().chain(rb.notes.iter_mut()) {
        issue.file = issue.file.replace(".csv", ".json");
    }
    assert_eq!(ra, rb);
    let read = |d: &Path| fs::read_to_string(d.join("services.toml")).expect("read");
    assert_eq!(read(a.path()), read(b.path()));
}

#[test]
fn a_reimport_keeps_a_hand_edit_and_reports_the_conflict() {
    let dir = pack();
    run(&export("json"), dir.path());
    let file = dir.path().join("services.toml");
    let text = fs::read_to_string(&file).expect("read");
    let edited = text.replacen("telephone = \"+33199000000\"", "telephone = \"+33199000999\"", 1);
    assert_ne!(text, edited);
    // The operator's own fields are theirs: a closure and a pictogram are no conflict.
    let edited = edited.replacen(
        "id = \"di-exemple-svc-010\"",
        "id = \"di-exemple-svc-010\"\naccessible = true",
        1,
    );
    // After the entry's last line (its import mark), so that its keys stay its own.
    let edited: String = edited
        .lines()
        .map(|l| match l.contains("id = \"exemple--svc-010\"") {
            true => format!("{l}\n\n[[service.closure]]\nfrom = 2026-12-24\nto = 2027-01-02\n"),
            false => format!("{l}\n"),
        })
        .collect();
    fs::write(&file, &edited).expect("write");
    let r = run(&export("json"), dir.path());
    assert_eq!(r.conflicts.len(), 1, "{r}");
    assert_eq!(r.conflicts[0].id, "di-exemple-svc-001");
    assert_eq!(r.conflicts[0].fields, vec!["telephone".to_string()]);
    assert_eq!((r.added.len(), r.updated.len(), r.unchanged), (0, 0, 38), "{r}");
    let after = fs::read_to_string(&file).expect("read");
    assert!(after.contains("+33199000999"), "the hand edit is kept");
    assert!(after.contains("to = 2027-01-02"), "the closure is kept");
    let conflict = borne::tr!(
        "cli-import-conflict",
        id = "di-exemple-svc-001",
        source = "exemple--svc-001",
        fields = "telephone"
    );
    assert!(r.to_string().contains(&conflict), "{r}");
}

#[test]
fn changed_and_removed_services_are_updated_and_removed() {
    let dir = pack();
    run(&export("json"), dir.path());
    let tmp = tempfile::tempdir().expect("tmp");
    copy_dir(&export("json"), tmp.path());
    let file = tmp.path().join("services.json");
    let mut rows: Vec<serde_json::Value> =
        serde_json::from_str(&fs::read_to_string(&file).expect("read")).expect("json");
    rows[0]["nom"] = "Aide au logement, nouveau nom".into();
    rows.retain(|r| r["id"] != "exemple--svc-020");
    fs::write(&file, serde_json::to_string(&rows).expect("json")).expect("write");
    let r = run(tmp.path(), dir.path());
    assert_eq!(r.updated, vec!["di-exemple-svc-001".to_string()], "{r}");
    assert_eq!(r.removed, vec!["di-exemple-svc-020".to_string()], "{r}");
    let text = fs::read_to_string(dir.path().join("services.toml")).expect("read");
    assert!(text.contains("nouveau nom") && !text.contains("exemple--svc-020"));
    assert_eq!(check_dir(dir.path()).1.errors(), 0);
}

#[test]
fn communes_and_thematiques_select_and_leave_the_rest_alone() {
    let dir = pack();
    let mut opts = options(&export("csv"), dir.path());
    opts.communes = vec!["35051".into()];
    let r = import(&opts).expect("import");
    assert_eq!(r.selected, 14, "row 16 has no INSEE code: its structure's is used: {r}");
    assert!(r.added.contains(&"di-exemple-svc-016".to_string()));
    opts.communes.clear();
    opts.thematiques = vec!["sante".into()];
    let r = import(&opts).expect("import");
    assert!(r.selected > 0 && r.added.iter().all(|id| !id.is_empty()));
    assert_eq!(r.outside_selection, 14 - r.unchanged, "{r}");
}

#[test]
fn cli_imports_and_reports() {
    let dir = pack();
    // The command's report is asserted in English.
    let borne = || {
        let mut c = Command::new(env!("CARGO_BIN_EXE_borne"));
        c.env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "en_US.UTF-8");
        c
    };
    let out = borne()
        .args(["content", "import", "data-inclusion"])
        .arg(export("csv").join("services.csv"))
        .arg("--structures")
        .arg(export("csv").join("structures.csv"))
        .arg("--out")
        .arg(dir.path().join("services.toml"))
        .args(["--commune", "35238", "35281"])
        .output()
        .expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    // 28 rows in the two communes, one of them a duplicate.
    assert!(stdout.contains("read 42 services, 27 selected"), "{stdout}");
    assert!(
        stdout.contains("skipped: services.csv, row 3 (id exemple--svc-003): opening hours"),
        "{stdout}"
    );
    let missing = borne()
        .args(["content", "import", "data-inclusion"])
        .arg(dir.path())
        .arg("--out")
        .arg(dir.path().join("services.toml"))
        .output()
        .expect("run");
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("holds no services file"));
}
