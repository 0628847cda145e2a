//! Random tickets for tests: byte strings, text, and payloads with a valid check value
//! whose fields take every extreme. Shared by the handoff tests and the mediator
//! view's, which feed them to the same entry points a fuzzer would
//! ([`summary::read`](super::summary::read), [`summary::read_bytes`](super::summary::read_bytes)).

use std::sync::OnceLock;

use chrono::{NaiveDate, NaiveDateTime};
use crc::{Crc, CRC_16_IBM_3740};

use super::{Payload, MAX_HOUR, MAX_PATH};
use crate::content::Pack;

/// A small deterministic generator (xorshift64*): the same cases on every run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    pub fn byte(&mut self) -> u8 {
        (self.next() >> 24) as u8
    }

    /// One of `extremes`, chosen at random.
    pub fn one_of<T: Copy>(&mut self, extremes: &[T]) -> Option<T> {
        extremes.get(self.below(extremes.len() as u64) as usize).copied()
    }
}

/// The built-in pack, compiled once for all tests.
pub fn default_pack() -> &'static Pack {
    static PACK: OnceLock<Pack> = OnceLock::new();
    PACK.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        crate::default_pack::extract_to(dir.path()).expect("default pack sources");
        let (_, pack) =
            crate::content::build_dir(dir.path(), &dir.path().join("pack.sqlite")).expect("default pack builds");
        pack
    })
}

/// Clocks a reader may have, the absurd ones included.
pub fn now(rng: &mut Rng) -> NaiveDateTime {
    let usual = NaiveDate::from_ymd_opt(2026, 11, 24)
        .and_then(|d| d.and_hms_opt(10, 0, 0))
        .expect("date");
    match rng.below(4) {
        0 => rng
            .one_of(&[NaiveDateTime::MIN, NaiveDateTime::MAX, NaiveDateTime::default()])
            .unwrap_or(usual),
        _ => usual,
    }
}

/// Any bytes, of any length up to 80.
pub fn bytes(rng: &mut Rng) -> Vec<u8> {
    let len = rng.below(81) as usize;
    (0..len).map(|_| rng.byte()).collect()
}

/// A ticket's bytes with a valid check value: a header that matches `pack` or not, and
/// a format, flags, language, hour and steps each sane, at an extreme, or anything.
pub fn forged(rng: &mut Rng, pack: &Pack) -> Vec<u8> {
    let mut p = Payload::for_path(pack, &[], "fr", "k", 1, NaiveDateTime::default()).expect("root payload");
    if rng.below(8) == 0 {
        p.pack_fingerprint = [rng.byte(), rng.byte(), rng.byte(), rng.byte()];
    }
    if rng.below(8) == 0 {
        p.pack_version = (rng.next() as u16, 0, u16::MAX);
    }
    let version = match rng.below(8) {
        0..=2 => 1,
        3..=5 => 2,
        6 => rng.one_of(&[0, 3, 255]).unwrap_or(0),
        _ => rng.byte(),
    };
    let mut b = p.to_bytes();
    b.truncate(15);
    b[0] = version;
    b.push(rng.one_of(&[0, 3, 15, 16, 255]).unwrap_or(0));
    b.extend_from_slice(&(rng.next() as u32).to_be_bytes());
    let hour = match rng.below(4) {
        0 => rng.below(u64::from(MAX_HOUR) + 1) as u32,
        1 => rng.one_of(&[0, 1, MAX_HOUR, MAX_HOUR + 1, u32::MAX]).unwrap_or(0),
        2 => rng.next() as u32,
        _ => 25_000,
    };
    b.extend_from_slice(&hour.to_be_bytes());
    if version != 1 || rng.below(16) == 0 {
        let flags = match rng.below(4) {
            0 => 0,
            3 => rng.byte(),
            _ => 1,
        };
        b.push(flags);
    }
    let n = match rng.below(4) {
        0 => 0,
        3 => rng.one_of(&[MAX_PATH, MAX_PATH + 1, 255]).unwrap_or(0),
        _ => 1 + rng.below(6) as usize,
    };
    b.push(if rng.below(8) == 0 { rng.byte() } else { n as u8 });
    for _ in 0..n {
        let step = if rng.below(4) == 0 {
            rng.byte()
        } else {
            rng.below(4) as u8
        };
        b.push(step);
    }
    let crc = Crc::<u16>::new(&CRC_16_IBM_3740).checksum(&b);
    b.extend_from_slice(&crc.to_be_bytes());
    b
}

/// Codes as a scanner may type them: bare or in a URL, from forged tickets, random
/// bytes, or random text.
pub fn code(rng: &mut Rng, pack: &Pack) -> String {
    let b32 = |b: &[u8]| data_encoding::BASE32_NOPAD.encode(b);
    match rng.below(5) {
        0 => b32(&bytes(rng)),
        1 => format!("https://mediation.example.org/#{}", b32(&forged(rng, pack))),
        2 => {
            let len = rng.below(60) as usize;
            (0..len)
                .map(|_| match rng.below(4) {
                    0 => rng.one_of(&['#', ' ', '😀', 'ا', '=', '\u{0}']).unwrap_or('#'),
                    _ => char::from_u32(0x20 + rng.below(0x800) as u32).unwrap_or('?'),
                })
                .collect()
        }
        _ => b32(&forged(rng, pack)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handoff::summary::{read, read_bytes, unreadable};

    /// Every outcome of reading a code is a summary or a plain message.
    fn never_panics(result: Result<(super::super::summary::Summary, String), super::super::DecodeError>) {
        match result {
            Ok((summary, text)) => {
                assert!(!text.is_empty());
                assert_eq!(summary.heading.len(), 3);
                if summary.discreet {
                    assert!(summary.steps.is_empty() && summary.path.is_none());
                }
            }
            Err(e) => assert!(!unreadable(&e).is_empty()),
        }
    }

    #[test]
    fn random_tickets_never_panic() {
        let pack = default_pack();
        let mut rng = Rng::new(0x5EED);
        for _ in 0..10_000 {
            let now = now(&mut rng);
            let junk = bytes(&mut rng);
            let forged = forged(&mut rng, pack);
            for b in [&junk, &forged] {
                never_panics(read_bytes(b, None, now));
                never_panics(read_bytes(b, Some(pack), now));
            }
            let code = code(&mut rng, pack);
            never_panics(read(&code, None, now));
            never_panics(read(&code, Some(pack), now));
        }
    }

    #[test]
    fn forged_tickets_reach_every_outcome() {
        // The generator is worth its name only if it gets past the check value and into
        // the path, the date and the discreet flag.
        let pack = default_pack();
        let mut rng = Rng::new(7);
        let (mut paths, mut discreet, mut dates) = (0, 0, 0);
        for _ in 0..3000 {
            match read_bytes(&forged(&mut rng, pack), Some(pack), now(&mut rng)) {
                Ok((s, _)) if s.path.as_ref().is_some_and(|p| p.len() > 1) => paths += 1,
                Ok((s, _)) if s.discreet => discreet += 1,
                Err(crate::handoff::DecodeError::Date(_)) => dates += 1,
                _ => {}
            }
        }
        eprintln!("{paths} paths, {discreet} discreet, {dates} dates");
        assert!(paths > 10 && discreet > 10 && dates > 10, "{paths} {discreet} {dates}");
    }
}
