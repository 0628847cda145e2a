//! Synthesis: the `espeak-ng` program, run once per utterance, its WAV read from a pipe.
//!
//! Why the program and not a binding to libespeak-ng: no `unsafe` code in the kiosk,
//! and a crash or a hang in the synthesiser (it parses whatever text a pack holds)
//! ends a child process, never the kiosk; the child is killed at a deadline and its
//! output is bounded. The cost is a process start per utterance, measured at 20-90 ms
//! for a 2-5 s sentence on the kiosk's class of machine, well under the time the
//! previous utterance takes to play. [`Synth::speak`] blocks: callers run it on a
//! worker thread, never on the UI thread.

use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::voice::Voice;
use super::wav::{self, Pcm, WavError};

/// Longest text given at once (a pack's longest paragraph is far shorter).
pub const MAX_TEXT_BYTES: usize = 16 << 10;

/// Why synthesis gave no sound.
#[derive(Debug, thiserror::Error)]
pub enum SynthError {
    #[error("the speech synthesiser {0} is not installed (Debian package espeak-ng)")]
    Missing(PathBuf),
    #[error("the speech synthesiser cannot be started: {0}")]
    Spawn(io::Error),
    #[error("the speech synthesiser took longer than {0:?} and was stopped")]
    Timeout(Duration),
    #[error("the speech synthesiser gave more than {0} bytes and was stopped")]
    TooMuch(usize),
    #[error("the speech synthesiser failed ({status}): {stderr}")]
    Failed { status: String, stderr: String },
    #[error("the speech synthesiser's sound cannot be read: {0}")]
    Output(#[from] WavError),
    #[error("the text is too long to speak at once ({0} bytes)")]
    TextTooLong(usize),
}

/// How to run the synthesiser.
#[derive(Debug, Clone)]
pub struct Synth {
    /// The program, found on `PATH` unless a path is given.
    pub program: PathBuf,
    pub timeout: Duration,
    /// Largest WAV accepted (at 44,100 bytes a second, 8 MiB is over three minutes).
    pub max_bytes: usize,
}

impl Default for Synth {
    fn default() -> Self {
        Synth {
            program: PathBuf::from("espeak-ng"),
            timeout: Duration::from_secs(5),
            max_bytes: 8 << 20,
        }
    }
}

impl Synth {
    /// Speaks `text` with `voice`; blocks until the sound is complete or the deadline.
    pub fn speak(&self, text: &str, voice: &Voice) -> Result<Pcm, SynthError> {
        if text.len() > MAX_TEXT_BYTES {
            return Err(SynthError::TextTooLong(text.len()));
        }
        let deadline = Instant::now() + self.timeout;
        let mut child = Command::new(&self.program)
            // UTF-8 text read whole from stdin (never taken for an option), WAV on stdout.
            .args([
                "-b",
                "1",
                "-v",
                voice.name,
                "-s",
                &voice.speed.to_string(),
                "--stdin",
                "--stdout",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| match e.kind() {
                io::ErrorKind::NotFound => SynthError::Missing(self.program.clone()),
                _ => SynthError::Spawn(e),
            })?;
        let out = self.collect(&mut child, text, deadline);
        if out.is_err() {
            let _ = child.kill();
        }
        // Always reaped: no zombie is left whatever happened.
        let status = wait_until(&mut child, deadline);
        let (stdout, stderr) = out?;
        match status {
            Some(s) if s.success() => Ok(wav::parse_stream(&stdout)?),
            Some(s) => Err(SynthError::Failed {
                status: s.to_string(),
                stderr: String::from_utf8_lossy(&stderr).trim().to_string(),
            }),
            None => Err(SynthError::Timeout(self.timeout)),
        }
    }

    /// Feeds the text and gathers stdout (bounded) and stderr (its start) until the
    /// child closes them or the deadline passes.
    fn collect(&self, child: &mut Child, text: &str, deadline: Instant) -> Result<(Vec<u8>, Vec<u8>), SynthError> {
        if let Some(mut stdin) = child.stdin.take() {
            let text = text.to_string();
            // A thread, so a child that never reads cannot block us; dropping closes it.
            std::thread::spawn(move || {
                let _ = stdin.write_all(text.as_bytes());
            });
        }
        let (tx, rx) = mpsc::channel();
        if let Some(stdout) = child.stdout.take() {
            let limit = self.max_bytes as u64 + 1;
            let tx = tx.clone();
            std::thread::spawn(move || {
                let mut buf = Vec::new();
                let r = stdout.take(limit).read_to_end(&mut buf).map(|_| buf);
                let _ = tx.send((true, r));
            });
        }
        if let Some(stderr) = child.stderr.take() {
            std::thread::spawn(move || {
                let mut buf = Vec::new();
                let mut stderr = stderr;
                let r = (&mut stderr).take(4096).read_to_end(&mut buf).map(|_| buf);
                // Drain the rest so the child never blocks on a full pipe.
                let _ = io::copy(&mut stderr, &mut io::sink());
                let _ = tx.send((false, r));
            });
        }
        let (mut stdout, mut stderr) = (None, Vec::new());
        while stdout.is_none() {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok((true, r)) => stdout = Some(r.map_err(SynthError::Spawn)?),
                Ok((false, r)) => stderr = r.unwrap_or_default(),
                Err(_) => return Err(SynthError::Timeout(self.timeout)),
            }
        }
        let stdout = stdout.unwrap_or_default();
        if stdout.len() > self.max_bytes {
            return Err(SynthError::TooMuch(self.max_bytes));
        }
        // stderr closes with the child; a short wait for it, for the error message.
        if let Ok((false, r)) = rx.recv_timeout(Duration::from_millis(50)) {
            stderr = r.unwrap_or_default();
        }
        Ok((stdout, stderr))
    }
}

/// The child's exit status, or `None` if it was still running at the deadline (then
/// it is killed and reaped).
fn wait_until(child: &mut Child, deadline: Instant) -> Option<std::process::ExitStatus> {
    loop {
        match child.try_wait() {
            Ok(Some(s)) => return Some(s),
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(2)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VOICE: Voice = Voice {
        name: "fr-fr",
        speed: 160,
    };

    #[test]
    fn a_missing_program_is_a_typed_error() {
        let s = Synth {
            program: PathBuf::from("/nonexistent/espeak-ng"),
            ..Synth::default()
        };
        assert!(matches!(s.speak("bonjour", &VOICE), Err(SynthError::Missing(_))));
    }

    #[test]
    fn a_program_that_hangs_is_stopped_at_the_deadline() {
        // A stand-in for a synthesiser stuck on some text.
        let dir = tempfile::tempdir().unwrap();
        let fake = dir.path().join("espeak-ng");
        std::fs::write(&fake, "#!/bin/sh\nsleep 10\n").unwrap();
        std::fs::set_permissions(&fake, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
        let s = Synth {
            program: fake,
            timeout: Duration::from_millis(300),
            ..Synth::default()
        };
        let t = Instant::now();
        assert!(matches!(s.speak("bonjour", &VOICE), Err(SynthError::Timeout(_))));
        assert!(t.elapsed() < Duration::from_secs(3));
    }

    #[test]
    fn output_is_bounded_and_failures_are_reported() {
        let dir = tempfile::tempdir().unwrap();
        let flood = dir.path().join("flood");
        std::fs::write(&flood, "#!/bin/sh\nexec cat /dev/zero\n").unwrap();
        let fail = dir.path().join("fail");
        std::fs::write(&fail, "#!/bin/sh\necho 'no voice' >&2\nexit 1\n").unwrap();
        for f in [&flood, &fail] {
            std::fs::set_permissions(f, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
        }
        let s = Synth {
            program: flood,
            max_bytes: 1 << 16,
            ..Synth::default()
        };
        assert!(matches!(s.speak("x", &VOICE), Err(SynthError::TooMuch(_))));
        let s = Synth {
            program: fail,
            ..Synth::default()
        };
        match s.speak("x", &VOICE) {
            Err(SynthError::Failed { stderr, .. }) => assert_eq!(stderr, "no voice"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            Synth::default().speak(&"a".repeat(MAX_TEXT_BYTES + 1), &VOICE),
            Err(SynthError::TextTooLong(_))
        ));
    }
}
