//! The controller: owns the session, answers the screens' callbacks, and pushes the
//! current screen's data into the Slint globals.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use chrono::{Datelike, NaiveDateTime, Timelike};
use slint::{ComponentHandle, Image, ModelRc, SharedString, VecModel};

use super::generated::{
    AppState, AppWindow, CrumbData, DocData, EmergencyData, L10n, LangData, ScreenKind, ServiceData, Theme, TileData,
};
use crate::config::{Config, Orientation};
use crate::content::{NodeKind, Pack, Service};
use crate::hours::{self, Badge};
use crate::i18n::{self, Localizer};
use crate::session::{Overlay, Screen, Session, Tick};

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

/// The session and everything needed to show it.
pub struct Controller {
    pack: Arc<Pack>,
    session: Session,
    l10n: Rc<Localizer>,
    /// The language the chrome is translated into; shared with the translate callback.
    lang: Rc<RefCell<String>>,
    images: HashMap<String, Image>,
    clocks: Clocks,
    default_high_contrast: bool,
    landscape: bool,
    revision: i32,
    last_tick: Tick,
    /// Set while filling a screen when a text had to fall back to another language.
    fell_back: std::cell::Cell<bool>,
    kiosk_name: String,
    mediator_url: Option<String>,
    /// Number of the next ticket; counts from 1 since start-up.
    next_ticket: u16,
    /// The ticket shown, kept while its screen is open.
    ticket: Option<(u16, String)>,
}

impl Controller {
    pub fn new(pack: Arc<Pack>, config: &Config, clocks: Clocks) -> Self {
        let mut session = Session::new(config.session, &pack);
        session.set_high_contrast(config.high_contrast, Duration::ZERO);
        let lang = Rc::new(RefCell::new(pack.default_language.clone()));
        Controller {
            session,
            l10n: Rc::new(Localizer::new()),
            lang,
            images: HashMap::new(),
            clocks,
            default_high_contrast: config.high_contrast,
            landscape: config.orientation == Orientation::Landscape,
            revision: 0,
            last_tick: Tick::Nothing,
            fell_back: std::cell::Cell::new(false),
            kiosk_name: config.kiosk_name.clone(),
            mediator_url: config.mediator_url.clone(),
            next_ticket: 1,
            ticket: None,
            pack,
        }
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn set_landscape(&mut self, on: bool) {
        self.landscape = on;
    }

    fn now(&self) -> Duration {
        (self.clocks.monotonic)()
    }

    /// Wires the window's callbacks to `ctrl` and starts the inactivity clock.
    /// Keep the returned timer alive as long as the window.
    pub fn attach(ctrl: &Rc<RefCell<Controller>>, window: &AppWindow) -> slint::Timer {
        let l10n_global = window.global::<L10n>();
        {
            let (l10n, lang) = {
                let c = ctrl.borrow();
                (c.l10n.clone(), c.lang.clone())
            };
            let (l2, lang2) = (l10n.clone(), lang.clone());
            l10n_global.on_translate(move |key, _rev| SharedString::from(l10n.tr(&lang.borrow(), &key)));
            l10n_global.on_translate_count(move |key, n, _rev| {
                SharedString::from(l2.tr_count(&lang2.borrow(), &key, i64::from(n)))
            });
        }
        let state = window.global::<AppState>();
        let weak = window.as_weak();
        // Every callback: one session step, then one refresh.
        let bind = |f: Box<dyn Fn(&mut Controller)>| {
            let ctrl = ctrl.clone();
            let weak = weak.clone();
            move || {
                if let Ok(mut c) = ctrl.try_borrow_mut() {
                    f(&mut c);
                    if let Some(w) = weak.upgrade() {
                        c.refresh(&w);
                    }
                }
            }
        };
        state.on_start(bind(Box::new(|c| {
            let now = c.now();
            c.session.start(now);
        })));
        state.on_back(bind(Box::new(|c| {
            let now = c.now();
            c.session.back(now);
        })));
        state.on_home(bind(Box::new(|c| {
            let now = c.now();
            c.session.home(now);
        })));
        state.on_open_language(bind(Box::new(|c| {
            let now = c.now();
            c.session.open(Overlay::Language, now);
        })));
        state.on_open_help(bind(Box::new(|c| {
            let now = c.now();
            c.session.open(Overlay::Help, now);
        })));
        state.on_open_emergency(bind(Box::new(|c| {
            let now = c.now();
            c.session.open(Overlay::Emergency, now);
        })));
        state.on_show_ticket(bind(Box::new(|c| {
            let now = c.now();
            c.session.open(Overlay::Ticket, now);
        })));
        state.on_toggle_contrast(bind(Box::new(|c| {
            let now = c.now();
            let on = !c.session.high_contrast();
            c.session.set_high_contrast(on, now);
        })));
        state.on_cycle_text_scale(bind(Box::new(|c| {
            let now = c.now();
            c.session.next_text_scale(now);
        })));
        state.on_still_here(bind(Box::new(|c| {
            let now = c.now();
            c.session.activity(now);
        })));
        state.on_touched(bind(Box::new(|c| {
            let now = c.now();
            c.session.activity(now);
        })));
        {
            let ctrl = ctrl.clone();
            let weak = weak.clone();
            state.on_choose(move |id| {
                if let Ok(mut c) = ctrl.try_borrow_mut() {
                    let now = c.now();
                    let pack = c.pack.clone();
                    c.session.choose(&pack, &id, now);
                    if let Some(w) = weak.upgrade() {
                        c.refresh(&w);
                    }
                }
            });
        }
        {
            let ctrl = ctrl.clone();
            let weak = weak.clone();
            state.on_pick_language(move |code| {
                if let Ok(mut c) = ctrl.try_borrow_mut() {
                    let now = c.now();
                    c.session.choose_language(&code, now);
                    if let Some(w) = weak.upgrade() {
                        c.refresh(&w);
                    }
                }
            });
        }
        let timer = slint::Timer::default();
        {
            let ctrl = ctrl.clone();
            timer.start(slint::TimerMode::Repeated, Duration::from_millis(250), move || {
                if let Ok(mut c) = ctrl.try_borrow_mut() {
                    if let Some(w) = weak.upgrade() {
                        c.tick(&w);
                    }
                }
            });
        }
        if let Ok(mut c) = ctrl.try_borrow_mut() {
            c.refresh(window);
        }
        timer
    }

    /// Advances the inactivity clock; refreshes only when something changed.
    pub fn tick(&mut self, window: &AppWindow) {
        let now = self.now();
        let t = self.session.tick(now);
        if t != self.last_tick {
            self.last_tick = t;
            if t == Tick::Wiped {
                tracing::info!("session wiped after inactivity");
                // Each visit starts with the configured theme.
                self.session.set_high_contrast(self.default_high_contrast, now);
            }
            self.refresh(window);
        }
    }

    /// Puts the session in a given state without taps (screenshots, resumed tickets).
    pub fn show_path(&mut self, path: &[String]) -> bool {
        let now = self.now();
        let pack = self.pack.clone();
        self.session.start(now);
        self.session.choose_language(&pack.default_language, now);
        let mut ok = true;
        for id in path.iter().skip_while(|id| **id == pack.root) {
            ok &= self.session.choose(&pack, id, now);
        }
        ok
    }

    pub fn session_mut(&mut self) -> &mut Session {
        &mut self.session
    }

    fn picto(&mut self, name: &str) -> Image {
        if let Some(img) = self.images.get(name) {
            return img.clone();
        }
        let img = match self.pack.pictogram(name) {
            Some(svg) => match Image::load_from_svg_data(&svg) {
                Ok(img) => img,
                Err(e) => {
                    tracing::warn!(pictogram = name, "cannot decode pictogram: {e:?}");
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

    fn text(&self, key: &str) -> String {
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

    /// Pushes the whole current state to the window.
    pub fn refresh(&mut self, window: &AppWindow) {
        let lang = self.session.language().to_string();
        let theme = window.global::<Theme>();
        theme.set_high_contrast(self.session.high_contrast());
        theme.set_text_scale(self.session.text_scale());
        theme.set_landscape(self.landscape);
        let l10n = window.global::<L10n>();
        if *self.lang.borrow() != lang || self.revision == 0 {
            *self.lang.borrow_mut() = lang.clone();
            self.revision += 1;
            l10n.set_rtl(i18n::is_rtl(&lang));
            l10n.set_font_family(i18n::font_family(&lang).into());
            l10n.set_line_factor(i18n::line_factor(&lang));
            l10n.set_char_width(i18n::char_width(&lang));
            l10n.set_revision(self.revision);
        }
        let state = window.global::<AppState>();
        let screen = self.session.screen();
        self.fell_back.set(false);
        if !matches!(screen, Screen::Node(_)) || !self.session.is_active() {
            state.set_display_panel(false);
        }
        let kind = match &screen {
            Screen::Attract => ScreenKind::Attract,
            Screen::Language => ScreenKind::Language,
            Screen::Emergency => ScreenKind::Emergency,
            Screen::Help => ScreenKind::Help,
            Screen::Ticket => ScreenKind::Ticket,
            Screen::Node(id) => match self.pack.node(id).map(|n| n.kind) {
                Some(NodeKind::Question) => ScreenKind::Question,
                Some(NodeKind::Result) => ScreenKind::Result,
                _ => ScreenKind::Info,
            },
        };
        state.set_screen(kind);
        state.set_at_home(self.session.path().len() <= 1);
        state.set_idle_warning(self.session.warning_shown());
        if let Tick::Warning { remaining_secs } = self.last_tick {
            state.set_idle_remaining(remaining_secs as i32);
        }

        match &screen {
            Screen::Attract => {
                let lines: Vec<SharedString> = i18n::offered(self.pack.languages.iter().map(|l| l.code.as_str()))
                    .iter()
                    .filter(|l| l.chrome.is_some())
                    .map(|l| SharedString::from(self.l10n.tr(l.code, "attract-touch")))
                    .collect();
                state.set_attract_lines(model(lines));
            }
            Screen::Language => {
                let langs: Vec<LangData> = i18n::offered(self.pack.languages.iter().map(|l| l.code.as_str()))
                    .iter()
                    .map(|l| LangData {
                        code: l.code.into(),
                        name: l.name.into(),
                        selected: l.code == lang,
                    })
                    .collect();
                state.set_languages(model(langs));
            }
            Screen::Emergency => {
                let lines: Vec<EmergencyData> = crate::emergency::NUMBERS
                    .iter()
                    .map(|n| EmergencyData {
                        number: n.number.into(),
                        label: self.l10n.tr(&lang, &n.key()).into(),
                        picto: self.picto(n.pictogram),
                    })
                    .collect();
                state.set_emergency_numbers(model(lines));
            }
            Screen::Help => {
                state.set_help_text(self.text("pack-help").into());
                let ids = self.pack.help_services.clone();
                let places: Vec<ServiceData> = ids.iter().filter_map(|id| self.service_data(id)).collect();
                state.set_help_places(model(places));
            }
            Screen::Ticket => self.fill_ticket(&state),
            Screen::Node(id) => self.fill_node(&state, id),
        }
        if screen != Screen::Ticket {
            self.ticket = None;
        }
        // The resident is told, in their language, when some text is shown in another.
        state.set_fallback_notice(self.fell_back.get());
    }

    /// The ticket of the path so far: a QR code of its payload, its number, and where
    /// to show it. One number per opening of the ticket screen.
    fn fill_ticket(&mut self, state: &AppState<'_>) {
        let lang = self.session.language().to_string();
        if self.ticket.is_none() {
            let number = self.next_ticket;
            self.next_ticket = self.next_ticket.wrapping_add(1).max(1);
            let now = (self.clocks.wall)();
            let payload = crate::handoff::Payload::for_path(
                &self.pack,
                self.session.path(),
                &lang,
                &self.kiosk_name,
                number,
                now,
            );
            let code = payload.map(|p| p.encode()).unwrap_or_default();
            let text = match &self.mediator_url {
                Some(url) => format!("{url}#{code}"),
                None => code,
            };
            self.ticket = Some((number, text));
        }
        let Some((number, text)) = self.ticket.clone() else {
            return;
        };
        state.set_ticket_qr(qr_image(&text));
        state.set_ticket_code(text.into());
        state.set_ticket_number(
            self.l10n
                .tr_args(&lang, "ticket-number", &[("number", &number.to_string())])
                .into(),
        );
        let ids = self.pack.help_services.clone();
        let places: Vec<ServiceData> = ids.iter().filter_map(|id| self.service_data(id)).collect();
        state.set_help_places(model(places));
    }

    fn fill_node(&mut self, state: &AppState<'_>, id: &str) {
        let pack = self.pack.clone();
        let Some(node) = pack.node(id) else { return };
        state.set_title(self.text(&format!("node-{id}")).into());
        state.set_question(self.text(&format!("node-{id}.question")).into());
        state.set_body(self.text(&format!("node-{id}.text")).into());
        state.set_picto(self.picto(&node.pictogram));
        state.set_page_emergency(node.emergency);
        let tiles: Vec<TileData> = node
            .choices
            .iter()
            .filter_map(|c| pack.node(c))
            .map(|c| {
                let label = self.text(&format!("node-{}", c.id));
                TileData {
                    id: c.id.as_str().into(),
                    longest_word: longest_word(&label),
                    label: label.into(),
                    picto: self.picto(&c.pictogram),
                    emergency: c.emergency,
                }
            })
            .collect();
        state.set_choices(model(tiles));
        let crumbs: Vec<CrumbData> = self
            .session
            .path()
            .to_vec()
            .iter()
            .skip(1)
            .filter_map(|p| pack.node(p))
            .map(|n| CrumbData {
                label: self.text(&format!("node-{}", n.id)).into(),
                picto: self.picto(&n.pictogram),
            })
            .collect();
        state.set_crumbs(model(crumbs));
        let docs: Vec<DocData> = node
            .documents
            .iter()
            .filter_map(|d| pack.document(d))
            .map(|d| DocData {
                label: self.text(&format!("doc-{}", d.id)).into(),
                picto: self.picto(&d.pictogram),
            })
            .collect();
        state.set_documents(model(docs));
        let services: Vec<ServiceData> = node.services.iter().filter_map(|s| self.service_data(s)).collect();
        state.set_services(model(services));
    }

    fn service_data(&mut self, id: &str) -> Option<ServiceData> {
        let pack = self.pack.clone();
        let s: &Service = pack.service(id)?;
        let (badge, badge_text) = self.badge(s);
        let address = [s.adresse.clone(), join_postcode(s)]
            .into_iter()
            .flatten()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        Some(ServiceData {
            name: s.nom.as_str().into(),
            description: self.text(&format!("svc-{id}")).into(),
            address: isolate_ltr(&address).into(),
            phone: s
                .telephone
                .as_deref()
                .map(|p| isolate_ltr(&crate::phone::display(p)))
                .unwrap_or_default()
                .into(),
            website: s
                .site_web
                .as_deref()
                .map(|w| isolate_ltr(strip_scheme(w)))
                .unwrap_or_default()
                .into(),
            badge,
            badge_text: badge_text.into(),
            picto: self.picto(&s.pictogram),
            example: s.example,
        })
    }

    fn badge(&self, s: &Service) -> (i32, String) {
        let lang = self.session.language();
        let Some(h) = &s.horaires_accueil else {
            return (0, self.l10n.tr(lang, "badge-unknown"));
        };
        let now = (self.clocks.wall)();
        let time = |t: NaiveDateTime| format!("{:02}:{:02}", t.hour(), t.minute());
        match hours::badge(h, &self.pack.country, now) {
            Badge::Open { closes: Some(t) } if t.date() == now.date() => {
                (1, self.l10n.tr_args(lang, "badge-open-until", &[("time", &time(t))]))
            }
            Badge::Open { .. } => (1, self.l10n.tr(lang, "badge-open")),
            Badge::Closed { opens: Some(t) } => {
                let days = (t.date() - now.date()).num_days();
                let key = match days {
                    0 => "badge-closed-opens-today",
                    1 => "badge-closed-opens-tomorrow",
                    _ => "badge-closed-opens-day",
                };
                let day = self.l10n.tr(lang, &format!("day-{}", t.weekday().number_from_monday()));
                (2, self.l10n.tr_args(lang, key, &[("time", &time(t)), ("day", &day)]))
            }
            Badge::Closed { opens: None } => (2, self.l10n.tr(lang, "badge-closed")),
            Badge::Unknown => (0, self.l10n.tr(lang, "badge-unknown")),
        }
    }
}

/// The QR code of `text` as an image about 640 px wide, sharp modules, white border.
fn qr_image(text: &str) -> Image {
    let Ok(m) = crate::qr::encode(text) else {
        return Image::default();
    };
    let module = (640 / (m.width + 2 * crate::qr::QUIET_ZONE)).max(1);
    let (side, px) = m.to_pixels(module);
    let mut buf = slint::SharedPixelBuffer::<slint::Rgb8Pixel>::new(side as u32, side as u32);
    for (out, v) in buf.make_mut_slice().iter_mut().zip(px) {
        *out = slint::Rgb8Pixel::new(v, v, v);
    }
    Image::from_rgb8(buf)
}

/// Characters in the longest word of `s`.
fn longest_word(s: &str) -> i32 {
    s.split_whitespace().map(|w| w.chars().count()).max().unwrap_or(0) as i32
}

fn model<T: Clone + 'static>(v: Vec<T>) -> ModelRc<T> {
    ModelRc::new(VecModel::from(v))
}

fn join_postcode(s: &Service) -> Option<String> {
    match (&s.code_postal, &s.commune) {
        (Some(c), Some(v)) => Some(format!("{c} {v}")),
        (None, Some(v)) => Some(v.clone()),
        (Some(c), None) => Some(c.clone()),
        (None, None) => None,
    }
}

fn strip_scheme(url: &str) -> &str {
    url.trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_end_matches('/')
}

/// Wraps Latin data (numbers, addresses, web addresses) in a left-to-right isolate so it
/// keeps its order inside right-to-left text.
fn isolate_ltr(s: &str) -> String {
    if s.is_empty() {
        String::new()
    } else {
        format!("\u{2066}{s}\u{2069}")
    }
}
