//! `borne preview DIR`: the kiosk in a window on the operator's computer, showing a
//! pack folder (its source, not an installed bundle) and reloading it after every save,
//! with the operator's panel beside it (`borne::ui::preview`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};

use borne::config::{Config, Orientation};
use borne::tr;

#[derive(clap::Args)]
pub struct PreviewArgs {
    /// The pack folder (pack.toml, nodes/, locales/...).
    dir: PathBuf,
}

/// Runs the preview until both windows are closed.
pub fn run(a: PreviewArgs, config_file: Option<&Path>, landscape: bool) -> Result<ExitCode> {
    if !a.dir.is_dir() {
        bail!("{}", tr!("preview-not-a-folder", folder = a.dir.display().to_string()));
    }
    let mut config = Config::load(config_file)?;
    if landscape {
        config.orientation = Orientation::Landscape;
    }
    super::kiosk::check_fonts()?;
    println!("{}", tr!("preview-started", folder = a.dir.display().to_string()));
    let _preview = borne::ui::preview::Preview::start(&a.dir, &config).context(tr!("preview-cannot-start"))?;
    // Until the operator closes the last window.
    slint::run_event_loop().context(tr!("preview-cannot-start"))?;
    Ok(ExitCode::SUCCESS)
}
