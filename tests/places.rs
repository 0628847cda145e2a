//! Sensitive topics and what makes a place trustworthy (closures, date last checked,
//! wheelchair access), from the pack's source to the compiled file and back.

mod util;

use borne::content::{self, check_dir, Severity};
use chrono::NaiveDate;
use util::{append, copy_fixture, edit};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// Builds the pack in `dir` into a temporary file and opens it.
fn build_and_open(dir: &std::path::Path) -> content::Pack {
    let out = tempfile::tempdir().expect("tmp");
    let file = out.path().join("pack.sqlite");
    let (report, built) = content::build_dir(dir, &file).expect("build");
    assert_eq!(report.errors(), 0);
    let mut opened = content::open_pack(&file).expect("open");
    opened.file = None;
    // Built, the offers' photos are in the source folder; opened, in the file.
    opened.offer_photos = built.offer_photos.clone();
    assert!(built == opened, "the compiled file reads back as built");
    opened
}

#[test]
fn a_sensitive_question_makes_its_subtree_sensitive_and_discreet() {
    let dir = copy_fixture("mini");
    // care → doctor, rent; rent is also reached from home directly.
    edit(
        dir.path(),
        "nodes/home.toml",
        "choices = [\"doctor\", \"rent\"]",
        "choices = [\"doctor\", \"rent\"]\nsensitive = true",
    );
    let pack = build_and_open(dir.path());
    assert!(!pack.is_sensitive("home"));
    assert!(pack.is_sensitive("care"));
    assert!(pack.is_sensitive("doctor"));
    assert!(
        pack.is_sensitive("rent"),
        "reached from a sensitive topic on one path: sensitive on every path"
    );
    assert!(pack.node("rent").is_some_and(|n| n.discreet && !n.sensitive));
    assert!(pack.node("care").is_some_and(|n| n.discreet && n.sensitive));
}

#[test]
fn a_sensitive_node_can_still_print_its_topic_when_the_pack_says_so() {
    let dir = copy_fixture("mini");
    edit(
        dir.path(),
        "nodes/home.toml",
        "reviewed = \"2026-11-01\"\ndiscreet = true",
        "reviewed = \"2026-11-01\"\nsensitive = true\ndiscreet = false",
    );
    let pack = build_and_open(dir.path());
    assert!(pack.is_sensitive("doctor"));
    assert!(pack.node("doctor").is_some_and(|n| !n.discreet));
    assert!(!pack.is_sensitive("rent"));
}

#[test]
fn the_default_pack_marks_violence_papers_and_health_topics() {
    let pack = util::default_pack();
    for id in [
        "emergency-violence",
        "emergency-child",
        "emergency-suicide",
        "justice-victim",
        "papers-residence",
        "papers-asylum",
        "health-ame",
        "health-mental",
        "health-pregnancy",
        "family-separation",
    ] {
        assert!(pack.is_sensitive(id), "{id} is sensitive");
        assert!(pack.node(id).is_some_and(|n| n.discreet), "{id} is discreet");
    }
    for id in ["home", "emergency", "emergency-samu", "housing-apl", "health"] {
        assert!(!pack.is_sensitive(id), "{id} is not sensitive");
    }
}

const PLACE: &str = r#"
[[service]]
id = "epicerie"
nom = "Épicerie solidaire"
description = "Des courses à petit prix. Sur orientation d'un travailleur social."
adresse = "2 rue Haute"
courriel = "contact@epicerie.example.fr"
frais = "payant"
modes_accueil = ["en-presentiel"]
date_maj = 2026-03-12
accessible = true
acceslibre = "https://acceslibre.beta.gouv.fr/app/99-exempleville/a/epicerie/erp/epicerie-solidaire/"
nodes = ["rent"]
pictogram = "svc-caf"

[[service.closure]]
from = 2026-12-24
to = 2027-01-02
reason = "holidays"

[[service.closure]]
from = "2027-08-01"
to = "2027-08-15"
"#;

#[test]
fn places_carry_description_closures_freshness_and_access() {
    let dir = copy_fixture("mini");
    append(dir.path(), "services.toml", PLACE);
    let pack = build_and_open(dir.path());
    let s = pack.service("epicerie").expect("service");
    assert_eq!(s.date_maj, Some(day(2026, 3, 12)));
    assert_eq!(s.accessible, Some(true));
    assert!(s
        .acceslibre
        .as_deref()
        .is_some_and(|a| a.contains("epicerie-solidaire")));
    assert_eq!(s.courriel.as_deref(), Some("contact@epicerie.example.fr"));
    assert_eq!(s.frais.as_deref(), Some("payant"));
    assert_eq!(s.modes_accueil, vec!["en-presentiel".to_string()]);
    assert_eq!(s.closures.len(), 2);
    assert_eq!(
        (s.closures[0].from, s.closures[0].to),
        (day(2026, 12, 24), day(2027, 1, 2))
    );
    assert_eq!(s.closures[0].reason, "holidays");
    assert_eq!(s.closures[1].reason, "other", "no reason given");
    assert_eq!(
        pack.node("rent").map(|n| n.services.clone()),
        Some(vec!["caf".into(), "desk".into(), "epicerie".into()]),
        "nodes = [...] adds the service after the result's own"
    );
    assert_eq!(
        pack.text("fr", "svc-epicerie").map(|t| t.value).as_deref(),
        Some("Des courses à petit prix. Sur orientation d'un travailleur social."),
        "the description stands in for the missing svc- message"
    );
}

#[test]
fn bad_places_are_reported_at_their_line() {
    let dir = copy_fixture("mini");
    append(
        dir.path(),
        "services.toml",
        &PLACE
            .replace("contact@epicerie.example.fr", "contact at epicerie")
            .replace("to = 2027-01-02", "to = 2026-12-01")
            .replace("nodes = [\"rent\"]", "nodes = [\"care\", \"nowhere\"]")
            .replace("https://acceslibre.beta.gouv.fr/app", "https://example.org/app")
            .replace("date_maj = 2026-03-12", "date_maj = \"12/03/2026\"")
            .replace("frais = \"payant\"", "frais = \"cher\""),
    );
    let (_, report) = check_dir(dir.path());
    let at = |kind: &str| -> Vec<(usize, Severity)> {
        report
            .diagnostics
            .iter()
            .filter(|d| d.kind == kind && d.file.to_string_lossy() == "services.toml")
            .map(|d| (d.line, d.severity))
            .collect()
    };
    // The appended text starts on line 23 of services.toml, with a blank line.
    assert_eq!(at("invalid-email"), vec![(29, Severity::Error)]);
    assert_eq!(at("closure-order"), vec![(40, Severity::Error)]);
    assert_eq!(at("not-a-result"), vec![(35, Severity::Error)]);
    assert_eq!(at("unknown-node"), vec![(35, Severity::Error)]);
    assert_eq!(at("invalid-acceslibre"), vec![(34, Severity::Error)]);
    assert_eq!(at("invalid-date"), vec![(32, Severity::Error)]);
    assert_eq!(at("unknown-value"), vec![(30, Severity::Warning)]);
}

#[test]
fn an_import_mapping_must_name_known_themes_and_results() {
    let dir = copy_fixture("mini");
    append(
        dir.path(),
        "pack.toml",
        "\n[import]\npictogram = \"nope\"\n[import.thematiques]\n\"sante\" = [\"doctor\", \"care\"]\n\"cuisine\" = [\"rent\"]\n",
    );
    let (_, report) = check_dir(dir.path());
    for kind in ["unknown-pictogram", "not-a-result", "unknown-thematique"] {
        assert!(
            report
                .diagnostics
                .iter()
                .any(|d| d.kind == kind && d.file.to_string_lossy() == "pack.toml"),
            "{kind}: {:#?}",
            report.diagnostics
        );
    }
}

#[test]
fn check_asks_to_check_again_after_six_months_and_says_what_the_kiosk_hides() {
    let dir = copy_fixture("mini");
    append(dir.path(), "services.toml", PLACE);
    let stale = |today: NaiveDate| -> Vec<(Severity, String)> {
        let (_, report) = content::check_dir_at(dir.path(), today);
        report
            .diagnostics
            .iter()
            .filter(|d| d.kind == "stale")
            .map(|d| (d.severity, d.message_in(borne::tools_text::ToolLang::En)))
            .collect()
    };
    // Checked on 12 March 2026.
    assert!(stale(day(2026, 9, 12)).is_empty(), "exactly six months: nothing yet");
    let found = stale(day(2026, 9, 13));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, Severity::Warning, "a warning, never an error");
    assert!(found[0].1.contains("more than 6 months ago"), "{}", found[0].1);
    assert!(stale(day(2026, 3, 1))[0].1.contains("still to come"));

    append(dir.path(), "pack.toml", "stale_after_months = 12\n");
    // pack.toml ends with a table; the key must go before it to belong to the pack.
    let text = std::fs::read_to_string(dir.path().join("pack.toml")).expect("read");
    let text = text.replace("\nstale_after_months = 12\n", "\n");
    std::fs::write(
        dir.path().join("pack.toml"),
        text.replacen("help_services", "stale_after_months = 12\nhelp_services", 1),
    )
    .expect("write");
    let found = stale(day(2027, 4, 1));
    assert_eq!(found.len(), 1);
    assert!(found[0].1.contains("the kiosk does not show it"), "{}", found[0].1);

    let pack = build_and_open(dir.path());
    assert_eq!(pack.stale_after_months, Some(12));
    let shown = pack.shown_services("rent", day(2027, 4, 1));
    assert_eq!(shown.hidden, 1);
    assert_eq!(
        shown.services.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
        vec!["caf", "desk"]
    );
    assert_eq!(pack.shown_services("rent", day(2027, 3, 1)).hidden, 0);
}
