//! A fake network printer (a TCP listener) records the bytes, answers status queries,
//! and can run out of paper or fall silent: printing reports each case and never hangs.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use borne::escpos;
use borne::printer::{print, PrintError, Target};

#[derive(Clone, Copy)]
enum Mode {
    Ready,
    PaperOut,
    Silent,
}

/// Starts a fake printer; returns its address and the bytes it received.
fn fake_printer(mode: Mode) -> (String, Arc<Mutex<Vec<u8>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr").to_string();
    let got = Arc::new(Mutex::new(Vec::new()));
    let rec = got.clone();
    std::thread::spawn(move || {
        let Ok((mut s, _)) = listener.accept() else { return };
        let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
        let mut buf = [0u8; 4096];
        let mut seen: Vec<u8> = Vec::new();
        loop {
            let n = match s.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            seen.extend_from_slice(&buf[..n]);
            if let Ok(mut r) = rec.lock() {
                r.extend_from_slice(&buf[..n]);
            }
            // Answer every complete DLE EOT n seen so far.
            while let Some(pos) = seen.windows(2).position(|w| w == [0x10, 0x04]) {
                if seen.len() < pos + 3 {
                    break;
                }
                let n = seen[pos + 2];
                seen.drain(..pos + 3);
                let answer = match (mode, n) {
                    (Mode::Silent, _) => continue,
                    (Mode::PaperOut, 4) => 0x72,
                    (Mode::PaperOut, 2) => 0x32,
                    _ => 0x12,
                };
                let _ = s.write_all(&[answer]);
            }
        }
    });
    (addr, got)
}

fn job() -> Vec<u8> {
    let grey = vec![0u8; escpos::WIDTH_58MM * 40];
    escpos::print_job(&escpos::dither(escpos::WIDTH_58MM, 40, &grey))
}

#[test]
fn a_ready_printer_receives_the_job() {
    let (addr, got) = fake_printer(Mode::Ready);
    let status = print(&Target::parse(&addr), job(), Duration::from_secs(2)).expect("printed");
    assert!(status.ready());
    std::thread::sleep(Duration::from_millis(100));
    let bytes = got.lock().expect("lock").clone();
    let j = job();
    assert!(
        bytes.windows(j.len()).any(|w| w == j.as_slice()),
        "the whole job arrived"
    );
    assert_eq!(
        bytes.windows(2).filter(|w| *w == [0x10, 0x04]).count(),
        8,
        "status before and after"
    );
}

#[test]
fn paper_out_is_reported_and_nothing_printed() {
    let (addr, got) = fake_printer(Mode::PaperOut);
    assert_eq!(
        print(&Target::parse(&addr), job(), Duration::from_secs(2)),
        Err(PrintError::PaperOut)
    );
    std::thread::sleep(Duration::from_millis(100));
    assert!(
        !got.lock().expect("lock").windows(3).any(|w| w == [0x1d, b'v', b'0']),
        "no raster sent"
    );
}

#[test]
fn a_silent_printer_does_not_hang_the_kiosk() {
    let (addr, _) = fake_printer(Mode::Silent);
    let start = Instant::now();
    assert_eq!(
        print(&Target::parse(&addr), job(), Duration::from_millis(300)),
        Err(PrintError::NoAnswer)
    );
    assert!(start.elapsed() < Duration::from_secs(3));
}

#[test]
fn no_printer_listening() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr").to_string();
    drop(listener);
    assert!(matches!(
        print(&Target::parse(&addr), job(), Duration::from_millis(300)),
        Err(PrintError::NotFound(_))
    ));
}
