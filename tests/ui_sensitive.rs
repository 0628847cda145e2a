//! Sensitive topics through the real Slint UI (testing backend, mock time): "Leave
//! quickly" on every sensitive screen and nowhere else, one tap to the attract screen
//! with nothing left and the visit counted as a quick exit; the breadcrumb shows no
//! pictograms there; "Start over" on every result, counted as such.

mod util;

use std::sync::Arc;

use i_slint_backend_testing::{AccessibleRole, ElementHandle, ElementRoot};
use slint::{ComponentHandle, Model};

use borne::content::NodeKind;
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

/// The endings counted so far, as `reason=count`.
fn endings(stats: &borne::stats::Recorder, data: &std::path::Path) -> Vec<String> {
    stats.flush().expect("flush");
    let store = borne::stats::Store::open(&data.join("stats.sqlite")).expect("store");
    let mut out: Vec<String> = store
        .rows("test")
        .expect("rows")
        .into_iter()
        .filter(|r| r.kind.as_str() == "session-end")
        .map(|r| format!("{}={}", r.value, r.count))
        .collect();
    out.sort();
    out
}

#[test]
fn leave_quickly_and_start_over() {
    i_slint_backend_testing::init_integration_test_with_mock_time();
    let pack = Arc::new(util::default_pack());
    let data = tempfile::tempdir().expect("tmp");
    let stats = Arc::new(borne::stats::Recorder::start(&data.path().join("stats.sqlite")).expect("stats"));
    let clock = util::TestClock::new();
    let kiosk = util::kiosk(pack.clone(), &clock, 1080, 1920);
    kiosk.ctrl.borrow_mut().set_stats(stats.clone());
    let window = &kiosk.window;
    let state = window.global::<AppState>();

    // Every node: the control exactly where the topic is sensitive, and no pictogram
    // in its breadcrumb then.
    let mut sensitive = 0;
    for node in &pack.nodes {
        let path = borne::ui::headless::path_to(&pack, &node.id).expect("path");
        {
            let mut c = kiosk.ctrl.borrow_mut();
            c.session_mut().wipe();
            c.show_path(&path);
            c.refresh(window);
        }
        let is = pack.is_sensitive(&node.id);
        sensitive += usize::from(is);
        assert_eq!(state.get_sensitive(), is, "{}", node.id);
        assert_eq!(button(window, "quick-exit").is_some(), is, "{}", node.id);
        assert_eq!(
            button(window, "start-over").is_some(),
            node.kind == NodeKind::Result,
            "{}",
            node.id
        );
    }
    assert!(
        sensitive >= 5,
        "the default pack marks its sensitive topics ({sensitive})"
    );

    // One tap: the attract screen, nothing of the visit, counted as a quick exit.
    let node = pack
        .nodes
        .iter()
        .find(|n| n.kind == NodeKind::Result && pack.is_sensitive(&n.id))
        .expect("a sensitive result");
    let path = borne::ui::headless::path_to(&pack, &node.id).expect("path");
    {
        let mut c = kiosk.ctrl.borrow_mut();
        c.session_mut().wipe();
        c.refresh(window);
    }
    state.invoke_start();
    state.invoke_pick_language("ar".into());
    for id in path.iter().skip(1) {
        state.invoke_choose(id.into());
    }
    assert_eq!(state.get_screen(), ScreenKind::Result);
    assert_eq!(kiosk.ctrl.borrow().session().path(), path.as_slice());
    assert!(state.get_sensitive(), "{path:?}");
    state.invoke_toggle_audio();
    button(window, "quick-exit")
        .expect("leave quickly")
        .invoke_accessible_default_action();
    assert_eq!(state.get_screen(), ScreenKind::Attract);
    let c = kiosk.ctrl.borrow();
    assert!(!c.session().is_active());
    assert!(c.session().path().is_empty());
    assert!(!c.session().audio());
    drop(c);
    assert_eq!(state.get_title(), "");
    assert_eq!(state.get_crumbs().row_count(), 0);
    assert_eq!(endings(&stats, data.path()), ["quick-exit=1"]);

    // "Start over" on an ordinary result.
    let plain = pack
        .nodes
        .iter()
        .find(|n| n.kind == NodeKind::Result && !pack.is_sensitive(&n.id))
        .expect("an ordinary result");
    let path = borne::ui::headless::path_to(&pack, &plain.id).expect("path");
    state.invoke_start();
    state.invoke_pick_language("fr".into());
    for id in path.iter().skip(1) {
        state.invoke_choose(id.into());
    }
    assert!(!state.get_sensitive());
    button(window, "start-over")
        .expect("start over")
        .invoke_accessible_default_action();
    assert_eq!(state.get_screen(), ScreenKind::Attract);
    assert_eq!(endings(&stats, data.path()), ["quick-exit=1", "start-over=1"]);
}
