//! How often the app was restarted since boot, and why it last stopped.
//!
//! The count is systemd's `NRestarts` (`systemctl show borne.service`). The reason
//! cannot come from the same place: systemd resets `Result` and `ExecMainStatus` each
//! time it starts the service, so seen from the running app they always read `success`
//! and `0`. It comes from what PID 1 wrote in the journal about the unit when it
//! stopped: `UNIT_RESULT` ("Failed with result 'watchdog'") and `EXIT_CODE` /
//! `EXIT_STATUS` ("Main process exited, code=dumped, status=6/ABRT").

use std::path::Path;
use std::time::Duration;

use chrono::NaiveDateTime;

use super::command::{self, CommandError};
use super::journal::{self, Entry};
use super::{Reading, Unknown, UNIT};

/// systemd's message ids (`sd-messages.h`) for a unit that stopped.
const UNIT_SUCCESS: &str = "7ad2d189f7e94e70a38c781354912448";
const UNIT_FAILURE_RESULT: &str = "d9b373ed55a64feb8242e02dbe79a49c";
const UNIT_PROCESS_EXIT: &str = "98e322203f7a4ed290d09fe03c09fe15";

const DEADLINE: Duration = Duration::from_secs(5);
/// What PID 1 wrote about the unit this boot: enough for the last stop and its cause.
const ENTRIES: &str = "40";

/// The restart figures of the health panel.
#[derive(Debug, Clone, PartialEq)]
pub struct Restarts {
    /// Restarts by systemd since boot.
    pub count: Reading<u32>,
    /// The last time the app stopped this boot; `Known(None)`: it has not.
    pub last_stop: Reading<Option<LastStop>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LastStop {
    pub at: Option<NaiveDateTime>,
    pub reason: StopReason,
}

/// Why the app stopped, as systemd saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StopReason {
    /// It ended normally (exit status 0, or stopped by systemd).
    Clean,
    /// A technician restarted it from the maintenance screen.
    RestartAsked,
    /// It ended with this exit status.
    ExitCode(i32),
    /// Killed by this signal.
    Signal(i32),
    /// Crashed with this signal (a core dump).
    CoreDump(i32),
    /// The UI stopped feeding the watchdog: systemd killed it.
    Watchdog,
    /// It did not start or stop in time.
    Timeout,
    /// The kernel's or systemd-oomd's out-of-memory killer.
    OutOfMemory,
    /// Another systemd result, as its word (`start-limit-hit`, `resources`...).
    Other(String),
}

impl StopReason {
    /// A stable word for the UI's Fluent keys (the number, if any, is an argument).
    pub fn as_str(&self) -> &'static str {
        match self {
            StopReason::Clean => "clean",
            StopReason::RestartAsked => "restart-asked",
            StopReason::ExitCode(_) => "exit-code",
            StopReason::Signal(_) => "signal",
            StopReason::CoreDump(_) => "core-dump",
            StopReason::Watchdog => "watchdog",
            StopReason::Timeout => "timeout",
            StopReason::OutOfMemory => "out-of-memory",
            StopReason::Other(_) => "other",
        }
    }
}

/// What `systemctl show -p NRestarts -p Result -p ExecMainStatus -p LoadState` says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ShowProps {
    pub n_restarts: Option<u32>,
    /// The current run's result (`success` while it runs).
    pub result: Option<String>,
    /// The current main process's exit status (0 while it runs).
    pub exec_main_status: Option<i32>,
    /// `loaded`, or `not-found` where there is no such unit (a desktop).
    pub load_state: Option<String>,
}

/// Parses `KEY=VALUE` lines of `systemctl show`; unknown keys are ignored.
pub fn parse_show(text: &str) -> ShowProps {
    let mut p = ShowProps::default();
    for (key, value) in text.lines().filter_map(|l| l.split_once('=')) {
        let value = value.trim();
        match key.trim() {
            "NRestarts" => p.n_restarts = value.parse().ok(),
            "Result" => p.result = Some(value.to_string()).filter(|v| !v.is_empty()),
            "ExecMainStatus" => p.exec_main_status = value.parse().ok(),
            "LoadState" => p.load_state = Some(value.to_string()).filter(|v| !v.is_empty()),
            _ => {}
        }
    }
    p
}

/// The newest stop among PID 1's entries about the unit (oldest first, as journalctl
/// prints them): the failure result and the process exit that came just before it.
pub fn last_stop(entries: &[Entry]) -> Option<LastStop> {
    let mut result: Option<(Option<NaiveDateTime>, String)> = None;
    for e in entries.iter().rev() {
        match e.field("MESSAGE_ID").as_deref() {
            Some(UNIT_SUCCESS) if result.is_none() => {
                return Some(LastStop {
                    at: e.at,
                    reason: StopReason::Clean,
                })
            }
            Some(UNIT_FAILURE_RESULT) if result.is_none() => {
                result = Some((e.at, e.field("UNIT_RESULT").unwrap_or_default()));
            }
            Some(UNIT_PROCESS_EXIT) => {
                let code = e.field("EXIT_CODE").unwrap_or_default();
                let status = e.field("EXIT_STATUS").and_then(|s| s.parse().ok());
                let (at, word) = result.unwrap_or((e.at, String::new()));
                return Some(LastStop {
                    at,
                    reason: reason(&word, &code, status),
                });
            }
            // An older run's end: the newest stop had no process exit line.
            Some(UNIT_SUCCESS | UNIT_FAILURE_RESULT) => break,
            _ => {}
        }
    }
    result.map(|(at, word)| LastStop {
        at,
        reason: reason(&word, "", None),
    })
}

/// The reason from systemd's result word and the main process's exit.
fn reason(result: &str, code: &str, status: Option<i32>) -> StopReason {
    match (result, code, status) {
        ("watchdog", ..) => StopReason::Watchdog,
        ("timeout", ..) => StopReason::Timeout,
        ("oom-kill", ..) => StopReason::OutOfMemory,
        (_, "exited", Some(0)) => StopReason::Clean,
        (_, "exited", Some(s)) if s == i32::from(super::power::RESTART_EXIT_CODE) => StopReason::RestartAsked,
        (_, "exited", Some(s)) => StopReason::ExitCode(s),
        (_, "killed", Some(s)) => StopReason::Signal(s),
        (_, "dumped", Some(s)) => StopReason::CoreDump(s),
        ("" | "success", ..) => StopReason::Clean,
        (other, ..) => StopReason::Other(other.to_string()),
    }
}

/// The figures from this machine's systemd; unknown where there is none.
pub fn gather() -> Restarts {
    if !Path::new("/run/systemd/system").is_dir() {
        return Restarts {
            count: Reading::Unknown(Unknown::Absent),
            last_stop: Reading::Unknown(Unknown::Absent),
        };
    }
    gather_with(Path::new("systemctl"), Path::new("journalctl"))
}

/// [`gather`] with the programs given (tests use stand-ins).
pub fn gather_with(systemctl: &Path, journalctl: &Path) -> Restarts {
    let show = [
        "show",
        UNIT,
        "-p",
        "NRestarts",
        "-p",
        "Result",
        "-p",
        "ExecMainStatus",
        "-p",
        "LoadState",
    ];
    let props =
        command::run(systemctl, &show, DEADLINE, 64 * 1024).map(|o| parse_show(&String::from_utf8_lossy(&o.stdout)));
    let count = match props {
        Ok(p) if p.load_state.as_deref() == Some("not-found") => Reading::Unknown(Unknown::Absent),
        Ok(ShowProps {
            n_restarts: Some(n), ..
        }) => Reading::Known(n),
        Ok(_) => Reading::Unknown(Unknown::Unreadable),
        Err(e) => Reading::Unknown(e.unknown()),
    };
    let args = [
        "-b",
        "-o",
        "json",
        "-n",
        ENTRIES,
        "--no-pager",
        "_PID=1",
        &format!("UNIT={UNIT}"),
    ];
    let last_stop = match command::run(journalctl, &args, DEADLINE, 256 * 1024) {
        Ok(out) => {
            let entries = journal::parse(&out.stdout);
            if entries.is_empty() && out.stderr.contains("insufficient permissions") {
                Reading::Unknown(Unknown::Denied)
            } else {
                Reading::Known(last_stop(&entries))
            }
        }
        Err(CommandError::Missing(_)) => Reading::Unknown(Unknown::Absent),
        Err(e) => Reading::Unknown(e.unknown()),
    };
    Restarts { count, last_stop }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::command::tests::script;
    use crate::diagnostics::journal::tests::SAMPLE;

    #[test]
    fn systemctl_show_is_parsed() {
        let p = parse_show("NRestarts=3\nResult=success\nExecMainStatus=0\nLoadState=loaded\nOther=x\n");
        assert_eq!(p.n_restarts, Some(3));
        assert_eq!(p.result.as_deref(), Some("success"));
        assert_eq!(p.exec_main_status, Some(0));
        assert_eq!(p.load_state.as_deref(), Some("loaded"));
        assert_eq!(parse_show("NRestarts=\ngarbage\n"), ShowProps::default());
    }

    #[test]
    fn the_last_stop_comes_from_pid_1s_lines() {
        let entries = journal::parse(SAMPLE.as_bytes());
        let stop = last_stop(&entries).unwrap();
        assert_eq!(stop.reason, StopReason::Watchdog);
        assert_eq!(stop.at, entries[4].at, "the time of the failure line");
        assert_eq!(last_stop(&entries[..4]).unwrap().reason, StopReason::CoreDump(6));
        assert_eq!(last_stop(&entries[..2]), None, "no stop since boot");
    }

    fn pid1(id: &str, extra: &str) -> String {
        format!(r#"{{"__REALTIME_TIMESTAMP":"1767261600000000","MESSAGE_ID":"{id}"{extra}}}"#)
    }

    #[test]
    fn each_kind_of_stop_is_told_apart() {
        let exit = |code: &str, status: i32| {
            pid1(
                UNIT_PROCESS_EXIT,
                &format!(r#","EXIT_CODE":"{code}","EXIT_STATUS":"{status}""#),
            )
        };
        let failed = |word: &str| pid1(UNIT_FAILURE_RESULT, &format!(r#","UNIT_RESULT":"{word}""#));
        let of = |lines: &[String]| last_stop(&journal::parse(lines.join("\n").as_bytes())).map(|s| s.reason);
        assert_eq!(of(&[pid1(UNIT_SUCCESS, "")]), Some(StopReason::Clean));
        assert_eq!(
            of(&[exit("exited", 75), failed("exit-code")]),
            Some(StopReason::RestartAsked)
        );
        assert_eq!(
            of(&[exit("exited", 2), failed("exit-code")]),
            Some(StopReason::ExitCode(2))
        );
        assert_eq!(of(&[exit("killed", 9), failed("signal")]), Some(StopReason::Signal(9)));
        assert_eq!(
            of(&[exit("killed", 9), failed("oom-kill")]),
            Some(StopReason::OutOfMemory)
        );
        assert_eq!(
            of(&[failed("start-limit-hit")]),
            Some(StopReason::Other("start-limit-hit".into()))
        );
        // The newest stop wins; an older run's lines are not mixed into it.
        assert_eq!(
            of(&[exit("killed", 9), failed("signal"), pid1(UNIT_SUCCESS, "")]),
            Some(StopReason::Clean)
        );
        assert_eq!(
            of(&[exit("killed", 9), pid1(UNIT_SUCCESS, ""), failed("timeout")]),
            Some(StopReason::Timeout)
        );
    }

    #[test]
    fn reasons_have_words() {
        assert_eq!(StopReason::CoreDump(6).as_str(), "core-dump");
        assert_eq!(StopReason::Other("resources".into()).as_str(), "other");
    }

    #[test]
    fn stand_in_programs_give_the_figures() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("pid1.json");
        std::fs::write(&out, SAMPLE).unwrap();
        let systemctl = script(
            dir.path(),
            "systemctl",
            "printf 'NRestarts=2\\nResult=success\\nExecMainStatus=0\\nLoadState=loaded\\n'",
        );
        let journalctl = script(dir.path(), "journalctl", &format!("cat '{}'", out.display()));
        let r = gather_with(&systemctl, &journalctl);
        assert_eq!(r.count, Reading::Known(2));
        assert_eq!(
            r.last_stop.known().cloned().flatten().map(|s| s.reason),
            Some(StopReason::Watchdog)
        );
        let none = gather_with(&dir.path().join("no"), &dir.path().join("no"));
        assert_eq!(none.count, Reading::Unknown(Unknown::Absent));
        assert_eq!(none.last_stop, Reading::Unknown(Unknown::Absent));
        let desktop = script(dir.path(), "desktop", "printf 'NRestarts=0\\nLoadState=not-found\\n'");
        assert_eq!(
            gather_with(&desktop, &journalctl).count,
            Reading::Unknown(Unknown::Absent)
        );
    }

    #[test]
    fn this_machine_answers_without_panicking() {
        let _ = gather();
    }
}
