//! What `borne content check` tells a new operator: the mistakes a pack written from
//! the docs alone runs into, each reported once, at its file and line, in words that
//! say what to do — in French and in English.

mod util;

use std::path::Path;
use std::process::Command;

use borne::content::{self, check_dir, Diagnostic, Severity};
use borne::tools_text::ToolLang;
use util::{append, copy_fixture, edit};

fn diagnostics(dir: &Path) -> Vec<Diagnostic> {
    check_dir(dir).1.diagnostics
}

/// The diagnostics of `kind`, asserting there is at least one.
fn of_kind(dir: &Path, kind: &str) -> Vec<Diagnostic> {
    let all = diagnostics(dir);
    let found: Vec<Diagnostic> = all.iter().filter(|d| d.kind == kind).cloned().collect();
    assert!(!found.is_empty(), "expected {kind}, got {all:#?}");
    found
}

fn en(d: &Diagnostic) -> String {
    d.message_in(ToolLang::En)
}

fn fr(d: &Diagnostic) -> String {
    d.message_in(ToolLang::Fr)
}

fn at(d: &Diagnostic) -> (String, usize) {
    (d.file.to_string_lossy().to_string(), d.line)
}

#[test]
fn an_indented_comment_is_text_and_is_reported_as_such() {
    let dir = copy_fixture("mini");
    edit(
        dir.path(),
        "locales/fr.ftl",
        "node-home = Accueil\n",
        "node-home = Accueil\n    # .question is what a question node asks.\n",
    );
    let found = of_kind(dir.path(), "leaked-comment");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(at(&found[0]), ("locales/fr.ftl".into(), 4));
    assert_eq!(found[0].severity, Severity::Error);
    assert!(en(&found[0]).contains("\"node-home\"") && en(&found[0]).contains("column 0"));
    assert!(fr(&found[0]).contains("« node-home »") && fr(&found[0]).contains("colonne 0"));
    // In an attribute too, named by its attribute.
    let dir = copy_fixture("mini");
    edit(
        dir.path(),
        "locales/fr.ftl",
        "    .text = La CAF peut aider à payer le loyer.\n",
        "    .text = La CAF peut aider à payer le loyer.\n    # .text is one to three sentences.\n",
    );
    let found = of_kind(dir.path(), "leaked-comment");
    assert!(en(&found[0]).contains("\"node-rent.text\""), "{}", en(&found[0]));
}

#[test]
fn the_docs_fluent_example_has_no_comment_inside_a_message() {
    let docs =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/content-pack.md")).expect("docs");
    let texts = docs.split("## Texts").nth(1).expect("Texts section");
    let example = texts
        .split("```ftl\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("an ftl block");
    let info = content::ftl::parse(example);
    assert!(info.errors.is_empty(), "{:?}", info.errors);
    assert!(info.leaked_comments.is_empty(), "{:?}", info.leaked_comments);
    assert!(info.entries.contains_key("node-housing.question"));
    assert_eq!(info.entries.len(), 7, "{:?}", info.entries.keys());
}

#[test]
fn an_attribute_the_kiosk_never_reads_names_the_valid_ones() {
    let dir = copy_fixture("mini");
    edit(
        dir.path(),
        "locales/fr.ftl",
        "    .text = La CAF",
        "    .texte = La CAF",
    );
    edit(
        dir.path(),
        "locales/fr.ftl",
        "svc-caf = Aides au logement et aux familles.\n",
        "svc-caf = Aides au logement et aux familles.\n    .text = Plus long.\n",
    );
    let found = of_kind(dir.path(), "unknown-attribute");
    assert_eq!(found.len(), 2, "{found:#?}");
    let node = found
        .iter()
        .find(|d| en(d).contains(".texte"))
        .expect("node-rent.texte");
    assert_eq!(at(node), ("locales/fr.ftl".into(), 6), "the attribute's own line");
    assert!(en(node).contains(".question, .text"), "{}", en(node));
    let svc = found.iter().find(|d| en(d).contains("svc-caf")).expect("svc-caf.text");
    assert!(en(svc).contains("has no attributes"), "{}", en(svc));
    assert!(fr(svc).contains("n'a pas d'attributs"), "{}", fr(svc));
    // The misspelt .text also leaves the result without its text.
    assert!(of_kind(dir.path(), "missing-string")
        .iter()
        .any(|d| en(d).contains("node-rent.text")));
}

#[test]
fn a_missing_required_field_names_the_entry_its_line_and_what_to_write() {
    let dir = copy_fixture("mini");
    edit(
        dir.path(),
        "services.toml",
        "pictogram = \"svc-caf\"\nexample",
        "example",
    );
    let found = of_kind(dir.path(), "missing-field");
    assert_eq!(found.len(), 1);
    let d = &found[0];
    assert_eq!(d.file.to_string_lossy(), "services.toml");
    assert!((11..=21).contains(&d.line), "{d:#?}");
    let text = en(d);
    assert!(text.contains("service \"desk\" (line 11)"), "{text}");
    assert!(text.contains("`pictogram`") && text.contains("required"), "{text}");
    assert!(
        text.contains("pictograms/") && text.contains("pictogram = \"doc-id\""),
        "{text}"
    );
    let text = fr(d);
    assert!(
        text.contains("le service « desk » (ligne 11)") && text.contains("obligatoire"),
        "{text}"
    );

    // A node without kind, a document without pictogram: the same plain sentence.
    let dir = copy_fixture("mini");
    edit(
        dir.path(),
        "nodes/home.toml",
        "kind = \"result\"\npictogram = \"doctor\"",
        "pictogram = \"doctor\"",
    );
    let text = en(&of_kind(dir.path(), "missing-field")[0]);
    assert!(text.contains("node \"doctor\"") && text.contains("`kind`"), "{text}");
    assert!(
        text.contains("\"question\", \"result\", \"info\", \"eligibility\" or \"offers\""),
        "{text}"
    );
}

#[test]
fn unknown_fields_and_wrong_types_are_plain_sentences() {
    let dir = copy_fixture("mini");
    edit(
        dir.path(),
        "services.toml",
        "nom = \"CAF\"",
        "nom = \"CAF\"\nhoraires = \"9h\"",
    );
    let d = &of_kind(dir.path(), "unknown-field")[0];
    assert_eq!(at(d), ("services.toml".into(), 4));
    let text = en(d);
    assert!(
        text.contains("service \"caf\"") && text.contains("`horaires`"),
        "{text}"
    );
    assert!(text.contains("horaires_accueil"), "the valid fields are listed: {text}");

    let dir = copy_fixture("mini");
    edit(dir.path(), "services.toml", "example = true", "example = \"yes\"");
    let d = &of_kind(dir.path(), "invalid-type")[0];
    assert_eq!(at(d), ("services.toml".into(), 22));
    let text = en(d);
    assert!(text.contains("`example`") && text.contains("true or false"), "{text}");
    assert!(fr(d).contains("true ou false"), "{}", fr(d));
}

/// Breaks one file of the mini pack and returns every error, and the kinds of the
/// warnings.
fn broken(file: &str, from: &str, to: &str) -> (Vec<Diagnostic>, Vec<&'static str>) {
    let dir = copy_fixture("mini");
    edit(dir.path(), file, from, to);
    let all = diagnostics(dir.path());
    let errors = all.iter().filter(|d| d.severity == Severity::Error).cloned().collect();
    let warnings = all
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .map(|d| d.kind)
        .collect();
    (errors, warnings)
}

#[test]
fn a_file_that_does_not_parse_is_reported_once_and_nothing_cascades() {
    // The mini pack's own warnings: English is incomplete, "desk" is an example.
    let independent = ["missing-translation", "example"];
    let cases = [
        ("services.toml", "nom = \"CAF\"", "nom = \"CAF", "toml-syntax", 3),
        (
            "nodes/home.toml",
            "kind = \"question\"",
            "kind = question",
            "toml-syntax",
            3,
        ),
        ("documents.toml", "id = \"id\"", "id = \"id", "toml-syntax", 2),
        ("pack.toml", "root = \"home\"", "root = \"home", "toml-syntax", 4),
        (
            "locales/fr.ftl",
            "node-rent = Payer le loyer",
            "node-rent = { Payer le loyer",
            "fluent-syntax",
            5,
        ),
        (
            "locales/en.ftl",
            "node-rent = Paying the rent",
            "node-rent = { Paying",
            "fluent-syntax",
            5,
        ),
    ];
    for (file, from, to, kind, line) in cases {
        let (errors, warnings) = broken(file, from, to);
        assert_eq!(errors.len(), 1, "{file}: {errors:#?}");
        assert_eq!(
            (errors[0].kind, at(&errors[0])),
            (kind, (file.to_string(), line)),
            "{file}"
        );
        assert!(warnings.iter().all(|w| independent.contains(w)), "{file}: {warnings:?}");
    }
    // A file that is not UTF-8 is not "missing" either.
    let dir = copy_fixture("mini");
    std::fs::write(dir.path().join("locales/en.ftl"), b"pack-title = Mini\xff\n").expect("write");
    let errors: Vec<Diagnostic> = diagnostics(dir.path())
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(
        (errors[0].kind, at(&errors[0])),
        ("encoding", ("locales/en.ftl".into(), 1))
    );
    // A structure error (a field missing) does not cascade either.
    let (errors, warnings) = broken("services.toml", "nom = \"CAF\"\n", "");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].kind, "missing-field");
    assert!(warnings.iter().all(|w| independent.contains(w)), "{warnings:?}");
    // A genuinely independent problem is still reported beside the parse error.
    let dir = copy_fixture("mini");
    edit(dir.path(), "services.toml", "nom = \"CAF\"", "nom = \"CAF");
    edit(
        dir.path(),
        "nodes/home.toml",
        "pictogram = \"rent-help\"",
        "pictogram = \"nope\"",
    );
    let kinds: Vec<&str> = diagnostics(dir.path())
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.kind)
        .collect();
    assert_eq!(kinds, ["unknown-pictogram", "toml-syntax"]);
}

#[test]
fn invalid_opening_hours_say_where_and_show_the_syntax() {
    let dir = copy_fixture("mini");
    edit(
        dir.path(),
        "services.toml",
        "Mo-Fr 09:00-16:30; PH off",
        "lun-ven 9h-12h, 14h-17h30",
    );
    let d = &of_kind(dir.path(), "invalid-hours")[0];
    assert_eq!(at(d), ("services.toml".into(), 6));
    let text = en(d);
    assert!(
        text.contains("character 1") && text.contains("at \"lun-ven 9h-12h, 14h-17h30\""),
        "{text}"
    );
    assert!(text.contains("Mo-Fr 09:00-12:00,14:00-17:30"), "{text}");
    assert!(!text.contains("-->"), "{text}");
    let dir = copy_fixture("mini");
    edit(
        dir.path(),
        "services.toml",
        "Mo-Fr 09:00-16:30; PH off",
        "Mo-Fr 9h-16h30",
    );
    let text = fr(&of_kind(dir.path(), "invalid-hours")[0]);
    assert!(text.contains("caractère 7, à « 9h-16h30 »"), "{text}");
}

#[test]
fn a_message_defined_twice_is_reported_with_both_lines() {
    let dir = copy_fixture("mini");
    append(dir.path(), "locales/fr.ftl", "node-home = Accueil encore\n");
    let found = of_kind(dir.path(), "duplicate-message");
    assert_eq!(found.len(), 1);
    assert_eq!(at(&found[0]), ("locales/fr.ftl".into(), 14));
    assert_eq!(found[0].severity, Severity::Error);
    assert!(
        en(&found[0]).contains("\"node-home\" is already defined on line 3"),
        "{}",
        en(&found[0])
    );
}

#[test]
fn example_services_are_warned_about_and_a_bundle_says_so_loudly() {
    let dir = copy_fixture("mini");
    let found = of_kind(dir.path(), "example");
    assert_eq!(found.len(), 1);
    assert_eq!(at(&found[0]), ("services.toml".into(), 11));
    assert_eq!(found[0].severity, Severity::Warning);
    assert!(en(&found[0]).contains("\"desk\"") && en(&found[0]).contains("example = true"));

    let out = dir.path().join("mini.borne");
    let (_, report) = borne::update::bundle::build(dir.path(), &out, &mut |_, _| {}).expect("bundle");
    let loud = report.diagnostics.last().expect("a last line");
    assert_eq!((loud.kind, loud.severity), ("example-published", Severity::Warning));
    assert!(
        en(loud).starts_with("CAUTION") && en(loud).contains("(desk)"),
        "{}",
        en(loud)
    );
    assert!(fr(loud).starts_with("ATTENTION"), "{}", fr(loud));
    // Without example entries, no such line.
    edit(dir.path(), "services.toml", "example = true\n", "");
    let (_, report) = borne::update::bundle::build(dir.path(), &out, &mut |_, _| {}).expect("bundle");
    assert!(!report.has_kind("example-published") && !report.has_kind("example"));
}

#[test]
fn pack_texts_take_no_variables_and_each_is_named() {
    let dir = copy_fixture("mini");
    edit(
        dir.path(),
        "locales/fr.ftl",
        "pack-title = Mini",
        "pack-title = Mini { $town }",
    );
    let d = &of_kind(dir.path(), "unknown-variable")[0];
    assert_eq!(at(d), ("locales/fr.ftl".into(), 1));
    assert!(en(d).contains("$town") && en(d).contains("{$town}"), "{}", en(d));
    let dir = copy_fixture("mini");
    edit(
        dir.path(),
        "locales/en.ftl",
        "pack-title = Mini",
        "pack-title = Mini { $town }",
    );
    let d = &of_kind(dir.path(), "invented-variable")[0];
    assert_eq!(at(d), ("locales/en.ftl".into(), 1));
    assert!(en(d).contains("$town"), "{}", en(d));
}

#[test]
fn the_default_pack_checks_clean_but_for_its_example_services() {
    // On the day its figures were last reviewed: a table's year is warned about once
    // that year is past, which is the point (they are updated each year).
    let reviewed = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).expect("date");
    let (src, report) = borne::content::check_dir_at(&util::default_pack_dir(), reviewed);
    assert_eq!(report.errors(), 0, "{:#?}", report.diagnostics);
    // Its Exempleville services are examples on purpose (an operator who starts from
    // this pack must see them). The Complémentaire santé solidaire table holds the
    // figures of April 2025 to March 2026, the latest this pack could source: it is
    // warned about, as it must be. Nothing else is.
    let others: Vec<&Diagnostic> = report
        .diagnostics
        .iter()
        .filter(|d| d.kind != "example" && !(d.kind == "old-table" && d.file.ends_with("tables/css.toml")))
        .collect();
    assert!(others.is_empty(), "{others:#?}");
    let examples = src.services.iter().filter(|s| s.example).count();
    assert!(examples > 0);
    assert_eq!(report.warnings(), examples + 1);
}

fn check_in(dir: &Path, lang: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_borne"))
        .args(["content", "check"])
        .arg(dir)
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .output()
        .expect("run borne");
    assert_eq!(out.status.code(), Some(1), "a broken pack fails");
    String::from_utf8_lossy(&out.stdout).to_string()
}

#[test]
fn the_command_speaks_the_systems_language() {
    let dir = copy_fixture("mini");
    edit(
        dir.path(),
        "nodes/home.toml",
        "\"rent\", \"care\"",
        "\"rent\", \"nowhere\"",
    );
    edit(
        dir.path(),
        "services.toml",
        "pictogram = \"svc-caf\"\nexample",
        "example",
    );
    let fr = check_in(dir.path(), "fr_FR.UTF-8");
    // `file:line: severity:` stays one shape in both languages, for editors and tools.
    assert!(
        fr.contains("nodes/home.toml:5: erreur: le choix « nowhere » n'est pas un nœud de ce paquet"),
        "{fr}"
    );
    assert!(
        fr.contains("le service « desk » (ligne 11)") && fr.contains("obligatoire"),
        "{fr}"
    );
    let en = check_in(dir.path(), "en_US.UTF-8");
    assert!(
        en.contains("nodes/home.toml:5: error: choice \"nowhere\" is not a node of this pack"),
        "{en}"
    );
    assert!(
        en.contains("service \"desk\" (line 11) has no `pictogram`, which is required"),
        "{en}"
    );
    assert!(
        !en.contains("erreur") && !fr.contains(": error:"),
        "one language at a time"
    );
}
