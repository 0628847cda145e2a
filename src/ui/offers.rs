//! The offers presenter: an offers node of the pack (landlords' homes). Fills the
//! `Offers` global (filter buttons, one page of cards, the open offer and its photo)
//! and, for a filter's choices and "how to apply", the question and result pages'
//! `AppState` properties. Answers the `Offers` callbacks and the choice tiles of a
//! filter's question (ids `pick:VALUE`). Filters, page and open offer live in the
//! session ([`crate::offers::browse::Browse`]), so they are wiped with the visit.

use slint::{ComponentHandle, Image, Model, SharedString};

use super::context::{model, Ctx};
use super::controller::Binder;
use super::generated::{AppState, AppWindow, FactRow, FilterButton, OfferCard, Offers, ScreenKind, TileData};
use super::offer_photos::{Job, PhotoCache};
pub use super::offer_photos::{Loader, Photos};
use crate::content::{NodeKind, Pack};
use crate::focus::Control;
use crate::offers::browse::{Picker, View};
use crate::offers::text::{FilterKind, Words};
use crate::offers::{facets, Filter, Offer};
use crate::speech::script::Part;
use crate::stats::{Event, OfferChoice};

/// Offers per page of the list: portrait one column, landscape two.
pub const PAGE_PORTRAIT: usize = 5;
pub const PAGE_LANDSCAPE: usize = 6;
/// A card's picture, in pixels (the card shows it at about this size).
const THUMB: (u32, u32) = (320, 240);

/// The offers screens' state beyond the session: the photos decoded lately.
#[derive(Default)]
pub struct OffersPresenter {
    photos: PhotoCache,
}

/// Wires the `Offers` callbacks.
pub fn connect(bind: &Binder, window: &AppWindow) {
    let g = window.global::<Offers>();
    g.on_open_filter(bind.step_with(|c, kind: SharedString| open_filter(&mut c.ctx, &kind)));
    g.on_clear_filters(bind.step(|c| {
        let now = c.ctx.now();
        c.ctx.session.browse_mut(now).set_filter(Filter::default());
    }));
    g.on_page(bind.step_with(|c, delta: i32| {
        let now = c.ctx.now();
        let b = c.ctx.session.browse_mut(now);
        b.page = b.page.saturating_add_signed(delta as isize);
    }));
    g.on_open_offer(bind.step_with(|c, id: SharedString| open_offer(&mut c.ctx, &id)));
    g.on_photo_step(bind.step_with(|c, delta: i32| {
        let now = c.ctx.now();
        let b = c.ctx.session.browse_mut(now);
        b.photo = b.photo.saturating_add_signed(delta as isize);
    }));
    g.on_apply(bind.step(|c| {
        let now = c.ctx.now();
        let b = c.ctx.session.browse_mut(now);
        b.applying = b.open.is_some();
    }));
}

/// The offers node on screen, if the current screen is one.
fn current_node(ctx: &Ctx) -> Option<String> {
    let id = ctx.session.path().last()?;
    (ctx.pack.node(id)?.kind == NodeKind::Offers).then(|| id.clone())
}

fn open_filter(ctx: &mut Ctx, kind: &str) {
    let Some(kind) = FilterKind::parse(kind) else { return };
    let now = ctx.now();
    let b = ctx.session.browse_mut(now);
    match kind.picker() {
        Some(p) => b.picker = Some(p),
        None => {
            let mut f = b.filter.clone();
            f.wheelchair = !f.wheelchair;
            let on = f.wheelchair;
            b.set_filter(f);
            // Counted when asked for, not when taken off.
            if on {
                ctx.stat(Event::offer_filter(OfferChoice::Wheelchair));
            }
        }
    }
}

fn open_offer(ctx: &mut Ctx, id: &str) {
    let pack = ctx.pack.clone();
    if let Some(o) = pack.offer(id) {
        let now = ctx.now();
        ctx.session.browse_mut(now).open(id);
        ctx.stat(Event::offer_view(o));
    }
}

/// A filter's choice tile was tapped (`pick:VALUE`; an empty value is "all"). False
/// when the id is not one: the journey's own choice.
pub fn pick(ctx: &mut Ctx, id: &str) -> bool {
    let Some(value) = id.strip_prefix("pick:") else {
        return false;
    };
    let Some(picker) = ctx.session.browse().picker else {
        return false;
    };
    let mut f = ctx.session.browse().filter.clone();
    let value = (!value.is_empty()).then_some(value);
    match picker {
        Picker::Commune => f.commune = value.map(str::to_string),
        Picker::Rooms => f.rooms = value.and_then(|v| v.parse().ok()),
        Picker::Rent => f.max_total_cents = value.and_then(|v| v.parse().ok()),
    }
    let choice = match picker {
        Picker::Commune => f.commune.as_deref().map(OfferChoice::Commune),
        Picker::Rooms => f.rooms.map(OfferChoice::Rooms),
        Picker::Rent => f.max_total_cents.map(OfferChoice::MaxTotal),
    };
    let event = choice.map(Event::offer_filter);
    let now = ctx.now();
    ctx.session.browse_mut(now).set_filter(f);
    if let Some(e) = event {
        ctx.stat(e);
    }
    true
}

/// The page kind an offers node shows.
pub fn kind(ctx: &Ctx) -> ScreenKind {
    match ctx.session.browse().view() {
        View::List => ScreenKind::Offers,
        View::Picker(_) => ScreenKind::Question,
        View::Offer(_) => ScreenKind::Offer,
        View::Apply(_) => ScreenKind::Result,
    }
}

fn words(ctx: &Ctx) -> (String, &crate::i18n::Localizer) {
    (ctx.lang(), &ctx.l10n)
}

impl OffersPresenter {
    /// Fills the screen of offers node `id` (after the journey filled its node texts).
    pub fn fill(&mut self, ctx: &mut Ctx, window: &AppWindow, landscape: bool, loader: Loader<'_>) {
        let Some(node_id) = current_node(ctx) else { return };
        let state = window.global::<AppState>();
        let g = window.global::<Offers>();
        // Choices are the pack's only on a question page; here they are the filter's.
        state.set_choices(model(Vec::new()));
        let view = ctx.session.browse().view();
        match view {
            View::List => self.fill_list(ctx, &g, &node_id, landscape, loader),
            View::Picker(p) => fill_picker(ctx, &state, &node_id, p),
            View::Offer(id) => {
                let id = id.to_string();
                self.fill_offer(ctx, &g, &id, loader)
            }
            View::Apply(id) => {
                let id = id.to_string();
                fill_apply(ctx, &state, &id)
            }
        }
    }

    fn fill_list(&mut self, ctx: &mut Ctx, g: &Offers<'_>, node_id: &str, landscape: bool, loader: Loader<'_>) {
        let pack = ctx.pack.clone();
        let today = (ctx.clocks.wall)().date();
        let landlords = landlords(&pack, node_id);
        let filter = ctx.session.browse().filter.clone();
        let shown = filter.apply(&pack.offers, &landlords, today);
        let per_page = per_page(landscape);
        let pages = shown.len().div_ceil(per_page).max(1);
        let page = ctx.session.browse().page.min(pages - 1);
        let (lang, l10n) = words(ctx);
        let w = Words { l10n, lang: &lang };
        let buttons: Vec<FilterButton> = FilterKind::ALL
            .into_iter()
            .map(|k| {
                let (label, value) = w.filter_button(k, &filter);
                FilterButton {
                    kind: k.as_str().into(),
                    label: label.into(),
                    value: value.into(),
                    active: k.active(&filter),
                }
            })
            .collect();
        let first = page * per_page;
        let on_page: Vec<&Offer> = shown
            .iter()
            .skip(first)
            .take(per_page)
            .map(|&i| &pack.offers[i])
            .collect();
        let cards: Vec<(OfferCard, String)> = on_page
            .iter()
            .map(|o| {
                let c = w.card(o, today);
                let card = OfferCard {
                    id: o.id.as_str().into(),
                    title: c.title.clone().into(),
                    commune: c.commune.clone().into(),
                    price: c.price.clone().into(),
                    facts: c.facts.clone().into(),
                    available: c.available.clone().into(),
                    wheelchair: o.wheelchair == Some(true),
                    photo: Image::default(),
                    has_photo: false,
                    spoken: c.spoken().into(),
                };
                (card, o.id.clone())
            })
            .collect();
        let jobs = on_page
            .iter()
            .filter_map(|o| Job::new(o, &o.id, 0, Some(THUMB)))
            .collect();
        self.photos.load(&pack, jobs, loader);
        g.set_count_text(w.count(shown.len()).into());
        g.set_page_text(if shown.is_empty() {
            SharedString::new()
        } else {
            w.page(first + 1, first + on_page.len(), shown.len()).into()
        });
        g.set_filters(model(buttons));
        g.set_any_filter(filter.count() > 0);
        g.set_has_previous(page > 0);
        g.set_has_next(page + 1 < pages);
        let cards = cards
            .into_iter()
            .map(|(mut card, id)| {
                if let Some(img) = self.photos.thumb(&id) {
                    card.photo = img;
                    card.has_photo = true;
                }
                card
            })
            .collect();
        g.set_cards(model(cards));
    }

    /// Photos decoded in the background: see [`PhotoCache::ready`].
    pub fn photos_ready(&mut self, ctx: &Ctx, window: &AppWindow, p: Photos) {
        self.photos.ready(ctx, window, p);
    }

    fn fill_offer(&mut self, ctx: &mut Ctx, g: &Offers<'_>, id: &str, loader: Loader<'_>) {
        let pack = ctx.pack.clone();
        let Some(o) = pack.offers.iter().find(|o| o.id == id) else {
            return;
        };
        let today = (ctx.clocks.wall)().date();
        let landlord = landlord_name(ctx, o);
        let (lang, l10n) = words(ctx);
        let w = Words { l10n, lang: &lang };
        let card = w.card(o, today);
        g.set_offer_title(format!("{} · {}", card.title, card.commune).into());
        g.set_offer_price(card.price.into());
        let facts: Vec<FactRow> = w
            .facts(o, &landlord, today)
            .into_iter()
            .map(|(label, value)| FactRow {
                label: label.into(),
                value: value.into(),
            })
            .collect();
        g.set_facts(model(facts));
        let count = o.photos.len();
        let at = ctx.session.browse().photo % count.max(1);
        g.set_photo_count(count as i32);
        g.set_photo_text(w.photo(at + 1, count).into());
        let key = format!("{id}#{at}");
        let jobs = Job::new(o, &key, at, None).into_iter().collect();
        self.photos.load(&pack, jobs, loader);
        let photo = self.photos.full(&key);
        g.set_photo_key(key.into());
        g.set_has_photo(photo.is_some());
        g.set_photo(photo.unwrap_or_default());
    }
}

/// A filter's question: "All" first, then each value with how many offers it shows.
fn fill_picker(ctx: &mut Ctx, state: &AppState<'_>, node_id: &str, p: Picker) {
    let pack = ctx.pack.clone();
    let today = (ctx.clocks.wall)().date();
    let filter = ctx.session.browse().filter.clone();
    let f = facets(&filter, &pack.offers, &landlords(&pack, node_id), today);
    let picto = pack.node(node_id).map(|n| n.pictogram.clone()).unwrap_or_default();
    let (lang, l10n) = words(ctx);
    let w = Words { l10n, lang: &lang };
    let mut choices: Vec<(String, String)> = vec![(String::new(), l10n.tr(&lang, "offers-all"))];
    match p {
        Picker::Commune => choices.extend(f.communes.iter().map(|(c, n)| (c.clone(), w.with_count(c, *n)))),
        Picker::Rooms => choices.extend(
            f.rooms
                .iter()
                .map(|(r, n)| (r.to_string(), w.with_count(&w.rooms_choice(*r), *n))),
        ),
        Picker::Rent => choices.extend(
            f.max_totals
                .iter()
                .map(|(m, n)| (m.to_string(), w.with_count(&w.up_to(*m), *n))),
        ),
    }
    state.set_question(w.picker_question(p).into());
    state.set_body(SharedString::new());
    let img = ctx.picto(&picto);
    let tiles: Vec<TileData> = choices
        .into_iter()
        .map(|(value, label)| TileData {
            id: format!("pick:{value}").into(),
            longest_word: super::journey::longest_word(&label),
            label: label.into(),
            picto: img.clone(),
            emergency: false,
        })
        .collect();
    state.set_choices(model(tiles));
}

/// "How to apply" on the result page: the landlord's card, the node's documents, the
/// ticket; the title says which home.
fn fill_apply(ctx: &mut Ctx, state: &AppState<'_>, id: &str) {
    let pack = ctx.pack.clone();
    let Some(o) = pack.offers.iter().find(|o| o.id == id) else {
        return;
    };
    let landlord = landlord_name(ctx, o);
    let (lang, l10n) = words(ctx);
    let w = Words { l10n, lang: &lang };
    state.set_title(l10n.tr(&lang, "offers-apply-title").into());
    state.set_body(w.apply_text(&landlord, &o.reference).into());
    let cards: Vec<_> = std::iter::once(o.landlord.as_str())
        .filter_map(|s| super::places::service_data(ctx, s))
        .collect();
    state.set_services(model(cards));
    state.set_stale_hidden(0);
}

fn landlords(pack: &Pack, node_id: &str) -> Vec<String> {
    pack.node(node_id).map(|n| n.landlords.clone()).unwrap_or_default()
}

fn landlord_name(ctx: &Ctx, o: &Offer) -> String {
    match ctx.pack.service(&o.landlord) {
        Some(s) => ctx.pack.service_name(&ctx.lang(), s),
        None => o.landlord.clone(),
    }
}

/// Offers per page of the list in this orientation.
pub fn per_page(landscape: bool) -> usize {
    if landscape {
        PAGE_LANDSCAPE
    } else {
        PAGE_PORTRAIT
    }
}

/// What speech needs to say an offers node as shown: where the resident is, and the
/// page size.
pub fn showing(ctx: &Ctx, window: &AppWindow) -> Option<(crate::offers::browse::Browse, usize)> {
    current_node(ctx)?;
    let landscape = window.global::<super::generated::Theme>().get_landscape();
    Some((ctx.session.browse().clone(), per_page(landscape)))
}

/// The offers screens' controls for the keypad's focus.
pub fn focus_view(window: &AppWindow) -> crate::focus::OffersView {
    let g = window.global::<Offers>();
    crate::focus::OffersView {
        filters: g.get_filters().row_count(),
        clear_filters: g.get_any_filter(),
        cards: g.get_cards().row_count(),
        previous: g.get_has_previous(),
        next: g.get_has_next(),
        photos: g.get_photo_count() > 1,
    }
}

/// Presses an offers control as a finger would.
pub fn press(window: &AppWindow, control: Control) {
    let g = window.global::<Offers>();
    match control {
        Control::Filter(i) => {
            if let Some(f) = g.get_filters().row_data(i) {
                g.invoke_open_filter(f.kind);
            }
        }
        Control::ClearFilters => g.invoke_clear_filters(),
        Control::Offer(i) => {
            if let Some(c) = g.get_cards().row_data(i) {
                g.invoke_open_offer(c.id);
            }
        }
        Control::PagePrevious => g.invoke_page(-1),
        Control::PageNext => g.invoke_page(1),
        Control::PhotoPrevious => g.invoke_photo_step(-1),
        Control::PhotoNext => g.invoke_photo_step(1),
        Control::Apply => g.invoke_apply(),
        _ => {}
    }
}

/// What an offers control says: its label as the screen's accessibility label has it.
pub fn parts(window: &AppWindow, control: Control) -> Vec<Part> {
    let g = window.global::<Offers>();
    let said = |s: String| vec![Part::Said(s)];
    match control {
        Control::Filter(i) => g
            .get_filters()
            .row_data(i)
            .map(|f| said([f.label.to_string(), f.value.to_string()].join(" ").trim().to_string()))
            .unwrap_or_default(),
        Control::ClearFilters => vec![Part::Chrome("offers-clear-filters")],
        Control::Offer(i) => g
            .get_cards()
            .row_data(i)
            .map(|c| said(c.spoken.to_string()))
            .unwrap_or_default(),
        Control::PagePrevious => vec![Part::Chrome("offers-previous")],
        Control::PageNext => vec![Part::Chrome("offers-next")],
        Control::PhotoPrevious => vec![Part::Chrome("offers-photo-previous")],
        Control::PhotoNext => vec![Part::Chrome("offers-photo-next")],
        Control::Apply => vec![Part::Chrome("offers-how-to-apply")],
        _ => Vec::new(),
    }
}

impl super::Controller {
    /// Puts the offers node shown on one of its screens without taps (screenshots):
    /// `commune`, `rooms`, `rent` (a filter's choices), `wheelchair`, `page2`, `offer`
    /// (the first offer listed) or `apply`. False if that cannot be shown here.
    pub fn show_offers(&mut self, view: &str) -> bool {
        let ctx = &mut self.ctx;
        let Some(node) = current_node(ctx) else { return false };
        let now = ctx.now();
        let today = (ctx.clocks.wall)().date();
        let first = Filter::default()
            .apply(&ctx.pack.offers, &landlords(&ctx.pack, &node), today)
            .first()
            .and_then(|&i| ctx.pack.offers.get(i))
            .map(|o| o.id.clone());
        let b = ctx.session.browse_mut(now);
        match (view, first) {
            ("commune", _) => b.picker = Some(Picker::Commune),
            ("rooms", _) => b.picker = Some(Picker::Rooms),
            ("rent", _) => b.picker = Some(Picker::Rent),
            ("wheelchair", _) => b.set_filter(Filter {
                wheelchair: true,
                ..Filter::default()
            }),
            ("page2", _) => b.page = 1,
            ("offer", Some(id)) => b.open(&id),
            ("apply", Some(id)) => {
                b.open(&id);
                b.applying = true;
            }
            _ => return false,
        }
        true
    }
}
