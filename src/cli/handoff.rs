//! `borne handoff` and `borne mediator-page`: the mediator's side of a ticket. Decode
//! says in French what a ticket holds, encode makes the code of a ticket for a node,
//! and the mediator page reads tickets in a browser, offline.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Subcommand;

use borne::config::Config;

use super::common::{load_pack, TicketOf};

#[derive(Subcommand)]
pub enum HandoffCmd {
    /// Print, in French, what a ticket says: language, path, results.
    Decode {
        /// The code under the QR, or the URL that holds it after `#`.
        payload: String,
        /// The pack (folder or compiled file) to read the path with; the built-in one if omitted.
        #[arg(long)]
        content: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Print the code of a ticket for NODE (its path from home is taken). A path through
    /// a discreet result gives a discreet ticket, which carries no path.
    Encode {
        #[command(flatten)]
        of: TicketOf,
        #[arg(long, default_value_t = 1)]
        ticket: u16,
    },
}

/// Runs one `borne handoff` subcommand.
pub fn run(c: HandoffCmd, config: Option<&Path>) -> Result<ExitCode> {
    match c {
        HandoffCmd::Decode { payload, content, json } => decode(payload, content, json),
        HandoffCmd::Encode { of, ticket } => encode(of, ticket, config),
    }
}

/// The pack is optional: a ticket is still summarised when it cannot be opened.
fn decode(payload: String, content: Option<PathBuf>, json: bool) -> Result<ExitCode> {
    let pack = load_pack(content.as_deref()).ok();
    let now = chrono::Local::now().naive_local();
    let (summary, text) = match borne::handoff::summary::read(&payload, pack.as_ref(), now) {
        Ok(read) => read,
        Err(e) => {
            eprintln!("{}", borne::handoff::summary::unreadable(&e));
            return Ok(ExitCode::FAILURE);
        }
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&summary)?);
    } else {
        println!("{text}");
    }
    Ok(ExitCode::SUCCESS)
}

fn encode(of: TicketOf, ticket: u16, config: Option<&Path>) -> Result<ExitCode> {
    let (pack, path) = of.resolve()?;
    let cfg = Config::load(config)?;
    let now = chrono::Local::now().naive_local();
    let p = borne::handoff::Payload::for_path(&pack, &path, &of.lang, &cfg.kiosk_name, ticket, now)
        .context("this path cannot be put on a ticket")?;
    println!("{}", p.encode());
    Ok(ExitCode::SUCCESS)
}

/// Writes the offline page into `out` and prints its path.
pub fn mediator_page(content: Option<PathBuf>, out: PathBuf) -> Result<ExitCode> {
    let pack = load_pack(content.as_deref())?;
    let today = chrono::Local::now().date_naive();
    let path = borne::handoff::mediator_page::write(&pack, &out, today)
        .with_context(|| format!("cannot write into {}", out.display()))?;
    println!("{}", path.display());
    Ok(ExitCode::SUCCESS)
}
