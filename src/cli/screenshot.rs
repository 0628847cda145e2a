//! `borne screenshot`: renders a screen, or every screen and node, to PNG without any
//! display (software renderer), for operators and for the documentation.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result};
use clap::ValueEnum;

use borne::config::{Config, Orientation};

use super::common::{load_pack, parse_size};

#[derive(Clone, Copy, ValueEnum)]
pub enum ScreenArg {
    Attract,
    Language,
    Home,
    Emergency,
    Help,
    IdleWarning,
    Ticket,
    /// The ticket screen after the printer ran out of paper.
    TicketFailed,
    /// What a mediator sees after scanning the ticket of `--node`.
    Mediator,
    /// "Continue on your phone": the first online procedure of result `--node`.
    Online,
    /// A USB stick being read.
    Update,
    /// A USB stick read, its bundle refused.
    UpdateDone,
    /// The technicians' maintenance screen, on `--panel` (sample figures).
    Maintenance,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
pub enum ThemeArg {
    Standard,
    HighContrast,
}

#[derive(clap::Args)]
pub struct ScreenshotArgs {
    /// A pack folder or a compiled pack; the built-in pack if omitted.
    #[arg(long)]
    content: Option<PathBuf>,
    #[arg(long, default_value = "fr")]
    lang: String,
    /// The node to show (its path from home is taken); with `--screen ticket`, the
    /// ticket of that path.
    #[arg(long)]
    node: Option<String>,
    /// Every node and every screen, into the folder given by --out (ID.png).
    #[arg(long, conflicts_with_all = ["node", "screen"])]
    all: bool,
    #[arg(long, value_enum)]
    screen: Option<ScreenArg>,
    /// WIDTHxHEIGHT; 1080x1920 is portrait, 1920x1080 landscape.
    #[arg(long, default_value = "1080x1920")]
    size: String,
    #[arg(long, value_enum, default_value = "standard")]
    theme: ThemeArg,
    /// 1.0, 1.25 or 1.5.
    #[arg(long, default_value_t = 1.0)]
    text_scale: f32,
    /// Audio mode on: the Listen button lit, and the no-voice notice where it applies.
    #[arg(long)]
    audio: bool,
    /// The keypad's focus ring on this control, e.g. choice-1, nav-listen, place-0
    /// (the `focus-id` of the `.slint` files).
    #[arg(long)]
    focus: Option<String>,
    /// With `--screen maintenance`: pin, identity, health, touch, screen, printer,
    /// scanner, keypad, content, stats, logs or power.
    #[arg(long, default_value = "identity")]
    panel: String,
    /// The kiosk clock for opening hours, e.g. 2026-11-24T10:00 (default: now).
    #[arg(long)]
    time: Option<String>,
    /// With an offers node: commune, rooms or rent (a filter's choices), wheelchair
    /// (that filter on), page2, offer (the first offer shown) or apply (its "how to
    /// apply").
    #[arg(long)]
    offers: Option<String>,
    /// On an eligibility node: the tiles tapped in order (e.g. 1,1,1,0), to show
    /// its later questions.
    #[arg(long, value_delimiter = ',')]
    answers: Vec<usize>,
    #[arg(long)]
    out: PathBuf,
}

impl ScreenArg {
    /// The screen's name as the headless renderer knows it.
    fn name(self) -> &'static str {
        match self {
            ScreenArg::Attract => "attract",
            ScreenArg::Language => "language",
            ScreenArg::Home => "home",
            ScreenArg::Emergency => "emergency",
            ScreenArg::Help => "help",
            ScreenArg::IdleWarning => "idle-warning",
            ScreenArg::Ticket => "ticket",
            ScreenArg::TicketFailed => "ticket-failed",
            ScreenArg::Mediator => "mediator",
            ScreenArg::Online => "online",
            ScreenArg::Update => "update",
            ScreenArg::UpdateDone => "update-done",
            ScreenArg::Maintenance => "maintenance",
        }
    }
}

/// Renders the screen asked for, or with `--all` every screen and node, and prints the
/// files written.
pub fn run(a: ScreenshotArgs, config: Option<&Path>) -> Result<ExitCode> {
    let (w, h) = parse_size(&a.size)?;
    let pack = Arc::new(load_pack(a.content.as_deref())?);
    let mut cfg = Config::load(config)?;
    cfg.orientation = if w > h {
        Orientation::Landscape
    } else {
        Orientation::Portrait
    };
    cfg.high_contrast = a.theme == ThemeArg::HighContrast;
    let wall = match &a.time {
        Some(t) => chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M")
            .context("--time must look like 2026-11-24T10:00")?,
        None => chrono::Local::now().naive_local(),
    };
    let shot = borne::ui::headless::Shot {
        lang: a.lang,
        node: a.node,
        screen: a.screen.map(ScreenArg::name),
        text_scale: a.text_scale,
        wall,
        audio: a.audio,
        focus: a.focus,
        panel: a.panel,
        offers: a.offers,
        answers: a.answers,
    };
    let headless = borne::ui::headless::Headless::install()?;
    if !a.all {
        let img = headless.shoot(pack, &cfg, &shot, w, h)?;
        img.save(&a.out)
            .with_context(|| format!("cannot write {}", a.out.display()))?;
        println!("{}", a.out.display());
        return Ok(ExitCode::SUCCESS);
    }
    // Every screen and every node, one PNG each, for operators to look through.
    std::fs::create_dir_all(&a.out).with_context(|| format!("cannot create {}", a.out.display()))?;
    let screens: [&'static str; 5] = ["attract", "language", "emergency", "help", "idle-warning"];
    let mut shots: Vec<(String, Option<String>, Option<&'static str>)> =
        screens.iter().map(|s| (s.to_string(), None, Some(*s))).collect();
    shots.extend(pack.nodes.iter().map(|n| (n.id.clone(), Some(n.id.clone()), None)));
    for (name, node, screen) in shots {
        let one = borne::ui::headless::Shot {
            node,
            screen,
            lang: shot.lang.clone(),
            text_scale: shot.text_scale,
            wall: shot.wall,
            audio: shot.audio,
            focus: None,
            panel: shot.panel.clone(),
            offers: None,
            answers: Vec::new(),
        };
        let img = headless.shoot(pack.clone(), &cfg, &one, w, h)?;
        let path = a.out.join(format!("{name}.png"));
        img.save(&path)
            .with_context(|| format!("cannot write {}", path.display()))?;
        println!("{}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}
