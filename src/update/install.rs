//! Applying a content bundle: copy it into the private staging folder, verify the
//! signature, unpack with limits, check the pack, compile it, switch atomically. Every
//! refusal has a reason in plain words and leaves the active content as it was; a power
//! cut at any step leaves the old or the new pack.
//!
//! The bundle is read from the stick once: a USB device can serve other bytes on a
//! second read, so what is verified must be what is unpacked. Its size is checked before
//! a byte is read ([`Limits::max_bundle_bytes`], and [`sign::MAX_SIGNATURE_BYTES`] for
//! the signature), so a huge file does not hold the updating screen for hours.

use std::ffi::{OsStr, OsString};
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use super::bundle::{self, BundleError, Limits, Manifest};
use super::sign::{self, SignError};
use super::store;
use crate::content;
use crate::safe_fs::{SafeDir, SafeFsError};

/// The steps, in order, as the updating screen lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Verify,
    Unpack,
    Check,
    Compile,
    Switch,
}

impl Step {
    pub const ALL: [Step; 5] = [Step::Verify, Step::Unpack, Step::Check, Step::Compile, Step::Switch];

    /// The step's Fluent key (`locales/*.ftl`).
    pub fn key(self) -> &'static str {
        match self {
            Step::Verify => "update-step-verify",
            Step::Unpack => "update-step-unpack",
            Step::Check => "update-step-check",
            Step::Compile => "update-step-compile",
            Step::Switch => "update-step-switch",
        }
    }

    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }
}

/// What the kiosk runs now, against which a bundle is judged.
#[derive(Debug, Clone)]
pub struct Active {
    pub id: String,
    pub version: String,
    /// The built-in pack (nothing installed yet): any pack id is accepted.
    pub builtin: bool,
}

/// How to apply.
#[derive(Debug, Clone)]
pub struct Options {
    pub data_dir: PathBuf,
    pub trusted_keys: Vec<String>,
    pub accept_other_pack: bool,
    pub active: Active,
    pub limits: Limits,
}

/// A pack that was installed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Installed {
    pub pack_id: String,
    pub version: String,
    pub previous_version: String,
    pub nodes: usize,
    pub languages: usize,
    #[serde(skip)]
    pub file: PathBuf,
}

/// Why a bundle was not installed.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    #[error("signature: {0}")]
    Signature(#[from] SignError),
    #[error("bundle: {0}")]
    Bundle(#[from] BundleError),
    #[error("this bundle holds the pack {found}; this kiosk shows {installed} (set [usb] accept_other_pack to change packs)")]
    OtherPack { found: String, installed: String },
    #[error("version {found} is not newer than the installed version {installed}")]
    NotNewer { found: String, installed: String },
    #[error("{0:?} is not a version number like 1.4.0")]
    BadVersion(String),
    #[error("this pack needs borne {0} or newer")]
    NeedsNewerBorne(String),
    #[error("the manifest does not match the pack inside")]
    ManifestMismatch,
    #[error("the pack does not pass the checks: {count} error(s); first: {first}")]
    Invalid { count: usize, first: String },
    #[error("the new content cannot be written: {0}")]
    Storage(String),
    #[error("the file cannot be used: {0}")]
    Source(SafeFsError),
}

impl Refusal {
    /// A stable one-word name for reports and tests.
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::Signature(e) => e.code(),
            Refusal::Bundle(e) => e.code(),
            Refusal::OtherPack { .. } => "other-pack",
            Refusal::NotNewer { .. } => "not-newer",
            Refusal::BadVersion(_) => "bad-version",
            Refusal::NeedsNewerBorne(_) => "needs-newer-borne",
            Refusal::ManifestMismatch => "manifest-mismatch",
            Refusal::Invalid { .. } => "invalid-pack",
            Refusal::Storage(_) => "storage",
            Refusal::Source(e) => match e {
                SafeFsError::Link(_) => "link",
                SafeFsError::NotRegular(_) | SafeFsError::NotAFolder(_) => "special-file",
                SafeFsError::TooLarge { .. } => "bundle-too-large",
                SafeFsError::TooManyEntries { .. } => "too-many-entries",
                SafeFsError::BadName(_) => "bad-name",
                SafeFsError::Io { .. } => "unreadable",
            },
        }
    }
}

fn version(v: &str) -> Result<semver::Version, Refusal> {
    semver::Version::parse(v.trim()).map_err(|_| Refusal::BadVersion(v.to_string()))
}

/// Judges a manifest against what runs now (before any content is checked).
pub fn admit(m: &Manifest, opts: &Options) -> Result<(), Refusal> {
    let found = version(&m.version)?;
    let ours = version(env!("CARGO_PKG_VERSION"))?;
    if version(&m.min_borne)? > ours {
        return Err(Refusal::NeedsNewerBorne(m.min_borne.clone()));
    }
    let same_pack = m.pack_id == opts.active.id;
    if !same_pack && !opts.active.builtin && !opts.accept_other_pack {
        return Err(Refusal::OtherPack {
            found: m.pack_id.clone(),
            installed: opts.active.id.clone(),
        });
    }
    if same_pack {
        // The installed version may itself be unparsable (older packs): then any valid one is newer.
        if let Ok(installed) = version(&opts.active.version) {
            if found <= installed {
                return Err(Refusal::NotNewer {
                    found: m.version.clone(),
                    installed: opts.active.version.clone(),
                });
            }
        }
    }
    Ok(())
}

/// Applies the bundle file `bundle`, a path the caller chose (the command line).
/// `progress(step, fraction)` reports each step as it goes.
pub fn apply(bundle: &Path, opts: &Options, progress: &mut dyn FnMut(Step, f32)) -> Result<Installed, Refusal> {
    let name = bundle
        .file_name()
        .ok_or_else(|| Refusal::Source(SafeFsError::BadName(bundle.display().to_string())))?;
    let parent = bundle
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let dir = SafeDir::open_following(parent).map_err(Refusal::Source)?;
    apply_from(&dir, name, opts, progress)
}

/// Applies the bundle `name` of the folder `dir` (a stick's `borne/` folder): leftovers
/// of unfinished updates are removed first, then the bundle and its signature are copied
/// into a fresh staging folder, and everything after reads that copy.
pub fn apply_from(
    dir: &SafeDir,
    name: &OsStr,
    opts: &Options,
    progress: &mut dyn FnMut(Step, f32),
) -> Result<Installed, Refusal> {
    let storage = |what: &Path, e: std::io::Error| Refusal::Storage(format!("{}: {e}", what.display()));
    let held = store::lock(&opts.data_dir).map_err(|e| storage(&store::content_dir(&opts.data_dir), e))?;
    store::clean_leftovers(&opts.data_dir, &held);
    progress(Step::Verify, 0.0);
    if opts.trusted_keys.is_empty() {
        return Err(SignError::NoTrustedKeys.into());
    }
    let staging = store::staging_dir(&opts.data_dir);
    fs::create_dir_all(&staging).map_err(|e| storage(&staging, e))?;
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let work = staging.join(format!("{}-{nanos}", std::process::id()));
    fs::create_dir(&work).map_err(|e| storage(&work, e))?;
    let result = fetch(dir, name, &work, &opts.limits, progress).and_then(|copy| {
        sign::verify(&copy, &opts.trusted_keys)?;
        progress(Step::Verify, 1.0);
        apply_in(&copy, &work.join("unpacked"), opts, progress)
    });
    let _ = fs::remove_dir_all(&work);
    result
}

/// Copies the bundle and its signature into `work`; returns the bundle's copy. The
/// bundle is opened first (a link, a special file or one over the size limit is refused
/// there), then the signature is read (a missing or oversized one refuses the bundle
/// before a byte of it is read), then the bundle is copied, bounded again since a device
/// may serve more than it said. Copying is the first half of the signature step on screen.
fn fetch(
    dir: &SafeDir,
    name: &OsStr,
    work: &Path,
    limits: &Limits,
    progress: &mut dyn FnMut(Step, f32),
) -> Result<PathBuf, Refusal> {
    let max = limits.max_bundle_bytes;
    let (src, size) = dir.open_file(name, max).map_err(|e| match e {
        SafeFsError::TooLarge { .. } => Refusal::Bundle(BundleError::BundleTooLarge(max)),
        e => Refusal::Source(e),
    })?;
    let mut sig_name = OsString::from(name);
    sig_name.push(".minisig");
    let sig = sign::read_signature(dir, &sig_name)?;
    let copy = work.join("bundle.borne");
    let storage = |e: std::io::Error| Refusal::Storage(format!("{}: {e}", work.display()));
    fs::write(sign::signature_path(&copy), sig).map_err(storage)?;
    let mut out = fs::File::create_new(&copy).map_err(storage)?;
    let mut src = src.take(max.saturating_add(1));
    let mut buf = vec![0u8; 1 << 16];
    let mut done = 0u64;
    loop {
        let n = src.read(&mut buf).map_err(|e| {
            Refusal::Source(SafeFsError::Io {
                path: dir.join(name),
                source: e,
            })
        })?;
        if n == 0 {
            break;
        }
        done += n as u64;
        if done > max {
            return Err(BundleError::BundleTooLarge(max).into());
        }
        out.write_all(&buf[..n]).map_err(storage)?;
        progress(Step::Verify, 0.5 * done as f32 / size.max(1) as f32);
    }
    Ok(copy)
}

/// From the verified copy on: unpack into `work` (which must not exist yet), check,
/// compile, switch.
fn apply_in(
    bundle: &Path,
    work: &Path,
    opts: &Options,
    progress: &mut dyn FnMut(Step, f32),
) -> Result<Installed, Refusal> {
    progress(Step::Unpack, 0.0);
    let manifest = bundle::unpack(bundle, work, &opts.limits, &mut |done, total| {
        progress(Step::Unpack, done as f32 / total.max(1) as f32)
    })?;
    admit(&manifest, opts)?;
    progress(Step::Unpack, 1.0);

    progress(Step::Check, 0.0);
    let (src, report) = content::check_dir(&work.join("pack"));
    if report.has_errors() {
        let first = report
            .diagnostics
            .iter()
            .find(|d| d.severity == content::Severity::Error)
            .map(|d| d.to_string())
            .unwrap_or_default();
        return Err(Refusal::Invalid {
            count: report.errors(),
            first,
        });
    }
    let pack = content::compile::to_model(&src);
    if pack.id != manifest.pack_id || pack.version != manifest.version || pack.content_hash != manifest.content_hash {
        return Err(Refusal::ManifestMismatch);
    }
    progress(Step::Check, 1.0);

    progress(Step::Compile, 0.0);
    let name = store::pack_file_name(&pack.id, &pack.version, &pack.content_hash);
    let file = store::pack_path(&opts.data_dir, &name);
    content::compile_pack(&pack, &file).map_err(|e| Refusal::Storage(e.to_string()))?;
    // Read back what was written before pointing the kiosk at it.
    let opened = content::open_pack(&file).map_err(|e| Refusal::Storage(e.to_string()))?;
    progress(Step::Compile, 1.0);

    progress(Step::Switch, 0.0);
    store::switch_to(&opts.data_dir, &name).map_err(|e| Refusal::Storage(e.to_string()))?;
    progress(Step::Switch, 1.0);
    Ok(Installed {
        pack_id: opened.id.clone(),
        version: opened.version.clone(),
        previous_version: opts.active.version.clone(),
        nodes: opened.nodes.len(),
        languages: opened.languages.len(),
        file,
    })
}
