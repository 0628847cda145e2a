//! `borne config`: the settings file. Prints the commented example, the settings in
//! effect, or one of them for scripts (the kiosk image's shell scripts read it so); sets
//! the technician's PIN.

use std::io::{BufRead, IsTerminal};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Subcommand;

use borne::maintenance::{pin, settings};
use borne::tr;

use super::common::{settings as load_settings, shown};

#[derive(Subcommand)]
pub enum ConfigCmd {
    /// Print the commented example settings file.
    Example,
    /// Print the settings in effect (file and environment applied).
    Show,
    /// Print one setting in effect, for scripts (e.g. `display.rotation`).
    Get { key: String },
    /// Set the technician's PIN (4 to 12 digits) for the maintenance screen: read from
    /// standard input (asked twice, unseen, on a terminal) and written as a salted hash
    /// into the settings file given with --config, every other line kept.
    SetPin,
}

/// Runs one `borne config` subcommand.
pub fn run(c: ConfigCmd, config: Option<&Path>) -> Result<ExitCode> {
    match c {
        ConfigCmd::Example => {
            print!("{}", borne::config::EXAMPLE);
            Ok(ExitCode::SUCCESS)
        }
        ConfigCmd::Get { key } => get(config, &key),
        ConfigCmd::SetPin => set_pin(config),
        ConfigCmd::Show => {
            let c = load_settings(config)?;
            println!("{c:#?}");
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// An unknown key exits with 2, so scripts can tell it from settings that fail to load (1).
fn get(config: Option<&Path>, key: &str) -> Result<ExitCode> {
    let c = load_settings(config)?;
    match c.get(key) {
        Some(v) => {
            println!("{v}");
            Ok(ExitCode::SUCCESS)
        }
        None => {
            eprintln!("borne: {}", tr!("cli-config-unknown-setting", key = key));
            Ok(ExitCode::from(2))
        }
    }
}

/// There is no default settings file (the kiosk reads one only when given), so the file
/// must be named. Refusals are plain sentences and exit with 1.
fn set_pin(config: Option<&Path>) -> Result<ExitCode> {
    let Some(path) = config else {
        bail!(tr!("cli-pin-which-file"));
    };
    if !path.exists() {
        bail!(tr!("cli-pin-no-file", file = shown(path)));
    }
    let pin = read_pin()?;
    if pin::check_pin(&pin).is_err() {
        bail!(tr!("cli-pin-invalid"));
    }
    let hash = pin::hash_pin(&pin).with_context(|| tr!("cli-pin-hash-failed"))?;
    settings::write_pin_hash(path, &hash).with_context(|| tr!("cli-pin-write-failed", file = shown(path)))?;
    println!("{}", tr!("cli-pin-set", file = shown(path)));
    Ok(ExitCode::SUCCESS)
}

/// The PIN: asked twice without echo on a terminal, else the first line of standard input.
fn read_pin() -> Result<String> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password(tr!("cli-pin-prompt")).with_context(|| tr!("cli-pin-unreadable"))?;
        let again =
            rpassword::prompt_password(tr!("cli-pin-prompt-again")).with_context(|| tr!("cli-pin-unreadable"))?;
        if first.trim() != again.trim() {
            bail!(tr!("cli-pin-differ"));
        }
        return Ok(first.trim().to_string());
    }
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .with_context(|| tr!("cli-pin-stdin-unreadable"))?;
    if line.trim().is_empty() {
        bail!(tr!("cli-pin-stdin-empty"));
    }
    Ok(line.trim().to_string())
}
