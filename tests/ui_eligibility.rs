//! "Am I eligible?" through the real Slint UI (testing backend, mock time), on the
//! default pack's two tables, with answers computed by hand from the published
//! ceilings:
//!
//! - social housing, zone "autres régions", 2026 (arrêté du 29 juillet 1987, annexe I,
//!   as of 1 January 2026, https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000053307202/2026-01-01;
//!   PLS = 130 % of PLUS, CCH art. R. 331-12): category 1 PLAI 12 870 €, PLUS
//!   23 403 €, PLS 30 424 €; category 3 PLAI 22 550 €, PLUS 37 584 €; category 6
//!   PLAI 33 084 €, PLUS 60 156 €, PLS 78 203 €, per extra person +3 689, +6 710,
//!   +8 723 €;
//! - Complémentaire santé solidaire, metropolitan France, from 1 April 2025
//!   (https://www.service-public.fr/particuliers/vosdroits/F10027): 1 person 10 339 €
//!   free, 13 957 € with a contribution; 2 persons 15 508 € and 20 936 €; 4 persons
//!   21 711 € and 29 311 €, per extra person +4 135 € and +5 583 €.
//!
//! Each example taps the tiles a resident would, checks the band's figures on screen
//! and the result reached; Back steps back through the answers; the answers are gone
//! with the visit; only "an eligibility check was done" is counted.

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

/// Taps tile `i` of the screen, as a finger would.
fn tap(window: &AppWindow, i: usize) {
    button(window, &format!("choice-{i}"))
        .unwrap_or_else(|| panic!("no tile {i}"))
        .invoke_accessible_default_action();
}

/// The tiles' labels, without Fluent's direction isolates.
fn tiles(state: &AppState<'_>) -> Vec<String> {
    state
        .get_choices()
        .iter()
        .map(|t| {
            t.label
                .chars()
                .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
                .collect()
        })
        .collect()
}

/// A figure as the French screen writes it (narrow no-break space between thousands).
fn fr(amount: &str) -> String {
    amount.replace(' ', "\u{202f}")
}

/// Starts a visit in `lang` and opens eligibility node `node`.
fn open(kiosk: &util::Kiosk, pack: &borne::content::Pack, node: &str, lang: &str) {
    let state = kiosk.window.global::<AppState>();
    {
        let mut c = kiosk.ctrl.borrow_mut();
        c.session_mut().wipe();
        c.refresh(&kiosk.window);
    }
    state.invoke_start();
    state.invoke_pick_language(lang.into());
    for id in borne::ui::headless::path_to(pack, node).expect("path").iter().skip(1) {
        state.invoke_choose(id.into());
    }
    assert_eq!(state.get_screen(), ScreenKind::Question, "{node}");
}

/// Answers `taps` (tile positions) and checks that band tile `band` shows `figure`,
/// then taps it and checks the result reached.
fn walk(kiosk: &util::Kiosk, taps: &[usize], band: usize, figure: &str, expected: &str) {
    let state = kiosk.window.global::<AppState>();
    for &t in taps {
        tap(&kiosk.window, t);
    }
    let labels = tiles(&state);
    assert!(
        labels.get(band).is_some_and(|l| l.contains(&fr(figure))),
        "band {band} should show {figure}: {labels:?}"
    );
    tap(&kiosk.window, band);
    let path = kiosk.ctrl.borrow().session().path().to_vec();
    assert_eq!(path.last().map(String::as_str), Some(expected), "{taps:?}");
    assert_eq!(state.get_screen(), ScreenKind::Result);
}

/// Counters of `kind`, as `value=count`.
fn counted(stats: &borne::stats::Recorder, data: &std::path::Path, kind: &str) -> Vec<String> {
    stats.flush().expect("flush");
    let store = borne::stats::Store::open(&data.join("stats.sqlite")).expect("store");
    let mut out: Vec<String> = store
        .rows("test")
        .expect("rows")
        .into_iter()
        .filter(|r| r.kind.as_str() == kind)
        .map(|r| format!("{}={}", r.value, r.count))
        .collect();
    out.sort();
    out
}

// Tile positions: household tiles are 1 person, 2 people…; yes = 0, no = 1; bands
// are "up to the first ceiling", "between", …, "above the last".
const NO: usize = 1;
const YES: usize = 0;

#[test]
fn eligibility_checks_on_published_ceilings() {
    i_slint_backend_testing::init_integration_test_with_mock_time();
    let pack = Arc::new(util::default_pack());
    let data = tempfile::tempdir().expect("tmp");
    let stats = Arc::new(borne::stats::Recorder::start(&data.path().join("stats.sqlite")).expect("stats"));
    let clock = util::TestClock::new();
    let kiosk = util::kiosk(pack.clone(), &clock, 1080, 1920);
    kiosk.ctrl.borrow_mut().set_stats(stats.clone());
    let state = kiosk.window.global::<AppState>();

    // A person alone, no disability card, revenu fiscal de référence 12 000 €:
    // category 1, under the PLAI ceiling of 12 870 €.
    open(&kiosk, &pack, "housing-eligibility", "fr");
    assert_eq!(tiles(&state).len(), 8, "1 to 8 people or more");
    walk(&kiosk, &[0, NO], 0, "12 870", "housing-eligible-plai");

    // A young couple (25 and 27: 52 ≤ 55), 35 000 €: category 3, not 2, so between
    // PLAI 22 550 € and PLUS 37 584 € (as category 2 it would be above PLUS 31 254 €).
    open(&kiosk, &pack, "housing-eligibility", "fr");
    walk(&kiosk, &[1, NO, NO, YES], 1, "37 584", "housing-eligible-plus");
    // Back steps through the answers: the bands, then the young-couple question.
    state.invoke_back();
    assert!(tiles(&state)[1].contains(&fr("37 584")), "the bands again");
    state.invoke_back();
    assert_eq!(tiles(&state).len(), 2, "yes / no");
    assert!(state.get_question().contains("55"), "{}", state.get_question());
    tap(&kiosk.window, NO);
    assert!(tiles(&state)[2].contains(&fr("40 630")), "category 2: PLS 40 630 €");

    // Two parents and five children, 65 000 €: category 6 plus one person, so PLUS
    // 60 156 + 6 710 = 66 866 € and PLAI 33 084 + 3 689 = 36 773 €: the PLUS band.
    open(&kiosk, &pack, "housing-eligibility", "fr");
    walk(&kiosk, &[6, NO, NO], 1, "66 866", "housing-eligible-plus");
    assert!(
        tiles_before_result(&kiosk).contains(&fr("36 774")),
        "the band starts after PLAI"
    );

    // A person alone, 31 000 €: above PLS 30 424 €.
    open(&kiosk, &pack, "housing-eligibility", "fr");
    walk(&kiosk, &[0, NO], 3, "30 425", "housing-not-eligible");

    // Complémentaire santé solidaire. A person alone, 12 000 € over 12 months:
    // above 10 339 €, under 13 957 €: with a contribution.
    open(&kiosk, &pack, "health-css-check", "fr");
    walk(&kiosk, &[0], 1, "13 957", "health-css-paid");
    // Five people, 25 000 €: under 21 711 + 4 135 = 25 846 €: free.
    open(&kiosk, &pack, "health-css-check", "fr");
    walk(&kiosk, &[4], 0, "25 846", "health-css-free");
    // A couple, 22 000 €: above 20 936 €.
    open(&kiosk, &pack, "health-css-check", "fr");
    walk(&kiosk, &[1], 2, "20 937", "health-css-above");

    // Arabic: the same figures, grouped the Arabic way, the tiles right to left.
    open(&kiosk, &pack, "housing-eligibility", "ar");
    tap(&kiosk.window, 0);
    tap(&kiosk.window, NO);
    assert!(tiles(&state)[0].contains("12.870"), "{:?}", tiles(&state));

    // Counted: one per band tapped (the family above chose theirs twice), by table,
    // never the answers nor the outcome.
    assert_eq!(
        counted(&stats, data.path(), "eligibility"),
        ["css=3", "social-housing=5"]
    );
    let results = counted(&stats, data.path(), "result");
    assert!(
        results
            .iter()
            .all(|r| !r.starts_with("housing-eligible") && !r.starts_with("health-css-")),
        "{results:?}"
    );

    // The visit ends: nothing of the answers is left, in the session or the window.
    assert!(kiosk.ctrl.borrow().session().has_answers());
    state.invoke_start_over();
    assert_eq!(state.get_screen(), ScreenKind::Attract);
    assert!(!kiosk.ctrl.borrow().session().has_answers());
    assert_eq!(state.get_choices().row_count(), 0);
    assert_eq!(state.get_question(), "");
    // Going back to the node starts again from the first question.
    open(&kiosk, &pack, "housing-eligibility", "fr");
    assert_eq!(tiles(&state).len(), 8);
}

/// The band tiles just before the result shown: Back to them, read, forward again.
fn tiles_before_result(kiosk: &util::Kiosk) -> String {
    let state = kiosk.window.global::<AppState>();
    state.invoke_back();
    let labels = tiles(&state).join(" | ");
    tap(&kiosk.window, 1);
    labels
}
