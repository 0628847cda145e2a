//! A visit in Arabic: the layout is mirrored — Back sits on the right and Emergency on
//! the left of the navigation bar, the first tile at the top right — and a result is
//! reached by accessible labels, with phone numbers kept left-to-right.

mod util;

use std::sync::Arc;

use i_slint_backend_testing::{AccessibleRole, ElementHandle};
use slint::{ComponentHandle, Model};

use borne::ui::{AppState, AppWindow, L10n, ScreenKind};

fn button(window: &AppWindow, label: &str) -> ElementHandle {
    ElementHandle::find_by_accessible_label(window, label)
        .find(|e| e.accessible_role() == Some(AccessibleRole::Button))
        .unwrap_or_else(|| panic!("no button {label:?}"))
}

/// The navigation bar's button labelled `label` (a tile may carry the same word).
fn nav_button(window: &AppWindow, label: &str) -> ElementHandle {
    ElementHandle::find_by_accessible_label(window, label)
        .find(|e| e.accessible_role() == Some(AccessibleRole::Button) && e.absolute_position().y > 1700.0)
        .unwrap_or_else(|| panic!("no navigation button {label:?}"))
}

fn centre_x(e: &ElementHandle) -> f32 {
    e.absolute_position().x + e.size().width / 2.0
}

#[test]
fn arabic_visit_is_mirrored() {
    i_slint_backend_testing::init_integration_test_with_mock_time();
    let pack = Arc::new(util::default_pack());
    let clock = util::TestClock::new();
    let kiosk = util::kiosk(pack.clone(), &clock, 1080, 1920);
    let window = &kiosk.window;
    let state = window.global::<AppState>();
    let ar = |key: &str| pack.text("ar", key).map(|t| t.value).expect("Arabic text");

    button(window, "Touchez l'écran pour commencer").invoke_accessible_default_action();
    button(window, "العربية").mock_single_click(slint::platform::PointerEventButton::Left);
    assert!(window.global::<L10n>().get_rtl());
    assert_eq!(state.get_screen(), ScreenKind::Question);

    // The navigation bar, mirrored: Back on the right, Emergency on the left.
    let l10n = borne::i18n::Localizer::new();
    let back = nav_button(window, &l10n.tr("ar", "nav-back"));
    let emergency = nav_button(window, &l10n.tr("ar", "nav-emergency"));
    assert!(
        centre_x(&back) > 900.0,
        "Back is on the right in Arabic: {}",
        centre_x(&back)
    );
    assert!(
        centre_x(&emergency) < 180.0,
        "Emergency is on the left in Arabic: {}",
        centre_x(&emergency)
    );

    // The first topic (housing) is the top-right tile.
    let housing = button(window, &ar("node-housing"));
    let health = button(window, &ar("node-health"));
    assert!(centre_x(&housing) > centre_x(&health), "tiles flow from the right");
    housing.mock_single_click(slint::platform::PointerEventButton::Left);
    assert_eq!(state.get_title(), ar("node-housing").as_str());
    button(window, &ar("node-housing-apl")).invoke_accessible_default_action();
    assert_eq!(state.get_screen(), ScreenKind::Result);
    assert_eq!(state.get_body(), ar("node-housing-apl.text").as_str());
    assert!(!state.get_fallback_notice(), "the Arabic result is fully translated");

    // Three levels deep, the breadcrumb reads from the right: home, housing, rent aid.
    let l10n_crumbs = ["nav-home", "node-housing", "node-housing-apl"];
    let labels_ar: Vec<String> = l10n_crumbs
        .iter()
        .map(|k| if *k == "nav-home" { l10n.tr("ar", k) } else { ar(k) })
        .collect();
    let xs = crumb_xs(window, &labels_ar);
    assert!(
        xs[0] > xs[1] && xs[1] > xs[2],
        "Arabic crumbs run right to left: {labels_ar:?} at {xs:?}"
    );

    // Phone numbers and web addresses stay left-to-right inside Arabic text.
    let caf = state.get_services().row_data(0).expect("service");
    assert_eq!(caf.phone.as_str(), "\u{2066}3230\u{2069}");
    assert!(caf.website.starts_with('\u{2066}'));

    // Back, on the right, goes back.
    back.mock_single_click(slint::platform::PointerEventButton::Left);
    assert_eq!(state.get_title(), ar("node-housing").as_str());

    // The same crumbs in French run left to right.
    button(window, &ar("node-housing-apl")).invoke_accessible_default_action();
    nav_button(window, &l10n.tr("ar", "nav-language")).invoke_accessible_default_action();
    button(window, "Français").invoke_accessible_default_action();
    assert!(!window.global::<L10n>().get_rtl());
    assert_eq!(state.get_screen(), ScreenKind::Result);
    let fr = |key: &str| pack.text("fr", key).map(|t| t.value).expect("French text");
    let labels_fr = [l10n.tr("fr", "nav-home"), fr("node-housing"), fr("node-housing-apl")];
    let xs = crumb_xs(window, &labels_fr);
    assert!(
        xs[0] < xs[1] && xs[1] < xs[2],
        "French crumbs run left to right: {labels_fr:?} at {xs:?}"
    );
}

/// The on-screen x of each breadcrumb item (a list item, not the tile or nav button
/// that may carry the same word), in the order of `labels`.
fn crumb_xs(window: &AppWindow, labels: &[String]) -> Vec<f32> {
    labels
        .iter()
        .map(|label| {
            let crumb = ElementHandle::find_by_accessible_label(window, label)
                .find(|e| e.accessible_role() == Some(AccessibleRole::ListItem))
                .unwrap_or_else(|| panic!("no crumb {label:?}"));
            centre_x(&crumb)
        })
        .collect()
}
