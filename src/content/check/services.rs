//! Checks of one entry of `services.toml`: how to reach it (phone, e-mail, hours),
//! its data·inclusion tags, dates (last checked, closures), Acceslibre page, and the
//! results it adds itself to.

use std::collections::HashMap;

use super::Whole;
use crate::content::diagnostic::Report;
use crate::msg;
use chrono::NaiveDate;

use crate::content::model::{older_than, CLOSURE_REASONS};
use crate::content::source::{At, SourcePack, SrcNode, SrcService, SERVICES_FILE};
use crate::content::thematiques;

/// data·inclusion `frais` (v1, and the v0 values still found in older exports).
const FRAIS: &[&str] = &[
    "gratuit",
    "payant",
    "gratuit-sous-conditions",
    "adhesion",
    "pass-numerique",
];
/// data·inclusion `modes_accueil`.
const MODES_ACCUEIL: &[&str] = &["en-presentiel", "a-distance"];
/// Where Acceslibre pages live.
pub const ACCESLIBRE_SITE: &str = "https://acceslibre.beta.gouv.fr/";

/// Every check of one service.
pub(super) fn check_service(s: &SrcService, nodes: &HashMap<&str, &SrcNode>, whole: Whole, r: &mut Report) {
    check_contact(s, r);
    check_tags(s, r);
    check_dates(s, r);
    check_acceslibre(s, r);
    if whole.nodes {
        check_nodes(s, nodes, r);
    }
    if s.example {
        r.warning(
            SERVICES_FILE,
            s.line,
            "example",
            msg!("check-example-service", id = &s.id.value),
        );
    }
}

fn check_contact(s: &SrcService, r: &mut Report) {
    if let Some(t) = &s.telephone {
        if let Err(why) = crate::phone::validate(&t.value) {
            r.error(
                SERVICES_FILE,
                t.line,
                "invalid-phone",
                msg!("check-invalid-phone", number = &t.value, why = phone_why(&why)),
            );
        }
    }
    if let Some(c) = &s.courriel {
        if !is_email(&c.value) {
            r.error(
                SERVICES_FILE,
                c.line,
                "invalid-email",
                msg!("check-invalid-email", address = &c.value),
            );
        }
    }
    if let Some(h) = &s.horaires_accueil {
        if let Err(e) = crate::hours::validate(&h.value) {
            r.error(
                SERVICES_FILE,
                h.line,
                "invalid-hours",
                msg!(
                    "check-invalid-hours",
                    hours = &h.value,
                    column = e.column,
                    part = e.part,
                    example = crate::hours::HOURS_EXAMPLE
                ),
            );
        }
    }
    if s.telephone.is_none() && s.site_web.is_none() && s.adresse.is_none() && s.courriel.is_none() {
        r.warning(
            SERVICES_FILE,
            s.line,
            "unreachable-service",
            msg!("check-unreachable-service", id = &s.id.value),
        );
    }
}

/// One `@`, something on each side, a dot in the domain, no space.
fn phone_why(e: &crate::phone::PhoneError) -> crate::content::diagnostic::Message {
    use crate::phone::PhoneError;
    match e {
        PhoneError::NotE164 => msg!("check-phone-not-e164"),
        PhoneError::Separators => msg!("check-phone-separators"),
        PhoneError::Unparsable(detail) => msg!("check-phone-unparsable", detail = detail),
        PhoneError::NotInPlan => msg!("check-phone-not-in-plan"),
    }
}

pub fn is_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && !s.contains(char::is_whitespace)
        }
        None => false,
    }
}

fn check_tags(s: &SrcService, r: &mut Report) {
    for t in &s.thematiques {
        if !thematiques::is_known_thematique(&t.value) {
            r.error(
                SERVICES_FILE,
                t.line,
                "unknown-thematique",
                msg!("check-unknown-thematique", value = &t.value),
            );
        }
    }
    for p in &s.publics {
        if !thematiques::is_known_public(&p.value) {
            r.warning(
                SERVICES_FILE,
                p.line,
                "unknown-public",
                msg!("check-unknown-public", value = &p.value),
            );
        }
    }
    let unknown = |r: &mut Report, v: &At<String>, known: &[&str], what: &'static str| {
        if !known.contains(&v.value.as_str()) {
            r.warning(
                SERVICES_FILE,
                v.line,
                "unknown-value",
                msg!(
                    "check-unknown-value",
                    value = &v.value,
                    what = what,
                    known = known.join(", ")
                ),
            );
        }
    };
    if let Some(f) = &s.frais {
        unknown(r, f, FRAIS, "frais");
    }
    for m in &s.modes_accueil {
        unknown(r, m, MODES_ACCUEIL, "modes_accueil");
    }
}

fn date(r: &mut Report, d: &At<String>) -> Option<chrono::NaiveDate> {
    let parsed = crate::content::compile::parse_date(&d.value);
    if parsed.is_none() {
        r.error(
            SERVICES_FILE,
            d.line,
            "invalid-date",
            msg!("check-invalid-date", date = &d.value),
        );
    }
    parsed
}

/// The date last checked, and each closure: real days, in order, with a known reason.
fn check_dates(s: &SrcService, r: &mut Report) {
    if let Some(d) = &s.date_maj {
        date(r, d);
    }
    for c in &s.closures {
        if let (Some(from), Some(to)) = (date(r, &c.from), date(r, &c.to)) {
            if to < from {
                r.error(
                    SERVICES_FILE,
                    c.to.line,
                    "closure-order",
                    msg!("check-closure-order", to = &c.to.value, from = &c.from.value),
                );
            }
        }
        if let Some(reason) = c
            .reason
            .as_ref()
            .filter(|x| !CLOSURE_REASONS.contains(&x.value.as_str()))
        {
            r.warning(
                SERVICES_FILE,
                reason.line,
                "unknown-value",
                msg!(
                    "check-unknown-closure-reason",
                    reason = &reason.value,
                    known = CLOSURE_REASONS.join(", ")
                ),
            );
        }
    }
}

/// An Acceslibre page's address, or an id of one (letters, digits, `-`, `_`).
fn check_acceslibre(s: &SrcService, r: &mut Report) {
    let Some(a) = &s.acceslibre else { return };
    let v = a.value.as_str();
    let ok = if v.contains("://") {
        v.starts_with(ACCESLIBRE_SITE) && !v.contains(char::is_whitespace)
    } else {
        !v.is_empty() && v.len() <= 200 && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    };
    if !ok {
        r.error(
            SERVICES_FILE,
            a.line,
            "invalid-acceslibre",
            msg!("check-invalid-acceslibre", value = v, site = ACCESLIBRE_SITE),
        );
    }
}

/// `nodes = [...]` names results of the pack.
fn check_nodes(s: &SrcService, nodes: &HashMap<&str, &SrcNode>, r: &mut Report) {
    for n in &s.nodes {
        match nodes.get(n.value.as_str()) {
            None => r.error(
                SERVICES_FILE,
                n.line,
                "unknown-node",
                msg!("check-unknown-node", id = &n.value),
            ),
            Some(node) if node.kind.value != "result" => r.error(
                SERVICES_FILE,
                n.line,
                "not-a-result",
                msg!("check-not-a-result", id = &n.value),
            ),
            Some(_) => {}
        }
    }
}

/// Months after which `borne content check` asks for a service to be checked again.
pub const CHECK_AGAIN_MONTHS: u32 = 6;

/// Warnings for services last checked more than [`CHECK_AGAIN_MONTHS`] before
/// `today`, saying when the kiosk hides them (`stale_after_months`), and for dates
/// still to come.
pub(super) fn check_freshness(pack: &SourcePack, today: NaiveDate, r: &mut Report) {
    let limit = pack
        .meta
        .as_ref()
        .and_then(|m| m.stale_after_months.as_ref())
        .and_then(|m| u32::try_from(m.value).ok());
    for s in &pack.services {
        let Some(at) = &s.date_maj else { continue };
        let Some(checked) = crate::content::compile::parse_date(&at.value) else {
            continue;
        };
        let id = &s.id.value;
        let date = checked.to_string();
        let message = match limit {
            _ if checked > today => msg!("check-checked-in-future", id = id, date = date),
            Some(months) if older_than(checked, months, today) => {
                msg!("check-stale-hidden", id = id, date = date, months = months)
            }
            _ if older_than(checked, CHECK_AGAIN_MONTHS, today) => {
                msg!("check-stale", id = id, date = date, months = CHECK_AGAIN_MONTHS)
            }
            _ => continue,
        };
        r.warning(SERVICES_FILE, at.line, "stale", message);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn emails() {
        assert!(super::is_email("accueil@ccas.example.fr"));
        assert!(!super::is_email("accueil@ccas"));
        assert!(!super::is_email("@ccas.fr"));
        assert!(!super::is_email("a b@ccas.fr"));
        assert!(!super::is_email("ccas.fr"));
    }
}
