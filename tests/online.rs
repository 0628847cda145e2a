//! Official online procedures ("Continue on your phone"): the checker's rule on a
//! real pack folder (https only, no tracking parameter, official hosts, the hosts a
//! pack declares), the compiled pack carrying them, and the screen drawn headless in
//! French and Arabic, portrait and landscape, its QR code read back by `zbarimg` as
//! exactly the pack's address.

mod util;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use borne::config::{Config, Orientation};
use borne::content::Report;
use borne::tools_text::ToolLang;
use borne::ui::headless::{Headless, Shot};

/// The mini pack with one procedure at `url` on its result `rent`, and `hosts`
/// declared official in `pack.toml`.
fn pack_with(url: &str, hosts: &[&str]) -> tempfile::TempDir {
    let dir = util::copy_fixture("mini");
    std::fs::write(
        dir.path().join("online.toml"),
        format!("[[procedure]]\nid = \"apply\"\nurl = \"{url}\"\npictogram = \"rent-help\"\n"),
    )
    .expect("online.toml");
    util::edit(
        dir.path(),
        "nodes/home.toml",
        "reviewed = \"2026-11-01\"\n\n[[node]]\nid = \"care\"",
        "reviewed = \"2026-11-01\"\nonline = [\"apply\"]\n\n[[node]]\nid = \"care\"",
    );
    util::append(
        dir.path(),
        "locales/fr.ftl",
        "online-apply = Demande d'aide\n    .asks = Le site demande votre bail.\n",
    );
    util::append(
        dir.path(),
        "locales/en.ftl",
        "online-apply = Aid application\n    .asks = The site asks for your lease.\n",
    );
    if !hosts.is_empty() {
        let list: Vec<String> = hosts.iter().map(|h| format!("\"{h}\"")).collect();
        util::append(
            dir.path(),
            "pack.toml",
            &format!("\n[online]\nofficial_hosts = [{}]\n", list.join(", ")),
        );
    }
    dir
}

fn check(dir: &Path) -> Report {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).expect("date");
    borne::content::check_dir_at(dir, today).1
}

/// The report's errors as (kind, French message).
fn errors(r: &Report) -> Vec<(&'static str, String)> {
    r.diagnostics
        .iter()
        .filter(|d| d.severity == borne::content::Severity::Error)
        .map(|d| (d.kind, d.message_in(ToolLang::Fr)))
        .collect()
}

#[test]
fn an_official_address_compiles_and_opens() {
    let url = "https://www.demande-logement-social.gouv.fr/";
    let dir = pack_with(url, &[]);
    let report = check(dir.path());
    assert_eq!(errors(&report), vec![], "{report:?}");
    let out = tempfile::tempdir().expect("tmp");
    let file = out.path().join("pack.sqlite");
    borne::content::build_dir(dir.path(), &file).expect("build");
    let pack = borne::content::open_pack(&file).expect("open");
    let procs = pack.procedures_of("rent");
    assert_eq!(procs.len(), 1);
    assert_eq!(procs[0].url, url, "the address exactly as written");
    assert_eq!(
        pack.text("en", "online-apply.asks").map(|t| t.value),
        Some("The site asks for your lease.".into())
    );
}

#[test]
fn http_tracking_and_unofficial_hosts_are_refused_by_name() {
    let http = check(pack_with("http://www.caf.fr/", &[]).path());
    let e = errors(&http);
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].0, "online-url");
    assert!(e[0].1.contains("https://"), "{}", e[0].1);

    let tracked = check(pack_with("https://www.caf.fr/aides?utm_source=borne&x=1", &[]).path());
    let e = errors(&tracked);
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].0, "online-tracking");
    assert!(e[0].1.contains("« utm_source »"), "{}", e[0].1);

    let xtor = check(pack_with("https://www.service-public.fr/?xtor=SEC-1", &[]).path());
    assert_eq!(errors(&xtor)[0].0, "online-tracking");

    let town = "https://www.mairie-exempleville.fr/demarches";
    let unofficial = check(pack_with(town, &[]).path());
    let e = errors(&unofficial);
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].0, "online-unofficial");
    assert!(e[0].1.contains("www.mairie-exempleville.fr"), "{}", e[0].1);
    // A look-alike of an official domain is not under it.
    let lookalike = check(pack_with("https://caf.fr.example.com/", &[]).path());
    assert_eq!(errors(&lookalike)[0].0, "online-unofficial");

    // The pack declares its town's site official: accepted, subdomains included.
    let declared = check(pack_with(town, &["mairie-exempleville.fr"]).path());
    assert_eq!(errors(&declared), vec![]);
    // A declared host must be a bare domain.
    let bad = check(pack_with(town, &["https://mairie-exempleville.fr/"]).path());
    let mut kinds: Vec<&str> = errors(&bad).iter().map(|e| e.0).collect();
    kinds.sort();
    assert_eq!(kinds, ["online-host", "online-unofficial"]);
}

#[test]
fn unknown_procedures_and_missing_texts_are_reported() {
    let dir = pack_with("https://www.visale.fr/", &[]);
    util::edit(
        dir.path(),
        "nodes/home.toml",
        "online = [\"apply\"]",
        "online = [\"aply\"]",
    );
    util::edit(
        dir.path(),
        "locales/fr.ftl",
        "    .asks = Le site demande votre bail.\n",
        "",
    );
    let r = check(dir.path());
    let kinds: Vec<&str> = errors(&r).iter().map(|e| e.0).collect();
    assert!(kinds.contains(&"unknown-procedure"), "{kinds:?}");
    assert!(kinds.contains(&"missing-string"), "{kinds:?}");
    assert!(
        r.diagnostics
            .iter()
            .any(|d| d.kind == "unused" && d.message_in(ToolLang::En).contains("“apply”")),
        "{r:?}"
    );
}

fn zbar(png: &Path) -> String {
    let out = std::process::Command::new("zbarimg")
        .args(["--quiet", "--raw"])
        .arg(png)
        .output()
        .expect("zbarimg (zbar-tools) is installed");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// "Continue on your phone" of every default-pack result that has a procedure, in
/// French and Arabic, portrait and landscape: zbarimg reads the pack's address.
#[test]
fn the_qr_code_on_screen_is_the_packs_address() {
    let headless = Headless::install().expect("platform");
    let pack = Arc::new(util::default_pack());
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("../screenshots");
    std::fs::create_dir_all(&out).expect("mkdir");
    let results: Vec<(String, String)> = pack
        .nodes
        .iter()
        .filter_map(|n| Some((n.id.clone(), pack.procedures_of(&n.id).first()?.url.clone())))
        .collect();
    assert!(results.len() >= 6, "{results:?}");
    for (i, (node, url)) in results.iter().enumerate() {
        // Every result in portrait French; two of them in every layout and language.
        let layouts: &[(&str, u32, u32)] = if i < 2 {
            &[
                ("fr", 1080, 1920),
                ("fr", 1920, 1080),
                ("ar", 1080, 1920),
                ("ar", 1920, 1080),
            ]
        } else {
            &[("fr", 1080, 1920)]
        };
        for &(lang, w, h) in layouts {
            let config = Config {
                orientation: if w > h {
                    Orientation::Landscape
                } else {
                    Orientation::Portrait
                },
                ..Config::default()
            };
            let shot = Shot {
                focus: None,
                panel: String::new(),
                answers: Vec::new(),
                offers: None,
                lang: lang.into(),
                node: Some(node.clone()),
                screen: Some("online"),
                text_scale: 1.0,
                wall: util::fixed_wall(),
                audio: false,
            };
            let img = headless.shoot(pack.clone(), &config, &shot, w, h).expect("render");
            let file = out.join(format!("{lang}-online-{node}-{w}x{h}.png"));
            img.save(&file).expect("save");
            assert_eq!(&zbar(&file), url, "{}", file.display());
        }
    }
}
