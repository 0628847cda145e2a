//! One resident's visit: where they are, the path they took, their language and display
//! settings, and the inactivity clock. Wiping returns everything to the attract screen.
//!
//! Time is passed in (a monotonic duration since start) so the state machine is tested
//! without waiting, and the UI can drive it from Slint's own (mockable) clock.

use std::time::Duration;

use crate::content::{NodeKind, Pack};
use crate::eligibility::{Answered, Answers};
use crate::offers::browse::Browse;
use crate::speech::player::{DEFAULT_VOLUME, VOLUME_LEVELS};

/// Settings that shape a session.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SessionConfig {
    /// Inactivity before the "Are you still there?" warning.
    pub idle_after: Duration,
    /// Countdown shown by the warning before the session is wiped.
    pub countdown: Duration,
}

impl Default for SessionConfig {
    fn default() -> Self {
        SessionConfig {
            idle_after: Duration::from_secs(60),
            countdown: Duration::from_secs(20),
        }
    }
}

impl SessionConfig {
    /// A session that never times out: `borne preview`, where an operator reads each
    /// screen at their own pace and the attract screen would only get in the way.
    pub fn never_idle() -> Self {
        SessionConfig {
            idle_after: Duration::MAX,
            ..SessionConfig::default()
        }
    }
}

/// A page shown over the path, which Back closes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Language,
    Emergency,
    Help,
    /// The ticket (QR code) of the path so far.
    Ticket,
    /// A scanned ticket, read by a mediator.
    Mediator,
    /// "Continue on your phone": the current result's online procedure at this index.
    Online(usize),
}

/// What the screen shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Attract,
    Language,
    Emergency,
    Help,
    Ticket,
    Mediator,
    /// "Continue on your phone": result `node`'s online procedure at `index`.
    Online {
        node: String,
        index: usize,
    },
    /// A node of the tree; the root is the home screen.
    Node(String),
}

/// What a clock tick changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tick {
    Nothing,
    /// The warning is shown with this many whole seconds left.
    Warning {
        remaining_secs: u64,
    },
    /// The session was wiped; the attract screen is back.
    Wiped,
}

/// Text scale bounds: 1.0 (normal) to 1.5 (large).
pub const TEXT_SCALES: [f32; 3] = [1.0, 1.25, 1.5];

/// The state of one visit.
#[derive(Debug, Clone)]
pub struct Session {
    cfg: SessionConfig,
    default_language: String,
    root: String,
    lang: String,
    /// Node ids from the root to the current node; empty on the attract screen.
    path: Vec<String>,
    overlay: Option<Overlay>,
    high_contrast: bool,
    text_scale: f32,
    /// The screen is read aloud, and every new screen after it.
    audio: bool,
    /// 1 to [`crate::speech::player::VOLUME_LEVELS`].
    volume: u8,
    last_activity: Duration,
    warning_since: Option<Duration>,
    /// Someone touched the kiosk since the last wipe (even on the attract screen,
    /// where the display can be set before starting).
    touched: bool,
    /// Among the offers of the current node (an offers node): filters, page, offer open.
    browse: Browse,
    /// Answers to the eligibility node on the path (household, income band…).
    answers: Answers,
}

impl Session {
    pub fn new(cfg: SessionConfig, pack: &Pack) -> Self {
        Session {
            cfg,
            default_language: pack.default_language.clone(),
            root: pack.root.clone(),
            lang: pack.default_language.clone(),
            path: Vec::new(),
            overlay: None,
            high_contrast: false,
            text_scale: 1.0,
            audio: false,
            volume: DEFAULT_VOLUME,
            last_activity: Duration::ZERO,
            warning_since: None,
            touched: false,
            browse: Browse::default(),
            answers: Answers::default(),
        }
    }

    pub fn screen(&self) -> Screen {
        match (self.overlay, self.path.last()) {
            (Some(Overlay::Language), _) => Screen::Language,
            (Some(Overlay::Emergency), _) => Screen::Emergency,
            (Some(Overlay::Help), _) => Screen::Help,
            (Some(Overlay::Ticket), _) => Screen::Ticket,
            (Some(Overlay::Mediator), _) => Screen::Mediator,
            (Some(Overlay::Online(index)), Some(id)) => Screen::Online {
                node: id.clone(),
                index,
            },
            (Some(Overlay::Online(_)), None) => Screen::Attract,
            (None, Some(id)) => Screen::Node(id.clone()),
            (None, None) => Screen::Attract,
        }
    }

    /// Whether a resident is using the kiosk (anything but the idle attract screen).
    pub fn is_active(&self) -> bool {
        self.overlay.is_some() || !self.path.is_empty()
    }

    pub fn language(&self) -> &str {
        &self.lang
    }

    pub fn path(&self) -> &[String] {
        &self.path
    }

    pub fn high_contrast(&self) -> bool {
        self.high_contrast
    }

    pub fn text_scale(&self) -> f32 {
        self.text_scale
    }

    /// Audio mode: the screen is read aloud.
    pub fn audio(&self) -> bool {
        self.audio
    }

    pub fn set_audio(&mut self, on: bool, now: Duration) {
        self.activity(now);
        self.audio = on;
    }

    /// The volume level, 1 to [`VOLUME_LEVELS`].
    pub fn volume(&self) -> u8 {
        self.volume
    }

    /// Cycles the volume through its levels, as the text size.
    pub fn next_volume(&mut self, now: Duration) {
        self.activity(now);
        self.volume = self.volume % VOLUME_LEVELS + 1;
    }

    /// Sets the volume, clamped to 1..=[`VOLUME_LEVELS`].
    pub fn set_volume(&mut self, level: u8, now: Duration) {
        self.activity(now);
        self.volume = level.clamp(1, VOLUME_LEVELS);
    }

    pub fn warning_shown(&self) -> bool {
        self.warning_since.is_some()
    }

    /// A touch anywhere: restarts the inactivity clock and dismisses the warning.
    pub fn activity(&mut self, now: Duration) {
        self.last_activity = now;
        self.warning_since = None;
        self.touched = true;
    }

    /// Nothing happened since the last wipe: the session holds nothing of anyone.
    pub fn untouched(&self) -> bool {
        !self.touched
    }

    /// The attract screen was touched: the visit starts with the language screen.
    pub fn start(&mut self, now: Duration) {
        self.activity(now);
        self.overlay = Some(Overlay::Language);
    }

    /// A language was picked; the first pick of a visit leads home.
    pub fn choose_language(&mut self, lang: &str, now: Duration) {
        self.activity(now);
        self.lang = lang.to_string();
        self.overlay = None;
        if self.path.is_empty() {
            self.path.push(self.root.clone());
        }
    }

    /// Where the resident is among the current node's offers.
    pub fn browse(&self) -> &Browse {
        &self.browse
    }

    /// Changes where the resident is among the offers (a tap: activity).
    pub fn browse_mut(&mut self, now: Duration) -> &mut Browse {
        self.activity(now);
        &mut self.browse
    }

    /// A choice tile was tapped. Ignored unless it is offered by the current node.
    pub fn choose(&mut self, pack: &Pack, id: &str, now: Duration) -> bool {
        self.activity(now);
        if self.overlay.is_some() {
            return false;
        }
        let offered = self
            .path
            .last()
            .and_then(|cur| pack.node(cur))
            .is_some_and(|n| n.kind != NodeKind::Result && n.choices.iter().any(|c| c == id));
        if offered && pack.node(id).is_some() {
            self.path.push(id.to_string());
            self.browse = Browse::default();
        }
        offered
    }

    /// Back: closes an overlay, else goes one step up the path (never past home).
    pub fn back(&mut self, now: Duration) {
        self.activity(now);
        if self.overlay.take().is_some() || self.browse.back() {
            return;
        }
        if self.answers.undo(self.path.len()) {
            return;
        }
        if self.path.len() > 1 {
            self.path.pop();
            self.browse = Browse::default();
        }
        self.answers.keep_within(self.path.len());
    }

    /// The answers given at the eligibility node on screen (none elsewhere).
    pub fn answers(&self) -> &[usize] {
        if self.overlay.is_some() {
            return &[];
        }
        self.answers.at(self.path.len())
    }

    /// Choice `choice` of the eligibility node on screen: its next question, or the
    /// node its table leads to. `None` (nothing changes) if it is not offered.
    pub fn answer(&mut self, pack: &Pack, choice: usize, now: Duration) -> Option<Answered> {
        self.activity(now);
        if self.overlay.is_some() {
            return None;
        }
        let node = self.path.last().and_then(|cur| pack.node(cur))?;
        let table = pack.node_table(&node.id)?;
        let answered = self.answers.answer(table, self.path.len(), choice)?;
        if let Answered::Route(to) = &answered {
            if !node.choices.contains(to) || pack.node(to).is_none() {
                return None;
            }
            self.path.push(to.clone());
        }
        Some(answered)
    }

    /// Home: the root question, whatever was open.
    pub fn home(&mut self, now: Duration) {
        self.activity(now);
        self.overlay = None;
        self.path.clear();
        self.path.push(self.root.clone());
        self.browse = Browse::default();
        self.answers.forget();
    }

    pub fn open(&mut self, overlay: Overlay, now: Duration) {
        self.activity(now);
        self.overlay = Some(overlay);
    }

    pub fn set_high_contrast(&mut self, on: bool, now: Duration) {
        self.activity(now);
        self.high_contrast = on;
    }

    /// The theme the kiosk is configured with, after a wipe: not anyone's action.
    pub fn reset_theme(&mut self, high_contrast: bool) {
        self.high_contrast = high_contrast;
    }

    /// Cycles the text scale through [`TEXT_SCALES`].
    pub fn next_text_scale(&mut self, now: Duration) {
        self.activity(now);
        let i = TEXT_SCALES
            .iter()
            .position(|s| (*s - self.text_scale).abs() < 0.01)
            .unwrap_or(0);
        self.text_scale = TEXT_SCALES[(i + 1) % TEXT_SCALES.len()];
    }

    /// Sets the text scale, clamped to 1.0..=1.5.
    pub fn set_text_scale(&mut self, scale: f32, now: Duration) {
        self.activity(now);
        self.text_scale = scale.clamp(1.0, 1.5);
    }

    /// Advances the inactivity clock.
    pub fn tick(&mut self, now: Duration) -> Tick {
        let idle = now.saturating_sub(self.last_activity);
        if !self.is_active() {
            // Back to the attract screen (or display settings changed there): what was
            // set goes after the same delay, without a warning, as nothing is on screen.
            if self.touched && idle >= self.cfg.idle_after {
                self.wipe();
                return Tick::Wiped;
            }
            return Tick::Nothing;
        }
        if idle < self.cfg.idle_after {
            return Tick::Nothing;
        }
        let since = *self
            .warning_since
            .get_or_insert(self.last_activity + self.cfg.idle_after);
        let shown_for = now.saturating_sub(since);
        if shown_for >= self.cfg.countdown {
            self.wipe();
            return Tick::Wiped;
        }
        let remaining = self.cfg.countdown - shown_for;
        // Round up: the warning shows 20 at its start, 1 in its last second.
        let remaining_secs = remaining.as_millis().div_ceil(1000) as u64;
        Tick::Warning { remaining_secs }
    }

    /// A mediator scanned a ticket: a visit in the ticket's language, on its path
    /// (checked against the pack), with the mediator view open. Whatever was on the
    /// screen before belonged to someone else and is forgotten first. With no usable
    /// path (another pack, a damaged ticket) the visit starts at home.
    pub fn resume(&mut self, pack: &Pack, lang: Option<&str>, path: Option<&[String]>, now: Duration) {
        self.wipe();
        self.activity(now);
        if let Some(l) = lang {
            self.lang = l.to_string();
        }
        let valid = path.filter(|p| {
            p.first() == Some(&self.root)
                && p.windows(2).all(|w| {
                    pack.node(&w[0])
                        .is_some_and(|n| n.kind != NodeKind::Result && n.choices.contains(&w[1]))
                })
        });
        self.path = match valid {
            Some(p) => p.to_vec(),
            None => vec![self.root.clone()],
        };
        self.overlay = Some(Overlay::Mediator);
    }

    /// Forgets everything of the visit: path, language, settings (display, audio mode,
    /// volume), overlays.
    pub fn wipe(&mut self) {
        self.lang = self.default_language.clone();
        self.path.clear();
        self.overlay = None;
        self.high_contrast = false;
        self.text_scale = 1.0;
        self.audio = false;
        self.volume = DEFAULT_VOLUME;
        self.warning_since = None;
        self.touched = false;
        self.browse = Browse::default();
        self.answers.forget();
    }

    /// Nothing of an eligibility check is left (for the tests of the wipe).
    pub fn has_answers(&self) -> bool {
        !self.answers.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::NodeKind;

    use crate::content::model::testing::node;

    fn pack() -> Pack {
        let mut p = Pack::default();
        p.id = "t".into();
        p.default_language = "fr".into();
        p.root = "home".into();
        p.nodes = vec![
            node("home", NodeKind::Question, &["a", "b"]),
            node("a", NodeKind::Question, &["r1", "r2"]),
            node("b", NodeKind::Result, &[]),
            node("r1", NodeKind::Result, &[]),
            node("r2", NodeKind::Result, &[]),
        ];
        p.reindex();
        p
    }

    fn s(secs: u64) -> Duration {
        Duration::from_secs(secs)
    }

    /// Found by the property test: Back from the first language screen, or the display
    /// set on the attract screen, left large text or high contrast for the next person
    /// for ever (the idle clock only ran during a visit).
    #[test]
    fn settings_left_on_the_attract_screen_are_wiped_after_the_idle_delay() {
        let p = pack();
        let cfg = SessionConfig::default();
        let mut se = Session::new(cfg, &p);
        assert!(se.untouched());
        assert_eq!(se.tick(s(1000)), Tick::Nothing, "an untouched kiosk stays as it is");
        se.start(s(0));
        se.next_text_scale(s(1));
        se.back(s(2));
        assert!(!se.is_active(), "back on the attract screen");
        assert_eq!(se.text_scale(), 1.25);
        assert_eq!(se.tick(s(2) + cfg.idle_after / 2), Tick::Nothing);
        assert_eq!(se.tick(s(2) + cfg.idle_after), Tick::Wiped);
        assert_eq!(se.text_scale(), 1.0);
        assert!(se.untouched());
        se.set_high_contrast(true, s(100));
        assert_eq!(se.tick(s(100) + cfg.idle_after), Tick::Wiped);
        assert!(!se.high_contrast());
        // The configured theme is not anyone's touch.
        se.reset_theme(true);
        assert!(se.untouched());
        assert_eq!(se.tick(s(1000)), Tick::Nothing);
    }

    #[test]
    fn a_session_that_never_idles_is_never_warned_nor_wiped() {
        let p = pack();
        let mut se = Session::new(SessionConfig::never_idle(), &p);
        se.start(s(0));
        se.choose_language("en", s(1));
        assert_eq!(se.tick(s(1_000_000_000)), Tick::Nothing);
        se.back(s(2));
        se.home(s(3));
        assert_eq!(se.tick(Duration::MAX), Tick::Nothing);
        assert_eq!(se.language(), "en");
    }

    #[test]
    fn a_scanned_ticket_resumes_its_path_and_forgets_the_previous_visit() {
        let p = pack();
        let mut se = Session::new(SessionConfig::default(), &p);
        se.start(s(0));
        se.choose_language("en", s(1));
        se.choose(&p, "b", s(2));
        se.set_high_contrast(true, s(2));
        let path: Vec<String> = ["home", "a", "r2"].iter().map(|x| x.to_string()).collect();
        se.resume(&p, Some("ar"), Some(&path), s(3));
        assert_eq!(se.screen(), Screen::Mediator);
        assert_eq!(se.language(), "ar");
        assert_eq!(se.path(), path.as_slice());
        assert!(!se.high_contrast(), "the previous visitor's settings are gone");
        // Continue: the mediator view closes on the resident's result, and browsing goes on.
        se.back(s(4));
        assert_eq!(se.screen(), Screen::Node("r2".into()));
        se.back(s(5));
        assert_eq!(se.screen(), Screen::Node("a".into()));
        // A path that does not follow the tree is not trusted.
        let bad: Vec<String> = ["home", "r1"].iter().map(|x| x.to_string()).collect();
        se.resume(&p, Some("fr"), Some(&bad), s(6));
        assert_eq!(se.path(), ["home".to_string()].as_slice());
        // Leaving wipes as usual.
        assert_eq!(se.tick(s(6 + 60 + 20)), Tick::Wiped);
        assert_eq!(se.screen(), Screen::Attract);
    }

    #[test]
    fn journey_choose_back_home() {
        let p = pack();
        let mut ses = Session::new(SessionConfig::default(), &p);
        assert_eq!(ses.screen(), Screen::Attract);
        ses.start(s(0));
        assert_eq!(ses.screen(), Screen::Language);
        ses.choose_language("en", s(1));
        assert_eq!(ses.screen(), Screen::Node("home".into()));
        assert_eq!(ses.language(), "en");
        assert!(ses.choose(&p, "a", s(2)));
        assert!(ses.choose(&p, "r1", s(3)));
        assert_eq!(ses.screen(), Screen::Node("r1".into()));
        assert_eq!(ses.path(), ["home", "a", "r1"]);
        // A result offers nothing; a node not offered is refused.
        assert!(!ses.choose(&p, "r2", s(4)));
        ses.back(s(5));
        assert_eq!(ses.screen(), Screen::Node("a".into()));
        assert!(!ses.choose(&p, "b", s(5)), "b is not a choice of a");
        ses.home(s(6));
        assert_eq!(ses.path(), ["home"]);
        ses.back(s(7));
        assert_eq!(ses.path(), ["home"], "back never leaves home");
    }

    #[test]
    fn overlays_return_where_they_were() {
        let p = pack();
        let mut ses = Session::new(SessionConfig::default(), &p);
        ses.start(s(0));
        ses.choose_language("fr", s(0));
        ses.choose(&p, "a", s(1));
        ses.open(Overlay::Emergency, s(2));
        assert_eq!(ses.screen(), Screen::Emergency);
        assert!(!ses.choose(&p, "r1", s(2)), "no choice under an overlay");
        ses.back(s(3));
        assert_eq!(ses.screen(), Screen::Node("a".into()));
        ses.open(Overlay::Language, s(4));
        ses.choose_language("ar", s(5));
        assert_eq!(
            ses.screen(),
            Screen::Node("a".into()),
            "switching language keeps the screen"
        );
        assert_eq!(ses.path(), ["home", "a"]);
    }

    #[test]
    fn idle_warning_then_continue() {
        let p = pack();
        let mut ses = Session::new(SessionConfig::default(), &p);
        assert_eq!(ses.tick(s(1000)), Tick::Nothing, "no clock on the attract screen");
        ses.start(s(0));
        ses.choose_language("fr", s(0));
        assert_eq!(ses.tick(s(59)), Tick::Nothing);
        assert_eq!(ses.tick(s(60)), Tick::Warning { remaining_secs: 20 });
        assert_eq!(
            ses.tick(Duration::from_millis(60_500)),
            Tick::Warning { remaining_secs: 20 }
        );
        assert_eq!(ses.tick(s(79)), Tick::Warning { remaining_secs: 1 });
        ses.activity(s(79));
        assert!(!ses.warning_shown());
        assert_eq!(ses.tick(s(100)), Tick::Nothing);
        assert_eq!(ses.path(), ["home"]);
    }

    #[test]
    fn idle_wipes_everything() {
        let p = pack();
        let cfg = SessionConfig {
            idle_after: s(10),
            countdown: s(5),
        };
        let mut ses = Session::new(cfg, &p);
        ses.start(s(0));
        ses.choose_language("uk", s(0));
        ses.choose(&p, "a", s(1));
        ses.set_high_contrast(true, s(1));
        ses.next_text_scale(s(1));
        ses.set_audio(true, s(1));
        ses.next_volume(s(1));
        ses.open(Overlay::Help, s(1));
        assert!(matches!(ses.tick(s(12)), Tick::Warning { .. }));
        assert_eq!(ses.tick(s(16)), Tick::Wiped);
        assert_eq!(ses.screen(), Screen::Attract);
        assert!(ses.path().is_empty());
        assert_eq!(ses.language(), "fr");
        assert!(!ses.high_contrast());
        assert_eq!(ses.text_scale(), 1.0);
        assert!(!ses.audio(), "audio mode is part of the visit");
        assert_eq!(ses.volume(), DEFAULT_VOLUME);
        assert!(!ses.is_active());
    }

    #[test]
    fn volume_cycles_through_its_levels() {
        let p = pack();
        let mut ses = Session::new(SessionConfig::default(), &p);
        let mut seen = vec![ses.volume()];
        for _ in 0..VOLUME_LEVELS {
            ses.next_volume(s(0));
            seen.push(ses.volume());
        }
        assert_eq!(seen, [3, 4, 5, 1, 2, 3]);
        ses.set_volume(200, s(0));
        assert_eq!(ses.volume(), VOLUME_LEVELS);
        ses.set_volume(0, s(0));
        assert_eq!(ses.volume(), 1);
    }

    #[test]
    fn text_scale_cycles() {
        let p = pack();
        let mut ses = Session::new(SessionConfig::default(), &p);
        ses.next_text_scale(s(0));
        assert_eq!(ses.text_scale(), 1.25);
        ses.next_text_scale(s(0));
        assert_eq!(ses.text_scale(), 1.5);
        ses.next_text_scale(s(0));
        assert_eq!(ses.text_scale(), 1.0);
    }
}
