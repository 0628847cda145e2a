//! What `borne content import offers` did, for the operator: rows skipped with their
//! line (CSV) or item (JSON) and reasons, offers dropped and counted, photos written,
//! shrunk, missing or undecodable. Plain sentences, one a line, in the tools' language
//! (`cli-import-offers-` messages), the totals last.

use std::fmt;
use std::path::PathBuf;

use crate::content::diagnostic::Message;
use crate::msg;
use crate::offers::values::MAX_OFFERS_PER_LANDLORD;
use crate::tools_text::{lang, ToolLang};

/// Where a row is in the export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Where {
    /// A CSV line (the header is line 1).
    Line(u64),
    /// A JSON array's object, the first being 1.
    Item(usize),
}

impl Where {
    pub fn message(self) -> Message {
        match self {
            Where::Line(n) => msg!("cli-import-offers-line", line = n),
            Where::Item(n) => msg!("cli-import-offers-item", item = n),
        }
    }
}

/// A row skipped, with every reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferIssue {
    pub at: Where,
    pub reference: Option<String>,
    pub why: Vec<Message>,
}

/// A photo an offer names that it does not show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhotoIssue {
    /// The first offer that names it.
    pub at: Where,
    pub reference: String,
    /// Its name in the export.
    pub photo: String,
    pub why: Message,
}

/// Everything an offers import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffersReport {
    /// Rows read from the export.
    pub rows: usize,
    /// Offers written.
    pub imported: usize,
    pub skipped: Vec<OfferIssue>,
    /// Offers whose last day was before the import's.
    pub expired: usize,
    /// Rows not read because the file already had the most offers a landlord may have.
    pub beyond_max: usize,
    /// Photos converted and written, and how many of them were shrunk.
    pub photos_written: usize,
    pub photos_resized: usize,
    pub photo_issues: Vec<PhotoIssue>,
    /// Files of the photo folder no offer names any more, removed.
    pub photos_removed: usize,
    /// CSV columns the import does not read (a typing error in a header?).
    pub unknown_columns: Vec<String>,
    /// Whether `services.toml` has the landlord's service.
    pub landlord_known: bool,
    /// The offers file written; `None` when nothing was imported.
    pub written: Option<PathBuf>,
}

impl OfferIssue {
    /// The line as shown, in `lang`.
    pub fn render(&self, lang: ToolLang) -> String {
        let why: Vec<String> = self.why.iter().map(|m| m.render(lang)).collect();
        let why = why.join(" ; ");
        let at = self.at.message();
        let m = match &self.reference {
            Some(r) => msg!("cli-import-offers-skipped-ref", at = at, reference = r, why = why),
            None => msg!("cli-import-offers-skipped", at = at, why = why),
        };
        m.render(lang)
    }
}

impl PhotoIssue {
    pub fn render(&self, lang: ToolLang) -> String {
        msg!(
            "cli-import-offers-photo-issue",
            at = self.at.message(),
            reference = &self.reference,
            photo = &self.photo,
            why = self.why.clone()
        )
        .render(lang)
    }
}

impl OffersReport {
    /// The report's lines in `lang`: problems first, the totals last.
    pub fn lines(&self, lang: ToolLang) -> Vec<String> {
        let mut out = Vec::new();
        let say = |m: Message| m.render(lang);
        if !self.unknown_columns.is_empty() {
            let columns = self.unknown_columns.join(", ");
            out.push(say(msg!("cli-import-offers-unknown-columns", columns = columns)));
        }
        out.extend(self.skipped.iter().map(|s| s.render(lang)));
        out.extend(self.photo_issues.iter().map(|p| p.render(lang)));
        if self.beyond_max > 0 {
            out.push(say(msg!(
                "cli-import-offers-beyond-max",
                count = self.beyond_max,
                max = MAX_OFFERS_PER_LANDLORD
            )));
        }
        out.push(say(msg!(
            "cli-import-offers-summary",
            rows = self.rows,
            imported = self.imported,
            skipped = self.skipped.len(),
            expired = self.expired
        )));
        out.push(say(msg!(
            "cli-import-offers-photos",
            written = self.photos_written,
            resized = self.photos_resized,
            problems = self.photo_issues.len(),
            removed = self.photos_removed
        )));
        out
    }
}

impl fmt::Display for OffersReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.lines(lang()).join("\n"))
    }
}
