//! Speech output: real eSpeak NG sound for every language with a voice, measured with
//! sox; recordings carried by a pack and preferred to synthesis; phone numbers said in
//! groups; languages with neither voice nor recording explained, never silent; and the
//! `borne speak` and `borne content check`/`coverage` commands.

mod util;

use std::path::Path;
use std::process::Command;

use borne::content::{self, Pack, Recording};
use borne::i18n::{Localizer, LANGUAGES};
use borne::speech::{self, wav, Screen, Source, Synth, Take};

fn compiled(fixture: &str) -> (tempfile::TempDir, Pack) {
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("pack.sqlite");
    content::build_dir(&util::fixture(fixture), &out).expect("fixture builds");
    let pack = content::open_pack(&out).expect("opens");
    (tmp, pack)
}

/// Duration (soxi) and RMS amplitude (sox stat) of a WAV file.
fn measure(file: &Path) -> (f64, f64) {
    let d = Command::new("soxi").arg("-D").arg(file).output().expect("soxi runs");
    assert!(d.status.success(), "soxi: {}", String::from_utf8_lossy(&d.stderr));
    let seconds: f64 = String::from_utf8_lossy(&d.stdout).trim().parse().expect("a duration");
    let s = Command::new("sox")
        .arg(file)
        .args(["-n", "stat"])
        .output()
        .expect("sox runs");
    let text = String::from_utf8_lossy(&s.stderr);
    let rms = text
        .lines()
        .find(|l| l.starts_with("RMS     amplitude"))
        .and_then(|l| l.split(':').nth(1))
        .and_then(|v| v.trim().parse().ok())
        .expect("an RMS amplitude");
    (seconds, rms)
}

fn borne() -> Command {
    Command::new(env!("CARGO_BIN_EXE_borne"))
}

#[test]
fn every_voice_named_exists_in_espeak_ng() {
    for l in LANGUAGES {
        let Some(v) = speech::voice(l.code) else { continue };
        let out = Command::new("espeak-ng")
            .arg(format!("--voices={}", v.name))
            .output()
            .expect("espeak-ng runs");
        let list = String::from_utf8_lossy(&out.stdout);
        assert!(list.lines().count() > 1, "{}: no voice {} in espeak-ng", l.code, v.name);
    }
}

#[test]
fn home_screen_is_spoken_in_every_language_with_a_voice() {
    let pack = util::default_pack();
    let tmp = tempfile::tempdir().expect("tmp");
    let synth = Synth::default();
    for l in LANGUAGES.iter().filter(|l| speech::voice(l.code).is_some()) {
        let p = util::plan(&pack, l.code, &Screen::Home);
        assert!(p.unspeakable().next().is_none(), "{}: something silent", l.code);
        // The first utterance alone is what a player waits for.
        let start = std::time::Instant::now();
        assert!(matches!(
            speech::say(&pack, &p.steps[0], &synth),
            Ok(speech::Said::Synthesised(_))
        ));
        let first = start.elapsed();
        assert!(first.as_secs_f64() < 2.0, "{}: first utterance in {first:?}", l.code);
        let r = speech::render(&pack, &p, &synth).expect("rendered");
        let file = tmp.path().join(format!("{}.wav", l.code));
        std::fs::write(&file, r.pcm.to_wav().expect("wav")).expect("write");
        let (seconds, rms) = measure(&file);
        // A title, a question and nine topics: several seconds, not minutes.
        assert!((5.0..90.0).contains(&seconds), "{}: {seconds} s", l.code);
        assert!(rms > 0.02, "{}: RMS {rms}, silence?", l.code);
        assert!(
            r.synthesis.as_secs_f64() < 10.0,
            "{}: synthesis took {:?}",
            l.code,
            r.synthesis
        );
    }
}

#[test]
fn a_recording_wins_over_synthesis_and_survives_compilation() {
    let (_tmp, pack) = compiled("spoken");
    assert_eq!(pack.recording("fr", "node-rent"), Some(&Recording::Stored));
    let p = util::plan(&pack, "fr", &Screen::Node("rent".into()));
    let (first, take) = &p.steps[0];
    assert_eq!(
        first.source,
        Source::Pack {
            key: "node-rent".into()
        }
    );
    assert_eq!(
        *take,
        Take::Recorded {
            key: "node-rent".into()
        }
    );
    assert!(matches!(p.steps[1].1, Take::Synthesised(_)), "the rest is synthesised");
    let r = speech::render(&pack, &p, &Synth::default()).expect("rendered");
    assert_eq!(r.recorded, 1);
    // The sound starts with the recording itself, sample for sample.
    let bytes = std::fs::read(util::fixture("spoken/audio/fr/node-rent.wav")).expect("fixture");
    let recorded = wav::decode_recording(&bytes).expect("decodes");
    assert_eq!(r.pcm.samples[..recorded.samples.len()], recorded.samples[..]);
}

#[test]
fn a_pack_read_in_place_plays_its_source_recordings() {
    let (src, report) = content::check_dir(&util::fixture("spoken"));
    assert!(!report.has_errors(), "{:?}", report.diagnostics);
    let pack = content::compile::to_model(&src);
    assert!(matches!(pack.recording("ps", "node-home"), Some(Recording::File(_))));
    let bytes = content::read_recording(&pack, "ps", "node-home").expect("read");
    let pcm = wav::decode_recording(&bytes).expect("stereo recording mixed down");
    assert!((pcm.seconds() - 0.4).abs() < 0.01);
}

#[test]
fn phone_numbers_are_said_in_groups() {
    let pack = util::default_pack();
    let (_tmp, mini) = compiled("mini");
    let phones = |pack: &Pack, lang: &str, node: &str| -> Vec<String> {
        util::plan(pack, lang, &Screen::Node(node.into()))
            .steps
            .iter()
            .filter(|(u, _)| matches!(&u.source, Source::Chrome { key, .. } if key == "speech-phone"))
            .map(|(u, _)| u.text.clone())
            .collect()
    };
    let fr = phones(&mini, "fr", "rent");
    assert!(fr.contains(&"Téléphone : 01, 99, 00, 00, 01".to_string()), "{fr:?}");
    assert!(fr.contains(&"Téléphone : 32, 30".to_string()), "{fr:?}");
    let en = phones(&mini, "en", "rent");
    assert!(en.contains(&"Phone: 0 1, 9 9, 0 0, 0 0, 0 1".to_string()), "{en:?}");
    // Every result of the default pack, in every language: no run of three digits.
    for n in pack.nodes.iter().filter(|n| !n.services.is_empty()) {
        for l in LANGUAGES {
            for said in phones(&pack, l.code, &n.id) {
                let digits: Vec<&str> = said.split(|c: char| !c.is_ascii_digit()).collect();
                let longest = digits.iter().map(|d| d.len()).max().unwrap_or(0);
                assert!(longest <= 3, "{} {}: {said}", n.id, l.code);
                if !l.code.starts_with("fr") {
                    assert!(longest <= 1, "{} {}: {said}", n.id, l.code);
                }
            }
        }
    }
}

#[test]
fn no_voice_nor_recording_is_explained_in_french_and_english() {
    let (_tmp, pack) = compiled("spoken");
    let p = util::plan(&pack, "ti", &Screen::Home);
    assert!(!p.says_anything_in_language());
    let notice: Vec<(&str, &str)> = p.steps[..2]
        .iter()
        .map(|(u, _)| (u.lang.as_str(), u.text.as_str()))
        .collect();
    let l10n = Localizer::new();
    assert_eq!(
        notice,
        [
            ("fr", l10n.tr("fr", "speech-no-voice").as_str()),
            ("en", l10n.tr("en", "speech-no-voice").as_str())
        ]
    );
    assert!(p.steps[..2].iter().all(|(_, t)| matches!(t, Take::Synthesised(_))));
    // The command refuses, in plain words.
    let out = borne()
        .args(["speak", "--screen", "home", "--lang", "ti", "--text-only", "--content"])
        .arg(util::fixture("spoken"))
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("nothing of this screen can be said in ti"), "{err}");
}

#[test]
fn pashto_is_heard_through_its_recordings_after_the_notice() {
    let (_tmp, pack) = compiled("spoken");
    let p = util::plan(&pack, "ps", &Screen::Home);
    assert!(p.says_anything_in_language());
    assert_eq!(p.steps[0].0.text, Localizer::new().tr("fr", "speech-no-voice"));
    let title = p.steps.iter().find(|(u, _)| {
        u.source
            == Source::Pack {
                key: "node-home".into(),
            }
    });
    assert_eq!(
        title.map(|(_, t)| t),
        Some(&Take::Recorded {
            key: "node-home".into()
        })
    );
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("ps.wav");
    let run = borne()
        .args(["speak", "--screen", "home", "--lang", "ps", "--content"])
        .arg(util::fixture("spoken"))
        .arg("--out")
        .arg(&out)
        .output()
        .expect("runs");
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let (seconds, rms) = measure(&out);
    assert!(seconds > 3.0 && rms > 0.01, "{seconds} s, RMS {rms}");
}

#[test]
fn speak_text_only_prints_a_node_line_by_line() {
    let out = borne()
        .args(["speak", "--node", "rent", "--lang", "fr", "--text-only"])
        .args(["--time", "2026-11-24T10:00", "--content"])
        .arg(util::fixture("mini"))
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[..9],
        [
            "Payer le loyer",
            "La CAF peut aider à payer le loyer.",
            "Documents à apporter",
            "Pièce d'identité",
            "Où aller",
            "CAF",
            "Aides au logement et aux familles.",
            "Ouvert jusqu'à 16:30",
            "Téléphone : 32, 30",
        ]
    );
    assert!(lines.contains(&"1 place de la Mairie, 99000 Exempleville"));
}

#[test]
fn speak_writes_a_wav_of_every_screen() {
    let tmp = tempfile::tempdir().expect("tmp");
    for screen in ["attract", "language", "home", "help", "emergency", "ticket", "idle"] {
        let out = tmp.path().join(format!("{screen}.wav"));
        let run = borne()
            .args(["speak", "--screen", screen, "--lang", "en", "--out"])
            .arg(&out)
            .output()
            .expect("runs");
        assert!(
            run.status.success(),
            "{screen}: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        let (seconds, rms) = measure(&out);
        assert!((1.0..240.0).contains(&seconds), "{screen}: {seconds} s");
        assert!(rms > 0.02, "{screen}: RMS {rms}");
    }
}

#[test]
fn content_check_refuses_bad_recordings_by_file() {
    let tmp = util::copy_fixture("spoken");
    let dir = tmp.path();
    let status = Command::new("sox")
        .args(["-n", "-r", "44100", "-c", "1", "-b", "16"])
        .arg(dir.join("audio/fr/node-care.wav"))
        .args(["synth", "0.2", "sine", "440"])
        .status()
        .expect("sox");
    assert!(status.success());
    std::fs::copy(
        dir.join("audio/fr/node-rent.wav"),
        dir.join("audio/fr/node-nowhere.wav"),
    )
    .expect("copy");
    std::fs::create_dir_all(dir.join("audio/de")).expect("mkdir");
    std::fs::copy(dir.join("audio/fr/node-rent.wav"), dir.join("audio/de/node-rent.wav")).expect("copy");
    std::fs::write(dir.join("audio/fr/node-home.wav"), b"not a wav").expect("write");
    std::fs::write(dir.join("audio/fr/notes.txt"), b"x").expect("write");
    let (_, report) = content::check_dir(dir);
    let found = |file: &str, kind: &str| {
        report
            .diagnostics
            .iter()
            .any(|d| d.file == Path::new(file) && d.kind == kind)
    };
    assert!(
        found("audio/fr/node-care.wav", "audio-format"),
        "{:#?}",
        report.diagnostics
    );
    assert!(found("audio/fr/node-nowhere.wav", "audio-unknown-message"));
    assert!(found("audio/de/node-rent.wav", "audio-language"));
    assert!(found("audio/fr/node-home.wav", "audio-format"));
    assert!(found("audio/fr/notes.txt", "audio-layout"));
    assert!(!found("audio/fr/node-rent.wav", "audio-format"));
    for (lang, said) in [
        (
            "en_US.UTF-8",
            "audio/fr/node-care.wav: error: the sound is sampled at 44100 Hz",
        ),
        (
            "fr_FR.UTF-8",
            "audio/fr/node-care.wav: erreur: le son est échantillonné à 44100 Hz",
        ),
    ] {
        let out = borne()
            .args(["content", "check"])
            .arg(dir)
            .env("LANG", lang)
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .output()
            .expect("runs");
        assert!(!out.status.success());
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains(said), "{text}");
    }
}

#[test]
fn coverage_shows_voices_and_recordings() {
    let out = borne()
        .args(["content", "coverage"])
        .arg(util::fixture("spoken"))
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let row = |code: &str| {
        text.lines()
            .find(|l| l.split_whitespace().next() == Some(code))
            .unwrap_or_default()
            .to_string()
    };
    assert!(text.lines().next().unwrap_or_default().contains("audio"));
    assert!(
        row("fr").contains(" fr-fr ") && row("fr").contains(" 1/"),
        "{}",
        row("fr")
    );
    assert!(row("ps").contains(" - ") && row("ps").contains(" 1/"), "{}", row("ps"));
    assert!(row("ti").contains(" 0/"), "{}", row("ti"));
    let (src, _) = content::check_dir(&util::fixture("spoken"));
    let rows = content::coverage::coverage(&src);
    let ps = rows.iter().find(|r| r.code == "ps").expect("ps row");
    assert_eq!((ps.voice, ps.audio_recorded), (None, 1));
    assert!(ps.audio_total > 50);
}

#[test]
fn an_installed_bundle_keeps_its_recordings() {
    use borne::update::{bundle, install, sign};
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    let (public, secret) = sign::generate(&tmp.path().join("keys"), Some("pw".into())).expect("keys");
    let b = tmp.path().join("spoken.borne");
    bundle::build(&util::fixture("spoken"), &b, &mut |_, _| {}).expect("bundle");
    sign::sign(&b, &secret, Some("pw".into())).expect("signed");
    let key = sign::key_line(&std::fs::read_to_string(&public).expect("pub")).expect("key line");
    let active = borne::default_pack::load_active(&data).expect("active");
    let opts = install::Options {
        data_dir: data.clone(),
        trusted_keys: vec![key],
        accept_other_pack: true,
        active: borne::default_pack::active_identity(&active, &data),
        limits: bundle::Limits::default(),
    };
    let installed = install::apply(&b, &opts, &mut |_, _| {}).expect("installed");
    let pack = borne::default_pack::load_active(&data).expect("active");
    assert_eq!(pack.id, installed.pack_id);
    assert_eq!(pack.recording("fr", "node-rent"), Some(&Recording::Stored));
    assert_eq!(pack.recording("ps", "node-home"), Some(&Recording::Stored));
    let bytes = content::read_recording(&pack, "fr", "node-rent").expect("read from the installed file");
    let source = std::fs::read(util::fixture("spoken/audio/fr/node-rent.wav")).expect("fixture");
    assert_eq!(bytes, source);
}
