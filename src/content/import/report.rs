//! What an import did, for the operator: entries added, updated, in conflict, removed
//! or kept, and every row skipped or imported without a value, with its file, row
//! number, id and reason. Plain English sentences, one a line.

use std::fmt;

/// An entry edited by hand that the export would change: kept as edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The entry's id in `services.toml`.
    pub id: String,
    /// Its id in the referential.
    pub source_id: String,
    /// The fields where the file and the export differ.
    pub fields: Vec<String>,
}

/// A row of the export that was skipped, or imported without something.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowIssue {
    /// The file's name (`services.json`).
    pub file: String,
    /// 1-based, among the file's rows (the header of a CSV file is not a row).
    pub row: usize,
    pub id: Option<String>,
    pub why: String,
}

impl fmt::Display for RowIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.id {
            Some(id) => write!(f, "{}, row {} (id {id}): {}", self.file, self.row, self.why),
            None => write!(f, "{}, row {}: {}", self.file, self.row, self.why),
        }
    }
}

/// Everything an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Service rows read from the export.
    pub rows: usize,
    /// Rows the selection (`--commune`, `--thematique`) kept.
    pub selected: usize,
    pub added: Vec<String>,
    pub updated: Vec<String>,
    pub unchanged: usize,
    pub conflicts: Vec<Conflict>,
    /// Entries no longer in the export, removed from the file.
    pub removed: Vec<String>,
    /// Entries left in the file although the import would remove or add them: (id, why).
    pub kept: Vec<(String, String)>,
    pub skipped: Vec<RowIssue>,
    /// Rows imported without a value that was not valid.
    pub notes: Vec<RowIssue>,
    /// Imported entries still in the export but outside this selection: left as they are.
    pub outside_selection: usize,
    /// Imported entries that no result shows (no mapping for their thématiques).
    pub unmapped: usize,
}

fn list(f: &mut fmt::Formatter<'_>, what: &str, ids: &[String]) -> fmt::Result {
    if !ids.is_empty() {
        writeln!(f, "{what} {}: {}", ids.len(), ids.join(", "))?;
    }
    Ok(())
}

impl fmt::Display for ImportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "read {} services, {} selected", self.rows, self.selected)?;
        list(f, "added", &self.added)?;
        list(f, "updated", &self.updated)?;
        if self.unchanged > 0 {
            writeln!(f, "unchanged {}", self.unchanged)?;
        }
        for c in &self.conflicts {
            writeln!(
                f,
                "conflict: {} ({}) was edited by hand and the export changes {}: kept as edited; \
                 merge the change by hand, or delete the entry to take the export's",
                c.id,
                c.source_id,
                c.fields.join(", ")
            )?;
        }
        list(f, "removed (no longer in the export)", &self.removed)?;
        for (id, why) in &self.kept {
            writeln!(f, "kept: {id}: {why}")?;
        }
        for s in &self.skipped {
            writeln!(f, "skipped: {s}")?;
        }
        for n in &self.notes {
            writeln!(f, "note: {n}")?;
        }
        if self.outside_selection > 0 {
            writeln!(
                f,
                "{} imported entries are outside this selection and were left as they are",
                self.outside_selection
            )?;
        }
        if self.unmapped > 0 {
            writeln!(
                f,
                "{} entries are shown by no result: map their thématiques in pack.toml's [import.thematiques]",
                self.unmapped
            )?;
        }
        write!(
            f,
            "{} added, {} updated, {} in conflict, {} removed, {} rows skipped",
            self.added.len(),
            self.updated.len(),
            self.conflicts.len(),
            self.removed.len(),
            self.skipped.len()
        )
    }
}
