//! The ticket's payload: a compact, versioned binary record of content identifiers
//! only — never free text, never personal data — encoded in base32 for a QR code.
//!
//! Big-endian, documented in `docs/handoff.md`. Format 1 carries the path; format 2
//! adds a flags byte, and a discreet ticket (flag 1) carries no path at all, so that
//! nobody who finds it can read its topic. Ordinary tickets are still written in
//! format 1, so their codes are unchanged and older readers keep reading them.
//!
//! | bytes | field |
//! |---|---|
//! | 1 | format version (1 or 2) |
//! | 4 | pack fingerprint: first 4 bytes of SHA-256 of the pack id |
//! | 6 | pack version: major, minor, patch as u16 |
//! | 4 | first 4 bytes of the pack's content hash |
//! | 1 | language: index in the kiosk's language list |
//! | 2 | kiosk: first 2 bytes of SHA-256 of the kiosk name |
//! | 2 | ticket number |
//! | 4 | hours since 2024-01-01 00:00 (local time, rounded down to the hour), at most [`MAX_HOUR`] |
//! | 1 | format 2 only: flags (bit 0: discreet; other bits 0) |
//! | 1 | path length n (≤ 32; 0 when discreet) |
//! | n | each step: index of the choice taken, from the root |
//! | 2 | CRC-16/IBM-3740 of all bytes before |
//!
//! Every field is range-checked on decoding ([`Payload::check`]): what comes out of
//! [`Payload::decode`] can be dated and displayed without any arithmetic that overflows.

use chrono::{NaiveDate, NaiveDateTime, TimeDelta, Timelike};
use crc::{Crc, CRC_16_IBM_3740};
use sha2::{Digest, Sha256};

use crate::content::Pack;

/// The newest format this build reads.
pub const FORMAT_VERSION: u8 = 2;
/// The format of a ticket that carries its path and no flags.
const PLAIN_FORMAT: u8 = 1;
/// Longest path a ticket can carry.
pub const MAX_PATH: usize = 32;
/// Hours from 2024-01-01 00:00 to 2100-01-01 00:00: no ticket is dated later.
pub const MAX_HOUR: u32 = 666_216;
/// Flag of a discreet ticket (format 2).
const FLAG_DISCREET: u8 = 1;
/// Bytes before the path length in format 1 (format 2 has the flags byte more).
const FIELDS: usize = 1 + 4 + 6 + 4 + 1 + 2 + 2 + 4;
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
    /// Hours since 2024-01-01 00:00, at most [`MAX_HOUR`].
    pub hour: u32,
    /// The ticket is about a discreet result: it carries no path (`steps` is empty).
    pub discreet: bool,
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
    #[error("the ticket's date is impossible ({0} hours after 2024-01-01, past 2100)")]
    Date(u32),
    #[error("the ticket has flags this borne does not know ({0:#04x})")]
    Flags(u8),
    #[error("the ticket is marked discreet but carries a path ({0} steps)")]
    DiscreetWithPath(usize),
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
    #[error("the ticket is about a discreet result: its path is not written on it")]
    Discreet,
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

/// Hours since 2024-01-01, for a local time: earlier times count as 0, times past 2100
/// as [`MAX_HOUR`] (a kiosk whose clock is that wrong still makes readable tickets).
pub fn hour_of(t: NaiveDateTime) -> u32 {
    let t = t.with_minute(0).and_then(|t| t.with_second(0)).unwrap_or(t);
    let hours = t
        .signed_duration_since(epoch())
        .num_hours()
        .clamp(0, i64::from(MAX_HOUR));
    u32::try_from(hours).unwrap_or(0)
}

/// The local time of a ticket's hour; `None` past [`MAX_HOUR`].
pub fn time_of(hour: u32) -> Option<NaiveDateTime> {
    if hour > MAX_HOUR {
        return None;
    }
    epoch().checked_add_signed(TimeDelta::try_hours(i64::from(hour))?)
}

/// A little cursor over the bytes of a ticket whose length is already checked.
struct Fields<'a>(&'a [u8]);

impl Fields<'_> {
    fn take<const N: usize>(&mut self) -> [u8; N] {
        let mut out = [0u8; N];
        if let Some((head, rest)) = self.0.split_first_chunk::<N>() {
            out = *head;
            self.0 = rest;
        }
        out
    }

    fn u8(&mut self) -> u8 {
        self.take::<1>()[0]
    }

    fn u16(&mut self) -> u16 {
        u16::from_be_bytes(self.take())
    }
}

impl Payload {
    /// The ticket of a path (node ids from the root) in `pack`. `None` if the path is not
    /// a path of the pack or is too long. A path through a discreet node makes a
    /// discreet ticket, which carries no path.
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
        let mut discreet = cur.discreet;
        let rest = match path.first() {
            Some(first) if *first == pack.root => &path[1..],
            _ => path,
        };
        for id in rest {
            let i = cur.choices.iter().position(|c| c == id)?;
            steps.push(u8::try_from(i).ok()?);
            cur = pack.node(id)?;
            discreet |= cur.discreet;
        }
        if discreet {
            steps.clear();
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
                .and_then(|i| u8::try_from(i).ok())
                .unwrap_or(0),
            kiosk: u16::from_be_bytes([kiosk[0], kiosk[1]]),
            ticket,
            hour: hour_of(at),
            discreet,
            steps,
        })
    }

    /// The bytes of the ticket: format 1 when it has no flag, format 2 otherwise. A
    /// discreet ticket's steps are never written, whatever `steps` holds.
    pub fn to_bytes(&self) -> Vec<u8> {
        let steps: &[u8] = if self.discreet {
            &[]
        } else {
            &self.steps[..self.steps.len().min(MAX_PATH)]
        };
        let mut b = Vec::with_capacity(FIELDS + 2 + steps.len() + 2);
        b.push(if self.discreet { FORMAT_VERSION } else { PLAIN_FORMAT });
        b.extend_from_slice(&self.pack_fingerprint);
        for v in [self.pack_version.0, self.pack_version.1, self.pack_version.2] {
            b.extend_from_slice(&v.to_be_bytes());
        }
        b.extend_from_slice(&self.content_hash);
        b.push(self.language);
        b.extend_from_slice(&self.kiosk.to_be_bytes());
        b.extend_from_slice(&self.ticket.to_be_bytes());
        b.extend_from_slice(&self.hour.to_be_bytes());
        if self.discreet {
            b.push(FLAG_DISCREET);
        }
        // At most MAX_PATH (32): always fits.
        b.push(u8::try_from(steps.len()).unwrap_or(0));
        b.extend_from_slice(steps);
        let crc = CHECK.checksum(&b);
        b.extend_from_slice(&crc.to_be_bytes());
        b
    }

    /// Reads a ticket's bytes: the frame (version, lengths, check value) first, then
    /// every field, each checked against its range.
    pub fn from_bytes(b: &[u8]) -> Result<Payload, DecodeError> {
        let (&version, _) = b.split_first().ok_or(DecodeError::Empty)?;
        let header = match version {
            0 => return Err(DecodeError::Encoding),
            PLAIN_FORMAT => FIELDS + 1,
            FORMAT_VERSION => FIELDS + 2,
            v => return Err(DecodeError::FutureVersion(v)),
        };
        let n = match b.get(header - 1) {
            Some(&n) if b.len() >= header + 2 => usize::from(n),
            _ => return Err(DecodeError::Truncated(b.len())),
        };
        if n > MAX_PATH {
            return Err(DecodeError::PathTooLong(n));
        }
        let end = header + n;
        let (body, crc) = match (b.get(..end), b.get(end..)) {
            (Some(body), Some(crc)) if crc.len() >= 2 => (body, crc),
            _ => return Err(DecodeError::Truncated(b.len())),
        };
        if crc != CHECK.checksum(body).to_be_bytes() {
            return Err(DecodeError::Check);
        }
        let mut f = Fields(body.get(1..).unwrap_or_default());
        let payload = Payload {
            pack_fingerprint: f.take(),
            pack_version: (f.u16(), f.u16(), f.u16()),
            content_hash: f.take(),
            language: f.u8(),
            kiosk: f.u16(),
            ticket: f.u16(),
            hour: u32::from_be_bytes(f.take()),
            discreet: false,
            steps: vec![],
        };
        let flags = if version == PLAIN_FORMAT { 0 } else { f.u8() };
        if flags & !FLAG_DISCREET != 0 {
            return Err(DecodeError::Flags(flags));
        }
        let payload = Payload {
            discreet: flags & FLAG_DISCREET != 0,
            steps: body.get(header..).unwrap_or_default().to_vec(),
            ..payload
        };
        payload.check()?;
        Ok(payload)
    }

    /// The ranges every ticket keeps: a date before 2100, a path of at most
    /// [`MAX_PATH`] steps, no path on a discreet ticket. Decoding checks them; so does
    /// anything that reads a payload built elsewhere.
    pub fn check(&self) -> Result<(), DecodeError> {
        if self.hour > MAX_HOUR {
            return Err(DecodeError::Date(self.hour));
        }
        if self.steps.len() > MAX_PATH {
            return Err(DecodeError::PathTooLong(self.steps.len()));
        }
        if self.discreet && !self.steps.is_empty() {
            return Err(DecodeError::DiscreetWithPath(self.steps.len()));
        }
        Ok(())
    }

    /// When the ticket was issued (local time of the kiosk, to the hour).
    pub fn issued(&self) -> Option<NaiveDateTime> {
        time_of(self.hour)
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

    /// The path's node ids in `pack`, root first, if the ticket belongs to it and
    /// carries its path.
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
        if self.discreet {
            return Err(MatchError::Discreet);
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
            discreet: false,
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
        future[0] = 3;
        assert_eq!(Payload::from_bytes(&future), Err(DecodeError::FutureVersion(3)));
        let mut long = bytes.clone();
        long[FIELDS] = 200;
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
            NaiveDate::from_ymd_opt(2026, 11, 24).and_then(|d| d.and_hms_opt(10, 0, 0))
        );
        // The bound is exactly 2100-01-01 00:00, and clocks beyond it are clamped to it.
        let y2100 = NaiveDate::from_ymd_opt(2100, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0));
        assert_eq!(time_of(MAX_HOUR), y2100);
        assert_eq!(time_of(MAX_HOUR + 1), None);
        let y2500 = NaiveDate::from_ymd_opt(2500, 6, 1).and_then(|d| d.and_hms_opt(0, 0, 0));
        assert_eq!(hour_of(y2500.expect("date")), MAX_HOUR);
        assert_eq!(hour_of(NaiveDateTime::MIN), 0);
        assert_eq!(hour_of(NaiveDateTime::MAX), MAX_HOUR);
    }

    /// A bare payload with a valid check value, whatever its fields say.
    fn forged(version: u8, hour: u32, flags: Option<u8>, steps: &[u8]) -> Vec<u8> {
        let mut b = vec![version];
        b.extend_from_slice(&[0; 4 + 6 + 4 + 1 + 2]);
        b.extend_from_slice(&7u16.to_be_bytes());
        b.extend_from_slice(&hour.to_be_bytes());
        b.extend(flags);
        b.push(steps.len() as u8);
        b.extend_from_slice(steps);
        let crc = CHECK.checksum(&b);
        b.extend_from_slice(&crc.to_be_bytes());
        b
    }

    #[test]
    fn finding_1_a_crafted_ticket_is_a_typed_error_not_a_panic() {
        // The audit's ticket: a valid check value, hour 0xFFFFFFFF, a step of 255.
        let code = data_encoding::BASE32_NOPAD.encode(&forged(1, u32::MAX, None, &[255]));
        assert_eq!(Payload::decode(&code), Err(DecodeError::Date(u32::MAX)));
        assert_eq!(time_of(u32::MAX), None);
        for hour in [MAX_HOUR + 1, 1 << 31, u32::MAX - 1] {
            assert_eq!(
                Payload::from_bytes(&forged(1, hour, None, &[])),
                Err(DecodeError::Date(hour))
            );
        }
        // The last sane hour, and a step of 255, still decode.
        let p = Payload::from_bytes(&forged(1, MAX_HOUR, None, &[255; MAX_PATH])).expect("decodes");
        assert_eq!(p.issued().map(|t| t.format("%Y").to_string()), Some("2100".into()));
        // A payload made by hand is held to the same ranges.
        let far = Payload {
            hour: u32::MAX,
            ..sample(vec![255])
        };
        assert_eq!(far.check(), Err(DecodeError::Date(u32::MAX)));
        assert_eq!(far.issued(), None);
    }

    #[test]
    fn finding_8_a_discreet_ticket_carries_a_flag_and_no_path() {
        let discreet = Payload {
            discreet: true,
            ..sample(vec![])
        };
        let bytes = discreet.to_bytes();
        assert_eq!(bytes[0], 2, "a new format");
        assert_eq!(bytes.len(), FIELDS + 2 + 2, "no path length beyond 0, no steps");
        assert_eq!(Payload::from_bytes(&bytes), Ok(discreet.clone()));
        // Steps left in a discreet payload are never written.
        let leaky = Payload {
            steps: vec![2, 1],
            ..discreet.clone()
        };
        assert_eq!(leaky.encode(), discreet.encode());
        // Ordinary tickets keep format 1: their codes do not change.
        assert_eq!(sample(vec![1, 2]).to_bytes()[0], 1);
        // A forged format 2 is checked like any other.
        assert_eq!(
            Payload::from_bytes(&forged(2, 10, Some(0x80), &[])),
            Err(DecodeError::Flags(0x80))
        );
        assert_eq!(
            Payload::from_bytes(&forged(2, 10, Some(1), &[0, 1])),
            Err(DecodeError::DiscreetWithPath(2))
        );
        let plain = Payload::from_bytes(&forged(2, 10, Some(0), &[0, 1])).expect("format 2 without flags");
        assert!(!plain.discreet);
        assert_eq!(plain.steps, [0, 1]);
        assert_eq!(
            Payload::from_bytes(&forged(0, 10, None, &[])),
            Err(DecodeError::Encoding)
        );
    }
}
