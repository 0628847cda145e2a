//! What a mediator reads from a ticket, in French: `borne handoff decode` and the
//! kiosk's mediator view. The texts are Fluent messages (`locales/mediator/fr.ftl`).
//!
//! [`read`] and [`read_bytes`] are the whole way from a scanned code to what is shown:
//! pure functions of the code, the pack and the time, which any input may be fed to.

use chrono::{NaiveDateTime, TimeDelta};
use fluent_bundle::FluentValue;
use serde::Serialize;

use super::{DecodeError, MatchError, Payload};
use crate::content::{Node, NodeKind, Pack};

const FTL: &str = include_str!("../../locales/mediator/fr.ftl");

/// A decoded ticket, as JSON for other tools.
#[derive(Debug, Serialize)]
pub struct Summary {
    pub ticket: u16,
    pub kiosk: String,
    pub issued_hour: String,
    /// Issued more than a day after the reader's clock: one of the two clocks is wrong.
    pub issued_after_now: bool,
    pub language: Option<String>,
    /// About a discreet result: the path is not written on the ticket.
    pub discreet: bool,
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

/// A scanned or typed code (bare, or a URL holding it after `#`), read against `pack`
/// (if any) at `now` (the reader's local time): its summary and French text.
pub fn read(code: &str, pack: Option<&Pack>, now: NaiveDateTime) -> Result<(Summary, String), DecodeError> {
    summarize(&Payload::decode(code)?, pack, now)
}

/// [`read`] for a ticket's bytes (before base32).
pub fn read_bytes(bytes: &[u8], pack: Option<&Pack>, now: NaiveDateTime) -> Result<(Summary, String), DecodeError> {
    summarize(&Payload::from_bytes(bytes)?, pack, now)
}

/// Decodes `payload` against `pack` (if any) into a summary and its French text. A
/// payload out of its ranges (see [`Payload::check`]) is refused like a bad code.
pub fn summarize(payload: &Payload, pack: Option<&Pack>, now: NaiveDateTime) -> Result<(Summary, String), DecodeError> {
    payload.check()?;
    let when = payload.issued().ok_or(DecodeError::Date(payload.hour))?;
    let after_now = now
        .checked_add_signed(TimeDelta::days(1))
        .is_some_and(|tomorrow| when > tomorrow);
    let t = Texts::new();
    let kiosk = format!("{:04x}", payload.kiosk);
    let lang = payload.language_code();
    let mut out = heading(&t, payload, when, after_now, &kiosk, lang);
    let mut summary = Summary {
        ticket: payload.ticket,
        kiosk,
        issued_hour: when.format("%Y-%m-%dT%H:00").to_string(),
        issued_after_now: after_now,
        language: lang.map(str::to_string),
        discreet: payload.discreet,
        steps: payload.steps.clone(),
        path: None,
        results: vec![],
        problem: None,
        heading: out.clone(),
    };
    // Choice numbers from 1, in a type wide enough for step 255.
    let steps_line = payload
        .steps
        .iter()
        .map(|s| (u16::from(*s) + 1).to_string())
        .collect::<Vec<_>>()
        .join(" > ");
    if payload.discreet {
        out.push(t.t("ticket-discreet", &[]));
        return Ok((summary, out.join("\n")));
    }
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
    Ok((summary, out.join("\n")))
}

/// A text argument of a Fluent message.
fn arg(v: String) -> FluentValue<'static> {
    FluentValue::from(v)
}

/// The first lines: ticket number, when and where it was issued (and whether that is
/// after the reader's clock), language.
fn heading(
    t: &Texts,
    payload: &Payload,
    when: NaiveDateTime,
    after_now: bool,
    kiosk: &str,
    lang: Option<&str>,
) -> Vec<String> {
    let when_key = if after_now { "ticket-when-future" } else { "ticket-when" };
    let mut out = vec![
        t.t("ticket-title", &[("ticket", FluentValue::from(payload.ticket))]),
        t.t(
            when_key,
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
        MatchError::Discreet => t.t("ticket-discreet", &[]),
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
pub fn unreadable(error: &DecodeError) -> String {
    use DecodeError as E;
    let t = Texts::new();
    let reason = match error {
        E::Empty => t.t("ticket-error-empty", &[]),
        E::Encoding => t.t("ticket-error-encoding", &[]),
        E::Truncated(_) => t.t("ticket-error-truncated", &[]),
        E::FutureVersion(v) => t.t("ticket-error-future", &[("version", FluentValue::from(*v))]),
        E::Check => t.t("ticket-error-check", &[]),
        E::PathTooLong(n) => t.t("ticket-error-path", &[("steps", FluentValue::from(*n))]),
        E::Date(_) => t.t("ticket-error-date", &[]),
        E::Flags(_) => t.t("ticket-error-flags", &[]),
        E::DiscreetWithPath(_) => t.t("ticket-error-discreet", &[]),
    };
    t.t("ticket-unreadable", &[("reason", FluentValue::from(reason))])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handoff::fuzz::default_pack;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .expect("date")
    }

    fn payload(steps: Vec<u8>) -> Payload {
        Payload {
            pack_fingerprint: [0; 4],
            pack_version: (1, 0, 0),
            content_hash: [0; 4],
            language: 2,
            kiosk: 0xc3f0,
            ticket: 42,
            hour: 25_000,
            discreet: false,
            steps,
        }
    }

    #[test]
    fn finding_1_the_audit_ticket_is_a_plain_message() {
        let forged = Payload {
            hour: u32::MAX,
            ..payload(vec![255])
        };
        let code = data_encoding::BASE32_NOPAD.encode(&forged.to_bytes());
        for pack in [None, Some(default_pack())] {
            let e = read(&code, pack, at(2026, 11, 24)).expect_err("refused");
            assert_eq!(e, DecodeError::Date(u32::MAX));
            assert!(
                unreadable(&e).contains("la date qu'il porte est impossible"),
                "{}",
                unreadable(&e)
            );
            // Built by hand rather than decoded, it is refused the same way.
            assert_eq!(summarize(&forged, pack, at(2026, 11, 24)).err(), Some(e));
        }
    }

    #[test]
    fn finding_1_a_step_of_255_is_choice_256() {
        let (summary, text) = read_bytes(&payload(vec![255, 0]).to_bytes(), None, at(2026, 11, 24)).expect("reads");
        assert!(text.contains("Parcours (numéros des choix) : 256 > 1"), "{text}");
        assert_eq!(summary.steps, [255, 0]);
    }

    #[test]
    fn finding_1_a_ticket_from_the_future_is_flagged() {
        // Hour 25,000 is 2026-11-07 16:00.
        let p = payload(vec![]);
        let (summary, text) = summarize(&p, None, at(2026, 11, 6)).expect("reads");
        assert!(summary.issued_after_now);
        assert!(text.contains("plus d'un jour après la date de ce poste"), "{text}");
        let (summary, _) = summarize(&p, None, at(2026, 11, 7)).expect("reads");
        assert!(!summary.issued_after_now, "within a day: clocks differ a little");
        // Any clock, even absurd, gives an answer.
        for now in [NaiveDateTime::MIN, NaiveDateTime::MAX] {
            assert!(summarize(&p, None, now).is_ok());
        }
    }

    #[test]
    fn finding_8_a_discreet_ticket_says_to_ask_the_person() {
        let pack = default_pack();
        let path = crate::ui::headless::path_to(pack, "emergency-violence").expect("path");
        let p = Payload::for_path(pack, &path, "ar", "k", 5, at(2026, 11, 24)).expect("payload");
        assert!(p.discreet && p.steps.is_empty());
        let (summary, text) = summarize(&p, Some(pack), at(2026, 11, 24)).expect("reads");
        assert!(summary.discreet && summary.path.is_none() && summary.results.is_empty());
        assert_eq!(summary.language.as_deref(), Some("ar"));
        assert!(text.contains("Le parcours n'est pas écrit sur ce ticket"), "{text}");
        assert!(text.contains("demandez à la personne"), "{text}");
        assert!(!text.contains("Parcours"), "{text}");
        // Nothing says the topic, nor even that it is a sensitive one.
        assert!(
            !text.to_lowercase().contains("violence") && !text.contains("discret"),
            "{text}"
        );
        // An ordinary path is unchanged.
        let path = crate::ui::headless::path_to(pack, "housing-apl").expect("path");
        let p = Payload::for_path(pack, &path, "ar", "k", 5, at(2026, 11, 24)).expect("payload");
        assert!(!p.discreet && p.steps.len() == 2 && p.to_bytes()[0] == 1);
    }
}
