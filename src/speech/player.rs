//! Playback: a worker thread that says a screen's [`Plan`] one utterance at a time and
//! plays it through ALSA, while the UI goes on.
//!
//! The UI thread builds the plan (it needs the chrome's `Localizer`, which stays on
//! that thread) and sends it with an `Arc<Pack>` as a [`Command`]; the `borne-speech`
//! thread synthesises the first utterance ([`say`], 20-90 ms), hands it to the sound
//! device and makes the next while it plays, keeping at most [`AHEAD`] utterances
//! queued. A new command cuts what is playing and what is queued: a new screen cuts
//! the previous one's speech. Sending never blocks and never fails for the caller.
//!
//! Why `rodio` (over `cpal`, which it drives): a queue of sounds that can be dropped at
//! once, a per-queue volume, and conversion from speech's 22,050 Hz mono to whatever
//! rate and channels the device takes; with `cpal` alone that is a ring buffer, a
//! resampler and a mixer to write and keep. It is the maintained audio crate of the
//! RustAudio group, and opens ALSA's `default` PCM, so the kiosk image chooses the card
//! (loudspeaker, headphones) in `asound.conf`, and tests point it at a file.
//!
//! No sound device (CI, a desktop without audio, a card unplugged) is a warning logged
//! once, and silence: the commands are read and dropped, the device is tried again at
//! most every [`RETRY`].

use std::num::{NonZeroU16, NonZeroU32};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::render::{say, Plan, Said, GAP_MS};
use super::synth::Synth;
use super::wav::{Pcm, RATE};
use crate::content::Pack;

/// Volume levels, 1 (quietest) to [`VOLUME_LEVELS`].
pub const VOLUME_LEVELS: u8 = 5;
/// The level each visit starts with.
pub const DEFAULT_VOLUME: u8 = 3;
/// Utterances made ahead of the one playing (the rest are made while it plays).
pub const AHEAD: usize = 2;
/// How long a missing device is left alone before it is tried again.
pub const RETRY: Duration = Duration::from_secs(30);

/// The gain of a volume level: never silent, full scale at the top.
pub fn gain(level: u8) -> f32 {
    let level = level.clamp(1, VOLUME_LEVELS);
    0.2 + 0.8 * f32::from(level - 1) / f32::from(VOLUME_LEVELS - 1)
}

/// What the player is asked to do.
#[derive(Debug, Clone)]
pub enum Command {
    /// Say this plan, cutting whatever was being said.
    Say { plan: Plan, pack: Arc<Pack> },
    /// Be quiet now.
    Stop,
    /// A volume level, 1 to [`VOLUME_LEVELS`]; what is playing follows it.
    Volume(u8),
}

/// Where sound goes: the sound card, or memory in tests and benchmarks.
pub trait Output {
    /// Plays `pcm` after what is already queued.
    fn queue(&mut self, pcm: Pcm);
    /// Drops what is playing and queued, at once.
    fn cut(&mut self);
    fn set_gain(&mut self, gain: f32);
    /// Sounds queued or playing.
    fn queued(&self) -> usize;
}

/// Opens the output when the first sound is to be played; `Err` is why there is none.
pub type OpenOutput = Box<dyn FnMut() -> Result<Box<dyn Output>, String> + Send>;

/// A handle on the player thread; cloning it shares the thread.
#[derive(Clone)]
pub struct Player {
    tx: Sender<Command>,
}

impl Player {
    /// The kiosk's player: ALSA's default device through `rodio`.
    pub fn alsa(synth: Synth) -> Player {
        Player::with_output(synth, Box::new(|| alsa::open().map(|o| Box::new(o) as Box<dyn Output>)))
    }

    /// A player on its own thread, playing into what `open` gives.
    pub fn with_output(synth: Synth, open: OpenOutput) -> Player {
        let (tx, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("borne-speech".into())
            .spawn(move || Worker::new(synth, open).run(rx));
        if let Err(e) = spawned {
            // The commands then go nowhere: the kiosk stays silent, never stuck.
            tracing::warn!("speech player thread not started: {e}");
        }
        Player { tx }
    }

    /// A player that plays nothing and hands every command to the receiver (tests).
    pub fn recording() -> (Player, Receiver<Command>) {
        let (tx, rx) = mpsc::channel();
        (Player { tx }, rx)
    }

    pub fn say(&self, plan: Plan, pack: Arc<Pack>) {
        self.send(Command::Say { plan, pack });
    }

    pub fn stop(&self) {
        self.send(Command::Stop);
    }

    pub fn set_volume(&self, level: u8) {
        self.send(Command::Volume(level));
    }

    fn send(&self, c: Command) {
        // A player whose thread is gone is silence, not an error for the UI.
        let _ = self.tx.send(c);
    }
}

/// The player thread's state.
struct Worker {
    synth: Synth,
    open: OpenOutput,
    out: Option<Box<dyn Output>>,
    gain: f32,
    last_try: Option<Instant>,
    warned: bool,
}

/// What interrupted a plan.
enum Next {
    Done,
    Command(Command),
    Closed,
}

impl Worker {
    fn new(synth: Synth, open: OpenOutput) -> Self {
        Worker {
            synth,
            open,
            out: None,
            gain: gain(DEFAULT_VOLUME),
            last_try: None,
            warned: false,
        }
    }

    fn run(mut self, rx: Receiver<Command>) {
        let mut next = rx.recv().ok();
        while let Some(cmd) = next.take() {
            match cmd {
                Command::Stop => self.cut(),
                Command::Volume(level) => self.volume(level),
                Command::Say { plan, pack } => {
                    self.cut();
                    match self.play(&plan, &pack, &rx) {
                        Next::Command(c) => next = Some(c),
                        Next::Closed => return,
                        Next::Done => {}
                    }
                }
            }
            if next.is_none() {
                next = rx.recv().ok();
            }
        }
    }

    fn cut(&mut self) {
        if let Some(o) = &mut self.out {
            o.cut();
        }
    }

    fn volume(&mut self, level: u8) {
        self.gain = gain(level);
        if let Some(o) = &mut self.out {
            o.set_gain(self.gain);
        }
    }

    /// The output, opened if needed; `None` (silence) without a device.
    fn output(&mut self) -> Option<&mut Box<dyn Output>> {
        if self.out.is_none() && self.last_try.is_none_or(|t| t.elapsed() >= RETRY) {
            self.last_try = Some(Instant::now());
            match (self.open)() {
                Ok(mut o) => {
                    o.set_gain(self.gain);
                    self.out = Some(o);
                }
                Err(e) if !self.warned => {
                    self.warned = true;
                    tracing::warn!("no sound device, the kiosk stays silent: {e}");
                }
                Err(e) => tracing::debug!("still no sound device: {e}"),
            }
        }
        self.out.as_mut()
    }

    /// Says `plan` step by step, reading commands between steps and while waiting for
    /// the queue to drain: a `Volume` is applied and the plan goes on, anything else
    /// ends it.
    fn play(&mut self, plan: &Plan, pack: &Pack, rx: &Receiver<Command>) -> Next {
        if self.output().is_none() {
            return Next::Done;
        }
        let mut first = true;
        for step in &plan.steps {
            loop {
                let busy = self.out.as_ref().is_some_and(|o| o.queued() >= AHEAD);
                let wait = if busy {
                    Duration::from_millis(20)
                } else {
                    Duration::ZERO
                };
                match rx.recv_timeout(wait) {
                    Ok(Command::Volume(level)) => self.volume(level),
                    Ok(c) => return Next::Command(c),
                    Err(RecvTimeoutError::Disconnected) => return Next::Closed,
                    Err(RecvTimeoutError::Timeout) if busy => {}
                    Err(RecvTimeoutError::Timeout) => break,
                }
            }
            let mut pcm = match say(pack, step, &self.synth) {
                Ok(Said::Recorded(p) | Said::Synthesised(p)) => p,
                Ok(Said::Nothing) => continue,
                Err(e) => {
                    tracing::warn!(text = %step.0.text, "cannot say: {e}");
                    continue;
                }
            };
            if !first {
                let mut gap = Pcm::default();
                gap.push_silence(GAP_MS);
                gap.append(&pcm);
                pcm = gap;
            }
            first = false;
            if let Some(o) = &mut self.out {
                o.queue(pcm);
            }
        }
        Next::Done
    }
}

/// The sound card, through `rodio` on ALSA's `default` device.
mod alsa {
    use super::*;

    pub struct Alsa {
        device: rodio::MixerDeviceSink,
        queue: rodio::Player,
        gain: f32,
    }

    pub fn open() -> Result<Alsa, String> {
        let mut device = rodio::DeviceSinkBuilder::open_default_sink().map_err(|e| error_chain(&e))?;
        device.log_on_drop(false);
        let queue = rodio::Player::connect_new(device.mixer());
        Ok(Alsa {
            device,
            queue,
            gain: 1.0,
        })
    }

    fn error_chain(e: &dyn std::error::Error) -> String {
        let mut s = e.to_string();
        let mut cur = e.source();
        while let Some(c) = cur {
            s.push_str(": ");
            s.push_str(&c.to_string());
            cur = c.source();
        }
        s
    }

    impl Output for Alsa {
        fn queue(&mut self, pcm: Pcm) {
            let (Some(rate), channels) = (NonZeroU32::new(RATE), NonZeroU16::MIN) else {
                return;
            };
            let samples: Vec<f32> = pcm.samples.iter().map(|s| f32::from(*s) / 32768.0).collect();
            self.queue
                .append(rodio::buffer::SamplesBuffer::new(channels, rate, samples));
        }

        fn cut(&mut self) {
            // A fresh queue rather than `clear`, which waits for the device to skip
            // the old sounds: dropping the old one silences it at the next buffer.
            self.queue = rodio::Player::connect_new(self.device.mixer());
            self.queue.set_volume(self.gain);
        }

        fn set_gain(&mut self, gain: f32) {
            self.gain = gain;
            self.queue.set_volume(gain);
        }

        fn queued(&self) -> usize {
            self.queue.len()
        }
    }
}

/// Sound kept in memory: what a player would have played, for tests and benchmarks.
pub mod memory {
    use super::*;
    use std::sync::Mutex;

    /// What reached the output, shared with the test.
    #[derive(Debug, Default)]
    pub struct Heard {
        /// Every sound queued since the last cut, in order.
        pub sounds: Vec<Pcm>,
        pub cuts: usize,
        pub gain: f32,
        /// When the first sound after a cut was queued.
        pub first_sound: Option<Instant>,
    }

    pub struct Memory {
        pub heard: Arc<Mutex<Heard>>,
        /// Told when the first sound after a cut is queued.
        pub first: Option<Sender<Instant>>,
    }

    impl Output for Memory {
        fn queue(&mut self, pcm: Pcm) {
            if let Ok(mut h) = self.heard.lock() {
                if h.sounds.is_empty() {
                    let now = Instant::now();
                    h.first_sound = Some(now);
                    if let Some(tx) = &self.first {
                        let _ = tx.send(now);
                    }
                }
                h.sounds.push(pcm);
            }
        }

        fn cut(&mut self) {
            if let Ok(mut h) = self.heard.lock() {
                h.sounds.clear();
                h.cuts += 1;
                h.first_sound = None;
            }
        }

        fn set_gain(&mut self, gain: f32) {
            if let Ok(mut h) = self.heard.lock() {
                h.gain = gain;
            }
        }

        /// Sounds are consumed as soon as they arrive.
        fn queued(&self) -> usize {
            0
        }
    }

    /// A player into memory: its handle, what it heard, and news of each first sound.
    pub fn player(synth: Synth) -> (Player, Arc<Mutex<Heard>>, Receiver<Instant>) {
        let heard = Arc::new(Mutex::new(Heard::default()));
        let (tx, rx) = mpsc::channel();
        let h = heard.clone();
        let p = Player::with_output(
            synth,
            Box::new(move || {
                Ok(Box::new(Memory {
                    heard: h.clone(),
                    first: Some(tx.clone()),
                }) as Box<dyn Output>)
            }),
        );
        (p, heard, rx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speech::{Source, Take, Utterance};

    #[test]
    fn volume_levels_are_audible_and_ordered() {
        let g: Vec<f32> = (0..=VOLUME_LEVELS + 1).map(gain).collect();
        assert!(g.windows(2).all(|w| w[0] <= w[1]));
        assert!(gain(1) > 0.1, "the quietest level is still heard");
        assert!((gain(VOLUME_LEVELS) - 1.0).abs() < 1e-6);
    }

    #[test]
    fn a_player_without_device_stays_silent_and_answers() {
        let opened = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let o = opened.clone();
        let p = Player::with_output(
            Synth::default(),
            Box::new(move || {
                o.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                Err("no card".into())
            }),
        );
        let plan = Plan {
            lang: "fr".into(),
            steps: vec![(
                Utterance {
                    lang: "fr".into(),
                    text: "bonjour".into(),
                    source: Source::Data,
                },
                Take::Unspeakable,
            )],
        };
        for _ in 0..5 {
            p.say(plan.clone(), Arc::new(Pack::default()));
            p.stop();
            p.set_volume(9);
        }
        drop(p);
        std::thread::sleep(Duration::from_millis(100));
        assert_eq!(
            opened.load(std::sync::atomic::Ordering::SeqCst),
            1,
            "tried once, not at every command"
        );
    }
}
