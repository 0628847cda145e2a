//! Signatures in the minisign format, so operators may use the standard `minisign` tool
//! (`minisign -G`, `minisign -S -m FILE.borne`) or `borne keys generate` / `borne
//! content sign`, which write the same files. The kiosk verifies with `minisign-verify`.

use std::fs;
use std::path::{Path, PathBuf};

/// Why a bundle's signature was not accepted.
#[derive(Debug, thiserror::Error)]
pub enum SignError {
    #[error("no signature file {0}")]
    Missing(PathBuf),
    #[error("the signature file cannot be read: {0}")]
    Unreadable(String),
    #[error("no trusted key is configured ([usb] trusted_keys)")]
    NoTrustedKeys,
    #[error("a trusted key is not a minisign public key: {0}")]
    BadKey(String),
    #[error("signed with a key this kiosk does not trust")]
    UnknownKey,
    #[error("the signature does not match the file (changed or damaged)")]
    BadSignature,
    #[error("{0}")]
    Io(String),
    #[error("cannot make the key or signature: {0}")]
    Sign(String),
}

impl SignError {
    pub fn code(&self) -> &'static str {
        match self {
            SignError::Missing(_) => "no-signature",
            SignError::Unreadable(_) => "unreadable-signature",
            SignError::NoTrustedKeys => "no-trusted-keys",
            SignError::BadKey(_) => "bad-key",
            SignError::UnknownKey => "unknown-key",
            SignError::BadSignature => "bad-signature",
            SignError::Io(_) => "io",
            SignError::Sign(_) => "sign",
        }
    }
}

/// The signature file of `file` (`FILE.minisig`).
pub fn signature_path(file: &Path) -> PathBuf {
    let mut s = file.as_os_str().to_owned();
    s.push(".minisig");
    PathBuf::from(s)
}

/// A trusted key as written in the settings: the base64 line, or a whole `.pub` file.
fn parse_key(text: &str) -> Result<minisign_verify::PublicKey, SignError> {
    let t = text.trim();
    let r = if t.lines().count() > 1 {
        minisign_verify::PublicKey::decode(t)
    } else {
        minisign_verify::PublicKey::from_base64(t)
    };
    r.map_err(|e| SignError::BadKey(e.to_string()))
}

/// Reads a public key file (`minisign.pub`) as the settings want it: its base64 line.
pub fn key_line(pub_file_text: &str) -> Option<String> {
    pub_file_text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("untrusted comment:"))
        .map(str::to_string)
}

/// Verifies `file` against its `.minisig` and any of `trusted` keys. Streams the file,
/// so a large bundle is not read into memory.
pub fn verify(file: &Path, trusted: &[String]) -> Result<(), SignError> {
    if trusted.is_empty() {
        return Err(SignError::NoTrustedKeys);
    }
    let sig_path = signature_path(file);
    if !sig_path.is_file() {
        return Err(SignError::Missing(sig_path));
    }
    let sig_text = fs::read_to_string(&sig_path).map_err(|e| SignError::Unreadable(e.to_string()))?;
    let sig = minisign_verify::Signature::decode(&sig_text).map_err(|e| SignError::Unreadable(e.to_string()))?;
    let keys: Vec<minisign_verify::PublicKey> = trusted.iter().map(|k| parse_key(k)).collect::<Result<_, _>>()?;
    let mut any_key_matched = false;
    for key in &keys {
        let mut verifier = match key.verify_stream(&sig) {
            Ok(v) => v,
            // The signature names another key.
            Err(_) => continue,
        };
        any_key_matched = true;
        let mut f = fs::File::open(file).map_err(|e| SignError::Io(e.to_string()))?;
        let mut buf = vec![0u8; 1 << 16];
        loop {
            let n = std::io::Read::read(&mut f, &mut buf).map_err(|e| SignError::Io(e.to_string()))?;
            if n == 0 {
                break;
            }
            verifier.update(&buf[..n]);
        }
        if verifier.finalize().is_ok() {
            return Ok(());
        }
    }
    if any_key_matched {
        Err(SignError::BadSignature)
    } else {
        Err(SignError::UnknownKey)
    }
}

/// Writes a new key pair as `minisign -G` does: `DIR/borne.pub` and `DIR/borne.key`
/// (the secret key encrypted with `password`, asked on the terminal if `None`). Refuses to overwrite.
pub fn generate(dir: &Path, password: Option<String>) -> Result<(PathBuf, PathBuf), SignError> {
    fs::create_dir_all(dir).map_err(|e| SignError::Io(e.to_string()))?;
    let pk_path = dir.join("borne.pub");
    let sk_path = dir.join("borne.key");
    for p in [&pk_path, &sk_path] {
        if p.exists() {
            return Err(SignError::Io(format!("{} exists already", p.display())));
        }
    }
    let minisign::KeyPair { pk, sk } =
        minisign::KeyPair::generate_encrypted_keypair(password).map_err(|e| SignError::Sign(e.to_string()))?;
    let pk_text = pk.to_box().map_err(|e| SignError::Sign(e.to_string()))?.to_string();
    let sk_text = sk
        .to_box(Some("borne content signing key"))
        .map_err(|e| SignError::Sign(e.to_string()))?
        .to_string();
    fs::write(&pk_path, pk_text).map_err(|e| SignError::Io(e.to_string()))?;
    {
        use std::io::Write;
        let mut opts = fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut f = opts.open(&sk_path).map_err(|e| SignError::Io(e.to_string()))?;
        f.write_all(sk_text.as_bytes())
            .map_err(|e| SignError::Io(e.to_string()))?;
    }
    Ok((pk_path, sk_path))
}

/// Signs `file` with the secret key file `key` (minisign format, as `minisign -S`),
/// writing `FILE.minisig`.
pub fn sign(file: &Path, key: &Path, password: Option<String>) -> Result<PathBuf, SignError> {
    let sk_text = fs::read_to_string(key).map_err(|e| SignError::Io(format!("{}: {e}", key.display())))?;
    let sk_box = minisign::SecretKeyBox::from_string(&sk_text).map_err(|e| SignError::Sign(e.to_string()))?;
    let sk = sk_box
        .into_secret_key(password)
        .map_err(|e| SignError::Sign(e.to_string()))?;
    let data = fs::File::open(file).map_err(|e| SignError::Io(format!("{}: {e}", file.display())))?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let trusted = format!("file:{name}");
    let sig = minisign::sign(None, &sk, data, Some(&trusted), None).map_err(|e| SignError::Sign(e.to_string()))?;
    let out = signature_path(file);
    fs::write(&out, sig.to_string()).map_err(|e| SignError::Io(e.to_string()))?;
    Ok(out)
}
