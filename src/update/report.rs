//! The report a stick visit leaves on the stick: what was found, what was installed or
//! refused and why, in plain French (`locales/update/fr.ftl`) and as JSON for tools.
//! `borne update apply` prints the same report in the tools' language
//! (`locales/update/en.ftl` when it is English).

use std::path::{Path, PathBuf};

use fluent_bundle::FluentValue;
use serde::Serialize;

use super::install::{Installed, Refusal};
use super::token::TokenError;
use crate::safe_fs::{SafeDir, SafeFsError};
use crate::tools_text::ToolLang;

const FTL: &str = include_str!("../../locales/update/fr.ftl");
const FTL_EN: &str = include_str!("../../locales/update/en.ftl");

/// What happened to one bundle.
#[derive(Debug, Serialize)]
pub struct BundleOutcome {
    pub file: String,
    pub installed: Option<Installed>,
    /// The refusal's stable code, when refused.
    pub refused: Option<String>,
    /// The reason in plain words (French on a stick).
    pub reason: Option<String>,
}

/// One visit of a stick.
#[derive(Debug, Serialize)]
pub struct Report {
    pub kiosk: String,
    pub at: String,
    pub bundles: Vec<BundleOutcome>,
    pub stats_files: Option<usize>,
    pub stats_error: Option<String>,
    /// Why the statistics were not copied to this stick: it is not the operator's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stats_refused: Option<StatsRefusal>,
    /// The language of the texts: French, but for a command run in English.
    #[serde(skip)]
    lang: ToolLang,
}

/// Statistics kept on the kiosk because the stick is not authorized.
#[derive(Debug, Serialize)]
pub struct StatsRefusal {
    /// A stable code (`no-token`, `token-signature`, ...).
    pub code: String,
    /// The reason in plain words (French on a stick).
    pub reason: String,
}

struct Texts(crate::i18n::FrenchTexts);

impl Texts {
    fn new(lang: ToolLang) -> Self {
        Texts(match lang {
            ToolLang::Fr => crate::i18n::FrenchTexts::new(FTL),
            ToolLang::En => crate::i18n::FrenchTexts::for_language(FTL_EN, "en"),
        })
    }

    fn t(&self, key: &str, args: &[(&str, String)]) -> String {
        let args: Vec<(&str, FluentValue<'_>)> =
            args.iter().map(|(k, v)| (*k, FluentValue::from(v.as_str()))).collect();
        self.0.t(key, &args)
    }
}

/// Why a bundle was refused ([`super::bundle::BundleError::reason`]) in `lang`.
pub fn bundle_reason(lang: ToolLang, key: &str, args: &[(&str, String)]) -> String {
    Texts::new(lang).t(key, args)
}

/// A refusal in plain French.
pub fn reason(refusal: &Refusal, file: &Path) -> String {
    reason_in(ToolLang::Fr, refusal, file)
}

/// A refusal in plain words, in `lang`.
pub fn reason_in(lang: ToolLang, refusal: &Refusal, file: &Path) -> String {
    use super::sign::SignError as S;
    let t = Texts::new(lang);
    let s = |v: &dyn std::fmt::Display| v.to_string();
    match refusal {
        Refusal::Signature(S::Missing(_)) => t.t("reason-no-signature", &[("file", s(&file.display()))]),
        Refusal::Signature(S::UnknownKey) => t.t("reason-unknown-key", &[]),
        Refusal::Signature(S::Legacy) => t.t("reason-legacy-signature", &[]),
        Refusal::Signature(S::Unreadable(d)) => t.t("reason-unreadable-signature", &[("detail", d.clone())]),
        Refusal::Signature(S::TooLarge(max)) => t.t("reason-signature-too-large", &[("max", max.to_string())]),
        Refusal::Signature(S::NoTrustedKeys) | Refusal::Signature(S::BadKey(_)) => t.t("reason-no-trusted-keys", &[]),
        Refusal::Signature(_) => t.t("reason-bad-signature", &[]),
        Refusal::OtherPack { found, installed } => t.t(
            "reason-other-pack",
            &[("found", found.clone()), ("installed", installed.clone())],
        ),
        Refusal::NotNewer { found, installed } => t.t(
            "reason-not-newer",
            &[("found", found.clone()), ("installed", installed.clone())],
        ),
        Refusal::NeedsNewerBorne(v) => t.t("reason-needs-newer-borne", &[("version", v.clone())]),
        Refusal::Invalid { count, first } => t.t(
            "reason-invalid-pack",
            &[("count", count.to_string()), ("first", first.clone())],
        ),
        Refusal::Storage(d) => t.t("reason-storage", &[("detail", d.clone())]),
        Refusal::Source(SafeFsError::Io { source, .. }) => {
            t.t("reason-stick-unreadable", &[("detail", source.to_string())])
        }
        Refusal::Source(e) => t.t("reason-unsafe", &[("detail", e.to_string())]),
        Refusal::Bundle(e) => {
            let (key, args) = e.reason();
            t.t(key, &args)
        }
        Refusal::BadVersion(_) | Refusal::ManifestMismatch => t.t("reason-damaged", &[("detail", refusal.to_string())]),
    }
}

impl Report {
    /// A report in French, as the kiosk leaves it on a stick.
    pub fn new(kiosk: &str, at: chrono::NaiveDateTime) -> Self {
        Self::in_language(kiosk, at, ToolLang::Fr)
    }

    /// A report in `lang` (a command prints it in the tools' language).
    pub fn in_language(kiosk: &str, at: chrono::NaiveDateTime, lang: ToolLang) -> Self {
        Report {
            kiosk: kiosk.to_string(),
            at: at.format("%Y-%m-%dT%H:%M").to_string(),
            bundles: vec![],
            stats_files: None,
            stats_error: None,
            stats_refused: None,
            lang,
        }
    }

    /// Notes that the statistics stayed on the kiosk, and why.
    pub fn refuse_stats(&mut self, why: &TokenError) {
        let t = Texts::new(self.lang);
        let detail = |e: &dyn std::fmt::Display| e.to_string();
        let reason = match why {
            TokenError::Missing => t.t("token-missing", &[]),
            TokenError::Signature(e) => t.t("token-signature", &[("detail", detail(e))]),
            TokenError::Unreadable(e) | TokenError::Write(e) => t.t("token-invalid", &[("detail", detail(e))]),
            TokenError::Invalid(e) => t.t("token-invalid", &[("detail", detail(e))]),
        };
        self.stats_refused = Some(StatsRefusal {
            code: why.code().to_string(),
            reason,
        });
    }

    pub fn add(&mut self, file: &Path, result: &Result<Installed, Refusal>) {
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        self.bundles.push(match result {
            Ok(i) => BundleOutcome {
                file: name,
                installed: Some(i.clone()),
                refused: None,
                reason: None,
            },
            Err(r) => BundleOutcome {
                file: name,
                installed: None,
                refused: Some(r.code().to_string()),
                reason: Some(reason_in(self.lang, r, file)),
            },
        });
    }

    /// The report in plain words, in its language.
    pub fn text(&self) -> String {
        let t = Texts::new(self.lang);
        let mut out = vec![t.t(
            "report-title",
            &[("kiosk", self.kiosk.clone()), ("date", self.at.replace('T', " "))],
        )];
        if self.bundles.is_empty() {
            out.push(t.t("report-none", &[]));
        }
        for b in &self.bundles {
            out.push(String::new());
            out.push(t.t("report-found", &[("file", b.file.clone())]));
            match (&b.installed, &b.reason) {
                (Some(i), _) => out.push(t.t(
                    "report-applied",
                    &[
                        ("pack", i.pack_id.clone()),
                        ("version", i.version.clone()),
                        ("nodes", i.nodes.to_string()),
                        ("languages", i.languages.to_string()),
                        ("previous", i.previous_version.clone()),
                    ],
                )),
                (None, Some(r)) => {
                    out.push(t.t("report-refused", &[("reason", r.clone())]));
                    out.push(t.t("report-kept", &[]));
                }
                (None, None) => {}
            }
        }
        out.push(String::new());
        if let Some(n) = self.stats_files {
            out.push(t.t("report-stats", &[("files", n.to_string())]));
        }
        if let Some(e) = &self.stats_error {
            out.push(t.t("report-stats-failed", &[("reason", e.clone())]));
        }
        if let Some(r) = &self.stats_refused {
            out.push(t.t("report-stats-not-authorized", &[("reason", r.reason.clone())]));
        }
        out.push(t.t("report-remove", &[]));
        out.join("\n") + "\n"
    }

    /// Writes `report.txt` and `report.json` into the stick's `borne/` folder, each
    /// under a temporary name then renamed, and synced: a stick pulled out early holds
    /// the previous report or the new one, not half of one. Nothing is written through
    /// a link.
    pub fn write_to(&self, dir: &SafeDir) -> Result<Vec<PathBuf>, SafeFsError> {
        let json = serde_json::to_string_pretty(self).map_err(|e| SafeFsError::Io {
            path: dir.join("report.json"),
            source: std::io::Error::other(e),
        })?;
        let mut written = vec![];
        for (name, body) in [("report.txt", self.text()), ("report.json", json)] {
            dir.write_atomic(name, body.as_bytes())?;
            written.push(dir.join(name));
        }
        let _ = dir.sync();
        Ok(written)
    }
}
