//! Printing a ticket from the kiosk. The kiosk's window owns the Slint platform, so the
//! ticket is drawn by a child `borne ticket --print` process, which also talks to the
//! printer. A child can be killed: whatever a printer or its driver does, the kiosk
//! gets an answer before the deadline and never hangs.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use chrono::NaiveDateTime;

use crate::printing::transport::PrintError;

/// The whole deadline of one ticket: drawing, status queries, sending, status again.
pub const DEADLINE: Duration = Duration::from_secs(20);

/// The format of `--at`.
pub const AT_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";

/// Everything the child needs to draw exactly the ticket on screen.
#[derive(Debug, Clone)]
pub struct PrintJob {
    /// The `borne` executable.
    pub exe: PathBuf,
    /// The settings file the kiosk runs with (printer, kiosk name, mediator page).
    pub config: Option<PathBuf>,
    /// The compiled pack the kiosk shows.
    pub pack_file: PathBuf,
    /// Node ids from the root.
    pub path: Vec<String>,
    pub lang: String,
    pub number: u16,
    pub at: NaiveDateTime,
}

impl PrintJob {
    /// The child's arguments.
    pub fn args(&self) -> Vec<String> {
        let mut a = Vec::new();
        if let Some(c) = &self.config {
            a.push("--config".into());
            a.push(c.display().to_string());
        }
        a.extend([
            "ticket".into(),
            "--content".into(),
            self.pack_file.display().to_string(),
            "--path".into(),
            self.path.join("/"),
            "--lang".into(),
            self.lang.clone(),
            "--number".into(),
            self.number.to_string(),
            "--at".into(),
            self.at.format(AT_FORMAT).to_string(),
            "--print".into(),
        ]);
        a
    }
}

/// The line a printing child writes on success.
pub const PRINTED: &str = "printed";

/// The line a printing child writes on failure: `failed CODE DETAIL`.
pub fn failure_line(e: &PrintError) -> String {
    let detail = match e {
        PrintError::NotFound(d) | PrintError::Io(d) => d.replace('\n', " "),
        _ => String::new(),
    };
    format!("failed {} {detail}", e.code())
}

/// Reads a child's answer.
pub fn parse_answer(stdout: &str) -> Result<(), PrintError> {
    for line in stdout.lines().rev() {
        if line.trim() == PRINTED {
            return Ok(());
        }
        if let Some(rest) = line.strip_prefix("failed ") {
            let (code, detail) = rest.split_once(' ').unwrap_or((rest, ""));
            return Err(PrintError::from_code(code.trim(), detail.trim()));
        }
    }
    Err(PrintError::Io("the printing process gave no answer".into()))
}

/// Runs the job in a child process; kills it at `deadline`.
pub async fn run(job: &PrintJob, deadline: Duration) -> Result<(), PrintError> {
    let child = tokio::process::Command::new(&job.exe)
        .args(job.args())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| PrintError::Io(format!("cannot start {}: {e}", job.exe.display())))?;
    match tokio::time::timeout(deadline, child.wait_with_output()).await {
        // Dropping the future on timeout kills the child (kill_on_drop).
        Err(_) => Err(PrintError::NoAnswer),
        Ok(Err(e)) => Err(PrintError::Io(e.to_string())),
        Ok(Ok(out)) => parse_answer(&String::from_utf8_lossy(&out.stdout)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_round_trip() {
        assert_eq!(parse_answer("printed\n"), Ok(()));
        for e in [
            PrintError::PaperOut,
            PrintError::CoverOpen,
            PrintError::Offline,
            PrintError::NoAnswer,
            PrintError::NotFound("/dev/usb/lp0".into()),
            PrintError::Io("broken pipe".into()),
        ] {
            assert_eq!(parse_answer(&failure_line(&e)), Err(e));
        }
        assert!(parse_answer("").is_err());
        assert!(parse_answer("garbage").is_err());
    }

    #[test]
    fn args_carry_the_ticket() {
        let job = PrintJob {
            exe: "borne".into(),
            config: Some("/boot/borne.toml".into()),
            pack_file: "/var/lib/borne/p.sqlite".into(),
            path: vec!["home".into(), "logement".into()],
            lang: "ar".into(),
            number: 7,
            at: NaiveDateTime::parse_from_str("2026-11-23T10:05:00", AT_FORMAT).unwrap_or_default(),
        };
        let a = job.args().join(" ");
        assert_eq!(
            a,
            "--config /boot/borne.toml ticket --content /var/lib/borne/p.sqlite --path home/logement \
             --lang ar --number 7 --at 2026-11-23T10:05:00 --print"
        );
    }
}
