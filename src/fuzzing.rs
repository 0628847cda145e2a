//! Entry points for fuzzing, one per kind of input a stranger can hand the kiosk: a
//! ticket code (typed by any USB keyboard), scanner key events, a pack's source files
//! (inside a signed bundle), a bundle archive, a statistics folder on a stick, and
//! opening hours. Each takes arbitrary bytes and must return, whatever they are: a
//! panic or a hang here is a bug.
//!
//! `fuzz/` drives them with libFuzzer (`scripts/fuzz.sh`); `tests/fuzz_corpus.rs`
//! replays the seed corpora and every crash ever found through the same functions on
//! the stable toolchain, so CI guards them without building the fuzzers.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crc::{Crc, CRC_16_IBM_3740};

use crate::content::Pack;
use crate::handoff::{summary, Payload};

/// One fuzz entry point.
pub type Target = fn(&[u8]);

/// The fuzz targets, by name (the names of `fuzz/fuzz_targets/*.rs` and of the corpora).
pub const TARGETS: [(&str, Target); 6] = [
    ("ticket", ticket),
    ("scanner", scanner),
    ("pack", pack),
    ("bundle", bundle),
    ("stats", stats),
    ("hours", hours),
];

/// Splits an input into the files of a folder: sections separated by this line, each
/// starting with its file's path on a line of its own (see [`join_sections`]).
pub const SECTION: &[u8] = b"\n%%%%\n";

/// The built-in pack, compiled once per process (tickets are read against it).
fn default_pack() -> Option<&'static Pack> {
    static PACK: OnceLock<Option<Pack>> = OnceLock::new();
    PACK.get_or_init(|| {
        let dir = scratch("default-pack");
        let file = crate::default_pack::compiled(&dir).ok()?;
        crate::content::open_pack(&file).ok()
    })
    .as_ref()
}

/// A folder of this process for one target's files, emptied first.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("borne-fuzz-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::create_dir_all(&dir);
    dir
}

/// A ticket: as the text a scanner types, and as payload bytes given a valid check
/// value (so the fuzzer reaches past the CRC), read with and without the pack.
pub fn ticket(data: &[u8]) {
    let pack = default_pack();
    let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 24)
        .and_then(|d| d.and_hms_opt(10, 0, 0))
        .unwrap_or_default();
    if let Ok(text) = std::str::from_utf8(data) {
        if let Err(e) = summary::read(text, pack, now) {
            let _ = summary::unreadable(&e);
        }
    }
    let check = Crc::<u16>::new(&CRC_16_IBM_3740).checksum(data);
    let mut bytes = data.to_vec();
    bytes.extend_from_slice(&check.to_be_bytes());
    let _ = summary::read_bytes(&bytes, None, now);
    if let Ok(p) = Payload::from_bytes(&bytes) {
        let _ = summary::summarize(&p, pack, now);
        let _ = Payload::decode(&p.encode());
    }
}

/// Key events from a scanner: two bytes of key code and one of value per event, read
/// with both key maps.
pub fn scanner(data: &[u8]) {
    use crate::config::Keymap;
    for keymap in [Keymap::Us, Keymap::FrAzerty] {
        let mut decoder = crate::scanner::Decoder::new(keymap);
        for ev in data.chunks_exact(3) {
            let code = u16::from_be_bytes([ev[0], ev[1]]);
            let value = i32::from(ev[2] % 3);
            let _ = decoder.key(evdev::KeyCode::new(code), value);
        }
    }
}

/// The files of a pack as sections (see [`join_sections`]): checked, and compiled and
/// opened when the check passes.
pub fn pack(data: &[u8]) {
    let dir = scratch("pack");
    if write_sections(&dir, data).is_err() {
        return;
    }
    let out = dir.with_extension("sqlite");
    if crate::content::build_dir(&dir, &out).is_ok() {
        let _ = crate::content::open_pack(&out);
    }
    let _ = std::fs::remove_file(&out);
    let _ = std::fs::remove_dir_all(&dir);
}

/// A bundle file, unpacked with the kiosk's limits.
pub fn bundle(data: &[u8]) {
    let dir = scratch("bundle");
    let file = dir.join("fuzz.borne");
    if std::fs::write(&file, data).is_ok() {
        let limits = crate::update::bundle::Limits::default();
        let _ = crate::update::bundle::unpack(&file, &dir.join("out"), &limits, &mut |_, _| {});
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A statistics folder as a stick brings it (sections for `manifest.json` and
/// `counts.csv`), merged as the kiosk merges what it finds on an operator's stick.
pub fn stats(data: &[u8]) {
    let dir = scratch("stats");
    let folder = dir.join("stick/kiosk");
    if write_sections(&folder, data).is_ok() {
        let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 24)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .unwrap_or_default();
        let _ = crate::stats::merge::merge_at(&[folder], &dir.join("out"), now);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Opening hours (`horaires_accueil`), checked and turned into a badge and a week in
/// words at an instant taken from the first bytes.
pub fn hours(data: &[u8]) {
    let (when, text) = data.split_at(data.len().min(4));
    let Ok(text) = std::str::from_utf8(text) else { return };
    let mut minutes = [0u8; 4];
    minutes[..when.len()].copy_from_slice(when);
    // Any minute over about eight years from 2024: holidays, leap days, DST changes.
    let offset = i64::from(u32::from_be_bytes(minutes) % (8 * 366 * 24 * 60));
    let base = chrono::NaiveDate::from_ymd_opt(2024, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .unwrap_or_default();
    let now = base + chrono::Duration::minutes(offset);
    let _ = crate::hours::validate(text);
    let _ = crate::hours::badge(text, "FR", now);
    let _ = crate::hours_week::week(text, "FR", now.date());
}

/// Writes each section of `data` into the file its first line names (a relative path
/// of at most three plain components; other sections are dropped).
fn write_sections(dir: &Path, data: &[u8]) -> std::io::Result<()> {
    for part in split(data) {
        let (name, body) = match part.iter().position(|b| *b == b'\n') {
            Some(at) => (&part[..at], &part[at + 1..]),
            None => (part, &[][..]),
        };
        let Some(rel) = plain_path(name) else { continue };
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, body)?;
    }
    Ok(())
}

/// `name` as a relative path inside the scratch folder, if it is a plain one.
fn plain_path(name: &[u8]) -> Option<PathBuf> {
    let name = std::str::from_utf8(name).ok()?;
    let parts: Vec<&str> = name.split('/').collect();
    let plain = |p: &&str| {
        !p.is_empty()
            && *p != "."
            && *p != ".."
            && p.len() <= 64
            && p.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
    };
    (parts.len() <= 3 && parts.iter().all(plain)).then(|| parts.iter().collect())
}

fn split(data: &[u8]) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    let mut rest = data;
    while let Some(at) = rest.windows(SECTION.len()).position(|w| w == SECTION) {
        parts.push(&rest[..at]);
        rest = &rest[at + SECTION.len()..];
    }
    parts.push(rest);
    parts
}

/// Joins files (relative path, contents) into one input for [`pack`] or [`stats`]:
/// how the seeds are made.
pub fn join_sections(files: &[(&str, &[u8])]) -> Vec<u8> {
    let parts: Vec<Vec<u8>> = files
        .iter()
        .map(|(name, body)| [name.as_bytes(), b"\n", body].concat())
        .collect();
    parts.join(SECTION)
}
