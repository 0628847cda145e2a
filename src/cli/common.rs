//! What several command groups share: opening a pack for a command (source folder or
//! compiled file), the ticket of a node (`ticket` and `handoff encode`), the data folder
//! and the signing key's password.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use borne::config::Config;
use borne::content::{self, Pack};
use borne::default_pack;
use borne::tr;

/// The ticket of a node: its pack, the node (its path from home) and the language.
#[derive(clap::Args)]
pub struct TicketOf {
    /// A pack folder or a compiled pack; the built-in pack if omitted.
    #[arg(long)]
    content: Option<PathBuf>,
    /// The node the ticket is about (its path from home is found).
    #[arg(long, required_unless_present = "path", conflicts_with = "path")]
    node: Option<String>,
    /// The exact path, node ids from home separated by `/` (as the kiosk records it).
    #[arg(long)]
    path: Option<String>,
    #[arg(long, default_value = "fr")]
    pub lang: String,
}

impl TicketOf {
    /// The pack, and the path from home in it.
    pub fn resolve(&self) -> Result<(Pack, Vec<String>)> {
        let pack = load_pack(self.content.as_deref())?;
        let path = match (&self.node, &self.path) {
            (_, Some(p)) => {
                let ids: Vec<String> = p.split('/').filter(|s| !s.is_empty()).map(String::from).collect();
                if let Some(missing) = ids.iter().find(|id| pack.node(id).is_none()) {
                    bail!(tr!("cli-node-not-in-pack", node = missing.as_str()));
                }
                ids
            }
            (Some(node), None) => borne::ui::headless::path_to(&pack, node)
                .with_context(|| tr!("cli-node-not-in-pack", node = node.as_str()))?,
            (None, None) => bail!(tr!("cli-node-or-path")),
        };
        Ok((pack, path))
    }
}

/// A screen size given as WIDTHxHEIGHT (each 100 to 8000 pixels).
pub fn parse_size(size: &str) -> Result<(u32, u32)> {
    size.split_once('x')
        .and_then(|(w, h)| Some((w.parse::<u32>().ok()?, h.parse::<u32>().ok()?)))
        .filter(|(w, h)| (100..=8000).contains(w) && (100..=8000).contains(h))
        .with_context(|| tr!("cli-size-invalid"))
}

/// The signing key's password from BORNE_KEY_PASSWORD; without it, minisign asks on
/// the terminal.
pub fn password() -> Option<String> {
    std::env::var("BORNE_KEY_PASSWORD").ok()
}

/// A path as messages show it.
pub fn shown(p: &Path) -> String {
    p.display().to_string()
}

/// The settings, or an error saying which file and what to do.
pub fn settings(config: Option<&Path>) -> Result<Config> {
    Config::load(config).with_context(|| match config {
        Some(f) => tr!("cli-settings-failed", file = shown(f)),
        None => tr!("cli-settings-env-failed"),
    })
}

/// The data folder given on the command line, else the one of the settings.
pub fn data_dir_of(config: Option<&Path>, given: Option<PathBuf>) -> Result<PathBuf> {
    Ok(match given {
        Some(d) => d,
        None => settings(config)?.data_dir,
    })
}

/// Opens a pack from a source folder (compiled into a temporary file) or a compiled file.
pub fn load_pack(path: Option<&Path>) -> Result<Pack> {
    Ok(load_pack_kept(path)?.0)
}

/// A temporary compiled pack, removed when dropped.
pub struct TempPack(PathBuf);

impl Drop for TempPack {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// As [`load_pack`], keeping a source folder's compiled file while the guard lives:
/// what reads the file again (recordings) needs it.
pub fn load_pack_kept(path: Option<&Path>) -> Result<(Pack, Option<TempPack>)> {
    match path {
        None => {
            let dir = std::env::temp_dir().join("borne-screenshot-cache");
            let file =
                default_pack::compiled(&dir).with_context(|| tr!("cli-default-pack-failed", dir = shown(&dir)))?;
            Ok((open(&file)?, None))
        }
        Some(p) if p.is_dir() => {
            let tmp = TempPack(tempfile_path("pack.sqlite"));
            match content::build_dir(p, &tmp.0) {
                Ok(_) => {}
                Err(content::compile::BuildError::Invalid(n)) => {
                    bail!(tr!("cli-pack-has-errors", dir = shown(p), errors = n))
                }
                Err(e) => return Err(anyhow::Error::new(e).context(tr!("cli-pack-not-compiled", dir = shown(p)))),
            }
            let pack = open(&tmp.0)?;
            Ok((pack, Some(tmp)))
        }
        Some(p) => Ok((open(p)?, None)),
    }
}

/// Opens a compiled pack, saying which file could not be.
fn open(file: &Path) -> Result<Pack> {
    content::open_pack(file).with_context(|| tr!("cli-pack-unopened", file = shown(file)))
}

fn tempfile_path(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("borne-{}-{name}", std::process::id()))
}
