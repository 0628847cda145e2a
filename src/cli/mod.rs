//! The `borne` command line: the top-level arguments and the list of command groups
//! (clap derive), and the dispatch to the module that owns each group. A group's own
//! subcommands, flags and bodies live in its module.

mod common;
mod config;
mod content;
mod coverage;
mod handoff;
pub mod help;
mod keys;
mod kiosk;
mod preview;
mod proof;
mod screenshot;
mod speak;
mod stats;
mod ticket;
mod update;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "borne",
    version,
    about = "Touch kiosk: social rights and services, in every language"
)]
pub struct Cli {
    /// Settings file (see `borne config example`).
    #[arg(long, global = true, env = "BORNE_CONFIG")]
    config: Option<PathBuf>,
    /// Full screen (the kiosk image always is).
    #[arg(long)]
    fullscreen: bool,
    /// Landscape layout (1920x1080) instead of portrait.
    #[arg(long)]
    landscape: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Start the kiosk (the default).
    Run,
    /// Operators' tools for content packs.
    #[command(subcommand)]
    Content(content::ContentCmd),
    /// Show a pack folder in the kiosk window, live: every save reloads it.
    Preview(preview::PreviewArgs),
    /// Render a screen to PNG without any display.
    Screenshot(screenshot::ScreenshotArgs),
    /// Say a screen or a node aloud into a WAV file, or print what would be said.
    Speak(speak::SpeakArgs),
    /// Settings.
    #[command(subcommand)]
    Config(config::ConfigCmd),
    /// Draw the printed ticket of a node: a PNG preview or the exact ESC/POS bytes.
    Ticket(ticket::TicketArgs),
    /// Write the offline page mediators open to read a ticket (no network needed).
    MediatorPage {
        #[arg(long)]
        content: Option<PathBuf>,
        #[arg(long)]
        out: PathBuf,
    },
    /// Tickets: read one (for mediators), or make one for a node.
    #[command(subcommand)]
    Handoff(handoff::HandoffCmd),
    /// Signing keys for content bundles (minisign format).
    #[command(subcommand)]
    Keys(keys::KeysCmd),
    /// Install a content bundle, as the kiosk does from a USB stick.
    #[command(subcommand)]
    Update(update::UpdateCmd),
    /// Anonymous statistics (see docs/privacy.md and docs/statistics.md).
    #[command(subcommand)]
    Stats(stats::StatsCmd),
}

/// Runs the command given; the exit code says how it went, an error is printed by `main`.
pub fn run(cli: Cli) -> Result<ExitCode> {
    let config_file = cli.config.as_deref();
    match cli.command {
        None | Some(Command::Run) => kiosk::run(config_file, cli.fullscreen, cli.landscape),
        Some(Command::Content(c)) => content::run(c, config_file),
        Some(Command::Keys(c)) => keys::run(c),
        Some(Command::Stats(c)) => stats::run(c, config_file),
        Some(Command::Update(c)) => update::run(c, config_file),
        Some(Command::Preview(a)) => preview::run(a, config_file, cli.landscape),
        Some(Command::Screenshot(a)) => screenshot::run(a, config_file),
        Some(Command::Speak(a)) => speak::run(a, config_file),
        Some(Command::MediatorPage { content, out }) => handoff::mediator_page(content, out),
        Some(Command::Ticket(a)) => ticket::run(a, config_file),
        Some(Command::Handoff(c)) => handoff::run(c, config_file),
        Some(Command::Config(c)) => config::run(c, config_file),
    }
}
