//! What an import did, for the operator: entries added, updated, in conflict, removed
//! or kept, and every row skipped or imported without a value, with its file, row
//! number, id and reason. Plain sentences, one a line, in the tools' language
//! (`crate::tools_text`, `cli-import-` messages).

use std::fmt;

use crate::tr;

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
        let (file, row, why) = (self.file.as_str(), self.row, self.why.as_str());
        let line = match &self.id {
            Some(id) => tr!("cli-import-row-id", file = file, row = row, id = id.as_str(), why = why),
            None => tr!("cli-import-row", file = file, row = row, why = why),
        };
        f.write_str(&line)
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

fn list(f: &mut fmt::Formatter<'_>, what: String, ids: &[String]) -> fmt::Result {
    if !ids.is_empty() {
        writeln!(f, "{what} {}: {}", ids.len(), ids.join(", "))?;
    }
    Ok(())
}

impl fmt::Display for ImportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{}",
            tr!("cli-import-read", rows = self.rows, selected = self.selected)
        )?;
        list(f, tr!("cli-import-added"), &self.added)?;
        list(f, tr!("cli-import-updated"), &self.updated)?;
        if self.unchanged > 0 {
            writeln!(f, "{}", tr!("cli-import-unchanged", count = self.unchanged))?;
        }
        for c in &self.conflicts {
            let (id, source) = (c.id.as_str(), c.source_id.as_str());
            let line = tr!(
                "cli-import-conflict",
                id = id,
                source = source,
                fields = c.fields.join(", ")
            );
            writeln!(f, "{line}")?;
        }
        list(f, tr!("cli-import-removed"), &self.removed)?;
        for (id, why) in &self.kept {
            writeln!(f, "{}", tr!("cli-import-kept", id = id.as_str(), why = why.as_str()))?;
        }
        for s in &self.skipped {
            writeln!(f, "{}", tr!("cli-import-skipped", row = s.to_string()))?;
        }
        for n in &self.notes {
            writeln!(f, "{}", tr!("cli-import-note", row = n.to_string()))?;
        }
        if self.outside_selection > 0 {
            writeln!(f, "{}", tr!("cli-import-outside", count = self.outside_selection))?;
        }
        if self.unmapped > 0 {
            writeln!(f, "{}", tr!("cli-import-unmapped", count = self.unmapped))?;
        }
        let summary = tr!(
            "cli-import-summary",
            added = self.added.len(),
            updated = self.updated.len(),
            conflicts = self.conflicts.len(),
            removed = self.removed.len(),
            skipped = self.skipped.len()
        );
        f.write_str(&summary)
    }
}
