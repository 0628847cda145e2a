//! The technician's PIN: 4 to 12 digits, kept only as a salted Argon2id hash (a PHC
//! string, `$argon2id$v=19$m=...,t=...,p=...$salt$hash`) in `borne.toml`, and the
//! lockout that stops guessing: three wrong PINs in a row lock entry for five minutes.
//!
//! Time is passed in (a monotonic duration since start, as in [`crate::session`]), so the
//! lockout is tested without waiting.

use std::time::Duration;

use argon2::{Algorithm, Argon2, Params, PasswordHash, PasswordHasher, PasswordVerifier};

/// Fewest and most digits of a PIN.
pub const MIN_DIGITS: usize = 4;
pub const MAX_DIGITS: usize = 12;

/// Wrong PINs in a row that lock entry.
pub const MAX_WRONG: u32 = 3;

/// How long entry stays locked.
pub const LOCK_TIME: Duration = Duration::from_secs(5 * 60);

/// Highest costs a stored hash may ask for. The hash comes from a file anyone with the
/// boot partition can edit, and checking it runs on the kiosk: a hash asking for
/// gigabytes of memory must not take the kiosk down (the default is 19 MiB, t = 2, p = 1).
const MAX_M_COST_KIB: u32 = 64 * 1024;
const MAX_T_COST: u32 = 10;
const MAX_P_COST: u32 = 4;

#[derive(Debug, thiserror::Error)]
pub enum PinError {
    #[error("a PIN is {MIN_DIGITS} to {MAX_DIGITS} digits (0 to 9), nothing else")]
    Format,
    #[error("the PIN could not be hashed: {0}")]
    Hash(argon2::password_hash::Error),
    #[error(
        "not an Argon2id hash as `borne config set-pin` writes it ($argon2id$v=19$m=...,t=...,p=...$SALT$HASH): {0}"
    )]
    BadHash(String),
}

/// Checks that `pin` is 4 to 12 ASCII digits.
pub fn check_pin(pin: &str) -> Result<(), PinError> {
    let digits = (MIN_DIGITS..=MAX_DIGITS).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit());
    if digits {
        Ok(())
    } else {
        Err(PinError::Format)
    }
}

/// Hashes a valid PIN with Argon2id, its default costs and a fresh random salt (from the
/// operating system), as a PHC string.
pub fn hash_pin(pin: &str) -> Result<String, PinError> {
    check_pin(pin)?;
    let hash = Argon2::default()
        .hash_password(pin.as_bytes())
        .map_err(PinError::Hash)?;
    Ok(hash.to_string())
}

/// Whether `pin` is the one `hash` was made from. A malformed hash, or one whose costs are
/// out of bounds, verifies nothing.
pub fn verify_pin(hash: &str, pin: &str) -> bool {
    if check_pin(pin).is_err() {
        return false;
    }
    let Ok(parsed) = check_hash(hash) else { return false };
    Argon2::default().verify_password(pin.as_bytes(), &parsed).is_ok()
}

/// Parses a stored hash: an Argon2id PHC string with a salt, an output and costs within
/// bounds. Used when the settings are loaded, so a bad `pin_hash` is named at once.
pub fn check_hash(hash: &str) -> Result<PasswordHash, PinError> {
    let bad = |why: &str| PinError::BadHash(why.to_string());
    let parsed = PasswordHash::new(hash).map_err(|e| bad(&e.to_string()))?;
    if Algorithm::try_from(parsed.algorithm.as_str()).ok() != Some(Algorithm::Argon2id) {
        return Err(bad("the algorithm is not argon2id"));
    }
    if parsed.salt.is_none() || parsed.hash.is_none() {
        return Err(bad("the salt or the hash is missing"));
    }
    let params = Params::try_from(&parsed).map_err(|e| bad(&e.to_string()))?;
    if params.m_cost() > MAX_M_COST_KIB || params.t_cost() > MAX_T_COST || params.p_cost() > MAX_P_COST {
        return Err(bad(&format!(
            "its costs are too high for a kiosk (at most m={MAX_M_COST_KIB}, t={MAX_T_COST}, p={MAX_P_COST})"
        )));
    }
    Ok(parsed)
}

/// What one PIN typed on the keypad gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    /// The PIN is right; the count of wrong ones starts again.
    Right,
    /// Wrong; `left` more wrong PINs lock entry.
    Wrong { left: u32 },
    /// Entry is locked for `remaining` (just now by this attempt, or before it: then the
    /// PIN was refused without being checked).
    Locked { remaining: Duration },
}

/// Wrong PINs in a row and the lock they set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lockout {
    wrong: u32,
    /// When the lock ends, if entry is (or was) locked.
    until: Option<Duration>,
}

impl Lockout {
    pub fn new() -> Self {
        Lockout::default()
    }

    /// Time left before entry opens again, for the countdown; `None` when not locked.
    pub fn remaining(&self, now: Duration) -> Option<Duration> {
        self.until.filter(|&until| now < until).map(|until| until - now)
    }

    /// Checks `pin` against `hash`, unless entry is locked.
    pub fn attempt(&mut self, now: Duration, hash: &str, pin: &str) -> Attempt {
        self.attempt_with(now, || verify_pin(hash, pin))
    }

    /// One attempt whose check is `right`, which is not called while entry is locked (a
    /// locked keypad gives no answer, so guessing gains nothing).
    pub fn attempt_with(&mut self, now: Duration, right: impl FnOnce() -> bool) -> Attempt {
        if let Some(remaining) = self.remaining(now) {
            return Attempt::Locked { remaining };
        }
        if self.until.take().is_some() {
            // A lock that has run out gives three tries again.
            self.wrong = 0;
        }
        if right() {
            self.wrong = 0;
            return Attempt::Right;
        }
        self.wrong += 1;
        if self.wrong >= MAX_WRONG {
            self.until = Some(now + LOCK_TIME);
            tracing::warn!("maintenance: {MAX_WRONG} wrong PINs in a row, entry locked for {LOCK_TIME:?}");
            return Attempt::Locked { remaining: LOCK_TIME };
        }
        Attempt::Wrong {
            left: MAX_WRONG - self.wrong,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    #[test]
    fn pins_are_four_to_twelve_digits() {
        for ok in ["0000", "1234", "123456789012"] {
            assert!(check_pin(ok).is_ok(), "{ok}");
        }
        for bad in ["", "123", "1234567890123", "12a4", "12 34", "١٢٣٤", "+1234", "1234\n"] {
            assert!(matches!(check_pin(bad), Err(PinError::Format)), "{bad:?}");
        }
    }

    #[test]
    fn a_hash_verifies_its_pin_only() {
        let hash = hash_pin("4821").expect("hashes");
        assert!(hash.starts_with("$argon2id$v=19$"), "{hash}");
        assert!(check_hash(&hash).is_ok());
        assert!(verify_pin(&hash, "4821"));
        assert!(!verify_pin(&hash, "4822"));
        assert!(!verify_pin(&hash, "48210"));
        assert!(!verify_pin(&hash, "abcd"));
        // A fresh salt each time: the same PIN never gives the same string.
        let again = hash_pin("4821").expect("hashes");
        assert_ne!(hash, again);
        assert!(verify_pin(&again, "4821"));
    }

    #[test]
    fn a_bad_pin_is_not_hashed() {
        assert!(matches!(hash_pin("12"), Err(PinError::Format)));
    }

    #[test]
    fn malformed_hashes_verify_nothing() {
        let hash = hash_pin("4821").expect("hashes");
        let argon2i = hash.replacen("$argon2id$", "$argon2i$", 1);
        let no_output = hash
            .rsplit_once('$')
            .map(|(head, _)| head.to_string())
            .unwrap_or_default();
        let greedy = hash.replacen("m=19456", "m=4194304", 1);
        for bad in [
            "",
            "4821",
            "$argon2id$",
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA",
            "$sha512$x$y",
        ] {
            assert!(!verify_pin(bad, "4821"), "{bad:?}");
            assert!(check_hash(bad).is_err(), "{bad:?}");
        }
        for bad in [&argon2i, &no_output, &greedy] {
            assert!(!verify_pin(bad, "4821"), "{bad}");
            assert!(matches!(check_hash(bad), Err(PinError::BadHash(_))), "{bad}");
        }
    }

    #[test]
    fn three_wrong_pins_lock_for_five_minutes() {
        let mut l = Lockout::new();
        assert_eq!(l.attempt_with(secs(10), || false), Attempt::Wrong { left: 2 });
        assert_eq!(l.attempt_with(secs(11), || false), Attempt::Wrong { left: 1 });
        assert_eq!(l.remaining(secs(11)), None);
        assert_eq!(
            l.attempt_with(secs(12), || false),
            Attempt::Locked { remaining: LOCK_TIME }
        );
        assert_eq!(l.remaining(secs(12)), Some(LOCK_TIME));
        assert_eq!(l.remaining(secs(72)), Some(secs(240)));
        assert_eq!(l.remaining(secs(12 + 299)), Some(secs(1)));
        assert_eq!(l.remaining(secs(12 + 300)), None);
    }

    #[test]
    fn attempts_while_locked_are_refused_unchecked_and_the_lock_survives() {
        let mut l = Lockout::new();
        for t in 0..3 {
            l.attempt_with(secs(t), || false);
        }
        // Even the right PIN is not checked during the lock, and the lock is not moved.
        let checked = std::cell::Cell::new(false);
        let a = l.attempt_with(secs(100), || {
            checked.set(true);
            true
        });
        assert_eq!(a, Attempt::Locked { remaining: secs(202) });
        assert!(!checked.get());
        assert_eq!(
            l.attempt_with(secs(200), || false),
            Attempt::Locked { remaining: secs(102) }
        );
        assert_eq!(l.remaining(secs(301)), Some(secs(1)));
        // Once the lock has run out, three tries again.
        assert_eq!(l.attempt_with(secs(302), || false), Attempt::Wrong { left: 2 });
        assert_eq!(l.attempt_with(secs(303), || true), Attempt::Right);
    }

    #[test]
    fn a_right_pin_resets_the_count() {
        let mut l = Lockout::new();
        l.attempt_with(secs(1), || false);
        l.attempt_with(secs(2), || false);
        assert_eq!(l.attempt_with(secs(3), || true), Attempt::Right);
        assert_eq!(l.attempt_with(secs(4), || false), Attempt::Wrong { left: 2 });
        assert_eq!(l.attempt_with(secs(5), || false), Attempt::Wrong { left: 1 });
        assert!(matches!(l.attempt_with(secs(6), || false), Attempt::Locked { .. }));
    }

    #[test]
    fn the_lockout_checks_real_hashes() {
        let hash = hash_pin("907315").expect("hashes");
        let mut l = Lockout::new();
        assert_eq!(l.attempt(secs(0), &hash, "000000"), Attempt::Wrong { left: 2 });
        assert_eq!(l.attempt(secs(1), &hash, "907315"), Attempt::Right);
        // A malformed hash lets nobody in.
        assert_eq!(
            l.attempt(secs(2), "$argon2id$nope", "907315"),
            Attempt::Wrong { left: 2 }
        );
    }
}
