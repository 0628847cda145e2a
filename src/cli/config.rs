//! `borne config`: the settings file. Prints the commented example, the settings in
//! effect, or one of them for scripts (the kiosk image's shell scripts read it so); sets
//! the technician's PIN.

use std::io::{BufRead, IsTerminal};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Subcommand;

use borne::config::Config;
use borne::maintenance::{pin, settings};

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
            let c = Config::load(config)?;
            println!("{c:#?}");
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// An unknown key exits with 2, so scripts can tell it from settings that fail to load (1).
fn get(config: Option<&Path>, key: &str) -> Result<ExitCode> {
    let c = Config::load(config)?;
    match c.get(key) {
        Some(v) => {
            println!("{v}");
            Ok(ExitCode::SUCCESS)
        }
        None => {
            eprintln!("unknown setting: {key}");
            Ok(ExitCode::from(2))
        }
    }
}

/// There is no default settings file (the kiosk reads one only when given), so the file
/// must be named. Refusals are plain sentences and exit with 1.
fn set_pin(config: Option<&Path>) -> Result<ExitCode> {
    let Some(path) = config else {
        bail!("say which settings file gets the PIN: borne config set-pin --config FILE");
    };
    if !path.exists() {
        bail!(
            "{} does not exist: write the example there first (borne config example > {0})",
            path.display()
        );
    }
    let pin = read_pin()?;
    if pin::check_pin(&pin).is_err() {
        bail!("the PIN must be 4 to 12 digits (0 to 9), nothing else: nothing was written");
    }
    let hash = pin::hash_pin(&pin)?;
    settings::write_pin_hash(path, &hash)?;
    println!(
        "The PIN is set in {}: the maintenance screen asks for it once the kiosk restarts.",
        path.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// The PIN: asked twice without echo on a terminal, else the first line of standard input.
fn read_pin() -> Result<String> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("New PIN (4 to 12 digits): ").context("cannot read the PIN")?;
        let again = rpassword::prompt_password("The same PIN again: ").context("cannot read the PIN")?;
        if first.trim() != again.trim() {
            bail!("the two PINs differ: nothing was written");
        }
        return Ok(first.trim().to_string());
    }
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("cannot read the PIN from standard input")?;
    if line.trim().is_empty() {
        bail!(
            "no PIN on standard input: give it on the first line, e.g. echo 1234 | borne config set-pin --config FILE"
        );
    }
    Ok(line.trim().to_string())
}
