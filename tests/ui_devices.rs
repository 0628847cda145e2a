//! The kiosk with its devices, through the real Slint UI (testing backend): a ticket is
//! printed on a fake network printer by the real `borne` binary; paper out, silence and
//! no printer each give a plain message while the QR code stays on screen; a scanned
//! ticket opens the mediator view in both languages, from which the mediator continues
//! or ends the visit.

mod util;

use util::pump_until;

use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use i_slint_backend_testing::ElementHandle;
use slint::{ComponentHandle, Model};

use borne::ui::{AppState, AppWindow, Background, IoEvent, PrintState, ScreenKind};
use util::fake_printer::{fake_printer, Mode};

fn press(window: &AppWindow, label: &str) {
    let found: Vec<ElementHandle> = ElementHandle::find_by_accessible_label(window, label)
        .filter(|e| e.accessible_role() == Some(i_slint_backend_testing::AccessibleRole::Button))
        .collect();
    assert!(
        !found.is_empty(),
        "no button labelled {label:?} on {:?}",
        window.global::<AppState>().get_screen()
    );
    found[0].invoke_accessible_default_action();
}

fn has_button(window: &AppWindow, label: &str) -> bool {
    ElementHandle::find_by_accessible_label(window, label)
        .any(|e| e.accessible_role() == Some(i_slint_backend_testing::AccessibleRole::Button))
}

fn zbar(png: &std::path::Path) -> String {
    let out = Command::new("zbarimg")
        .args(["--quiet", "--raw"])
        .arg(png)
        .output()
        .expect("zbarimg (zbar-tools)");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[test]
fn printing_and_scanning_on_the_kiosk() {
    i_slint_backend_testing::init_integration_test_with_mock_time();
    let tmp = tempfile::tempdir().expect("tmp");
    let settings = tmp.path().join("borne.toml");
    let set_printer = |target: &str| {
        std::fs::write(&settings, format!("[printer]\ntarget = \"{target}\"\nwidth = 384\n")).expect("settings");
    };
    let (ready, received) = fake_printer(Mode::Ready);
    set_printer(&ready);
    let config = borne::config::Config::load(Some(&settings)).expect("config");
    let pack = Arc::new(util::default_pack());
    let clock = util::TestClock::new();
    let kiosk = util::kiosk_with(pack.clone(), &clock, 1080, 1920, config);
    let (window, ctrl) = (&kiosk.window, &kiosk.ctrl);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    ctrl.borrow_mut().set_background(Background {
        handle: rt.handle().clone(),
        exe: env!("CARGO_BIN_EXE_borne").into(),
    });
    let state = window.global::<AppState>();
    let path = borne::ui::headless::path_to(&pack, "housing-social").expect("path");
    {
        let mut c = ctrl.borrow_mut();
        c.show_path(&path);
        let now = Duration::ZERO;
        c.session_mut().choose_language("en", now);
        c.refresh(window);
    }
    press(window, "My ticket");
    assert_eq!(state.get_screen(), ScreenKind::Ticket);
    assert!(state.get_can_print());
    let code = state.get_ticket_code().to_string();

    // A ready printer: the ticket is printed, and it carries the code on screen.
    press(window, "Print my ticket");
    assert_eq!(state.get_print_state(), PrintState::Printing);
    assert!(!has_button(window, "Print my ticket"), "no second job while printing");
    assert!(pump_until(
        || state.get_print_state() != PrintState::Printing,
        Duration::from_secs(30)
    ));
    assert_eq!(state.get_print_state(), PrintState::Printed);
    assert_eq!(
        state.get_print_message(),
        "Your ticket is printed. Take it from the printer."
    );
    let bytes = received.lock().expect("lock").clone();
    let raster = borne::printing::escpos::raster_of(&bytes[bytes.iter().position(|b| *b == 0x1b).unwrap_or(0)..])
        .expect("a raster job reached the printer");
    assert_eq!(raster.width, 384);
    let png = tmp.path().join("printed.png");
    raster.to_image().save(&png).expect("png");
    assert_eq!(zbar(&png), code, "the printed QR is the one on screen");

    assert!(!has_button(window, "Print my ticket"), "one printed copy per ticket");

    // Paper out: a plain message, the QR stays, printing can be tried again.
    press(window, "Back");
    press(window, "My ticket");
    let code = state.get_ticket_code().to_string();
    assert_eq!(
        state.get_print_state(),
        PrintState::Idle,
        "a new ticket starts unprinted"
    );
    let (paper_out, _) = fake_printer(Mode::PaperOut);
    set_printer(&paper_out);
    press(window, "Print my ticket");
    assert!(pump_until(
        || state.get_print_state() != PrintState::Printing,
        Duration::from_secs(30)
    ));
    assert_eq!(state.get_print_state(), PrintState::Failed);
    assert!(state.get_print_message().starts_with("The printer has no paper."));
    assert_eq!(state.get_screen(), ScreenKind::Ticket);
    assert_eq!(state.get_ticket_code(), code.as_str(), "the same code stays on screen");
    assert!(state.get_ticket_qr().size().width > 0);
    assert!(has_button(window, "Print my ticket"), "it can be tried again");

    // A printer that never answers, and no printer at all: the kiosk is told in time.
    let (silent, _) = fake_printer(Mode::Silent);
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").to_string()
    };
    for target in [silent, closed] {
        set_printer(&target);
        let start = Instant::now();
        press(window, "Print my ticket");
        assert!(pump_until(
            || state.get_print_state() != PrintState::Printing,
            Duration::from_secs(30)
        ));
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "answered before the deadline"
        );
        assert_eq!(state.get_print_state(), PrintState::Failed);
        assert!(state.get_print_message().starts_with("The printer is not working"));
        assert_eq!(state.get_ticket_code(), code.as_str());
    }

    // One job per kiosk, truly: leaving the ticket screen while a job runs and opening a
    // new ticket does not start a second child (audit finding 9: Back → Ticket → Print
    // piled up children and garbled tickets).
    let (slow, _) = fake_printer(Mode::Silent);
    set_printer(&slow);
    press(window, "Print my ticket");
    assert_eq!(state.get_print_state(), PrintState::Printing);
    press(window, "Back");
    press(window, "My ticket");
    assert_ne!(state.get_ticket_code(), code.as_str(), "a new ticket");
    assert_eq!(
        state.get_print_state(),
        PrintState::Printing,
        "the running job is shown"
    );
    assert!(!has_button(window, "Print my ticket"), "no second job while one runs");
    assert!(pump_until(
        || state.get_print_state() != PrintState::Printing,
        Duration::from_secs(30)
    ));
    assert_eq!(
        state.get_print_state(),
        PrintState::Idle,
        "the new ticket can be printed once the old job ended"
    );
    assert!(has_button(window, "Print my ticket"));
    let code = state.get_ticket_code().to_string();

    // The mediator scans the ticket: the view in English beside French.
    let notifier = ctrl.borrow().notifier().expect("notifier");
    notifier.send(IoEvent::Scanned(code.clone()));
    assert!(pump_until(
        || state.get_screen() == ScreenKind::Mediator,
        Duration::from_secs(5)
    ));
    assert!(state.get_mediator_ticket().starts_with("Ticket n° "));
    assert_eq!(state.get_mediator_problem(), "");
    let rows: Vec<_> = state.get_mediator_rows().iter().collect();
    let both = |fr: &str, en: &str| rows.iter().any(|r| r.french == fr && r.resident == en);
    assert!(
        both("Logement", "Housing"),
        "{:?}",
        rows.iter()
            .map(|r| (r.resident.to_string(), r.french.to_string()))
            .collect::<Vec<_>>()
    );
    assert!(both("Pièce d'identité", "Identity document"));
    assert!(ElementHandle::find_by_accessible_label(window, "Français")
        .next()
        .is_some());
    // The actions are at the top, in the resident's language with the French below.
    assert!(ElementHandle::find_by_accessible_label(window, "Continuer le parcours")
        .next()
        .is_some());
    assert!(has_button(window, "Finish"));
    // Continue: the resident's result, in their language, and browsing goes on.
    press(window, "Continue");
    assert_eq!(state.get_screen(), ScreenKind::Result);
    press(window, "Back");
    assert_eq!(state.get_screen(), ScreenKind::Question);

    // Finish wipes the visit.
    notifier.send(IoEvent::Scanned(code));
    assert!(pump_until(
        || state.get_screen() == ScreenKind::Mediator,
        Duration::from_secs(5)
    ));
    press(window, "Finish");
    assert_eq!(state.get_screen(), ScreenKind::Attract);
    assert!(!ctrl.borrow().session().is_active());
}
