//! A pack's optional `offers/` folder: `offers/LANDLORD.toml` holds one landlord's
//! `[[offer]]` entries (as `borne content import offers` writes them, or as an
//! operator edits them), and `offers/LANDLORD/` the photos they name.
//!
//! Values are kept as written, with their lines; the checker says what is wrong with
//! them (`check/offers.rs`), and the compiler turns the checked ones into
//! [`crate::offers::Offer`]s.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::services::date_text;
use super::{at, read_text, toml_error, At, Unparsed};
use crate::content::diagnostic::{LineIndex, Report};
use crate::msg;

/// Optional: `offers/LANDLORD.toml` and `offers/LANDLORD/*.jpg`.
pub const OFFERS_DIR: &str = "offers";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOffers {
    #[serde(default)]
    offer: Vec<Spanned<RawOffer>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOffer {
    reference: Spanned<String>,
    commune: Spanned<String>,
    #[serde(default)]
    code_postal: Option<Spanned<String>>,
    rooms: Spanned<i64>,
    surface_m2: Spanned<i64>,
    rent: Spanned<toml::Value>,
    #[serde(default)]
    charges: Option<Spanned<toml::Value>>,
    #[serde(default)]
    floor: Option<Spanned<i64>>,
    #[serde(default)]
    lift: Option<bool>,
    #[serde(default)]
    wheelchair: Option<bool>,
    #[serde(default)]
    energy: Option<Spanned<String>>,
    #[serde(default)]
    available_from: Option<Spanned<toml::Value>>,
    expires: Spanned<toml::Value>,
    #[serde(default)]
    photos: Option<Vec<Spanned<String>>>,
}

/// One `[[offer]]` as written.
#[derive(Debug, Clone, Default)]
pub struct SrcOffer {
    pub line: usize,
    pub reference: At<String>,
    pub commune: At<String>,
    pub code_postal: Option<At<String>>,
    pub rooms: At<i64>,
    pub surface_m2: At<i64>,
    /// Euros, as written (`412.35`, `450`).
    pub rent: At<String>,
    pub charges: Option<At<String>>,
    pub floor: Option<At<i64>>,
    pub lift: Option<bool>,
    pub wheelchair: Option<bool>,
    pub energy: Option<At<String>>,
    /// Dates as text (`YYYY-MM-DD` once checked).
    pub available_from: Option<At<String>>,
    pub expires: At<String>,
    pub photos: Vec<At<String>>,
}

/// One landlord's file and photo folder.
#[derive(Debug, Clone, Default)]
pub struct SrcLandlordOffers {
    /// The file's name: a service id of the pack.
    pub landlord: String,
    /// `offers/LANDLORD.toml`, relative to the pack.
    pub file: PathBuf,
    pub offers: Vec<SrcOffer>,
    /// Photo file name → path relative to the pack (`offers/LANDLORD/NAME`).
    pub photos: BTreeMap<String, PathBuf>,
}

/// Every `offers/*.toml` file in name order, each with its photo folder. No folder: no
/// offers.
pub(super) fn read_offers(dir: &Path, report: &mut Report, unparsed: &mut Unparsed) -> Vec<SrcLandlordOffers> {
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(dir.join(OFFERS_DIR)) else {
        return out;
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    for path in files {
        let Some(landlord) = path.file_stem().and_then(|s| s.to_str()).map(str::to_string) else {
            continue;
        };
        let rel = Path::new(OFFERS_DIR).join(format!("{landlord}.toml"));
        let photos = list_photos(dir, &landlord, report);
        let Some(text) = read_text(dir, &rel, report, true, unparsed) else {
            continue;
        };
        let lines = LineIndex::new(&text);
        match toml::from_str::<RawOffers>(&text) {
            Ok(raw) => out.push(SrcLandlordOffers {
                landlord,
                file: rel,
                offers: raw.offer.into_iter().map(|o| offer_from(&lines, o)).collect(),
                photos,
            }),
            Err(e) => toml_error(report, dir, &rel, &text, &e, unparsed),
        }
    }
    out
}

/// The files of `offers/LANDLORD/` (read by the checker); an unreadable folder is said.
fn list_photos(dir: &Path, landlord: &str, report: &mut Report) -> BTreeMap<String, PathBuf> {
    let rel_dir = Path::new(OFFERS_DIR).join(landlord);
    let mut photos = BTreeMap::new();
    let entries = match fs::read_dir(dir.join(&rel_dir)) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return photos,
        Err(_) => {
            report.error(&rel_dir, 0, "unreadable", msg!("check-unreadable-folder"));
            return photos;
        }
    };
    for e in entries.flatten() {
        let path = e.path();
        if let (true, Some(name)) = (path.is_file(), path.file_name().and_then(|n| n.to_str())) {
            photos.insert(name.to_string(), rel_dir.join(name));
        }
    }
    photos
}

/// A number of euros as text: TOML integers and floats print as written.
fn money_text(lines: &LineIndex, v: Spanned<toml::Value>) -> At<String> {
    let line = lines.line(v.span().start);
    let value = match v.into_inner() {
        toml::Value::String(s) => s,
        other => other.to_string(),
    };
    At { value, line }
}

fn offer_from(lines: &LineIndex, o: Spanned<RawOffer>) -> SrcOffer {
    let line = lines.line(o.span().start);
    let o = o.into_inner();
    SrcOffer {
        line,
        reference: at(lines, o.reference),
        commune: at(lines, o.commune),
        code_postal: o.code_postal.map(|c| at(lines, c)),
        rooms: at(lines, o.rooms),
        surface_m2: at(lines, o.surface_m2),
        rent: money_text(lines, o.rent),
        charges: o.charges.map(|c| money_text(lines, c)),
        floor: o.floor.map(|f| at(lines, f)),
        lift: o.lift,
        wheelchair: o.wheelchair,
        energy: o.energy.map(|e| at(lines, e)),
        available_from: o.available_from.map(|d| date_text(lines, d)),
        expires: date_text(lines, o.expires),
        photos: o.photos.unwrap_or_default().into_iter().map(|p| at(lines, p)).collect(),
    }
}
