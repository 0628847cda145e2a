//! Checks of the pack's online procedures: `online.toml` (ids, official addresses, see
//! `content::online`), `pack.toml`'s declared hosts, and the results that offer them.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::Whole;
use crate::content::diagnostic::{Message, Report};
use crate::content::is_valid_id;
use crate::content::model::NodeKind;
use crate::content::online::{is_valid_domain, url_problem, UrlProblem};
use crate::content::source::{SourcePack, ONLINE_FILE, PACK_FILE};
use crate::msg;

/// Every check of online procedures.
pub(super) fn check_online(pack: &SourcePack, whole: Whole, r: &mut Report) {
    let hosts = declared_hosts(pack, r);
    let ids = procedure_ids(pack, r);
    for p in &pack.procedures {
        if let Some(problem) = url_problem(&p.url.value, &hosts) {
            r.error(
                ONLINE_FILE,
                p.url.line,
                problem.kind(),
                url_message(&p.url.value, &problem),
            );
        }
    }
    let online_whole = pack.read_whole(ONLINE_FILE);
    let mut used: HashSet<&str> = HashSet::new();
    for n in &pack.nodes {
        if !n.online.is_empty() && NodeKind::parse(&n.kind.value).is_some_and(|k| k != NodeKind::Result) {
            r.error(
                &n.file,
                n.id.line,
                "online-not-result",
                msg!("check-online-not-result", id = &n.id.value),
            );
        }
        for o in &n.online {
            used.insert(o.value.as_str());
            if online_whole && !ids.contains(o.value.as_str()) {
                r.error(
                    &n.file,
                    o.line,
                    "unknown-procedure",
                    msg!("check-unknown-procedure", id = &o.value),
                );
            }
        }
    }
    if whole.nodes {
        for p in pack.procedures.iter().filter(|p| !used.contains(p.id.value.as_str())) {
            r.warning(
                ONLINE_FILE,
                p.id.line,
                "unused",
                msg!("check-unused-procedure", id = &p.id.value),
            );
        }
    }
}

/// The hosts `pack.toml` declares official; a value that is not a bare domain is
/// reported and left out.
fn declared_hosts(pack: &SourcePack, r: &mut Report) -> Vec<String> {
    let mut hosts = Vec::new();
    for h in pack.meta.iter().flat_map(|m| &m.official_hosts) {
        if is_valid_domain(&h.value) {
            hosts.push(h.value.clone());
        } else {
            r.error(
                PACK_FILE,
                h.line,
                "online-host",
                msg!("check-online-host-invalid", host = &h.value),
            );
        }
    }
    hosts
}

/// Valid, unique procedure ids.
fn procedure_ids<'a>(pack: &'a SourcePack, r: &mut Report) -> HashSet<&'a str> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for p in &pack.procedures {
        let id = p.id.value.as_str();
        if !is_valid_id(id) {
            r.error(ONLINE_FILE, p.id.line, "invalid-id", msg!("check-invalid-id", id = id));
        }
        if let Some(first) = seen.get(id) {
            r.error(
                ONLINE_FILE,
                p.id.line,
                "duplicate-id",
                msg!("check-duplicate-procedure", id = id, line = *first),
            );
        } else {
            seen.insert(id, p.id.line);
        }
    }
    seen.into_keys().collect()
}

/// What is wrong with `url`, said to the operator with what to do.
fn url_message(url: &str, problem: &UrlProblem) -> Message {
    match problem {
        UrlProblem::Malformed(detail) => msg!("check-online-malformed", url = url, detail = detail.as_str()),
        UrlProblem::Whitespace => msg!("check-online-whitespace", url = url),
        UrlProblem::NotHttps(scheme) => msg!("check-online-not-https", url = url, scheme = scheme.as_str()),
        UrlProblem::Credentials => msg!("check-online-credentials", url = url),
        UrlProblem::Port => msg!("check-online-port", url = url),
        UrlProblem::Fragment => msg!("check-online-fragment", url = url),
        UrlProblem::NotADomain => msg!("check-online-not-domain", url = url),
        UrlProblem::Tracking(name) => msg!("check-online-tracking", url = url, name = name.as_str()),
        UrlProblem::Unofficial(host) => msg!("check-online-unofficial", host = host.as_str()),
    }
}

/// `Path` of the procedures' file, for the pictogram references.
pub(super) fn file() -> &'static Path {
    Path::new(ONLINE_FILE)
}
