//! Property test of the whole kiosk (real UI, testing backend): any sequence of what a
//! passer-by, a mediator's scanner, an operator's stick and time can do — taps on any
//! id, Back, Home, languages, overlays, display settings, idle time, scanned codes
//! (valid or garbage), stick events, Listen and volume, keypad keys and headphones —
//! never panics, always leaves the navigation bar
//! on screen, and every wipe leaves nothing of the visit, in the session or in what
//! the window holds.
//!
//! CI runs `BORNE_PROP_CASES` (default 48) sequences of up to `BORNE_PROP_LEN` (default
//! 600) events; the million-event run recorded in docs/reliability.md is
//! `SLINT_EMIT_DEBUG_INFO=1 BORNE_PROP_CASES=1000 BORNE_PROP_LEN=2000 cargo test --release
//! --test session_props -- --nocapture` (it prints how many events it applied).

mod util;

use std::sync::Arc;
use std::time::Duration;

use i_slint_backend_testing::ElementHandle;
use proptest::prelude::*;
use proptest::test_runner::{Config as PropConfig, TestRunner};
use slint::{ComponentHandle, Model, SharedString};

use borne::ui::{AppState, IoEvent, ScreenKind};
use borne::update::usb::{StickEvent, VisitOutcome};

#[derive(Debug, Clone)]
enum Ev {
    Start,
    /// The n-th tile on screen (modulo their number), or any node id of the pack.
    Tile(usize),
    AnyId(usize),
    Garbage(String),
    Back,
    Home,
    OpenLanguage,
    PickLanguage(usize),
    Help,
    Emergency,
    Ticket,
    Print,
    Contrast,
    TextSize,
    Listen,
    Volume,
    StillHere,
    Touched,
    MediatorContinue,
    MediatorEnd,
    Idle(u64),
    ScanTicket(usize),
    ScanGarbage(String),
    Stick(u8),
    /// A keypad key (by its place in `Key::ALL`), as the evdev reader delivers it.
    Key(usize),
    Headphones(bool),
    /// A press on the attract screen, held for some milliseconds (the maintenance
    /// gesture is watched: a PIN is set).
    Press(f32, f32, u64),
}

fn event() -> impl Strategy<Value = Ev> {
    prop_oneof![
        2 => Just(Ev::Start),
        8 => (0usize..8).prop_map(Ev::Tile),
        1 => (0usize..200).prop_map(Ev::AnyId),
        1 => "[ -~]{0,12}".prop_map(Ev::Garbage),
        3 => Just(Ev::Back),
        1 => Just(Ev::Home),
        1 => Just(Ev::OpenLanguage),
        2 => (0usize..20).prop_map(Ev::PickLanguage),
        1 => Just(Ev::Help),
        1 => Just(Ev::Emergency),
        1 => Just(Ev::Ticket),
        1 => Just(Ev::Print),
        1 => Just(Ev::Contrast),
        1 => Just(Ev::TextSize),
        1 => Just(Ev::Listen),
        1 => Just(Ev::Volume),
        1 => Just(Ev::StillHere),
        1 => Just(Ev::Touched),
        1 => Just(Ev::MediatorContinue),
        1 => Just(Ev::MediatorEnd),
        2 => (0u64..100).prop_map(Ev::Idle),
        1 => (0usize..200).prop_map(Ev::ScanTicket),
        1 => "[ -~]{0,80}".prop_map(Ev::ScanGarbage),
        1 => (0u8..4).prop_map(Ev::Stick),
        6 => (0usize..borne::keypad::Key::ALL.len()).prop_map(Ev::Key),
        1 => any::<bool>().prop_map(Ev::Headphones),
        4 => (0f32..1080.0, 0f32..1744.0, 20u64..3000).prop_map(|(x, y, ms)| Ev::Press(x, y, ms)),
    ]
}

fn env(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// What the window and the session hold once a visit is wiped: nothing of it.
fn assert_wiped(kiosk: &util::Kiosk, default_lang: &str) {
    let state = kiosk.window.global::<AppState>();
    let c = kiosk.ctrl.borrow();
    let s = c.session();
    assert!(!s.is_active());
    assert!(s.path().is_empty());
    assert_eq!(s.language(), default_lang);
    assert!(!s.high_contrast());
    assert_eq!(s.text_scale(), 1.0);
    assert!(!s.audio(), "audio mode belongs to the visit");
    assert_eq!(s.volume(), borne::speech::player::DEFAULT_VOLUME);
    assert!(!state.get_audio_mode());
    assert_eq!(state.get_volume(), i32::from(borne::speech::player::DEFAULT_VOLUME));
    assert!(!state.get_no_voice_notice());
    assert!(!state.get_headphones_notice());
    assert_eq!(state.get_focus_id(), "", "the focus ring belongs to the visit");
    assert_eq!(state.get_title(), "");
    assert_eq!(state.get_body(), "");
    assert_eq!(state.get_choices().row_count(), 0);
    assert_eq!(state.get_crumbs().row_count(), 0);
    assert_eq!(state.get_services().row_count(), 0);
    assert_eq!(state.get_documents().row_count(), 0);
    assert_eq!(state.get_ticket_code(), "");
    assert_eq!(state.get_mediator_rows().row_count(), 0);
    assert_eq!(state.get_mediator_ticket(), "");
}

/// The Emergency button (the nav bar's last slot) is there, in the visit's language —
/// or something covers the whole screen on purpose (the idle warning, an update).
fn nav_bar_present(kiosk: &util::Kiosk, l10n: &borne::i18n::Localizer) -> bool {
    let lang = kiosk.ctrl.borrow().session().language().to_string();
    let label = l10n.tr(&lang, "nav-emergency");
    ElementHandle::find_by_accessible_label(&kiosk.window, &label)
        .next()
        .is_some()
        || kiosk.window.global::<AppState>().get_idle_warning()
        || kiosk.window.global::<AppState>().get_update_visible()
}

/// One event, as the window or a device would deliver it.
fn apply(kiosk: &util::Kiosk, clock: &util::TestClock, codes: &[String], ids: &[String], ev: &Ev) {
    let state = kiosk.window.global::<AppState>();
    let id = |i: usize| SharedString::from(ids[i % ids.len()].as_str());
    match ev {
        Ev::Start => state.invoke_start(),
        Ev::Tile(n) => {
            let tiles = state.get_choices();
            if tiles.row_count() > 0 {
                if let Some(t) = tiles.row_data(n % tiles.row_count()) {
                    state.invoke_choose(t.id);
                }
            }
        }
        Ev::AnyId(i) => state.invoke_choose(id(*i)),
        Ev::Garbage(s) => state.invoke_choose(s.into()),
        Ev::Back => state.invoke_back(),
        Ev::Home => state.invoke_home(),
        Ev::OpenLanguage => state.invoke_open_language(),
        Ev::PickLanguage(i) => {
            let langs = borne::i18n::LANGUAGES;
            state.invoke_pick_language(langs[i % langs.len()].code.into());
        }
        Ev::Help => state.invoke_open_help(),
        Ev::Emergency => state.invoke_open_emergency(),
        Ev::Ticket => state.invoke_show_ticket(),
        Ev::Print => state.invoke_print_ticket(),
        Ev::Contrast => state.invoke_toggle_contrast(),
        Ev::TextSize => state.invoke_cycle_text_scale(),
        Ev::Listen => state.invoke_toggle_audio(),
        Ev::Volume => state.invoke_cycle_volume(),
        Ev::StillHere => state.invoke_still_here(),
        Ev::Touched => state.invoke_touched(),
        Ev::MediatorContinue => state.invoke_mediator_continue(),
        Ev::MediatorEnd => state.invoke_mediator_end(),
        Ev::Idle(s) => clock.advance(Duration::from_secs(*s)),
        Ev::ScanTicket(i) => device(kiosk, IoEvent::Scanned(codes[i % codes.len()].clone())),
        Ev::ScanGarbage(s) => device(kiosk, IoEvent::Scanned(s.clone())),
        Ev::Stick(k) => device(kiosk, IoEvent::Stick(stick_event(*k))),
        Ev::Key(k) => {
            kiosk.ctrl.borrow().queue_io(IoEvent::Key(borne::keypad::Key::ALL[*k]));
            borne::ui::Controller::drain_and_press(&kiosk.ctrl, &kiosk.window);
        }
        Ev::Headphones(on) => device(kiosk, IoEvent::Headphones(*on)),
        Ev::Press(x, y, ms) => {
            state.invoke_attract_pointer(*x, *y, 1080.0, 1744.0, true);
            clock.advance(Duration::from_millis(*ms));
            state.invoke_attract_pointer(*x, *y, 1080.0, 1744.0, false);
        }
    }
}

fn stick_event(k: u8) -> StickEvent {
    match k {
        0 => StickEvent::Started { bundles: 1 },
        1 => StickEvent::Progress {
            bundle: 0,
            step: borne::update::Step::Check,
            fraction: 0.5,
        },
        2 => StickEvent::Finished(VisitOutcome {
            bundles: 1,
            refused: 1,
            report_written: true,
            ..Default::default()
        }),
        _ => StickEvent::Removed,
    }
}

fn device(kiosk: &util::Kiosk, ev: IoEvent) {
    let mut c = kiosk.ctrl.borrow_mut();
    c.queue_io(ev);
    c.drain_io(&kiosk.window);
}

#[test]
fn any_sequence_of_events_keeps_the_kiosk_sound() {
    i_slint_backend_testing::init_integration_test_with_mock_time();
    let pack = Arc::new(util::default_pack());
    let ids: Vec<String> = pack.nodes.iter().map(|n| n.id.clone()).collect();
    let codes: Vec<String> = pack
        .nodes
        .iter()
        .filter_map(|n| borne::ui::headless::path_to(&pack, &n.id))
        .filter_map(|p| borne::handoff::Payload::for_path(&pack, &p, "ar", "mairie", 3, util::fixed_wall()))
        .map(|p| p.encode())
        .collect();
    let l10n = borne::i18n::Localizer::new();
    let config = borne::config::Config {
        maintenance_pin: Some(borne::maintenance::pin::hash_pin("97531").expect("hash")),
        ..Default::default()
    };
    let cases = env("BORNE_PROP_CASES", 48);
    let len = env("BORNE_PROP_LEN", 600);
    let mut runner = TestRunner::new(PropConfig {
        cases: cases as u32,
        failure_persistence: None,
        ..PropConfig::default()
    });
    let applied = std::cell::Cell::new(0usize);
    let result = runner.run(&proptest::collection::vec(event(), 1..=len), |events| {
        applied.set(applied.get() + events.len());
        let clock = util::TestClock::new();
        let kiosk = util::kiosk_with(pack.clone(), &clock, 1080, 1920, config.clone());
        for (i, ev) in events.iter().enumerate() {
            apply(&kiosk, &clock, &codes, &ids, ev);
            // A wipe (idle, Finish, a stick, idle time back on the attract screen) leaves
            // nothing. (On the attract screen a passer-by may set the display before
            // starting: that counts as a touch, wiped in its turn.)
            let untouched = kiosk.ctrl.borrow().session().untouched();
            if untouched {
                prop_assert_eq!(kiosk.window.global::<AppState>().get_screen(), ScreenKind::Attract);
                assert_wiped(&kiosk, &pack.default_language);
            }
            prop_assert!(
                !kiosk.window.global::<borne::ui::Maintenance>().get_visible(),
                "random events opened the maintenance screen"
            );
            if i % 97 == 0 {
                prop_assert!(nav_bar_present(&kiosk, &l10n), "no navigation bar after {ev:?}");
            }
        }
        prop_assert!(nav_bar_present(&kiosk, &l10n));
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    println!("{} events applied in {cases} sequences", applied.get());
}
