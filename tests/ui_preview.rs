//! `borne preview` on a copy of a pack folder (testing backend, real watcher and
//! files): a save shows the new text at the same place, a broken file hides the kiosk
//! behind the problems panel with `file:line`, the fix (saved by rename, as many editors
//! do) brings the same screen back, and the panel switches language and orientation.

mod util;

use std::time::{Duration, Instant};

use slint::{ComponentHandle, Model};

use borne::session::Screen;
use borne::ui::preview::Preview;
use borne::ui::{AppState, Theme};

const MAX: Duration = Duration::from_secs(10);

#[test]
fn the_preview_follows_every_save_at_the_same_place() {
    i_slint_backend_testing::init_integration_test_with_mock_time();
    let dir = util::copy_fixture("mini");
    let preview = Preview::start(dir.path(), &borne::config::Config::default()).expect("preview starts");
    let panel = preview.borrow().panel.clone_strong();
    let title = || {
        let p = preview.borrow();
        let k = p.kiosk.as_ref();
        k.map(|k| k.window.global::<AppState>().get_title().to_string())
            .unwrap_or_default()
    };
    let screen = || {
        let p = preview.borrow();
        p.kiosk.as_ref().map(|k| k.ctrl.borrow().session().screen())
    };
    let kiosk_visible = || {
        let p = preview.borrow();
        p.kiosk.as_ref().is_some_and(|k| k.window.window().is_visible())
    };
    assert!(
        util::pump_until(|| title() == "Accueil", MAX),
        "home first: {:?}",
        title()
    );
    assert!(kiosk_visible());

    // Jump to a node from the panel's list.
    let listed: Vec<String> = panel.get_nodes().iter().map(|n| n.id.to_string()).collect();
    assert_eq!(
        listed,
        ["home", "rent", "care", "doctor"],
        "every node once, in tree order"
    );
    panel.invoke_jump("rent".into());
    assert_eq!(title(), "Payer le loyer");
    assert!(panel.get_nodes().iter().any(|n| n.id == "rent" && n.current));

    // A title edited in locales/fr.ftl.
    let saved = Instant::now();
    util::edit(
        dir.path(),
        "locales/fr.ftl",
        "node-rent = Payer le loyer",
        "node-rent = Payer son loyer",
    );
    assert!(util::pump_until(|| title() == "Payer son loyer", MAX), "{:?}", title());
    eprintln!("save → new title on screen: {} ms", saved.elapsed().as_millis());
    assert_eq!(screen(), Some(Screen::Node("rent".into())));

    // A TOML syntax error in the node file: problems, not a stale screen.
    let good = std::fs::read_to_string(dir.path().join("nodes/home.toml")).expect("read");
    util::edit(dir.path(), "nodes/home.toml", "id = \"rent\"", "id = \"rent");
    let located = || {
        panel
            .get_problems()
            .iter()
            .any(|p| p.error && p.location.starts_with("nodes/home.toml:"))
    };
    assert!(util::pump_until(|| panel.get_broken() && located(), MAX));
    let rows: Vec<String> = panel
        .get_problems()
        .iter()
        .map(|p| format!("{} {}", p.location, p.message))
        .collect();
    eprintln!("problems panel: {rows:?}");
    let first = panel.get_problems().row_data(0).expect("a problem");
    assert!(
        first.location.starts_with("nodes/home.toml:"),
        "the broken file first: {rows:?}"
    );
    let heading = panel.get_problems_heading();
    assert!(
        heading.starts_with(&rows.len().to_string()),
        "the count of errors first: {heading}"
    );
    assert!(!kiosk_visible(), "the stale screen is hidden");

    // Fixed, saved as editors that write a new file and rename it over the old one.
    let tmp = dir.path().join("nodes/.home.toml.new");
    std::fs::write(&tmp, good).expect("write");
    std::fs::rename(&tmp, dir.path().join("nodes/home.toml")).expect("rename");
    assert!(util::pump_until(|| !panel.get_broken() && kiosk_visible(), MAX));
    assert_eq!(screen(), Some(Screen::Node("rent".into())), "back on the same node");
    assert_eq!(title(), "Payer son loyer");

    // Language and orientation from the panel.
    panel.invoke_pick("lang".into(), "en".into());
    assert_eq!(title(), "Paying the rent");
    let langs = panel.get_groups().row_data(0).expect("languages");
    assert!(langs.options.iter().any(|o| o.value == "en" && o.current));
    panel.invoke_pick("orientation".into(), "landscape".into());
    let landscape = || {
        let p = preview.borrow();
        p.kiosk
            .as_ref()
            .is_some_and(|k| k.window.global::<Theme>().get_landscape())
    };
    assert!(landscape());
    panel.invoke_pick("text".into(), "1.5".into());
    panel.invoke_pick("contrast".into(), "high".into());
    {
        let p = preview.borrow();
        let theme = p.kiosk.as_ref().map(|k| k.window.global::<Theme>()).expect("kiosk");
        assert_eq!(theme.get_text_scale(), 1.5);
        assert!(theme.get_high_contrast());
    }

    // The language and display are kept by a reload too.
    util::edit(
        dir.path(),
        "locales/en.ftl",
        "node-rent = Paying the rent",
        "node-rent = Rent",
    );
    assert!(util::pump_until(|| title() == "Rent", MAX), "{:?}", title());
    assert!(landscape());
    {
        let p = preview.borrow();
        let theme = p.kiosk.as_ref().map(|k| k.window.global::<Theme>()).expect("kiosk");
        assert_eq!(theme.get_text_scale(), 1.5);
        assert!(theme.get_high_contrast());
    }

    // The clock set a day on: the label changes, and "now" is no longer the current step.
    let clock = || panel.get_groups().row_data(4).expect("clock");
    let live = |g: &borne::ui::PreviewGroup| g.options.iter().any(|o| o.value == "now" && o.current);
    let before = clock();
    assert!(live(&before));
    panel.invoke_pick("clock".into(), "day-on".into());
    assert!(!live(&clock()) && clock().label != before.label, "{}", clock().label);
    panel.invoke_pick("clock".into(), "now".into());
    assert!(live(&clock()));

    // The node moved (no longer offered at home, still under "care"): found by its id.
    util::edit(
        dir.path(),
        "nodes/home.toml",
        "choices = [\"rent\", \"care\"]",
        "choices = [\"care\", \"doctor\"]",
    );
    let path = || {
        let p = preview.borrow();
        p.kiosk
            .as_ref()
            .map(|k| k.ctrl.borrow().session().path().to_vec())
            .unwrap_or_default()
    };
    assert!(
        util::pump_until(|| path() == ["home", "care", "rent"], MAX),
        "{:?}",
        path()
    );
    assert_eq!(title(), "Rent");
}
