//! `borne run` (also what `borne` alone does): opens the installed or built-in pack and
//! shows the kiosk window, after making sure a font exists to draw with.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{bail, Context, Result};

use borne::config::{Config, Orientation};
use borne::default_pack;

/// Runs the kiosk until its window closes.
pub fn run(config_file: Option<&Path>, fullscreen: bool, landscape: bool) -> Result<ExitCode> {
    let mut config = Config::load(config_file)?;
    if landscape {
        config.orientation = Orientation::Landscape;
    }
    check_fonts()?;
    // What an update cut by a crash or a power cut left on the data disk.
    borne::update::store::clean_at_start(&config.data_dir);
    let pack = default_pack::load_active(&config.data_dir).context("no content can be shown")?;
    let asked = borne::ui::window::run(&config, Arc::new(pack), fullscreen).context("the window failed")?;
    // A restart asked from the maintenance screen: systemd starts the kiosk again.
    Ok(asked.map(ExitCode::from).unwrap_or(ExitCode::SUCCESS))
}

/// Without any font the toolkit cannot draw at all: say so plainly instead.
pub(super) fn check_fonts() -> Result<()> {
    let mut dirs = vec![
        PathBuf::from("/usr/share/fonts"),
        PathBuf::from("/usr/local/share/fonts"),
    ];
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(PathBuf::from(&home).join(".local/share/fonts"));
        dirs.push(PathBuf::from(home).join(".fonts"));
    }
    fn has_font(dir: &Path, depth: u32) -> bool {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return false;
        };
        entries.flatten().any(|e| {
            let p = e.path();
            if p.is_dir() {
                depth > 0 && has_font(&p, depth - 1)
            } else {
                matches!(p.extension().and_then(|x| x.to_str()), Some("ttf" | "otf" | "ttc"))
            }
        })
    }
    if dirs.iter().any(|d| has_font(d, 4)) {
        Ok(())
    } else {
        bail!("no font is installed, so nothing can be drawn: install one, e.g. `sudo apt-get install fonts-noto-core`")
    }
}
