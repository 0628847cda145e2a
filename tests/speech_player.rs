//! The speech player thread: real synthesis (`espeak-ng`) into an output kept in
//! memory; a new plan cuts the previous one; volume follows; the first sound is ready
//! quickly. Playback into a real ALSA device is `tests/audio_alsa.rs`.

mod util;

use std::sync::Arc;
use std::time::{Duration, Instant};

use borne::speech::player::{self, memory};
use borne::speech::{Screen, Synth};

fn rms(samples: &[i16]) -> f64 {
    let sum: f64 = samples.iter().map(|s| f64::from(*s).powi(2)).sum();
    (sum / samples.len().max(1) as f64).sqrt()
}

/// Waits until `f` holds, at most `max`.
fn until(max: Duration, f: impl Fn() -> bool) -> bool {
    let start = Instant::now();
    while !f() && start.elapsed() < max {
        std::thread::sleep(Duration::from_millis(10));
    }
    f()
}

#[test]
fn the_player_says_a_screen_and_a_new_one_cuts_it() {
    let pack = Arc::new(util::default_pack());
    let (p, heard, first) = memory::player(Synth::default());
    let home = util::plan(&pack, "fr", &Screen::Home);
    let spoken = home.spoken().count();
    let sent = Instant::now();
    p.say(home, pack.clone());
    let at = first.recv_timeout(Duration::from_secs(5)).expect("a first sound");
    assert!(
        at.duration_since(sent) < Duration::from_millis(1000),
        "first sound after {:?}",
        at.duration_since(sent)
    );
    assert!(
        until(Duration::from_secs(20), || heard
            .lock()
            .map(|h| h.sounds.len())
            .unwrap_or(0)
            == spoken),
        "every utterance is said"
    );
    {
        let h = heard.lock().expect("lock");
        assert!(h.sounds.iter().all(|s| rms(&s.samples) > 100.0), "speech, not silence");
        assert!((h.gain - player::gain(player::DEFAULT_VOLUME)).abs() < 1e-6);
    }

    // A long screen, cut by a short one: only the short one is left.
    let cuts = heard.lock().map(|h| h.cuts).unwrap_or(0);
    p.say(util::plan(&pack, "fr", &Screen::Help), pack.clone());
    let _ = first.recv_timeout(Duration::from_secs(5)).expect("help starts");
    let short = util::plan(&pack, "ar", &Screen::IdleWarning { remaining: 20 });
    let n = short.spoken().count();
    p.set_volume(5);
    p.say(short, pack.clone());
    let _ = first.recv_timeout(Duration::from_secs(5)).expect("the warning starts");
    assert!(until(Duration::from_secs(10), || heard
        .lock()
        .map(|h| h.sounds.len())
        .unwrap_or(0)
        == n));
    std::thread::sleep(Duration::from_millis(300));
    let h = heard.lock().expect("lock");
    assert_eq!(h.sounds.len(), n, "nothing of the help screen after the cut");
    assert!(h.cuts >= cuts + 2, "each new plan cuts");
    assert!((h.gain - 1.0).abs() < 1e-6, "the volume follows");
    drop(h);

    // Stop: silence, and the player still answers.
    p.stop();
    assert!(until(Duration::from_secs(2), || heard
        .lock()
        .map(|h| h.sounds.is_empty())
        .unwrap_or(false)));
}

#[test]
fn a_missing_synthesiser_is_silence_not_a_crash() {
    let pack = Arc::new(util::default_pack());
    let synth = Synth {
        program: "/nonexistent/espeak-ng".into(),
        ..Synth::default()
    };
    let (p, heard, first) = memory::player(synth);
    p.say(util::plan(&pack, "fr", &Screen::Emergency), pack.clone());
    assert!(first.recv_timeout(Duration::from_millis(500)).is_err());
    assert!(heard.lock().expect("lock").sounds.is_empty());
}
