//! The Listen control and audio mode. Tapping Listen (the nav bar's slot before
//! Emergency) turns audio mode on and reads the screen; while it is on, every new
//! screen is read, cutting the previous one, and a tapped choice is said first (its
//! label, then the screen it opens). The screen changes at once in every mode: speech
//! follows the screen, never holds it back, so sighted residents wait for nothing.
//!
//! The plan is built here, on the UI thread (the chrome's `Localizer` stays on it), and
//! handed to the [`Player`] thread with the pack; nothing here waits on sound. Fills
//! `AppState.audio-mode`, `volume` and `no-voice-notice`; answers `toggle-audio` and
//! `cycle-volume`.

use super::context::Ctx;
use super::controller::Binder;
use super::generated::AppState;
use crate::session;
use crate::speech::{self, Player, Scene, Screen, Source, Utterance};

/// Wires the Listen control and the volume setting.
pub fn connect(bind: &Binder, state: &AppState<'_>) {
    state.on_toggle_audio(bind.step(|c| {
        let now = c.ctx.now();
        let on = !c.ctx.session.audio();
        c.ctx.session.set_audio(on, now);
        if on {
            // Listen reads the screen again even if it was read before.
            c.listen.said = None;
        }
        // Turned off by the resident: the keypad does not turn it on again this visit.
        c.listen.declined = !on;
    }));
    state.on_cycle_volume(bind.step(|c| {
        let now = c.ctx.now();
        c.ctx.session.next_volume(now);
        // In audio mode the new level is heard, at that level.
        let level = i64::from(c.ctx.session.volume());
        c.listen.say_now(
            &c.ctx,
            &[
                speech::Part::Chrome("display-volume"),
                speech::Part::Count("display-volume-level", level),
            ],
        );
    }));
}

/// What was said last: a screen in a language (the countdown's seconds aside).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Said {
    screen: Option<Screen>,
    lang: String,
}

/// Audio mode's state between refreshes.
pub struct Listener {
    player: Player,
    said: Option<Said>,
    /// Said before the next screen: a choice tapped in audio mode, the keypad's help,
    /// the headphones' welcome.
    prefix: Vec<Utterance>,
    volume: u8,
    /// The resident turned audio mode off in this visit.
    declined: bool,
    /// `[speech] output = "headphones"`: nothing is said through the loudspeaker.
    headphones_only: bool,
    /// Headphones are plugged into the jack.
    headphones: bool,
}

/// What the screen shows, as the speech script names it (`None`: nothing for a
/// resident to hear, such as the mediator's view or an update).
pub struct Showing {
    pub screen: session::Screen,
    /// Answers given on the eligibility node shown (none elsewhere).
    pub answers: Vec<usize>,
    pub warning: Option<u32>,
    pub ticket: Option<u16>,
    pub updating: bool,
    /// On an offers node: where the resident is among its offers, and the page size.
    pub offers: Option<(crate::offers::browse::Browse, usize)>,
}

impl Showing {
    fn speech(&self) -> Option<Screen> {
        if self.updating {
            return None;
        }
        if let Some(remaining) = self.warning {
            return Some(Screen::IdleWarning { remaining });
        }
        Some(match &self.screen {
            session::Screen::Attract => Screen::Attract,
            session::Screen::Language => Screen::Language,
            session::Screen::Emergency => Screen::Emergency,
            session::Screen::Help => Screen::Help,
            session::Screen::Ticket => Screen::Ticket { number: self.ticket? },
            session::Screen::Mediator => return None,
            session::Screen::Online { node, index } => Screen::Online {
                node: node.clone(),
                index: *index,
            },
            session::Screen::Node(id) if !self.answers.is_empty() => Screen::Step {
                id: id.clone(),
                answers: self.answers.clone(),
            },
            session::Screen::Node(id) => match &self.offers {
                Some((browse, per_page)) => Screen::Offers {
                    node: id.clone(),
                    browse: browse.clone(),
                    per_page: *per_page,
                },
                None => Screen::Node(id.clone()),
            },
        })
    }
}

impl Listener {
    pub fn new(player: Player) -> Self {
        Listener {
            player,
            said: None,
            prefix: Vec::new(),
            volume: crate::speech::player::DEFAULT_VOLUME,
            declined: false,
            headphones_only: false,
            headphones: false,
        }
    }

    /// Speech only through headphones (`[speech] output = "headphones"`).
    pub fn set_headphones_only(&mut self, on: bool) {
        self.headphones_only = on;
    }

    /// Whether the resident turned audio mode off in this visit.
    pub fn declined(&self) -> bool {
        self.declined
    }

    /// Speech may be heard now: not forbidden on the loudspeaker without headphones.
    fn may_speak(&self) -> bool {
        !self.headphones_only || self.headphones
    }

    /// Headphones were plugged in (audio mode on, with a welcome that says how to use
    /// the keypad) or out (audio mode off).
    pub fn headphones(&mut self, ctx: &mut Ctx, plugged: bool) {
        self.headphones = plugged;
        let now = ctx.now();
        ctx.session.set_audio(plugged, now);
        if plugged {
            self.declined = false;
            self.announce(ctx, "keypad-welcome");
        }
    }

    /// A chrome message said before the screen, which is read again after it.
    pub fn announce(&mut self, ctx: &Ctx, key: &'static str) {
        let lang = ctx.lang();
        let scene = scene(ctx, &lang);
        self.prefix = speech::parts(&scene, &[speech::Part::Chrome(key)]);
        self.said = None;
    }

    /// The maintenance screen's voice test: the keypad's instructions, in French, at
    /// the visit's volume, whatever audio mode says (and the headphones-only setting:
    /// the technician chose to test).
    pub fn test_sound(&mut self, ctx: &Ctx) {
        let lang = ctx.pack.default_language.clone();
        let scene = scene(ctx, &lang);
        let utterances = speech::parts(&scene, &[speech::Part::Chrome("keypad-help")]);
        self.player
            .say(speech::plan(&ctx.pack, &ctx.l10n, &lang, utterances), ctx.pack.clone());
    }

    /// Says these pieces now, cutting what is being said (a control the keypad
    /// focused, the volume just set). Nothing in visual mode.
    pub fn say_now(&mut self, ctx: &Ctx, parts: &[speech::Part]) {
        if !ctx.session.audio() || !self.may_speak() {
            return;
        }
        let lang = ctx.lang();
        let scene = scene(ctx, &lang);
        let utterances = speech::parts(&scene, parts);
        if let Some(v) = (self.volume != ctx.session.volume()).then_some(ctx.session.volume()) {
            self.volume = v;
            self.player.set_volume(v);
        }
        self.player
            .say(speech::plan(&ctx.pack, &ctx.l10n, &lang, utterances), ctx.pack.clone());
    }

    /// Speech goes to `player` from now on (tests record what it is asked).
    pub fn set_player(&mut self, player: Player) {
        self.player.stop();
        self.player = player;
        self.said = None;
    }

    /// A choice was tapped: in audio mode its label is said before the next screen.
    pub fn chose(&mut self, ctx: &Ctx, id: &str) {
        if !ctx.session.audio() {
            return;
        }
        let lang = ctx.lang();
        self.prefix = ctx
            .pack
            .text(&lang, &format!("node-{id}"))
            .map(|t| Utterance {
                lang: t.lang,
                text: t.value,
                source: Source::Pack {
                    key: format!("node-{id}"),
                },
            })
            .into_iter()
            .collect();
    }

    /// After each refresh: the volume, and in audio mode the screen read if it is new.
    pub fn after_refresh(&mut self, ctx: &Ctx, state: &AppState<'_>, showing: &Showing) {
        let session = &ctx.session;
        state.set_audio_mode(session.audio());
        state.set_volume(i32::from(session.volume()));
        if session.volume() != self.volume {
            self.volume = session.volume();
            self.player.set_volume(self.volume);
        }
        if !session.is_active() && session.untouched() {
            self.declined = false;
        }
        state.set_headphones_notice(session.audio() && !self.may_speak());
        if !session.audio() || !self.may_speak() {
            state.set_no_voice_notice(false);
            self.prefix.clear();
            if self.said.take().is_some() {
                self.player.stop();
            }
            return;
        }
        let now = Said {
            // The countdown's seconds do not make a new screen.
            screen: showing.speech().map(|s| match s {
                Screen::IdleWarning { .. } => Screen::IdleWarning { remaining: 0 },
                s => s,
            }),
            lang: ctx.lang(),
        };
        if self.said.as_ref() == Some(&now) {
            return;
        }
        self.said = Some(now);
        let Some(screen) = showing.speech() else {
            self.prefix.clear();
            state.set_no_voice_notice(false);
            self.player.stop();
            return;
        };
        let lang = ctx.lang();
        let scene = scene(ctx, &lang);
        let mut utterances: Vec<Utterance> = std::mem::take(&mut self.prefix);
        match speech::script(&scene, &screen) {
            Ok(u) => utterances.extend(u),
            Err(e) => tracing::warn!("no speech for {screen:?}: {e}"),
        }
        let plan = speech::plan(&ctx.pack, &ctx.l10n, &lang, utterances);
        state.set_no_voice_notice(plan.unspeakable().next().is_some());
        self.player.say(plan, ctx.pack.clone());
    }
}

/// What the speech script needs of the visit, in `lang`.
fn scene<'a>(ctx: &'a Ctx, lang: &'a str) -> Scene<'a> {
    Scene {
        pack: &ctx.pack,
        l10n: &ctx.l10n,
        lang,
        now: (ctx.clocks.wall)(),
    }
}
