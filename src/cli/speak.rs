//! `borne speak`: what the kiosk says on a screen, as a WAV file (recordings included)
//! or, with `--text-only`, as text, one utterance per line. For operators checking a
//! pack's speech and recordings, and for tests.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::ValueEnum;

use borne::config::Config;
use borne::i18n::Localizer;
use borne::speech::{self, Scene, Screen, Synth, Take};

use super::common::load_pack_kept;

/// The screens, named as `borne screenshot` names them.
#[derive(Clone, Copy, ValueEnum)]
pub enum SpeakScreen {
    Attract,
    Language,
    Home,
    Help,
    Emergency,
    Ticket,
    #[value(alias = "idle")]
    IdleWarning,
}

#[derive(clap::Args)]
pub struct SpeakArgs {
    /// A pack folder or a compiled pack; the built-in pack if omitted.
    #[arg(long)]
    content: Option<PathBuf>,
    /// The node to say (a question, a result, an information page).
    #[arg(long, required_unless_present = "screen", conflicts_with = "screen")]
    node: Option<String>,
    #[arg(long, value_enum)]
    screen: Option<SpeakScreen>,
    #[arg(long, default_value = "fr")]
    lang: String,
    /// The WAV file to write (mono, 16-bit, 22,050 Hz).
    #[arg(long, required_unless_present = "text_only")]
    out: Option<PathBuf>,
    /// Print the text that would be said, one utterance per line, and write nothing.
    #[arg(long)]
    text_only: bool,
    /// With --text-only: each line starts with how it is said and the message it
    /// comes from (what to name a recording: audio/LANG/KEY.wav).
    #[arg(long, requires = "text_only")]
    keys: bool,
    /// The kiosk clock for opening hours, e.g. 2026-11-24T10:00 (default: now).
    #[arg(long)]
    time: Option<String>,
    /// The ticket number said on `--screen ticket`.
    #[arg(long, default_value_t = 1)]
    ticket_number: u16,
}

impl SpeakScreen {
    fn screen(self, config: &Config, ticket: u16) -> Screen {
        match self {
            SpeakScreen::Attract => Screen::Attract,
            SpeakScreen::Language => Screen::Language,
            SpeakScreen::Home => Screen::Home,
            SpeakScreen::Help => Screen::Help,
            SpeakScreen::Emergency => Screen::Emergency,
            SpeakScreen::Ticket => Screen::Ticket { number: ticket },
            SpeakScreen::IdleWarning => Screen::IdleWarning {
                remaining: config.session.countdown.as_secs() as u32,
            },
        }
    }
}

/// Says a screen into a WAV file or prints its text; fails when nothing of the
/// language can be said (no voice, no recording).
pub fn run(a: SpeakArgs, config: Option<&Path>) -> Result<ExitCode> {
    // The compiled file stays until the end: recordings are read from it.
    let (pack, _compiled) = load_pack_kept(a.content.as_deref())?;
    let cfg = Config::load(config)?;
    if borne::i18n::language(&a.lang).is_none() && !pack.has_language(&a.lang) {
        bail!("language \"{}\" is not known", a.lang);
    }
    let now = match &a.time {
        Some(t) => chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M")
            .context("--time must look like 2026-11-24T10:00")?,
        None => chrono::Local::now().naive_local(),
    };
    let screen = match (&a.node, a.screen) {
        (Some(id), _) => Screen::Node(id.clone()),
        (None, Some(s)) => s.screen(&cfg, a.ticket_number),
        (None, None) => bail!("give --node or --screen"),
    };
    let l10n = Localizer::new();
    let scene = Scene {
        pack: &pack,
        l10n: &l10n,
        lang: &a.lang,
        now,
    };
    let plan = speech::plan_screen(&scene, &screen)?;
    if !plan.says_anything_in_language() {
        eprintln!(
            "borne: nothing of this screen can be said in {}: eSpeak NG has no voice for it and the pack has no \
             recording of its messages (add audio/{}/KEY.wav; see `borne speak --text-only --keys`)",
            a.lang, a.lang
        );
        return Ok(ExitCode::FAILURE);
    }
    let missing: Vec<String> = plan.unspeakable().map(|u| describe(&u.source)).collect();
    if !missing.is_empty() {
        eprintln!(
            "borne: {} message(s) have no recording in {} and no voice can say them: {}",
            missing.len(),
            a.lang,
            missing.join(", ")
        );
    }
    if a.text_only {
        print_text(&plan, a.keys);
        return Ok(ExitCode::SUCCESS);
    }
    let out = a.out.context("give --out FILE.wav, or --text-only")?;
    let started = Instant::now();
    let rendered = speech::render(&pack, &plan, &Synth::default())?;
    let bytes = rendered.pcm.to_wav()?;
    std::fs::write(&out, bytes).with_context(|| format!("cannot write {}", out.display()))?;
    println!(
        "{}: {:.1} s of speech ({} recorded, {} synthesised in {} ms; {} ms in all)",
        out.display(),
        rendered.pcm.seconds(),
        rendered.recorded,
        rendered.synthesised,
        rendered.synthesis.as_millis(),
        started.elapsed().as_millis()
    );
    Ok(ExitCode::SUCCESS)
}

/// One utterance per line; with `keys`, how it is said and its message first.
fn print_text(plan: &speech::Plan, keys: bool) {
    for (u, take) in &plan.steps {
        if !keys {
            if *take != Take::Unspeakable {
                println!("{}", u.text);
            }
            continue;
        }
        let how = match take {
            Take::Recorded { .. } => "recorded".to_string(),
            Take::Synthesised(v) => format!("voice {}", v.name),
            Take::Unspeakable => "SILENT".to_string(),
        };
        println!("{}\t{how}\t{}\t{}", u.lang, describe(&u.source), u.text);
    }
}

/// The message an utterance comes from, as an operator names a recording of it.
fn describe(source: &speech::Source) -> String {
    match source {
        speech::Source::Chrome { key, args } if args.is_empty() => key.clone(),
        speech::Source::Chrome { key, .. } => format!("{key} (with a value: voice only)"),
        speech::Source::Pack { key } => key.clone(),
        speech::Source::LanguageName => speech::script::LANGUAGE_NAME_KEY.to_string(),
        speech::Source::Data => "-".to_string(),
    }
}
