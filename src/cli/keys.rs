//! `borne keys`: makes the minisign key pair that signs content bundles (kiosks trust
//! the public half), and authorizes an operator's stick to take the statistics.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Subcommand;

use borne::tr;

use super::common::{password, shown};

#[derive(Subcommand)]
pub enum KeysCmd {
    /// Make a key pair: DIR/borne.pub (give it to kiosks) and DIR/borne.key (keep it
    /// safe). The password is asked, or read from BORNE_KEY_PASSWORD.
    Generate {
        #[arg(long, default_value = ".")]
        dir: PathBuf,
    },
    /// Make the stick mounted at STICK an operator's stick: kiosks copy their
    /// statistics only onto a stick whose token (STICK/borne/operator.token) is signed by
    /// a key they trust. The password is asked, or read from BORNE_KEY_PASSWORD.
    AuthorizeStick {
        /// The secret key (borne.key) whose public half is in the kiosks' trusted_keys.
        #[arg(long)]
        key: PathBuf,
        /// The stick's folder (where it is mounted).
        #[arg(long)]
        stick: PathBuf,
    },
}

/// Runs one `borne keys` subcommand.
pub fn run(c: KeysCmd) -> Result<ExitCode> {
    match c {
        KeysCmd::Generate { dir } => generate(dir),
        KeysCmd::AuthorizeStick { key, stick } => authorize_stick(&key, &stick),
    }
}

/// Writes the token and its signature on the stick.
fn authorize_stick(key: &Path, stick: &Path) -> Result<ExitCode> {
    let today = chrono::Local::now().date_naive();
    let token = borne::update::token::authorize(stick, key, password(), today)
        .with_context(|| tr!("cli-keys-authorize-failed", stick = shown(stick), key = shown(key)))?;
    println!("{}", tr!("cli-keys-authorized", file = shown(&token)));
    Ok(ExitCode::SUCCESS)
}

/// Prints the public key's line, ready to paste into the settings.
fn generate(dir: PathBuf) -> Result<ExitCode> {
    let (pk, sk) = borne::update::sign::generate(&dir, password())
        .with_context(|| tr!("cli-keys-generate-failed", dir = shown(&dir)))?;
    let line = std::fs::read_to_string(&pk)
        .ok()
        .and_then(|t| borne::update::sign::key_line(&t))
        .unwrap_or_default();
    println!("{}", tr!("cli-keys-public", file = shown(&pk)));
    println!("{line}");
    println!("{}", tr!("cli-keys-secret", file = shown(&sk)));
    Ok(ExitCode::SUCCESS)
}
