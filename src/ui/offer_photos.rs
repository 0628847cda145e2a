//! The offers' photos: read from the pack file (`content::read_offer_photo`) and
//! decoded off the UI thread, so a page of cards shows at once and each picture comes
//! in when decoded (`IoEvent::Photos`), put into its card or the open offer without
//! refilling the screen. Pictures of another pack than the one shown are dropped.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use slint::{ComponentHandle, Image, Model, Rgb8Pixel, SharedPixelBuffer};

use super::context::Ctx;
use super::generated::{AppWindow, Offers};
use super::io::{Background, IoEvent, Notifier};
use crate::content::Pack;
use crate::offers::Offer;

/// Decoded thumbnails kept (a few pages' worth); the oldest half goes beyond.
const THUMBS_KEPT: usize = 64;
/// Decoded pictures of the offers shown lately.
#[derive(Default)]
pub(super) struct PhotoCache {
    /// Card pictures by offer id (`None`: it could not be read, not asked again).
    thumbs: HashMap<String, Option<Image>>,
    /// The open offer's photo shown: (key, picture).
    full: Option<(String, Option<Image>)>,
    /// Keys asked for and not back yet.
    pending: HashSet<String>,
}

/// Photos read and decoded in the background for the pack with `content_hash`:
/// (key, pixels); a key is an offer id (its card picture) or `ID#N` (photo N, whole).
#[derive(Debug)]
pub struct Photos {
    content_hash: String,
    decoded: Vec<(String, Option<SharedPixelBuffer<Rgb8Pixel>>)>,
}

/// Where photo work runs: in the background when the kiosk has a runtime, at once
/// otherwise (tests, screenshots).
#[derive(Clone, Copy)]
pub struct Loader<'a> {
    pub background: Option<&'a Background>,
    pub notifier: Option<&'a Notifier>,
}

/// One photo to read: its key, offer, index and the size it is shown at.
pub(super) struct Job {
    key: String,
    landlord: String,
    name: String,
    fit: Option<(u32, u32)>,
}

impl PhotoCache {
    /// The open offer's photo under `key`, when decoded.
    pub(super) fn full(&self, key: &str) -> Option<Image> {
        self.full
            .as_ref()
            .filter(|(k, _)| k == key)
            .and_then(|(_, i)| i.clone())
    }

    /// The card picture of offer `id`, when decoded.
    pub(super) fn thumb(&self, id: &str) -> Option<Image> {
        self.thumbs.get(id).cloned().flatten()
    }

    /// Asks for the photos not decoded nor asked yet; without a runtime they are
    /// decoded at once, before the screen is filled.
    pub(super) fn load(&mut self, pack: &Arc<Pack>, jobs: Vec<Job>, loader: Loader<'_>) {
        let jobs: Vec<Job> = jobs
            .into_iter()
            .filter(|j| !self.pending.contains(&j.key) && !self.has(&j.key))
            .collect();
        if jobs.is_empty() {
            return;
        }
        self.pending.extend(jobs.iter().map(|j| j.key.clone()));
        let pack = pack.clone();
        let work = move || IoEvent::Photos(decode_all(&pack, jobs));
        let done = super::maintenance::in_background(loader.background, loader.notifier, work);
        if let Some(IoEvent::Photos(p)) = done {
            self.store(p.decoded);
        }
    }

    fn has(&self, key: &str) -> bool {
        self.thumbs.contains_key(key) || self.full.as_ref().is_some_and(|(k, _)| k == key)
    }

    /// Keeps decoded photos, and returns them as pictures.
    fn store(&mut self, decoded: Vec<(String, Option<SharedPixelBuffer<Rgb8Pixel>>)>) -> Vec<(String, Option<Image>)> {
        let mut kept = Vec::new();
        for (key, pixels) in decoded {
            self.pending.remove(&key);
            let img = pixels.map(Image::from_rgb8);
            if key.contains('#') {
                self.full = Some((key.clone(), img.clone()));
            } else {
                if self.thumbs.len() >= THUMBS_KEPT {
                    self.thumbs.clear();
                }
                self.thumbs.insert(key.clone(), img.clone());
            }
            kept.push((key, img));
        }
        kept
    }

    /// Photos decoded in the background: kept, and put on the cards or the open
    /// offer showing them (nothing else on screen changes).
    pub(super) fn ready(&mut self, ctx: &Ctx, window: &AppWindow, p: Photos) {
        if p.content_hash != ctx.pack.content_hash {
            return;
        }
        let g = window.global::<Offers>();
        let cards = g.get_cards();
        for (key, img) in self.store(p.decoded) {
            let Some(img) = img else { continue };
            if key.contains('#') {
                if g.get_photo_key() == key.as_str() {
                    g.set_photo(img);
                    g.set_has_photo(true);
                }
                continue;
            }
            for row in 0..cards.row_count() {
                if let Some(mut card) = cards.row_data(row).filter(|c| c.id == key.as_str()) {
                    card.photo = img.clone();
                    card.has_photo = true;
                    cards.set_row_data(row, card);
                }
            }
        }
    }
}

/// Photo `i` of `o` to read under `key`, if it has one.
impl Job {
    pub(super) fn new(o: &Offer, key: &str, i: usize, fit: Option<(u32, u32)>) -> Option<Job> {
        Some(Job {
            key: key.to_string(),
            landlord: o.landlord.clone(),
            name: o.photos.get(i)?.clone(),
            fit,
        })
    }
}

/// Reads and decodes `jobs` (a worker thread's work).
fn decode_all(pack: &Pack, jobs: Vec<Job>) -> Photos {
    let decoded = jobs
        .into_iter()
        .map(|j| {
            let pixels = match crate::content::read_offer_photo(pack, &j.landlord, &j.name) {
                Ok(bytes) => decode(&bytes, j.fit),
                Err(e) => {
                    tracing::warn!("offer photo not read: {e}");
                    None
                }
            };
            (j.key, pixels)
        })
        .collect();
    Photos {
        content_hash: pack.content_hash.clone(),
        decoded,
    }
}

/// A photo for the screen, shrunk to fit `fit` when given. Undecodable bytes show no
/// photo (the pack's check decoded them all; a damaged file must not stop the screen).
fn decode(bytes: &[u8], fit: Option<(u32, u32)>) -> Option<SharedPixelBuffer<Rgb8Pixel>> {
    let img = match image::load_from_memory(bytes) {
        Ok(i) => i,
        Err(e) => {
            tracing::warn!("offer photo not decoded: {e}");
            return None;
        }
    };
    let img = match fit {
        Some((w, h)) => img.thumbnail(w, h),
        None => img,
    };
    let rgb = img.to_rgb8();
    Some(SharedPixelBuffer::<Rgb8Pixel>::clone_from_slice(
        rgb.as_raw(),
        rgb.width(),
        rgb.height(),
    ))
}
