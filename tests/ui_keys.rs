//! The keypad and the keyboard through the real Slint UI (testing backend, mock time):
//! the focus reaches every control of every screen exactly once, a recorded keypad
//! visit goes from the attract screen to a result and the ticket, focused controls are
//! said, left and right follow the reading direction, and headphones turn audio on.

mod util;

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use i_slint_backend_testing::{AccessibleRole, ElementHandle, ElementRoot};
use slint::ComponentHandle;

use borne::keypad::{Key, KeyMap};
use borne::session::Overlay;
use borne::speech::{Command, Plan, Source};
use borne::ui::{AppState, AppWindow, IoEvent, ScreenKind};

/// The ids of the controls a finger can reach: enabled buttons, and place cards.
fn reachable(window: &AppWindow) -> Vec<String> {
    window
        .root_element()
        .query_descendants()
        .find_all()
        .into_iter()
        .filter(|e| match e.accessible_role() {
            Some(AccessibleRole::Button) => e.accessible_enabled() != Some(false) && e.size().width > 0.0,
            Some(AccessibleRole::Groupbox) => e.accessible_id().is_some_and(|i| i.starts_with("place-")),
            _ => false,
        })
        .map(|e| e.accessible_id().map(|s| s.to_string()).unwrap_or_default())
        .collect()
}

/// Walks the focus with `key` once round; returns the ids in the order visited.
fn walk(window: &AppWindow, key: &str) -> Vec<String> {
    walk_seeing(window, key).0
}

/// [`walk`], and every control the window had as the focus went round: a scrolled
/// page only instantiates what is in view, and the focus scrolls each control there.
fn walk_seeing(window: &AppWindow, key: &str) -> (Vec<String>, BTreeSet<String>) {
    let state = window.global::<AppState>();
    let mut seen = Vec::new();
    let mut there: BTreeSet<String> = reachable(window).into_iter().collect();
    for _ in 0..200 {
        state.invoke_key(key.into());
        // Change handlers (the scroll to the focused control) run before a frame.
        i_slint_backend_testing::mock_elapsed_time(Duration::from_millis(16));
        there.extend(reachable(window));
        let id = state.get_focus_id().to_string();
        if seen.first() == Some(&id) {
            return (seen, there);
        }
        seen.push(id);
    }
    panic!("the focus never came round: {seen:?}");
}

fn said_keys(plan: &Plan) -> Vec<String> {
    plan.steps
        .iter()
        .map(|(u, _)| match &u.source {
            Source::Chrome { key, .. } | Source::Pack { key } => key.clone(),
            Source::LanguageName => format!("language-name:{}", u.lang),
            Source::Data => format!("data:{}", u.text),
        })
        .collect()
}

fn last_said(kiosk: &util::Kiosk) -> Vec<String> {
    kiosk
        .heard()
        .iter()
        .filter_map(|c| match c {
            Command::Say { plan, .. } => Some(said_keys(plan)),
            _ => None,
        })
        .next_back()
        .unwrap_or_default()
}

fn show(kiosk: &util::Kiosk, clock: &util::TestClock, path: &[String], overlay: Option<Overlay>) {
    let mut c = kiosk.ctrl.borrow_mut();
    c.session_mut().wipe();
    if !path.is_empty() {
        assert!(c.show_path(path));
    }
    if let Some(o) = overlay {
        c.session_mut().open(o, clock.now.get());
    }
    c.refresh(&kiosk.window);
}

fn check_screen(window: &AppWindow, what: &str, failures: &mut Vec<String>) {
    let (visited, there) = walk_seeing(window, "next");
    if there.contains("") {
        failures.push(format!("{what}: a control has no focus id: the keypad cannot reach it"));
    }
    let buttons: Vec<String> = there.into_iter().collect();
    let mut sorted = visited.clone();
    sorted.sort();
    let unique: BTreeSet<&String> = visited.iter().collect();
    if unique.len() != visited.len() {
        failures.push(format!("{what}: a control is visited twice: {visited:?}"));
    }
    if sorted != buttons {
        failures.push(format!("{what}: visited {visited:?}, the screen has {buttons:?}"));
    }
}

fn every_control_of_every_screen_is_reached_exactly_once() {
    let pack = Arc::new(util::default_pack());
    let mut failures = Vec::new();
    for (w, h) in [(1080, 1920), (1920, 1080)] {
        let clock = util::TestClock::new();
        let kiosk = util::kiosk(pack.clone(), &clock, w, h);
        let window = &kiosk.window;
        let state = window.global::<AppState>();
        for node in &pack.nodes {
            let path = borne::ui::headless::path_to(&pack, &node.id).expect("path");
            show(&kiosk, &clock, &path, None);
            check_screen(window, &format!("{w}x{h} node {}", node.id), &mut failures);
            // With the display settings open above the bar.
            if node.id == pack.root {
                state.set_display_panel(true);
                check_screen(window, &format!("{w}x{h} home + display"), &mut failures);
                state.set_display_panel(false);
            }
        }
        let home = vec![pack.root.clone()];
        for (name, overlay) in [
            ("language", Overlay::Language),
            ("help", Overlay::Help),
            ("emergency", Overlay::Emergency),
            ("ticket", Overlay::Ticket),
        ] {
            show(&kiosk, &clock, &home, Some(overlay));
            check_screen(window, &format!("{w}x{h} {name}"), &mut failures);
        }
        show(&kiosk, &clock, &[], None);
        check_screen(window, &format!("{w}x{h} attract"), &mut failures);
        // A ticket scanned by a mediator.
        let code = {
            let mut c = kiosk.ctrl.borrow_mut();
            let path = borne::ui::headless::path_to(&pack, "housing-apl").expect("path");
            c.show_path(&path);
            let p =
                borne::handoff::Payload::for_path(&pack, &path, "fr", "borne", 7, util::fixed_wall()).expect("payload");
            p.encode()
        };
        kiosk.ctrl.borrow().queue_io(IoEvent::Scanned(code));
        state.invoke_io_ready();
        assert_eq!(state.get_screen(), ScreenKind::Mediator);
        check_screen(window, &format!("{w}x{h} mediator"), &mut failures);
        // "Are you still there?" covers everything: its one button has the focus, and
        // Select presses it.
        show(&kiosk, &clock, &home, None);
        clock.advance(Duration::from_secs(61));
        assert!(state.get_idle_warning());
        assert_eq!(state.get_focus_id(), "still-here");
        state.invoke_key("select".into());
        assert!(!state.get_idle_warning());
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn a_recorded_keypad_visit_reaches_a_result_and_the_ticket() {
    let pack = Arc::new(util::default_pack());
    let clock = util::TestClock::new();
    let kiosk = util::kiosk(pack.clone(), &clock, 1080, 1920);
    let window = &kiosk.window;
    let state = window.global::<AppState>();
    let text = std::fs::read_to_string(util::fixture("keypad").join("visit.evtest")).expect("recording");
    let keys = borne::keypad::parse_evtest(&KeyMap::default(), &text);
    assert_eq!(keys.len(), 18, "{keys:?}");
    let mut screens = Vec::new();
    let mut said = Vec::new();
    for key in keys {
        clock.advance(Duration::from_millis(500));
        kiosk.ctrl.borrow().queue_io(IoEvent::Key(key));
        state.invoke_io_ready();
        let screen = state.get_screen();
        if screens.last() != Some(&screen) {
            screens.push(screen);
        }
        said.push(last_said(&kiosk));
    }
    assert_eq!(
        screens,
        vec![
            ScreenKind::Attract,
            ScreenKind::Language,
            ScreenKind::Question,
            ScreenKind::Result,
            ScreenKind::Ticket,
            ScreenKind::Emergency,
            ScreenKind::Result,
            ScreenKind::Question,
        ]
    );
    assert!(state.get_audio_mode(), "the first keypad key turned speech on");
    // The first key read the attract screen; focusing Français said its name; the
    // result's first control is the ticket; volume keys say the level.
    assert_eq!(said[0].first().map(String::as_str), Some("attract-touch"));
    assert_eq!(said[2], vec!["language-name:fr".to_string()]);
    assert_eq!(said[4], vec!["node-housing".to_string()]);
    assert_eq!(said[9], vec!["ticket-button".to_string()]);
    assert_eq!(said[11], vec!["nav-emergency".to_string()]);
    assert_eq!(
        said[16],
        vec!["display-volume".to_string(), "display-volume-level".to_string()]
    );
    assert_eq!(kiosk.ctrl.borrow().session().volume(), 5);
    assert_eq!(said[17].first().map(String::as_str), Some("keypad-help"));
    assert_eq!(
        said[17].get(1).map(String::as_str),
        Some("node-home"),
        "then the screen"
    );
    // The ring is drawn once a key was pressed; a wipe hides it again.
    clock.advance(Duration::from_secs(200));
    assert_eq!(state.get_screen(), ScreenKind::Attract);
    assert_eq!(state.get_focus_id(), "");
}

fn left_and_right_follow_the_reading_direction() {
    let pack = Arc::new(util::default_pack());
    let clock = util::TestClock::new();
    let kiosk = util::kiosk(pack.clone(), &clock, 1080, 1920);
    let window = &kiosk.window;
    let state = window.global::<AppState>();
    for (lang, forward) in [("fr", "right"), ("ar", "left")] {
        show(&kiosk, &clock, std::slice::from_ref(&pack.root), None);
        kiosk
            .ctrl
            .borrow_mut()
            .session_mut()
            .choose_language(lang, clock.now.get());
        kiosk.ctrl.borrow_mut().refresh(window);
        state.invoke_key(forward.into());
        assert_eq!(state.get_focus_id(), "choice-0", "{lang}");
        state.invoke_key(forward.into());
        assert_eq!(state.get_focus_id(), "choice-1", "{lang}");
        // The second tile is beside the first, on the reading side.
        let first = tile_x(window, "choice-0");
        let second = tile_x(window, "choice-1");
        assert_eq!(second > first, lang == "fr", "{lang}: {first} {second}");
        state.invoke_key("select".into());
        assert_eq!(state.get_screen(), ScreenKind::Question, "{lang}: a topic opened");
        assert_eq!(state.get_focus_id(), "", "{lang}: a new screen starts unfocused");
    }
}

fn tile_x(window: &AppWindow, id: &str) -> f32 {
    window
        .root_element()
        .query_descendants()
        .find_all()
        .into_iter()
        .find(|e| e.accessible_id().is_some_and(|i| i == id))
        .map(|e: ElementHandle| e.absolute_position().x)
        .expect("tile")
}

fn focused_controls_are_said_in_audio_mode_only() {
    let pack = Arc::new(util::default_pack());
    let clock = util::TestClock::new();
    let kiosk = util::kiosk(pack.clone(), &clock, 1080, 1920);
    let window = &kiosk.window;
    let state = window.global::<AppState>();
    show(&kiosk, &clock, std::slice::from_ref(&pack.root), None);
    // The desktop keyboard moves the ring but does not turn speech on.
    state.invoke_key("next".into());
    assert_eq!(state.get_focus_id(), "choice-0");
    assert!(!state.get_audio_mode());
    assert!(kiosk.heard().is_empty());
    // Help does: the instructions, then the screen.
    state.invoke_key("help".into());
    assert!(state.get_audio_mode());
    let first = last_said(&kiosk);
    assert_eq!(first[..2], ["keypad-help".to_string(), "node-home".to_string()]);
    state.invoke_key("previous".into());
    assert_eq!(state.get_focus_id(), "nav-emergency", "wraps round");
    assert_eq!(last_said(&kiosk), vec!["nav-emergency".to_string()]);
    state.invoke_key("previous".into());
    assert_eq!(
        last_said(&kiosk),
        vec!["nav-listen".to_string(), "display-on".to_string()]
    );
    // Listen pressed from the keypad turns audio off; the keypad then leaves it off.
    state.invoke_key("select".into());
    assert!(!state.get_audio_mode());
    kiosk.ctrl.borrow().queue_io(IoEvent::Key(Key::Down));
    state.invoke_io_ready();
    assert!(!state.get_audio_mode(), "turned off by the resident: stays off");
    // A place on a result is reached, scrolled to and read whole.
    let path = borne::ui::headless::path_to(&pack, "housing-apl").expect("path");
    show(&kiosk, &clock, &path, None);
    state.invoke_key("help".into());
    let order = walk(window, "next");
    let place = order.iter().position(|i| i == "place-0").expect("a place");
    kiosk.heard();
    for _ in 0..place {
        state.invoke_key("next".into());
    }
    assert_eq!(state.get_focus_id(), "place-0");
    let said = last_said(&kiosk);
    assert!(
        said.iter().any(|k| k == "speech-phone" || k.starts_with("badge-")),
        "{said:?}"
    );
}

fn headphones_turn_audio_on_and_off() {
    let pack = Arc::new(util::default_pack());
    let clock = util::TestClock::new();
    let kiosk = util::kiosk(pack.clone(), &clock, 1080, 1920);
    let state = kiosk.window.global::<AppState>();
    kiosk.ctrl.borrow().queue_io(IoEvent::Headphones(true));
    state.invoke_io_ready();
    assert!(state.get_audio_mode());
    assert_eq!(
        last_said(&kiosk)[..2],
        ["keypad-welcome".to_string(), "attract-touch".to_string()]
    );
    kiosk.ctrl.borrow().queue_io(IoEvent::Headphones(false));
    state.invoke_io_ready();
    assert!(!state.get_audio_mode());
    assert!(kiosk.heard().iter().any(|c| matches!(c, Command::Stop)));

    // Headphones only: without them, Listen shows a notice and nothing is said.
    let config = borne::config::Config {
        speech_output: borne::config::SpeechOutput::Headphones,
        ..Default::default()
    };
    let kiosk = util::kiosk_with(pack.clone(), &clock, 1080, 1920, config);
    let state = kiosk.window.global::<AppState>();
    state.invoke_toggle_audio();
    assert!(state.get_audio_mode());
    assert!(state.get_headphones_notice());
    assert!(last_said(&kiosk).is_empty());
    kiosk.ctrl.borrow().queue_io(IoEvent::Headphones(true));
    state.invoke_io_ready();
    assert!(!state.get_headphones_notice());
    assert_eq!(last_said(&kiosk).first().map(String::as_str), Some("keypad-welcome"));
}

/// One Slint platform per process: the parts run in turn.
#[test]
fn keypad_and_keyboard() {
    i_slint_backend_testing::init_integration_test_with_mock_time();
    every_control_of_every_screen_is_reached_exactly_once();
    a_recorded_keypad_visit_reaches_a_result_and_the_ticket();
    left_and_right_follow_the_reading_direction();
    focused_controls_are_said_in_audio_mode_only();
    headphones_turn_audio_on_and_off();
}
