//! An operator's USB stick, through the real Slint UI (testing backend) with a
//! temporary folder as the stick: the kiosk notices it, shows "Updating" with its steps
//! and progress, installs the signed bundle, writes the report and the statistics on the
//! operator's (authorized) stick, says the stick can be removed, and shows the new
//! content. A refused bundle leaves the content as it was and says so; a stick that is
//! not the operator's gets no statistics.

mod util;

use util::pump_until;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use i_slint_backend_testing::ElementHandle;
use slint::{ComponentHandle, Model};

use borne::ui::{AppState, Background, IoEvent, ScreenKind};

fn result_lines(state: &AppState<'_>) -> Vec<String> {
    state.get_update_result().iter().map(|s| s.to_string()).collect()
}

/// Plugs a stick holding `files`, authorized by the secret key `operator` if given: it
/// is made aside and appears whole under `media/name`.
fn plug(media: &Path, name: &str, files: &[&Path], operator: Option<&Path>) {
    let aside = media.join(format!(".{name}"));
    let dir = aside.join("borne");
    std::fs::create_dir_all(&dir).expect("stick");
    for f in files {
        std::fs::copy(f, dir.join(f.file_name().expect("name"))).expect("copy");
    }
    if let Some(key) = operator {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).expect("date");
        borne::update::token::authorize(&aside, key, Some("pw".into()), day).expect("authorize");
    }
    std::fs::rename(&aside, media.join(name)).expect("plug");
}

#[test]
fn a_usb_stick_updates_the_kiosk_and_takes_the_statistics() {
    i_slint_backend_testing::init_integration_test_with_mock_time();
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    let media = tmp.path().join("media");
    std::fs::create_dir_all(&media).expect("media");

    // An operator's signed bundle: the default pack, a newer version, one title changed.
    let (pk, sk) = borne::update::sign::generate(&tmp.path().join("keys"), Some("pw".into())).expect("keys");
    let key = borne::update::sign::key_line(&std::fs::read_to_string(&pk).expect("pub")).expect("line");
    let src = tmp.path().join("src");
    borne::default_pack::extract_to(&src).expect("extract");
    util::edit(&src, "pack.toml", "version = \"1.0.0\"", "version = \"1.1.0\"");
    util::edit(
        &src,
        "locales/fr.ftl",
        "node-home = Accueil\n",
        "node-home = Accueil (mis à jour)\n",
    );
    let bundle = tmp.path().join("contenu-1.1.0.borne");
    borne::update::bundle::build(&src, &bundle, &mut |_, _| {}).expect("bundle");
    let sig = borne::update::sign::sign(&bundle, &sk, Some("pw".into())).expect("sign");

    let mut config = borne::config::Config {
        data_dir: data.clone(),
        kiosk_name: "Mairie".into(),
        ..Default::default()
    };
    config.usb.mount_dir = media.clone();
    config.usb.trusted_keys = vec![key];
    let pack = Arc::new(borne::default_pack::load_active(&data).expect("built-in pack"));
    let clock = util::TestClock::new();
    let kiosk = util::kiosk_with(pack.clone(), &clock, 1080, 1920, config.clone());
    let (window, ctrl) = (&kiosk.window, &kiosk.ctrl);
    let state = window.global::<AppState>();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let stats = Arc::new(borne::stats::Recorder::start(&data.join("stats.sqlite")).expect("stats"));
    {
        let mut c = ctrl.borrow_mut();
        c.set_background(Background {
            handle: rt.handle().clone(),
            exe: env!("CARGO_BIN_EXE_borne").into(),
        });
        c.set_stats(stats.clone());
    }
    let notifier = ctrl.borrow().notifier().expect("notifier");
    let setup = borne::update::usb::StickSetup {
        mount_dir: media.clone(),
        options: borne::update::Options {
            data_dir: data.clone(),
            trusted_keys: config.usb.trusted_keys.clone(),
            accept_other_pack: false,
            active: borne::default_pack::active_identity(&pack, &data),
            limits: Default::default(),
        },
        kiosk: "Mairie".into(),
        export_stats: true,
        stats: Some(stats.clone()),
    };
    let n = notifier.clone();
    rt.spawn(borne::update::usb::watch(setup, move |ev| n.send(IoEvent::Stick(ev))));

    // A resident's visit, to be counted.
    state.invoke_start();
    state.invoke_pick_language("ar".into());
    state.invoke_choose("housing".into());
    assert_eq!(state.get_screen(), ScreenKind::Question);

    // The operator plugs the stick.
    plug(&media, "sda1", &[&bundle, &sig], Some(&sk));
    assert!(
        pump_until(|| state.get_update_visible(), Duration::from_secs(10)),
        "the updating screen shows"
    );
    assert_eq!(state.get_update_steps().row_count(), 5);
    assert!(
        pump_until(|| state.get_update_done(), Duration::from_secs(60)),
        "the update ends"
    );
    assert_eq!(
        result_lines(&state),
        [
            "Le nouveau contenu est installé.",
            "Les statistiques ont été copiées sur la clé USB."
        ]
    );
    assert!((state.get_update_progress() - 1.0).abs() < 1e-3);
    assert!(state.get_update_steps().iter().all(|s| s.state == 2));
    assert!(
        ElementHandle::find_by_accessible_label(window, "Vous pouvez retirer la clé USB.")
            .next()
            .is_some(),
        "the screen says the stick can be removed"
    );
    // On the stick: the report, the statistics with their page; beside it, the done marker.
    let on_stick = media.join("sda1/borne");
    let report = std::fs::read_to_string(on_stick.join("report.txt")).expect("report.txt");
    assert!(
        report.contains("Installé : contenu fr.borne.default version 1.1.0"),
        "{report}"
    );
    assert!(on_stick.join("report.json").is_file());
    assert!(on_stick.join("stats/report.html").is_file(), "statistics written");
    let counts = std::fs::read_to_string(on_stick.join("stats/counts.csv")).expect("counts.csv");
    assert!(counts.contains("session-start"), "{counts}");
    assert!(counts.contains("language,ar"), "{counts}");
    assert!(media.join("sda1.done").is_file(), "the mount helper is told");
    // The new content is what the kiosk shows, and what it opens after a restart.
    assert_eq!(ctrl.borrow().pack().version, "1.1.0");
    assert_eq!(
        borne::default_pack::load_active(&data).expect("active").version,
        "1.1.0"
    );

    // The stick is pulled out: the screen goes, a new visit sees the new content.
    std::fs::remove_dir_all(media.join("sda1")).expect("unplug");
    assert!(pump_until(|| !state.get_update_visible(), Duration::from_secs(10)));
    assert_eq!(state.get_screen(), ScreenKind::Attract);
    state.invoke_start();
    state.invoke_pick_language("fr".into());
    assert_eq!(state.get_title(), "Accueil (mis à jour)");

    // A stick with an unsigned bundle: refused, said so, content unchanged.
    let unsigned = tmp.path().join("other/contenu-1.2.0.borne");
    std::fs::create_dir_all(unsigned.parent().expect("dir")).expect("dir");
    util::edit(&src, "pack.toml", "version = \"1.1.0\"", "version = \"1.2.0\"");
    borne::update::bundle::build(&src, &unsigned, &mut |_, _| {}).expect("bundle");
    plug(&media, "sdb1", &[&unsigned], None);
    assert!(pump_until(|| state.get_update_done(), Duration::from_secs(60)));
    let lines = result_lines(&state);
    assert!(
        lines[0].starts_with("La mise à jour n'a pas été installée."),
        "{lines:?}"
    );
    let report = std::fs::read_to_string(media.join("sdb1/borne/report.txt")).expect("report");
    assert!(report.contains("il manque la signature"), "{report}");
    assert!(report.contains("borne keys authorize-stick"), "{report}");
    assert!(!media.join("sdb1/borne/stats").exists(), "not the operator's stick");
    assert!(!lines.iter().any(|l| l.contains("statistiques")), "{lines:?}");
    assert_eq!(ctrl.borrow().pack().version, "1.1.0");
}
