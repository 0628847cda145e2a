//! The last lines of the kiosk's own log, with their levels so the screen can keep
//! only warnings and errors.
//!
//! On the image the app's standard error goes to journald (`JOURNAL_STREAM` is set),
//! and `journalctl -u borne.service -o json` gives it back with what systemd said
//! about the unit. Journald files every line of a standard error at priority 6: the
//! level is read again from the line itself, as `tracing` wrote it (`WARN target: …`).
//! On a desktop the app logs only to standard error (`src/main.rs`) and keeps no file,
//! so there is nothing to read back: the panel says so.
//!
//! Bounded: at most [`MAX_LINES`] entries and [`MAX_BYTES`] of output are read.

use std::path::Path;
use std::time::Duration;

use chrono::NaiveDateTime;

use super::command::{self, CommandError};
use super::journal::{self, Entry};

/// Lines shown by default.
pub const DEFAULT_LINES: usize = 300;
/// The most lines ever asked for.
pub const MAX_LINES: usize = 2000;
/// The most output read from `journalctl`.
pub const MAX_BYTES: usize = 1 << 20;
/// How long `journalctl` may take (a large journal on a slow card).
const DEADLINE: Duration = Duration::from_secs(8);

/// How serious a line is (syslog priorities, grouped as the screen filters them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Priorities 0 to 3: emergency, alert, critical, error.
    Error,
    Warning,
    Notice,
    Info,
    Debug,
}

impl Level {
    pub fn from_priority(p: u8) -> Level {
        match p {
            0..=3 => Level::Error,
            4 => Level::Warning,
            5 => Level::Notice,
            6 => Level::Info,
            _ => Level::Debug,
        }
    }

    /// Whether the "warnings and errors" filter keeps it.
    pub fn is_problem(self) -> bool {
        self <= Level::Warning
    }

    /// A stable word for the UI's Fluent keys.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Notice => "notice",
            Level::Info => "info",
            Level::Debug => "debug",
        }
    }
}

/// One line of the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogLine {
    pub at: Option<NaiveDateTime>,
    pub level: Level,
    /// Who wrote it: `borne` (the app) or `systemd` (about the app).
    pub source: String,
    pub text: String,
}

/// Why no log can be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoLog {
    /// Not run by systemd: the app writes only to standard error, kept nowhere.
    StderrOnly,
    /// `journalctl` is not installed.
    NoJournalctl,
    /// The kiosk's user may not read the journal.
    Denied,
    /// `journalctl` did not answer in time.
    TimedOut,
    /// `journalctl` failed.
    Failed,
}

impl NoLog {
    pub fn as_str(self) -> &'static str {
        match self {
            NoLog::StderrOnly => "stderr-only",
            NoLog::NoJournalctl => "no-journalctl",
            NoLog::Denied => "denied",
            NoLog::TimedOut => "timed-out",
            NoLog::Failed => "failed",
        }
    }
}

/// The logs panel: lines oldest first, or why there are none.
#[derive(Debug, Clone, PartialEq)]
pub struct Logs {
    pub sample: bool,
    pub lines: Vec<LogLine>,
    /// Set when no lines could be read.
    pub unavailable: Option<NoLog>,
    /// Output past [`MAX_BYTES`] was left out (the oldest lines).
    pub truncated: bool,
}

/// The last `lines` lines (at most [`MAX_LINES`]) of the kiosk's own log.
pub fn gather(lines: usize) -> Logs {
    if std::env::var_os("JOURNAL_STREAM").is_none() {
        return unavailable(NoLog::StderrOnly);
    }
    from_journal(Path::new("journalctl"), lines)
}

fn unavailable(why: NoLog) -> Logs {
    Logs {
        sample: false,
        lines: Vec::new(),
        unavailable: Some(why),
        truncated: false,
    }
}

/// Reads the unit's journal with `program` (newest first, so a cut drops the oldest).
pub fn from_journal(program: &Path, lines: usize) -> Logs {
    let n = lines.clamp(1, MAX_LINES).to_string();
    let args = [
        "-u",
        super::UNIT,
        "-n",
        &n,
        "-r",
        "-o",
        "json",
        "--output-fields=MESSAGE,PRIORITY,SYSLOG_IDENTIFIER",
        // Not `-q`: it would hide the warning that the journal may not be read.
        "--no-pager",
    ];
    match command::run(program, &args, DEADLINE, MAX_BYTES) {
        Ok(out) => {
            let mut entries = journal::parse(&out.stdout);
            entries.reverse();
            if entries.is_empty() && denied(&out.stderr) {
                return unavailable(NoLog::Denied);
            }
            Logs {
                sample: false,
                lines: entries.iter().map(line).collect(),
                unavailable: None,
                truncated: out.truncated,
            }
        }
        Err(CommandError::Missing(_)) => unavailable(NoLog::NoJournalctl),
        Err(CommandError::TimedOut { .. }) => unavailable(NoLog::TimedOut),
        Err(CommandError::Failed { stderr, .. }) if denied(&stderr) => unavailable(NoLog::Denied),
        Err(e) => {
            tracing::warn!("the kiosk's log cannot be read: {e}");
            unavailable(NoLog::Failed)
        }
    }
}

/// Whether `journalctl` said the user may not read the system journal.
fn denied(stderr: &str) -> bool {
    stderr.contains("insufficient permissions") || stderr.contains("not seeing messages from other users")
}

/// A journal entry as a log line: the level from the app's own text when journald gave
/// the standard-error default.
pub fn line(e: &Entry) -> LogLine {
    let priority = e.priority.unwrap_or(6);
    let (level, text) = match tracing_line(&e.message) {
        Some((level, rest)) if priority == 6 => (level, rest.to_string()),
        _ => (Level::from_priority(priority), e.message.clone()),
    };
    LogLine {
        at: e.at,
        level,
        source: e.identifier.clone(),
        text,
    }
}

/// A line as `tracing_subscriber::fmt` writes it without colours: an optional RFC 3339
/// time, the level (`ERROR`, ` WARN`, ` INFO`, `DEBUG`, `TRACE`), then `target: text`.
/// Returns the level and the rest (the journal has the time already).
pub fn tracing_line(message: &str) -> Option<(Level, &str)> {
    let mut rest = message.trim_start();
    let first = rest.split_whitespace().next()?;
    if first.len() >= 19 && first.as_bytes().get(4) == Some(&b'-') && first.contains('T') {
        rest = rest[first.len()..].trim_start();
    }
    let word = rest.split_whitespace().next()?;
    let level = match word {
        "ERROR" => Level::Error,
        "WARN" => Level::Warning,
        "INFO" => Level::Info,
        "DEBUG" | "TRACE" => Level::Debug,
        _ => return None,
    };
    Some((level, rest[word.len()..].trim_start()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::command::tests::script;
    use crate::diagnostics::journal::tests::SAMPLE;

    #[test]
    fn tracing_levels_are_read_from_the_line() {
        assert_eq!(
            tracing_line("2026-01-01T10:01:00.000000Z  WARN borne::printing: printer offline"),
            Some((Level::Warning, "borne::printing: printer offline"))
        );
        assert_eq!(
            tracing_line("ERROR borne::update: disk full"),
            Some((Level::Error, "borne::update: disk full"))
        );
        assert_eq!(tracing_line("borne.service: Started."), None);
        assert_eq!(tracing_line(""), None);
        assert_eq!(tracing_line("2026-01-01T10:01:00Z something"), None);
    }

    #[test]
    fn journal_entries_become_lines_with_levels() {
        let lines: Vec<LogLine> = journal::parse(SAMPLE.as_bytes()).iter().map(line).collect();
        let levels: Vec<Level> = lines.iter().map(|l| l.level).collect();
        use Level::*;
        assert_eq!(levels, [Info, Warning, Warning, Warning, Warning, Info, Error]);
        assert_eq!(lines[0].text, "borne::ui::window: first frame drawn");
        assert_eq!(lines[2].source, "systemd");
        assert_eq!(lines[2].text, "borne.service: Watchdog timeout (limit 30s)!");
        let problems = lines.iter().filter(|l| l.level.is_problem()).count();
        assert_eq!(problems, 5);
    }

    #[test]
    fn a_fake_journalctl_is_read_newest_first_and_turned_around() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.json");
        let mut reversed: Vec<&str> = SAMPLE.lines().take(3).collect();
        reversed.reverse();
        std::fs::write(&out, reversed.join("\n")).unwrap();
        let fake = script(dir.path(), "journalctl", &format!("cat '{}'", out.display()));
        let logs = from_journal(&fake, 300);
        assert_eq!(logs.unavailable, None);
        assert_eq!(logs.lines.len(), 3);
        assert!(logs.lines[0].text.ends_with("first frame drawn"), "oldest first");
        let denied = script(
            dir.path(),
            "denied",
            "echo 'No journal files were opened due to insufficient permissions.' >&2",
        );
        assert_eq!(from_journal(&denied, 10).unavailable, Some(NoLog::Denied));
        let missing = from_journal(&dir.path().join("none"), 10);
        assert_eq!(missing.unavailable, Some(NoLog::NoJournalctl));
    }

    #[test]
    fn this_machine_answers_without_panicking() {
        let logs = gather(20);
        assert!(logs.lines.len() <= 20);
        assert!(!logs.sample);
    }
}
