//! The operator's token: what makes a stick one that may take the statistics away.
//!
//! Any stick with a `borne/` folder gets the updates on it applied and a report, but
//! the statistics leave the kiosk only on a stick that carries `borne/operator.token`
//! with its minisign signature (`operator.token.minisig`) made by a key the kiosk trusts
//! (`[usb] trusted_keys`, the keys that sign content). `borne keys authorize-stick`
//! writes both, with the same signing code as `borne content sign`.
//!
//! The token names its purpose and the day it was made, nothing else: no name, no
//! device. It authorizes whatever stick it is copied to, so the stick is to be kept like
//! the key's password.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::sign::{self, SignError};
use crate::safe_fs::{SafeDir, SafeFsError};

/// The token's file name in a stick's `borne/` folder.
pub const FILE: &str = "operator.token";
/// Its signature's file name.
pub const SIGNATURE: &str = "operator.token.minisig";
/// What a token allows; the only purpose there is.
pub const PURPOSE: &str = "statistics-export";
/// The token format this version writes and reads.
pub const FORMAT: u32 = 1;
/// A token is a few lines; anything larger is not one.
const MAX_TOKEN_BYTES: u64 = 4096;

/// `operator.token`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Token {
    pub format: u32,
    pub purpose: String,
    /// The day it was made (`YYYY-MM-DD`), for the operator's own records.
    pub date: String,
}

/// Why a stick is not authorized, or a token cannot be written.
#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    #[error("the stick carries no operator token (borne/{FILE} and its signature)")]
    Missing,
    #[error("the operator token cannot be read: {0}")]
    Unreadable(SafeFsError),
    #[error("the operator token's signature: {0}")]
    Signature(#[from] SignError),
    #[error("the operator token is not valid: {0}")]
    Invalid(String),
    #[error("cannot write the operator token: {0}")]
    Write(SafeFsError),
}

impl TokenError {
    /// A stable one-word name for reports.
    pub fn code(&self) -> &'static str {
        match self {
            TokenError::Missing => "no-token",
            TokenError::Unreadable(_) => "unreadable-token",
            TokenError::Signature(_) => "token-signature",
            TokenError::Invalid(_) => "invalid-token",
            TokenError::Write(_) => "token-write",
        }
    }
}

fn read(folder: &SafeDir, name: &str) -> Result<Vec<u8>, TokenError> {
    folder.read(name, MAX_TOKEN_BYTES).map_err(|e| {
        if e.is_not_found() {
            TokenError::Missing
        } else {
            TokenError::Unreadable(e)
        }
    })
}

/// Checks the token of a stick's `borne/` folder against the kiosk's trusted keys.
pub fn check(folder: &SafeDir, trusted: &[String]) -> Result<Token, TokenError> {
    let text = read(folder, FILE)?;
    let sig = sign::read_signature(folder, SIGNATURE).map_err(|e| match e {
        SignError::Missing(_) => TokenError::Missing,
        e => TokenError::Signature(e),
    })?;
    // Verified before it is parsed: nothing from an unsigned file is looked at.
    sign::verify_reader(&sig, text.as_slice(), trusted)?;
    let text = String::from_utf8(text).map_err(|_| TokenError::Invalid("not text".into()))?;
    let token: Token = toml::from_str(&text).map_err(|e| TokenError::Invalid(e.message().to_string()))?;
    if token.format != FORMAT {
        return Err(TokenError::Invalid(format!("format {}", token.format)));
    }
    if token.purpose != PURPOSE {
        return Err(TokenError::Invalid(format!("purpose {:?}", token.purpose)));
    }
    Ok(token)
}

/// Writes `STICK/borne/operator.token`, made on `date`, and its signature by the
/// secret key file `key`. Returns the token's path.
pub fn authorize(
    stick: &Path,
    key: &Path,
    password: Option<String>,
    date: chrono::NaiveDate,
) -> Result<PathBuf, TokenError> {
    let token = Token {
        format: FORMAT,
        purpose: PURPOSE.into(),
        date: date.format("%Y-%m-%d").to_string(),
    };
    let text = toml::to_string(&token).map_err(|e| TokenError::Invalid(e.to_string()))?;
    let sig = sign::sign_reader(text.as_bytes(), FILE, key, password)?;
    let root = SafeDir::open_following(stick).map_err(TokenError::Write)?;
    let folder = root.create_dir(super::usb::FOLDER).map_err(TokenError::Write)?;
    folder.write_atomic(FILE, text.as_bytes()).map_err(TokenError::Write)?;
    folder
        .write_atomic(SIGNATURE, sig.as_bytes())
        .map_err(TokenError::Write)?;
    let _ = folder.sync();
    Ok(folder.join(FILE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_verifies_only_with_its_key_and_unchanged() {
        let tmp = tempfile::tempdir().unwrap();
        let t = tmp.path();
        let (pk, sk) = sign::generate(&t.join("keys"), Some("pw".into())).unwrap();
        let key = sign::key_line(&std::fs::read_to_string(pk).unwrap()).unwrap();
        let (other_pk, _) = sign::generate(&t.join("other"), Some("pw".into())).unwrap();
        let other = sign::key_line(&std::fs::read_to_string(other_pk).unwrap()).unwrap();
        let stick = t.join("stick");
        std::fs::create_dir(&stick).unwrap();
        let folder = || SafeDir::open(&stick.join("borne")).unwrap();
        assert!(matches!(
            check(
                &SafeDir::create(&stick.join("borne")).unwrap(),
                std::slice::from_ref(&key)
            ),
            Err(TokenError::Missing)
        ));
        let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        authorize(&stick, &sk, Some("pw".into()), day).unwrap();
        let token = check(&folder(), std::slice::from_ref(&key)).unwrap();
        assert_eq!(token.date, "2026-03-02");
        assert_eq!(token.purpose, PURPOSE);
        assert_eq!(check(&folder(), &[other]).unwrap_err().code(), "token-signature");
        let path = stick.join("borne").join(FILE);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text.replace("2026-03-02", "2027-03-02")).unwrap();
        assert_eq!(check(&folder(), &[key]).unwrap_err().code(), "token-signature");
    }
}
