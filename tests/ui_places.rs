//! Places people can trust, on the real screens (testing backend, a fixed clock): a
//! temporary closure's badge, the date an entry was checked, wheelchair access, the
//! places sorted open-first, and entries checked too long ago left out with a word
//! about who to ask instead; a service's name in the resident's language where the
//! pack translated it.

mod util;

use std::sync::Arc;

use slint::{ComponentHandle, Model};

use borne::ui::AppState;

fn pack_with(stale_after_months: Option<u32>) -> borne::content::Pack {
    let dir = util::copy_fixture("mini");
    // The CAF closed over the kiosk's fixed day (Tuesday 24 November 2026, 10:00);
    // the town hall's desk open, checked in March, wheelchair accessible.
    util::edit(
        dir.path(),
        "services.toml",
        "pictogram = \"svc-caf\"\n\n[[service]]\nid = \"desk\"",
        "pictogram = \"svc-caf\"\n\n[[service.closure]]\nfrom = 2026-11-20\nto = 2026-11-30\nreason = \"works\"\n\n[[service]]\nid = \"desk\"",
    );
    util::append(
        dir.path(),
        "services.toml",
        "date_maj = 2026-03-12\naccessible = true\n",
    );
    if let Some(m) = stale_after_months {
        util::edit(
            dir.path(),
            "pack.toml",
            "country = \"FR\"",
            &format!("country = \"FR\"\nstale_after_months = {m}"),
        );
    }
    let out = tempfile::tempdir().expect("tmp");
    let file = out.path().join("pack.sqlite");
    let (report, _) = borne::content::build_dir(dir.path(), &file).expect("build");
    assert_eq!(report.errors(), 0, "{report:?}");
    borne::content::open_pack(&file).expect("open")
}

/// Text without Fluent's direction isolates.
fn plain(s: &str) -> String {
    s.chars().filter(|c| !matches!(c, '\u{2066}'..='\u{2069}')).collect()
}

#[test]
fn closures_freshness_access_and_order() {
    i_slint_backend_testing::init_integration_test_with_mock_time();
    let clock = util::TestClock::new();
    for (stale, lang) in [(None, "fr"), (Some(6), "ar")] {
        let pack = Arc::new(pack_with(stale));
        let kiosk = util::kiosk(pack.clone(), &clock, 1080, 1920);
        let state = kiosk.window.global::<AppState>();
        {
            let mut c = kiosk.ctrl.borrow_mut();
            c.show_path(&["home".to_string(), "rent".to_string()]);
            c.session_mut().choose_language(lang, clock.now.get());
            c.refresh(&kiosk.window);
        }
        let cards: Vec<_> = state.get_services().iter().collect();
        let ids: Vec<String> = cards.iter().map(|s| s.id.to_string()).collect();
        match stale {
            None => {
                // Open now first, the closed one last, although the pack lists it first.
                assert_eq!(ids, ["desk", "caf"]);
                assert_eq!(cards[1].badge, 2);
                assert_eq!(plain(&cards[1].badge_text), "Fermé jusqu'au 30 novembre");
                assert_eq!(cards[0].badge, 1);
                assert!(cards[0].checked.contains("12/03/2026"), "{}", cards[0].checked);
                assert!(cards[0].checked.starts_with("Vérifié le"));
                assert_eq!(cards[0].access, "Accessible en fauteuil roulant");
                assert_eq!(cards[1].checked, "", "never checked: no line");
                assert_eq!(state.get_stale_hidden(), 0);
            }
            Some(_) => {
                // Checked more than six months ago: left out, and said.
                assert_eq!(ids, ["caf"]);
                assert_eq!(state.get_stale_hidden(), 1);
                assert!(cards[0].badge_text.starts_with("مغلق حتى"), "{}", cards[0].badge_text);
            }
        }
    }

    // A name the pack translated (`svc-caf-name` in Arabic) is shown in Arabic; a
    // language without one shows the French name of services.toml.
    let pack = Arc::new(util::default_pack());
    let kiosk = util::kiosk(pack.clone(), &clock, 1080, 1920);
    let state = kiosk.window.global::<AppState>();
    let path: Vec<String> = ["home", "housing", "housing-apl"].map(String::from).to_vec();
    for (lang, name) in [
        ("ar", "CAF — صندوق المساعدات العائلية"),
        ("ru", "CAF — Caisse d'allocations familiales"),
        ("fr", "CAF — Caisse d'allocations familiales"),
    ] {
        {
            let mut c = kiosk.ctrl.borrow_mut();
            c.show_path(&path);
            c.session_mut().choose_language(lang, clock.now.get());
            c.refresh(&kiosk.window);
        }
        let caf = state
            .get_services()
            .iter()
            .find(|s| s.id == "caf")
            .expect("the CAF's card");
        assert_eq!(caf.name, name, "{lang}");
        if lang == "ar" {
            // Every Arabic text of this result is there: the names leave no notice.
            assert!(!state.get_fallback_notice(), "an optional name is no missing text");
        }
    }
}
