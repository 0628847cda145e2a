//! Official online procedures ("Continue on your phone"): which web addresses a pack
//! may put in a QR code for a resident's own phone.
//!
//! The rule is strict because the kiosk vouches for the address: `https://` only, a
//! public body's own host (the state's `gouv.fr`, a few public bodies' own domains,
//! or hosts the pack declares in `pack.toml`), no credentials, port, fragment or
//! tracking parameter, and nothing the URL parser would silently clean up (spaces,
//! line breaks). The checker reports the problem; the store refuses a compiled file
//! whose addresses no longer pass (a damaged or hand-edited file).

use url::{Host, Url};

/// Public bodies' own domains, each with its subdomains. `gouv.fr` is the French
/// state's domain (ministries, national agencies and their online services:
/// demande-logement-social.gouv.fr, impots.gouv.fr...); the others are the domains of
/// public bodies that are not under it, as their service-public.fr entries give them
/// (service-public.fr's own "Annuaire de l'administration", checked 2026-11-30).
pub const OFFICIAL_DOMAINS: &[&str] = &[
    "gouv.fr",
    "service-public.fr",
    "caf.fr",
    "ameli.fr",
    "msa.fr",
    "francetravail.fr",
    "info-retraite.fr",
    "lassuranceretraite.fr",
    "actionlogement.fr",
    "visale.fr",
];

/// Query parameters that follow a visitor (analytics, advertising, mailing tools).
const TRACKING_PREFIXES: &[&str] = &["utm_", "mc_", "at_", "pk_", "mtm_", "matomo_", "hsa_", "piwik_"];
const TRACKING_NAMES: &[&str] = &[
    "xtor",
    "xts",
    "fbclid",
    "gclid",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "yclid",
    "igshid",
    "twclid",
    "li_fat_id",
    "mkt_tok",
    "_ga",
    "_gl",
    "_hsenc",
    "_hsmi",
    "ncid",
    "cmpid",
    "wt.mc_id",
];

/// Why an address cannot be an online procedure's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlProblem {
    /// Not a URL at all (the parser's reason).
    Malformed(String),
    /// Spaces, line breaks or control characters, which parsers drop silently.
    Whitespace,
    /// Another scheme than `https` (the scheme).
    NotHttps(String),
    Credentials,
    Port,
    Fragment,
    /// An IP address or no host: not a public body's name.
    NotADomain,
    /// A query parameter that tracks visitors (its name).
    Tracking(String),
    /// A host no official domain covers (the host).
    Unofficial(String),
}

impl UrlProblem {
    /// A stable kind for the report.
    pub fn kind(&self) -> &'static str {
        match self {
            UrlProblem::Tracking(_) => "online-tracking",
            UrlProblem::Unofficial(_) => "online-unofficial",
            _ => "online-url",
        }
    }
}

/// Whether `host` is `domain` or one of its subdomains.
fn under(host: &str, domain: &str) -> bool {
    host == domain
        || host
            .strip_suffix(domain)
            .is_some_and(|head| head.ends_with('.') && head.len() > 1)
}

/// Whether `host` belongs to a public body: a built-in official domain or one the
/// pack declares (`extra`).
pub fn is_official_host(host: &str, extra: &[String]) -> bool {
    let host = host.to_ascii_lowercase();
    OFFICIAL_DOMAINS.iter().any(|d| under(&host, d)) || extra.iter().any(|d| under(&host, &d.to_ascii_lowercase()))
}

/// Whether `name` is a query parameter used to follow visitors.
pub fn is_tracking_parameter(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    TRACKING_PREFIXES.iter().any(|p| name.starts_with(p)) || TRACKING_NAMES.contains(&name.as_str())
}

/// Whether `host` is a domain a pack may declare: lowercase labels of letters, digits
/// and hyphens, at least two of them, no scheme, path or port.
pub fn is_valid_domain(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    host.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
}

/// The first problem of `url` as an online procedure's address, `extra` being the
/// hosts the pack declares official.
pub fn url_problem(url: &str, extra: &[String]) -> Option<UrlProblem> {
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Some(UrlProblem::Whitespace);
    }
    let parsed = match Url::parse(url) {
        Ok(u) => u,
        Err(e) => return Some(UrlProblem::Malformed(e.to_string())),
    };
    if parsed.scheme() != "https" {
        return Some(UrlProblem::NotHttps(parsed.scheme().to_string()));
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Some(UrlProblem::Credentials);
    }
    if parsed.port().is_some() {
        return Some(UrlProblem::Port);
    }
    if parsed.fragment().is_some() {
        return Some(UrlProblem::Fragment);
    }
    let host = match parsed.host() {
        Some(Host::Domain(d)) => d.to_string(),
        _ => return Some(UrlProblem::NotADomain),
    };
    if let Some((name, _)) = parsed.query_pairs().find(|(k, _)| is_tracking_parameter(k)) {
        return Some(UrlProblem::Tracking(name.into_owned()));
    }
    if !is_official_host(&host, extra) {
        return Some(UrlProblem::Unofficial(host));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(url: &str) -> Option<UrlProblem> {
        url_problem(url, &["mairie-exempleville.fr".to_string()])
    }

    #[test]
    fn official_addresses_pass() {
        assert_eq!(problem("https://www.demande-logement-social.gouv.fr/"), None);
        assert_eq!(problem("https://wwwd.caf.fr/wps/portal/caffr/aidesetdemarches"), None);
        assert_eq!(problem("https://www.visale.fr/"), None);
        assert_eq!(problem("https://gouv.fr/"), None);
        assert_eq!(problem("https://www.mairie-exempleville.fr/demarches?id=12"), None);
    }

    #[test]
    fn refusals_name_the_cause() {
        assert_eq!(problem("http://www.caf.fr/"), Some(UrlProblem::NotHttps("http".into())));
        assert_eq!(
            problem("https://www.caf.fr/?utm_source=borne"),
            Some(UrlProblem::Tracking("utm_source".into()))
        );
        assert_eq!(
            problem("https://www.caf.fr/?a=1&XTOR=AD-3"),
            Some(UrlProblem::Tracking("XTOR".into()))
        );
        assert_eq!(
            problem("https://www.caf.fr/?fbclid=x"),
            Some(UrlProblem::Tracking("fbclid".into()))
        );
        assert_eq!(
            problem("https://caf-aides.fr/"),
            Some(UrlProblem::Unofficial("caf-aides.fr".into()))
        );
        assert_eq!(
            problem("https://gouv.fr.example.com/"),
            Some(UrlProblem::Unofficial("gouv.fr.example.com".into()))
        );
        assert_eq!(
            problem("https://notgouv.fr/"),
            Some(UrlProblem::Unofficial("notgouv.fr".into()))
        );
        assert_eq!(problem("https://user@www.caf.fr/"), Some(UrlProblem::Credentials));
        assert_eq!(problem("https://www.caf.fr:8443/"), Some(UrlProblem::Port));
        assert_eq!(problem("https://www.caf.fr/#xtor=1"), Some(UrlProblem::Fragment));
        assert_eq!(problem("https://192.0.2.1/"), Some(UrlProblem::NotADomain));
        assert_eq!(problem("https://www.caf.fr/\n"), Some(UrlProblem::Whitespace));
        assert!(matches!(problem("www.caf.fr"), Some(UrlProblem::Malformed(_))));
    }

    #[test]
    fn declared_domains() {
        assert!(is_valid_domain("mairie-exempleville.fr"));
        assert!(!is_valid_domain("https://mairie.fr"));
        assert!(!is_valid_domain("fr"));
        assert!(!is_valid_domain("Mairie.fr"));
        assert!(!is_valid_domain("mairie.fr/x"));
        assert!(is_official_host("WWW.CAF.FR", &[]));
    }
}
