//! `borne content import data-inclusion`: services of the national referential
//! (data·inclusion, schema v1) read from an export and merged into a pack's
//! `services.toml`.
//!
//! Flow: the services file is read row by row and the selection kept (`--commune`,
//! `--thematique`); the structures file is then read for the structures those rows
//! need (website, Acceslibre page, hours when the service has none, commune when the
//! service has none); each row becomes an entry or a reported reason to skip it
//! ([`entry`]); the entries are merged into the file ([`merge`]), which is written
//! beside and renamed into place. Memory stays bounded whatever the export holds:
//! values are capped as they stream ([`bounded`]), and so is what is kept.
//!
//! `borne content import offers` ([`offers`]) shares the readers: a landlord's offers
//! into `offers/LANDLORD.toml`, photos converted for the kiosk.

mod bounded;
mod entry;
mod merge;
pub mod offers;
mod offers_photos;
mod offers_report;
mod read;
mod report;

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

pub use offers::{import_offers, OffersError, OffersOptions};
pub use offers_photos::to_kiosk_jpeg;
pub use offers_report::{OfferIssue, OffersReport, PhotoIssue, Where};
pub use report::{Conflict, ImportReport, RowIssue};

use read::{read_rows, Record};

/// The most services one import keeps: more means the selection is too wide.
pub const MAX_SELECTED: usize = 5_000;
/// The most service rows read from an export (the national one has about 140,000).
pub const MAX_ROWS: usize = 2_000_000;
/// The largest `services.toml` the import edits.
pub const MAX_SERVICES_FILE: u64 = 64 * 1024 * 1024;

/// Why an import did not happen; nothing was written then.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{path} cannot be read: {why}")]
    Unreadable { path: PathBuf, why: String },
    #[error("{path} cannot be imported: {why}")]
    Syntax { path: PathBuf, why: String },
    #[error("the folder {0} holds no services file (services*.json or services*.csv)")]
    NoServices(PathBuf),
    #[error(
        "the folder {0} holds several services files: name the one to import, with --structures for its structures"
    )]
    SeveralServices(PathBuf),
    #[error("the folder {0} holds no structures file (structures*.json or structures*.csv): without it services have no website nor Acceslibre page; give one with --structures")]
    NoStructures(PathBuf),
    #[error("the export has more than {MAX_ROWS} services: it is not a data·inclusion export")]
    TooManyRows,
    #[error("more than {MAX_SELECTED} services are selected: choose fewer with --commune or --thematique")]
    TooManySelected,
    #[error("{0} is not a services.toml the import can edit: {1}")]
    ServicesFile(PathBuf, String),
    #[error("services.toml writes its services as something other than [[service]] tables")]
    Layout,
    #[error("cannot write {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
    /// Refused by the import reading the file (a header without a required column).
    #[error("{}", .0.render(crate::tools_text::lang()))]
    Refused(crate::content::diagnostic::Message),
}

/// What to import, and where.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The export's folder, or its services file.
    pub export: PathBuf,
    /// The structures file, when `export` is a file.
    pub structures: Option<PathBuf>,
    /// The pack's `services.toml` (its folder is the pack's).
    pub out: PathBuf,
    /// INSEE codes of the communes to keep; none: every commune.
    pub communes: Vec<String>,
    /// Thématiques to keep (a theme keeps its sub-themes); none: every one.
    pub thematiques: Vec<String>,
}

/// Imports the export into `opts.out` and says what it did.
pub fn import(opts: &Options) -> Result<ImportReport, ImportError> {
    let (services_file, structures_file) = locate(opts)?;
    let pack = PackSide::read(&opts.out);
    let mut report = ImportReport::default();
    let (rows, seen) = read_services(&services_file, opts, &mut report)?;
    let structures = match &structures_file {
        Some(f) => read_structures(f, &rows)?,
        None => HashMap::new(),
    };
    let name = file_name(&services_file);
    let mut entries = Vec::new();
    for (n, rec) in &rows {
        let structure = entry::text(&rec.structure_id).and_then(|id| structures.get(&id));
        if !in_communes(rec, structure, &opts.communes) {
            continue;
        }
        report.selected += 1;
        let issue = |why: String| RowIssue {
            file: name.clone(),
            row: *n,
            id: entry::text(&rec.id),
            why,
        };
        match entry::build(rec, structure, &pack.mapping) {
            Ok(built) => {
                report.notes.extend(built.notes.into_iter().map(issue));
                report.unmapped += usize::from(built.entry.nodes.is_empty());
                entries.push(built.entry);
            }
            Err(why) => report.skipped.push(issue(why)),
        }
    }
    if entries.len() > MAX_SELECTED {
        return Err(ImportError::TooManySelected);
    }
    let mut doc = pack.services_document(&opts.out)?;
    let cx = merge::Context {
        seen: &seen,
        referenced: &pack.referenced,
        pictogram: &pack.pictogram,
    };
    merge::merge(&mut doc, &entries, &cx, &mut report)?;
    // Duplicates were found while reading, the other problems after: one order.
    report.skipped.sort_by_key(|s| s.row);
    write(&opts.out, &doc.to_string())?;
    Ok(report)
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// The services file and the structures file of the export.
fn locate(opts: &Options) -> Result<(PathBuf, Option<PathBuf>), ImportError> {
    if !opts.export.is_dir() {
        return Ok((opts.export.clone(), opts.structures.clone()));
    }
    let dir = &opts.export;
    let find = |prefix: &str| -> Result<Vec<PathBuf>, ImportError> {
        let entries = fs::read_dir(dir).map_err(|e| ImportError::Unreadable {
            path: dir.clone(),
            why: e.to_string(),
        })?;
        let mut found: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                let name = file_name(p).to_ascii_lowercase();
                name.starts_with(prefix) && (name.ends_with(".json") || name.ends_with(".csv"))
            })
            .collect();
        found.sort();
        Ok(found)
    };
    let services = find("services")?;
    let services = match services.as_slice() {
        [] => return Err(ImportError::NoServices(dir.clone())),
        [one] => one.clone(),
        _ => return Err(ImportError::SeveralServices(dir.clone())),
    };
    let structures = match opts.structures.clone() {
        Some(s) => s,
        None => find("structures")?
            .into_iter()
            .next()
            .ok_or(ImportError::NoStructures(dir.clone()))?,
    };
    Ok((services, Some(structures)))
}

/// Whether a row's thématiques meet `--thematique` (a theme meets its sub-themes).
fn in_thematiques(rec: &Record, wanted: &[String]) -> bool {
    wanted.is_empty()
        || entry::list(&rec.thematiques)
            .iter()
            .any(|t| wanted.iter().any(|w| t == w || t.starts_with(&format!("{w}--"))))
}

/// Whether a row is in `--commune`: its own INSEE code, else its structure's.
fn in_communes(rec: &Record, structure: Option<&Record>, communes: &[String]) -> bool {
    if communes.is_empty() {
        return true;
    }
    let code = entry::text(&rec.code_insee).or_else(|| structure.and_then(|s| entry::text(&s.code_insee)));
    code.is_some_and(|c| communes.contains(&c))
}

/// Rows kept from an export, with their 1-based numbers.
type Rows = Vec<(usize, Record)>;

/// Rows of the services file that may be selected (their commune is settled once the
/// structures are read), and every service id the export holds. A second row with an
/// id already read is skipped.
fn read_services(
    path: &Path,
    opts: &Options,
    report: &mut ImportReport,
) -> Result<(Rows, HashSet<String>), ImportError> {
    let name = file_name(path);
    let mut seen: HashSet<String> = HashSet::new();
    let mut rows = Vec::new();
    read_rows(path, |n, row| {
        report.rows = n;
        if n > MAX_ROWS {
            return Err(ImportError::TooManyRows);
        }
        let rec = match row {
            Ok(rec) => rec,
            Err(why) => {
                report.skipped.push(RowIssue {
                    file: name.clone(),
                    row: n,
                    id: None,
                    why,
                });
                return Ok(());
            }
        };
        let id = entry::text(&rec.id);
        let maybe_here = in_thematiques(&rec, &opts.thematiques)
            && (entry::text(&rec.code_insee).is_none() || in_communes(&rec, None, &opts.communes));
        let first = id.as_ref().is_none_or(|id| seen.insert(id.clone()));
        if !maybe_here {
            return Ok(());
        }
        if !first {
            let why = "another row before it has the same id: skipped".to_string();
            report.skipped.push(RowIssue {
                file: name.clone(),
                row: n,
                id,
                why,
            });
            return Ok(());
        }
        if rows.len() >= MAX_SELECTED * 4 {
            return Err(ImportError::TooManySelected);
        }
        rows.push((n, rec));
        Ok(())
    })?;
    Ok((rows, seen))
}

/// The structures the selected rows name, read from the whole structures file.
fn read_structures(path: &Path, rows: &[(usize, Record)]) -> Result<HashMap<String, Record>, ImportError> {
    let wanted: HashSet<String> = rows.iter().filter_map(|(_, r)| entry::text(&r.structure_id)).collect();
    let mut found = HashMap::new();
    read_rows(path, |_, row| {
        if let Some(id) = row.ok().and_then(|r| Some((entry::text(&r.id)?, r))) {
            if wanted.contains(&id.0) && !found.contains_key(&id.0) {
                found.insert(id.0, id.1);
            }
        }
        Ok(())
    })?;
    Ok(found)
}

/// What the import needs from the pack around `services.toml`.
struct PackSide {
    mapping: Vec<(String, Vec<String>)>,
    pictogram: String,
    referenced: HashSet<String>,
}

/// The pictogram of imported services when `[import]` names none.
pub const DEFAULT_PICTOGRAM: &str = "svc-association";

impl PackSide {
    /// Reads the pack's `pack.toml` and nodes; a missing pack only means no mapping.
    fn read(out: &Path) -> PackSide {
        let dir = out
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let mut ignored = crate::content::Report::default();
        let src = crate::content::source::read_dir(dir, &mut ignored);
        let import = src.meta.as_ref().and_then(|m| m.import.clone()).unwrap_or_default();
        let mut referenced: HashSet<String> = src
            .nodes
            .iter()
            .flat_map(|n| n.services.iter().map(|s| s.value.clone()))
            .collect();
        referenced.extend(
            src.meta
                .iter()
                .flat_map(|m| m.help_services.iter().map(|s| s.value.clone())),
        );
        PackSide {
            mapping: import
                .thematiques
                .iter()
                .map(|(k, v)| (k.value.clone(), v.iter().map(|n| n.value.clone()).collect()))
                .collect(),
            pictogram: import
                .pictogram
                .map_or_else(|| DEFAULT_PICTOGRAM.to_string(), |p| p.value),
            referenced,
        }
    }

    /// The current `services.toml` as an editable document (empty when absent).
    fn services_document(&self, out: &Path) -> Result<toml_edit::DocumentMut, ImportError> {
        let bad = |why: String| ImportError::ServicesFile(out.to_path_buf(), why);
        let text = match fs::metadata(out) {
            Err(_) => String::new(),
            Ok(m) if m.len() > MAX_SERVICES_FILE => return Err(bad("it is larger than 64 MiB".into())),
            Ok(_) => fs::read_to_string(out).map_err(|e| bad(e.to_string()))?,
        };
        text.parse::<toml_edit::DocumentMut>()
            .map_err(|e| bad(e.message().trim().to_string()))
    }
}

/// Writes `text` beside `path` and renames it into place: never half a file.
fn write(path: &Path, text: &str) -> Result<(), ImportError> {
    let err = |source| ImportError::Write {
        path: path.to_path_buf(),
        source,
    };
    let tmp = path.with_extension("toml.tmp");
    fs::write(&tmp, text).map_err(err)?;
    fs::rename(&tmp, path).map_err(err)
}
