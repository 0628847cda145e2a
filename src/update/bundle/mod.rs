//! The content bundle, `FILE.borne`: the pack's source folder in a gzip-compressed tar,
//! with `manifest.toml` as its first entry and nothing after the archive's end.
//!
//! Unpacking trusts nothing in the archive, even signed: one gzip member read to its
//! verified end; only plain files and folders; relative paths without `..`, not too
//! deep or long, no file used as a folder; bounded counts, sizes and compression
//! ratio; the manifest's totals equal to the archive's. The whole listing is checked
//! before anything is written (`unpack`), then each file is written once into a fresh
//! folder. `stream` reads the bytes, `error` says why a bundle is refused.

mod error;
mod stream;
mod unpack;

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::content::{self, Report};

pub use error::{BundleError, Reason};
pub use unpack::unpack;

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
    /// The files under `pack/` and their total size: the archive must hold exactly these.
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
    /// Folders an entry may be nested in (`pack/nodes/x.toml` is 3 deep).
    pub max_depth: usize,
    /// Bytes in an entry's path.
    pub max_path_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bundle_bytes: 512 << 20,
            max_entries: 50_000,
            max_file_bytes: 64 << 20,
            max_total_bytes: 1 << 30,
            max_ratio: 100,
            max_depth: 16,
            max_path_bytes: 1024,
        }
    }
}

impl Limits {
    /// Decompressed bytes the whole archive may take: the files, plus a header and a
    /// long name for each entry.
    fn stream_cap(&self) -> u64 {
        let per_entry = 512 + 512 + self.max_path_bytes as u64 + 512;
        self.max_total_bytes
            .saturating_add((self.max_entries as u64 + 1).saturating_mul(per_entry))
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

/// A bundle is what kiosks install: example entries in it reach residents. Said once
/// more, after every other line, in one sentence that names them all.
fn warn_examples(src: &content::source::SourcePack, report: &mut Report) {
    let examples: Vec<&str> = src
        .services
        .iter()
        .filter(|s| s.example)
        .map(|s| s.id.value.as_str())
        .collect();
    if !examples.is_empty() {
        report.warning(
            content::source::SERVICES_FILE,
            0,
            "example-published",
            crate::msg!(
                "check-bundle-examples",
                count = examples.len(),
                ids = examples.join(", ")
            ),
        );
    }
}

/// Checks `dir` as `content check` does and writes it into the bundle `out` (renamed
/// into place when complete). `progress(done, total)` follows the files written.
pub fn build(dir: &Path, out: &Path, progress: &mut dyn FnMut(u64, u64)) -> Result<(Manifest, Report), BundleError> {
    let (src, mut report) = content::check_dir(dir);
    if report.has_errors() {
        return Err(BundleError::Invalid(report.errors()));
    }
    warn_examples(&src, &mut report);
    let pack = content::compile::to_model(&src);
    let files = source_files(dir)?;
    let limits = Limits::default();
    let mut bytes = 0u64;
    for f in &files {
        // A path the kiosk would refuse is refused here, before anything is written.
        let inside = Path::new("pack").join(f);
        let name = inside
            .to_str()
            .ok_or_else(|| BundleError::BadName(inside.to_string_lossy().to_string()))?;
        stream::checked_path(name.as_bytes(), &limits)?;
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
