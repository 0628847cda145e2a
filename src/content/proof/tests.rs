//! The sheet's screens and marks on a small pack built in memory.

use super::*;
use crate::content::coverage::LanguageCoverage;
use crate::content::model::Language;

use crate::content::model::testing::node;

fn pack() -> Pack {
    let mut p = Pack::default();
    p.id = "t".into();
    p.version = "1.0.0".into();
    p.default_language = "fr".into();
    p.root = "home".into();
    p.languages = ["fr", "ar", "uk"]
        .iter()
        .map(|c| Language {
            code: c.to_string(),
            status: "draft".into(),
            reviewer: None,
            date: None,
        })
        .collect();
    p.help_services = vec!["ccas".into()];
    // Not in the tree's order: the sheet follows the tree.
    p.nodes = vec![
        node("b", NodeKind::Info, &[]),
        node("a", NodeKind::Result, &[]),
        node("home", NodeKind::Question, &["a", "b"]),
    ];
    p.nodes[1].services = vec!["ccas".into()];
    p.reindex();
    p
}

fn row(code: &str, missing: &[&str]) -> LanguageCoverage {
    LanguageCoverage {
        code: code.into(),
        name: code.into(),
        ui_percent: 100.0,
        content_percent: 50.0,
        status: "draft".into(),
        missing: missing.iter().map(|m| m.to_string()).collect(),
        voice: None,
        audio_recorded: 0,
        audio_total: 0,
        offered: true,
    }
}

#[test]
fn every_node_and_chrome_screen_in_every_language_default_first() {
    let cov = [row("uk", &[]), row("fr", &[]), row("ar", &["node-b"])];
    let sheet = Sheet::new(&pack(), &cov, &Selection::default()).expect("sheet");
    let codes: Vec<&str> = sheet.languages.iter().map(|l| l.code.as_str()).collect();
    assert_eq!(codes, ["fr", "ar", "uk"]);
    assert!(sheet.languages[1].rtl && !sheet.languages[2].rtl);
    let anchors: Vec<String> = sheet.screens.iter().map(Screen::anchor).collect();
    assert_eq!(
        anchors,
        [
            "node-home",
            "node-a",
            "node-b",
            "screen-help",
            "screen-ticket",
            "screen-emergency"
        ]
    );
    assert_eq!(
        sheet.screens[0].keys,
        ["node-home", "node-home.question", "node-a", "node-b"]
    );
    assert_eq!(sheet.screens[1].keys, ["node-a", "node-a.text", "svc-ccas"]);
    assert_eq!(sheet.screens[3].keys, ["pack-help", "svc-ccas"]);
    // node-b is the title of b and a tile of home: marked on both, nowhere else.
    let ar = &sheet.languages[1];
    let marked: Vec<(String, Vec<&str>)> = sheet
        .screens
        .iter()
        .map(|s| (s.anchor(), sheet.untranslated(s, ar)))
        .filter(|(_, m)| !m.is_empty())
        .collect();
    assert_eq!(
        marked,
        [
            ("node-home".to_string(), vec!["node-b"]),
            ("node-b".to_string(), vec!["node-b"])
        ]
    );
    assert!(sheet
        .screens
        .iter()
        .all(|s| sheet.untranslated(s, &sheet.languages[2]).is_empty()));
}

#[test]
fn a_selection_keeps_the_default_language_and_refuses_unknown_names() {
    let cov = [row("fr", &[]), row("ar", &[]), row("uk", &[])];
    let sel = Selection {
        languages: vec!["uk".into()],
        nodes: vec!["a".into()],
    };
    let sheet = Sheet::new(&pack(), &cov, &sel).expect("sheet");
    assert_eq!(sheet.languages.len(), 2);
    assert_eq!(sheet.screens.len(), 1, "a node selection leaves the chrome screens out");
    let bad = Selection {
        languages: vec!["xx".into()],
        nodes: vec![],
    };
    assert_eq!(
        Sheet::new(&pack(), &cov, &bad).err(),
        Some(SelectError::UnknownLanguage("xx".into()))
    );
    let bad = Selection {
        languages: vec![],
        nodes: vec!["zz".into()],
    };
    assert_eq!(
        Sheet::new(&pack(), &cov, &bad).err(),
        Some(SelectError::UnknownNode("zz".into()))
    );
}

#[test]
fn the_page_marks_untranslated_texts_and_escapes_the_rest() {
    let mut p = pack();
    let mut fr = std::collections::HashMap::new();
    fr.insert("node-a".to_string(), "Aide <loyer> & \"APL\"".to_string());
    p.messages.insert("fr".into(), fr);
    let cov = [row("fr", &[]), row("ar", &["node-a"]), row("uk", &[])];
    let sheet = Sheet::new(&p, &cov, &Selection::default()).expect("sheet");
    let page = html::page(&sheet, &p, crate::tools_text::ToolLang::En, true);
    assert!(page.contains("Aide &lt;loyer&gt; &amp; &quot;APL&quot;"));
    assert_eq!(page.matches("<article class=\"entry").count(), 6 * 3);
    assert!(page.contains("data-screen=\"node-a\" data-lang=\"ar\" data-untranslated=\"1\""));
    assert!(page.contains("<td class=\"missing\">Not translated</td>"));
    assert!(page.contains("<img src=\"png/ar/nodes/a.png\""));
    assert!(page.contains("<figcaption dir=\"rtl\">ar</figcaption>"));
    let texts_only = html::page(&sheet, &p, crate::tools_text::ToolLang::Fr, false);
    assert!(!texts_only.contains("<img"));
    assert!(texts_only.contains("Non traduit"));
}
