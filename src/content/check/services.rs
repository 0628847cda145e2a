//! Checks of one entry of `services.toml`: how to reach it (phone, e-mail, hours),
//! its data·inclusion tags, dates (last checked, closures), Acceslibre page, and the
//! results it adds itself to.

use std::collections::HashMap;

use crate::content::diagnostic::Report;
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
pub(super) fn check_service(s: &SrcService, nodes: &HashMap<&str, &SrcNode>, r: &mut Report) {
    check_contact(s, r);
    check_tags(s, r);
    check_dates(s, r);
    check_acceslibre(s, r);
    check_nodes(s, nodes, r);
}

fn check_contact(s: &SrcService, r: &mut Report) {
    if let Some(t) = &s.telephone {
        if let Err(why) = crate::phone::validate(&t.value) {
            r.error(
                SERVICES_FILE,
                t.line,
                "invalid-phone",
                format!("phone number \"{}\" is invalid: {why}", t.value),
            );
        }
    }
    if let Some(c) = &s.courriel {
        if !is_email(&c.value) {
            r.error(
                SERVICES_FILE,
                c.line,
                "invalid-email",
                format!("\"{}\" is not an e-mail address", c.value),
            );
        }
    }
    if let Some(h) = &s.horaires_accueil {
        if let Err(e) = crate::hours::validate(&h.value) {
            r.error(
                SERVICES_FILE,
                h.line,
                "invalid-hours",
                format!(
                    "opening hours \"{}\" are not valid OpenStreetMap opening_hours: {e}",
                    h.value
                ),
            );
        }
    }
    if s.telephone.is_none() && s.site_web.is_none() && s.adresse.is_none() && s.courriel.is_none() {
        r.warning(
            SERVICES_FILE,
            s.line,
            "unreachable-service",
            format!("service \"{}\" has no phone, e-mail, website or address", s.id.value),
        );
    }
}

/// One `@`, something on each side, a dot in the domain, no space.
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
                format!("\"{}\" is not a data·inclusion thématique", t.value),
            );
        }
    }
    for p in &s.publics {
        if !thematiques::is_known_public(&p.value) {
            r.warning(
                SERVICES_FILE,
                p.line,
                "unknown-public",
                format!("\"{}\" is not a data·inclusion public", p.value),
            );
        }
    }
    let unknown = |r: &mut Report, v: &At<String>, known: &[&str], what: &str| {
        if !known.contains(&v.value.as_str()) {
            r.warning(
                SERVICES_FILE,
                v.line,
                "unknown-value",
                format!("\"{}\" is not a data·inclusion {what} ({})", v.value, known.join(", ")),
            );
        }
    };
    if let Some(f) = &s.frais {
        unknown(r, f, FRAIS, "frais");
    }
    for m in &s.modes_accueil {
        unknown(r, m, MODES_ACCUEIL, "mode d'accueil");
    }
}

fn date(r: &mut Report, d: &At<String>) -> Option<chrono::NaiveDate> {
    let parsed = crate::content::compile::parse_date(&d.value);
    if parsed.is_none() {
        r.error(
            SERVICES_FILE,
            d.line,
            "invalid-date",
            format!("\"{}\" is not a date: write YYYY-MM-DD", d.value),
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
                    format!("this closure ends ({}) before it starts ({})", c.to.value, c.from.value),
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
                format!(
                    "closure reason \"{}\" is unknown ({}): it is read as \"other\"",
                    reason.value,
                    CLOSURE_REASONS.join(", ")
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
            format!("\"{v}\" is neither an Acceslibre id nor a page of {ACCESLIBRE_SITE}"),
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
                format!("\"{}\" is not a node of this pack", n.value),
            ),
            Some(node) if node.kind.value != "result" => r.error(
                SERVICES_FILE,
                n.line,
                "not-a-result",
                format!("\"{}\" is not a result: only results show services", n.value),
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
        let message = match limit {
            _ if checked > today => format!("service \"{id}\" says it was checked on {checked}, a day still to come"),
            Some(months) if older_than(checked, months, today) => format!(
                "service \"{id}\" was last checked on {checked}, more than {months} months ago: \
                 the kiosk does not show it (stale_after_months = {months}); check it and update date_maj"
            ),
            _ if older_than(checked, CHECK_AGAIN_MONTHS, today) => format!(
                "service \"{id}\" was last checked on {checked}, more than {CHECK_AGAIN_MONTHS} months ago: \
                 check it and update date_maj"
            ),
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
