//! `borne content coverage`: the table of the languages a pack offers (all with
//! `--all`), written as a table, CSV or Markdown, on standard output or into files,
//! and `--fail-under` naming each language under the threshold.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};

use borne::content::{self, coverage_report as report};
use borne::tr;

use super::common::shown;

/// What standard output gets.
#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Markdown,
}

#[derive(Args)]
pub struct CoverageArgs {
    dir: PathBuf,
    /// Fail when a language the pack offers is under this percentage (UI or content).
    #[arg(long)]
    fail_under: Option<f64>,
    /// Also show the kiosk's languages the pack does not offer.
    #[arg(long)]
    all: bool,
    /// What standard output gets: the table, CSV or a Markdown summary.
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
    /// Also write the table as CSV into this file.
    #[arg(long, value_name = "FILE")]
    csv: Option<PathBuf>,
    /// Also write a Markdown summary (for a pull request) into this file.
    #[arg(long, value_name = "FILE")]
    markdown: Option<PathBuf>,
}

/// Runs `borne content coverage`.
pub fn run(a: CoverageArgs) -> Result<ExitCode> {
    let (src, check) = content::check_dir(&a.dir);
    if check.has_errors() {
        eprintln!("borne: {}", tr!("cli-coverage-has-errors", dir = shown(&a.dir)));
    }
    let all = content::coverage::coverage(&src);
    let rows = report::shown(&all, a.all);
    let markdown = || report::markdown(&rows, a.fail_under);
    print!(
        "{}",
        match a.format {
            Format::Table => report::table(&rows),
            Format::Csv => report::csv(&rows),
            Format::Markdown => markdown(),
        }
    );
    if let Some(file) = &a.csv {
        write(file, &report::csv(&rows))?;
    }
    if let Some(file) = &a.markdown {
        write(file, &markdown())?;
    }
    let Some(min) = a.fail_under else {
        return Ok(ExitCode::SUCCESS);
    };
    let low = report::under(&rows, min);
    if low.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    eprintln!(
        "borne: {}",
        tr!("cli-coverage-under", count = low.len(), min = report::pct(min))
    );
    for r in low {
        eprintln!("  {}", report::under_line(r, min));
    }
    Ok(ExitCode::FAILURE)
}

fn write(file: &Path, text: &str) -> Result<()> {
    std::fs::write(file, text).with_context(|| tr!("cli-write-failed", file = shown(file)))
}
