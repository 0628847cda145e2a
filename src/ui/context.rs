//! What every presenter shares: the pack on screen, the visit (`Session`), the clocks,
//! the chrome's translations, the decoded pictograms and the statistics recorder.
//!
//! Presenters borrow it for one fill or one callback; it holds no Slint component, only
//! values (images are plain `slint::Image`s cached by pictogram name).

use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDateTime;
use slint::{Image, ModelRc, VecModel};

use crate::config::Config;
use crate::content::Pack;
use crate::i18n::Localizer;
use crate::session::{Session, SessionConfig};
use crate::stats::{EndReason, Event, Recorder};

/// Where time comes from: a monotonic clock for inactivity, a wall clock for
/// opening hours. Tests drive both.
#[derive(Clone)]
pub struct Clocks {
    pub monotonic: Rc<dyn Fn() -> Duration>,
    pub wall: Rc<dyn Fn() -> NaiveDateTime>,
}

impl Clocks {
    /// The system's clocks.
    pub fn system() -> Self {
        let start = std::time::Instant::now();
        Clocks {
            monotonic: Rc::new(move || start.elapsed()),
            wall: Rc::new(|| chrono::Local::now().naive_local()),
        }
    }
}

/// The state shared by every screen.
pub struct Ctx {
    pub pack: Arc<Pack>,
    pub session: Session,
    pub l10n: Rc<Localizer>,
    pub clocks: Clocks,
    /// The theme each visit starts with (the settings' `high_contrast`).
    default_high_contrast: bool,
    session_cfg: SessionConfig,
    images: HashMap<String, Image>,
    /// Set while filling a screen when a text had to fall back to another language.
    fell_back: Cell<bool>,
    stats: Option<Arc<Recorder>>,
    /// The visit being counted: whether it reached a result.
    visit: Option<bool>,
}

impl Ctx {
    pub fn new(pack: Arc<Pack>, config: &Config, clocks: Clocks) -> Self {
        crate::stats::titles::use_pack(&pack);
        let mut session = Session::new(config.session, &pack);
        session.reset_theme(config.high_contrast);
        Ctx {
            pack,
            session,
            l10n: Rc::new(Localizer::new()),
            clocks,
            default_high_contrast: config.high_contrast,
            session_cfg: config.session,
            images: HashMap::new(),
            fell_back: Cell::new(false),
            stats: None,
            visit: None,
        }
    }

    pub fn now(&self) -> Duration {
        (self.clocks.monotonic)()
    }

    /// The resident's language.
    pub fn lang(&self) -> String {
        self.session.language().to_string()
    }

    pub fn set_stats(&mut self, recorder: Arc<Recorder>) {
        self.stats = Some(recorder);
    }

    /// Counts one anonymous event (see docs/privacy.md).
    pub fn stat(&self, event: Event) {
        if let Some(r) = &self.stats {
            r.record(event);
        }
    }

    /// A resident's visit begins (counted when it ends).
    pub fn begin_visit(&mut self) {
        self.end_visit();
        self.visit = Some(false);
        self.stat(Event::SessionStart);
    }

    /// The visit reached a result: it will count as completed.
    pub fn visit_reached_result(&mut self) {
        if let Some(v) = &mut self.visit {
            *v = true;
        }
    }

    /// The visit ends: counted as completed when it reached a result.
    /// The visit ended on the resident's request ("Leave quickly", "Start over").
    pub fn end_visit_as(&mut self, reason: EndReason) {
        if self.visit.take().is_some() {
            self.stat(Event::SessionEnd(reason));
        }
    }

    pub fn end_visit(&mut self) {
        if let Some(result) = self.visit.take() {
            self.stat(Event::SessionEnd(if result {
                EndReason::Completed
            } else {
                EndReason::Timeout
            }));
        }
    }

    /// Each visit, and an operator's or a mediator's screen, starts with the
    /// configured theme (a wipe resets it to standard).
    pub fn restore_theme(&mut self) {
        self.session.reset_theme(self.default_high_contrast);
    }

    /// Shows another pack: a new visit on it, pictograms decoded again.
    pub fn replace_pack(&mut self, pack: Arc<Pack>) {
        self.end_visit();
        self.images.clear();
        self.session = Session::new(self.session_cfg, &pack);
        self.restore_theme();
        crate::stats::titles::use_pack(&pack);
        self.pack = pack;
    }

    /// A pictogram of the pack, decoded once.
    pub fn picto(&mut self, name: &str) -> Image {
        if let Some(img) = self.images.get(name) {
            return img.clone();
        }
        let img = match self.pack.pictogram(name) {
            // Slint parses with usvg options that read files: only a pictogram that
            // passed our own parse, which reaches nothing outside it, gets there.
            Some(svg) => match crate::content::svg::parse(&svg) {
                Ok(_) => match Image::load_from_svg_data(&svg) {
                    Ok(img) => img,
                    Err(e) => {
                        tracing::warn!(pictogram = name, "cannot decode pictogram: {e:?}");
                        Image::default()
                    }
                },
                Err(e) => {
                    tracing::warn!(pictogram = name, "pictogram refused: {e}");
                    Image::default()
                }
            },
            None => {
                tracing::warn!(pictogram = name, "missing pictogram");
                Image::default()
            }
        };
        self.images.insert(name.to_string(), img.clone());
        img
    }

    /// A pack text in the resident's language (noting any fallback to another one).
    pub fn text(&self, key: &str) -> String {
        match self.pack.text(self.session.language(), key) {
            Some(t) => {
                if t.fell_back {
                    self.fell_back.set(true);
                }
                t.value
            }
            None => String::new(),
        }
    }

    /// A chrome text in the resident's language.
    pub fn tr(&self, key: &str) -> String {
        self.l10n.tr(self.session.language(), key)
    }

    /// A chrome text with arguments, in the resident's language.
    pub fn tr_args(&self, key: &str, args: &[(&str, &str)]) -> String {
        self.l10n.tr_args(self.session.language(), key, args)
    }

    /// Starts a screen's fill: no fallback seen yet.
    pub fn reset_fallback(&self) {
        self.fell_back.set(false);
    }

    /// Whether some text of the screen came from another language.
    pub fn fell_back(&self) -> bool {
        self.fell_back.get()
    }
}

/// A Slint list model of `v`.
pub fn model<T: Clone + 'static>(v: Vec<T>) -> ModelRc<T> {
    ModelRc::new(VecModel::from(v))
}
