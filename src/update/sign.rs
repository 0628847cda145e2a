//! Signatures in the minisign format, so operators may use the standard `minisign` tool
//! (`minisign -G`, `minisign -S -m FILE.borne`) or `borne keys generate` / `borne
//! content sign`, which write the same files. The kiosk verifies with `minisign-verify`.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::safe_fs::{SafeDir, SafeFsError};

/// The largest signature file read. A minisign signature takes about 300 bytes; its two
/// comments are one line each. Anything larger is refused before it is read.
pub const MAX_SIGNATURE_BYTES: u64 = 16 << 10;

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
    #[error("signed with the legacy format: sign with minisign -S without -l, or with borne content sign")]
    Legacy,
    #[error("the signature file is larger than {0} bytes")]
    TooLarge(u64),
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
            SignError::Legacy => "legacy-signature",
            SignError::TooLarge(_) => "signature-too-large",
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

/// Reads a signature file: a regular file (not a link) of at most
/// [`MAX_SIGNATURE_BYTES`], refused by its size before a byte is read.
pub fn read_signature(dir: &SafeDir, name: impl AsRef<std::ffi::OsStr>) -> Result<String, SignError> {
    let name = name.as_ref();
    let bytes = dir.read(name, MAX_SIGNATURE_BYTES).map_err(|e| match e {
        e if e.is_not_found() => SignError::Missing(dir.join(name)),
        SafeFsError::TooLarge { max, .. } => SignError::TooLarge(max),
        e => SignError::Unreadable(e.to_string()),
    })?;
    String::from_utf8(bytes).map_err(|_| SignError::Unreadable("not text".into()))
}

/// The stream verifier of the first trusted key the signature names. A signature in
/// minisign's legacy format (not prehashed: `minisign -S -l`) is told apart from one
/// made with an unknown key, since the fix is not the same.
fn verifier<'a>(
    sig: &'a minisign_verify::Signature,
    keys: &'a [minisign_verify::PublicKey],
) -> Result<minisign_verify::StreamVerifier<'a>, SignError> {
    let mut legacy = false;
    for key in keys {
        match key.verify_stream(sig) {
            Ok(v) => return Ok(v),
            Err(minisign_verify::Error::UnsupportedLegacyMode) => legacy = true,
            // The signature names another key.
            Err(_) => {}
        }
    }
    Err(if legacy {
        SignError::Legacy
    } else {
        SignError::UnknownKey
    })
}

/// Verifies `data` against the signature text `sig_text` and any of `trusted` keys.
/// Streams the data, so a large bundle is not read into memory.
pub fn verify_reader(sig_text: &str, mut data: impl Read, trusted: &[String]) -> Result<(), SignError> {
    if trusted.is_empty() {
        return Err(SignError::NoTrustedKeys);
    }
    if sig_text.len() as u64 > MAX_SIGNATURE_BYTES {
        return Err(SignError::TooLarge(MAX_SIGNATURE_BYTES));
    }
    let sig = minisign_verify::Signature::decode(sig_text).map_err(|e| SignError::Unreadable(e.to_string()))?;
    let keys: Vec<minisign_verify::PublicKey> = trusted.iter().map(|k| parse_key(k)).collect::<Result<_, _>>()?;
    let mut verifier = verifier(&sig, &keys)?;
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = data.read(&mut buf).map_err(|e| SignError::Io(e.to_string()))?;
        if n == 0 {
            break;
        }
        verifier.update(&buf[..n]);
    }
    verifier.finalize().map_err(|_| SignError::BadSignature)
}

/// Verifies `file` against its `.minisig` and any of `trusted` keys.
pub fn verify(file: &Path, trusted: &[String]) -> Result<(), SignError> {
    if trusted.is_empty() {
        return Err(SignError::NoTrustedKeys);
    }
    let sig_path = signature_path(file);
    let parent = sig_path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let dir = SafeDir::open_following(parent).map_err(|e| SignError::Io(e.to_string()))?;
    let sig_text = read_signature(&dir, sig_path.file_name().unwrap_or_default())?;
    let f = fs::File::open(file).map_err(|e| SignError::Io(e.to_string()))?;
    verify_reader(&sig_text, f, trusted)
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

/// Signs `data` with the secret key file `key` (minisign format, as `minisign -S`),
/// naming it `name` in the signed comment; returns the signature file's text.
pub fn sign_reader(data: impl Read, name: &str, key: &Path, password: Option<String>) -> Result<String, SignError> {
    let sk_text = fs::read_to_string(key).map_err(|e| SignError::Io(format!("{}: {e}", key.display())))?;
    let sk_box = minisign::SecretKeyBox::from_string(&sk_text).map_err(|e| SignError::Sign(e.to_string()))?;
    let sk = sk_box
        .into_secret_key(password)
        .map_err(|e| SignError::Sign(e.to_string()))?;
    let trusted = format!("file:{name}");
    let sig = minisign::sign(None, &sk, data, Some(&trusted), None).map_err(|e| SignError::Sign(e.to_string()))?;
    Ok(sig.to_string())
}

/// Signs `file` with the secret key file `key` (minisign format, as `minisign -S`),
/// writing `FILE.minisig`.
pub fn sign(file: &Path, key: &Path, password: Option<String>) -> Result<PathBuf, SignError> {
    let data = fs::File::open(file).map_err(|e| SignError::Io(format!("{}: {e}", file.display())))?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let sig = sign_reader(data, &name, key, password)?;
    let out = signature_path(file);
    fs::write(&out, sig).map_err(|e| SignError::Io(e.to_string()))?;
    Ok(out)
}
