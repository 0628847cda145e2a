//! The Listen control and audio mode through the real Slint UI (testing backend, mock
//! time). The kiosk's player is replaced by one that records its commands: the plans
//! checked here are exactly what the player thread would synthesise and play.

mod util;

use std::sync::Arc;
use std::time::Duration;

use i_slint_backend_testing::{AccessibleRole, ElementHandle};
use slint::ComponentHandle;

use borne::session::Overlay;
use borne::speech::{Command, Plan, Screen, Source};
use borne::ui::{AppState, AppWindow};

fn buttons(window: &AppWindow, label: &str) -> Vec<ElementHandle> {
    ElementHandle::find_by_accessible_label(window, label)
        .filter(|e| e.accessible_role() == Some(AccessibleRole::Button))
        .collect()
}

fn press(window: &AppWindow, label: &str) {
    let found = buttons(window, label);
    assert_eq!(found.len(), 1, "one control labelled {label:?}");
    found[0].invoke_accessible_default_action();
}

/// The plans of the `Say` commands, and whether a `Stop` came.
fn says(cmds: &[Command]) -> Vec<&Plan> {
    cmds.iter()
        .filter_map(|c| match c {
            Command::Say { plan, .. } => Some(plan),
            _ => None,
        })
        .collect()
}

fn stops(cmds: &[Command]) -> usize {
    cmds.iter().filter(|c| matches!(c, Command::Stop)).count()
}

fn keys(plan: &Plan) -> Vec<String> {
    plan.steps
        .iter()
        .map(|(u, _)| match &u.source {
            Source::Chrome { key, .. } | Source::Pack { key } => key.clone(),
            Source::LanguageName => "language-name".into(),
            Source::Data => format!("data:{}", u.text),
        })
        .collect()
}

#[test]
fn listen_reads_every_screen_and_follows_the_visit() {
    i_slint_backend_testing::init_integration_test_with_mock_time();
    let pack = Arc::new(util::default_pack());
    let clock = util::TestClock::new();
    let kiosk = util::kiosk(pack.clone(), &clock, 1080, 1920);
    let window = &kiosk.window;
    let state = window.global::<AppState>();
    let l10n = borne::i18n::Localizer::new();

    // Every screen has the control, with its role, label and default action; a
    // sighted visit sends the player nothing.
    let visit: [(&str, Option<Overlay>, Vec<String>); 7] = [
        ("attract", None, vec![]),
        ("language", Some(Overlay::Language), vec![]),
        ("home", None, vec![pack.root.clone()]),
        (
            "result",
            None,
            borne::ui::headless::path_to(&pack, "housing-apl").expect("path"),
        ),
        ("help", Some(Overlay::Help), vec![pack.root.clone()]),
        ("emergency", Some(Overlay::Emergency), vec![pack.root.clone()]),
        ("ticket", Some(Overlay::Ticket), vec![pack.root.clone()]),
    ];
    for (name, overlay, path) in &visit {
        {
            let mut c = kiosk.ctrl.borrow_mut();
            c.session_mut().wipe();
            if !path.is_empty() {
                assert!(c.show_path(path));
            }
            if let Some(o) = overlay {
                c.session_mut().open(*o, clock.now.get());
            }
            c.refresh(window);
        }
        let listen = buttons(window, "Écouter");
        assert_eq!(listen.len(), 1, "{name}: one Listen control");
        assert_eq!(listen[0].accessible_checked(), Some(false), "{name}");
        assert!(
            listen[0].size().width >= 81.0 && listen[0].size().height >= 81.0,
            "{name}: 2 cm"
        );
        assert!(kiosk.heard().is_empty(), "{name}: no speech without audio mode");
        // On: the screen's plan goes to the player; off: it stops.
        listen[0].invoke_accessible_default_action();
        assert!(state.get_audio_mode());
        assert_eq!(buttons(window, "Écouter")[0].accessible_checked(), Some(true));
        let cmds = kiosk.heard();
        let plans = says(&cmds);
        assert_eq!(plans.len(), 1, "{name}: {cmds:?}");
        let screen = match (*name, overlay) {
            ("attract", _) => Screen::Attract,
            (_, Some(Overlay::Language)) => Screen::Language,
            (_, Some(Overlay::Help)) => Screen::Help,
            (_, Some(Overlay::Emergency)) => Screen::Emergency,
            // The first ticket since start-up.
            (_, Some(Overlay::Ticket)) => Screen::Ticket { number: 1 },
            _ => Screen::Node(path.last().expect("node").clone()),
        };
        assert_eq!(*plans[0], util::plan(&pack, "fr", &screen), "{name}");
        press(window, "Écouter");
        assert!(!state.get_audio_mode());
        assert_eq!(stops(&kiosk.heard()), 1, "{name}: off stops the speech");
    }

    // Audio mode on at home: a tapped choice is said first, then its screen, which
    // replaced the previous one at once.
    {
        let mut c = kiosk.ctrl.borrow_mut();
        c.session_mut().wipe();
        c.show_path(&[]);
        c.refresh(window);
    }
    press(window, "Écouter");
    let home = kiosk.heard();
    assert_eq!(keys(says(&home)[0])[0], "node-home");
    press(window, "Logement");
    assert_eq!(state.get_title(), "Logement", "the screen changes at once");
    let cmds = kiosk.heard();
    let plans = says(&cmds);
    assert_eq!(
        plans.len(),
        1,
        "a new screen: one new plan, which cuts the previous one"
    );
    let k = keys(plans[0]);
    assert_eq!(k[0], "node-housing", "the choice first");
    let housing = util::plan(&pack, "fr", &Screen::Node("housing".into()));
    assert_eq!(plans[0].steps[1..], housing.steps[..], "then the new screen");
    // Back: the previous screen is read again; the same screen refreshed is not.
    press(window, "Retour");
    assert_eq!(keys(says(&kiosk.heard())[0])[0], "node-home");
    kiosk.ctrl.borrow_mut().refresh(window);
    assert!(kiosk.heard().is_empty(), "a refresh of the same screen says nothing");

    // A new language: the screen in it.
    press(window, "Langue");
    let _ = kiosk.heard();
    press(window, "العربية");
    let plans_ar = kiosk.heard();
    let ar = says(&plans_ar);
    assert_eq!(ar.len(), 1);
    assert_eq!(ar[0].lang, "ar");
    assert_eq!(*ar[0], util::plan(&pack, "ar", &Screen::Node(pack.root.clone())));
    assert!(!state.get_no_voice_notice());

    // Pashto has no voice: the plan starts with the French and English notice, and
    // the screen says so with a pictogram.
    press(window, &l10n.tr("ar", "nav-language"));
    let _ = kiosk.heard();
    press(window, "پښتو");
    let cmds = kiosk.heard();
    let ps = says(&cmds);
    assert_eq!(keys(ps[0])[..2], ["speech-no-voice", "speech-no-voice"]);
    assert_eq!(
        (ps[0].steps[0].0.lang.as_str(), ps[0].steps[1].0.lang.as_str()),
        ("fr", "en")
    );
    assert!(state.get_no_voice_notice());
    let notice = l10n.tr("ps", "listen-no-voice");
    assert!(
        ElementHandle::find_by_accessible_label(window, &notice)
            .next()
            .is_some(),
        "the notice is on screen"
    );

    // Volume from the display settings: the player follows, and says the new level
    // at that level (not the screen again).
    press(window, &l10n.tr("ps", "nav-display"));
    press(window, &l10n.tr("ps", "display-volume"));
    let cmds = kiosk.heard();
    let at = cmds.iter().position(|c| matches!(c, Command::Volume(4)));
    let said = cmds.iter().position(|c| matches!(c, Command::Say { .. }));
    assert!(at.is_some() && at < said, "{cmds:?}");
    let plans = says(&cmds);
    assert_eq!(plans.len(), 1, "{cmds:?}");
    assert!(keys(plans[0]).contains(&"display-volume-level".to_string()));
    assert_eq!(state.get_volume(), 4);

    // "Are you still there?" is read when it appears, once.
    clock.advance(Duration::from_secs(61));
    assert!(state.get_idle_warning());
    let cmds = kiosk.heard();
    let warn = says(&cmds);
    assert_eq!(warn.len(), 1, "read once, not every second: {cmds:?}");
    assert!(keys(warn[0]).contains(&"idle-title".to_string()));

    // The wipe ends audio mode, resets the volume and silences the player.
    clock.advance(Duration::from_secs(25));
    let c = kiosk.ctrl.borrow();
    assert!(!c.session().audio());
    assert_eq!(c.session().volume(), borne::speech::player::DEFAULT_VOLUME);
    drop(c);
    assert!(!state.get_audio_mode());
    assert_eq!(state.get_volume(), 3);
    assert!(!state.get_no_voice_notice());
    let cmds = kiosk.heard();
    assert_eq!(stops(&cmds), 1, "{cmds:?}");
    assert!(cmds.iter().any(|c| matches!(c, Command::Volume(3))));
    assert!(says(&cmds).is_empty());
}
