//! Content packs end to end: every checker error kind has a failing fixture, the
//! command line reports and exits as documented, and compiling round-trips.

mod util;

use std::process::Command;

use borne::content::{self, check_dir, Severity};
use util::{append, copy_fixture, edit};

/// Checks a mutated copy of the mini pack and returns the diagnostics of `kind`.
fn diagnostics_of(kind: &str, mutate: impl FnOnce(&std::path::Path)) -> Vec<content::Diagnostic> {
    let dir = copy_fixture("mini");
    mutate(dir.path());
    let (_, report) = check_dir(dir.path());
    let found: Vec<_> = report.diagnostics.iter().filter(|d| d.kind == kind).cloned().collect();
    assert!(
        !found.is_empty(),
        "expected a {kind} diagnostic, got: {:#?}",
        report.diagnostics
    );
    found
}

fn assert_error_at(kind: &str, file: &str, line: usize, mutate: impl FnOnce(&std::path::Path)) {
    let found = diagnostics_of(kind, mutate);
    assert!(
        found
            .iter()
            .any(|d| d.severity == Severity::Error && d.file.to_string_lossy() == file && d.line == line),
        "expected {kind} error at {file}:{line}, got {found:#?}"
    );
}

#[test]
fn mini_pack_is_clean() {
    let (_, report) = check_dir(&util::fixture("mini"));
    assert_eq!(report.errors(), 0, "{:#?}", report.diagnostics);
    assert!(
        report.has_kind("missing-translation"),
        "English is incomplete and must warn"
    );
}

#[test]
fn unknown_node() {
    assert_error_at("unknown-node", "nodes/home.toml", 5, |d| {
        edit(d, "nodes/home.toml", "\"rent\", \"care\"", "\"rent\", \"nowhere\"")
    });
}

#[test]
fn unknown_document_service_and_pictogram() {
    assert_error_at("unknown-document", "nodes/home.toml", 11, |d| {
        edit(
            d,
            "nodes/home.toml",
            "documents = [\"id\"]",
            "documents = [\"passport\"]",
        )
    });
    assert_error_at("unknown-service", "nodes/home.toml", 12, |d| {
        edit(
            d,
            "nodes/home.toml",
            "services = [\"caf\", \"desk\"]",
            "services = [\"caf\", \"bank\"]",
        )
    });
    assert_error_at("unknown-pictogram", "nodes/home.toml", 10, |d| {
        edit(
            d,
            "nodes/home.toml",
            "pictogram = \"rent-help\"",
            "pictogram = \"nope\"",
        )
    });
}

#[test]
fn unreachable_node() {
    assert_error_at("unreachable", "nodes/home.toml", 32, |d| {
        append(d, "nodes/home.toml", "\n[[node]]\nid = \"lost\"\nkind = \"result\"\npictogram = \"doctor\"\nsource = \"https://a.example\"\nreviewed = \"2026-01-01\"\n");
        append(
            d,
            "locales/fr.ftl",
            "node-lost = Perdu\n    .text = Personne ne vient ici.\n",
        );
    });
}

#[test]
fn cycle() {
    let found = diagnostics_of("cycle", |d| {
        edit(
            d,
            "nodes/home.toml",
            "choices = [\"doctor\", \"rent\"]",
            "choices = [\"doctor\", \"home\"]",
        )
    });
    assert_eq!(found[0].file.to_string_lossy(), "nodes/home.toml");
    assert_eq!(found[0].line, 20);
}

#[test]
fn duplicate_ids() {
    assert_error_at("duplicate-id", "nodes/home.toml", 32, |d| {
        append(d, "nodes/home.toml", "\n[[node]]\nid = \"rent\"\nkind = \"result\"\npictogram = \"doctor\"\nsource = \"https://a.example\"\nreviewed = \"2026-01-01\"\n");
    });
    assert_error_at("duplicate-id", "services.toml", 25, |d| {
        append(
            d,
            "services.toml",
            "\n[[service]]\nid = \"caf\"\nnom = \"Again\"\ntelephone = \"3230\"\npictogram = \"svc-caf\"\n",
        );
    });
}

#[test]
fn missing_strings_in_default_language_are_errors() {
    assert_error_at("missing-string", "nodes/home.toml", 23, |d| {
        edit(
            d,
            "locales/fr.ftl",
            "node-doctor = Voir un médecin\n    .text = Un médecin peut vous soigner.\n",
            "",
        )
    });
}

#[test]
fn missing_translation_is_only_a_warning() {
    let found = diagnostics_of("missing-translation", |_| {});
    assert!(found.iter().all(|d| d.severity == Severity::Warning));
}

#[test]
fn undecodable_pictogram() {
    assert_error_at("bad-pictogram", "pictograms/doctor.svg", 0, |d| {
        std::fs::write(d.join("pictograms/doctor.svg"), "<svg broken").expect("write")
    });
    assert_error_at("bad-pictogram", "pictograms/doctor.svg", 0, |d| {
        std::fs::write(d.join("pictograms/doctor.svg"), [0xff, 0xd8, 0x00, 0x10]).expect("write")
    });
}

#[test]
fn invalid_opening_hours() {
    assert_error_at("invalid-hours", "services.toml", 6, |d| {
        edit(d, "services.toml", "Mo-Fr 09:00-16:30; PH off", "lundi 9h-16h")
    });
}

#[test]
fn invalid_phone_numbers() {
    assert_error_at("invalid-phone", "services.toml", 4, |d| {
        edit(d, "services.toml", "telephone = \"3230\"", "telephone = \"03 23 00\"")
    });
    assert_error_at("invalid-phone", "services.toml", 17, |d| {
        edit(d, "services.toml", "+33199000001", "+3319")
    });
}

#[test]
fn fluent_syntax_error() {
    assert_error_at("fluent-syntax", "locales/fr.ftl", 14, |d| {
        append(d, "locales/fr.ftl", "= broken line\n")
    });
}

#[test]
fn toml_syntax_error() {
    assert_error_at("toml-syntax", "services.toml", 3, |d| {
        edit(d, "services.toml", "nom = \"CAF\"", "nom = \"CAF")
    });
}

#[test]
fn question_needs_two_to_six_choices() {
    assert_error_at("choice-count", "nodes/home.toml", 17, |d| {
        edit(
            d,
            "nodes/home.toml",
            "choices = [\"doctor\", \"rent\"]",
            "choices = [\"doctor\"]",
        )
    });
}

#[test]
fn result_needs_source_and_review_date() {
    assert_error_at("missing-source", "nodes/home.toml", 23, |d| {
        edit(d, "nodes/home.toml", "source = \"https://www.ameli.fr/\"\n", "")
    });
    assert_error_at("invalid-date", "nodes/home.toml", 28, |d| {
        edit(
            d,
            "nodes/home.toml",
            "reviewed = \"2026-11-01\"\ndiscreet",
            "reviewed = \"1 nov\"\ndiscreet",
        )
    });
}

#[test]
fn invalid_ids_and_thematiques() {
    assert_error_at("invalid-id", "nodes/home.toml", 23, |d| {
        edit(d, "nodes/home.toml", "id = \"doctor\"", "id = \"Doctor_1\"");
    });
    assert_error_at("unknown-thematique", "services.toml", 7, |d| {
        edit(d, "services.toml", "\"logement-hebergement\"", "\"cuisine\"")
    });
}

#[test]
fn every_problem_is_reported_at_once() {
    let dir = copy_fixture("mini");
    edit(dir.path(), "services.toml", "Mo-Fr 09:00-16:30; PH off", "bad hours");
    edit(dir.path(), "services.toml", "+33199000001", "+3319");
    edit(
        dir.path(),
        "nodes/home.toml",
        "pictogram = \"rent-help\"",
        "pictogram = \"nope\"",
    );
    append(dir.path(), "locales/fr.ftl", "= broken\n");
    let (_, report) = check_dir(dir.path());
    for kind in ["invalid-hours", "invalid-phone", "unknown-pictogram", "fluent-syntax"] {
        assert!(report.has_kind(kind), "{kind} missing from {:#?}", report.diagnostics);
    }
}

#[test]
fn cli_check_exit_codes_and_format() {
    let bin = env!("CARGO_BIN_EXE_borne");
    let ok = Command::new(bin)
        .args(["content", "check"])
        .arg(util::fixture("mini"))
        .output()
        .expect("run");
    assert!(ok.status.success());
    let dir = copy_fixture("mini");
    edit(dir.path(), "services.toml", "Mo-Fr 09:00-16:30; PH off", "bad hours");
    let bad = Command::new(bin)
        .args(["content", "check"])
        .arg(dir.path())
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "en_US.UTF-8")
        .output()
        .expect("run");
    assert_eq!(bad.status.code(), Some(1));
    let out = String::from_utf8_lossy(&bad.stdout);
    assert!(
        out.contains("services.toml:6: error: opening hours \"bad hours\""),
        "{out}"
    );
}

#[test]
fn cli_list() {
    let out = Command::new(env!("CARGO_BIN_EXE_borne"))
        .args(["content", "list"])
        .arg(util::fixture("mini"))
        .output()
        .expect("run");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        text.lines().collect::<Vec<_>>(),
        vec![
            "home\tquestion\tAccueil",
            "rent\tresult\tPayer le loyer",
            "care\tquestion\tSanté",
            "doctor\tresult\tVoir un médecin"
        ]
    );
}

#[test]
fn compile_round_trip() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("mini.sqlite");
    let (_, built) = content::build_dir(&util::fixture("mini"), &out).expect("build");
    let opened = content::open_pack(&out).expect("open");
    assert_eq!(opened.file.as_deref(), Some(out.as_path()));
    let mut same = opened.clone();
    same.file = None;
    // Built, the photos are in the source folder; opened, in the file.
    assert_eq!(same.offer_photos, content::OfferPhotos::Stored);
    same.offer_photos = built.offer_photos.clone();
    assert!(built == same, "the compiled file reads back as built");
    assert_eq!(opened.id, "org.example.mini");
    assert_eq!(opened.languages[0].code, "fr", "the default language comes first");
    assert_eq!(
        opened.node("care").map(|n| n.choices.clone()),
        Some(vec!["doctor".to_string(), "rent".to_string()])
    );
    assert!(opened.node("doctor").is_some_and(|n| n.discreet));
    let t = opened.text("en", "node-care").expect("fallback");
    assert!(t.fell_back && t.value == "Santé");
    assert_eq!(
        opened.text("en", "node-rent").map(|t| t.value),
        Some("Paying the rent".into())
    );
    assert!(opened
        .pictogram("doctor")
        .is_some_and(|p| p.starts_with(b"<svg") || p.starts_with(b"<?xml")));
    assert_eq!(opened.content_hash.len(), 64);
}

#[test]
fn a_pack_with_errors_is_never_built() {
    let dir = copy_fixture("mini");
    edit(
        dir.path(),
        "nodes/home.toml",
        "\"rent\", \"care\"",
        "\"rent\", \"nowhere\"",
    );
    let out = dir.path().join("out.sqlite");
    assert!(matches!(
        content::build_dir(dir.path(), &out),
        Err(content::compile::BuildError::Invalid(_))
    ));
    assert!(!out.exists());
}

#[test]
fn corrupt_or_foreign_files_do_not_open() {
    let dir = tempfile::tempdir().expect("tmp");
    let junk = dir.path().join("junk.sqlite");
    std::fs::write(&junk, b"this is not sqlite at all, just text").expect("write");
    assert!(content::open_pack(&junk).is_err());
    assert!(matches!(
        content::open_pack(&dir.path().join("none.sqlite")),
        Err(content::StoreError::Missing(_))
    ));
    // A database from a newer schema is refused, not misread.
    let out = dir.path().join("new.sqlite");
    content::build_dir(&util::fixture("mini"), &out).expect("build");
    let conn = rusqlite::Connection::open(&out).expect("open");
    conn.pragma_update(None, "user_version", 99).expect("pragma");
    drop(conn);
    assert!(matches!(
        content::open_pack(&out),
        Err(content::StoreError::TooNew { .. })
    ));
    // An empty SQLite file has no schema.
    let empty = dir.path().join("empty.sqlite");
    rusqlite::Connection::open(&empty)
        .expect("create")
        .execute_batch("CREATE TABLE x(a);")
        .expect("table");
    assert!(content::open_pack(&empty).is_err());
}

#[test]
fn default_pack_is_complete_and_real() {
    let (src, report) = check_dir(&util::default_pack_dir());
    let errors: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let pack = content::compile::to_model(&src);
    let results = pack
        .nodes
        .iter()
        .filter(|n| n.kind == content::NodeKind::Result)
        .count();
    assert!(results >= 40, "only {results} results");
    let home = pack.root_node().expect("root");
    assert_eq!(
        home.choices,
        [
            "housing",
            "health",
            "money",
            "work",
            "family",
            "papers",
            "justice",
            "food",
            "emergency"
        ]
    );
    assert!(pack.node("emergency").is_some_and(|n| n.emergency));
    // Every topic leads to at least three results.
    for topic in &home.choices {
        let mut stack = vec![topic.clone()];
        let mut found = std::collections::HashSet::new();
        while let Some(id) = stack.pop() {
            let n = pack.node(&id).expect("node");
            if n.kind == content::NodeKind::Result {
                found.insert(id.clone());
            }
            stack.extend(n.choices.iter().cloned());
        }
        assert!(found.len() >= 3, "{topic} has {} results", found.len());
    }
    // Local services (their ids name Exempleville) are marked as example data;
    // national ones are not.
    for s in &pack.services {
        assert_eq!(s.example, s.id.contains("exempleville"), "{}", s.id);
    }
}

#[test]
fn translations_keep_their_variables() {
    // The mini pack has no variables: give French one and let English drop it or invent one.
    let found = diagnostics_of("dropped-variable", |d| {
        edit(d, "locales/fr.ftl", "pack-title = Mini", "pack-title = Mini { $town }");
    });
    assert_eq!(found[0].file.to_string_lossy(), "locales/en.ftl");
    assert_eq!(found[0].line, 1);
    let found = diagnostics_of("invented-variable", |d| {
        edit(d, "locales/en.ftl", "pack-title = Mini", "pack-title = Mini { $town }");
    });
    assert_eq!(found[0].line, 1);
}

#[test]
fn coverage_counts_ui_and_content() {
    let (src, _) = check_dir(&util::fixture("mini"));
    let rows = content::coverage::coverage(&src);
    let fr = rows.iter().find(|r| r.code == "fr").expect("fr");
    assert_eq!(
        (fr.ui_percent, fr.content_percent, fr.status.as_str()),
        (100.0, 100.0, "reviewed (CCAS, 2026-11-01)")
    );
    let en = rows.iter().find(|r| r.code == "en").expect("en");
    assert_eq!(en.status, "draft");
    assert_eq!(en.missing.len(), 8);
    assert!(en.content_percent < 60.0);
    let out = Command::new(env!("CARGO_BIN_EXE_borne"))
        .args(["content", "coverage", "--fail-under", "90"])
        .arg(util::fixture("mini"))
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1), "English is under 90 %");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.lines().any(|l| l.starts_with("en ") && l.contains("draft")),
        "{text}"
    );
}

#[test]
fn default_pack_languages() {
    let (src, _) = check_dir(&util::default_pack_dir());
    let rows = content::coverage::coverage(&src);
    assert_eq!(rows.len(), 16, "the 16 languages, no more");
    for row in &rows {
        assert_eq!(row.ui_percent, 100.0, "{} chrome is incomplete", row.code);
        assert_ne!(row.status, "-", "{} is not offered by the default pack", row.code);
    }
    // Complete in these eight.
    for code in ["fr", "fr-x-falc", "en", "ar", "uk", "es", "prs", "ps"] {
        let row = rows.iter().find(|r| r.code == code).expect("row");
        assert!(row.content_percent >= 95.0, "{code}: {:.1} %", row.content_percent);
    }
    // Home tiles and the Help screen are translated in all sixteen.
    let pack = content::compile::to_model(&src);
    let home = pack.root_node().expect("root");
    let mut keys = vec!["pack-help".to_string(), "node-home".into(), "node-home.question".into()];
    keys.extend(home.choices.iter().map(|c| format!("node-{c}")));
    keys.extend(pack.help_services.iter().map(|s| format!("svc-{s}")));
    for lang in borne::i18n::LANGUAGES {
        for key in &keys {
            let t = pack.text(lang.code, key).expect("text");
            assert!(!t.fell_back, "{}: {key} falls back to {}", lang.code, t.lang);
        }
    }
}

#[test]
fn a_damaged_installed_pack_falls_back_to_the_built_in_one() {
    let data = tempfile::tempdir().expect("tmp");
    let installed = borne::update::store::pack_path(data.path(), "mini.sqlite");
    std::fs::create_dir_all(installed.parent().expect("parent")).expect("mkdir");
    std::fs::write(&installed, b"").expect("placeholder");
    borne::update::store::switch_to(data.path(), "mini.sqlite").expect("switch");
    assert_eq!(
        borne::default_pack::installed_path(data.path()),
        Some(installed.clone())
    );
    // A valid pack with one row removed: its references now dangle.
    content::build_dir(&util::fixture("mini"), &installed).expect("build");
    let conn = rusqlite::Connection::open(&installed).expect("open");
    conn.execute("DELETE FROM node WHERE id = 'doctor'", [])
        .expect("delete");
    drop(conn);
    assert!(matches!(
        content::open_pack(&installed),
        Err(content::StoreError::Incomplete { .. })
    ));
    let pack = borne::default_pack::load_active(data.path()).expect("fallback");
    assert_eq!(pack.id, "fr.borne.default");
    // Plain junk too.
    std::fs::write(&installed, b"not a database").expect("write");
    assert_eq!(
        borne::default_pack::load_active(data.path()).expect("fallback").id,
        "fr.borne.default"
    );
    // And a good installed pack is used.
    content::build_dir(&util::fixture("mini"), &installed).expect("build");
    assert_eq!(
        borne::default_pack::load_active(data.path()).expect("installed").id,
        "org.example.mini"
    );
}

/// Regression: `--all` was accepted but ignored, and tried to write the folder as a PNG.
#[test]
fn screenshot_all_writes_every_screen() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = Command::new(env!("CARGO_BIN_EXE_borne"))
        .args(["screenshot", "--all", "--lang", "en", "--content"])
        .arg(util::fixture("mini"))
        .arg("--out")
        .arg(dir.path())
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "attract.png",
            "care.png",
            "doctor.png",
            "emergency.png",
            "help.png",
            "home.png",
            "idle-warning.png",
            "language.png",
            "rent.png"
        ]
    );
}

/// A PNG of `w`×`h` black pixels, as a `data:` URL.
fn png_data_url(w: u32, h: u32) -> String {
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageLuma8(image::GrayImage::new(w, h))
        .write_to(&mut out, image::ImageFormat::Png)
        .expect("png");
    format!("data:image/png;base64,{}", data_encoding::BASE64.encode(out.get_ref()))
}

/// `housing.svg` with `element` on line 3.
fn housing_with(dir: &std::path::Path, element: &str) {
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 48 48\" width=\"48\" height=\"48\">\n\
         <path id=\"g\" d=\"M10 20V41H38V20L24 8Z\"/>\n{element}\n</svg>\n"
    );
    std::fs::write(dir.join("pictograms/housing.svg"), svg).expect("write");
}

/// Finding 14: a pictogram may refer only to its own `#ids` and embed small PNG images
/// as `data:` URLs; any other reference (a file, a URL, a style sheet, a font) is an
/// error at its file and line, so no bundle can carry one.
#[test]
fn svg_pictograms_that_refer_outside_themselves_are_refused_with_file_and_line() {
    let other = util::fixture("mini").join("pictograms/doctor.svg");
    let nested_svg = format!(
        "data:image/svg+xml;base64,{}",
        data_encoding::BASE64.encode(b"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"/>")
    );
    let cases = [
        (
            "external-reference",
            format!("<image href=\"{}\" width=\"48\" height=\"48\"/>", other.display()),
        ),
        (
            "external-reference",
            "<image xlink:href=\"doctor.svg\" width=\"48\" height=\"48\"/>".into(),
        ),
        (
            "external-reference",
            "<image href=\" https://example.org/x.png\" width=\"9\" height=\"9\"/>".into(),
        ),
        (
            "external-reference",
            "<filter id=\"f\"><feImage href=\"file:///etc/hostname\"/></filter>".into(),
        ),
        (
            "external-reference",
            "<rect width=\"9\" height=\"9\" style=\"fill: URL( 'other.svg#g' )\"/>".into(),
        ),
        (
            "external-reference",
            "<rect width=\"9\" height=\"9\" fill=\"url(other.svg#g)\"/>".into(),
        ),
        ("external-reference", "<style>@import \"other.css\";</style>".into()),
        (
            "external-reference",
            "<style>@font-face { font-family: F; src: url(/usr/share/fonts/x.ttf) }</style>".into(),
        ),
        ("external-reference", "<use href=\"other.svg#g\"/>".into()),
        (
            "embedded-image",
            format!("<image href=\"{nested_svg}\" width=\"9\" height=\"9\"/>"),
        ),
        (
            "embedded-image",
            "<image href=\"data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==\" width=\"9\" height=\"9\"/>".into(),
        ),
        (
            "embedded-image",
            format!(
                "<image href=\"{}\" width=\"9\" height=\"9\"/>",
                png_data_url(2000, 2000)
            ),
        ),
    ];
    for (kind, element) in cases {
        let found = diagnostics_of(kind, |d| housing_with(d, &element));
        assert!(
            found.iter().any(|d| d.severity == Severity::Error
                && d.file.to_string_lossy() == "pictograms/housing.svg"
                && d.line == 3),
            "{element}: {found:#?}"
        );
    }
    // A compressed SVG (svgz) is refused before anything decompresses it.
    diagnostics_of("bad-pictogram", |d| {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut gz, &std::fs::read(&other).expect("read")).expect("gz");
        std::fs::write(d.join("pictograms/housing.svg"), gz.finish().expect("gz")).expect("write");
    });

    // References inside the file, and a small PNG embedded as data, are fine.
    let dir = copy_fixture("mini");
    housing_with(
        dir.path(),
        &format!(
            "<use href=\"#g\" fill=\"url(#p)\"/><image href=\"{}\" width=\"9\" height=\"9\"/>",
            png_data_url(16, 16)
        ),
    );
    let (_, report) = check_dir(dir.path());
    assert_eq!(report.errors(), 0, "{:#?}", report.diagnostics);
}

/// Finding 14, at compile time: a pack holding such a pictogram is never compiled,
/// even when it did not go through the checker.
#[test]
fn a_pictogram_that_refers_outside_itself_is_never_compiled() {
    let (src, _) = check_dir(&util::fixture("mini"));
    let mut pack = content::compile::to_model(&src);
    pack.pictograms.insert(
        "housing".into(),
        std::sync::Arc::from(
            &b"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"48\" height=\"48\"><image href=\"/etc/hostname\" width=\"9\" height=\"9\"/></svg>"[..],
        ),
    );
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("pack.sqlite");
    assert!(content::compile_pack(&pack, &out).is_err());
    assert!(!out.exists());
}

/// The default pack's table `name`, copied with `from` replaced by `to`, checked on
/// `today`: the diagnostics of its table file.
fn table_diagnostics(name: &str, from: &str, to: &str, today: (i32, u32, u32)) -> Vec<content::Diagnostic> {
    let dir = tempfile::tempdir().expect("tmp");
    util::copy_dir(&util::default_pack_dir(), dir.path());
    let file = format!("tables/{name}.toml");
    edit(dir.path(), &file, from, to);
    let today = chrono::NaiveDate::from_ymd_opt(today.0, today.1, today.2).expect("date");
    let (_, report) = content::check_dir_at(dir.path(), today);
    report
        .diagnostics
        .into_iter()
        .filter(|d| d.file.to_string_lossy() == file)
        .collect()
}

#[test]
fn a_table_without_source_or_year_is_refused_and_a_past_year_is_warned_once() {
    let day = (2026, 11, 30);
    let found = table_diagnostics("social-housing", "\nsource = ", "\n# source = ", day);
    assert!(
        found
            .iter()
            .any(|d| d.kind == "missing-source" && d.severity == Severity::Error),
        "{found:#?}"
    );
    let found = table_diagnostics("social-housing", "\nyear = 2026", "\n# year = 2026", day);
    assert!(
        found
            .iter()
            .any(|d| d.kind == "missing-year" && d.severity == Severity::Error),
        "{found:#?}"
    );
    // The year is current: nothing to say. The next January, one warning naming the
    // table and its year.
    assert!(table_diagnostics("social-housing", "zone", "zone", day).is_empty());
    let found = table_diagnostics("social-housing", "zone", "zone", (2027, 1, 4));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!((found[0].kind, found[0].severity), ("old-table", Severity::Warning));
    let said = found[0].to_string();
    assert!(said.contains("social-housing") && said.contains("2026"), "{said}");
}

#[test]
fn a_table_s_amounts_routes_and_node_are_checked() {
    let day = (2026, 11, 30);
    let kinds = |from: &str, to: &str| -> Vec<&'static str> {
        table_diagnostics("social-housing", from, to, day)
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| d.kind)
            .collect()
    };
    // Two amounts for three columns; a ceiling lower than the previous column's.
    assert_eq!(
        kinds("\"1\" = [12870, 23403, 30424]", "\"1\" = [12870, 23403]"),
        ["table-amounts"]
    );
    assert_eq!(
        kinds("\"1\" = [12870, 23403, 30424]", "\"1\" = [12870, 3403, 30424]"),
        ["table-amounts"]
    );
    // A column that leads nowhere, and a route to a node that does not exist.
    assert_eq!(kinds("pls = \"housing-eligible-pls\"\n", ""), ["missing-route"]);
    assert!(kinds("above = \"housing-not-eligible\"", "above = \"nowhere\"").contains(&"unknown-node"));
    // Without extra, the rows after the written ones have no amounts.
    assert_eq!(kinds("extra = [3689, 6710, 8723]\n", ""), ["table-amounts"]);
    // The node offers exactly what its table leads to.
    let dir = tempfile::tempdir().expect("tmp");
    util::copy_dir(&util::default_pack_dir(), dir.path());
    edit(dir.path(), "nodes/housing.toml", ", \"housing-not-eligible\"]", "]");
    let (_, report) = check_dir(dir.path());
    assert!(report.has_kind("eligibility-choices"), "{:#?}", report.diagnostics);
}
