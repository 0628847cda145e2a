//! `borne mediator-page`: one static, offline HTML file that reads a ticket from the
//! URL fragment in the browser and shows the path, results, documents and places in
//! French and in the resident's language side by side. No network, no external asset,
//! no tracking: the pack's texts are embedded, the code never leaves the browser.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentBundle, FluentResource};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use chrono::NaiveDate;

use crate::content::{check::parse_version, Pack, Service};
use crate::hours_week;
use crate::i18n::{Localizer, LANGUAGES};

const FTL: &str = include_str!("../../locales/mediator/fr.ftl");
/// The page's decoding and display logic (kept in its own file to be read and tested).
pub const SCRIPT: &str = include_str!("mediator_page.js");

/// The page's French labels, from Fluent.
fn labels() -> BTreeMap<String, String> {
    let res = FluentResource::try_new(FTL.to_string()).unwrap_or_else(|(r, _)| r);
    let mut b = FluentBundle::new(vec![crate::i18n::plural_locale("fr")]);
    b.set_use_isolating(false);
    let _ = b.add_resource(res);
    let mut out = BTreeMap::new();
    for key in crate::content::check::ftl_keys(FTL)
        .0
        .into_keys()
        .filter(|k| k.starts_with("page-"))
    {
        if let Some(p) = b.get_message(&key).and_then(|m| m.value()) {
            // Variables become `{name}` slots that the page fills in.
            let mut args = fluent_bundle::FluentArgs::new();
            for v in ["ticket", "date", "hour", "kiosk", "name", "code"] {
                args.set(v, format!("{{{v}}}"));
            }
            let mut errs = vec![];
            out.insert(key, b.format_pattern(p, Some(&args), &mut errs).into_owned());
        }
    }
    out
}

/// A place's hours in words in every language (the week read from `today` on), or
/// nothing when it has none.
fn hours_by_language(pack: &Pack, s: &Service, l10n: &Localizer, today: NaiveDate) -> Option<Value> {
    let raw = s.horaires_accueil.as_deref()?;
    let by_lang: BTreeMap<&str, Vec<String>> = match hours_week::week(raw, &pack.country, today) {
        Some(w) => LANGUAGES.iter().map(|l| (l.code, w.lines(l10n, l.code))).collect(),
        None => LANGUAGES.iter().map(|l| (l.code, vec![raw.to_string()])).collect(),
    };
    Some(json!(by_lang))
}

/// Everything the page needs from the pack, as JSON; opening hours are put in words
/// for the weeks from `today`.
pub fn pack_json(pack: &Pack, today: NaiveDate) -> Value {
    let d = Sha256::digest(pack.id.as_bytes());
    let version = parse_version(&pack.version).unwrap_or_default();
    let nodes: BTreeMap<&str, Value> = pack
        .nodes
        .iter()
        .map(|n| {
            (
                n.id.as_str(),
                json!({ "kind": n.kind.as_str(), "choices": n.choices, "documents": n.documents, "services": n.services, "discreet": n.discreet }),
            )
        })
        .collect();
    let l10n = Localizer::new();
    let services: BTreeMap<&str, Value> = pack
        .services
        .iter()
        .map(|s| {
            let phone = s.telephone.as_deref().map(crate::phone::display);
            // Names the pack translated (`svc-ID-name`), by language.
            let names: BTreeMap<&str, String> = LANGUAGES
                .iter()
                .map(|l| (l.code, pack.service_name(l.code, s)))
                .filter(|(_, n)| *n != s.nom)
                .collect();
            (s.id.as_str(), json!({ "nom": s.nom, "names": names, "adresse": s.adresse, "code_postal": s.code_postal, "commune": s.commune, "telephone": phone, "site_web": s.site_web, "horaires": hours_by_language(pack, s, &l10n, today) }))
        })
        .collect();
    let languages: Vec<Value> = LANGUAGES
        .iter()
        .map(|l| {
            json!({ "code": l.code, "name": l.name, "rtl": l.rtl,
                    "documents": l10n.tr(l.code, "result-documents"), "where": l10n.tr(l.code, "result-where") })
        })
        .collect();
    json!({
        "fingerprint": format!("{:02x}{:02x}{:02x}{:02x}", d[0], d[1], d[2], d[3]),
        "version": [version.0, version.1, version.2],
        "hash": pack.content_hash.chars().take(8).collect::<String>(),
        "default_language": pack.default_language,
        "root": pack.root,
        "nodes": nodes,
        "services": services,
        "texts": pack.messages,
        "languages": languages,
        "labels": labels(),
    })
}

/// The pack as JSON to put inside a `<script>` element. Any `<` could start `</script`
/// (ending the element early) or `<!--` (after which the HTML parser no longer ends it
/// where it should), so none is left: in JSON, `<` only occurs inside strings, where
/// `\u003c` means the same character.
fn escape_json_for_script(v: &Value) -> String {
    v.to_string().replace('<', "\\u003c")
}

/// Writes `index.html` into `dir`, opening hours in words for the weeks from `today`.
pub fn write(pack: &Pack, dir: &Path, today: NaiveDate) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let labels = labels();
    let title = labels.get("page-title").cloned().unwrap_or_default();
    let html = format!(
        r#"<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>{title}</title>
<style>
body {{ font-family: "Noto Sans", sans-serif; margin: 1rem; color: #1b2b4b; background: #eef2f8; }}
main {{ max-width: 70rem; margin: auto; }}
.cols {{ display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }}
.col {{ background: #fff; border: 2px solid #c5cfe0; border-radius: .8rem; padding: 1rem; }}
.meta {{ font-size: 1.1rem; }}
.problem {{ color: #b3261e; font-weight: bold; }}
.notice {{ font-weight: bold; }}
input {{ font-size: 1rem; width: 30rem; max-width: 100%; }}
@media (max-width: 40rem) {{ .cols {{ grid-template-columns: 1fr; }} }}
</style>
</head>
<body>
<main>
<h1>{title}</h1>
<p id="intro"></p>
<p><label for="code" id="code-label"></label> <input id="code"> <button id="read" type="button"></button></p>
<div id="out"></div>
<p id="privacy"></p>
</main>
<script id="pack" type="application/json">{pack}</script>
<script>
{script}
</script>
</body>
</html>
"#,
        pack = escape_json_for_script(&pack_json(pack, today)),
        script = SCRIPT,
    );
    let path = dir.join("index.html");
    std::fs::write(&path, html)?;
    Ok(path)
}
