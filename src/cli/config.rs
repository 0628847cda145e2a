//! `borne config`: the settings file. Prints the commented example, the settings in
//! effect, or one of them for scripts (the kiosk image's shell scripts read it so).

use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;
use clap::Subcommand;

use borne::config::Config;

#[derive(Subcommand)]
pub enum ConfigCmd {
    /// Print the commented example settings file.
    Example,
    /// Print the settings in effect (file and environment applied).
    Show,
    /// Print one setting in effect, for scripts (e.g. `display.rotation`).
    Get { key: String },
}

/// Runs one `borne config` subcommand.
pub fn run(c: ConfigCmd, config: Option<&Path>) -> Result<ExitCode> {
    match c {
        ConfigCmd::Example => {
            print!("{}", borne::config::EXAMPLE);
            Ok(ExitCode::SUCCESS)
        }
        ConfigCmd::Get { key } => get(config, &key),
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
