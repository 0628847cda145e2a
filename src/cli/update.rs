//! `borne update apply`: installs a signed content bundle by hand, through the same
//! pipeline as a USB stick (verify, unpack, check, compile, switch), and prints the
//! stick's report.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Subcommand;

use borne::default_pack;
use borne::tr;

use super::common::{settings, shown};

#[derive(Subcommand)]
pub enum UpdateCmd {
    /// Verify, check and install FILE.borne (signature in FILE.borne.minisig).
    Apply {
        bundle: PathBuf,
        /// The kiosk's data folder (default: from the settings).
        #[arg(long)]
        data_dir: Option<PathBuf>,
        /// A trusted public key file (minisign .pub); the settings' keys otherwise.
        #[arg(long)]
        pubkey: Vec<PathBuf>,
        /// Also write report.txt and report.json into this folder.
        #[arg(long)]
        report_dir: Option<PathBuf>,
    },
}

/// Runs one `borne update` subcommand.
pub fn run(c: UpdateCmd, config: Option<&Path>) -> Result<ExitCode> {
    match c {
        UpdateCmd::Apply {
            bundle,
            data_dir,
            pubkey,
            report_dir,
        } => apply(config, &bundle, data_dir, &pubkey, report_dir.as_deref()),
    }
}

/// The keys given with `--pubkey` replace the settings' trusted keys.
fn apply(
    config: Option<&Path>,
    bundle: &Path,
    data_dir: Option<PathBuf>,
    pubkeys: &[PathBuf],
    report_dir: Option<&Path>,
) -> Result<ExitCode> {
    let cfg = settings(config)?;
    let data_dir = data_dir.unwrap_or(cfg.data_dir.clone());
    let mut keys = cfg.usb.trusted_keys.clone();
    if !pubkeys.is_empty() {
        keys.clear();
        for p in pubkeys {
            let text = std::fs::read_to_string(p).with_context(|| tr!("cli-pubkey-unreadable", file = shown(p)))?;
            keys.push(text);
        }
    }
    let active =
        default_pack::load_active(&data_dir).with_context(|| tr!("cli-update-no-content", dir = shown(&data_dir)))?;
    let opts = borne::update::Options {
        data_dir: data_dir.clone(),
        trusted_keys: keys,
        accept_other_pack: cfg.usb.accept_other_pack,
        active: default_pack::active_identity(&active, &data_dir),
        limits: Default::default(),
    };
    let bar = indicatif::ProgressBar::new(100);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg:24} [{bar:40}] {percent:>3}%")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let result = borne::update::apply(bundle, &opts, &mut |step, f| {
        bar.set_message(step_name(step));
        let done = (step.index() as f32 + f) / borne::update::Step::ALL.len() as f32;
        bar.set_position((done * 100.0) as u64);
    });
    bar.finish_and_clear();
    let lang = borne::tools_text::lang();
    let mut report =
        borne::update::report::Report::in_language(&cfg.kiosk_name, chrono::Local::now().naive_local(), lang);
    report.add(bundle, &result);
    print!("{}", report.text());
    if let Some(dir) = report_dir {
        borne::safe_fs::SafeDir::open_following(dir)
            .and_then(|d| report.write_to(&d))
            .with_context(|| tr!("cli-report-write-failed", dir = shown(dir)))?;
    }
    Ok(if result.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// The step the progress bar shows.
fn step_name(step: borne::update::Step) -> String {
    use borne::update::Step;
    match step {
        Step::Verify => tr!("cli-update-step-verify"),
        Step::Unpack => tr!("cli-update-step-unpack"),
        Step::Check => tr!("cli-update-step-check"),
        Step::Compile => tr!("cli-update-step-compile"),
        Step::Switch => tr!("cli-update-step-switch"),
    }
}
