//! `borne content import offers`: one landlord's housing offers, exported from its
//! management software as CSV (`;` or `,`) or JSON, written into a pack as
//! `offers/LANDLORD.toml` with the photos made fit for the kiosk (`offers_photos`).
//!
//! Every row is read with the parsers of [`crate::offers::values`] (export spellings:
//! "T3", "RDC", "412,35 €", "01/03/2027") and then checked by the pack check's own
//! [`offer_of`], so what the import writes always passes `borne content check`. A bad
//! row is skipped and said with its line (CSV) or item (JSON); offers already ended,
//! second uses of a reference and rows past the per-landlord bound are dropped and
//! counted. The file is written beside and renamed into place; photos no offer names
//! any more are removed after it. The report is [`OffersReport`] (`offers_report`).

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;

use super::offers_photos::{self as photos, Converted, PhotoJob};
use super::offers_report::{OfferIssue, OffersReport, PhotoIssue, Where};
use super::read::{read_table, Columns, Loose, Pos};
use super::ImportError;
use crate::content::check::offers::offer_of;
use crate::content::diagnostic::Message;
use crate::content::source::{At, SrcOffer, OFFERS_DIR, SERVICES_FILE};
use crate::msg;
use crate::offers::values::{self as v, MAX_OFFERS_PER_LANDLORD, MAX_PHOTOS};
use crate::offers::Offer;

/// The largest export read: 20,000 offers take a few MiB.
pub const MAX_EXPORT_BYTES: u64 = 64 * 1024 * 1024;

/// The columns the import reads, in the order the written file keeps.
pub const COLUMNS: [&str; 14] = [
    "reference",
    "commune",
    "code_postal",
    "rooms",
    "surface_m2",
    "rent",
    "charges",
    "floor",
    "lift",
    "wheelchair",
    "energy",
    "available_from",
    "expires",
    "photos",
];
/// The columns every offer fills.
pub const REQUIRED: [&str; 6] = ["reference", "commune", "rooms", "surface_m2", "rent", "expires"];

/// What to import, and where.
#[derive(Debug, Clone)]
pub struct OffersOptions {
    /// The landlord's export, CSV or JSON; photos beside it or in its `photos/` folder.
    pub file: PathBuf,
    /// The landlord: a service id of the pack.
    pub landlord: String,
    /// The pack folder (it holds `pack.toml`).
    pub pack: PathBuf,
    /// Offers that ended before this day are dropped.
    pub today: NaiveDate,
}

/// Why nothing was imported nor written, in the tools' language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.render(crate::tools_text::lang()))]
pub struct OffersError(pub Message);

/// One row of the export, as found.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct OfferRecord {
    reference: Loose,
    commune: Loose,
    code_postal: Loose,
    rooms: Loose,
    surface_m2: Loose,
    rent: Loose,
    charges: Loose,
    floor: Loose,
    lift: Loose,
    wheelchair: Loose,
    energy: Loose,
    available_from: Loose,
    expires: Loose,
    photos: Loose,
}

impl Columns for OfferRecord {
    fn column(&mut self, name: &str) -> Option<&mut Loose> {
        Some(match name.trim().to_ascii_lowercase().as_str() {
            "reference" => &mut self.reference,
            "commune" => &mut self.commune,
            "code_postal" => &mut self.code_postal,
            "rooms" => &mut self.rooms,
            "surface_m2" => &mut self.surface_m2,
            "rent" => &mut self.rent,
            "charges" => &mut self.charges,
            "floor" => &mut self.floor,
            "lift" => &mut self.lift,
            "wheelchair" => &mut self.wheelchair,
            "energy" => &mut self.energy,
            "available_from" => &mut self.available_from,
            "expires" => &mut self.expires,
            "photos" => &mut self.photos,
            _ => return None,
        })
    }
}

/// An offer kept from the export, with the photo names it gives.
struct Kept {
    at: Where,
    offer: Offer,
    photos: Vec<String>,
}

/// Imports `opts.file` into `opts.pack` and says what it did. Nothing is written when
/// no offer could be imported (the previous import stays).
pub fn import_offers(opts: &OffersOptions) -> Result<OffersReport, OffersError> {
    check_pack(opts)?;
    check_export(&opts.file)?;
    let mut report = OffersReport {
        landlord_known: landlord_known(&opts.pack, &opts.landlord),
        ..OffersReport::default()
    };
    let mut kept = read_offers(opts, &mut report)?;
    report.imported = kept.len();
    if kept.is_empty() {
        return Ok(report);
    }
    let folder = opts.pack.join(OFFERS_DIR).join(&opts.landlord);
    fs::create_dir_all(&folder).map_err(|e| write_error(&folder, &e))?;
    let export_dir = opts
        .file
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let (jobs, bad_names) = photos::plan(kept.iter().flat_map(|k| k.photos.iter().map(String::as_str)));
    let results = photos::convert_all(&jobs, export_dir, &folder);
    attach_photos(&mut kept, &jobs, &results, bad_names, &mut report);
    let offers: Vec<&Offer> = kept.iter().map(|k| &k.offer).collect();
    let file = opts.pack.join(OFFERS_DIR).join(format!("{}.toml", opts.landlord));
    let text = offers_toml(&opts.landlord, &opts.file, opts.today, &offers);
    write_atomic(&file, &text)?;
    report.written = Some(file);
    report.photos_removed = remove_unused(&folder, &offers);
    Ok(report)
}

/// The pack folder holds `pack.toml`, and the landlord is a valid id.
fn check_pack(opts: &OffersOptions) -> Result<(), OffersError> {
    if !opts.pack.join("pack.toml").is_file() {
        let dir = opts.pack.display().to_string();
        return Err(OffersError(msg!("cli-import-offers-not-pack", dir = dir)));
    }
    if !crate::content::is_valid_id(&opts.landlord) {
        return Err(OffersError(msg!("check-invalid-id", id = &opts.landlord)));
    }
    Ok(())
}

/// The export is a regular file of bounded size.
fn check_export(file: &Path) -> Result<(), OffersError> {
    let shown = file.display().to_string();
    let meta = fs::metadata(file)
        .map_err(|e| OffersError(msg!("cli-import-error-unreadable", file = &shown, why = e.to_string())))?;
    if !meta.is_file() {
        return Err(OffersError(msg!("cli-import-offers-not-file", file = &shown)));
    }
    if meta.len() > MAX_EXPORT_BYTES {
        let max = MAX_EXPORT_BYTES / (1024 * 1024);
        return Err(OffersError(msg!("cli-import-offers-too-big", file = &shown, max = max)));
    }
    Ok(())
}

/// Whether `services.toml` has a service `landlord` (a file that does not read is
/// `content check`'s to report: not a warning here).
fn landlord_known(pack: &Path, landlord: &str) -> bool {
    let Ok(text) = fs::read_to_string(pack.join(SERVICES_FILE)) else {
        return false;
    };
    let Ok(table) = text.parse::<toml::Table>() else {
        return true;
    };
    table.get("service").and_then(toml::Value::as_array).is_some_and(|all| {
        all.iter()
            .any(|s| s.get("id").and_then(toml::Value::as_str) == Some(landlord))
    })
}

/// The offers of the export that are kept, in its order; every other row in `report`.
fn read_offers(opts: &OffersOptions, report: &mut OffersReport) -> Result<Vec<Kept>, OffersError> {
    let mut unknown = Vec::new();
    let mut header = |names: &[String]| header_of(names, &mut unknown);
    let mut c = Collect {
        opts,
        kept: Vec::new(),
        first: HashMap::new(),
        report: OffersReport::default(),
    };
    let read = read_table::<OfferRecord>(&opts.file, &mut header, &mut |pos, row| {
        c.take(pos, row);
        Ok(())
    });
    read.map_err(export_error)?;
    let Collect { kept, report: r, .. } = c;
    report.rows = r.rows;
    report.skipped = r.skipped;
    report.expired = r.expired;
    report.beyond_max = r.beyond_max;
    report.photo_issues = r.photo_issues;
    report.unknown_columns = unknown;
    Ok(kept)
}

/// The rows as they are read: offers kept, the others said.
struct Collect<'a> {
    opts: &'a OffersOptions,
    kept: Vec<Kept>,
    /// Where each reference kept was first read.
    first: HashMap<String, Where>,
    report: OffersReport,
}

impl Collect<'_> {
    fn take(&mut self, pos: Pos, row: Result<OfferRecord, String>) {
        let report = &mut self.report;
        report.rows += 1;
        let at = pos.line.map_or(Where::Item(pos.row), Where::Line);
        if self.kept.len() >= MAX_OFFERS_PER_LANDLORD {
            report.beyond_max += 1;
            return;
        }
        let skip = |reference: Option<String>, why: Vec<Message>| OfferIssue { at, reference, why };
        let rec = match row {
            Ok(rec) => rec,
            Err(why) => {
                report
                    .skipped
                    .push(skip(None, vec![msg!("cli-import-offers-bad-row", why = why)]));
                return;
            }
        };
        let (offer, photos) = match offer_from_record(&rec, &self.opts.landlord) {
            Ok(parsed) => parsed,
            Err(why) => {
                report.skipped.push(skip(text(&rec.reference), why));
                return;
            }
        };
        if let Some(before) = self.first.get(&offer.reference) {
            let why = msg!("cli-import-offers-duplicate", at = before.message());
            report.skipped.push(skip(Some(offer.reference), vec![why]));
            return;
        }
        self.first.insert(offer.reference.clone(), at);
        if !offer.is_current(self.opts.today) {
            report.expired += 1;
            return;
        }
        if photos.len() > MAX_PHOTOS {
            report.photo_issues.push(PhotoIssue {
                at,
                reference: offer.reference.clone(),
                photo: photos[MAX_PHOTOS..].join(" | "),
                why: msg!("check-offer-photo-count", count = photos.len(), max = MAX_PHOTOS),
            });
        }
        let photos = photos.into_iter().take(MAX_PHOTOS).collect();
        self.kept.push(Kept { at, offer, photos });
    }
}

/// Refuses a CSV file without a required column; notes the columns not read.
fn header_of(names: &[String], unknown: &mut Vec<String>) -> Result<(), ImportError> {
    let names: Vec<String> = names.iter().map(|n| n.trim().to_ascii_lowercase()).collect();
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|c| !names.iter().any(|n| n == c))
        .collect();
    if !missing.is_empty() {
        let m = msg!(
            "cli-import-offers-missing-columns",
            columns = missing.join(", "),
            required = REQUIRED.join(", ")
        );
        return Err(ImportError::Refused(m));
    }
    unknown.extend(
        names
            .into_iter()
            .filter(|n| !n.is_empty() && !COLUMNS.contains(&n.as_str())),
    );
    Ok(())
}

/// The reader's refusals, as the offers import says them.
fn export_error(e: ImportError) -> OffersError {
    OffersError(match e {
        ImportError::Refused(m) => m,
        ImportError::Unreadable { path, why } => {
            msg!(
                "cli-import-error-unreadable",
                file = path.display().to_string(),
                why = why
            )
        }
        ImportError::Syntax { path, why } => {
            msg!("cli-import-error-syntax", file = path.display().to_string(), why = why)
        }
        other => msg!("cli-import-offers-bad-row", why = other.to_string()),
    })
}

/// A value as text: `None` when absent or empty.
fn text(v: &Loose) -> Option<String> {
    super::entry::text(v)
}

/// The photo names of a row: a JSON list, or names separated by `|`; each once.
fn photo_names(v: &Loose) -> Vec<String> {
    let all: Vec<String> = match v {
        Loose::List(items) => items.clone(),
        other => text(other)
            .map(|t| t.split('|').map(str::to_string).collect())
            .unwrap_or_default(),
    };
    let mut out: Vec<String> = Vec::new();
    for name in all.into_iter().map(|n| n.trim().to_string()) {
        if !name.is_empty() && !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// Reasons a row is skipped, gathered field by field.
#[derive(Default)]
struct Reasons(Vec<Message>);

impl Reasons {
    /// The text of column `name`; a required one missing, or any one too long, is said.
    fn text(&mut self, v: &Loose, name: &'static str) -> Option<String> {
        match v {
            Loose::TooLong => self.0.push(msg!("cli-import-offers-too-long", column = name)),
            Loose::Other => self.0.push(msg!("cli-import-offers-not-value", column = name)),
            _ => {}
        }
        let t = text(v);
        if t.is_none() && REQUIRED.contains(&name) && !matches!(v, Loose::TooLong | Loose::Other) {
            self.0.push(msg!("cli-import-offers-missing", column = name));
        }
        t
    }

    /// Column `name` parsed by `parse`; a value it refuses is said with `bad`.
    fn parsed<T>(
        &mut self,
        v: &Loose,
        name: &'static str,
        parse: impl Fn(&str) -> Option<T>,
        bad: impl Fn(&str) -> Message,
    ) -> Option<T> {
        let t = self.text(v, name)?;
        let parsed = parse(&t);
        if parsed.is_none() {
            self.0.push(bad(&t));
        }
        parsed
    }
}

fn at<T>(value: T) -> At<T> {
    At { value, line: 0 }
}

/// A row → the offer it describes and its photo names, or every reason it is not one.
/// Values are read with the export's spellings, then checked by the pack check's own
/// rules ([`offer_of`]); a value missing or unread stands as a valid placeholder there
/// (its reason is already said).
fn offer_from_record(rec: &OfferRecord, landlord: &str) -> Result<(Offer, Vec<String>), Vec<Message>> {
    let mut r = Reasons::default();
    let reference = r.text(&rec.reference, "reference");
    let commune = r.text(&rec.commune, "commune");
    let code_postal = r.text(&rec.code_postal, "code_postal");
    let rooms = r.parsed(&rec.rooms, "rooms", v::parse_rooms, |t| {
        msg!("cli-import-offers-rooms", value = t, max = u32::from(v::MAX_ROOMS))
    });
    let surface = r.parsed(&rec.surface_m2, "surface_m2", v::parse_surface, |t| {
        msg!("cli-import-offers-surface", value = t)
    });
    let rent = r.text(&rec.rent, "rent");
    let charges = r.text(&rec.charges, "charges");
    let floor = r.parsed(&rec.floor, "floor", v::parse_floor, |t| {
        msg!("cli-import-offers-floor", value = t)
    });
    let yes_no = |name| move |t: &str| msg!("cli-import-offers-yes-no", column = name, value = t);
    let lift = r.parsed(&rec.lift, "lift", v::parse_yes_no, yes_no("lift"));
    let wheelchair = r.parsed(&rec.wheelchair, "wheelchair", v::parse_yes_no, yes_no("wheelchair"));
    let energy = r.text(&rec.energy, "energy");
    let date = |name| move |t: &str| msg!("cli-import-offers-date", column = name, value = t);
    let day = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    let available = r.parsed(
        &rec.available_from,
        "available_from",
        v::parse_date,
        date("available_from"),
    );
    let expires = r.parsed(&rec.expires, "expires", v::parse_date, date("expires"));
    let src = SrcOffer {
        reference: at(reference.unwrap_or_else(|| "x".into())),
        commune: at(commune.unwrap_or_else(|| "x".into())),
        code_postal: code_postal.map(at),
        rooms: at(rooms.map_or(1, i64::from)),
        surface_m2: at(surface.map_or(1, i64::from)),
        rent: at(rent.unwrap_or_else(|| "1".into())),
        charges: charges.map(at),
        floor: floor.map(|f| at(i64::from(f))),
        lift,
        wheelchair,
        energy: energy.map(at),
        available_from: available.map(|d| at(day(d))),
        expires: at(expires.map_or_else(|| "2000-01-01".into(), day)),
        ..SrcOffer::default()
    };
    let mut problems = Vec::new();
    let offer = offer_of(landlord, &src, &mut problems);
    r.0.extend(problems.into_iter().map(|(_, m)| m));
    match offer {
        Some(offer) if r.0.is_empty() => Ok((offer, photo_names(&rec.photos))),
        _ => Err(r.0),
    }
}

/// Gives each offer the photos that were converted, and reports the others once each
/// (at the first offer that names them).
fn attach_photos(
    kept: &mut [Kept],
    jobs: &[PhotoJob],
    results: &[Converted],
    bad_names: HashMap<String, Message>,
    report: &mut OffersReport,
) {
    let mut outcome: HashMap<String, Result<String, Message>> = HashMap::new();
    for (job, result) in jobs.iter().zip(results) {
        let r = result.clone().map(|resized| {
            report.photos_written += 1;
            report.photos_resized += usize::from(resized);
            job.target.clone()
        });
        outcome.insert(job.source.clone(), r);
    }
    outcome.extend(bad_names.into_iter().map(|(name, m)| (name, Err(m))));
    let mut said: HashMap<String, ()> = HashMap::new();
    for k in kept.iter_mut() {
        let mut shown = Vec::new();
        for name in &k.photos {
            match outcome.get(name.as_str()) {
                Some(Ok(target)) => shown.push(target.clone()),
                Some(Err(why)) if said.insert(name.clone(), ()).is_none() => {
                    report.photo_issues.push(PhotoIssue {
                        at: k.at,
                        reference: k.offer.reference.clone(),
                        photo: name.clone(),
                        why: why.clone(),
                    });
                }
                _ => {}
            }
        }
        k.offer.photos = shown;
    }
}

/// `offers/LANDLORD.toml` as the pack reads it: a comment saying where it comes from,
/// then one `[[offer]]` table per offer, amounts in euros, dates as TOML dates.
fn offers_toml(landlord: &str, export: &Path, today: NaiveDate, offers: &[&Offer]) -> String {
    let q = |s: &str| toml::Value::String(s.to_string()).to_string();
    let euros = |c: u32| match c % 100 {
        0 => (c / 100).to_string(),
        cents => format!("{}.{cents:02}", c / 100),
    };
    let name = export
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut out = String::new();
    let comment = crate::tr!(
        "cli-import-offers-file-comment",
        landlord = landlord,
        file = name,
        date = today.format("%Y-%m-%d").to_string()
    );
    for line in comment.lines() {
        out.push_str(&format!("# {line}\n"));
    }
    for o in offers {
        out.push_str("\n[[offer]]\n");
        out.push_str(&format!(
            "reference = {}\ncommune = {}\n",
            q(&o.reference),
            q(&o.commune)
        ));
        if let Some(c) = &o.code_postal {
            out.push_str(&format!("code_postal = {}\n", q(c)));
        }
        out.push_str(&format!(
            "rooms = {}\nsurface_m2 = {}\nrent = {}\ncharges = {}\n",
            o.rooms,
            o.surface_m2,
            euros(o.rent_cents),
            euros(o.charges_cents)
        ));
        let optional = [
            ("floor", o.floor.map(|f| f.to_string())),
            ("lift", o.lift.map(|b| b.to_string())),
            ("wheelchair", o.wheelchair.map(|b| b.to_string())),
            ("energy", o.energy.map(|e| q(&e.to_string()))),
            (
                "available_from",
                o.available_from.map(|d| d.format("%Y-%m-%d").to_string()),
            ),
        ];
        for (key, value) in optional {
            if let Some(value) = value {
                out.push_str(&format!("{key} = {value}\n"));
            }
        }
        out.push_str(&format!("expires = {}\n", o.expires.format("%Y-%m-%d")));
        if !o.photos.is_empty() {
            let names: Vec<String> = o.photos.iter().map(|p| q(p)).collect();
            out.push_str(&format!("photos = [{}]\n", names.join(", ")));
        }
    }
    out
}

fn write_error(path: &Path, e: &std::io::Error) -> OffersError {
    let file = path.display().to_string();
    OffersError(msg!("cli-import-error-write", file = file, why = e.to_string()))
}

/// Writes `text` beside `path` and renames it into place: never half a file.
fn write_atomic(path: &Path, text: &str) -> Result<(), OffersError> {
    let tmp = path.with_extension("toml.tmp");
    fs::write(&tmp, text)
        .and_then(|()| fs::rename(&tmp, path))
        .map_err(|e| {
            let _ = fs::remove_file(&tmp);
            write_error(path, &e)
        })
}

/// Removes the files of the photo folder that no offer names (an earlier import's, or
/// a conversion's leftovers); how many.
fn remove_unused(folder: &Path, offers: &[&Offer]) -> usize {
    let used: std::collections::HashSet<&str> = offers
        .iter()
        .flat_map(|o| o.photos.iter().map(String::as_str))
        .collect();
    let Ok(entries) = fs::read_dir(folder) else {
        return 0;
    };
    entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| !e.file_name().to_str().is_some_and(|n| used.contains(n)))
        .filter(|e| fs::remove_file(e.path()).is_ok())
        .count()
}
