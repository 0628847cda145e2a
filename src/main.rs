//! The `borne` command: runs the kiosk, and gives operators and technicians their
//! tools (content check/list/build, screenshots, the example config).
//!
//! This file only sets up logging, parses the command line and reports the outcome;
//! each command group lives in a module of `cli`.

// As in the library: a panic is a dead screen in a bakery (the kiosk runs this binary).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

use std::process::ExitCode;

use clap::FromArgMatches;

mod cli;

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("BORNE_LOG").unwrap_or_else(|_| "borne=info,warn".into()),
        )
        .with_writer(std::io::stderr)
        // Colours only on a terminal: journald and log files get plain text.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    // The help in the tools' language; clap prints it (or a usage error) and exits.
    let matches = cli::help::command().get_matches();
    let cli = cli::Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    match cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("borne: {e:#}");
            ExitCode::FAILURE
        }
    }
}
