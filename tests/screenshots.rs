//! Key screens rendered to PNG with the software renderer and no display, portrait and
//! landscape, in every language, as `borne screenshot` does. The images land in target/screenshots/ to be
//! looked at; the test checks they are drawn (not blank) and that the fixed parts sit
//! where they must: the navigation bar at the bottom, Emergency in red in its corner.

mod util;

use std::path::PathBuf;
use std::sync::Arc;

use borne::config::{Config, Orientation};
use borne::ui::headless::{Headless, Shot};

fn distinct_colours(img: &image::RgbImage) -> usize {
    let mut set = std::collections::HashSet::new();
    for p in img.pixels().step_by(31) {
        set.insert(p.0);
    }
    set.len()
}

#[test]
fn key_screens_render() {
    let headless = Headless::install().expect("platform");
    let pack = Arc::new(util::default_pack());
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("../screenshots");
    std::fs::create_dir_all(&out).expect("mkdir");
    let shots: [(&str, Option<&str>, Option<&'static str>); 8] = [
        ("attract", None, Some("attract")),
        ("language", None, Some("language")),
        ("home", None, Some("home")),
        ("question", Some("housing"), None),
        ("result", Some("housing-apl"), None),
        ("emergency", None, Some("emergency")),
        ("help", None, Some("help")),
        ("idle-warning", None, Some("idle-warning")),
    ];
    for lang in borne::i18n::LANGUAGES {
        for (w, h) in [(1080u32, 1920u32), (1920, 1080)] {
            for (name, node, screen) in shots {
                // Every screen in French; the key ones in every other language.
                if lang.code != "fr"
                    && !matches!(
                        name,
                        "home" | "question" | "result" | "emergency" | "language" | "ticket"
                    )
                {
                    continue;
                }
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
                    offers: None,
                    answers: Vec::new(),
                    lang: lang.code.into(),
                    node: node.map(str::to_string),
                    screen,
                    text_scale: 1.0,
                    wall: util::fixed_wall(),
                    // Audio mode lit in right-to-left languages (Pashto's no-voice notice).
                    audio: lang.rtl,
                };
                let img = headless.shoot(pack.clone(), &config, &shot, w, h).expect("render");
                assert_eq!(img.dimensions(), (w, h));
                assert!(distinct_colours(&img) > 30, "{name} {w}x{h} looks blank");
                // The Emergency button: red, in the bottom corner at the end of the reading
                // direction (right, or left for right-to-left languages).
                let x = if lang.rtl { 30 } else { w - 30 };
                let p = img.get_pixel(x, h - 100).0;
                if name != "idle-warning" {
                    assert!(
                        p[0] > 150 && p[1] < 80 && p[2] < 80,
                        "{name} {w}x{h}: emergency corner is {p:?}"
                    );
                }
                let file = out.join(format!("{}-{name}-{w}x{h}.png", lang.code));
                img.save(&file).expect("save");
                // An independent decoder reads the ticket's QR code back from the picture.
                if name == "ticket" {
                    let zbar = std::process::Command::new("zbarimg")
                        .args(["--quiet", "--raw"])
                        .arg(&file)
                        .output()
                        .expect("zbarimg (zbar-tools) is installed");
                    let read = String::from_utf8_lossy(&zbar.stdout).trim().to_string();
                    let payload = borne::handoff::Payload::decode(&read).expect("zbarimg read a ticket");
                    assert_eq!(
                        payload.path_in(&pack).expect("same pack"),
                        ["home", "housing", "housing-apl"]
                    );
                    assert_eq!(payload.language_code(), Some(lang.code));
                }
            }
        }
    }
}

/// The keypad's focus ring is drawn on the focused control, on the reading side, in
/// left-to-right and right-to-left, in both themes: its bright band's pixels fill the
/// second tile's corner (right of the first in French, left of it in Arabic), and a
/// screen without focus has none.
#[test]
fn the_focus_ring_shows_on_the_focused_control() {
    let headless = Headless::install().expect("platform");
    let pack = Arc::new(util::default_pack());
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("../screenshots");
    std::fs::create_dir_all(&out).expect("mkdir");
    for (lang, high_contrast, bright) in [("fr", false, [0xff, 0xd4, 0x00]), ("ar", true, [0x00, 0xe5, 0xff])] {
        let config = Config {
            high_contrast,
            ..Config::default()
        };
        let shot = |focus: Option<&str>| Shot {
            focus: focus.map(str::to_string),
            panel: String::new(),
            answers: Vec::new(),
            offers: None,
            lang: lang.into(),
            node: Some("housing".into()),
            screen: None,
            text_scale: 1.0,
            wall: util::fixed_wall(),
            audio: false,
        };
        let count = |img: &image::RgbImage, left: bool| {
            img.enumerate_pixels()
                .filter(|(x, _, p)| (*x < 540) == left && p.0 == bright)
                .count()
        };
        let plain = headless
            .shoot(pack.clone(), &config, &shot(None), 1080, 1920)
            .expect("render");
        assert_eq!(
            count(&plain, true) + count(&plain, false),
            0,
            "{lang}: no ring without focus"
        );
        let img = headless
            .shoot(pack.clone(), &config, &shot(Some("choice-1")), 1080, 1920)
            .expect("render");
        img.save(out.join(format!("{lang}-focus-1080x1920.png"))).expect("save");
        // The second tile sits right of the first in French, left in Arabic.
        let (on, off) = (count(&img, lang == "ar"), count(&img, lang != "ar"));
        assert!(
            on > 5000 && off == 0,
            "{lang}: ring pixels {on} on the tile's side, {off} elsewhere"
        );
    }
}
