//! `borne ticket`: draws the printed ticket of a node, as a PNG preview or the exact
//! ESC/POS bytes, or sends it to the configured printer. The kiosk prints through this
//! command in a child process (`printing::job`), so a stuck printer cannot hold it.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};

use borne::config::Config;

use super::common::TicketOf;

#[derive(clap::Args)]
pub struct TicketArgs {
    #[command(flatten)]
    of: TicketOf,
    /// Paper width in dots: 384 (58 mm) or 576 (80 mm).
    #[arg(long, default_value_t = 384, value_parser = paper_width)]
    width: u32,
    #[arg(long, default_value_t = 1)]
    number: u16,
    /// When the ticket was issued (YYYY-MM-DDTHH:MM:SS); now if omitted.
    #[arg(long, value_parser = parse_at)]
    at: Option<chrono::NaiveDateTime>,
    /// FILE.png (a preview of the printed dots) or FILE.bin (the ESC/POS bytes).
    #[arg(long, required_unless_present = "print")]
    out: Option<PathBuf>,
    /// Send it to the configured printer (`[printer]`); the width comes from there too.
    /// Prints `printed`, or `failed CODE DETAIL` and exits with 3.
    #[arg(long)]
    print: bool,
}

/// Draws the ticket, writes it to `--out` and, with `--print`, prints it: exit code 3
/// when the printer failed (the kiosk reads the line printed).
pub fn run(a: TicketArgs, config: Option<&Path>) -> Result<ExitCode> {
    let (pack, path) = a.of.resolve()?;
    let cfg = Config::load(config)?;
    let printer = match (a.print, &cfg.printer) {
        (true, None) => bail!("no printer is set: add [printer] target = ... to the settings"),
        (true, Some(p)) => Some(p.clone()),
        (false, _) => None,
    };
    let headless = borne::ui::headless::Headless::install()?;
    let req = borne::ui::print::TicketRequest {
        pack: &pack,
        path: &path,
        lang: &a.of.lang,
        kiosk_name: &cfg.kiosk_name,
        number: a.number,
        at: a.at.unwrap_or_else(|| chrono::Local::now().naive_local()),
        mediator_url: cfg.mediator_url.as_deref(),
        width: printer.as_ref().map_or(a.width, |p| p.width),
    };
    let (grey, _) = borne::ui::print::render_ticket(&headless, &req)?;
    let bits = borne::printing::escpos::dither(grey.width() as usize, grey.height() as usize, grey.as_raw());
    if let Some(out) = &a.out {
        if out.extension().and_then(|e| e.to_str()) == Some("bin") {
            std::fs::write(out, borne::printing::escpos::print_job(&bits))
                .with_context(|| format!("cannot write {}", out.display()))?;
        } else {
            bits.to_image()
                .save(out)
                .with_context(|| format!("cannot write {}", out.display()))?;
        }
        if printer.is_none() {
            println!("{}", out.display());
        }
    }
    if let Some(p) = printer {
        let target = borne::printing::transport::Target::parse(&p.target);
        let timeout = std::time::Duration::from_secs(3);
        match borne::printing::transport::print(&target, borne::printing::escpos::print_job(&bits), timeout) {
            Ok(_) => println!("{}", borne::printing::job::PRINTED),
            Err(e) => {
                tracing::warn!(target = %p.target, "ticket not printed: {e}");
                println!("{}", borne::printing::job::failure_line(&e));
                return Ok(ExitCode::from(3));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `--at`, in the format the kiosk passes to its child `borne ticket`.
fn parse_at(s: &str) -> Result<chrono::NaiveDateTime, String> {
    chrono::NaiveDateTime::parse_from_str(s, borne::printing::job::AT_FORMAT)
        .map_err(|e| format!("{e}: use YYYY-MM-DDTHH:MM:SS"))
}

/// `--width`: only the two paper widths the printers take.
fn paper_width(s: &str) -> Result<u32, String> {
    match s {
        "384" => Ok(384),
        "576" => Ok(576),
        _ => Err("the paper is 384 dots wide (58 mm) or 576 (80 mm)".into()),
    }
}
