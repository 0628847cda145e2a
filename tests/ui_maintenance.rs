//! The maintenance screen through the real Slint UI (testing backend, mock time): the
//! gesture on the attract screen, the PIN, three wrong PINs and the lock's countdown,
//! every panel, a rollback that changes the content shown, device tests routed to the
//! screen, and leaving (button, or a minute without a touch) wipes.

mod util;

use std::sync::Arc;
use std::time::Duration;

use slint::{ComponentHandle, Model};

use borne::ui::{AppState, AppWindow, IoEvent, Maintenance, ScreenKind};

const W: f32 = 1080.0;
/// The attract page's height: the window less the navigation bar.
const H: f32 = 1920.0 - 176.0;

fn press(kiosk: &util::Kiosk, clock: &util::TestClock, x: f32, y: f32, ms: u64) {
    let state = kiosk.window.global::<AppState>();
    state.invoke_attract_pointer(x, y, W, H, true);
    clock.advance(Duration::from_millis(ms));
    state.invoke_attract_pointer(x, y, W, H, false);
    clock.advance(Duration::from_millis(250));
}

fn gesture(kiosk: &util::Kiosk, clock: &util::TestClock) {
    press(kiosk, clock, 30.0, 30.0, 2250);
    for _ in 0..3 {
        press(kiosk, clock, W - 30.0, H - 30.0, 100);
    }
}

fn type_pin(window: &AppWindow, pin: &str) {
    let m = window.global::<Maintenance>();
    for d in pin.chars().filter_map(|c| c.to_digit(10)) {
        m.invoke_digit(d as i32);
    }
    m.invoke_submit();
}

fn rows(window: &AppWindow) -> Vec<(String, String)> {
    let m = window.global::<Maintenance>();
    m.get_rows()
        .iter()
        .map(|r| (r.label.to_string(), r.value.to_string()))
        .collect()
}

/// Two packs installed in a data folder: the default pack, then the `mini` fixture on
/// top of it (shown; the default pack is the previous content).
fn two_installed_packs(data: &std::path::Path) {
    use borne::update::store;
    for name in ["default.sqlite", "mini.sqlite"] {
        let path = store::pack_path(data, name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        let dir = if name == "mini.sqlite" {
            util::fixture("mini")
        } else {
            util::default_pack_dir()
        };
        borne::content::build_dir(&dir, &path).expect("build");
        store::switch_to(data, name).expect("switch");
    }
}

/// One Slint platform per process: the parts run in turn.
#[test]
fn maintenance_screen() {
    i_slint_backend_testing::init_integration_test_with_mock_time();
    a_technician_enters_tests_and_leaves();
    a_display_setting_on_trial_is_kept_or_undone();
}

fn a_technician_enters_tests_and_leaves() {
    let data = tempfile::tempdir().expect("tmp");
    two_installed_packs(data.path());
    let pack = Arc::new(borne::default_pack::load_active(data.path()).expect("pack"));
    assert_eq!(pack.id, "org.example.mini");
    // A printer out of paper, asked for its status when the printer panel opens.
    let (printer, _) = util::fake_printer::fake_printer(util::fake_printer::Mode::PaperOut);
    let config = borne::config::Config {
        maintenance_pin: Some(borne::maintenance::pin::hash_pin("2468").expect("hash")),
        data_dir: data.path().to_path_buf(),
        printer: Some(borne::config::PrinterConfig {
            target: printer,
            width: 576,
        }),
        ..Default::default()
    };
    let clock = util::TestClock::new();
    let kiosk = util::kiosk_with(pack, &clock, 1080, 1920, config.clone());
    // What the image's borne-display wrote for this run: display settings apply.
    let run = tempfile::tempdir().expect("tmp");
    std::fs::write(run.path().join("display"), "rotation=0\nmatrix=1 0 0 0 1 0\n").expect("display");
    kiosk.ctrl.borrow_mut().set_display_dir(run.path());
    let window = &kiosk.window;
    let state = window.global::<AppState>();
    let m = window.global::<Maintenance>();

    // A resident's tap starts a visit; a short press in the corner too.
    press(&kiosk, &clock, 500.0, 800.0, 120);
    assert_eq!(state.get_screen(), ScreenKind::Language);
    kiosk.ctrl.borrow_mut().session_mut().wipe();
    kiosk.ctrl.borrow_mut().refresh(window);
    press(&kiosk, &clock, 30.0, 30.0, 300);
    assert_eq!(
        state.get_screen(),
        ScreenKind::Language,
        "a short press in the corner starts"
    );
    kiosk.ctrl.borrow_mut().session_mut().wipe();
    kiosk.ctrl.borrow_mut().refresh(window);

    // The gesture: the PIN pad, and no visit under it.
    gesture(&kiosk, &clock);
    assert!(m.get_visible());
    assert!(!m.get_unlocked());
    assert_eq!(state.get_screen(), ScreenKind::Attract);
    assert!(!kiosk.ctrl.borrow().session().is_active());

    // Three wrong PINs lock the pad, with a countdown; even the right PIN is refused.
    for _ in 0..3 {
        type_pin(window, "1111");
        assert!(m.get_pin_wrong());
    }
    let locked = m.get_locked_seconds();
    assert!((295..=301).contains(&locked), "{locked}");
    // Touches keep the screen open through the lock.
    for _ in 0..4 {
        clock.advance(Duration::from_secs(20));
        m.invoke_touch(-1.0, -1.0, false);
    }
    assert!(m.get_locked_seconds() < locked - 60, "counts down");
    type_pin(window, "2468");
    assert!(!m.get_unlocked(), "refused while locked");
    for _ in 0..12 {
        clock.advance(Duration::from_secs(20));
        m.invoke_touch(-1.0, -1.0, false);
    }
    assert_eq!(m.get_locked_seconds(), 0);
    type_pin(window, "2468");
    assert!(m.get_unlocked());

    // Every panel shows something (identity: the kiosk's installed content).
    let identity = rows(window);
    assert!(identity.iter().any(|(_, v)| v.contains("mini")), "{identity:?}");
    for p in m.get_panels().iter() {
        m.invoke_open_panel(p.id.clone());
        assert_eq!(m.get_panel(), p.id);
        assert!(!m.get_title().is_empty());
        if !matches!(p.id.as_str(), "screen" | "logs" | "power" | "touch") {
            assert!(!rows(window).is_empty(), "{}", p.id);
        }
    }
    // English on a tap.
    m.invoke_toggle_language();
    m.invoke_open_panel("content".into());
    assert_eq!(m.get_title(), "Content");

    // The scanner and the keypad are tested here, not used.
    kiosk.ctrl.borrow().queue_io(IoEvent::Scanned("hello".into()));
    state.invoke_io_ready();
    kiosk.ctrl.borrow().queue_io(IoEvent::Key(borne::keypad::Key::Down));
    state.invoke_io_ready();
    assert_ne!(state.get_screen(), ScreenKind::Mediator);
    m.invoke_open_panel("scanner".into());
    assert!(rows(window).iter().any(|(_, v)| v.starts_with("hello — not a ticket")));
    m.invoke_open_panel("keypad".into());
    assert!(rows(window).iter().any(|(_, v)| v == "down"));
    m.invoke_open_panel("printer".into());
    let printer = rows(window);
    assert!(
        printer.iter().any(|(l, v)| l == "Status" && v == "out of paper"),
        "{printer:?}"
    );

    // The touch test draws and calibrates from five taps.
    m.invoke_open_panel("touch".into());
    m.invoke_touch(100.0, 100.0, true);
    m.invoke_touch(200.0, 150.0, true);
    m.invoke_touch(200.0, 150.0, false);
    assert!(m.get_trace().starts_with("M 100 100 L 200 150"), "{}", m.get_trace());
    m.invoke_action("calibrate".into());
    assert_eq!(m.get_targets().row_count(), 5);
    for t in m.get_targets().iter() {
        // Each tap lands 20 px right of its target.
        let (x, y) = (t.x * 1080.0 + 20.0, t.y * 1920.0);
        m.invoke_touch(x, y, true);
        m.invoke_touch(x, y, false);
    }
    assert_eq!(m.get_targets().row_count(), 0);
    let cal = rows(window);
    assert!(cal.iter().any(|(_, v)| v.contains("20 px")), "{cal:?}");
    // Applied: tried at the next start, which is asked for at once.
    let actions: Vec<String> = m.get_actions().iter().map(|a| a.id.to_string()).collect();
    assert!(actions.contains(&"apply".to_string()), "{actions:?}");
    m.invoke_action("apply".into());
    assert_eq!(kiosk.ctrl.borrow().exit_code(), Some(75));
    let trial = std::fs::read_to_string(data.path().join("display-trial")).expect("trial written");
    assert!(trial.starts_with("rotation=0\nmatrix=1 0 -0.0185"), "{trial}");

    // Rollback, confirmed: the previous content (the default pack) is shown.
    m.invoke_open_panel("content".into());
    m.invoke_action("rollback".into());
    assert!(!m.get_confirm_label().is_empty(), "asks first");
    m.invoke_confirm(false);
    assert_eq!(kiosk.ctrl.borrow().pack().id, "org.example.mini");
    m.invoke_action("rollback".into());
    m.invoke_confirm(true);
    assert_eq!(kiosk.ctrl.borrow().pack().id, "fr.borne.default");
    assert!(m.get_message().contains("Previous content back"), "{}", m.get_message());

    // A minute without a touch leaves, and the kiosk is on its attract screen.
    clock.advance(Duration::from_secs(61));
    assert!(!m.get_visible());
    assert_eq!(state.get_screen(), ScreenKind::Attract);

    // Without a PIN there is no maintenance screen: the gesture starts a visit.
    let clock = util::TestClock::new();
    let pack = Arc::new(util::default_pack());
    let plain = util::kiosk_with(pack, &clock, 1080, 1920, borne::config::Config::default());
    gesture(&plain, &clock);
    assert!(!plain.window.global::<Maintenance>().get_visible());
}

/// A rotation or calibration tried: the next start asks to keep it; without a tap in
/// 15 s it is undone and the kiosk restarts; "Keep" keeps it.
fn a_display_setting_on_trial_is_kept_or_undone() {
    let data = tempfile::tempdir().expect("tmp");
    let config = borne::config::Config {
        data_dir: data.path().to_path_buf(),
        ..Default::default()
    };
    let pack = Arc::new(util::default_pack());
    let setting = "rotation=90\nmatrix=0 1 0 -1 0 1\n";
    for keep in [false, true] {
        // What borne-display does at the start that follows "Apply".
        std::fs::write(data.path().join("display-trial.active"), setting).expect("trial");
        let clock = util::TestClock::new();
        let kiosk = util::kiosk_with(pack.clone(), &clock, 1080, 1920, config.clone());
        let m = kiosk.window.global::<Maintenance>();
        assert!(m.get_visible() && m.get_unlocked(), "no PIN needed to answer");
        assert_eq!(m.get_panel(), "touch");
        let actions: Vec<String> = m.get_actions().iter().map(|a| a.id.to_string()).collect();
        assert_eq!(actions, ["keep", "undo"]);
        clock.advance(Duration::from_secs(5));
        assert!((9..=11).contains(&m.get_revert_seconds()), "{}", m.get_revert_seconds());
        if keep {
            m.invoke_action("keep".into());
            assert_eq!(
                std::fs::read_to_string(data.path().join("display-kept")).expect("kept"),
                setting
            );
            clock.advance(Duration::from_secs(20));
            assert_eq!(kiosk.ctrl.borrow().exit_code(), None);
        } else {
            clock.advance(Duration::from_secs(11));
            assert_eq!(kiosk.ctrl.borrow().exit_code(), Some(75), "restarts to undo");
            assert!(!data.path().join("display-kept").exists());
        }
        assert!(!data.path().join("display-trial.active").exists());
    }
}
