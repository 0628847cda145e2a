//! The operators' and technicians' commands speak French, or English when the system
//! language is English: one test per command group runs the built binary under both,
//! plus `content coverage`'s outputs and `content build -o`'s extensions, and every
//! `tr!` id of the source present in both message files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BORNE: &str = env!("CARGO_BIN_EXE_borne");

fn mini() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini")
}

/// `borne ARGS` under `lang` (`LANG`, nothing else deciding the language), in `dir`.
fn borne_in(lang: &str, dir: &Path, args: &[&str]) -> Output {
    Command::new(BORNE)
        .args(args)
        .current_dir(dir)
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("BORNE_CONFIG")
        .env("LANG", lang)
        .env("BORNE_KEY_PASSWORD", "a password for tests")
        .output()
        .expect("borne runs")
}

const FR: &str = "fr_FR.UTF-8";
const EN: &str = "en_US.UTF-8";

/// Standard output and error together.
fn text(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr)
}

fn says(o: &Output, words: &str) {
    let t = text(o);
    assert!(t.contains(words), "expected {words:?} in:\n{t}");
}

#[test]
fn content_commands_speak_the_system_language() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = mini();
    let dir = dir.to_str().expect("utf-8");
    let fr = borne_in(FR, tmp.path(), &["content", "check", dir]);
    assert!(fr.status.success(), "{}", text(&fr));
    says(&fr, "aucune erreur");
    let en = borne_in(EN, tmp.path(), &["content", "check", dir]);
    says(&en, "no errors");

    let fr = borne_in(FR, tmp.path(), &["content", "build", dir, "-o", "pack.sqlite"]);
    assert!(fr.status.success(), "{}", text(&fr));
    says(&fr, "compilé (4 écrans, 2 langues) dans pack.sqlite");
    let en = borne_in(EN, tmp.path(), &["content", "build", dir, "-o", "pack.sqlite"]);
    says(&en, "(4 screens, 2 languages) into pack.sqlite");

    let fr = borne_in(FR, tmp.path(), &["content", "rollback", "--data-dir", "data"]);
    assert_eq!(fr.status.code(), Some(1));
    says(&fr, "aucune version précédente n'est gardée");
    let en = borne_in(EN, tmp.path(), &["content", "rollback", "--data-dir", "data"]);
    says(&en, "no previous version is kept");

    let fr = borne_in(FR, tmp.path(), &["content", "--help"]);
    says(&fr, "Utilisation :");
    says(&fr, "Contrôler un contenu et écrire FICHIER.borne");
    let en = borne_in(EN, tmp.path(), &["content", "--help"]);
    says(&en, "Usage:");
    says(&en, "Check a pack and write FILE.borne");
    let fr = borne_in(FR, tmp.path(), &["--help"]);
    says(&fr, "Borne tactile");
    says(&fr, "Commandes\u{202f}:");
}

#[test]
fn build_chooses_the_form_from_the_extension_in_any_case_and_refuses_others() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = mini();
    let dir = dir.to_str().expect("utf-8");
    let up = borne_in(FR, tmp.path(), &["content", "build", dir, "-o", "V.BORNE"]);
    assert!(up.status.success(), "{}", text(&up));
    let bytes = std::fs::read(tmp.path().join("V.BORNE")).expect("written");
    assert_eq!(bytes[..2], [0x1f, 0x8b], "a bundle (gzip), not SQLite");
    says(&up, "borne content sign V.BORNE");

    for (lang, words) in [(FR, "doit finir par .borne"), (EN, "must end in .borne")] {
        let out = borne_in(lang, tmp.path(), &["content", "build", dir, "-o", "pack.borne.bak"]);
        assert_eq!(out.status.code(), Some(1));
        says(&out, words);
        says(&out, ".sqlite");
    }
    assert!(!tmp.path().join("pack.borne.bak").exists(), "nothing written");
    let sq = borne_in(EN, tmp.path(), &["content", "build", dir, "-o", "P.SQLite"]);
    assert!(sq.status.success(), "{}", text(&sq));
    let head = std::fs::read(tmp.path().join("P.SQLite")).expect("written");
    assert!(head.starts_with(b"SQLite format 3"), "compiled");
}

#[test]
fn coverage_shows_offered_languages_names_those_under_and_writes_csv_and_markdown() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = mini();
    let dir = dir.to_str().expect("utf-8");
    let args = [
        "content",
        "coverage",
        dir,
        "--fail-under",
        "95",
        "--csv",
        "cov.csv",
        "--markdown",
        "cov.md",
    ];
    let fr = borne_in(FR, tmp.path(), &args);
    assert_eq!(fr.status.code(), Some(1), "English is under 95 %");
    let stdout = String::from_utf8_lossy(&fr.stdout);
    assert_eq!(stdout.lines().count(), 3, "a header, fr and en only:\n{stdout}");
    let err = String::from_utf8_lossy(&fr.stderr);
    assert!(
        err.contains("en (English) : interface 100,0 %, contenu 38,5 % (seuil 95,0 %), 8 clés manquantes"),
        "{err}"
    );
    assert!(!err.contains("fr (Français)"), "French is complete: {err}");
    let en = borne_in(EN, tmp.path(), &args);
    says(
        &en,
        "en (English): UI 100.0%, content 38.5% (threshold 95.0%), 8 missing keys",
    );

    let csv = std::fs::read_to_string(tmp.path().join("cov.csv")).expect("csv");
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("code,name,offered,status,ui_percent,content_percent,voice,audio_recorded,audio_total,missing_count,missing")
    );
    let en_row = lines.find(|l| l.starts_with("en,")).expect("en row");
    assert!(
        en_row.contains(",38.5,") && en_row.contains(",8,pack-help "),
        "{en_row}"
    );
    let md = std::fs::read_to_string(tmp.path().join("cov.md")).expect("markdown");
    assert!(
        md.contains("| UNDER THRESHOLD | en (English) | 100.0% | 38.5% | draft | 8 |"),
        "{md}"
    );
    assert!(md.contains("Languages under 95.0%:"), "{md}");
    assert!(
        md.contains("<details><summary>en (English): 8 missing keys</summary>"),
        "{md}"
    );
    assert!(md.contains("- `svc-desk`"), "{md}");

    let all = borne_in(
        EN,
        tmp.path(),
        &["content", "coverage", dir, "--all", "--format", "csv"],
    );
    assert!(all.status.success(), "{}", text(&all));
    let rows = String::from_utf8_lossy(&all.stdout).lines().count();
    assert!(rows > 16, "every kiosk language with --all: {rows}");
}

/// A key pair made by `borne keys generate` in `dir/k`.
fn keys(dir: &Path) {
    let out = borne_in(EN, dir, &["keys", "generate", "--dir", "k"]);
    assert!(out.status.success(), "{}", text(&out));
}

#[test]
fn keys_commands_speak_the_system_language() {
    let tmp = tempfile::tempdir().expect("tmp");
    let fr = borne_in(FR, tmp.path(), &["keys", "generate", "--dir", "fr"]);
    assert!(fr.status.success(), "{}", text(&fr));
    says(&fr, "clé publique : fr/borne.pub");
    says(&fr, "jamais sur une borne");
    let en = borne_in(EN, tmp.path(), &["keys", "generate", "--dir", "en"]);
    says(&en, "public key: en/borne.pub");
    let again = borne_in(FR, tmp.path(), &["keys", "generate", "--dir", "fr"]);
    assert_eq!(again.status.code(), Some(1));
    says(&again, "il n'est jamais écrasé");

    std::fs::create_dir(tmp.path().join("stick")).expect("stick");
    let args = ["keys", "authorize-stick", "--key", "fr/borne.key", "--stick", "stick"];
    let fr = borne_in(FR, tmp.path(), &args);
    assert!(fr.status.success(), "{}", text(&fr));
    says(&fr, "écrit et signé");
    let en = borne_in(EN, tmp.path(), &args);
    says(&en, "written and signed");
}

#[test]
fn update_apply_reports_in_the_system_language() {
    let tmp = tempfile::tempdir().expect("tmp");
    keys(tmp.path());
    let dir = mini();
    let built = borne_in(
        EN,
        tmp.path(),
        &["content", "build", dir.to_str().expect("utf-8"), "-o", "v.borne"],
    );
    assert!(built.status.success(), "{}", text(&built));
    let apply = [
        "update",
        "apply",
        "v.borne",
        "--data-dir",
        "data",
        "--pubkey",
        "k/borne.pub",
    ];
    let fr = borne_in(FR, tmp.path(), &apply);
    assert_eq!(fr.status.code(), Some(1), "unsigned");
    says(&fr, "Refusé : il manque la signature (v.borne.minisig)");
    let en = borne_in(EN, tmp.path(), &apply);
    says(&en, "Refused: the signature is missing (v.borne.minisig)");

    let signed = borne_in(FR, tmp.path(), &["content", "sign", "v.borne", "--key", "k/borne.key"]);
    says(&signed, "signature écrite : v.borne.minisig");
    let en = borne_in(EN, tmp.path(), &apply);
    assert!(en.status.success(), "{}", text(&en));
    says(&en, "Installed: content org.example.mini version 1.2.0");

    let missing = [
        "update",
        "apply",
        "v.borne",
        "--data-dir",
        "data",
        "--pubkey",
        "nope.pub",
    ];
    says(
        &borne_in(FR, tmp.path(), &missing),
        "la clé publique nope.pub ne peut pas être lue",
    );
    says(
        &borne_in(EN, tmp.path(), &missing),
        "the public key nope.pub cannot be read",
    );
    says(
        &borne_in(FR, tmp.path(), &["update", "--help"]),
        "Installer un paquet de contenu",
    );
}

#[test]
fn stats_commands_speak_the_system_language() {
    let tmp = tempfile::tempdir().expect("tmp");
    let export = ["stats", "export", "--out", "x", "--data-dir", "data"];
    let fr = borne_in(FR, tmp.path(), &export);
    assert!(fr.status.success(), "{}", text(&fr));
    says(&fr, "0 visites, 0 lignes");
    says(&borne_in(EN, tmp.path(), &export), "0 visits, 0 rows");

    std::fs::create_dir(tmp.path().join("junk")).expect("junk");
    let merge = ["stats", "merge", "x", "junk", "--out", "m"];
    let fr = borne_in(FR, tmp.path(), &merge);
    assert!(fr.status.success(), "{}", text(&fr));
    says(&fr, "laissé de côté : junk : ce n'est pas un export de statistiques");
    says(&fr, "pris : x (borne, exporté le");
    let en = borne_in(EN, tmp.path(), &merge);
    says(&en, "skipped: junk: not a statistics export");
    let none = borne_in(FR, tmp.path(), &["stats", "merge", "junk", "--out", "m2"]);
    assert_eq!(none.status.code(), Some(1));
    says(&none, "rien n'a été fusionné dans m2");
}

#[test]
fn config_commands_speak_the_system_language() {
    let tmp = tempfile::tempdir().expect("tmp");
    let fr = borne_in(FR, tmp.path(), &["config", "get", "nope"]);
    assert_eq!(fr.status.code(), Some(2));
    says(&fr, "réglage inconnu : nope");
    says(
        &borne_in(EN, tmp.path(), &["config", "get", "nope"]),
        "unknown setting: nope",
    );
    says(
        &borne_in(FR, tmp.path(), &["config", "set-pin"]),
        "dites quel fichier de réglages reçoit le code",
    );
    says(
        &borne_in(EN, tmp.path(), &["config", "set-pin"]),
        "say which settings file gets the PIN",
    );
    std::fs::write(tmp.path().join("bad.toml"), "[display\n").expect("write");
    let bad = borne_in(FR, tmp.path(), &["--config", "bad.toml", "config", "show"]);
    assert_eq!(bad.status.code(), Some(1));
    says(&bad, "les réglages de bad.toml ne peuvent pas être lus");
    says(&borne_in(FR, tmp.path(), &["config", "--help"]), "Les réglages");
}

/// Every `tr!("id"...)` in src/ names a message of both locales/tools files.
#[test]
fn every_message_the_source_uses_is_in_both_files() {
    let fr = borne::tools_text::ids(borne::tools_text::ToolLang::Fr);
    let en = borne::tools_text::ids(borne::tools_text::ToolLang::En);
    let mut used = vec![];
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("tools_text.rs") {
                let source = std::fs::read_to_string(&path).expect("read");
                used.extend(tr_ids(&source).into_iter().map(|id| (path.clone(), id)));
            }
        }
    }
    assert!(used.len() > 50, "the scan finds the ids: {}", used.len());
    let missing: Vec<String> = used
        .iter()
        .filter(|(_, id)| !fr.contains(id) || !en.contains(id))
        .map(|(p, id)| format!("{}: {id}", p.display()))
        .collect();
    assert!(missing.is_empty(), "not in both locales/tools files: {missing:#?}");
}

/// The literal ids of `tr!(` calls (the id may be on the next line); `include_str!(`
/// and other macros ending in `tr` are not calls of it.
fn tr_ids(source: &str) -> Vec<String> {
    source
        .match_indices("tr!(")
        .filter(|(at, _)| {
            let before = source[..*at].chars().next_back();
            !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
        .filter_map(|(at, m)| {
            let rest = source[at + m.len()..].trim_start().strip_prefix('"')?;
            let id = &rest[..rest.find('"')?];
            Some(id.to_string())
        })
        .collect()
}
