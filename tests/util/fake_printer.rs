//! A fake ESC/POS network printer: a TCP listener that records what it receives and
//! answers DLE EOT status queries as a ready printer, one out of paper, or not at all.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Clone, Copy)]
pub enum Mode {
    Ready,
    PaperOut,
    Silent,
}

/// Starts a fake printer; returns its address and the bytes it received.
pub fn fake_printer(mode: Mode) -> (String, Arc<Mutex<Vec<u8>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr").to_string();
    let got = Arc::new(Mutex::new(Vec::new()));
    let rec = got.clone();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(mut s) = conn else { return };
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
        }
    });
    (addr, got)
}
