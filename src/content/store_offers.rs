//! The offers part of the compiled file, written and read in one place: landlords'
//! offers, their photos, and the landlords each offers node shows
//! (`migrations/0007_offers.sql`).
//!
//! Offers are read whole when a pack opens (a few thousand small rows); photos stay in
//! the file and are read one at a time, when shown ([`read_offer_photo`]).

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use rusqlite::{params, Connection, Transaction};

use super::compile::BuildError;
use super::model::{OfferPhotos, Pack};
use super::store::{read_blob_bounded, read_file_bounded, StoreError};
use crate::offers::values::MAX_PHOTO_BYTES;
use crate::offers::Offer;

const DATE: &str = "%Y-%m-%d";

fn date_text(d: NaiveDate) -> String {
    d.format(DATE).to_string()
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, DATE).ok()
}

/// Writes the offers, every photo they name (read one at a time from where the pack
/// keeps them), and the offers nodes' landlords.
pub(super) fn write_offers(tx: &Transaction<'_>, pack: &Pack) -> Result<(), BuildError> {
    let mut st = tx.prepare(
        "INSERT INTO offer (position, id, landlord, reference, commune, code_postal, rooms, surface_m2,
                            rent_cents, charges_cents, floor, lift, wheelchair, energy, available_from,
                            expires, photos)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
    )?;
    let mut photos: BTreeSet<(&str, &str)> = BTreeSet::new();
    for (i, o) in pack.offers.iter().enumerate() {
        let names = serde_json::to_string(&o.photos).unwrap_or_else(|_| "[]".into());
        st.execute(params![
            i as i64,
            o.id,
            o.landlord,
            o.reference,
            o.commune,
            o.code_postal,
            o.rooms,
            o.surface_m2,
            o.rent_cents,
            o.charges_cents,
            o.floor,
            o.lift,
            o.wheelchair,
            o.energy.map(String::from),
            o.available_from.map(date_text),
            date_text(o.expires),
            names
        ])?;
        photos.extend(o.photos.iter().map(|p| (o.landlord.as_str(), p.as_str())));
    }
    let mut st = tx.prepare("INSERT INTO offer_photo VALUES (?1, ?2, ?3)")?;
    for (landlord, name) in photos {
        let jpeg = read_offer_photo(pack, landlord, name)?;
        st.execute(params![landlord, name, jpeg])?;
    }
    let mut st = tx.prepare("INSERT INTO node_landlord VALUES (?1, ?2, ?3)")?;
    for n in &pack.nodes {
        for (i, l) in n.landlords.iter().enumerate() {
            st.execute(params![n.id, i as i64, l])?;
        }
    }
    Ok(())
}

/// Reads the offers and the nodes' landlords of a file with offers; photos stay in it.
pub(super) fn read_offers(conn: &Connection, pack: &mut Pack) -> rusqlite::Result<()> {
    let mut st = conn.prepare(
        "SELECT id, landlord, reference, commune, code_postal, rooms, surface_m2, rent_cents, charges_cents,
                floor, lift, wheelchair, energy, available_from, expires, photos FROM offer ORDER BY position",
    )?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        // A date the compiler wrote always parses; a damaged row is left out.
        let Some(expires) = parse_date(&r.get::<_, String>(14)?) else {
            continue;
        };
        pack.offers.push(Offer {
            id: r.get(0)?,
            landlord: r.get(1)?,
            reference: r.get(2)?,
            commune: r.get(3)?,
            code_postal: r.get(4)?,
            rooms: r.get(5)?,
            surface_m2: r.get(6)?,
            rent_cents: r.get(7)?,
            charges_cents: r.get(8)?,
            floor: r.get(9)?,
            lift: r.get(10)?,
            wheelchair: r.get(11)?,
            energy: r.get::<_, Option<String>>(12)?.and_then(|e| e.chars().next()),
            available_from: r.get::<_, Option<String>>(13)?.as_deref().and_then(parse_date),
            expires,
            photos: serde_json::from_str(&r.get::<_, String>(15)?).unwrap_or_default(),
        });
    }
    let mut landlords: HashMap<String, Vec<String>> = HashMap::new();
    let mut st = conn.prepare("SELECT node_id, landlord FROM node_landlord ORDER BY node_id, position")?;
    let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    for row in rows {
        let (node, landlord) = row?;
        landlords.entry(node).or_default().push(landlord);
    }
    for n in pack.nodes.iter_mut() {
        n.landlords = landlords.remove(&n.id).unwrap_or_default();
    }
    pack.offer_photos = OfferPhotos::Stored;
    Ok(())
}

/// The JPEG bytes of photo `name` of `landlord`'s offers: from the compiled file, or
/// from the `offers/` folder of a pack read in place. At most
/// [`MAX_PHOTO_BYTES`](crate::offers::values::MAX_PHOTO_BYTES), as `check` bounds them.
pub fn read_offer_photo(pack: &Pack, landlord: &str, name: &str) -> Result<Vec<u8>, StoreError> {
    let fail = |why: String| StoreError::Photo {
        name: format!("{landlord}/{name}"),
        why,
    };
    // Names come from the pack, checked; still, nothing outside its folder is read.
    if !crate::offers::values::is_valid_photo_name(name) || !super::is_valid_id(landlord) {
        return Err(fail("not a photo name".into()));
    }
    match &pack.offer_photos {
        OfferPhotos::Folder(dir) => read_file_bounded(&dir.join(landlord).join(name), MAX_PHOTO_BYTES).map_err(fail),
        OfferPhotos::Stored => {
            let path = pack
                .file
                .as_deref()
                .ok_or_else(|| fail("the pack has no file".into()))?;
            let from = "offer_photo WHERE landlord = ?1 AND name = ?2";
            read_blob_bounded(path, "jpeg", from, [landlord, name], MAX_PHOTO_BYTES)
                .map_err(fail)?
                .ok_or_else(|| fail("the pack has no such photo".into()))
        }
    }
}
