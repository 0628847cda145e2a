//! Merging exports of several kiosks (and several visits of the same kiosk).
//!
//! A kiosk's export holds all its counts so far, so two exports of one kiosk overlap:
//! only its latest one (by `exported_at`, then export number) is used, never a sum.
//! Kiosks are told apart by name only, which is why each kiosk needs its own name; an
//! export lists the names its kiosk had before, so a renamed kiosk is not counted twice.
//! Merged folders keep a `kiosk` column, so they can be merged again.
//!
//! What a merge reads is bounded ([`Limits`]): folders, kiosks, rows, and the different
//! values the report draws; the counts it adds up must fit in 64 bits.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ffi::OsStr;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::event::Kind;
use super::export::{self, Dataset, FolderKind, Head, Row, Source};
use super::import::{self, Limits, ReadProblem, Room};
use super::StatsError;
use crate::safe_fs::{EntryKind, SafeDir, SafeFsError};

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
    /// Over one of the [`Limits`]: which.
    TooLarge(String),
    /// Beyond the number of folders one merge reads.
    TooManyFolders(usize),
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
            SkipReason::TooLarge(w) => write!(f, "too large: {w}"),
            SkipReason::TooManyFolders(n) => write!(f, "one merge reads at most {n} folders; the others are left out"),
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
    merge_within(dirs, Vec::new(), out, now, &Limits::default())
}

/// Merges the kiosk folders of a stick's `borne/stats/` into it: `own` (this kiosk's
/// export, which is always read first) and the others found by [`stick_folders`].
pub fn merge_stick(stats: &SafeDir, own: &SafeDir, now: chrono::NaiveDateTime) -> Result<MergeSummary, StatsError> {
    let limits = Limits::default();
    let own_name = own.path().file_name().unwrap_or_default();
    let (dirs, skipped) = stick_folders(stats, own_name, &limits)?;
    merge_within(&dirs, skipped.into_iter().collect(), stats.path(), now, &limits)
}

/// The folders to merge on a stick: `own` first, then the others in name order, at most
/// [`Limits::folders`] in all, found among the first [`Limits::entries`] entries of
/// `stats`. Hidden entries, files and links are not folders to merge. When some are
/// left out, says so.
pub fn stick_folders(
    stats: &SafeDir,
    own: &OsStr,
    limits: &Limits,
) -> Result<(Vec<PathBuf>, Option<Skipped>), SafeFsError> {
    let (entries, mut more) = stats.first_entries(limits.entries)?;
    let mut dirs = vec![stats.join(own)];
    for e in entries {
        if e.kind != EntryKind::Folder || e.name.to_string_lossy().starts_with('.') || e.name == own {
            continue;
        }
        // The listing is in name order: the first names are kept.
        if dirs.len() >= limits.folders {
            more = true;
            break;
        }
        dirs.push(stats.join(e.name));
    }
    let skipped = more.then(|| Skipped {
        dir: stats.path().to_path_buf(),
        kiosk: None,
        reason: SkipReason::TooManyFolders(limits.folders),
    });
    Ok((dirs, skipped))
}

/// [`merge_at`] within `limits`, with folders already left out in `skipped`.
pub fn merge_within(
    dirs: &[PathBuf],
    skipped: Vec<Skipped>,
    out: &Path,
    now: chrono::NaiveDateTime,
    limits: &Limits,
) -> Result<MergeSummary, StatsError> {
    let (loaded, mut skipped) = load_folders(dirs, skipped, limits);
    let by_kiosk = offers_by_kiosk(&loaded);
    let renamed = renamed_kiosks(&by_kiosk);
    let mut warnings = Vec::new();
    let mut picked = Picked::new(limits);
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
    let rows = picked.take_rows(loaded);
    write_merged(out, now, picked, rows, skipped, warnings)
}

/// Reads each folder given once, within `limits`; those that cannot be read are skipped
/// with why.
fn load_folders(dirs: &[PathBuf], mut skipped: Vec<Skipped>, limits: &Limits) -> (Vec<Loaded>, Vec<Skipped>) {
    let mut loaded: Vec<Loaded> = Vec::new();
    let mut seen: HashMap<PathBuf, PathBuf> = HashMap::new();
    let mut room = Room::all(limits);
    for dir in dirs {
        let skip = |reason| Skipped {
            dir: dir.clone(),
            kiosk: None,
            reason,
        };
        if seen.len() >= limits.folders {
            skipped.push(skip(SkipReason::TooManyFolders(limits.folders)));
            continue;
        }
        // The same folder under two spellings (trailing slash, symlink) counts once.
        let canon = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.clone());
        if let Some(first) = seen.get(&canon) {
            skipped.push(skip(SkipReason::SameFolder(first.clone())));
            continue;
        }
        seen.insert(canon, dir.clone());
        match import::read_folder_within(dir, limits, room) {
            Ok((manifest, rows)) => {
                room.kiosks = room.kiosks.saturating_sub(manifest.sources.len());
                room.rows = room.rows.saturating_sub(rows.len());
                loaded.push(Loaded {
                    dir: dir.clone(),
                    manifest,
                    rows,
                });
            }
            Err(p) => skipped.push(skip(skip_reason(p))),
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
        ReadProblem::TooLarge(w) => SkipReason::TooLarge(w),
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
struct Picked {
    used: Vec<Used>,
    sources: Vec<Source>,
    /// The kiosks whose rows are taken, by index of the folder they are taken from.
    taken: HashMap<usize, HashSet<String>>,
    /// All the counts taken, added up: it always fits in 64 bits, so every sum of the
    /// report does too.
    total: u64,
    /// The different values taken, per kind, each bounded by `max_values`.
    values: HashMap<Kind, HashSet<String>>,
    max_values: usize,
}

impl Picked {
    fn new(limits: &Limits) -> Picked {
        Picked {
            used: Vec::new(),
            sources: Vec::new(),
            taken: HashMap::new(),
            total: 0,
            values: HashMap::new(),
            max_values: limits.values,
        }
    }

    /// Takes a kiosk's latest export, unless its counts are over a limit; its other
    /// exports are skipped, with a warning when the latest lacks counts an earlier one had.
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
        if let Err(w) = self.admit(&best_rows) {
            skipped.push(Skipped {
                dir: best_dir.clone(),
                kiosk: Some(kiosk.to_string()),
                reason: SkipReason::TooLarge(w),
            });
            return;
        }
        self.used.push(Used {
            dir: best_dir.clone(),
            kiosk: kiosk.to_string(),
            export_id: best.export_id,
            exported_at: best.exported_at.clone(),
        });
        self.taken.entry(best_i).or_default().insert(kiosk.to_string());
        self.sources.push(best.clone());
    }

    /// Counts a kiosk's rows in, unless the counts added up would pass 64 bits or the
    /// values of a kind would pass their limit.
    fn admit(&mut self, rows: &[&Row]) -> Result<(), String> {
        let sum = rows.iter().try_fold(0u64, |n, r| n.checked_add(r.count));
        let total = sum
            .and_then(|s| s.checked_add(self.total))
            .ok_or_else(|| format!("its counts added to the other kiosks' come to more than {}", u64::MAX))?;
        let mut new: HashMap<Kind, HashSet<&str>> = HashMap::new();
        for r in rows {
            if !self.values.get(&r.kind).is_some_and(|v| v.contains(&r.value)) {
                new.entry(r.kind).or_default().insert(&r.value);
            }
        }
        for (kind, values) in &new {
            let had = self.values.get(kind).map_or(0, HashSet::len);
            if had + values.len() > self.max_values {
                return Err(format!(
                    "with the kiosks before it, more than {} different values of {}",
                    self.max_values,
                    kind.as_str()
                ));
            }
        }
        for (kind, values) in new {
            self.values
                .entry(kind)
                .or_default()
                .extend(values.into_iter().map(str::to_string));
        }
        self.total = total;
        Ok(())
    }

    /// Moves the rows taken out of the folders read, one folder at a time.
    fn take_rows(&self, loaded: Vec<Loaded>) -> Vec<Row> {
        let mut rows = Vec::new();
        for (i, l) in loaded.into_iter().enumerate() {
            let Some(kiosks) = self.taken.get(&i) else { continue };
            rows.extend(l.rows.into_iter().filter(|r| kiosks.contains(&r.kiosk)));
        }
        rows
    }
}

/// Writes the merged folder and says what was done.
fn write_merged(
    out: &Path,
    now: chrono::NaiveDateTime,
    picked: Picked,
    mut rows: Vec<Row>,
    skipped: Vec<Skipped>,
    warnings: Vec<String>,
) -> Result<MergeSummary, StatsError> {
    let Picked { used, sources, .. } = picked;
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
