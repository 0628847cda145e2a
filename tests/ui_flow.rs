//! The resident's journey through the real Slint UI (testing backend, mock time):
//! controls are found by their accessible labels, as a screen reader would.

mod util;

use std::sync::Arc;
use std::time::Duration;

use i_slint_backend_testing::{ElementHandle, ElementRoot};
use slint::{ComponentHandle, Model};

use borne::ui::{AppState, AppWindow, ScreenKind, Theme};

/// The buttons labelled `label` (a crumb or a text may carry the same words).
fn buttons(window: &AppWindow, label: &str) -> Vec<ElementHandle> {
    ElementHandle::find_by_accessible_label(window, label)
        .filter(|e| e.accessible_role() == Some(i_slint_backend_testing::AccessibleRole::Button))
        .collect()
}

fn press(window: &AppWindow, label: &str) {
    let found = buttons(window, label);
    assert!(
        !found.is_empty(),
        "no control labelled {label:?} on {:?}",
        window.global::<AppState>().get_screen()
    );
    found[0].invoke_accessible_default_action();
}

/// A real tap at the centre of the control, through the window's pointer events.
fn tap(window: &AppWindow, label: &str) {
    let found = buttons(window, label);
    assert!(!found.is_empty(), "no control labelled {label:?}");
    found[0].mock_single_click(slint::platform::PointerEventButton::Left);
}

fn screen(window: &AppWindow) -> ScreenKind {
    window.global::<AppState>().get_screen()
}

#[test]
fn resident_journey() {
    i_slint_backend_testing::init_integration_test_with_mock_time();
    let pack = Arc::new(util::default_pack());
    let clock = util::TestClock::new();
    let kiosk = util::kiosk(pack.clone(), &clock, 1080, 1920);
    let (window, ctrl) = (&kiosk.window, &kiosk.ctrl);
    let state = window.global::<AppState>();

    // Attract → language → home.
    assert_eq!(screen(window), ScreenKind::Attract);
    tap(window, "Touchez l'écran pour commencer");
    assert_eq!(screen(window), ScreenKind::Language);
    tap(window, "Français");
    assert_eq!(screen(window), ScreenKind::Question);
    assert_eq!(state.get_title(), "Accueil");
    assert_eq!(state.get_choices().row_count(), 9);

    // Choices by accessible label, down to a result.
    tap(window, "Logement");
    assert_eq!(state.get_title(), "Logement");
    assert_eq!(state.get_crumbs().row_count(), 1);
    press(window, "Aide pour payer le loyer");
    assert_eq!(screen(window), ScreenKind::Result);
    assert!(state.get_documents().row_count() > 0, "a result lists documents");
    assert!(state.get_services().row_count() > 0, "a result lists where to go");
    let caf = state.get_services().row_data(0).expect("service");
    assert_eq!(caf.badge, 1, "the CAF line is open on a Tuesday at 10:00");
    assert!(ElementHandle::find_by_accessible_label(window, "Pièce d'identité")
        .next()
        .is_some());

    // Back and Home.
    tap(window, "Retour");
    assert_eq!(state.get_title(), "Logement");
    press(window, "Accueil");
    assert_eq!(state.get_title(), "Accueil");
    assert!(state.get_at_home());

    // Emergency from a deep screen, and back to where we were.
    press(window, "Santé");
    press(window, "Être couvert pour les soins");
    press(window, "Complémentaire santé solidaire");
    assert_eq!(screen(window), ScreenKind::Result);
    tap(window, "Urgence");
    assert_eq!(screen(window), ScreenKind::Emergency);
    assert_eq!(state.get_emergency_numbers().row_count(), 9);
    press(window, "Retour");
    assert_eq!(screen(window), ScreenKind::Result);
    assert_eq!(state.get_title(), "Complémentaire santé solidaire");

    // The ticket: a QR code of the path, readable back into it; Back returns.
    press(window, "Mon ticket");
    assert_eq!(screen(window), ScreenKind::Ticket);
    let code = state.get_ticket_code().to_string();
    let payload = borne::handoff::Payload::decode(&code).expect("the QR holds a ticket");
    assert_eq!(
        payload.path_in(&pack).expect("same pack"),
        ["home", "health", "health-cover", "health-css"]
    );
    assert_eq!(payload.ticket, 1);
    assert!(state.get_ticket_qr().size().width >= 600, "a large QR code");
    press(window, "Retour");
    assert_eq!(screen(window), ScreenKind::Result);

    // High contrast and text size, at any point, from the nav bar.
    let theme = window.global::<Theme>();
    press(window, "Affichage");
    assert!(state.get_display_panel());
    press(window, "Contraste élevé");
    assert!(theme.get_high_contrast());
    press(window, "Taille du texte");
    press(window, "Taille du texte");
    assert!((theme.get_text_scale() - 1.5).abs() < 0.01);
    assert_eq!(
        state.get_title(),
        "Complémentaire santé solidaire",
        "settings keep the screen"
    );

    // Help from anywhere, and the language screen keeps the session.
    press(window, "Aide");
    assert_eq!(screen(window), ScreenKind::Help);
    assert!(state.get_help_places().row_count() > 0);
    press(window, "Langue");
    press(window, "English");
    assert_eq!(
        screen(window),
        ScreenKind::Result,
        "switching language keeps the screen"
    );
    assert!(
        ElementHandle::find_by_accessible_label(window, "Back").next().is_some(),
        "the chrome is in English"
    );

    // Inactivity: the warning with its countdown, Continue keeps the visit.
    clock.advance(Duration::from_secs(59));
    assert!(!state.get_idle_warning());
    clock.advance(Duration::from_secs(1));
    assert!(state.get_idle_warning());
    assert_eq!(state.get_idle_remaining(), 20);
    clock.advance(Duration::from_secs(5));
    assert_eq!(state.get_idle_remaining(), 15);
    press(window, "Continue");
    assert!(!state.get_idle_warning());
    assert_eq!(screen(window), ScreenKind::Result);

    // Then silence: the visit is wiped and nothing of it remains.
    clock.advance(Duration::from_secs(61));
    assert!(state.get_idle_warning());
    clock.advance(Duration::from_secs(20));
    assert!(!state.get_idle_warning());
    assert_eq!(screen(window), ScreenKind::Attract);
    assert!(!theme.get_high_contrast());
    assert!((theme.get_text_scale() - 1.0).abs() < 0.01);
    let c = ctrl.borrow();
    assert!(c.session().path().is_empty());
    assert_eq!(c.session().language(), "fr");
    assert!(!c.session().is_active());
    drop(c);
    assert!(
        ElementHandle::find_by_accessible_label(window, "Complémentaire santé solidaire")
            .next()
            .is_none()
    );

    // Every touch target carries a role, a label and a default action.
    tap(window, "Touchez l'écran pour commencer");
    tap(window, "Français");
    for el in window
        .root_element()
        .query_descendants()
        .match_accessible_role(i_slint_backend_testing::AccessibleRole::Button)
        .find_all()
    {
        let label = el.accessible_label().unwrap_or_default();
        assert!(!label.is_empty(), "a button without a label");
    }
}
