//! Applying a content bundle: verify the signature, unpack with limits, check the pack,
//! compile it, switch atomically. Every refusal has a reason in plain words and leaves
//! the active content as it was; a power cut at any step leaves the old or the new pack.

use std::fs;
use std::path::{Path, PathBuf};

use super::bundle::{self, BundleError, Limits, Manifest};
use super::sign::{self, SignError};
use super::store;
use crate::content;

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

/// Applies `bundle`. `progress(step, fraction)` reports each step as it goes.
pub fn apply(bundle: &Path, opts: &Options, progress: &mut dyn FnMut(Step, f32)) -> Result<Installed, Refusal> {
    progress(Step::Verify, 0.0);
    sign::verify(bundle, &opts.trusted_keys)?;
    progress(Step::Verify, 1.0);

    let staging = store::staging_dir(&opts.data_dir);
    fs::create_dir_all(&staging).map_err(|e| Refusal::Storage(format!("{}: {e}", staging.display())))?;
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let work = staging.join(format!("{}-{nanos}", std::process::id()));
    let result = apply_in(bundle, &work, opts, progress);
    let _ = fs::remove_dir_all(&work);
    result
}

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
