//! `borne stats`: this kiosk's anonymous counters written out as CSV and report.html,
//! and the merge of several kiosks' exports (see docs/statistics.md).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Subcommand;

use borne::stats::SkipReason;
use borne::tr;

use super::common::{settings, shown};

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
    let cfg = settings(config)?;
    let data_dir = data_dir.unwrap_or(cfg.data_dir.clone());
    use_active_titles(&data_dir);
    let db = data_dir.join("stats.sqlite");
    let store = borne::stats::Store::open(&db).with_context(|| tr!("cli-stats-open-failed", file = shown(&db)))?;
    let s = store
        .export(&out, &cfg.kiosk_name, chrono::Local::now().naive_local())
        .with_context(|| tr!("cli-stats-export-failed", dir = shown(&out)))?;
    println!(
        "{}",
        tr!(
            "cli-stats-exported",
            sessions = s.sessions,
            rows = s.rows,
            files = s.files.join(", "),
            dir = shown(&out)
        )
    );
    Ok(ExitCode::SUCCESS)
}

fn merge(dirs: Vec<PathBuf>, out: PathBuf, config: Option<&Path>) -> Result<ExitCode> {
    if let Ok(cfg) = borne::config::Config::load(config) {
        use_active_titles(&cfg.data_dir);
    }
    let s = borne::stats::merge(&dirs, &out).with_context(|| tr!("cli-stats-merge-failed", dir = shown(&out)))?;
    for u in &s.used {
        let (dir, kiosk, at) = (shown(&u.dir), u.kiosk.as_str(), u.exported_at.as_str());
        println!("{}", tr!("cli-stats-used", dir = dir, kiosk = kiosk, date = at));
    }
    for k in &s.skipped {
        println!(
            "{}",
            tr!(
                "cli-stats-skipped",
                dir = shown(&k.dir),
                reason = skip_reason(&k.reason)
            )
        );
    }
    for w in &s.warnings {
        println!("{}", tr!("cli-stats-warning", warning = w.as_str()));
    }
    println!(
        "{}",
        tr!(
            "cli-stats-merged",
            sessions = s.sessions,
            rows = s.rows,
            dir = shown(&out)
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// Why a folder was left out of a merge, in the tools' language.
fn skip_reason(r: &SkipReason) -> String {
    match r {
        SkipReason::SameFolder(p) => tr!("cli-stats-skip-same-folder", dir = shown(p)),
        SkipReason::NotAnExport => tr!("cli-stats-skip-not-an-export"),
        SkipReason::TooNew(v) => tr!("cli-stats-skip-too-new", format = *v),
        SkipReason::Damaged(w) => tr!("cli-stats-skip-damaged", detail = w.as_str()),
        SkipReason::Unreadable(w) => tr!("cli-stats-skip-unreadable", detail = w.as_str()),
        SkipReason::Superseded(p) => tr!("cli-stats-skip-superseded", dir = shown(p)),
        SkipReason::SameExport(p) => tr!("cli-stats-skip-same-export", dir = shown(p)),
        SkipReason::Renamed(n) => tr!("cli-stats-skip-renamed", name = n.as_str()),
        SkipReason::TooLarge(w) => tr!("cli-stats-skip-too-large", detail = w.as_str()),
        SkipReason::TooManyFolders(n) => tr!("cli-stats-skip-too-many-folders", max = *n),
    }
}

/// report.html names topics and results by the titles of the pack this kiosk runs
/// (without one, by their ids).
fn use_active_titles(data_dir: &Path) {
    if let Ok(pack) = borne::default_pack::load_active(data_dir) {
        borne::stats::titles::use_pack(&pack);
    }
}
