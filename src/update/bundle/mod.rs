//! The content bundle, `FILE.borne`: the pack's source folder in a gzip-compressed tar,
//! with `manifest.toml` as its first entry.
//!
//! Unpacking trusts nothing in the archive, even signed: only plain files and folders,
//! relative paths without `..`, bounded counts, sizes and compression ratio, each file
//! written once into a fresh folder.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Component, Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::content::{self, Report};

/// The bundle format this version writes and reads.
pub const FORMAT: u32 = 1;

/// The manifest's name in the archive; it must come first.
pub const MANIFEST: &str = "manifest.toml";

/// What a bundle says about itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: u32,
    pub pack_id: String,
    pub version: String,
    /// The source's content hash, as tickets carry it.
    pub content_hash: String,
    /// The oldest kiosk version that can show this pack.
    pub min_borne: String,
    pub files: usize,
    pub bytes: u64,
}

/// Bounds on what a bundle may unpack to.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_bundle_bytes: u64,
    pub max_entries: usize,
    pub max_file_bytes: u64,
    pub max_total_bytes: u64,
    /// Unpacked bytes per compressed byte.
    pub max_ratio: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bundle_bytes: 512 << 20,
            max_entries: 50_000,
            max_file_bytes: 64 << 20,
            max_total_bytes: 1 << 30,
            max_ratio: 100,
        }
    }
}

/// Why a bundle was not built or not unpacked.
#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    #[error("the pack has {0} error(s); run `borne content check` to see them")]
    Invalid(usize),
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("not a content bundle (not a gzip-compressed tar archive)")]
    NotABundle,
    #[error("the bundle does not start with its manifest")]
    NoManifest,
    #[error("the manifest is not valid: {0}")]
    BadManifest(String),
    #[error("bundle format {0} is newer than this kiosk reads")]
    NewerFormat(u32),
    #[error("the bundle is larger than {0} bytes")]
    BundleTooLarge(u64),
    #[error("entry {0:?} has an absolute path")]
    AbsolutePath(String),
    #[error("entry {0:?} goes outside its folder (..)")]
    ParentPath(String),
    #[error("entry {0:?} is a link")]
    Link(String),
    #[error("entry {0:?} is a device, pipe or other special file")]
    Special(String),
    #[error("entry {0:?} appears twice")]
    Duplicate(String),
    #[error("more than {0} entries")]
    TooManyEntries(usize),
    #[error("entry {0:?} is larger than allowed")]
    FileTooLarge(String),
    #[error("the content unpacks to more than {0} bytes")]
    TooLarge(u64),
    #[error("the content unpacks to more than {0} times its compressed size")]
    Ratio(u64),
    #[error("the archive is damaged: {0}")]
    Damaged(String),
}

impl BundleError {
    /// A stable one-word name for reports.
    pub fn code(&self) -> &'static str {
        match self {
            BundleError::Invalid(_) => "invalid-pack",
            BundleError::Io { .. } => "io",
            BundleError::NotABundle => "not-a-bundle",
            BundleError::NoManifest => "no-manifest",
            BundleError::BadManifest(_) => "bad-manifest",
            BundleError::NewerFormat(_) => "newer-format",
            BundleError::BundleTooLarge(_) => "bundle-too-large",
            BundleError::AbsolutePath(_) => "absolute-path",
            BundleError::ParentPath(_) => "parent-path",
            BundleError::Link(_) => "link",
            BundleError::Special(_) => "special-file",
            BundleError::Duplicate(_) => "duplicate",
            BundleError::TooManyEntries(_) => "too-many-entries",
            BundleError::FileTooLarge(_) => "file-too-large",
            BundleError::TooLarge(_) => "too-large",
            BundleError::Ratio(_) => "compression-ratio",
            BundleError::Damaged(_) => "damaged",
        }
    }
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> BundleError + '_ {
    move |source| BundleError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The pack folder's files, relative, sorted (hidden files and folders left out).
fn source_files(dir: &Path) -> Result<Vec<PathBuf>, BundleError> {
    let mut out = Vec::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let abs = dir.join(&rel);
        for e in fs::read_dir(&abs).map_err(io_err(&abs))? {
            let e = e.map_err(io_err(&abs))?;
            let name = e.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let ty = e.file_type().map_err(io_err(&abs))?;
            let r = rel.join(&name);
            if ty.is_dir() {
                stack.push(r);
            } else if ty.is_file() {
                out.push(r);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Checks `dir` as `content check` does and writes it into the bundle `out` (renamed
/// into place when complete). `progress(done, total)` follows the files written.
pub fn build(dir: &Path, out: &Path, progress: &mut dyn FnMut(u64, u64)) -> Result<(Manifest, Report), BundleError> {
    let (src, report) = content::check_dir(dir);
    if report.has_errors() {
        return Err(BundleError::Invalid(report.errors()));
    }
    let pack = content::compile::to_model(&src);
    let files = source_files(dir)?;
    let mut bytes = 0u64;
    for f in &files {
        bytes += fs::metadata(dir.join(f)).map_err(io_err(&dir.join(f)))?.len();
    }
    let manifest = Manifest {
        format: FORMAT,
        pack_id: pack.id.clone(),
        version: pack.version.clone(),
        content_hash: pack.content_hash.clone(),
        min_borne: env!("CARGO_PKG_VERSION").to_string(),
        files: files.len(),
        bytes,
    };
    let text = toml::to_string(&manifest).map_err(|e| BundleError::BadManifest(e.to_string()))?;
    let tmp = out.with_extension("borne.tmp");
    {
        let file = fs::File::create(&tmp).map_err(io_err(&tmp))?;
        let gz = flate2::write::GzEncoder::new(io::BufWriter::new(file), flate2::Compression::default());
        let mut tar = tar::Builder::new(gz);
        tar.mode(tar::HeaderMode::Deterministic);
        let mut header = tar::Header::new_gnu();
        header.set_size(text.len() as u64);
        header.set_mode(0o644);
        header.set_entry_type(tar::EntryType::Regular);
        header.set_cksum();
        tar.append_data(&mut header, MANIFEST, text.as_bytes())
            .map_err(io_err(&tmp))?;
        let total = files.len() as u64;
        for (i, f) in files.iter().enumerate() {
            let abs = dir.join(f);
            let mut file = fs::File::open(&abs).map_err(io_err(&abs))?;
            tar.append_file(Path::new("pack").join(f), &mut file)
                .map_err(io_err(&abs))?;
            progress(i as u64 + 1, total);
        }
        let gz = tar.into_inner().map_err(io_err(&tmp))?;
        let mut w = gz.finish().map_err(io_err(&tmp))?;
        w.flush().map_err(io_err(&tmp))?;
        let file = w.into_inner().map_err(|e| BundleError::Io {
            path: tmp.clone(),
            source: e.into_error(),
        })?;
        file.sync_all().map_err(io_err(&tmp))?;
    }
    fs::rename(&tmp, out).map_err(io_err(out))?;
    Ok((manifest, report))
}

/// The entry's path, checked: relative, made of plain names only.
fn safe_path(raw: &Path) -> Result<PathBuf, BundleError> {
    let shown = raw.to_string_lossy().to_string();
    let mut out = PathBuf::new();
    for c in raw.components() {
        match c {
            Component::Normal(n) => out.push(n),
            Component::CurDir => {}
            Component::ParentDir => return Err(BundleError::ParentPath(shown)),
            Component::RootDir | Component::Prefix(_) => return Err(BundleError::AbsolutePath(shown)),
        }
    }
    if out.as_os_str().is_empty() {
        return Err(BundleError::Damaged(format!("empty entry name {shown:?}")));
    }
    Ok(out)
}

/// Counts bytes read from the compressed file, to bound the compression ratio.
struct Counting<R> {
    inner: R,
    read: std::rc::Rc<std::cell::Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.set(self.read.get() + n as u64);
        Ok(n)
    }
}

/// Unpacks `bundle` into `dest` (created; it must not exist), after checking every
/// entry against `limits`. The pack's folder is `dest/pack`. `progress(done, total)`
/// follows the bytes unpacked against the manifest's total.
pub fn unpack(
    bundle: &Path,
    dest: &Path,
    limits: &Limits,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Manifest, BundleError> {
    let size = fs::metadata(bundle).map_err(io_err(bundle))?.len();
    if size > limits.max_bundle_bytes {
        return Err(BundleError::BundleTooLarge(limits.max_bundle_bytes));
    }
    let file = fs::File::open(bundle).map_err(io_err(bundle))?;
    let compressed = std::rc::Rc::new(std::cell::Cell::new(0u64));
    let counting = Counting {
        inner: io::BufReader::new(file),
        read: compressed.clone(),
    };
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(counting));
    let entries = archive.entries().map_err(|_| BundleError::NotABundle)?;
    fs::create_dir(dest).map_err(io_err(dest))?;
    let mut manifest: Option<Manifest> = None;
    let mut seen = std::collections::HashSet::new();
    let mut total = 0u64;
    let damaged = |e: io::Error| BundleError::Damaged(e.to_string());
    for (i, entry) in entries.enumerate() {
        let mut entry = match entry {
            Ok(e) => e,
            // Not gzip, or not tar inside.
            Err(_) if i == 0 => return Err(BundleError::NotABundle),
            Err(e) => return Err(damaged(e)),
        };
        if i >= limits.max_entries {
            return Err(BundleError::TooManyEntries(limits.max_entries));
        }
        let (rel, shown, kind) = entry_path(&entry)?;
        if i == 0 {
            manifest = Some(read_manifest(&mut entry, &rel, kind)?);
            continue;
        }
        if !rel.starts_with("pack") {
            return Err(BundleError::Damaged(format!(
                "unexpected entry {shown:?} outside pack/"
            )));
        }
        if !seen.insert(rel.clone()) {
            return Err(BundleError::Duplicate(shown));
        }
        let target = dest.join(&rel);
        if kind.is_dir() {
            fs::create_dir_all(&target).map_err(io_err(&target))?;
            continue;
        }
        total += write_file(&mut entry, &target, &shown, limits)?;
        if total > limits.max_total_bytes {
            return Err(BundleError::TooLarge(limits.max_total_bytes));
        }
        if total > compressed.get().max(4096) * limits.max_ratio {
            return Err(BundleError::Ratio(limits.max_ratio));
        }
        progress(total, manifest.as_ref().map_or(total, |m| m.bytes.max(total)));
    }
    manifest.ok_or(BundleError::NoManifest)
}

/// The entry's checked path, its name as shown in errors, and its type: links, devices
/// and paths leaving the folder are refused.
fn entry_path<R: Read>(entry: &tar::Entry<'_, R>) -> Result<(PathBuf, String, tar::EntryType), BundleError> {
    let damaged = |e: io::Error| BundleError::Damaged(e.to_string());
    let raw = entry.path().map_err(damaged)?.into_owned();
    let shown = raw.to_string_lossy().to_string();
    let kind = entry.header().entry_type();
    if kind.is_symlink() || kind.is_hard_link() {
        return Err(BundleError::Link(shown));
    }
    if !(kind.is_file() || kind.is_dir()) {
        return Err(BundleError::Special(shown));
    }
    let rel = safe_path(&raw)?;
    Ok((rel, shown, kind))
}

/// The first entry: the manifest, in a format this kiosk reads.
fn read_manifest<R: Read>(
    entry: &mut tar::Entry<'_, R>,
    rel: &Path,
    kind: tar::EntryType,
) -> Result<Manifest, BundleError> {
    if rel != Path::new(MANIFEST) || !kind.is_file() {
        return Err(BundleError::NoManifest);
    }
    let mut text = String::new();
    (&mut *entry)
        .take(64 * 1024)
        .read_to_string(&mut text)
        .map_err(|e| BundleError::BadManifest(e.to_string()))?;
    let m: Manifest = toml::from_str(&text).map_err(|e| BundleError::BadManifest(e.message().to_string()))?;
    if m.format > FORMAT {
        return Err(BundleError::NewerFormat(m.format));
    }
    Ok(m)
}

/// Writes one file entry at `target`, which must not exist yet; returns its size.
fn write_file<R: Read>(
    entry: &mut tar::Entry<'_, R>,
    target: &Path,
    shown: &str,
    limits: &Limits,
) -> Result<u64, BundleError> {
    let damaged = |e: io::Error| BundleError::Damaged(e.to_string());
    if entry.size() > limits.max_file_bytes {
        return Err(BundleError::FileTooLarge(shown.to_string()));
    }
    if let Some(parent) = target.parent() {
        fs::create_dir_all(parent).map_err(io_err(parent))?;
    }
    let mut out = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(target)
        .map_err(io_err(target))?;
    // The header's size may lie: read at most one byte past the limit.
    let n = io::copy(&mut (&mut *entry).take(limits.max_file_bytes + 1), &mut out).map_err(damaged)?;
    if n > limits.max_file_bytes {
        return Err(BundleError::FileTooLarge(shown.to_string()));
    }
    Ok(n)
}
