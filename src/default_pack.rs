//! The built-in default pack: its source files are embedded in the binary, compiled
//! once into the data folder's cache, and reopened from there on every later start.
//!
//! Also chooses the pack the kiosk runs: the installed one if it opens and checks out,
//! else this default, never nothing.

use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::content::{self, Pack};

include!(concat!(env!("OUT_DIR"), "/default_pack.rs"));

#[derive(Debug, thiserror::Error)]
pub enum DefaultPackError {
    #[error("cannot prepare the built-in content in {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("the built-in content does not build: {0}")]
    Build(#[from] content::compile::BuildError),
    #[error("the built-in content does not open: {0}")]
    Open(#[from] content::StoreError),
}

/// Short hash of the embedded sources: names the cached compiled file.
pub fn embedded_hash() -> String {
    let mut h = Sha256::new();
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    for (name, bytes) in FILES {
        h.update(name.as_bytes());
        h.update((bytes.len() as u64).to_le_bytes());
        h.update(bytes);
    }
    h.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// Writes the embedded sources into `dir` (an operator can start from them).
pub fn extract_to(dir: &Path) -> Result<(), std::io::Error> {
    for (name, bytes) in FILES {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(path, bytes)?;
    }
    Ok(())
}

/// The compiled default pack in `cache_dir`, building it on first use.
pub fn compiled(cache_dir: &Path) -> Result<PathBuf, DefaultPackError> {
    let out = cache_dir.join(format!("default-{}.sqlite", embedded_hash()));
    if out.is_file() {
        return Ok(out);
    }
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| DefaultPackError::Io { path, source }
    };
    fs::create_dir_all(cache_dir).map_err(io(cache_dir))?;
    let src = cache_dir.join(format!("default-src-{}", std::process::id()));
    let _ = fs::remove_dir_all(&src);
    extract_to(&src).map_err(io(&src))?;
    let result = content::build_dir(&src, &out);
    let _ = fs::remove_dir_all(&src);
    result?;
    // Older builds of the default pack are no longer needed.
    if let Ok(entries) = fs::read_dir(cache_dir) {
        for e in entries.flatten() {
            let p = e.path();
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            if name.starts_with("default-") && name.ends_with(".sqlite") && p != out {
                let _ = fs::remove_file(&p);
            }
        }
    }
    Ok(out)
}

/// The installed (updated) pack the data folder points to, if any.
pub fn installed_path(data_dir: &Path) -> Option<PathBuf> {
    crate::update::store::current(data_dir)
}

/// What runs, for judging an update: the pack's identity, and whether it is the
/// built-in one (nothing installed in `data_dir`).
pub fn active_identity(pack: &Pack, data_dir: &Path) -> crate::update::Active {
    let installed = crate::update::store::content_dir(data_dir);
    crate::update::Active {
        id: pack.id.clone(),
        version: pack.version.clone(),
        builtin: !pack.file.as_deref().is_some_and(|f| f.starts_with(&installed)),
    }
}

/// Opens the pack the kiosk should run: the installed one, else the previous installed
/// one, else the built-in one. A pack that fails to open is logged and skipped; the
/// default pack is compiled in the data folder, or in a temporary folder if the data
/// folder is not writable.
pub fn load_active(data_dir: &Path) -> Result<Pack, DefaultPackError> {
    let candidates = [
        ("installed", crate::update::store::current(data_dir)),
        ("previous", crate::update::store::previous(data_dir)),
    ];
    for (which, path) in candidates {
        let Some(path) = path else { continue };
        match content::open_pack(&path) {
            Ok(p) => {
                tracing::info!(pack = %p.id, version = %p.version, which, "installed content opened");
                return Ok(p);
            }
            Err(e) => tracing::warn!(which, "installed content refused: {e}"),
        }
    }
    let cache = data_dir.join("cache");
    let path = match compiled(&cache) {
        Ok(p) => p,
        Err(e) => {
            tracing::warn!("cannot use {}: {e}; compiling in a temporary folder", cache.display());
            compiled(&std::env::temp_dir().join(format!("borne-cache-{}", std::process::id())))?
        }
    };
    Ok(content::open_pack(&path)?)
}
