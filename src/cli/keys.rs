//! `borne keys`: makes the minisign key pair that signs content bundles; kiosks trust
//! the public half.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::Subcommand;

use super::common::password;

#[derive(Subcommand)]
pub enum KeysCmd {
    /// Make a key pair: DIR/borne.pub (give it to kiosks) and DIR/borne.key (keep it
    /// safe). The password is asked, or read from BORNE_KEY_PASSWORD.
    Generate {
        #[arg(long, default_value = ".")]
        dir: PathBuf,
    },
}

/// Runs one `borne keys` subcommand.
pub fn run(c: KeysCmd) -> Result<ExitCode> {
    match c {
        KeysCmd::Generate { dir } => generate(dir),
    }
}

/// Prints the public key's line, ready to paste into the settings.
fn generate(dir: PathBuf) -> Result<ExitCode> {
    let (pk, sk) = borne::update::sign::generate(&dir, password())?;
    let line = std::fs::read_to_string(&pk)
        .ok()
        .and_then(|t| borne::update::sign::key_line(&t))
        .unwrap_or_default();
    println!(
        "public key: {} (put this line in [usb] trusted_keys):\n{line}",
        pk.display()
    );
    println!("secret key: {} (keep it safe, never on a kiosk)", sk.display());
    Ok(ExitCode::SUCCESS)
}
