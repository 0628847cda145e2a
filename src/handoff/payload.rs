//! The ticket's payload: a compact, versioned binary record of content identifiers
//! only — never free text, never personal data — encoded in base32 for a QR code.
//!
//! Format version 1 (big-endian), documented in `docs/handoff.md`:
//!
//! | bytes | field |
//! |---|---|
//! | 1 | format version (1) |
//! | 4 | pack fingerprint: first 4 bytes of SHA-256 of the pack id |
//! | 6 | pack version: major, minor, patch as u16 |
//! | 4 | first 4 bytes of the pack's content hash |
//! | 1 | language: index in the kiosk's language list |
//! | 2 | kiosk: first 2 bytes of SHA-256 of the kiosk name |
//! | 2 | ticket number |
//! | 4 | hours since 2024-01-01 00:00 (local time, rounded down to the hour) |
//! | 1 | path length n (≤ 32) |
//! | n | each step: index of the choice taken, from the root |
//! | 2 | CRC-16/IBM-3740 of all bytes before |

use chrono::{Duration, NaiveDate, NaiveDateTime, Timelike};
use crc::{Crc, CRC_16_IBM_3740};
use sha2::{Digest, Sha256};

use crate::content::Pack;

pub const FORMAT_VERSION: u8 = 1;
/// Longest path a ticket can carry.
pub const MAX_PATH: usize = 32;
const HEADER: usize = 1 + 4 + 6 + 4 + 1 + 2 + 2 + 4 + 1;
const CHECK: Crc<u16> = Crc::<u16>::new(&CRC_16_IBM_3740);

/// What a ticket says, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payload {
    pub pack_fingerprint: [u8; 4],
    pub pack_version: (u16, u16, u16),
    pub content_hash: [u8; 4],
    pub language: u8,
    pub kiosk: u16,
    pub ticket: u16,
    /// Hours since 2024-01-01 00:00.
    pub hour: u32,
    /// Choice index at each step from the root.
    pub steps: Vec<u8>,
}

/// Why a ticket could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("the ticket is empty")]
    Empty,
    #[error("the ticket's characters are not a borne code")]
    Encoding,
    #[error("the ticket is cut short ({0} bytes)")]
    Truncated(usize),
    #[error("the ticket was made by a newer borne (format {0}); update this one to read it")]
    FutureVersion(u8),
    #[error("the ticket is damaged (check value mismatch)")]
    Check,
    #[error("the ticket's path is too long ({0} steps)")]
    PathTooLong(usize),
}

/// Why a payload does not fit a pack.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MatchError {
    #[error("the ticket comes from another content pack")]
    OtherPack,
    #[error("the ticket comes from version {0}.{1}.{2} of this pack")]
    OtherVersion(u16, u16, u16),
    #[error("the ticket comes from another build of this pack version")]
    OtherContent,
    #[error("step {0} of the ticket's path does not exist in this pack")]
    BadStep(usize),
}

fn sha4(s: &str) -> [u8; 4] {
    let d = Sha256::digest(s.as_bytes());
    [d[0], d[1], d[2], d[3]]
}

fn epoch() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2024, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .unwrap_or_default()
}

/// Hours since 2024-01-01, for a local time (earlier times count as 0).
pub fn hour_of(t: NaiveDateTime) -> u32 {
    let t = t.with_minute(0).and_then(|t| t.with_second(0)).unwrap_or(t);
    u32::try_from((t - epoch()).num_hours()).unwrap_or(0)
}

pub fn time_of(hour: u32) -> NaiveDateTime {
    epoch() + Duration::hours(i64::from(hour))
}

impl Payload {
    /// The ticket of a path (node ids from the root) in `pack`. `None` if the path is not
    /// a path of the pack or is too long.
    pub fn for_path(
        pack: &Pack,
        path: &[String],
        language: &str,
        kiosk_name: &str,
        ticket: u16,
        at: NaiveDateTime,
    ) -> Option<Payload> {
        let mut steps = Vec::new();
        let mut cur = pack.root_node()?;
        let rest = match path.first() {
            Some(first) if *first == pack.root => &path[1..],
            _ => path,
        };
        for id in rest {
            let i = cur.choices.iter().position(|c| c == id)?;
            steps.push(u8::try_from(i).ok()?);
            cur = pack.node(id)?;
        }
        if steps.len() > MAX_PATH {
            return None;
        }
        let version = crate::content::check::parse_version(&pack.version).unwrap_or_default();
        let v16 = |x: u64| u16::try_from(x).unwrap_or(u16::MAX);
        let mut hash = [0u8; 4];
        for (i, pair) in pack.content_hash.as_bytes().chunks(2).take(4).enumerate() {
            hash[i] = std::str::from_utf8(pair)
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .unwrap_or(0);
        }
        let kiosk = sha4(kiosk_name);
        Some(Payload {
            pack_fingerprint: sha4(&pack.id),
            pack_version: (v16(version.0), v16(version.1), v16(version.2)),
            content_hash: hash,
            language: crate::i18n::LANGUAGES
                .iter()
                .position(|l| l.code == language)
                .unwrap_or(0) as u8,
            kiosk: u16::from_be_bytes([kiosk[0], kiosk[1]]),
            ticket,
            hour: hour_of(at),
            steps,
        })
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut b = Vec::with_capacity(HEADER + self.steps.len() + 2);
        b.push(FORMAT_VERSION);
        b.extend_from_slice(&self.pack_fingerprint);
        for v in [self.pack_version.0, self.pack_version.1, self.pack_version.2] {
            b.extend_from_slice(&v.to_be_bytes());
        }
        b.extend_from_slice(&self.content_hash);
        b.push(self.language);
        b.extend_from_slice(&self.kiosk.to_be_bytes());
        b.extend_from_slice(&self.ticket.to_be_bytes());
        b.extend_from_slice(&self.hour.to_be_bytes());
        b.push(self.steps.len().min(MAX_PATH) as u8);
        b.extend(self.steps.iter().take(MAX_PATH));
        let crc = CHECK.checksum(&b);
        b.extend_from_slice(&crc.to_be_bytes());
        b
    }

    pub fn from_bytes(b: &[u8]) -> Result<Payload, DecodeError> {
        if b.is_empty() {
            return Err(DecodeError::Empty);
        }
        if b[0] > FORMAT_VERSION || b[0] == 0 {
            return Err(DecodeError::FutureVersion(b[0]));
        }
        if b.len() < HEADER + 2 {
            return Err(DecodeError::Truncated(b.len()));
        }
        let n = usize::from(b[HEADER - 1]);
        if n > MAX_PATH {
            return Err(DecodeError::PathTooLong(n));
        }
        let end = HEADER + n;
        if b.len() < end + 2 {
            return Err(DecodeError::Truncated(b.len()));
        }
        let crc = u16::from_be_bytes([b[end], b[end + 1]]);
        if CHECK.checksum(&b[..end]) != crc || b.len() != end + 2 {
            return Err(DecodeError::Check);
        }
        let u16_at = |i: usize| u16::from_be_bytes([b[i], b[i + 1]]);
        Ok(Payload {
            pack_fingerprint: [b[1], b[2], b[3], b[4]],
            pack_version: (u16_at(5), u16_at(7), u16_at(9)),
            content_hash: [b[11], b[12], b[13], b[14]],
            language: b[15],
            kiosk: u16_at(16),
            ticket: u16_at(18),
            hour: u32::from_be_bytes([b[20], b[21], b[22], b[23]]),
            steps: b[HEADER..end].to_vec(),
        })
    }

    /// Base32 (RFC 4648, no padding): upper-case letters and digits, which QR codes
    /// store in their compact alphanumeric mode.
    pub fn encode(&self) -> String {
        data_encoding::BASE32_NOPAD.encode(&self.to_bytes())
    }

    /// Decodes a bare code or a URL holding it after `#`.
    pub fn decode(text: &str) -> Result<Payload, DecodeError> {
        let code = text
            .trim()
            .rsplit('#')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_uppercase();
        if code.is_empty() {
            return Err(DecodeError::Empty);
        }
        let bytes = data_encoding::BASE32_NOPAD
            .decode(code.as_bytes())
            .map_err(|_| DecodeError::Encoding)?;
        Payload::from_bytes(&bytes)
    }

    pub fn language_code(&self) -> Option<&'static str> {
        crate::i18n::LANGUAGES.get(usize::from(self.language)).map(|l| l.code)
    }

    /// The path's node ids in `pack`, root first, if the ticket belongs to it.
    pub fn path_in(&self, pack: &Pack) -> Result<Vec<String>, MatchError> {
        if self.pack_fingerprint != sha4(&pack.id) {
            return Err(MatchError::OtherPack);
        }
        let mine = Payload::for_path(pack, &[], "fr", "", 0, epoch()).ok_or(MatchError::OtherPack)?;
        if mine.pack_version != self.pack_version {
            let (a, b, c) = self.pack_version;
            return Err(MatchError::OtherVersion(a, b, c));
        }
        if mine.content_hash != self.content_hash {
            return Err(MatchError::OtherContent);
        }
        let mut path = vec![pack.root.clone()];
        let mut cur = pack.root_node().ok_or(MatchError::OtherPack)?;
        for (i, step) in self.steps.iter().enumerate() {
            let id = cur.choices.get(usize::from(*step)).ok_or(MatchError::BadStep(i + 1))?;
            cur = pack.node(id).ok_or(MatchError::BadStep(i + 1))?;
            path.push(id.clone());
        }
        Ok(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(steps: Vec<u8>) -> Payload {
        Payload {
            pack_fingerprint: [1, 2, 3, 4],
            pack_version: (1, 2, 3),
            content_hash: [9, 8, 7, 6],
            language: 3,
            kiosk: 0xBEEF,
            ticket: 42,
            hour: 25_000,
            steps,
        }
    }

    #[test]
    fn round_trip_many() {
        // A deterministic sweep standing in for a property test.
        for n in 0..=MAX_PATH {
            for seed in 0..8u8 {
                let p = sample(
                    (0..n)
                        .map(|i| (i as u8).wrapping_mul(seed).wrapping_add(seed) % 6)
                        .collect(),
                );
                assert_eq!(Payload::decode(&p.encode()), Ok(p.clone()));
                assert_eq!(Payload::decode(&format!("https://ex.org/m.html#{}", p.encode())), Ok(p));
            }
        }
    }

    #[test]
    fn eight_steps_fit_a_small_qr() {
        let code = sample(vec![1; 8]).encode();
        // QR version 10 at level M holds 311 alphanumeric characters; this is far below.
        assert!(code.len() <= 60, "{} characters", code.len());
    }

    #[test]
    fn damaged_tickets_give_typed_errors() {
        let bytes = sample(vec![0, 1, 2]).to_bytes();
        assert_eq!(Payload::from_bytes(&[]), Err(DecodeError::Empty));
        assert_eq!(Payload::from_bytes(&bytes[..10]), Err(DecodeError::Truncated(10)));
        assert_eq!(
            Payload::from_bytes(&bytes[..bytes.len() - 1]),
            Err(DecodeError::Truncated(bytes.len() - 1))
        );
        let mut flipped = bytes.clone();
        flipped[19] ^= 0x40;
        assert_eq!(Payload::from_bytes(&flipped), Err(DecodeError::Check));
        let mut future = bytes.clone();
        future[0] = 2;
        assert_eq!(Payload::from_bytes(&future), Err(DecodeError::FutureVersion(2)));
        let mut long = bytes.clone();
        long[HEADER - 1] = 200;
        assert_eq!(Payload::from_bytes(&long), Err(DecodeError::PathTooLong(200)));
        assert_eq!(Payload::decode("not base32 at all!"), Err(DecodeError::Encoding));
        assert_eq!(Payload::decode("https://ex.org/#"), Err(DecodeError::Empty));
        // Random bytes never panic.
        let mut x: u32 = 12345;
        for len in 0..200 {
            let junk: Vec<u8> = (0..len)
                .map(|_| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    (x >> 16) as u8
                })
                .collect();
            let _ = Payload::from_bytes(&junk);
        }
    }

    #[test]
    fn hours() {
        let t = NaiveDate::from_ymd_opt(2026, 11, 24)
            .and_then(|d| d.and_hms_opt(10, 37, 5))
            .expect("date");
        let h = hour_of(t);
        assert_eq!(
            time_of(h),
            NaiveDate::from_ymd_opt(2026, 11, 24)
                .and_then(|d| d.and_hms_opt(10, 0, 0))
                .expect("date")
        );
    }
}
