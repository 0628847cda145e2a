//! The focus for the keypad and the keyboard: which controls a screen has, in reading
//! order, and which one has the focus ring.
//!
//! Slint has its own keyboard focus (`FocusScope`), but on the kiosk image every
//! keyboard is grabbed by evdev and Slint never sees a key; and speech must say the
//! focused control, which Slint does not report. So the focus is modelled here, from
//! what the screen shows ([`View`]), and the `.slint` files draw the ring on the control
//! whose [`Control::id`] is the focused one. The order is the reading order of the
//! logical layout: the page from top to bottom, the display settings, then the
//! navigation bar from Back to Emergency. A right-to-left screen mirrors the layout, so
//! the same order reads from the right; only the left and right keys swap
//! ([`crate::keypad::Key::step`]).

/// A control a finger can press (or, for a place, read).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Control {
    /// The attract screen (the whole screen is one button).
    Start,
    /// A language on the language screen, by position.
    Language(usize),
    /// A choice tile, by position.
    Choice(usize),
    /// "Continue on your phone" for a result's online procedure, by position.
    Online(usize),
    /// "My ticket" (results, help).
    Ticket,
    /// "Print my ticket".
    Print,
    /// "Continue" on "Are you still there?".
    StillHere,
    /// "Leave quickly", on sensitive topics.
    QuickExit,
    /// "Start over", on results.
    StartOver,
    MediatorContinue,
    MediatorEnd,
    Setting(Setting),
    /// A place's card, by position: not a button, but a keypad user must reach it
    /// (it scrolls into view and is read).
    Place(usize),
    Nav(Nav),
    /// A filter button of the offers list, by position.
    Filter(usize),
    /// "Show all": the offers' filters cleared.
    ClearFilters,
    /// An offer's card in the list, by position.
    Offer(usize),
    PagePrevious,
    PageNext,
    PhotoPrevious,
    PhotoNext,
    /// "How to apply", on an offer.
    Apply,
}

/// The display settings' buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Setting {
    Contrast,
    TextSize,
    Volume,
}

/// The navigation bar's slots, in their order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Nav {
    Back,
    Home,
    Language,
    Display,
    Help,
    Listen,
    Emergency,
}

impl Nav {
    pub const ALL: [Nav; 7] = [
        Nav::Back,
        Nav::Home,
        Nav::Language,
        Nav::Display,
        Nav::Help,
        Nav::Listen,
        Nav::Emergency,
    ];
}

impl Nav {
    /// The slot's id, which is also the chrome message of its label.
    pub fn key(self) -> &'static str {
        match self {
            Nav::Back => "nav-back",
            Nav::Home => "nav-home",
            Nav::Language => "nav-language",
            Nav::Display => "nav-display",
            Nav::Help => "nav-help",
            Nav::Listen => "nav-listen",
            Nav::Emergency => "nav-emergency",
        }
    }
}

impl Control {
    /// The name the `.slint` files give this control (`focus-id`).
    pub fn id(&self) -> String {
        match self {
            Control::Start => "start".into(),
            Control::Language(i) => format!("language-{i}"),
            Control::Choice(i) => format!("choice-{i}"),
            Control::Online(i) => format!("online-{i}"),
            Control::Ticket => "ticket".into(),
            Control::Print => "print".into(),
            Control::StillHere => "still-here".into(),
            Control::QuickExit => "quick-exit".into(),
            Control::StartOver => "start-over".into(),
            Control::MediatorContinue => "mediator-continue".into(),
            Control::MediatorEnd => "mediator-end".into(),
            Control::Setting(Setting::Contrast) => "setting-contrast".into(),
            Control::Setting(Setting::TextSize) => "setting-text-size".into(),
            Control::Setting(Setting::Volume) => "setting-volume".into(),
            Control::Place(i) => format!("place-{i}"),
            Control::Nav(n) => n.key().into(),
            Control::Filter(i) => format!("filter-{i}"),
            Control::ClearFilters => "clear-filters".into(),
            Control::Offer(i) => format!("offer-{i}"),
            Control::PagePrevious => "page-previous".into(),
            Control::PageNext => "page-next".into(),
            Control::PhotoPrevious => "photo-previous".into(),
            Control::PhotoNext => "photo-next".into(),
            Control::Apply => "apply".into(),
        }
    }
}

/// The page a screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Attract,
    Language,
    Question,
    Result,
    Info,
    Emergency,
    Help,
    Ticket,
    Mediator,
    /// The offers of an offers node: filters, cards, pages.
    Offers,
    /// One offer: its photos, "how to apply".
    Offer,
    /// "Continue on your phone": nothing to press but the bar.
    Online,
}

/// The offers list's and an offer's controls, as far as the focus order depends on them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffersView {
    pub filters: usize,
    pub clear_filters: bool,
    pub cards: usize,
    pub previous: bool,
    pub next: bool,
    /// More than one photo: previous and next photo are shown.
    pub photos: bool,
}

/// What the window shows, as far as the focus order depends on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    pub page: Page,
    pub languages: usize,
    pub choices: usize,
    pub places: usize,
    /// A result's "Continue on your phone" buttons.
    pub online: usize,
    /// "Print my ticket" is shown.
    pub print: bool,
    /// The display settings panel is open above the navigation bar.
    pub display_panel: bool,
    /// "Are you still there?" covers everything.
    pub idle_warning: bool,
    /// An update from a USB stick covers everything (nothing on it is for a resident).
    pub updating: bool,
    /// Back can be pressed (not on the attract screen nor at home).
    pub back: bool,
    /// A sensitive topic: "Leave quickly" is at the top.
    pub sensitive: bool,
    pub offers: OffersView,
}

/// The controls of a screen in reading order.
pub fn order(v: &View) -> Vec<Control> {
    if v.updating {
        return Vec::new();
    }
    if v.idle_warning {
        return vec![Control::StillHere];
    }
    let mut out = Vec::new();
    if v.sensitive {
        out.push(Control::QuickExit);
    }
    let settings = [Setting::Contrast, Setting::TextSize, Setting::Volume].map(Control::Setting);
    match v.page {
        Page::Attract => out.push(Control::Start),
        Page::Language => {
            out.extend((0..v.languages).map(Control::Language));
            out.extend(settings);
        }
        Page::Question => out.extend((0..v.choices).map(Control::Choice)),
        Page::Result | Page::Info => {
            if v.page == Page::Result {
                out.extend([Control::Ticket, Control::StartOver]);
                out.extend((0..v.online).map(Control::Online));
            }
            out.extend((0..v.choices).map(Control::Choice));
            out.extend((0..v.places).map(Control::Place));
        }
        Page::Emergency => {}
        Page::Help => {
            out.push(Control::Ticket);
            out.extend((0..v.places).map(Control::Place));
        }
        Page::Ticket => {
            if v.print {
                out.push(Control::Print);
            }
            out.extend((0..v.places).map(Control::Place));
        }
        Page::Mediator => out.extend([Control::MediatorContinue, Control::MediatorEnd]),
        Page::Offers => {
            let o = &v.offers;
            out.extend((0..o.filters).map(Control::Filter));
            if o.clear_filters {
                out.push(Control::ClearFilters);
            }
            out.extend((0..o.cards).map(Control::Offer));
            out.extend(o.previous.then_some(Control::PagePrevious));
            out.extend(o.next.then_some(Control::PageNext));
        }
        Page::Offer => {
            if v.offers.photos {
                out.extend([Control::PhotoPrevious, Control::PhotoNext]);
            }
            out.push(Control::Apply);
        }
        Page::Online => {}
    }
    if v.display_panel && v.page != Page::Language {
        out.extend(settings);
    }
    out.extend(
        Nav::ALL
            .into_iter()
            .filter(|n| *n != Nav::Back || v.back)
            .map(Control::Nav),
    );
    out
}

/// Which control has the focus.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Focus {
    current: Option<Control>,
}

impl Focus {
    pub fn current(&self) -> Option<Control> {
        self.current
    }

    /// Moves `delta` controls on (or back), wrapping round: the first step from no
    /// focus lands on the first control (or, going back, the last).
    pub fn step(&mut self, order: &[Control], delta: i32) -> Option<Control> {
        if order.is_empty() {
            self.current = None;
            return None;
        }
        let n = order.len() as i64;
        let at = self.current.and_then(|c| order.iter().position(|o| *o == c));
        let next = match at {
            Some(i) => (i as i64 + i64::from(delta)).rem_euclid(n),
            None if delta < 0 => n - 1,
            None => 0,
        };
        self.current = order.get(next as usize).copied();
        self.current
    }

    /// A new screen: the focus starts from nothing, or on the one thing to press
    /// (the attract screen, "Are you still there?").
    pub fn reset(&mut self, order: &[Control]) {
        self.current = order
            .first()
            .filter(|c| matches!(c, Control::Start | Control::StillHere))
            .copied();
    }

    /// The same screen after a change: a control that went away loses the focus.
    pub fn keep(&mut self, order: &[Control]) {
        if self.current.is_some_and(|c| !order.contains(&c)) {
            self.current = None;
        }
    }

    /// Puts the focus on a control of the screen.
    pub fn set(&mut self, control: Control) {
        self.current = Some(control);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(page: Page) -> View {
        View {
            page,
            languages: 0,
            choices: 0,
            places: 0,
            online: 0,
            print: false,
            display_panel: false,
            idle_warning: false,
            updating: false,
            back: true,
            sensitive: false,
            offers: OffersView::default(),
        }
    }

    #[test]
    fn a_question_reads_its_choices_then_the_bar() {
        let v = View {
            choices: 3,
            back: false,
            ..view(Page::Question)
        };
        let o = order(&v);
        assert_eq!(o[..3], [Control::Choice(0), Control::Choice(1), Control::Choice(2)]);
        assert_eq!(o[3], Control::Nav(Nav::Home), "Back is disabled at home");
        assert_eq!(o.last(), Some(&Control::Nav(Nav::Emergency)));
        let ids: std::collections::HashSet<String> = o.iter().map(Control::id).collect();
        assert_eq!(ids.len(), o.len(), "ids are unique");
    }

    #[test]
    fn offers_read_filters_cards_then_pages_and_an_offer_its_photos_then_apply() {
        let v = View {
            offers: OffersView {
                filters: 2,
                clear_filters: true,
                cards: 2,
                previous: false,
                next: true,
                photos: true,
            },
            ..view(Page::Offers)
        };
        let ids: Vec<String> = order(&v).iter().take(6).map(Control::id).collect();
        assert_eq!(
            ids,
            [
                "filter-0",
                "filter-1",
                "clear-filters",
                "offer-0",
                "offer-1",
                "page-next"
            ]
        );
        let ids: Vec<String> = order(&View { page: Page::Offer, ..v })
            .iter()
            .take(3)
            .map(Control::id)
            .collect();
        assert_eq!(ids, ["photo-previous", "photo-next", "apply"]);
    }

    #[test]
    fn a_result_reads_the_ticket_then_its_online_procedures() {
        let o = order(&View {
            online: 2,
            places: 1,
            ..view(Page::Result)
        });
        assert_eq!(
            o[..5],
            [
                Control::Ticket,
                Control::StartOver,
                Control::Online(0),
                Control::Online(1),
                Control::Place(0)
            ]
        );
        assert_eq!(Control::Online(1).id(), "online-1");
    }

    #[test]
    fn the_focus_wraps_round_both_ways() {
        let o = order(&View {
            choices: 2,
            ..view(Page::Question)
        });
        let mut f = Focus::default();
        assert_eq!(f.step(&o, 1), Some(Control::Choice(0)));
        assert_eq!(f.step(&o, -1), o.last().copied());
        assert_eq!(f.step(&o, 1), Some(Control::Choice(0)));
        let mut g = Focus::default();
        assert_eq!(g.step(&o, -1), Some(Control::Nav(Nav::Emergency)));
    }

    #[test]
    fn overlays_cover_everything() {
        let mut v = view(Page::Result);
        v.idle_warning = true;
        assert_eq!(order(&v), vec![Control::StillHere]);
        let mut f = Focus::default();
        f.reset(&order(&v));
        assert_eq!(f.current(), Some(Control::StillHere));
        v.updating = true;
        assert!(order(&v).is_empty());
    }

    #[test]
    fn a_control_that_goes_away_loses_the_focus() {
        let v = View {
            print: true,
            ..view(Page::Ticket)
        };
        let mut f = Focus::default();
        assert_eq!(f.step(&order(&v), 1), Some(Control::Print));
        f.keep(&order(&view(Page::Ticket)));
        assert_eq!(f.current(), None);
    }
}
