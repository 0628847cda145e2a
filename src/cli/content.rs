//! `borne content`: operators' tools for content packs (check, list, build or bundle,
//! sign, coverage of languages, the built-in pack's source, import from the national
//! referential) and the rollback of the installed content.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Subcommand;

use borne::content::{self, Severity};
use borne::default_pack;

use super::common::{data_dir_of, password};

#[derive(Subcommand)]
pub enum ContentCmd {
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
    /// A proof sheet for translators and reviewers: every screen in every language beside
    /// the default one, untranslated texts marked (OUT/index.html, no network needed).
    Proof(super::proof::ProofArgs),
    /// Write the built-in default pack's source into a folder, to start from it.
    ExtractDefault { dir: PathBuf },
    /// Import services from a national referential into a pack's services.toml.
    #[command(subcommand)]
    Import(ImportCmd),
}

#[derive(Subcommand)]
pub enum ImportCmd {
    /// Merge a data·inclusion export (services and structures, JSON or CSV) into
    /// DIR/services.toml: entries edited by hand are kept, and every change reported.
    DataInclusion {
        /// The export's folder (its services and structures files), or its services file.
        export: PathBuf,
        /// The pack's services.toml; the pack's pack.toml maps thématiques to results.
        #[arg(long)]
        out: PathBuf,
        /// Keep the services of these communes only (INSEE codes).
        #[arg(long, num_args = 1..)]
        commune: Vec<String>,
        /// Keep the services of these thématiques only (a theme keeps its sub-themes).
        #[arg(long, num_args = 1..)]
        thematique: Vec<String>,
        /// The structures file, when EXPORT is the services file.
        #[arg(long)]
        structures: Option<PathBuf>,
    },
}

/// Runs one `borne content` subcommand.
pub fn run(c: ContentCmd, config: Option<&Path>) -> Result<ExitCode> {
    match c {
        ContentCmd::Build { dir, out } if out.extension().is_some_and(|e| e == "borne") => bundle(dir, out),
        ContentCmd::Sign { bundle, key } => sign(bundle, key),
        ContentCmd::Rollback { data_dir } => rollback(config, data_dir),
        ContentCmd::Check { dir } => check(dir),
        ContentCmd::List { dir } => list(dir),
        ContentCmd::Build { dir, out } => build(dir, out),
        ContentCmd::Coverage { dir, fail_under } => coverage(dir, fail_under),
        ContentCmd::ExtractDefault { dir } => extract_default(dir),
        ContentCmd::Proof(a) => super::proof::run(a, config),
        ContentCmd::Import(ImportCmd::DataInclusion {
            export,
            out,
            commune,
            thematique,
            structures,
        }) => import(content::import::Options {
            export,
            structures,
            out,
            communes: commune,
            thematiques: thematique,
        }),
    }
}

/// `build` into FILE.borne: a bundle of the pack's source, to sign.
fn bundle(dir: PathBuf, out: PathBuf) -> Result<ExitCode> {
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

fn sign(bundle: PathBuf, key: PathBuf) -> Result<ExitCode> {
    let sig = borne::update::sign::sign(&bundle, &key, password())?;
    println!("{}", sig.display());
    Ok(ExitCode::SUCCESS)
}

fn rollback(config: Option<&Path>, data_dir: Option<PathBuf>) -> Result<ExitCode> {
    let data_dir = data_dir_of(config, data_dir)?;
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

fn check(dir: PathBuf) -> Result<ExitCode> {
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

fn list(dir: PathBuf) -> Result<ExitCode> {
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

/// `build` into any other file: the compiled pack.
fn build(dir: PathBuf, out: PathBuf) -> Result<ExitCode> {
    match content::build_dir(&dir, &out) {
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
    }
}

fn coverage(dir: PathBuf, fail_under: Option<f64>) -> Result<ExitCode> {
    let (src, report) = content::check_dir(&dir);
    if report.has_errors() {
        eprintln!(
            "borne: {} has errors; coverage is computed on what could be read",
            dir.display()
        );
    }
    let rows = content::coverage::coverage(&src);
    println!(
        "{:<10} {:<16} {:>6} {:>9} {:<6} {:>9}  {:<44} missing",
        "language", "name", "UI %", "content %", "voice", "audio", "status"
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
        let audio = format!("{}/{}", r.audio_recorded, r.audio_total);
        println!(
            "{:<10} {:<16} {:>6.1} {:>9.1} {:<6} {:>9}  {:<44} {missing}",
            r.code,
            r.name,
            r.ui_percent,
            r.content_percent,
            r.voice.unwrap_or("-"),
            audio,
            r.status
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

/// `import data-inclusion`: the report on stdout; the file is written only when the
/// import could run (bad rows are skipped and reported, never fatal).
fn import(opts: content::import::Options) -> Result<ExitCode> {
    let report = content::import::import(&opts)?;
    println!("{report}");
    println!(
        "wrote {}; check the pack: borne content check {}",
        opts.out.display(),
        opts.out
            .parent()
            .map_or_else(|| ".".into(), |p| p.display().to_string())
    );
    Ok(ExitCode::SUCCESS)
}

fn extract_default(dir: PathBuf) -> Result<ExitCode> {
    default_pack::extract_to(&dir).with_context(|| format!("cannot write into {}", dir.display()))?;
    println!("the built-in pack's source is in {}", dir.display());
    Ok(ExitCode::SUCCESS)
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
