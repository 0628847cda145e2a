//! Every node of the default pack, and every other screen, laid out at 1080x1920 and
//! 1920x1080, in both themes, at text scale 1.0 and 1.5: no text may be clipped or
//! elided (labels report it through `accessible-id`), and nothing may stick out of the
//! window sideways. Touch targets keep at least 2 cm (81 px on a 21.5" portrait screen).

mod util;

use std::sync::Arc;
use std::time::Duration;

use i_slint_backend_testing::{AccessibleRole, ElementRoot};
use slint::ComponentHandle;

use borne::session::Overlay;
use borne::ui::{AppWindow, Controller};

/// 2 cm at the pixel density of a 21.5" 1080x1920 screen (about 4 px/mm).
const MIN_TARGET_PX: f32 = 81.0;

/// An element's rectangle: x, y, right, bottom.
fn rect(el: &i_slint_backend_testing::ElementHandle) -> (f32, f32, f32, f32) {
    let p = el.absolute_position();
    let s = el.size();
    (p.x, p.y, p.x + s.width, p.y + s.height)
}

/// Height of the navigation bar (`Theme.nav-height`).
const NAV_HEIGHT: f32 = 176.0;

fn problems(window: &AppWindow, width: f32, what: &str) -> Vec<String> {
    let mut out = Vec::new();
    let height = window.window().size().height as f32;
    let all = window.root_element().query_descendants().find_all();
    // Buttons in the navigation bar, and buttons of the page that are not scrolled
    // under it (a scrolled page is clipped at the bar's edge).
    let buttons: Vec<(f32, f32, f32, f32)> = all
        .iter()
        .filter(|e| e.accessible_role() == Some(AccessibleRole::Button))
        .map(rect)
        .filter(|r| r.2 > r.0)
        .filter(|r| r.1 >= height - NAV_HEIGHT + 5.0 || r.3 <= height - NAV_HEIGHT + 0.5)
        .collect();
    // A text that starts inside a button must end inside it: labels of tiles and
    // buttons have fixed boxes, and a layout that cannot fit them spills over.
    for el in all.iter().filter(|e| e.accessible_role() == Some(AccessibleRole::Text)) {
        let (x, y, r, b) = rect(el);
        if r <= x {
            continue;
        }
        for &(bx, by, br, bb) in &buttons {
            let starts_inside = x + 1.0 >= bx && x + 1.0 <= br && y + 1.0 >= by && y + 1.0 <= bb;
            if starts_inside && (r > br + 0.5 || b > bb + 0.5) {
                let label = el.accessible_label().unwrap_or_default();
                out.push(format!(
                    "{what}: {label:?} spills out of its button ({x},{y},{r},{b}) > ({bx},{by},{br},{bb})"
                ));
            }
        }
    }
    for el in all {
        let id = el.accessible_id().unwrap_or_default();
        let label = el.accessible_label().unwrap_or_default();
        if id == "overflow" {
            out.push(format!("{what}: text does not fit: {label:?} ({:?})", el.size()));
        }
        let role = el.accessible_role();
        if matches!(role, Some(AccessibleRole::Button | AccessibleRole::Text)) {
            let pos = el.absolute_position();
            let size = el.size();
            if size.width > 0.0 && (pos.x < -0.5 || pos.x + size.width > width + 0.5) {
                out.push(format!(
                    "{what}: {label:?} sticks out sideways at x={} w={}",
                    pos.x, size.width
                ));
            }
            if role == Some(AccessibleRole::Button)
                && size.width > 0.0
                && (size.width < MIN_TARGET_PX || size.height < MIN_TARGET_PX)
            {
                out.push(format!(
                    "{what}: button {label:?} is only {}x{} px",
                    size.width, size.height
                ));
            }
        }
    }
    out
}

#[test]
fn nothing_clips_anywhere() {
    i_slint_backend_testing::init_integration_test_with_mock_time();
    let pack = Arc::new(util::default_pack());
    let mut failures = Vec::new();
    let mut screens = 0;
    for lang in borne::i18n::LANGUAGES.iter().map(|l| l.code) {
        // Languages the pack translates are checked on every node; the others on the
        // screens they translate (home and its topics) and on the chrome's screens.
        let nodes: Vec<&borne::content::Node> = if pack.messages.get(lang).is_some_and(|m| m.len() > 100) {
            pack.nodes.iter().collect()
        } else {
            let root = pack.root_node().expect("root");
            std::iter::once(root)
                .chain(root.choices.iter().filter_map(|c| pack.node(c)))
                .collect()
        };
        for (w, h) in [(1080u32, 1920u32), (1920, 1080)] {
            for high_contrast in [false, true] {
                for scale in [1.0f32, 1.5] {
                    let clock = util::TestClock::new();
                    let kiosk = util::kiosk(pack.clone(), &clock, w, h);
                    let (window, ctrl) = (&kiosk.window, &kiosk.ctrl);
                    let set = |c: &mut Controller| {
                        let s = c.session_mut();
                        s.choose_language(lang, Duration::ZERO);
                        s.set_high_contrast(high_contrast, Duration::ZERO);
                        s.set_text_scale(scale, Duration::ZERO);
                    };
                    let what = |name: &str| format!("{lang} {name} {w}x{h} hc={high_contrast} x{scale}");
                    for node in &nodes {
                        let path = borne::ui::headless::path_to(&pack, &node.id).expect("reachable");
                        {
                            let mut c = ctrl.borrow_mut();
                            c.session_mut().wipe();
                            assert!(c.show_path(&path), "path to {}", node.id);
                            set(&mut c);
                            c.refresh(window);
                        }
                        i_slint_backend_testing::mock_elapsed_time(Duration::from_millis(16));
                        failures.extend(problems(window, w as f32, &what(&node.id)));
                        screens += 1;
                    }
                    // The other screens.
                    for overlay in [
                        None,
                        Some(Overlay::Language),
                        Some(Overlay::Emergency),
                        Some(Overlay::Help),
                        Some(Overlay::Ticket),
                    ] {
                        {
                            let mut c = ctrl.borrow_mut();
                            c.session_mut().wipe();
                            c.show_path(&[]);
                            set(&mut c);
                            if let Some(o) = overlay {
                                c.session_mut().open(o, Duration::ZERO);
                            } else {
                                c.session_mut().wipe();
                                set(&mut c);
                            }
                            c.refresh(window);
                        }
                        i_slint_backend_testing::mock_elapsed_time(Duration::from_millis(16));
                        failures.extend(problems(window, w as f32, &what(&format!("{overlay:?}"))));
                        screens += 1;
                    }
                    // The mediator view of a scanned ticket (the resident's language beside French).
                    {
                        let path = borne::ui::headless::path_to(&pack, "housing-social").expect("reachable");
                        {
                            let mut c = ctrl.borrow_mut();
                            let code =
                                borne::handoff::Payload::for_path(&pack, &path, lang, "k", 1, util::fixed_wall())
                                    .expect("payload")
                                    .encode();
                            c.scanned(&code);
                            let s = c.session_mut();
                            s.set_high_contrast(high_contrast, Duration::ZERO);
                            s.set_text_scale(scale, Duration::ZERO);
                            c.refresh(window);
                        }
                        i_slint_backend_testing::mock_elapsed_time(Duration::from_millis(16));
                        assert_eq!(
                            window.global::<borne::ui::AppState>().get_screen(),
                            borne::ui::ScreenKind::Mediator
                        );
                        failures.extend(problems(window, w as f32, &what("mediator")));
                        screens += 1;
                    }
                    // "Are you still there?" over the home screen.
                    {
                        let mut c = ctrl.borrow_mut();
                        c.session_mut().wipe();
                        c.show_path(&[]);
                        set(&mut c);
                        let now = clock.now.get();
                        c.session_mut().activity(now);
                        c.refresh(window);
                    }
                    clock.advance(Duration::from_secs(61));
                    assert!(kiosk.window.global::<borne::ui::AppState>().get_idle_warning());
                    failures.extend(problems(window, w as f32, &what("idle-warning")));
                    screens += 1;
                    // The detector itself: a tile label far too long must be reported.
                    if lang == "fr" && w == 1080 && !high_contrast && scale > 1.4 {
                        {
                            let mut c = ctrl.borrow_mut();
                            c.session_mut().wipe();
                            c.show_path(&[]);
                            set(&mut c);
                            c.refresh(window);
                        }
                        let state = window.global::<borne::ui::AppState>();
                        let long =
                            "Un intitulé beaucoup trop long pour tenir sur une tuile, même en trois lignes serrées"
                                .repeat(2);
                        let tiles = slint::VecModel::from(vec![
                            borne::ui::TileData {
                                id: "x".into(),
                                label: long.into(),
                                ..Default::default()
                            };
                            9
                        ]);
                        state.set_choices(slint::ModelRc::new(tiles));
                        i_slint_backend_testing::mock_elapsed_time(Duration::from_millis(16));
                        let found = problems(window, w as f32, "self-check");

                        assert!(
                            found.iter().any(|p| p.contains("spills out")),
                            "the overflow detector sees nothing: {found:?} on {:?}, warning {}",
                            state.get_screen(),
                            state.get_idle_warning()
                        );
                    }
                    window.hide().expect("hide");
                }
            }
        }
    }
    assert!(screens > 4000, "only {screens} screens laid out");
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
