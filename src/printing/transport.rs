//! Talking to a ticket printer: a device file (`/dev/usb/lp0`) or a network printer
//! (TCP port 9100). Every exchange has a deadline: the caller runs it off the UI thread
//! and the kiosk never hangs on a printer.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

use crate::printing::escpos::{parse_status, status_queries, Status};

/// Where the printer is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Device(PathBuf),
    Network(String),
}

impl Target {
    /// `tcp://host:9100` or `host:9100` for a network printer, anything else a device path.
    pub fn parse(s: &str) -> Target {
        let s = s.trim();
        if let Some(addr) = s.strip_prefix("tcp://") {
            Target::Network(addr.to_string())
        } else if !s.starts_with('/') && s.contains(':') {
            Target::Network(s.to_string())
        } else {
            Target::Device(PathBuf::from(s))
        }
    }
}

/// Why a ticket was not printed, in terms a screen can explain.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PrintError {
    #[error("no printer at {0}")]
    NotFound(String),
    #[error("the printer did not answer in time")]
    NoAnswer,
    #[error("the printer is out of paper")]
    PaperOut,
    #[error("the printer's cover is open")]
    CoverOpen,
    #[error("the printer is offline or in error")]
    Offline,
    #[error("the printer connection failed: {0}")]
    Io(String),
}

impl PrintError {
    /// A stable one-word name, for logs, statistics and the printing process's answer.
    pub fn code(&self) -> &'static str {
        match self {
            PrintError::NotFound(_) => "not-found",
            PrintError::NoAnswer => "no-answer",
            PrintError::PaperOut => "paper-out",
            PrintError::CoverOpen => "cover-open",
            PrintError::Offline => "offline",
            PrintError::Io(_) => "io",
        }
    }

    /// The error named by [`PrintError::code`]; `detail` fills the variants that carry one.
    pub fn from_code(code: &str, detail: &str) -> PrintError {
        match code {
            "not-found" => PrintError::NotFound(detail.to_string()),
            "no-answer" => PrintError::NoAnswer,
            "paper-out" => PrintError::PaperOut,
            "cover-open" => PrintError::CoverOpen,
            "offline" => PrintError::Offline,
            _ => PrintError::Io(detail.to_string()),
        }
    }
}

fn refusal(s: Status) -> Option<PrintError> {
    if s.paper_out {
        Some(PrintError::PaperOut)
    } else if s.cover_open {
        Some(PrintError::CoverOpen)
    } else if !s.ready() {
        Some(PrintError::Offline)
    } else {
        None
    }
}

trait Port: Read + Write + Send {}
impl<T: Read + Write + Send> Port for T {}

fn open(target: &Target, timeout: Duration) -> Result<Box<dyn Port>, PrintError> {
    match target {
        Target::Network(addr) => {
            let addrs: Vec<SocketAddr> = addr
                .to_socket_addrs()
                .map_err(|_| PrintError::NotFound(addr.clone()))?
                .collect();
            let first = addrs.first().ok_or_else(|| PrintError::NotFound(addr.clone()))?;
            let s = TcpStream::connect_timeout(first, timeout).map_err(|_| PrintError::NotFound(addr.clone()))?;
            s.set_read_timeout(Some(timeout))
                .map_err(|e| PrintError::Io(e.to_string()))?;
            s.set_write_timeout(Some(timeout))
                .map_err(|e| PrintError::Io(e.to_string()))?;
            Ok(Box::new(s))
        }
        Target::Device(path) => {
            let f = std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .open(path)
                .map_err(|_| PrintError::NotFound(path.display().to_string()))?;
            Ok(Box::new(f))
        }
    }
}

fn query(port: &mut dyn Port) -> Result<Status, PrintError> {
    let mut answers = [0u8; 4];
    for (i, q) in status_queries().iter().enumerate() {
        port.write_all(q).map_err(|e| PrintError::Io(e.to_string()))?;
        port.flush().map_err(|e| PrintError::Io(e.to_string()))?;
        let mut b = [0u8; 1];
        match port.read(&mut b) {
            Ok(1) => answers[i] = b[0],
            Ok(_) => return Err(PrintError::NoAnswer),
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {
                return Err(PrintError::NoAnswer)
            }
            Err(e) => return Err(PrintError::Io(e.to_string())),
        }
    }
    parse_status(&answers).ok_or(PrintError::NoAnswer)
}

fn exchange(target: &Target, job: &[u8], timeout: Duration) -> Result<Status, PrintError> {
    let mut port = open(target, timeout)?;
    let before = query(port.as_mut())?;
    if let Some(e) = refusal(before) {
        return Err(e);
    }
    port.write_all(job).map_err(|e| PrintError::Io(e.to_string()))?;
    port.flush().map_err(|e| PrintError::Io(e.to_string()))?;
    let after = query(port.as_mut())?;
    match refusal(after) {
        Some(e) => Err(e),
        None => Ok(after),
    }
}

/// The printer's status alone (the maintenance screen): ready, or why not. Sends
/// nothing but the status queries.
pub fn status(target: &Target, timeout: Duration) -> Result<(), PrintError> {
    print(target, Vec::new(), timeout).map(|_| ())
}

/// Sends `job` to the printer, reading its status before and after. Returns within
/// about `timeout` even if a device file blocks: the exchange runs on its own thread.
pub fn print(target: &Target, job: Vec<u8>, timeout: Duration) -> Result<Status, PrintError> {
    let (tx, rx) = mpsc::channel();
    let t = target.clone();
    let spawned = std::thread::Builder::new().name("printer".into()).spawn(move || {
        let _ = tx.send(exchange(&t, &job, timeout));
    });
    if spawned.is_err() {
        return Err(PrintError::Io("cannot start the printing thread".into()));
    }
    // Queries and the job each get the timeout; allow for all of them.
    match rx.recv_timeout(timeout * 4 + Duration::from_millis(500)) {
        Ok(r) => r,
        Err(_) => {
            tracing::warn!("printer did not answer; the exchange is abandoned");
            Err(PrintError::NoAnswer)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets() {
        assert_eq!(Target::parse("/dev/usb/lp0"), Target::Device("/dev/usb/lp0".into()));
        assert_eq!(
            Target::parse("tcp://10.0.0.5:9100"),
            Target::Network("10.0.0.5:9100".into())
        );
        assert_eq!(
            Target::parse("printer.local:9100"),
            Target::Network("printer.local:9100".into())
        );
    }

    #[test]
    fn a_missing_device_is_reported() {
        let r = print(
            &Target::Device("/nonexistent/lp9".into()),
            vec![1, 2, 3],
            Duration::from_millis(200),
        );
        assert!(matches!(r, Err(PrintError::NotFound(_))));
    }
}
