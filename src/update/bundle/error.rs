//! Why a bundle was not built or not unpacked: a typed error per fault, a stable code
//! for reports and tools, and the French reason an operator reads
//! (`locales/update/fr.ftl`). Every fault of the file itself says that the bundle is
//! refused and why; only a genuine storage failure speaks of the kiosk's disk.

use std::io;
use std::path::PathBuf;

/// Why a bundle was not built or not unpacked.
#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    #[error("the pack has {0} error(s); run `borne content check` to see them")]
    Invalid(usize),
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("{path}: cannot be read: {source}")]
    Unreadable { path: PathBuf, source: io::Error },
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
    #[error("entry {0:?} is both a file and a folder")]
    PathConflict(String),
    #[error("entry {0:?} has a path longer than {1} bytes, or a name longer than 255")]
    PathTooLong(String, usize),
    #[error("entry {0:?} is nested deeper than {1} folders")]
    PathTooDeep(String, usize),
    #[error("entry {0:?} has a name that is not UTF-8 text")]
    BadName(String),
    #[error("entry {0:?} is outside pack/")]
    OutsidePack(String),
    #[error("more than {0} entries")]
    TooManyEntries(usize),
    #[error("entry {0:?} is larger than allowed")]
    FileTooLarge(String),
    #[error("the content unpacks to more than {0} bytes")]
    TooLarge(u64),
    #[error("the content unpacks to more than {0} times its compressed size")]
    Ratio(u64),
    #[error("the manifest announces {said_files} files of {said_bytes} bytes; the archive holds {files} files of {bytes} bytes")]
    ManifestCount {
        said_files: usize,
        said_bytes: u64,
        files: usize,
        bytes: u64,
    },
    #[error("bytes follow the end of the archive")]
    TrailingData,
    #[error("the bundle changed while it was read")]
    Changed,
    #[error("the archive is damaged: {0}")]
    Damaged(String),
}

/// A French reason: its Fluent key and arguments.
pub type Reason = (&'static str, Vec<(&'static str, String)>);

impl BundleError {
    /// A stable one-word name for reports.
    pub fn code(&self) -> &'static str {
        match self {
            BundleError::Invalid(_) => "invalid-pack",
            BundleError::Io { .. } => "io",
            BundleError::Unreadable { .. } => "unreadable",
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
            BundleError::PathConflict(_) => "path-conflict",
            BundleError::PathTooLong(..) => "path-too-long",
            BundleError::PathTooDeep(..) => "path-too-deep",
            BundleError::BadName(_) => "bad-name",
            BundleError::TooManyEntries(_) => "too-many-entries",
            BundleError::FileTooLarge(_) => "file-too-large",
            BundleError::TooLarge(_) => "too-large",
            BundleError::Ratio(_) => "compression-ratio",
            BundleError::ManifestCount { .. } => "manifest-count",
            BundleError::TrailingData => "trailing-data",
            BundleError::Changed => "changed-while-read",
            BundleError::OutsidePack(_) | BundleError::Damaged(_) => "damaged",
        }
    }

    /// The reason in French: a key of `locales/update/fr.ftl` and its arguments.
    pub fn reason(&self) -> Reason {
        let entry = |e: &String| vec![("entry", e.clone())];
        let n = |k: &'static str, v: &dyn ToString| vec![(k, v.to_string())];
        match self {
            BundleError::Invalid(count) => (
                "reason-invalid-pack",
                vec![("count", count.to_string()), ("first", String::new())],
            ),
            BundleError::Io { source, .. } => ("reason-storage", n("detail", source)),
            BundleError::Unreadable { source, .. } => ("bundle-unreadable", n("detail", source)),
            BundleError::NotABundle => ("bundle-not-a-bundle", vec![]),
            BundleError::NoManifest => ("bundle-no-manifest", vec![]),
            BundleError::BadManifest(d) => ("bundle-bad-manifest", n("detail", d)),
            BundleError::NewerFormat(f) => ("bundle-newer-format", n("format", f)),
            BundleError::BundleTooLarge(max) => ("bundle-too-large", n("max", max)),
            BundleError::AbsolutePath(e) => ("bundle-absolute-path", entry(e)),
            BundleError::ParentPath(e) => ("bundle-parent-path", entry(e)),
            BundleError::Link(e) => ("bundle-link", entry(e)),
            BundleError::Special(e) => ("bundle-special-file", entry(e)),
            BundleError::Duplicate(e) => ("bundle-duplicate", entry(e)),
            BundleError::PathConflict(e) => ("bundle-path-conflict", entry(e)),
            BundleError::PathTooLong(e, max) => (
                "bundle-path-too-long",
                vec![("entry", e.clone()), ("max", max.to_string())],
            ),
            BundleError::PathTooDeep(e, max) => (
                "bundle-path-too-deep",
                vec![("entry", e.clone()), ("max", max.to_string())],
            ),
            BundleError::BadName(e) => ("bundle-bad-name", entry(e)),
            BundleError::OutsidePack(e) => ("bundle-outside-pack", entry(e)),
            BundleError::TooManyEntries(max) => ("bundle-too-many-entries", n("max", max)),
            BundleError::FileTooLarge(e) => ("bundle-file-too-large", entry(e)),
            BundleError::TooLarge(max) => ("bundle-unpacks-too-large", n("max", max)),
            BundleError::Ratio(r) => ("bundle-compression-ratio", n("ratio", r)),
            BundleError::ManifestCount {
                said_files,
                said_bytes,
                files,
                bytes,
            } => (
                "bundle-manifest-count",
                vec![
                    ("said-files", said_files.to_string()),
                    ("said-bytes", said_bytes.to_string()),
                    ("files", files.to_string()),
                    ("bytes", bytes.to_string()),
                ],
            ),
            BundleError::TrailingData => ("bundle-trailing-data", vec![]),
            BundleError::Changed => ("bundle-changed", vec![]),
            BundleError::Damaged(d) => ("bundle-damaged", n("detail", d)),
        }
    }
}

/// An entry's name as errors show it: short, without control characters (it comes
/// from the archive and ends up in a report).
pub(super) fn shown(raw: &str) -> String {
    const MAX: usize = 120;
    let mut out: String = raw
        .chars()
        .take(MAX)
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect();
    if raw.chars().count() > MAX {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_refusal_has_a_french_and_an_english_reason_with_its_arguments() {
        let fr = crate::i18n::FrenchTexts::new(include_str!("../../../locales/update/fr.ftl"));
        let en = crate::i18n::FrenchTexts::for_language(include_str!("../../../locales/update/en.ftl"), "en");
        let e = || "pack/x".to_string();
        let io = || io::Error::other("disk");
        let all = [
            BundleError::Invalid(2),
            BundleError::Io {
                path: "x".into(),
                source: io(),
            },
            BundleError::Unreadable {
                path: "x".into(),
                source: io(),
            },
            BundleError::NotABundle,
            BundleError::NoManifest,
            BundleError::BadManifest("x".into()),
            BundleError::NewerFormat(9),
            BundleError::BundleTooLarge(1),
            BundleError::AbsolutePath(e()),
            BundleError::ParentPath(e()),
            BundleError::Link(e()),
            BundleError::Special(e()),
            BundleError::Duplicate(e()),
            BundleError::PathConflict(e()),
            BundleError::PathTooLong(e(), 1),
            BundleError::PathTooDeep(e(), 1),
            BundleError::BadName(e()),
            BundleError::OutsidePack(e()),
            BundleError::TooManyEntries(1),
            BundleError::FileTooLarge(e()),
            BundleError::TooLarge(1),
            BundleError::Ratio(1),
            BundleError::ManifestCount {
                said_files: 1,
                said_bytes: 2,
                files: 3,
                bytes: 4,
            },
            BundleError::TrailingData,
            BundleError::Changed,
            BundleError::Damaged("x".into()),
        ];
        for err in all {
            let (key, args) = err.reason();
            let args: Vec<_> = args
                .iter()
                .map(|(k, v)| (*k, fluent_bundle::FluentValue::from(v.as_str())))
                .collect();
            for texts in [&fr, &en] {
                let text = texts.get(key, &args);
                assert!(
                    text.as_ref().is_some_and(|t| !t.contains("{$")),
                    "{}: {key}: {text:?}",
                    err.code()
                );
            }
        }
    }

    #[test]
    fn names_are_shown_short_and_without_control_characters() {
        assert_eq!(shown("a\nb"), "a\u{fffd}b");
        assert_eq!(shown(&"x".repeat(500)).chars().count(), 121);
    }
}
