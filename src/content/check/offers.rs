//! Checks of a pack's landlords' offers (`offers/LANDLORD.toml` and the photos in
//! `offers/LANDLORD/`) and of the nodes that show them (`kind = "offers"`).
//!
//! Every field is checked with the bounds the import keeps ([`crate::offers::values`]),
//! so a file the import wrote always passes, and a hand edit is told what is wrong
//! line by line. Photos are checked from their header (JPEG, dimensions, size, whole
//! file): decoding thousands of them on every bundle applied would cost minutes.

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::Path;

use chrono::NaiveDate;

use crate::content::diagnostic::{Message, Report};
use crate::content::model::NodeKind;
use crate::content::source::{At, SourcePack, SrcLandlordOffers, SrcOffer, SERVICES_FILE};
use crate::msg;
use crate::offers::values::{self as v, MAX_PHOTOS, MAX_PHOTO_BYTES, MAX_PHOTO_SIDE, MIN_PHOTO_SIDE};
use crate::offers::Offer;

/// Every landlord's offers and photos, and every offers node, as on `today` (offers
/// past their last day are said, not refused: they will not show).
pub(super) fn check_offers(pack: &SourcePack, today: NaiveDate, r: &mut Report) {
    let services: HashSet<&str> = pack.services.iter().map(|s| s.id.value.as_str()).collect();
    let services_whole = pack.read_whole(SERVICES_FILE);
    for l in &pack.offers {
        if services_whole && !services.contains(l.landlord.as_str()) {
            r.error(
                &l.file,
                0,
                "offers-landlord",
                msg!("check-offers-landlord", landlord = &l.landlord),
            );
        }
        check_landlord(pack, l, today, r);
    }
    check_nodes(pack, &services, services_whole, r);
}

fn check_landlord(pack: &SourcePack, l: &SrcLandlordOffers, today: NaiveDate, r: &mut Report) {
    if l.offers.len() > v::MAX_OFFERS_PER_LANDLORD {
        r.error(
            &l.file,
            0,
            "offers-count",
            msg!(
                "check-offers-count",
                count = l.offers.len(),
                max = v::MAX_OFFERS_PER_LANDLORD
            ),
        );
    }
    let mut references: HashMap<&str, usize> = HashMap::new();
    let mut used: HashSet<&str> = HashSet::new();
    for o in &l.offers {
        let mut problems = Vec::new();
        let offer = offer_of(&l.landlord, o, &mut problems);
        for (line, m) in problems {
            r.error(&l.file, line, "offer-value", m);
        }
        if let Some(first) = references.insert(&o.reference.value, o.reference.line) {
            references.insert(&o.reference.value, first);
            r.error(
                &l.file,
                o.reference.line,
                "offer-duplicate",
                msg!("check-offer-duplicate", reference = &o.reference.value, line = first),
            );
        }
        if let Some(offer) = offer.filter(|o| !o.is_current(today)) {
            r.warning(
                &l.file,
                o.expires.line,
                "offer-expired",
                msg!(
                    "check-offer-expired",
                    reference = &offer.reference,
                    date = offer.expires.to_string()
                ),
            );
        }
        check_photo_names(l, o, r);
        used.extend(o.photos.iter().map(|p| p.value.as_str()));
    }
    for (name, rel) in &l.photos {
        if used.contains(name.as_str()) {
            if let Err(m) = check_photo_file(&pack.dir.join(rel)) {
                r.error(rel, 0, "offer-photo", m);
            }
        } else {
            r.warning(rel, 0, "unused", msg!("check-offer-photo-unused"));
        }
    }
}

fn check_photo_names(l: &SrcLandlordOffers, o: &SrcOffer, r: &mut Report) {
    if o.photos.len() > MAX_PHOTOS {
        r.error(
            &l.file,
            o.line,
            "offer-photo",
            msg!("check-offer-photo-count", count = o.photos.len(), max = MAX_PHOTOS),
        );
    }
    for p in &o.photos {
        if !v::is_valid_photo_name(&p.value) {
            r.error(
                &l.file,
                p.line,
                "offer-photo",
                msg!("check-offer-photo-name", name = &p.value),
            );
        } else if !l.photos.contains_key(&p.value) {
            r.error(
                &l.file,
                p.line,
                "offer-photo",
                msg!("check-offer-photo-missing", name = &p.value, landlord = &l.landlord),
            );
        }
    }
}

/// Problems found in an offer: line and message.
type Problems = Vec<(usize, Message)>;

/// The offer `o` of `landlord` says, or `None` with every problem (line, message) in
/// `problems`. The compiler uses it on checked offers.
pub fn offer_of(landlord: &str, o: &SrcOffer, problems: &mut Problems) -> Option<Offer> {
    let before = problems.len();
    check_place(o, problems);
    let (rooms, surface) = size_of(o, problems);
    let (rent, charges) = cost_of(o, problems);
    let (floor, energy) = details_of(o, problems);
    let mut date = |d: &At<String>| {
        let parsed = crate::content::compile::parse_date(&d.value);
        if parsed.is_none() {
            problems.push((d.line, msg!("check-invalid-date", date = &d.value)));
        }
        parsed
    };
    let expires = date(&o.expires);
    let available_from = o.available_from.as_ref().map(&mut date);
    if problems.len() > before {
        return None;
    }
    Some(Offer {
        id: format!("{landlord}/{}", o.reference.value),
        reference: o.reference.value.clone(),
        landlord: landlord.to_string(),
        commune: o.commune.value.clone(),
        code_postal: o.code_postal.as_ref().map(|c| c.value.clone()),
        rooms: rooms?,
        surface_m2: surface?,
        rent_cents: rent?,
        charges_cents: charges?,
        floor: floor.flatten(),
        lift: o.lift,
        wheelchair: o.wheelchair,
        energy: energy.flatten(),
        available_from: available_from.flatten(),
        expires: expires?,
        photos: o.photos.iter().map(|p| p.value.clone()).collect(),
    })
}

/// Reference, commune and postcode.
fn check_place(o: &SrcOffer, problems: &mut Problems) {
    if !v::is_valid_reference(&o.reference.value) {
        problems.push((
            o.reference.line,
            msg!("check-offer-reference", value = &o.reference.value),
        ));
    }
    if !v::is_valid_commune(&o.commune.value) {
        problems.push((o.commune.line, msg!("check-offer-commune", value = &o.commune.value)));
    }
    if let Some(c) = o.code_postal.as_ref().filter(|c| !v::is_valid_postcode(&c.value)) {
        problems.push((c.line, msg!("check-offer-postcode", value = &c.value)));
    }
}

/// Rooms and surface.
fn size_of(o: &SrcOffer, problems: &mut Problems) -> (Option<u8>, Option<u32>) {
    let rooms = u8::try_from(o.rooms.value)
        .ok()
        .filter(|r| (1..=v::MAX_ROOMS).contains(r));
    if rooms.is_none() {
        let max = u32::from(v::MAX_ROOMS);
        problems.push((
            o.rooms.line,
            msg!("check-offer-rooms", value = o.rooms.value, max = max),
        ));
    }
    let surface = u32::try_from(o.surface_m2.value)
        .ok()
        .filter(|s| (1..=v::MAX_SURFACE_M2).contains(s));
    if surface.is_none() {
        let m = msg!(
            "check-offer-surface",
            value = o.surface_m2.value,
            max = v::MAX_SURFACE_M2
        );
        problems.push((o.surface_m2.line, m));
    }
    (rooms, surface)
}

/// Rent and charges, in cents (no charges written: none).
fn cost_of(o: &SrcOffer, problems: &mut Problems) -> (Option<u32>, Option<u32>) {
    let rent = v::parse_money(&o.rent.value).filter(|c| (1..=v::MAX_RENT_CENTS).contains(c));
    if rent.is_none() {
        let m = msg!("check-offer-rent", value = &o.rent.value, max = v::MAX_RENT_CENTS / 100);
        problems.push((o.rent.line, m));
    }
    let charges = match &o.charges {
        None => Some(0),
        Some(c) => {
            let cents = v::parse_money(&c.value).filter(|&c| c <= v::MAX_CHARGES_CENTS);
            if cents.is_none() {
                let m = msg!(
                    "check-offer-charges",
                    value = &c.value,
                    max = v::MAX_CHARGES_CENTS / 100
                );
                problems.push((c.line, m));
            }
            cents
        }
    };
    (rent, charges)
}

/// Floor and energy label, each `None` when not written, `Some(None)` when wrong.
#[allow(clippy::type_complexity)]
fn details_of(o: &SrcOffer, problems: &mut Problems) -> (Option<Option<i32>>, Option<Option<char>>) {
    let floor = o.floor.as_ref().map(|f| {
        let n = i32::try_from(f.value)
            .ok()
            .filter(|n| (v::MIN_FLOOR..=v::MAX_FLOOR).contains(n));
        if n.is_none() {
            problems.push((f.line, msg!("check-offer-floor", value = f.value)));
        }
        n
    });
    let energy = o.energy.as_ref().map(|e| {
        let c = v::parse_energy(&e.value).filter(|_| e.value.len() == 1);
        if c.is_none() {
            problems.push((e.line, msg!("check-offer-energy", value = &e.value)));
        }
        c
    });
    (floor, energy)
}

/// A photo the kiosk can show: a whole JPEG (start and end markers) of bounded size and
/// dimensions, read from its header.
pub fn check_photo_file(path: &Path) -> Result<(), Message> {
    let unreadable = |e: std::io::Error| msg!("check-offer-photo-unreadable", detail = e.to_string());
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let mut bytes = Vec::new();
    file.take(MAX_PHOTO_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_PHOTO_BYTES {
        return Err(msg!("check-offer-photo-bytes", max = MAX_PHOTO_BYTES / 1024));
    }
    check_photo_bytes(&bytes)
}

/// [`check_photo_file`] on bytes already read.
pub fn check_photo_bytes(bytes: &[u8]) -> Result<(), Message> {
    if !bytes.starts_with(&[0xFF, 0xD8]) || !bytes.ends_with(&[0xFF, 0xD9]) {
        return Err(msg!("check-offer-photo-not-jpeg"));
    }
    let reader = image::ImageReader::with_format(std::io::Cursor::new(bytes), image::ImageFormat::Jpeg);
    let (w, h) = reader
        .into_dimensions()
        .map_err(|e| msg!("check-offer-photo-undecodable", detail = e.to_string()))?;
    let side = MIN_PHOTO_SIDE..=MAX_PHOTO_SIDE;
    if !side.contains(&w) || !side.contains(&h) {
        return Err(msg!(
            "check-offer-photo-dimensions",
            width = w,
            height = h,
            min = MIN_PHOTO_SIDE,
            max = MAX_PHOTO_SIDE
        ));
    }
    Ok(())
}

/// `landlords` belongs to offers nodes and names services; an offers node ends the
/// path (no choices).
fn check_nodes(pack: &SourcePack, services: &HashSet<&str>, services_whole: bool, r: &mut Report) {
    for n in &pack.nodes {
        let offers = NodeKind::parse(&n.kind.value) == Some(NodeKind::Offers);
        if !offers {
            if let Some(first) = n.landlords.first() {
                r.error(
                    &n.file,
                    first.line,
                    "not-offers",
                    msg!("check-landlords-not-offers", id = &n.id.value),
                );
            }
            continue;
        }
        if !n.choices.is_empty() {
            r.error(
                &n.file,
                n.id.line,
                "offers-choices",
                msg!("check-offers-choices", id = &n.id.value),
            );
        }
        for l in n.landlords.iter().filter(|_| services_whole) {
            if !services.contains(l.value.as_str()) {
                r.error(
                    &n.file,
                    l.line,
                    "unknown-service",
                    msg!("check-unknown-service", id = &l.value),
                );
            }
        }
    }
}
