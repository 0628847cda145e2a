//! `borne stats`: this kiosk's anonymous counters written out as CSV and report.html,
//! and the merge of several kiosks' exports (see docs/statistics.md).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use clap::Subcommand;

use borne::config::Config;

#[derive(Subcommand)]
pub enum StatsCmd {
    /// Write this kiosk's counts (CSV) and report.html into a folder.
    Export {
        #[arg(long)]
        out: PathBuf,
        #[arg(long)]
        data_dir: Option<PathBuf>,
    },
    /// Merge exports of several kiosks (each counted once, its latest export).
    Merge {
        dirs: Vec<PathBuf>,
        #[arg(long)]
        out: PathBuf,
    },
}

/// Runs one `borne stats` subcommand.
pub fn run(c: StatsCmd, config: Option<&Path>) -> Result<ExitCode> {
    match c {
        StatsCmd::Export { out, data_dir } => export(config, out, data_dir),
        StatsCmd::Merge { dirs, out } => merge(dirs, out, config),
    }
}

fn export(config: Option<&Path>, out: PathBuf, data_dir: Option<PathBuf>) -> Result<ExitCode> {
    let cfg = Config::load(config)?;
    let data_dir = data_dir.unwrap_or(cfg.data_dir.clone());
    use_active_titles(&data_dir);
    let store = borne::stats::Store::open(&data_dir.join("stats.sqlite"))?;
    let s = store.export(&out, &cfg.kiosk_name, chrono::Local::now().naive_local())?;
    println!(
        "{} sessions, {} rows: {} in {}",
        s.sessions,
        s.rows,
        s.files.join(", "),
        out.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn merge(dirs: Vec<PathBuf>, out: PathBuf, config: Option<&Path>) -> Result<ExitCode> {
    if let Ok(cfg) = Config::load(config) {
        use_active_titles(&cfg.data_dir);
    }
    let s = borne::stats::merge(&dirs, &out)?;
    for u in &s.used {
        println!("used: {} ({}, exported {})", u.dir.display(), u.kiosk, u.exported_at);
    }
    for k in &s.skipped {
        println!("skipped: {}: {}", k.dir.display(), k.reason);
    }
    for w in &s.warnings {
        println!("warning: {w}");
    }
    println!("{} sessions, {} rows into {}", s.sessions, s.rows, out.display());
    Ok(ExitCode::SUCCESS)
}

/// report.html names topics and results by the titles of the pack this kiosk runs
/// (without one, by their ids).
fn use_active_titles(data_dir: &Path) {
    if let Ok(pack) = borne::default_pack::load_active(data_dir) {
        borne::stats::titles::use_pack(&pack);
    }
}
