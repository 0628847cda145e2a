//! Problems found in a content pack, each with its file, line and a plain explanation.
//!
//! A diagnostic carries a message id of `locales/tools/*.ftl` (`check-…`) and its
//! arguments, not finished text: it is rendered when shown, in the operator's language
//! (the terminal, a preview panel), so one report can be read in French or English.

use std::fmt;
use std::path::PathBuf;

use fluent_bundle::FluentValue;

use crate::tools_text::{self, ToolLang};

/// How serious a problem is: errors stop a pack from being built or loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One argument of a message: text, a number (plural forms follow it), or another
/// message rendered in the same language (a hint, the name of an entry).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Arg {
    Text(String),
    Number(i64),
    Message(Box<Message>),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Self {
        Arg::Message(Box::new(m))
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(usize, u32, u64, i64);

/// A message of `locales/tools/*.ftl` with its arguments, rendered when shown.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Self {
        Message { id, args }
    }

    /// The text in `lang`.
    pub fn render(&self, lang: ToolLang) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(name, a)| {
                let v = match a {
                    Arg::Text(s) => FluentValue::from(s.as_str()),
                    Arg::Number(n) => FluentValue::from(*n),
                    Arg::Message(m) => FluentValue::from(m.render(lang)),
                };
                (*name, v)
            })
            .collect();
        tools_text::text_in(lang, self.id, &args)
    }

    /// The text argument `name`, as given (for tests and tooling).
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }
}

/// `msg!("check-id", name = value, ...)`: a [`Message`]; values are anything [`Arg`]
/// converts from (text, numbers, other messages).
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::content::diagnostic::Message::new(
            $id,
            vec![$((stringify!($name), $crate::content::diagnostic::Arg::from($value))),*],
        )
    };
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
    pub message: Message,
}

impl Diagnostic {
    /// The explanation in `lang`.
    pub fn message_in(&self, lang: ToolLang) -> String {
        self.message.render(lang)
    }

    /// The whole line (`file:line: error: explanation`) in `lang`.
    pub fn display_in(&self, lang: ToolLang) -> String {
        let sev = match self.severity {
            Severity::Error => tools_text::text_in(lang, "check-severity-error", &[]),
            Severity::Warning => tools_text::text_in(lang, "check-severity-warning", &[]),
        };
        let message = self.message_in(lang);
        if self.line > 0 {
            format!("{}:{}: {sev}: {message}", self.file.display(), self.line)
        } else {
            format!("{}: {sev}: {message}", self.file.display())
        }
    }
}

/// In the process's language (`LANG`...), as the commands print it.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display_in(tools_text::lang()))
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
        message: Message,
    ) {
        self.diagnostics.push(Diagnostic {
            severity,
            file: file.into(),
            line,
            kind,
            message,
        });
    }

    pub fn error(&mut self, file: impl Into<PathBuf>, line: usize, kind: &'static str, msg: Message) {
        self.push(Severity::Error, file, line, kind, msg);
    }

    pub fn warning(&mut self, file: impl Into<PathBuf>, line: usize, kind: &'static str, msg: Message) {
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
