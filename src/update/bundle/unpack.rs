//! Unpacking in two passes over the stream. The first reads and checks the whole
//! listing (the manifest, every path and type, duplicates, files used as folders,
//! counts, sizes, the manifest's totals, a clean end) and writes nothing; the second
//! writes the same entries into a fresh folder, each compared with the listing.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::error::BundleError;
use super::stream::{self, Item};
use super::{io_err, Limits, Manifest, FORMAT, MANIFEST};

/// One entry of the listing (the manifest aside).
struct Listed {
    rel: PathBuf,
    dir: bool,
    size: u64,
}

/// What the first pass found.
struct Listing {
    manifest: Manifest,
    entries: Vec<Listed>,
}

/// Unpacks `bundle` into `dest` (created; it must not exist) once every entry has been
/// checked against `limits`: a refused bundle writes nothing. The pack's folder is
/// `dest/pack`. `progress(done, total)` follows both passes.
pub fn unpack(
    bundle: &Path,
    dest: &Path,
    limits: &Limits,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Manifest, BundleError> {
    let size = fs::metadata(bundle)
        .map_err(|source| BundleError::Unreadable {
            path: bundle.to_path_buf(),
            source,
        })?
        .len();
    if size > limits.max_bundle_bytes {
        return Err(BundleError::BundleTooLarge(limits.max_bundle_bytes));
    }
    let total = size.saturating_mul(2).max(1);
    let listing = list(bundle, limits, &mut |read| progress(read.min(size), total))?;
    fs::create_dir(dest).map_err(io_err(dest))?;
    write(bundle, dest, limits, &listing, &mut |read| {
        progress(size + read.min(size), total)
    })?;
    Ok(listing.manifest)
}

/// Paths seen so far: every entry, the files, and the folders (named or implied).
#[derive(Default)]
struct Seen {
    entries: HashSet<PathBuf>,
    files: HashSet<PathBuf>,
    dirs: HashSet<PathBuf>,
}

impl Seen {
    /// Records one entry: inside `pack/`, new, and never a file used as a folder.
    fn add(&mut self, item: &Item<'_>) -> Result<(), BundleError> {
        let rel = item.rel.as_path();
        if !rel.starts_with("pack") {
            return Err(BundleError::OutsidePack(item.shown.clone()));
        }
        if !self.entries.insert(rel.to_path_buf()) {
            return Err(BundleError::Duplicate(item.shown.clone()));
        }
        for folder in rel.ancestors().skip(1).filter(|a| !a.as_os_str().is_empty()) {
            if self.files.contains(folder) {
                return Err(BundleError::PathConflict(item.shown.clone()));
            }
            // Its own folders were checked when it was first seen.
            if !self.dirs.insert(folder.to_path_buf()) {
                break;
            }
        }
        if item.dir {
            self.dirs.insert(rel.to_path_buf());
        } else if self.dirs.contains(rel) {
            return Err(BundleError::PathConflict(item.shown.clone()));
        } else {
            self.files.insert(rel.to_path_buf());
        }
        Ok(())
    }
}

/// The first pass: the whole listing, checked, nothing written.
fn list(bundle: &Path, limits: &Limits, progress: &mut dyn FnMut(u64)) -> Result<Listing, BundleError> {
    let mut manifest = None;
    let mut seen = Seen::default();
    let mut entries = Vec::new();
    let (mut files, mut bytes) = (0usize, 0u64);
    stream::walk(
        bundle,
        limits,
        &mut |mut item| {
            if item.index == 0 {
                manifest = Some(read_manifest(&mut item)?);
                return Ok(());
            }
            seen.add(&item)?;
            let mut size = 0;
            if !item.dir {
                if item.size > limits.max_file_bytes {
                    return Err(BundleError::FileTooLarge(item.shown.clone()));
                }
                size = item.copy_to(&mut io::sink(), item.size, &|e| BundleError::Damaged(e.to_string()))?;
                files += 1;
                bytes += size;
                if bytes > limits.max_total_bytes {
                    return Err(BundleError::TooLarge(limits.max_total_bytes));
                }
            }
            entries.push(Listed {
                rel: item.rel,
                dir: item.dir,
                size,
            });
            Ok(())
        },
        progress,
    )?;
    let manifest = manifest.ok_or(BundleError::NoManifest)?;
    if manifest.files != files || manifest.bytes != bytes {
        return Err(BundleError::ManifestCount {
            said_files: manifest.files,
            said_bytes: manifest.bytes,
            files,
            bytes,
        });
    }
    Ok(Listing { manifest, entries })
}

/// The first entry: the manifest, in a format this kiosk reads.
fn read_manifest(item: &mut Item<'_>) -> Result<Manifest, BundleError> {
    if item.rel != Path::new(MANIFEST) || item.dir {
        return Err(BundleError::NoManifest);
    }
    let bytes = item.read_all(64 * 1024)?;
    let text = String::from_utf8(bytes).map_err(|e| BundleError::BadManifest(e.to_string()))?;
    let m: Manifest = toml::from_str(&text).map_err(|e| BundleError::BadManifest(e.message().to_string()))?;
    if m.format > FORMAT {
        return Err(BundleError::NewerFormat(m.format));
    }
    Ok(m)
}

/// The second pass: the listed entries written under `dest`, in the same order.
fn write(
    bundle: &Path,
    dest: &Path,
    limits: &Limits,
    listing: &Listing,
    progress: &mut dyn FnMut(u64),
) -> Result<(), BundleError> {
    let mut next = listing.entries.iter();
    stream::walk(
        bundle,
        limits,
        &mut |mut item| {
            if item.index == 0 {
                return if item.rel == Path::new(MANIFEST) {
                    Ok(())
                } else {
                    Err(BundleError::Changed)
                };
            }
            let listed = next.next().ok_or(BundleError::Changed)?;
            if listed.rel != item.rel || listed.dir != item.dir || (!item.dir && listed.size != item.size) {
                return Err(BundleError::Changed);
            }
            let target = dest.join(&item.rel);
            if item.dir {
                return fs::create_dir_all(&target).map_err(io_err(&target));
            }
            write_file(&mut item, &target)
        },
        progress,
    )?;
    match next.next() {
        Some(_) => Err(BundleError::Changed),
        None => Ok(()),
    }
}

/// Writes one file entry at `target`, which must not exist yet.
fn write_file(item: &mut Item<'_>, target: &Path) -> Result<(), BundleError> {
    if let Some(parent) = target.parent() {
        fs::create_dir_all(parent).map_err(io_err(parent))?;
    }
    let mut out = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(target)
        .map_err(io_err(target))?;
    // One byte more than listed shows a stream that changed.
    let n = item.copy_to(&mut out, item.size + 1, &|source| BundleError::Io {
        path: target.to_path_buf(),
        source,
    })?;
    if n != item.size {
        return Err(BundleError::Changed);
    }
    Ok(())
}
