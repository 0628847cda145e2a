//! Merging exports of several kiosks (and several visits of the same kiosk).
//!
//! A kiosk's export holds all its counts so far, so two exports of one kiosk overlap:
//! only its latest one (by `exported_at`, then export number) is used, never a sum.
//! Kiosks are told apart by name only, which is why each kiosk needs its own name; an
//! export lists the names its kiosk had before, so a renamed kiosk is not counted twice.
//! Merged folders keep a `kiosk` column, so they can be merged again.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::export::{self, Dataset, FolderKind, Head, ReadProblem, Row, Source};
use super::StatsError;

/// What a merge did.
#[derive(Debug, Clone, Serialize)]
pub struct MergeSummary {
    pub out: PathBuf,
    /// File names written in `out`.
    pub files: Vec<String>,
    /// The kiosk exports whose counts were taken.
    pub used: Vec<Used>,
    /// Folders (or kiosks within a folder) left out, with why.
    pub skipped: Vec<Skipped>,
    /// Things that look wrong but did not stop the merge.
    pub warnings: Vec<String>,
    /// Lines of the merged `counts.csv`.
    pub rows: usize,
    pub sessions: u64,
}

/// One kiosk export taken into the merge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Used {
    pub dir: PathBuf,
    pub kiosk: String,
    pub export_id: u64,
    pub exported_at: String,
}

/// A folder, or one kiosk of it, left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    pub dir: PathBuf,
    /// The kiosk, when only its part of the folder was left out.
    pub kiosk: Option<String>,
    pub reason: SkipReason,
}

/// Why something was left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum SkipReason {
    /// The same folder was given before (under this name).
    SameFolder(PathBuf),
    NotAnExport,
    TooNew(u32),
    Damaged(String),
    Unreadable(String),
    /// A later export of the same kiosk is in this folder.
    Superseded(PathBuf),
    /// The very same export is also in this folder.
    SameExport(PathBuf),
    /// The kiosk was renamed to this name; its later export under the new name holds
    /// these counts.
    Renamed(String),
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SkipReason::SameFolder(p) => write!(f, "same folder as {}", p.display()),
            SkipReason::NotAnExport => write!(f, "not a statistics export (no borne {})", export::MANIFEST_JSON),
            SkipReason::TooNew(v) => write!(f, "written by a newer borne (format {v})"),
            SkipReason::Damaged(w) => write!(f, "damaged: {w}"),
            SkipReason::Unreadable(w) => write!(f, "unreadable: {w}"),
            SkipReason::Superseded(p) => write!(f, "a later export of this kiosk is in {}", p.display()),
            SkipReason::SameExport(p) => write!(f, "the same export is already taken from {}", p.display()),
            SkipReason::Renamed(n) => write!(
                f,
                "this kiosk was renamed {n:?}, whose later export includes these counts"
            ),
        }
    }
}

struct Loaded {
    dir: PathBuf,
    manifest: export::Manifest,
    rows: Vec<Row>,
}

/// Merges exports into `out` (CSV files, manifest, report). Folders that cannot be used
/// are skipped with a reason; it fails only when none can be used or `out` cannot be
/// written.
pub fn merge(dirs: &[PathBuf], out: &Path) -> Result<MergeSummary, StatsError> {
    merge_at(dirs, out, chrono::Local::now().naive_local())
}

/// [`merge`] with the current time given.
pub fn merge_at(dirs: &[PathBuf], out: &Path, now: chrono::NaiveDateTime) -> Result<MergeSummary, StatsError> {
    let (loaded, mut skipped) = load_folders(dirs);
    let by_kiosk = offers_by_kiosk(&loaded);
    let renamed = renamed_kiosks(&by_kiosk);
    let mut warnings = Vec::new();
    let mut picked = Picked::default();
    for (kiosk, offers) in &by_kiosk {
        if let Some(new) = renamed.get(kiosk) {
            for &(i, _) in offers {
                skipped.push(Skipped {
                    dir: loaded[i].dir.clone(),
                    kiosk: Some(kiosk.to_string()),
                    reason: SkipReason::Renamed(new.to_string()),
                });
            }
            continue;
        }
        picked.take_latest(kiosk, offers, &loaded, &mut skipped, &mut warnings);
    }
    if picked.used.is_empty() {
        let why: Vec<String> = skipped
            .iter()
            .map(|s| format!("{}: {}", s.dir.display(), s.reason))
            .collect();
        return Err(StatsError::NothingToMerge(if why.is_empty() {
            "no folder given".into()
        } else {
            why.join("; ")
        }));
    }
    write_merged(out, now, picked, skipped, warnings)
}

/// Reads each folder given once; those that cannot be read are skipped with why.
fn load_folders(dirs: &[PathBuf]) -> (Vec<Loaded>, Vec<Skipped>) {
    let mut skipped = Vec::new();
    let mut loaded: Vec<Loaded> = Vec::new();
    let mut seen: HashMap<PathBuf, PathBuf> = HashMap::new();
    for dir in dirs {
        // The same folder under two spellings (trailing slash, symlink) counts once.
        let canon = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.clone());
        if let Some(first) = seen.get(&canon) {
            skipped.push(Skipped {
                dir: dir.clone(),
                kiosk: None,
                reason: SkipReason::SameFolder(first.clone()),
            });
            continue;
        }
        seen.insert(canon, dir.clone());
        match export::read_folder(dir) {
            Ok((manifest, rows)) => loaded.push(Loaded {
                dir: dir.clone(),
                manifest,
                rows,
            }),
            Err(p) => skipped.push(Skipped {
                dir: dir.clone(),
                kiosk: None,
                reason: skip_reason(p),
            }),
        }
    }
    (loaded, skipped)
}

fn skip_reason(p: ReadProblem) -> SkipReason {
    match p {
        ReadProblem::NotAnExport => SkipReason::NotAnExport,
        ReadProblem::TooNew(v) => SkipReason::TooNew(v),
        ReadProblem::Damaged(w) => SkipReason::Damaged(w),
        ReadProblem::Unreadable(w) => SkipReason::Unreadable(w),
    }
}

/// Each kiosk's exports on offer: (index in `loaded`, the export).
type Offers<'a> = BTreeMap<&'a str, Vec<(usize, &'a Source)>>;

/// Every kiosk export on offer, by kiosk; the latest wins, ties go to the first given.
fn offers_by_kiosk(loaded: &[Loaded]) -> Offers<'_> {
    let mut by_kiosk: Offers<'_> = BTreeMap::new();
    for (i, l) in loaded.iter().enumerate() {
        for s in &l.manifest.sources {
            by_kiosk.entry(s.kiosk.as_str()).or_default().push((i, s));
        }
    }
    by_kiosk
}

/// A renamed kiosk's latest export holds its counts under the old name too: the old
/// name's exports, when older, are left out.
fn renamed_kiosks<'a>(by_kiosk: &Offers<'a>) -> BTreeMap<&'a str, &'a str> {
    let mut renamed: BTreeMap<&str, &str> = BTreeMap::new();
    for (kiosk, offers) in by_kiosk {
        let Some((_, best)) = latest(offers) else { continue };
        for old in &best.previous_names {
            let older = by_kiosk
                .get(old.as_str())
                .and_then(|o| latest(o))
                .is_some_and(|(_, o)| o.order_key() < best.order_key());
            if older {
                renamed.insert(old.as_str(), *kiosk);
            }
        }
    }
    renamed
}

/// The exports taken into the merge so far.
#[derive(Default)]
struct Picked {
    used: Vec<Used>,
    rows: Vec<Row>,
    sources: Vec<Source>,
}

impl Picked {
    /// Takes a kiosk's latest export; its other exports are skipped, with a warning when
    /// the latest lacks counts an earlier one had.
    fn take_latest(
        &mut self,
        kiosk: &str,
        offers: &[(usize, &Source)],
        loaded: &[Loaded],
        skipped: &mut Vec<Skipped>,
        warnings: &mut Vec<String>,
    ) {
        let Some((best_i, best)) = latest(offers) else { return };
        let best_dir = &loaded[best_i].dir;
        let best_rows: Vec<&Row> = loaded[best_i].rows.iter().filter(|r| r.kiosk == kiosk).collect();
        for &(i, s) in offers {
            if i == best_i {
                continue;
            }
            let reason = if s == best {
                SkipReason::SameExport(best_dir.clone())
            } else {
                if let Some(w) = not_cumulative(kiosk, &loaded[i], s, &best_rows, best, best_dir) {
                    warnings.push(w);
                }
                SkipReason::Superseded(best_dir.clone())
            };
            skipped.push(Skipped {
                dir: loaded[i].dir.clone(),
                kiosk: Some(kiosk.to_string()),
                reason,
            });
        }
        self.used.push(Used {
            dir: best_dir.clone(),
            kiosk: kiosk.to_string(),
            export_id: best.export_id,
            exported_at: best.exported_at.clone(),
        });
        self.rows.extend(best_rows.into_iter().cloned());
        self.sources.push(best.clone());
    }
}

/// Writes the merged folder and says what was done.
fn write_merged(
    out: &Path,
    now: chrono::NaiveDateTime,
    picked: Picked,
    skipped: Vec<Skipped>,
    warnings: Vec<String>,
) -> Result<MergeSummary, StatsError> {
    let Picked {
        used,
        mut rows,
        sources,
    } = picked;
    rows.sort_by(|a, b| {
        (&a.kiosk, a.start, a.kind, &a.value, a.period).cmp(&(&b.kiosk, b.start, b.kind, &b.value, b.period))
    });
    let data = Dataset { rows, sources };
    let head = Head {
        kind: FolderKind::Merged,
        kiosk: None,
        export_id: None,
        exported_at: None,
    };
    let files = export::write_folder(out, head, &data, now)?;
    for w in &warnings {
        tracing::warn!("{w}");
    }
    Ok(MergeSummary {
        out: out.to_path_buf(),
        files,
        used,
        skipped,
        warnings,
        rows: data.rows.len(),
        sessions: data.sessions(),
    })
}

/// The latest of a kiosk's exports; ties go to the first given.
fn latest<'a>(offers: &[(usize, &'a Source)]) -> Option<(usize, &'a Source)> {
    offers.iter().copied().fold(None, |acc, o| match acc {
        Some(a) if a.1.order_key() >= o.1.order_key() => Some(a),
        _ => Some(o),
    })
}

/// A kiosk's later export holds everything its earlier one did (within the period it
/// still keeps). When it does not, the two are probably different kiosks with the same
/// name, or a kiosk whose database was replaced: the merge goes on, with a warning.
fn not_cumulative(
    kiosk: &str,
    older: &Loaded,
    older_src: &Source,
    newer_rows: &[&Row],
    newer: &Source,
    newer_dir: &Path,
) -> Option<String> {
    let kept_from = newer.first_hour.as_deref().and_then(super::event::parse_hour)?;
    let newer_counts: HashMap<_, u64> = newer_rows
        .iter()
        .map(|r| ((r.period, r.start, r.kind, r.value.as_str()), r.count))
        .collect();
    let lost = older
        .rows
        .iter()
        .filter(|r| r.kiosk == kiosk && r.start >= kept_from)
        .any(|r| {
            newer_counts
                .get(&(r.period, r.start, r.kind, r.value.as_str()))
                .is_none_or(|n| *n < r.count)
        });
    lost.then(|| {
        format!(
            "kiosk {kiosk:?}: export {} ({}) has counts that its later export {} ({}) lacks; \
             two kiosks may share this name, or its statistics were reset",
            older_src.export_id,
            older.dir.display(),
            newer.export_id,
            newer_dir.display()
        )
    })
}
