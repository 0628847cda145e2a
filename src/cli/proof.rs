//! `borne content proof DIR --out OUT`: the proof sheet translators and reviewers read
//! without a kiosk — `OUT/index.html` and the screens it shows, `OUT/png/LANG/...`.
//! The sheet's content is `borne::content::proof`; the screens are drawn by
//! `borne::ui::batch` (the renderer of `borne screenshot`), a progress bar on stderr.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{anyhow, Context, Result};

use borne::config::{Config, Orientation};
use borne::content::proof::{html, Screen, Selection, Sheet, SheetLanguage, Subject};
use borne::content::{self, coverage};
use borne::tr;
use borne::ui::batch::{self, Batch, Job};
use borne::ui::headless::Shot;

use super::common::{load_pack_kept, parse_size};

#[derive(clap::Args)]
pub struct ProofArgs {
    /// The pack's folder.
    dir: PathBuf,
    /// The folder to write index.html and the screens (png/) into.
    #[arg(long)]
    out: PathBuf,
    /// Only these languages beside the default one (repeat, or separate with commas);
    /// every language of the pack if omitted.
    #[arg(long, value_delimiter = ',')]
    lang: Vec<String>,
    /// Only these nodes (ids); every node and the Help, ticket and emergency screens if
    /// omitted.
    #[arg(long, value_delimiter = ',')]
    node: Vec<String>,
    /// Texts only: no screen drawn (seconds instead of minutes).
    #[arg(long)]
    no_screens: bool,
    /// Screens drawn at once (default: one per processor core).
    #[arg(long)]
    jobs: Option<usize>,
    /// The kiosk's layout, WIDTHxHEIGHT: 1080x1920 portrait, 1920x1080 landscape. The
    /// images are half that size.
    #[arg(long, default_value = "1080x1920")]
    size: String,
}

/// Writes the proof sheet and prints where it is.
pub fn run(a: ProofArgs, config: Option<&std::path::Path>) -> Result<ExitCode> {
    let (w, h) = parse_size(&a.size)?;
    let (src, report) = content::check_dir(&a.dir);
    if report.has_errors() {
        eprintln!(
            "{}",
            tr!(
                "proof-pack-errors",
                dir = a.dir.display().to_string(),
                errors = report.errors()
            )
        );
        return Ok(ExitCode::FAILURE);
    }
    let rows = coverage::coverage(&src);
    let (pack, _kept) = load_pack_kept(Some(&a.dir))?;
    let pack = Arc::new(pack);
    let selection = Selection {
        languages: a.lang.clone(),
        nodes: a.node.clone(),
    };
    let sheet = Sheet::new(&pack, &rows, &selection).map_err(|e| {
        anyhow!(match e {
            content::proof::SelectError::UnknownLanguage(l) => tr!("proof-unknown-language", lang = l),
            content::proof::SelectError::UnknownNode(n) => tr!("proof-unknown-node", node = n),
        })
    })?;
    std::fs::create_dir_all(&a.out).with_context(|| tr!("proof-cannot-write", path = a.out.display().to_string()))?;
    let images = if a.no_screens {
        0
    } else {
        draw(&a, config, &sheet, pack.clone(), (w, h))?
    };
    let index = a.out.join("index.html");
    std::fs::write(
        &index,
        html::page(&sheet, &pack, borne::tools_text::lang(), !a.no_screens),
    )
    .with_context(|| tr!("proof-cannot-write", path = index.display().to_string()))?;
    println!(
        "{}",
        tr!(
            "proof-written",
            path = index.display().to_string(),
            screens = sheet.screens.len(),
            languages = sheet.languages.len(),
            images = images
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// Draws every screen of the sheet in every language, half size, with a progress bar;
/// returns how many images were written.
fn draw(
    a: &ProofArgs,
    config: Option<&std::path::Path>,
    sheet: &Sheet,
    pack: Arc<content::Pack>,
    (w, h): (u32, u32),
) -> Result<usize> {
    let mut cfg = Config::load(config)?;
    cfg.orientation = if w > h {
        Orientation::Landscape
    } else {
        Orientation::Portrait
    };
    let wall = chrono::Local::now().naive_local();
    let jobs: Vec<Job> = sheet
        .languages
        .iter()
        .flat_map(|l| sheet.screens.iter().map(move |s| (l, s)))
        .map(|(l, s)| job(&a.out, l, s, wall))
        .collect();
    let bar = indicatif::ProgressBar::new(jobs.len() as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} ({eta})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar.set_message(tr!(
        "proof-drawing",
        screens = sheet.screens.len(),
        languages = sheet.languages.len()
    ));
    let threads = a
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from));
    let batch = Batch {
        pack,
        config: &cfg,
        width: w,
        height: h,
        scale: 0.5,
        threads,
    };
    let drawn = batch::draw_all(&batch, &jobs, &|done| bar.set_position(done as u64));
    bar.finish_and_clear();
    drawn.map_err(|e| anyhow!(tr!("proof-draw-failed", error = e.to_string())))?;
    Ok(jobs.len())
}

/// The shot of one screen in one language, and its file.
fn job(out: &std::path::Path, l: &SheetLanguage, s: &Screen, wall: chrono::NaiveDateTime) -> Job {
    let (node, screen) = match &s.subject {
        Subject::Node(id) => (Some(id.clone()), None),
        Subject::Chrome(c) => (None, Some(c.name())),
    };
    Job {
        shot: Shot {
            lang: l.code.clone(),
            node,
            screen,
            text_scale: 1.0,
            wall,
            audio: false,
            focus: None,
            panel: String::new(),
            offers: None,
            answers: Vec::new(),
        },
        out: out.join(s.image(&l.code)),
    }
}
