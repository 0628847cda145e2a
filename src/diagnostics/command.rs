//! Running a system program (`systemctl`, `journalctl`) for the maintenance screen: a
//! deadline, a bounded output, typed errors. A missing or stuck program is an answer on
//! the screen, never a frozen panel.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use super::Unknown;

/// How much of a program's error output is kept: its first lines say why.
const MAX_STDERR: usize = 4096;

/// How long the output is awaited once the program has ended (a grandchild could hold
/// the pipe open).
const GRACE: Duration = Duration::from_millis(200);

/// Why a program gave no usable answer.
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    #[error("{0} is not installed")]
    Missing(PathBuf),
    #[error("{program} could not be started: {source}")]
    Spawn { program: PathBuf, source: std::io::Error },
    #[error("{program} did not answer within {after:?}")]
    TimedOut { program: PathBuf, after: Duration },
    #[error("{program} failed ({status}): {stderr}")]
    Failed {
        program: PathBuf,
        status: ExitStatus,
        stderr: String,
    },
}

impl CommandError {
    /// How the screen says it.
    pub fn unknown(&self) -> Unknown {
        match self {
            CommandError::Missing(_) => Unknown::Absent,
            CommandError::TimedOut { .. } => Unknown::TimedOut,
            CommandError::Spawn { .. } | CommandError::Failed { .. } => Unknown::Unreadable,
        }
    }
}

/// What a program printed (it exited successfully).
#[derive(Debug, Clone, Default)]
pub struct Output {
    /// At most the limit given to [`run`].
    pub stdout: Vec<u8>,
    /// The output went past the limit and was cut there.
    pub truncated: bool,
    /// The start of its error output (warnings, hints).
    pub stderr: String,
}

/// Runs `program args` with no input and the C locale (its messages are read), waits
/// at most `deadline` (then kills it), and keeps at most `max_stdout` bytes of output.
pub fn run(program: &Path, args: &[&str], deadline: Duration, max_stdout: usize) -> Result<Output, CommandError> {
    let mut child = Command::new(program)
        .args(args)
        .env("LC_ALL", "C.UTF-8")
        .env("SYSTEMD_COLORS", "0")
        .env("SYSTEMD_PAGER", "")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|source| match source.kind() {
            std::io::ErrorKind::NotFound => CommandError::Missing(program.to_path_buf()),
            _ => CommandError::Spawn {
                program: program.to_path_buf(),
                source,
            },
        })?;
    let stdout = read_bounded(child.stdout.take(), max_stdout);
    let stderr = read_bounded(child.stderr.take(), MAX_STDERR);
    let status = wait(&mut child, Instant::now() + deadline).ok_or_else(|| CommandError::TimedOut {
        program: program.to_path_buf(),
        after: deadline,
    })?;
    let (stdout, truncated) = stdout.recv_timeout(GRACE).unwrap_or_default();
    let stderr = String::from_utf8_lossy(&stderr.recv_timeout(GRACE).unwrap_or_default().0)
        .trim()
        .to_string();
    if !status.success() {
        return Err(CommandError::Failed {
            program: program.to_path_buf(),
            status,
            stderr,
        });
    }
    Ok(Output {
        stdout,
        truncated,
        stderr,
    })
}

/// Reads a pipe on its own thread, keeping `max` bytes and draining the rest so the
/// program never blocks on a full pipe; sends (bytes, cut) when the pipe closes.
fn read_bounded(pipe: Option<impl Read + Send + 'static>, max: usize) -> Receiver<(Vec<u8>, bool)> {
    let (tx, rx) = mpsc::channel();
    if let Some(mut pipe) = pipe {
        std::thread::spawn(move || {
            let mut kept = Vec::new();
            let limit = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
            let _ = (&mut pipe).take(limit).read_to_end(&mut kept);
            let cut = kept.len() > max;
            kept.truncate(max);
            let _ = std::io::copy(&mut pipe, &mut std::io::sink());
            let _ = tx.send((kept, cut));
        });
    }
    rx
}

/// The exit status, or `None` if the program still ran at `deadline` (it is then
/// killed and reaped, so no zombie stays).
fn wait(child: &mut Child, deadline: Instant) -> Option<ExitStatus> {
    while Instant::now() < deadline {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status),
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => break,
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A stand-in program: a shell script in a temporary folder.
    pub(crate) fn script(dir: &Path, name: &str, body: &str) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
        path
    }

    #[test]
    fn output_is_read_and_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let p = script(dir.path(), "many", "yes line | head -n 100000; echo warn >&2");
        let out = run(&p, &[], Duration::from_secs(10), 1000).unwrap();
        assert_eq!(out.stdout.len(), 1000);
        assert!(out.truncated);
        assert_eq!(out.stderr, "warn");
        let out = run(&p, &[], Duration::from_secs(10), 1 << 20).unwrap();
        assert_eq!(out.stdout.len(), 500_000);
        assert!(!out.truncated);
    }

    #[test]
    fn missing_stuck_and_failing_programs_are_typed() {
        let dir = tempfile::tempdir().unwrap();
        let e = run(&dir.path().join("nothing"), &[], Duration::from_secs(1), 10).unwrap_err();
        assert!(matches!(e, CommandError::Missing(_)));
        assert_eq!(e.unknown(), Unknown::Absent);
        let stuck = script(dir.path(), "stuck", "sleep 10");
        let t0 = Instant::now();
        let e = run(&stuck, &[], Duration::from_millis(200), 10).unwrap_err();
        assert!(matches!(e, CommandError::TimedOut { .. }), "{e}");
        assert!(t0.elapsed() < Duration::from_secs(5));
        let fails = script(dir.path(), "fails", "echo 'Access denied' >&2; exit 1");
        match run(&fails, &[], Duration::from_secs(5), 10) {
            Err(CommandError::Failed { stderr, status, .. }) => {
                assert_eq!(stderr, "Access denied");
                assert_eq!(status.code(), Some(1));
            }
            other => panic!("{other:?}"),
        }
    }
}
