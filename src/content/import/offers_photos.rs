//! The photos of `borne content import offers`: each one the export names is found
//! beside the export (its folder, else its `photos/` subfolder), decoded (JPEG, PNG),
//! turned upright, shrunk to fit 1024×768 (never enlarged) and written again as a JPEG
//! of quality 80 under a valid name in `offers/LANDLORD/`.
//!
//! Written again, a photo keeps its pixels only: EXIF metadata (GPS position of the
//! flat, camera owner, date) never reaches the pack. Every written file passes the
//! pack check's own rule ([`check_photo_bytes`]). Photos are converted on a few threads
//! (decoding dominates); each thread decodes one photo at a time, within bounded
//! dimensions and memory, so a decompression bomb is refused, not decoded.

use std::collections::HashMap;
use std::fs;
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use image::{DynamicImage, ImageDecoder, ImageReader, Limits};

use crate::content::check::offers::check_photo_bytes;
use crate::content::diagnostic::Message;
use crate::msg;
use crate::offers::values::{MAX_PHOTO_BYTES, MAX_PHOTO_NAME_CHARS, MIN_PHOTO_SIDE};

/// Photos are made to fit this box, pixels.
pub const FIT_WIDTH: u32 = 1024;
pub const FIT_HEIGHT: u32 = 768;
/// The largest photo file read from beside the export.
pub const MAX_SOURCE_BYTES: u64 = 50 * 1024 * 1024;
/// The largest side decoded: larger is refused before decoding.
pub const MAX_SOURCE_SIDE: u32 = 16_000;
/// Memory one decoding may take.
const MAX_DECODE_ALLOC: u64 = 256 * 1024 * 1024;
/// JPEG qualities tried in turn until the file fits [`MAX_PHOTO_BYTES`].
const QUALITIES: [u8; 3] = [80, 65, 50];
/// Threads converting photos at most (each holds one decoded photo).
const MAX_THREADS: usize = 4;

/// One photo to convert: its name in the export, and the name it gets in the pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhotoJob {
    pub source: String,
    pub target: String,
}

/// A converted photo: whether it had to be shrunk.
pub type Converted = Result<bool, Message>;

/// The conversions of `names` (each once, in order of first mention), and the names
/// that are not a plain file name, with why.
pub fn plan<'a>(names: impl IntoIterator<Item = &'a str>) -> (Vec<PhotoJob>, HashMap<String, Message>) {
    let mut jobs = Vec::new();
    let mut bad = HashMap::new();
    let mut seen: HashMap<&str, ()> = HashMap::new();
    let mut taken: HashMap<String, ()> = HashMap::new();
    for name in names {
        if seen.insert(name, ()).is_some() {
            continue;
        }
        if !is_plain_file_name(name) {
            bad.insert(name.to_string(), msg!("cli-import-offers-photo-name", name = name));
            continue;
        }
        let base = target_stem(name);
        let mut target = format!("{base}.jpg");
        let mut n = 2;
        while taken.contains_key(&target) {
            target = format!("{base}-{n}.jpg");
            n += 1;
        }
        taken.insert(target.clone(), ());
        jobs.push(PhotoJob {
            source: name.to_string(),
            target,
        });
    }
    (jobs, bad)
}

/// A name that stays in the export's folder: no separator, not `.` nor `..`.
fn is_plain_file_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 255
        && name != "."
        && name != ".."
        && !name.contains(['/', '\\', '\0'])
        && !name.chars().any(char::is_control)
}

/// A valid photo name's stem from any file name: lower-case, other characters `-`.
fn target_stem(name: &str) -> String {
    let stem = Path::new(name).file_stem().and_then(|s| s.to_str()).unwrap_or(name);
    let mut out = String::new();
    for c in stem.chars().map(|c| c.to_ascii_lowercase()) {
        let c = if c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-') {
            c
        } else {
            '-'
        };
        // No run of `-` from a run of spaces or accents.
        if !(c == '-' && out.ends_with('-')) {
            out.push(c);
        }
    }
    // Room for a `-NN` suffix and `.jpg`.
    let mut out: String = out
        .trim_start_matches(['.', '-'])
        .chars()
        .take(MAX_PHOTO_NAME_CHARS - 10)
        .collect();
    if out.is_empty() {
        out.push_str("photo");
    }
    out
}

/// Converts every job into `folder` on a few threads: each result in the jobs' order.
pub fn convert_all(jobs: &[PhotoJob], export_dir: &Path, folder: &Path) -> Vec<Converted> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, MAX_THREADS)
        .min(jobs.len().max(1));
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Converted>>> = Mutex::new(vec![None; jobs.len()]);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(job) = jobs.get(i) else { break };
                let r = convert_one(job, export_dir, folder);
                if let Ok(mut all) = results.lock() {
                    all[i] = Some(r);
                }
            });
        }
    });
    let all = results.into_inner().unwrap_or_else(|e| e.into_inner());
    all.into_iter()
        .map(|r| r.unwrap_or_else(|| Err(msg!("cli-import-offers-photo-lost"))))
        .collect()
}

/// Where the export keeps `name`: beside it, else in its `photos/` subfolder.
fn locate(export_dir: &Path, name: &str) -> Option<PathBuf> {
    [export_dir.join(name), export_dir.join("photos").join(name)]
        .into_iter()
        .find(|p| p.is_file())
}

fn convert_one(job: &PhotoJob, export_dir: &Path, folder: &Path) -> Converted {
    let path = locate(export_dir, &job.source).ok_or_else(|| msg!("cli-import-offers-photo-missing"))?;
    let bytes = read_bounded(&path)?;
    let (jpeg, resized) = to_kiosk_jpeg(&bytes)?;
    let target = folder.join(&job.target);
    let tmp = folder.join(format!(".{}.tmp", job.target));
    let written = fs::write(&tmp, &jpeg).and_then(|()| fs::rename(&tmp, &target));
    written.map_err(|e| {
        let _ = fs::remove_file(&tmp);
        msg!("cli-import-offers-photo-write", why = e.to_string())
    })?;
    Ok(resized)
}

fn read_bounded(path: &Path) -> Result<Vec<u8>, Message> {
    let unreadable = |e: std::io::Error| msg!("check-offer-photo-unreadable", detail = e.to_string());
    let mut bytes = Vec::new();
    fs::File::open(path)
        .map_err(unreadable)?
        .take(MAX_SOURCE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_SOURCE_BYTES {
        return Err(msg!(
            "cli-import-offers-photo-too-big",
            max = MAX_SOURCE_BYTES / (1024 * 1024)
        ));
    }
    Ok(bytes)
}

/// A photo's bytes (JPEG, PNG…) → an upright JPEG that fits 1024×768, without any
/// metadata, and whether it was shrunk.
pub fn to_kiosk_jpeg(bytes: &[u8]) -> Result<(Vec<u8>, bool), Message> {
    let undecodable = |e: image::ImageError| msg!("check-offer-photo-undecodable", detail = e.to_string());
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| msg!("check-offer-photo-unreadable", detail = e.to_string()))?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SOURCE_SIDE);
    limits.max_image_height = Some(MAX_SOURCE_SIDE);
    limits.max_alloc = Some(MAX_DECODE_ALLOC);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(undecodable)?;
    // Phones store a portrait photo sideways with an EXIF orientation: the pixels are
    // turned here, since the metadata that said so is not written again.
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(decoder).map_err(undecodable)?;
    img.apply_orientation(orientation);
    let resized = img.width() > FIT_WIDTH || img.height() > FIT_HEIGHT;
    if resized {
        img = img.resize(FIT_WIDTH, FIT_HEIGHT, image::imageops::FilterType::Triangle);
    }
    if img.width() < MIN_PHOTO_SIDE || img.height() < MIN_PHOTO_SIDE {
        return Err(msg!(
            "cli-import-offers-photo-small",
            width = img.width(),
            height = img.height(),
            min = MIN_PHOTO_SIDE
        ));
    }
    let rgb = img.to_rgb8();
    for quality in QUALITIES {
        let mut out = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality)
            .encode_image(&rgb)
            .map_err(undecodable)?;
        if out.len() as u64 <= MAX_PHOTO_BYTES {
            check_photo_bytes(&out)?;
            return Ok((out, resized));
        }
    }
    Err(msg!("check-offer-photo-bytes", max = MAX_PHOTO_BYTES / 1024))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::offers::values::is_valid_photo_name;

    #[test]
    fn names_become_valid_and_distinct() {
        let (jobs, bad) = plan([
            "Salon 1.JPG",
            "salon-1.png",
            "cuisine.jpg",
            "Salon 1.JPG",
            "../x.jpg",
            "é.png",
        ]);
        let targets: Vec<&str> = jobs.iter().map(|j| j.target.as_str()).collect();
        assert_eq!(targets, ["salon-1.jpg", "salon-1-2.jpg", "cuisine.jpg", "photo.jpg"]);
        assert!(targets.iter().all(|t| is_valid_photo_name(t)));
        assert_eq!(bad.len(), 1);
        assert!(bad.contains_key("../x.jpg"));
        let long = "a".repeat(300);
        assert!(is_valid_photo_name(&format!("{}.jpg", target_stem(&long))));
    }

    #[test]
    fn a_small_photo_is_refused_and_not_enlarged() {
        let img = image::RgbImage::from_pixel(40, 40, image::Rgb([10, 20, 30]));
        let mut png = Vec::new();
        img.write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
            .expect("encode");
        let m = to_kiosk_jpeg(&png).expect_err("too small");
        assert_eq!(m.id, "cli-import-offers-photo-small");
        assert!(to_kiosk_jpeg(b"not an image").is_err());
    }
}
