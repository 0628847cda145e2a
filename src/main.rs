//! The `borne` command: runs the kiosk, and gives operators and technicians their
//! tools (content check/list/build, screenshots, the example config).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use borne::config::{Config, Orientation};
use borne::content::{self, Pack, Severity};
use borne::default_pack;

#[derive(Parser)]
#[command(
    name = "borne",
    version,
    about = "Touch kiosk: social rights and services, in every language"
)]
struct Cli {
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
    Content(ContentCmd),
    /// Render a screen to PNG without any display.
    Screenshot(ScreenshotArgs),
    /// Settings.
    #[command(subcommand)]
    Config(ConfigCmd),
    /// Draw the printed ticket of a node: a PNG preview or the exact ESC/POS bytes.
    Ticket(TicketArgs),
    /// Write the offline page mediators open to read a ticket (no network needed).
    MediatorPage {
        #[arg(long)]
        content: Option<PathBuf>,
        #[arg(long)]
        out: PathBuf,
    },
    /// Tickets: read one (for mediators), or make one for a node.
    #[command(subcommand)]
    Handoff(HandoffCmd),
    /// Signing keys for content bundles (minisign format).
    #[command(subcommand)]
    Keys(KeysCmd),
    /// Install a content bundle, as the kiosk does from a USB stick.
    #[command(subcommand)]
    Update(UpdateCmd),
    /// Anonymous statistics (see docs/privacy.md and docs/statistics.md).
    #[command(subcommand)]
    Stats(StatsCmd),
}

#[derive(Subcommand)]
enum StatsCmd {
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

#[derive(Subcommand)]
enum KeysCmd {
    /// Make a key pair: DIR/borne.pub (give it to kiosks) and DIR/borne.key (keep it
    /// safe). The password is asked, or read from BORNE_KEY_PASSWORD.
    Generate {
        #[arg(long, default_value = ".")]
        dir: PathBuf,
    },
}

#[derive(Subcommand)]
enum UpdateCmd {
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

/// The ticket of a node: its pack, the node (its path from home) and the language.
#[derive(clap::Args)]
struct TicketOf {
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
    lang: String,
}

impl TicketOf {
    /// The pack, and the path from home in it.
    fn resolve(&self) -> Result<(Pack, Vec<String>)> {
        let pack = load_pack(self.content.as_deref())?;
        let path = match (&self.node, &self.path) {
            (_, Some(p)) => {
                let ids: Vec<String> = p.split('/').filter(|s| !s.is_empty()).map(String::from).collect();
                if let Some(missing) = ids.iter().find(|id| pack.node(id).is_none()) {
                    bail!("node {missing} is not in this pack");
                }
                ids
            }
            (Some(node), None) => {
                borne::ui::headless::path_to(&pack, node).with_context(|| format!("node {node} is not in this pack"))?
            }
            (None, None) => bail!("give --node or --path"),
        };
        Ok((pack, path))
    }
}

#[derive(clap::Args)]
struct TicketArgs {
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

fn parse_at(s: &str) -> Result<chrono::NaiveDateTime, String> {
    chrono::NaiveDateTime::parse_from_str(s, borne::printing::job::AT_FORMAT)
        .map_err(|e| format!("{e}: use YYYY-MM-DDTHH:MM:SS"))
}

#[derive(Subcommand)]
enum HandoffCmd {
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
    /// Print the code of a ticket for NODE (its path from home is taken).
    Encode {
        #[command(flatten)]
        of: TicketOf,
        #[arg(long, default_value_t = 1)]
        ticket: u16,
    },
}

#[derive(Subcommand)]
enum ContentCmd {
    /// Report every problem of a pack, with file and line.
    Check { dir: PathBuf },
    /// One node per line: ID, KIND, TITLE (default language).
    List { dir: PathBuf },
    /// Check a pack and write FILE.borne (a bundle to sign and copy to a USB stick), or
    /// compile it into FILE.sqlite.
    Build {
        dir: PathBuf,
        #[arg(short, long)]
        out: PathBuf,
    },
    /// Sign a bundle with a secret key (writes FILE.borne.minisig, as `minisign -S`).
    /// The password is asked, or read from BORNE_KEY_PASSWORD.
    Sign {
        bundle: PathBuf,
        #[arg(long)]
        key: PathBuf,
    },
    /// Go back to the content installed before the current one (kept by each update).
    Rollback {
        #[arg(long)]
        data_dir: Option<PathBuf>,
    },
    /// How complete each language is (UI and content), with its review status.
    Coverage {
        dir: PathBuf,
        /// Fail when a language the pack offers is under this percentage (UI or content).
        #[arg(long)]
        fail_under: Option<f64>,
    },
    /// Write the built-in default pack's source into a folder, to start from it.
    ExtractDefault { dir: PathBuf },
}

#[derive(Subcommand)]
enum ConfigCmd {
    /// Print the commented example settings file.
    Example,
    /// Print the settings in effect (file and environment applied).
    Show,
    /// Print one setting in effect, for scripts (e.g. `display.rotation`).
    Get { key: String },
}

#[derive(Clone, Copy, ValueEnum)]
enum ScreenArg {
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
    /// A USB stick being read.
    Update,
    /// A USB stick read, its bundle refused.
    UpdateDone,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum ThemeArg {
    Standard,
    HighContrast,
}

#[derive(clap::Args)]
struct ScreenshotArgs {
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
    /// The kiosk clock for opening hours, e.g. 2026-11-24T10:00 (default: now).
    #[arg(long)]
    time: Option<String>,
    #[arg(long)]
    out: PathBuf,
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("BORNE_LOG").unwrap_or_else(|_| "borne=info,warn".into()),
        )
        .with_writer(std::io::stderr)
        // Colours only on a terminal: journald and log files get plain text.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("borne: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        None | Some(Command::Run) => {
            let mut config = Config::load(cli.config.as_deref())?;
            if cli.landscape {
                config.orientation = Orientation::Landscape;
            }
            check_fonts()?;
            let pack = default_pack::load_active(&config.data_dir).context("no content can be shown")?;
            borne::ui::window::run(&config, Arc::new(pack), cli.fullscreen).context("the window failed")?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Content(ContentCmd::Rollback { data_dir })) => {
            let data_dir = data_dir_of(cli.config.as_deref(), data_dir)?;
            match borne::update::store::rollback(&data_dir) {
                Ok((from, to)) => {
                    println!("rolled back from {from} to {to}");
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    eprintln!("borne: nothing changed: {e}");
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Some(Command::Content(c)) => content_cmd(c),
        Some(Command::Keys(KeysCmd::Generate { dir })) => {
            let (pk, sk) = borne::update::sign::generate(&dir, password())?;
            let line = std::fs::read_to_string(&pk)
                .ok()
                .and_then(|t| borne::update::sign::key_line(&t))
                .unwrap_or_default();
            println!(
                "public key: {} (put this line in [usb] trusted_keys):\n{line}",
                pk.display()
            );
            println!("secret key: {} (keep it safe, never on a kiosk)", sk.display());
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Stats(StatsCmd::Export { out, data_dir })) => {
            let cfg = Config::load(cli.config.as_deref())?;
            let data_dir = data_dir.unwrap_or(cfg.data_dir.clone());
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
        Some(Command::Stats(StatsCmd::Merge { dirs, out })) => {
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
        Some(Command::Update(UpdateCmd::Apply {
            bundle,
            data_dir,
            pubkey,
            report_dir,
        })) => update_apply(cli.config.as_deref(), &bundle, data_dir, &pubkey, report_dir.as_deref()),
        Some(Command::Screenshot(a)) => screenshot(a, cli.config.as_deref()),
        Some(Command::MediatorPage { content, out }) => {
            let pack = load_pack(content.as_deref())?;
            let path = borne::handoff::mediator_page::write(&pack, &out)
                .with_context(|| format!("cannot write into {}", out.display()))?;
            println!("{}", path.display());
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Ticket(a)) => {
            let (pack, path) = a.of.resolve()?;
            let cfg = Config::load(cli.config.as_deref())?;
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
        Some(Command::Handoff(HandoffCmd::Decode { payload, content, json })) => {
            let payload = match borne::handoff::Payload::decode(&payload) {
                Ok(p) => p,
                Err(e) => {
                    eprintln!("{}", borne::handoff::summary::unreadable(&e));
                    return Ok(ExitCode::FAILURE);
                }
            };
            let pack = load_pack(content.as_deref()).ok();
            let (summary, text) = borne::handoff::summary::summarize(&payload, pack.as_ref());
            if json {
                println!("{}", serde_json::to_string_pretty(&summary)?);
            } else {
                println!("{text}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Handoff(HandoffCmd::Encode { of, ticket })) => {
            let (pack, path) = of.resolve()?;
            let cfg = Config::load(cli.config.as_deref())?;
            let now = chrono::Local::now().naive_local();
            let p = borne::handoff::Payload::for_path(&pack, &path, &of.lang, &cfg.kiosk_name, ticket, now)
                .context("this path cannot be put on a ticket")?;
            println!("{}", p.encode());
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Config(ConfigCmd::Example)) => {
            print!("{}", borne::config::EXAMPLE);
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Config(ConfigCmd::Get { key })) => {
            let c = Config::load(cli.config.as_deref())?;
            match c.get(&key) {
                Some(v) => {
                    println!("{v}");
                    Ok(ExitCode::SUCCESS)
                }
                None => {
                    eprintln!("unknown setting: {key}");
                    Ok(ExitCode::from(2))
                }
            }
        }
        Some(Command::Config(ConfigCmd::Show)) => {
            let c = Config::load(cli.config.as_deref())?;
            println!("{c:#?}");
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Prints every problem of a pack that could not be built.
fn nothing_built(dir: &Path) -> ExitCode {
    let (_, report) = content::check_dir(dir);
    for d in &report.diagnostics {
        println!("{d}");
    }
    eprintln!("borne: nothing was built: the pack has {} error(s)", report.errors());
    ExitCode::FAILURE
}

/// The signing key's password from BORNE_KEY_PASSWORD, else asked on the terminal.
fn password() -> Option<String> {
    std::env::var("BORNE_KEY_PASSWORD").ok()
}

fn data_dir_of(config: Option<&Path>, given: Option<PathBuf>) -> Result<PathBuf> {
    Ok(match given {
        Some(d) => d,
        None => Config::load(config)?.data_dir,
    })
}

fn update_apply(
    config: Option<&Path>,
    bundle: &Path,
    data_dir: Option<PathBuf>,
    pubkeys: &[PathBuf],
    report_dir: Option<&Path>,
) -> Result<ExitCode> {
    let cfg = Config::load(config)?;
    let data_dir = data_dir.unwrap_or(cfg.data_dir.clone());
    let mut keys = cfg.usb.trusted_keys.clone();
    if !pubkeys.is_empty() {
        keys.clear();
        for p in pubkeys {
            let text = std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))?;
            keys.push(text);
        }
    }
    let active = default_pack::load_active(&data_dir).context("no content can be opened")?;
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
        bar.set_message(format!("{step:?}"));
        let done = (step.index() as f32 + f) / borne::update::Step::ALL.len() as f32;
        bar.set_position((done * 100.0) as u64);
    });
    bar.finish_and_clear();
    let mut report = borne::update::report::Report::new(&cfg.kiosk_name, chrono::Local::now().naive_local());
    report.add(bundle, &result);
    print!("{}", report.text());
    if let Some(dir) = report_dir {
        report
            .write_to(dir)
            .with_context(|| format!("cannot write the report in {}", dir.display()))?;
    }
    Ok(if result.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn content_cmd(c: ContentCmd) -> Result<ExitCode> {
    match c {
        ContentCmd::Build { dir, out } if out.extension().is_some_and(|e| e == "borne") => {
            let bar = indicatif::ProgressBar::new(0);
            bar.set_style(
                indicatif::ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} files")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar.set_message("bundling");
            let r = borne::update::bundle::build(&dir, &out, &mut |done, total| {
                bar.set_length(total);
                bar.set_position(done);
            });
            bar.finish_and_clear();
            match r {
                Ok((m, report)) => {
                    for d in &report.diagnostics {
                        println!("{d}");
                    }
                    println!(
                        "bundled {} {} ({} files) into {}; sign it: borne content sign {} --key borne.key",
                        m.pack_id,
                        m.version,
                        m.files,
                        out.display(),
                        out.display()
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(borne::update::bundle::BundleError::Invalid(_)) => Ok(nothing_built(&dir)),
                Err(e) => Err(e.into()),
            }
        }
        ContentCmd::Sign { bundle, key } => {
            let sig = borne::update::sign::sign(&bundle, &key, password())?;
            println!("{}", sig.display());
            Ok(ExitCode::SUCCESS)
        }
        ContentCmd::Rollback { .. } => Ok(ExitCode::FAILURE),
        ContentCmd::Check { dir } => {
            let (_, report) = content::check_dir(&dir);
            for d in &report.diagnostics {
                println!("{d}");
            }
            println!("{} error(s), {} warning(s)", report.errors(), report.warnings());
            Ok(if report.has_errors() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        ContentCmd::List { dir } => {
            let (src, report) = content::check_dir(&dir);
            if report.has_errors() {
                for d in report.diagnostics.iter().filter(|d| d.severity == Severity::Error) {
                    eprintln!("{d}");
                }
                bail!("the pack has errors; fix them to list it");
            }
            let pack = content::compile::to_model(&src);
            for n in &pack.nodes {
                let title = pack
                    .text(&pack.default_language, &format!("node-{}", n.id))
                    .map(|t| t.value)
                    .unwrap_or_default();
                println!("{}\t{}\t{}", n.id, n.kind.as_str(), title);
            }
            Ok(ExitCode::SUCCESS)
        }
        ContentCmd::Build { dir, out } => match content::build_dir(&dir, &out) {
            Ok((report, pack)) => {
                for d in &report.diagnostics {
                    println!("{d}");
                }
                println!(
                    "built {} {} ({} nodes, {} languages) into {}",
                    pack.id,
                    pack.version,
                    pack.nodes.len(),
                    pack.languages.len(),
                    out.display()
                );
                Ok(ExitCode::SUCCESS)
            }
            Err(content::compile::BuildError::Invalid(_)) => Ok(nothing_built(&dir)),
            Err(e) => Err(e.into()),
        },
        ContentCmd::Coverage { dir, fail_under } => {
            let (src, report) = content::check_dir(&dir);
            if report.has_errors() {
                eprintln!(
                    "borne: {} has errors; coverage is computed on what could be read",
                    dir.display()
                );
            }
            let rows = content::coverage::coverage(&src);
            println!(
                "{:<10} {:<16} {:>6} {:>9}  {:<44} missing",
                "language", "name", "UI %", "content %", "status"
            );
            let mut failed = false;
            for r in &rows {
                let shown: Vec<&str> = r.missing.iter().take(4).map(String::as_str).collect();
                let more = r.missing.len().saturating_sub(shown.len());
                let missing = match (r.missing.len(), more) {
                    (0, _) => String::new(),
                    (n, 0) => format!("{n}: {}", shown.join(", ")),
                    (n, m) => format!("{n}: {} and {m} more", shown.join(", ")),
                };
                println!(
                    "{:<10} {:<16} {:>6.1} {:>9.1}  {:<44} {missing}",
                    r.code, r.name, r.ui_percent, r.content_percent, r.status
                );
                if let Some(min) = fail_under {
                    if r.status != "-" && (r.ui_percent < min || r.content_percent < min) {
                        failed = true;
                    }
                }
            }
            if failed {
                eprintln!(
                    "borne: a language the pack offers is under {}%",
                    fail_under.unwrap_or_default()
                );
                return Ok(ExitCode::FAILURE);
            }
            Ok(ExitCode::SUCCESS)
        }
        ContentCmd::ExtractDefault { dir } => {
            default_pack::extract_to(&dir).with_context(|| format!("cannot write into {}", dir.display()))?;
            println!("the built-in pack's source is in {}", dir.display());
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn paper_width(s: &str) -> Result<u32, String> {
    match s {
        "384" => Ok(384),
        "576" => Ok(576),
        _ => Err("the paper is 384 dots wide (58 mm) or 576 (80 mm)".into()),
    }
}

/// Without any font the toolkit cannot draw at all: say so plainly instead.
fn check_fonts() -> Result<()> {
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

/// Opens a pack from a source folder (compiled into a temporary file) or a compiled file.
fn load_pack(path: Option<&Path>) -> Result<Pack> {
    match path {
        None => {
            let dir = std::env::temp_dir().join("borne-screenshot-cache");
            Ok(content::open_pack(&default_pack::compiled(&dir)?)?)
        }
        Some(p) if p.is_dir() => {
            let tmp = tempfile_path("pack.sqlite");
            match content::build_dir(p, &tmp) {
                Ok(_) => {}
                Err(content::compile::BuildError::Invalid(n)) => {
                    bail!(
                        "{} has {n} error(s): run `borne content check {}`",
                        p.display(),
                        p.display()
                    )
                }
                Err(e) => return Err(e.into()),
            }
            let pack = content::open_pack(&tmp)?;
            let _ = std::fs::remove_file(&tmp);
            Ok(pack)
        }
        Some(p) => Ok(content::open_pack(p)?),
    }
}

fn tempfile_path(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("borne-{}-{name}", std::process::id()))
}

fn screenshot(a: ScreenshotArgs, config: Option<&Path>) -> Result<ExitCode> {
    let (w, h) = a
        .size
        .split_once('x')
        .and_then(|(w, h)| Some((w.parse::<u32>().ok()?, h.parse::<u32>().ok()?)))
        .filter(|(w, h)| (100..=8000).contains(w) && (100..=8000).contains(h))
        .context("--size must be WIDTHxHEIGHT, e.g. 1080x1920")?;
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
        screen: a.screen.map(|s| match s {
            ScreenArg::Attract => "attract",
            ScreenArg::Language => "language",
            ScreenArg::Home => "home",
            ScreenArg::Emergency => "emergency",
            ScreenArg::Help => "help",
            ScreenArg::IdleWarning => "idle-warning",
            ScreenArg::Ticket => "ticket",
            ScreenArg::TicketFailed => "ticket-failed",
            ScreenArg::Mediator => "mediator",
            ScreenArg::Update => "update",
            ScreenArg::UpdateDone => "update-done",
        }),
        text_scale: a.text_scale,
        wall,
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
        };
        let img = headless.shoot(pack.clone(), &cfg, &one, w, h)?;
        let path = a.out.join(format!("{name}.png"));
        img.save(&path)
            .with_context(|| format!("cannot write {}", path.display()))?;
        println!("{}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}
