//! `borne content proof` on the default pack: the page holds every screen in every
//! language, marks exactly the texts `borne content coverage` reports missing, its
//! images exist and decode, and Chromium draws it.
//!
//! Drawing all 16 languages takes minutes in a debug build, so the test draws every
//! screen in French, Arabic (right to left) and Russian (partly translated), and checks
//! the texts and marks of all 16 languages with `--no-screens`, which builds the same
//! page without images.

mod util;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

/// One `<article class="entry ...">` of the page, read loosely.
#[derive(Debug)]
struct Entry {
    screen: String,
    lang: String,
    untranslated: usize,
    marked_class: bool,
    /// Each row of its text table: key, whether its cell says "not translated".
    rows: Vec<(String, bool)>,
    images: Vec<String>,
}

fn attr(chunk: &str, name: &str) -> String {
    let pat = format!("{name}=\"");
    chunk
        .find(&pat)
        .map(|i| &chunk[i + pat.len()..])
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default()
        .to_string()
}

fn entries(html: &str) -> Vec<Entry> {
    html.split("<article class=\"entry")
        .skip(1)
        .map(|chunk| {
            let chunk = chunk.split("</article>").next().unwrap_or_default();
            let rows = chunk
                .split("<tr><td class=\"key\">")
                .skip(1)
                .map(|r| {
                    let row = r.split("</tr>").next().unwrap_or_default();
                    let key = row.split("</td>").next().unwrap_or_default().to_string();
                    (key, row.contains("class=\"missing\""))
                })
                .collect();
            let images = chunk
                .split("<img src=\"")
                .skip(1)
                .map(|r| attr(&format!("src=\"{r}"), "src"))
                .collect();
            Entry {
                screen: attr(chunk, "data-screen"),
                lang: attr(chunk, "data-lang"),
                untranslated: attr(chunk, "data-untranslated").parse().expect("a count"),
                marked_class: chunk.starts_with(" untranslated\""),
                rows,
                images,
            }
        })
        .collect()
}

fn proof(out: &Path, more: &[&str]) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_borne"))
        .args(["content", "proof"])
        .arg(util::default_pack_dir())
        .arg("--out")
        .arg(out)
        .args(more)
        .output()
        .expect("borne runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    std::fs::read_to_string(out.join("index.html")).expect("index.html written")
}

#[test]
fn the_default_packs_proof_sheet() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (src, _) = borne::content::check_dir(&util::default_pack_dir());
    let coverage: BTreeMap<String, BTreeSet<String>> = borne::content::coverage::coverage(&src)
        .into_iter()
        .filter(|r| r.status != "-")
        .map(|r| (r.code, r.missing.into_iter().collect()))
        .collect();
    let pack = util::default_pack();
    let node_ids: Vec<String> = pack.nodes.iter().map(|n| format!("node-{}", n.id)).collect();
    let screens = node_ids.len() + 3;

    // All 16 languages, texts only: every screen × every language, marks as coverage says.
    let html = proof(&tmp.path().join("texts"), &["--no-screens"]);
    let all = entries(&html);
    assert_eq!(coverage.len(), 16);
    assert_eq!(all.len(), screens * coverage.len());
    let mut seen: BTreeSet<(String, String)> = BTreeSet::new();
    for e in &all {
        assert!(e.images.is_empty(), "--no-screens draws nothing");
        let missing = &coverage[&e.lang];
        let marked: Vec<&str> = e.rows.iter().filter(|(_, m)| *m).map(|(k, _)| k.as_str()).collect();
        for (key, is_marked) in &e.rows {
            assert_eq!(*is_marked, missing.contains(key), "{} {} {key}", e.screen, e.lang);
        }
        assert_eq!(e.untranslated, marked.len(), "{} {}", e.screen, e.lang);
        assert_eq!(e.marked_class, !marked.is_empty(), "{} {}", e.screen, e.lang);
        if let Some(id) = e.screen.strip_prefix("node-") {
            assert!(
                e.rows.iter().any(|(k, _)| *k == format!("node-{id}")),
                "{}: its title is in its table",
                e.screen
            );
        }
        seen.insert((e.screen.clone(), e.lang.clone()));
    }
    for id in &node_ids {
        for lang in coverage.keys() {
            assert!(seen.contains(&(id.clone(), lang.clone())), "{id} in {lang}");
        }
    }
    // Every node text coverage reports missing is marked on its node's screen.
    for (lang, missing) in &coverage {
        let marked: BTreeSet<&str> = all
            .iter()
            .filter(|e| e.lang == *lang)
            .flat_map(|e| e.rows.iter().filter(|(_, m)| *m).map(|(k, _)| k.as_str()))
            .collect();
        for key in missing.iter().filter(|k| k.starts_with("node-")) {
            assert!(
                marked.contains(key.as_str()),
                "{key} missing in {lang} but marked nowhere"
            );
        }
    }
    // A partial translation is marked (Russian: the home and Help screens only), a
    // complete one nowhere.
    assert!(all.iter().filter(|e| e.lang == "ru").any(|e| e.untranslated > 0));
    assert!(all.iter().filter(|e| e.lang == "uk").all(|e| e.untranslated == 0));
    for code in coverage.keys() {
        assert!(
            html.contains(&format!("<tr data-lang=\"{code}\">")),
            "{code} in the summary"
        );
    }
    assert!(
        html.contains("<td lang=\"ar\" dir=\"rtl\">"),
        "Arabic texts right to left"
    );

    // Every screen drawn in French, Arabic and Russian.
    let out = tmp.path().join("shots");
    let html = proof(&out, &["--lang", "ar,ru"]);
    let drawn = entries(&html);
    assert_eq!(drawn.len(), screens * 3);
    let images: BTreeSet<&String> = drawn.iter().flat_map(|e| &e.images).collect();
    assert_eq!(images.len(), screens * 3);
    for img in images {
        let decoded = image::open(out.join(img)).unwrap_or_else(|e| panic!("{img}: {e}"));
        assert_eq!((decoded.width(), decoded.height()), (540, 960), "{img}: half size");
    }
    chromium_draws(&out, tmp.path());
}

/// The page opened in headless Chromium (no network): a screenshot that is not blank.
fn chromium_draws(out: &Path, tmp: &Path) {
    let shot = tmp.join("shot.png");
    let o = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", tmp.join("chromium").display()))
        .arg(format!("--screenshot={}", shot.display()))
        .arg("--window-size=1280,2000")
        .arg(format!("file://{}", out.join("index.html").display()))
        .output()
        .expect("chromium runs (scripts/deps.sh test installs it)");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let img = image::open(&shot).expect("a screenshot").to_rgb8();
    assert_eq!(img.dimensions(), (1280, 2000));
    let colours: BTreeSet<[u8; 3]> = img.pixels().step_by(7).map(|p| p.0).collect();
    assert!(colours.len() > 50, "the page looks blank: {} colours", colours.len());
}

/// The proof sheet's screens come from one window reused shot after shot: each must be
/// what a window of its own draws, and a scaled stage leaves the next window unscaled.
#[test]
fn a_reused_stage_draws_what_a_fresh_window_draws() {
    use borne::ui::headless::{Headless, Shot, Stage};
    let headless = Headless::install().expect("platform");
    let pack = std::sync::Arc::new(util::default_pack());
    let config = borne::config::Config::default();
    let shot = |lang: &str, node: Option<&str>, screen: Option<&'static str>| Shot {
        lang: lang.into(),
        node: node.map(str::to_string),
        screen,
        text_scale: 1.0,
        wall: util::fixed_wall(),
        audio: false,
        focus: None,
        panel: String::new(),
        offers: None,
        answers: Vec::new(),
    };
    let shots = [
        shot("ar", Some("housing-apl"), None),
        shot("fr", None, Some("help")),
        shot("uk", Some("housing"), None),
        shot("ar", None, Some("ticket")),
        shot("ru", Some("housing-apl"), None),
        shot("fr", Some("home"), None),
    ];
    // One after another on one window, then each on a window of its own.
    let mut stage = Stage::new(&headless, pack.clone(), &config, 1080, 1920);
    let reused: Vec<image::RgbImage> = shots
        .iter()
        .map(|s| stage.shoot(s).expect("drawn on the stage"))
        .collect();
    for (s, img) in shots.iter().zip(&reused) {
        let fresh = headless
            .shoot(pack.clone(), &config, s, 1080, 1920)
            .expect("drawn alone");
        assert!(
            *img == fresh,
            "{} {:?} {:?} differs when the window is reused",
            s.lang,
            s.node,
            s.screen
        );
    }
    // Another window drawn in between: the stage notices and makes its own again.
    assert!(stage.shoot(&shots[2]).expect("after another window") == reused[2]);
    let mut half = Stage::new(&headless, pack.clone(), &config, 1080, 1920).with_scale(0.5);
    assert_eq!(half.shoot(&shots[0]).expect("half").dimensions(), (540, 960));
    let after = headless.shoot(pack, &config, &shots[0], 1080, 1920).expect("full");
    assert_eq!(after.dimensions(), (1080, 1920));
    let first = stage.shoot(&shots[0]).expect("again");
    assert!(after == first, "the scale went back to 1");
}
