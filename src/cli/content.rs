//! `borne content`: operators' tools for content packs (check, list, build or bundle,
//! sign, coverage of languages, the built-in pack's source, import from the national
//! referential) and the rollback of the installed content.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Subcommand;

use borne::content::{self, Severity};
use borne::default_pack;
use borne::tr;

use super::common::{data_dir_of, password, shown};
use super::coverage::CoverageArgs;

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
    Coverage(CoverageArgs),
    /// A proof sheet for translators and reviewers: every screen in every language beside
    /// the default one, untranslated texts marked (OUT/index.html, no network needed).
    Proof(super::proof::ProofArgs),
    /// Write the built-in default pack's source into a folder, to start from it.
    ExtractDefault { dir: PathBuf },
    /// Import services from a national referential into a pack's services.toml, or a
    /// landlord's housing offers into its offers/ folder.
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
    /// Write a landlord's housing offers (a CSV or JSON export, photos beside it or in
    /// its photos/ folder) into DIR/offers/LANDLORD.toml, replacing the previous import;
    /// photos shrunk to 1024×768 JPEG without their metadata. See docs/offers.md.
    Offers {
        /// The export: CSV (`;` or `,`, header row) or JSON (an array of objects).
        file: PathBuf,
        /// The landlord: its service id in DIR/services.toml.
        #[arg(long)]
        landlord: String,
        /// The pack folder (it holds pack.toml).
        #[arg(long)]
        out: PathBuf,
    },
}

/// Runs one `borne content` subcommand.
pub fn run(c: ContentCmd, config: Option<&Path>) -> Result<ExitCode> {
    match c {
        ContentCmd::Build { dir, out } => match BuildForm::of(&out)? {
            BuildForm::Bundle => bundle(dir, out),
            BuildForm::Compiled => build(dir, out),
        },
        ContentCmd::Sign { bundle, key } => sign(bundle, key),
        ContentCmd::Rollback { data_dir } => rollback(config, data_dir),
        ContentCmd::Check { dir } => check(dir),
        ContentCmd::List { dir } => list(dir),
        ContentCmd::Coverage(a) => super::coverage::run(a),
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
        ContentCmd::Import(ImportCmd::Offers { file, landlord, out }) => {
            import_offers(content::import::OffersOptions {
                file,
                landlord,
                pack: out,
                today: chrono::Local::now().date_naive(),
            })
        }
    }
}

/// What `content build -o FILE` writes, from FILE's extension (in any case).
enum BuildForm {
    /// `.borne`: a bundle of the source, to sign and copy to a stick.
    Bundle,
    /// `.sqlite`: the compiled pack, as the kiosk opens it.
    Compiled,
}

impl BuildForm {
    /// Any other extension is refused: `-o pack.borne.bak` writing a SQLite file that
    /// no stick accepts would be a silent trap.
    fn of(out: &Path) -> Result<Self> {
        let ext = out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("borne") => Ok(BuildForm::Bundle),
            Some("sqlite") => Ok(BuildForm::Compiled),
            _ => bail!(tr!("cli-build-unknown-extension", file = shown(out))),
        }
    }
}

/// `build` into FILE.borne: a bundle of the pack's source, to sign.
fn bundle(dir: PathBuf, out: PathBuf) -> Result<ExitCode> {
    let bar = indicatif::ProgressBar::new(0);
    let template = format!(
        "{{msg}} [{{bar:40}}] {{pos}}/{{len}} {}",
        tr!("cli-bundle-progress-files")
    );
    bar.set_style(
        indicatif::ProgressStyle::with_template(&template).unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar.set_message(tr!("cli-bundle-progress"));
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
                "{}",
                tr!(
                    "cli-bundle-done",
                    pack = m.pack_id.as_str(),
                    version = m.version.as_str(),
                    files = m.files,
                    file = shown(&out)
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(borne::update::bundle::BundleError::Invalid(_)) => Ok(nothing_built(&dir)),
        Err(e) => {
            let (key, args) = e.reason();
            let reason = borne::update::report::bundle_reason(borne::tools_text::lang(), key, &args);
            bail!(tr!("cli-bundle-failed", file = shown(&out), reason = reason))
        }
    }
}

fn sign(bundle: PathBuf, key: PathBuf) -> Result<ExitCode> {
    let sig = borne::update::sign::sign(&bundle, &key, password())
        .with_context(|| tr!("cli-sign-failed", file = shown(&bundle), key = shown(&key)))?;
    println!("{}", tr!("cli-sign-done", file = shown(&sig)));
    Ok(ExitCode::SUCCESS)
}

fn rollback(config: Option<&Path>, data_dir: Option<PathBuf>) -> Result<ExitCode> {
    let data_dir = data_dir_of(config, data_dir)?;
    match borne::update::store::rollback(&data_dir) {
        Ok((from, to)) => {
            println!("{}", tr!("cli-rollback-done", from = from.as_str(), to = to.as_str()));
            Ok(ExitCode::SUCCESS)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!("borne: {}", tr!("cli-rollback-none"));
            Ok(ExitCode::FAILURE)
        }
        Err(e) => {
            eprintln!("borne: {}", tr!("cli-rollback-failed", reason = e.to_string()));
            Ok(ExitCode::FAILURE)
        }
    }
}

fn check(dir: PathBuf) -> Result<ExitCode> {
    let (_, report) = content::check_dir(&dir);
    for d in &report.diagnostics {
        println!("{d}");
    }
    println!(
        "{}",
        tr!(
            "tools-errors-and-warnings",
            errors = report.errors(),
            warnings = report.warnings()
        )
    );
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
        bail!(tr!("cli-list-has-errors", dir = shown(&dir)));
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
                "{}",
                tr!(
                    "cli-build-done",
                    pack = pack.id.as_str(),
                    version = pack.version.as_str(),
                    nodes = pack.nodes.len(),
                    languages = pack.languages.len(),
                    file = shown(&out)
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(content::compile::BuildError::Invalid(_)) => Ok(nothing_built(&dir)),
        Err(e) => Err(anyhow::Error::new(e).context(tr!("cli-build-failed", file = shown(&out)))),
    }
}

/// `import data-inclusion`: the report on stdout; the file is written only when the
/// import could run (bad rows are skipped and reported, never fatal).
fn import(opts: content::import::Options) -> Result<ExitCode> {
    // The import's own words are English; the operator gets them in the tools' language.
    let report = match content::import::import(&opts) {
        Ok(r) => r,
        Err(e) => bail!(tr!("cli-import-failed", why = import_error(&e))),
    };
    println!("{report}");
    let dir = opts.out.parent().map_or_else(|| ".".into(), shown);
    println!("{}", tr!("cli-import-done", file = shown(&opts.out), dir = dir));
    Ok(ExitCode::SUCCESS)
}

/// `import offers`: the report on stdout; failure when nothing could be imported (then
/// nothing was written) or the file itself could not be read.
fn import_offers(opts: content::import::OffersOptions) -> Result<ExitCode> {
    let report = match content::import::import_offers(&opts) {
        Ok(r) => r,
        Err(e) => bail!(tr!("cli-import-failed", why = e.to_string())),
    };
    println!("{report}");
    if !report.landlord_known {
        println!(
            "{}",
            tr!("cli-import-offers-unknown-landlord", landlord = opts.landlord.as_str())
        );
    }
    match &report.written {
        Some(file) => {
            println!(
                "{}",
                tr!("cli-import-done", file = shown(file), dir = shown(&opts.pack))
            );
            Ok(ExitCode::SUCCESS)
        }
        None => {
            eprintln!("borne: {}", tr!("cli-import-offers-nothing", file = shown(&opts.file)));
            Ok(ExitCode::FAILURE)
        }
    }
}

/// Why an import did not happen, in the tools' language.
fn import_error(e: &content::import::ImportError) -> String {
    use content::import::{ImportError as E, MAX_ROWS, MAX_SELECTED};
    match e {
        E::Unreadable { path, why } => tr!("cli-import-error-unreadable", file = shown(path), why = why.as_str()),
        E::Syntax { path, why } => tr!("cli-import-error-syntax", file = shown(path), why = why.as_str()),
        E::NoServices(d) => tr!("cli-import-error-no-services", dir = shown(d)),
        E::SeveralServices(d) => tr!("cli-import-error-several-services", dir = shown(d)),
        E::NoStructures(d) => tr!("cli-import-error-no-structures", dir = shown(d)),
        E::TooManyRows => tr!("cli-import-error-too-many-rows", max = MAX_ROWS),
        E::TooManySelected => tr!("cli-import-error-too-many-selected", max = MAX_SELECTED),
        E::ServicesFile(f, why) => tr!("cli-import-error-services-file", file = shown(f), why = why.as_str()),
        E::Layout => tr!("cli-import-error-layout"),
        E::Write { path, source } => tr!("cli-import-error-write", file = shown(path), why = source.to_string()),
        E::Refused(m) => m.render(borne::tools_text::lang()),
    }
}

fn extract_default(dir: PathBuf) -> Result<ExitCode> {
    default_pack::extract_to(&dir).with_context(|| tr!("cli-extract-failed", dir = shown(&dir)))?;
    println!("{}", tr!("cli-extract-done", dir = shown(&dir)));
    Ok(ExitCode::SUCCESS)
}

/// Prints every problem of a pack that could not be built.
fn nothing_built(dir: &Path) -> ExitCode {
    let (_, report) = content::check_dir(dir);
    for d in &report.diagnostics {
        println!("{d}");
    }
    eprintln!(
        "borne: {}",
        tr!("cli-nothing-built", errors = report.errors(), dir = shown(dir))
    );
    ExitCode::FAILURE
}
