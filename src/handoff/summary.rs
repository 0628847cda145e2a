//! What a mediator reads from a ticket, in French: `borne handoff decode`. The texts
//! are Fluent messages (`locales/mediator/fr.ftl`).

use chrono::NaiveDateTime;
use fluent_bundle::FluentValue;
use serde::Serialize;

use super::{time_of, MatchError, Payload};
use crate::content::{Node, NodeKind, Pack};

const FTL: &str = include_str!("../../locales/mediator/fr.ftl");

/// A decoded ticket, as JSON for other tools.
#[derive(Debug, Serialize)]
pub struct Summary {
    pub ticket: u16,
    pub kiosk: String,
    pub issued_hour: String,
    pub language: Option<String>,
    pub steps: Vec<u8>,
    /// Node ids from the root, when the ticket matches the pack.
    pub path: Option<Vec<String>>,
    pub results: Vec<String>,
    /// Why the path could not be read, when it could not.
    pub problem: Option<String>,
    /// The first lines of the French text: number, when and where, language.
    #[serde(skip)]
    pub heading: Vec<String>,
}

/// The mediators' French texts (`locales/mediator/fr.ftl`).
pub struct Texts(crate::i18n::FrenchTexts);

impl Default for Texts {
    fn default() -> Self {
        Texts::new()
    }
}

impl Texts {
    pub fn new() -> Self {
        Texts(crate::i18n::FrenchTexts::new(FTL))
    }

    pub fn t(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.0.t(key, args)
    }
}

/// Decodes `payload` against `pack` (if any) into a summary and its French text.
pub fn summarize(payload: &Payload, pack: Option<&Pack>) -> (Summary, String) {
    let t = Texts::new();
    let when = time_of(payload.hour);
    let kiosk = format!("{:04x}", payload.kiosk);
    let lang = payload.language_code();
    let mut out = heading(&t, payload, when, &kiosk, lang);
    let mut summary = Summary {
        ticket: payload.ticket,
        kiosk,
        issued_hour: when.format("%Y-%m-%dT%H:00").to_string(),
        language: lang.map(str::to_string),
        steps: payload.steps.clone(),
        path: None,
        results: vec![],
        problem: None,
        heading: out.clone(),
    };
    let steps_line = payload
        .steps
        .iter()
        .map(|s| (s + 1).to_string())
        .collect::<Vec<_>>()
        .join(" > ");
    match pack.map(|p| (p, payload.path_in(p))) {
        None => {
            out.push(t.t("ticket-steps-only", &[("steps", arg(steps_line))]));
            out.push(t.t("ticket-no-content", &[]));
        }
        Some((_, Err(e))) => {
            let msg = mismatch(&t, &e, pack);
            out.push(msg.clone());
            out.push(t.t("ticket-steps-only", &[("steps", arg(steps_line))]));
            summary.problem = Some(msg);
        }
        Some((pack, Ok(path))) => {
            out.push(t.t(
                "ticket-pack-ok",
                &[("pack", arg(pack.id.clone())), ("version", arg(pack.version.clone()))],
            ));
            out.push(t.t("ticket-path", &[]));
            summary.results = describe_path(&t, pack, &path, &mut out);
            summary.path = Some(path);
        }
    }
    (summary, out.join("\n"))
}

/// A text argument of a Fluent message.
fn arg(v: String) -> FluentValue<'static> {
    FluentValue::from(v)
}

/// The first lines: ticket number, when and where it was issued, language.
fn heading(t: &Texts, payload: &Payload, when: NaiveDateTime, kiosk: &str, lang: Option<&str>) -> Vec<String> {
    let mut out = vec![
        t.t("ticket-title", &[("ticket", FluentValue::from(payload.ticket))]),
        t.t(
            "ticket-when",
            &[
                ("date", arg(when.format("%d/%m/%Y").to_string())),
                ("hour", arg(when.format("%H").to_string())),
                ("kiosk", arg(kiosk.to_string())),
            ],
        ),
    ];
    out.push(match lang.and_then(crate::i18n::language) {
        Some(l) => t.t(
            "ticket-language",
            &[("name", arg(l.name.into())), ("code", arg(l.code.into()))],
        ),
        None => t.t(
            "ticket-language-unknown",
            &[("index", FluentValue::from(payload.language))],
        ),
    });
    out
}

/// Why the ticket's path cannot be read in this pack.
fn mismatch(t: &Texts, e: &MatchError, pack: Option<&Pack>) -> String {
    match e {
        MatchError::OtherPack => t.t("ticket-other-pack", &[]),
        MatchError::OtherVersion(a, b, c) => t.t(
            "ticket-other-version",
            &[
                ("version", arg(format!("{a}.{b}.{c}"))),
                ("mine", arg(pack.map(|p| p.version.clone()).unwrap_or_default())),
            ],
        ),
        MatchError::OtherContent => t.t("ticket-other-content", &[]),
        MatchError::BadStep(n) => t.t("ticket-bad-step", &[("step", FluentValue::from(*n))]),
    }
}

/// One line per step of the path, with details under each result; returns the results.
fn describe_path(t: &Texts, pack: &Pack, path: &[String], out: &mut Vec<String>) -> Vec<String> {
    let mut results = vec![];
    for (i, id) in path.iter().skip(1).enumerate() {
        let Some(node) = pack.node(id) else { continue };
        let key = if node.kind == NodeKind::Result {
            "ticket-step-result"
        } else {
            "ticket-step"
        };
        out.push(format!(
            "  {}",
            t.t(
                key,
                &[
                    ("n", FluentValue::from(i + 1)),
                    ("title", arg(french(pack, &format!("node-{id}"))))
                ]
            )
        ));
        if node.kind == NodeKind::Result {
            results.push(id.clone());
            describe_result(t, pack, id, node, out);
        }
    }
    results
}

/// A result's text, the documents to bring and where to go.
fn describe_result(t: &Texts, pack: &Pack, id: &str, node: &Node, out: &mut Vec<String>) {
    out.push(format!(
        "     {}",
        t.t(
            "ticket-result-text",
            &[("text", arg(french(pack, &format!("node-{id}.text"))))]
        )
    ));
    if !node.documents.is_empty() {
        let docs: Vec<String> = node
            .documents
            .iter()
            .map(|d| french(pack, &format!("doc-{d}")))
            .collect();
        out.push(format!(
            "     {}",
            t.t("ticket-documents", &[("list", arg(docs.join(", ")))])
        ));
    }
    if !node.services.is_empty() {
        let svcs: Vec<String> = node
            .services
            .iter()
            .filter_map(|x| pack.service(x))
            .map(|x| x.nom.clone())
            .collect();
        out.push(format!(
            "     {}",
            t.t("ticket-where", &[("list", arg(svcs.join(" ; ")))])
        ));
    }
}

/// A pack text in French, or nothing.
fn french(pack: &Pack, key: &str) -> String {
    pack.text("fr", key).map(|x| x.value).unwrap_or_default()
}

/// The French message for an unreadable ticket.
pub fn unreadable(error: &crate::handoff::DecodeError) -> String {
    use super::DecodeError as E;
    let t = Texts::new();
    let reason = match error {
        E::Empty => t.t("ticket-error-empty", &[]),
        E::Encoding => t.t("ticket-error-encoding", &[]),
        E::Truncated(_) => t.t("ticket-error-truncated", &[]),
        E::FutureVersion(v) => t.t("ticket-error-future", &[("version", FluentValue::from(*v))]),
        E::Check => t.t("ticket-error-check", &[]),
        E::PathTooLong(n) => t.t("ticket-error-path", &[("steps", FluentValue::from(*n))]),
    };
    t.t("ticket-unreadable", &[("reason", FluentValue::from(reason))])
}
