//! Real playback: the kiosk's player (rodio → cpal → ALSA `default`) with ALSA's
//! configuration pointed, through `ALSA_CONFIG_PATH`, at a `file` PCM that writes what
//! the device receives into a file (its slave is the `null` PCM, so no sound card is
//! needed). The file must hold the speech: samples well above silence.

mod util;

use std::io::Read;
use std::sync::Arc;
use std::time::{Duration, Instant};

use borne::speech::{Player, Scene, Screen, Synth};

#[test]
fn the_kiosk_player_plays_through_alsa() {
    // In memory where the machine has it: the file takes tens of megabytes a second.
    let shm = std::path::Path::new("/dev/shm");
    let dir = if shm.is_dir() {
        tempfile::tempdir_in(shm)
    } else {
        tempfile::tempdir()
    }
    .expect("tmp");
    let out = dir.path().join("played.raw");
    let conf = dir.path().join("asound.conf");
    std::fs::write(
        &conf,
        format!(
            "pcm.!default {{\n  type file\n  slave.pcm {{ type null }}\n  file \"{}\"\n  format \"raw\"\n}}\n",
            out.display()
        ),
    )
    .expect("conf");
    // This test binary has one test: nothing else reads the environment meanwhile.
    std::env::set_var("ALSA_CONFIG_PATH", &conf);

    let pack = Arc::new(util::default_pack());
    let l10n = borne::i18n::Localizer::new();
    let scene = Scene {
        pack: &pack,
        l10n: &l10n,
        lang: "fr",
        now: util::fixed_wall(),
    };
    let plan = borne::speech::plan_screen(&scene, &Screen::IdleWarning { remaining: 20 }).expect("plan");
    let player = Player::alsa(Synth::default());
    player.say(plan, pack.clone());
    // The null PCM takes samples as fast as they come (it has no clock): the file grows
    // with silence between utterances. It is read as it grows, and the player is
    // dropped (closing the device) once speech has come through, so the file stays small.
    let start = Instant::now();
    let (mut read, mut sound) = (0u64, 0u64);
    let mut file = None;
    while start.elapsed() < Duration::from_secs(10) && sound < 40_000 {
        std::thread::sleep(Duration::from_millis(5));
        if file.is_none() {
            file = std::fs::File::open(&out).ok();
        }
        if let Some(f) = &mut file {
            let mut buf = Vec::new();
            let _ = f.read_to_end(&mut buf);
            read += buf.len() as u64;
            sound += buf.iter().filter(|b| **b != 0).count() as u64;
        }
    }
    drop(player);
    assert!(read > 0, "the device received nothing");
    assert!(
        sound >= 40_000,
        "only {sound} non-silent bytes of {read} reached the device"
    );
}
