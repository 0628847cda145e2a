//! Problems found in a content pack, each with its file, line and a plain explanation.

use std::fmt;
use std::path::PathBuf;

/// How serious a problem is: errors stop a pack from being built or loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One problem, located in the pack's source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path relative to the pack folder.
    pub file: PathBuf,
    /// 1-based line, 0 when the problem concerns the whole file.
    pub line: usize,
    /// A short machine-readable kind, stable for tests and tooling.
    pub kind: &'static str,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if self.line > 0 {
            write!(f, "{}:{}: {sev}: {}", self.file.display(), self.line, self.message)
        } else {
            write!(f, "{}: {sev}: {}", self.file.display(), self.message)
        }
    }
}

/// Every problem found in a pack, in file and line order.
#[derive(Debug, Default, Clone)]
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    pub fn push(
        &mut self,
        severity: Severity,
        file: impl Into<PathBuf>,
        line: usize,
        kind: &'static str,
        message: impl Into<String>,
    ) {
        self.diagnostics.push(Diagnostic {
            severity,
            file: file.into(),
            line,
            kind,
            message: message.into(),
        });
    }

    pub fn error(&mut self, file: impl Into<PathBuf>, line: usize, kind: &'static str, msg: impl Into<String>) {
        self.push(Severity::Error, file, line, kind, msg);
    }

    pub fn warning(&mut self, file: impl Into<PathBuf>, line: usize, kind: &'static str, msg: impl Into<String>) {
        self.push(Severity::Warning, file, line, kind, msg);
    }

    pub fn errors(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
    }

    pub fn has_errors(&self) -> bool {
        self.errors() > 0
    }

    /// Whether a diagnostic of this kind was reported (used by tests and tooling).
    pub fn has_kind(&self, kind: &str) -> bool {
        self.diagnostics.iter().any(|d| d.kind == kind)
    }

    pub fn sort(&mut self) {
        self.diagnostics
            .sort_by(|a, b| (&a.file, a.line, &a.message).cmp(&(&b.file, b.line, &b.message)));
    }
}

/// 1-based line of a byte offset in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    LineIndex::new(text).line(offset)
}

/// Line starts of a text, for many offset-to-line lookups in O(log n) each.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { starts }
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
}
