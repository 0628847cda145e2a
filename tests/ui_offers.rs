//! The housing offers on the real screens (testing backend, the kiosk's fixed clock:
//! Tuesday 24 November 2026): 5,000 offers of a landlord, the list and its pages,
//! filters by their big buttons (a filter's choices as a question page), an offer
//! with its details, "how to apply" with the landlord and the documents, Back
//! stepping out one level at a time, expired offers never shown, right-to-left
//! mirrored in Arabic, and nothing left after the visit.

mod util;

use std::sync::Arc;

use chrono::NaiveDate;
use i_slint_backend_testing::ElementHandle;
use slint::{ComponentHandle, Model};

use borne::content::{Node, NodeKind, Pack};
use borne::offers::Offer;
use borne::ui::{AppState, Offers, ScreenKind};

const COMMUNES: [&str; 5] = ["Exempleville", "Écouen-sur-Sambre", "Hautmont", "Louvroil", "Maubeuge"];
const NODE: &str = "test-offers";
const LANDLORD: &str = "ccas-exempleville";

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// Offer `i` of the test's 5,000: sizes, towns and rents spread evenly; one in seven
/// wheelchair accessible; every 500th expired the day before the kiosk's clock.
fn offer(i: u32) -> Offer {
    let rooms = (i % 6 + 1) as u8;
    Offer {
        id: format!("{LANDLORD}/R{i:05}"),
        reference: format!("R{i:05}"),
        landlord: LANDLORD.into(),
        commune: COMMUNES[(i % 5) as usize].into(),
        rooms,
        surface_m2: 18 + 14 * u32::from(rooms),
        rent_cents: 25_000 + (i % 40) * 1_000,
        charges_cents: 4_000,
        floor: Some((i % 5) as i32),
        lift: Some(i % 2 == 0),
        wheelchair: Some(i % 7 == 0),
        energy: Some(['A', 'B', 'C', 'D', 'E', 'F', 'G'][(i % 7) as usize]),
        available_from: (i % 3 == 0).then(|| day(2027, 1, 15)),
        expires: if i % 500 == 7 {
            day(2026, 11, 23)
        } else {
            day(2027, 6, 30)
        },
        ..Offer::default()
    }
}

fn pack() -> Pack {
    let mut p = util::default_pack();
    p.offers = (0..5_000).map(offer).collect();
    // An expired offer alone in its town: the town must not be offered as a filter.
    p.offers.push(Offer {
        id: format!("{LANDLORD}/GONE"),
        commune: "Villeperdue".into(),
        expires: day(2026, 11, 1),
        ..offer(1)
    });
    p.nodes.push(Node {
        id: NODE.into(),
        kind: NodeKind::Offers,
        pictogram: "housing".into(),
        emergency: false,
        choices: vec![],
        documents: vec!["id".into(), "tax-notice".into()],
        services: vec![],
        source: None,
        reviewed: None,
        discreet: false,
        sensitive: false,
        landlords: vec![LANDLORD.into()],
        table: None,
        online: vec![],
    });
    if let Some(h) = p.nodes.iter_mut().find(|n| n.id == "housing") {
        h.choices.push(NODE.into());
    }
    for (lang, title) in [("fr", "Logements à louer"), ("ar", "مساكن للإيجار")] {
        if let Some(m) = p.messages.get_mut(lang) {
            m.insert(format!("node-{NODE}"), title.into());
        }
    }
    p.reindex();
    p
}

/// Text without Fluent's direction isolates.
fn plain(s: &str) -> String {
    s.chars().filter(|c| !matches!(c, '\u{2066}'..='\u{2069}')).collect()
}

fn open_offers(kiosk: &util::Kiosk, lang: &str) {
    let mut c = kiosk.ctrl.borrow_mut();
    c.session_mut().home(std::time::Duration::ZERO);
    assert!(c.show_path(&["home".to_string(), "housing".to_string(), NODE.to_string()]));
    c.session_mut().choose_language(lang, std::time::Duration::ZERO);
    c.refresh(&kiosk.window);
}

fn cards(g: &Offers<'_>) -> Vec<borne::ui::OfferCard> {
    g.get_cards().iter().collect()
}

#[test]
fn browse_filter_open_apply_and_leave_nothing() {
    i_slint_backend_testing::init_integration_test_with_mock_time();
    let clock = util::TestClock::new();
    let pack = Arc::new(pack());
    let current = pack.offers.iter().filter(|o| o.expires >= day(2026, 11, 24)).count();
    assert_eq!(current, 4_990);

    // Portrait, French: the list.
    let kiosk = util::kiosk(pack.clone(), &clock, 1080, 1920);
    let (state, g) = (kiosk.window.global::<AppState>(), kiosk.window.global::<Offers>());
    open_offers(&kiosk, "fr");
    assert_eq!(state.get_screen(), ScreenKind::Offers);
    assert_eq!(plain(&g.get_count_text()), "4990 logements");
    assert_eq!(cards(&g).len(), 5);
    assert_eq!(plain(&g.get_page_text()), "1 à 5 sur 4990");
    assert!(!g.get_has_previous() && g.get_has_next());
    // Soonest free first: the first page is free now.
    assert!(cards(&g).iter().all(|c| plain(&c.available) == "Libre maintenant"));
    let labels: Vec<String> = g.get_filters().iter().map(|f| plain(&f.label)).collect();
    assert_eq!(labels, ["Commune", "Pièces", "Loyer", "Fauteuil roulant"]);

    // The next page, then the rooms filter: its choices are a question page.
    g.invoke_page(1);
    assert_eq!(plain(&g.get_page_text()), "6 à 10 sur 4990");
    g.invoke_open_filter("rooms".into());
    assert_eq!(state.get_screen(), ScreenKind::Question);
    let choices: Vec<String> = state.get_choices().iter().map(|t| plain(&t.label)).collect();
    assert_eq!(choices.first().map(String::as_str), Some("Tous"));
    assert!(choices.contains(&"3 pièces (833)".to_string()), "{choices:?}");
    assert!(choices.contains(&"5 pièces ou plus (1663)".to_string()), "{choices:?}");
    state.invoke_choose("pick:3".into());
    assert_eq!(state.get_screen(), ScreenKind::Offers);
    assert_eq!(plain(&g.get_count_text()), "833 logements");
    // A new filter starts again from the first page.
    assert_eq!(plain(&g.get_page_text()), "1 à 5 sur 833");
    assert!(cards(&g).iter().all(|c| plain(&c.title).starts_with("T3 ·")));
    let rooms = g.get_filters().row_data(1).expect("rooms button");
    assert!(rooms.active);
    assert_eq!(plain(&rooms.value), "3 pièces");

    // Towns: an expired offer's town is not offered; then the wheelchair toggle.
    g.invoke_open_filter("commune".into());
    let towns: Vec<String> = state.get_choices().iter().map(|t| plain(&t.label)).collect();
    assert!(!towns.iter().any(|t| t.contains("Villeperdue")), "{towns:?}");
    assert!(towns.iter().position(|t| t.starts_with("Écouen")) < towns.iter().position(|t| t.starts_with("Hautmont")));
    state.invoke_choose("pick:Maubeuge".into());
    g.invoke_open_filter("wheelchair".into());
    assert!(!cards(&g).is_empty());
    assert!(cards(&g)
        .iter()
        .all(|c| c.wheelchair && plain(&c.commune) == "Maubeuge"));
    assert!(g.get_any_filter());

    // One offer, then how to apply: the landlord's card and the node's documents.
    let first = cards(&g)[0].clone();
    g.invoke_open_offer(first.id.clone());
    assert_eq!(state.get_screen(), ScreenKind::Offer);
    let facts: Vec<(String, String)> = g
        .get_facts()
        .iter()
        .map(|f| (plain(&f.label), plain(&f.value)))
        .collect();
    assert!(facts.contains(&(
        "Référence".to_string(),
        first.id.trim_start_matches("ccas-exempleville/").to_string()
    )));
    assert!(facts
        .iter()
        .any(|(l, v)| l == "Accès" && v == "Accessible en fauteuil roulant"));
    g.invoke_apply();
    assert_eq!(state.get_screen(), ScreenKind::Result);
    assert_eq!(plain(&state.get_title()), "Demander ce logement");
    assert!(plain(&state.get_body()).contains(first.id.trim_start_matches("ccas-exempleville/")));
    assert_eq!(state.get_documents().row_count(), 2);
    assert_eq!(
        state
            .get_services()
            .iter()
            .map(|s| s.id.to_string())
            .collect::<Vec<_>>(),
        [LANDLORD]
    );

    // Back: the offer, the list with its filters, then the housing question.
    state.invoke_back();
    assert_eq!(state.get_screen(), ScreenKind::Offer);
    state.invoke_back();
    assert_eq!(state.get_screen(), ScreenKind::Offers);
    assert_eq!(g.get_filters().iter().filter(|f| f.active).count(), 3);
    state.invoke_back();
    assert_eq!(state.get_screen(), ScreenKind::Question);

    // Start over from "how to apply": nothing of the filters stays.
    open_offers(&kiosk, "fr");
    assert!(!g.get_any_filter(), "a new visit of the node starts unfiltered");
    g.invoke_open_filter("wheelchair".into());
    g.invoke_open_offer(cards(&g)[0].id.clone());
    g.invoke_apply();
    state.invoke_start_over();
    assert_eq!(state.get_screen(), ScreenKind::Attract);
    assert_eq!(*kiosk.ctrl.borrow().session().browse(), Default::default());
    drop(kiosk);

    // Landscape, Arabic: two columns of three, the filter row mirrored.
    let kiosk = util::kiosk(pack, &clock, 1920, 1080);
    let g = kiosk.window.global::<Offers>();
    open_offers(&kiosk, "ar");
    assert_eq!(cards(&g).len(), 6);
    let x = |label: &str| {
        ElementHandle::find_by_accessible_label(&kiosk.window, label)
            .next()
            .map(|e| e.absolute_position().x)
            .unwrap_or_else(|| panic!("no control labelled {label}"))
    };
    let labels: Vec<String> = g.get_filters().iter().map(|f| f.label.to_string()).collect();
    let values: Vec<String> = g.get_filters().iter().map(|f| f.value.to_string()).collect();
    let chip = |i: usize| {
        if values[i].is_empty() {
            labels[i].clone()
        } else {
            format!("{}, {}", labels[i], values[i])
        }
    };
    assert!(x(&chip(0)) > x(&chip(3)), "the first filter is on the right");
    let first_card = cards(&g)[0].spoken.to_string();
    let second_card = cards(&g)[1].spoken.to_string();
    assert!(x(&first_card) > x(&second_card), "the first offer is on the right");
    drop(kiosk);
    photos_from_a_compiled_pack(&clock);
}

/// A compiled pack whose offers have photos: each card shows its first, the open
/// offer its photos one by one (read from the file; decoded at once without a
/// background runtime, as on the kiosk off the UI thread).
fn photos_from_a_compiled_pack(clock: &util::TestClock) {
    let dir = util::copy_fixture("mini");
    util::offers::add_landlord(dir.path());
    util::offers::write_offers(dir.path(), 12, 3, "2099-12-31");
    let file = dir.path().join("pack.sqlite");
    borne::content::build_dir(dir.path(), &file).expect("build");
    let pack = Arc::new(borne::content::open_pack(&file).expect("open"));
    let kiosk = util::kiosk(pack, clock, 1080, 1920);
    {
        let mut c = kiosk.ctrl.borrow_mut();
        assert!(c.show_path(&["flats".to_string()]));
        c.refresh(&kiosk.window);
    }
    let g = kiosk.window.global::<Offers>();
    let shown = cards(&g);
    assert_eq!(shown.len(), 5);
    for c in &shown {
        assert!(c.has_photo, "card {} has its photo", c.id);
        assert_eq!((c.photo.size().width, c.photo.size().height), (320, 240));
    }
    g.invoke_open_offer(shown[0].id.clone());
    assert!(g.get_has_photo());
    assert_eq!(g.get_photo_count(), 1);
    assert_eq!(g.get_photo().size().width, 320);
}
