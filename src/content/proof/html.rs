//! The proof sheet as one self-contained HTML page: its style inline, no script, nothing
//! fetched but the screens' PNG files beside it. At the top the review status and
//! coverage of each language; then, screen by screen, the default language's screen and
//! texts, and each other language side by side with it, its untranslated texts marked.
//! Printable: A4, each screen from a new page, no entry cut across two.
//!
//! Headings and labels are the operator's texts (`locales/tools/`, ids `proof-`).

use std::fmt::Write;

use fluent_bundle::FluentValue;

use super::{Chrome, Screen, Sheet, SheetLanguage, Subject};
use crate::content::model::{NodeKind, Pack};
use crate::html::esc;
use crate::tools_text::{text_in, ToolLang};

const STYLE: &str = r#"
body { font-family: "Noto Sans", "DejaVu Sans", sans-serif; margin: 1.5rem auto; max-width: 1240px;
  padding: 0 1rem; color: #1b1b1b; background: #fff; line-height: 1.35; }
h1 { font-size: 1.6rem; margin: 0 0 .4rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; padding-bottom: .2rem; border-bottom: 3px solid #1d4f91;
  break-after: avoid; page-break-after: avoid; }
h3 { font-size: 1.05rem; margin: 0 0 .5rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #b8b8b8; padding: .3rem .5rem; text-align: start; vertical-align: top;
  overflow-wrap: break-word; }
.texts td { overflow-wrap: anywhere; }
.texts td.key { overflow-wrap: break-word; }
th { background: #eef2f8; }
.summary td.num { text-align: end; font-variant-numeric: tabular-nums; }
.reviewed { color: #17692b; font-weight: bold; }
.draft { color: #8a3f00; font-weight: bold; }
nav ol { columns: 3 16rem; padding-inline-start: 1.5rem; }
nav li { break-inside: avoid; }
.entry { display: flex; flex-wrap: wrap; gap: 1rem; border: 1px solid #c8c8c8; border-radius: 6px;
  padding: .8rem; margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
.entry.untranslated { border-color: #b35c00; border-inline-start: 8px solid #b35c00; }
.entry > header { flex: 1 0 100%; break-after: avoid; page-break-after: avoid; }
.pair { display: flex; gap: .8rem; flex: 0 0 auto; break-inside: avoid; page-break-inside: avoid; }
figure { margin: 0; width: 270px; }
figure img { width: 100%; height: auto; border: 1px solid #777; display: block; }
figcaption { font-size: .9rem; text-align: center; margin-top: .2rem; }
.texts { flex: 1 1 22rem; min-width: 0; }
.mark { color: #8a3f00; font-weight: bold; margin: .2rem 0; }
.mark::before { content: "\26A0\FE0E  "; }
.ok { color: #17692b; margin: .2rem 0; }
td.missing { background: #fff0e0; color: #8a3f00; font-style: italic; }
.key { font-family: "DejaVu Sans Mono", monospace; font-size: .85rem; }
.note { color: #444; font-size: .9rem; }
@page { size: A4; margin: 12mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  nav { display: none; }
  section.screen { break-before: page; page-break-before: always; }
  .entry { border-radius: 0; }
  .pair { width: 100%; justify-content: center; }
  figure { width: auto; }
  figure img { width: auto; max-width: 100%; height: 100mm; }
}
"#;

/// The whole page for `sheet`, its texts from `pack`, its own headings in `lang`;
/// `with_images` false leaves the screens out (texts only).
pub fn page(sheet: &Sheet, pack: &Pack, lang: ToolLang, with_images: bool) -> String {
    let t = |id: &str, args: &[(&str, FluentValue<'_>)]| text_in(lang, id, args);
    let title = t(
        "proof-title",
        &[
            ("pack", sheet.pack_id.as_str().into()),
            ("version", sheet.pack_version.as_str().into()),
        ],
    );
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n<p class=\"note\">{}</p>\n",
        lang.code(),
        esc(&title),
        esc(&title),
        esc(&t("proof-intro", &[]))
    );
    summary(&mut out, sheet, lang);
    index(&mut out, sheet, pack, lang);
    for screen in &sheet.screens {
        section(&mut out, sheet, pack, screen, lang, with_images);
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// The review status and coverage of each language.
fn summary(out: &mut String, sheet: &Sheet, lang: ToolLang) {
    let t = |id: &str| esc(&text_in(lang, id, &[]));
    let _ = write!(
        out,
        "<section class=\"summary\">\n<h2>{}</h2>\n<table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
        t("proof-review-status"),
        t("proof-col-language"),
        t("proof-col-code"),
        t("proof-col-status"),
        t("proof-col-ui"),
        t("proof-col-content"),
        t("proof-col-untranslated"),
    );
    for l in &sheet.languages {
        let class = if l.status.starts_with("reviewed") {
            "reviewed"
        } else {
            "draft"
        };
        let _ = writeln!(
            out,
            "<tr data-lang=\"{code}\"><td{dir}>{name}</td><td class=\"key\">{code}</td><td class=\"{class}\">{status}</td>\
             <td class=\"num\">{ui:.1} %</td><td class=\"num\">{content:.1} %</td><td class=\"num\">{missing}</td></tr>",
            code = esc(&l.code),
            dir = dir_attr(l),
            name = esc(&l.name),
            status = esc(&l.status),
            ui = l.ui_percent,
            content = l.content_percent,
            missing = l.missing.len(),
        );
    }
    let _ = writeln!(
        out,
        "</table>\n<p class=\"note\">{}</p>\n</section>",
        t("proof-summary-note")
    );
}

/// The list of screens, each with the number of languages that fall back on it.
fn index(out: &mut String, sheet: &Sheet, pack: &Pack, lang: ToolLang) {
    let _ = write!(
        out,
        "<nav>\n<h2>{}</h2>\n<ol>\n",
        esc(&text_in(lang, "proof-screens", &[]))
    );
    for s in &sheet.screens {
        let short = sheet
            .languages
            .iter()
            .filter(|l| !sheet.untranslated(s, l).is_empty())
            .count();
        let mark = if short > 0 {
            format!(
                " <span class=\"mark\">{}</span>",
                esc(&text_in(lang, "proof-languages-short", &[("count", short.into())]))
            )
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "<li><a href=\"#{}\">{}</a>{mark}</li>",
            s.anchor(),
            esc(&heading(s, pack, lang))
        );
    }
    out.push_str("</ol>\n</nav>\n");
}

/// A screen's heading: a node's id and default-language title, or the screen's name.
fn heading(s: &Screen, pack: &Pack, lang: ToolLang) -> String {
    match &s.subject {
        Subject::Node(id) => {
            let title = pack
                .text(&pack.default_language, &format!("node-{id}"))
                .map(|t| t.value)
                .unwrap_or_default();
            let kind = match pack.node(id).map(|n| n.kind) {
                _ if *id == pack.root => "proof-kind-home",
                Some(NodeKind::Question) => "proof-kind-question",
                Some(NodeKind::Eligibility) => "proof-kind-eligibility",
                Some(NodeKind::Result) => "proof-kind-result",
                Some(NodeKind::Offers) => "proof-kind-offers",
                Some(NodeKind::Info) | None => "proof-kind-info",
            };
            format!("{id} — {title} ({})", text_in(lang, kind, &[]))
        }
        Subject::Chrome(c) => text_in(
            lang,
            match c {
                Chrome::Help => "proof-screen-help",
                Chrome::Ticket => "proof-screen-ticket",
                Chrome::Emergency => "proof-screen-emergency",
            },
            &[],
        ),
    }
}

/// One screen: the default language's entry, then each other language beside it.
fn section(out: &mut String, sheet: &Sheet, pack: &Pack, s: &Screen, lang: ToolLang, with_images: bool) {
    let _ = writeln!(
        out,
        "<section class=\"screen\" id=\"{}\">\n<h2>{}</h2>",
        s.anchor(),
        esc(&heading(s, pack, lang))
    );
    let Some(reference) = sheet.default_language() else {
        out.push_str("</section>\n");
        return;
    };
    for l in &sheet.languages {
        entry(out, sheet, pack, s, (reference, l), lang, with_images);
    }
    out.push_str("</section>\n");
}

/// One screen in one language: its image beside the default language's, whether it
/// falls back, and its texts.
fn entry(
    out: &mut String,
    sheet: &Sheet,
    pack: &Pack,
    s: &Screen,
    (reference, l): (&SheetLanguage, &SheetLanguage),
    lang: ToolLang,
    with_images: bool,
) {
    let missing = sheet.untranslated(s, l);
    let is_reference = l.code == reference.code;
    let _ = write!(
        out,
        "<article class=\"entry{}\" data-screen=\"{}\" data-lang=\"{}\" data-untranslated=\"{}\">\n<header><h3><span{}>{}</span> ({}) — <span class=\"{}\">{}</span></h3>\n",
        if missing.is_empty() { "" } else { " untranslated" },
        s.anchor(),
        esc(&l.code),
        missing.len(),
        dir_attr(l),
        esc(&l.name),
        esc(&l.code),
        if l.status.starts_with("reviewed") { "reviewed" } else { "draft" },
        esc(&l.status),
    );
    if !missing.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"mark\">{}</p>",
            esc(&text_in(
                lang,
                "proof-untranslated-count",
                &[
                    ("count", missing.len().into()),
                    ("reference", reference.name.as_str().into())
                ]
            ))
        );
    }
    if l.ui_percent < 100.0 {
        let percent = format!("{:.1}", l.ui_percent);
        let _ = writeln!(
            out,
            "<p class=\"note\">{}</p>",
            esc(&text_in(lang, "proof-kiosk-texts", &[("percent", percent.into())]))
        );
    }
    out.push_str("</header>\n");
    if with_images {
        out.push_str("<div class=\"pair\">\n");
        if !is_reference {
            figure(out, s, reference);
        }
        figure(out, s, l);
        out.push_str("</div>\n");
    }
    texts(out, pack, s, (reference, l), &missing, lang);
    out.push_str("</article>\n");
}

fn figure(out: &mut String, s: &Screen, l: &SheetLanguage) {
    let _ = writeln!(
        out,
        "<figure><img src=\"{}\" alt=\"{}\" loading=\"lazy\"><figcaption{}>{}</figcaption></figure>",
        s.image(&l.code),
        esc(&format!("{} {}", s.anchor(), l.code)),
        dir_attr(l),
        esc(&l.name)
    );
}

/// The table of a screen's pack texts: key, default language, this language (or "not
/// translated" where coverage says it is missing).
fn texts(
    out: &mut String,
    pack: &Pack,
    s: &Screen,
    (reference, l): (&SheetLanguage, &SheetLanguage),
    missing: &[&str],
    lang: ToolLang,
) {
    out.push_str("<div class=\"texts\">\n");
    if s.keys.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"note\">{}</p>\n</div>",
            esc(&text_in(lang, "proof-no-pack-text", &[]))
        );
        return;
    }
    let is_reference = l.code == reference.code;
    let _ = write!(
        out,
        "<table>\n<tr><th>{}</th><th{}>{}</th>",
        esc(&text_in(lang, "proof-col-key", &[])),
        dir_attr(reference),
        esc(&reference.name)
    );
    if !is_reference {
        let _ = write!(out, "<th{}>{}</th>", dir_attr(l), esc(&l.name));
    }
    out.push_str("</tr>\n");
    let cell = |l: &SheetLanguage, key: &str| -> String {
        // `missing` is the entry's language's: the reference's own cell only on its entry.
        if missing.contains(&key) {
            return format!(
                "<td class=\"missing\">{}</td>",
                esc(&text_in(lang, "proof-not-translated", &[]))
            );
        }
        let text = pack.messages.get(&l.code).and_then(|m| m.get(key)).map(String::as_str);
        format!(
            "<td lang=\"{}\"{}>{}</td>",
            esc(&l.code),
            dir_attr(l),
            esc(text.unwrap_or_default())
        )
    };
    for key in &s.keys {
        let _ = write!(out, "<tr><td class=\"key\">{}</td>", esc(key));
        if is_reference {
            out.push_str(&cell(reference, key));
        } else {
            // The reference's own text, then this language's (or its mark).
            let text = pack.messages.get(&reference.code).and_then(|m| m.get(key.as_str()));
            let _ = write!(
                out,
                "<td lang=\"{}\"{}>{}</td>{}",
                esc(&reference.code),
                dir_attr(reference),
                esc(text.map(String::as_str).unwrap_or_default()),
                cell(l, key)
            );
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n</div>\n");
}

/// ` dir="rtl"` for a right-to-left language's text.
fn dir_attr(l: &SheetLanguage) -> &'static str {
    if l.rtl {
        " dir=\"rtl\""
    } else {
        ""
    }
}
