//! "Continue on your phone" through the real Slint UI (testing backend, mock time): a
//! result with an official online procedure shows the button, a tap opens the screen,
//! whose QR code (read back by `zbarimg`) is exactly the pack's address; Back returns
//! to the result; the keypad reaches the button and presses it; in Arabic the address
//! stays left to right; a wiped visit leaves nothing of it in the window.

mod util;

use std::sync::Arc;

use i_slint_backend_testing::{AccessibleRole, ElementHandle, ElementRoot};
use slint::{ComponentHandle, Model};

use borne::ui::{AppState, AppWindow, ScreenKind};

/// The button whose `accessible-id` is `id`, if the window shows one.
fn button(window: &AppWindow, id: &str) -> Option<ElementHandle> {
    window
        .root_element()
        .query_descendants()
        .find_all()
        .into_iter()
        .find(|e| e.accessible_role() == Some(AccessibleRole::Button) && e.accessible_id().is_some_and(|i| i == id))
}

/// Text without Fluent's direction isolates.
fn plain(s: &str) -> String {
    s.chars().filter(|c| !matches!(c, '\u{2066}'..='\u{2069}')).collect()
}

/// What zbarimg reads in the screen's QR image.
fn decode(state: &AppState<'_>, dir: &std::path::Path) -> String {
    let buf = state.get_online_qr().to_rgb8().expect("an RGB image");
    let img = image::RgbImage::from_raw(buf.width(), buf.height(), buf.as_bytes().to_vec()).expect("pixels");
    let file = dir.join("online-qr.png");
    img.save(&file).expect("save");
    let out = std::process::Command::new("zbarimg")
        .args(["--quiet", "--raw"])
        .arg(&file)
        .output()
        .expect("zbarimg (zbar-tools) is installed");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[test]
fn continue_on_your_phone() {
    i_slint_backend_testing::init_integration_test_with_mock_time();
    let pack = Arc::new(util::default_pack());
    let clock = util::TestClock::new();
    let kiosk = util::kiosk(pack.clone(), &clock, 1080, 1920);
    let window = &kiosk.window;
    let state = window.global::<AppState>();
    let tmp = tempfile::tempdir().expect("tmp");
    let url = pack.procedures_of("housing-social")[0].url.clone();
    assert_eq!(url, "https://www.demande-logement-social.gouv.fr/");

    let show = |lang: &str| {
        let mut c = kiosk.ctrl.borrow_mut();
        c.session_mut().wipe();
        c.show_path(&borne::ui::headless::path_to(&pack, "housing-social").expect("path"));
        c.session_mut().choose_language(lang, clock.now.get());
        c.refresh(window);
    };
    show("fr");
    assert_eq!(state.get_screen(), ScreenKind::Result);
    let buttons: Vec<_> = state.get_online().iter().collect();
    assert_eq!(buttons.len(), 1);
    assert_eq!(buttons[0].name, "Demande de logement social");
    let tap = button(window, "online-0").expect("the button is on the result");
    assert_eq!(
        tap.accessible_label().map(|l| plain(&l)).as_deref(),
        Some("Continuer sur votre téléphone : Demande de logement social")
    );
    // A result without a procedure has none.
    {
        let mut c = kiosk.ctrl.borrow_mut();
        c.session_mut().wipe();
        c.show_path(&borne::ui::headless::path_to(&pack, "housing-shelter").expect("path"));
        c.refresh(window);
    }
    assert_eq!(state.get_online().row_count(), 0);
    assert!(button(window, "online-0").is_none());

    // A tap: the screen, its QR code exactly the pack's address.
    show("fr");
    button(window, "online-0")
        .expect("button")
        .invoke_accessible_default_action();
    assert_eq!(state.get_screen(), ScreenKind::Online);
    assert_eq!(state.get_online_url(), url.as_str());
    assert_eq!(
        plain(&state.get_online_address()),
        "www.demande-logement-social.gouv.fr"
    );
    assert_eq!(state.get_online_name(), "Demande de logement social");
    assert!(
        state.get_online_asks().contains("avis d'impôt"),
        "{}",
        state.get_online_asks()
    );
    assert_eq!(decode(&state, tmp.path()), url);
    state.invoke_back();
    assert_eq!(state.get_screen(), ScreenKind::Result, "Back returns to the result");

    // The keypad: the ticket and "start over" come first, then the button; Select opens it.
    for _ in 0..3 {
        state.invoke_key("down".into());
    }
    assert_eq!(state.get_focus_id(), "online-0");
    state.invoke_key("select".into());
    assert_eq!(state.get_screen(), ScreenKind::Online);
    assert_eq!(state.get_online_url(), url.as_str());

    // Arabic: the words translated, the address left to right in an isolate.
    show("ar");
    button(window, "online-0")
        .expect("button")
        .invoke_accessible_default_action();
    assert_eq!(state.get_screen(), ScreenKind::Online);
    assert_eq!(state.get_online_name(), "طلب سكن اجتماعي");
    let address = state.get_online_address();
    assert!(
        address.starts_with('\u{2066}') && address.ends_with('\u{2069}'),
        "{address:?}"
    );
    assert_eq!(decode(&state, tmp.path()), url, "the same address in every language");

    // The visit wiped: nothing of it stays in the window.
    {
        let mut c = kiosk.ctrl.borrow_mut();
        c.session_mut().wipe();
        c.refresh(window);
    }
    assert_eq!(state.get_screen(), ScreenKind::Attract);
    assert_eq!(state.get_online_url(), "");
    assert_eq!(state.get_online_name(), "");
    assert_eq!(state.get_online().row_count(), 0);
}
