//! Every character of every text the kiosk can show — the chrome in every language and
//! the default pack in every language it provides — is covered by a font that
//! fontconfig can give the kiosk. The fonts are parsed, not assumed.

mod util;

use std::collections::{BTreeMap, HashSet};
use std::process::Command;

use borne::i18n::{Localizer, LANGUAGES};

/// Characters a font need not draw: spaces, line breaks and invisible bidi controls.
fn needs_glyph(c: char) -> bool {
    !(c.is_whitespace() || matches!(c, '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{200b}'..='\u{200d}'))
}

fn covered_chars() -> HashSet<char> {
    let out = Command::new("fc-list")
        .args(["--format", "%{file}\\n"])
        .output()
        .expect("fc-list (fontconfig) is installed");
    let mut chars = HashSet::new();
    for path in String::from_utf8_lossy(&out.stdout).lines() {
        let Ok(data) = std::fs::read(path) else { continue };
        let count = ttf_parser::fonts_in_collection(&data).unwrap_or(1);
        for index in 0..count {
            let Ok(face) = ttf_parser::Face::parse(&data, index) else {
                continue;
            };
            let Some(cmap) = face.tables().cmap else { continue };
            for sub in cmap.subtables {
                if sub.is_unicode() {
                    sub.codepoints(|cp| {
                        if let Some(c) = char::from_u32(cp) {
                            chars.insert(c);
                        }
                    });
                }
            }
        }
    }
    chars
}

#[test]
fn every_character_has_a_font() {
    let covered = covered_chars();
    assert!(
        covered.len() > 10_000,
        "fontconfig found almost no fonts: install fonts-noto-core"
    );
    let mut texts: Vec<(String, String, String)> = Vec::new();
    let l10n = Localizer::new();
    for lang in LANGUAGES.iter().filter(|l| l.chrome.is_some()) {
        for key in Localizer::keys(lang.code) {
            for n in [0, 1, 2, 5, 20] {
                texts.push((
                    format!("chrome {}", lang.code),
                    key.clone(),
                    l10n.tr_count(lang.code, &key, n),
                ));
            }
        }
        texts.push((
            format!("language name {}", lang.code),
            "name".into(),
            lang.name.to_string(),
        ));
    }
    for lang in LANGUAGES {
        texts.push(("language screen".into(), lang.code.into(), lang.name.into()));
    }
    let pack = util::default_pack();
    for (lang, msgs) in &pack.messages {
        for (key, value) in msgs {
            texts.push((format!("pack {lang}"), key.clone(), value.clone()));
        }
    }
    for s in &pack.services {
        texts.push((
            "pack services.toml".into(),
            s.id.clone(),
            format!("{} {:?} {:?}", s.nom, s.adresse, s.commune),
        ));
    }
    let mut missing: BTreeMap<char, Vec<String>> = BTreeMap::new();
    for (origin, key, text) in &texts {
        for c in text.chars().filter(|c| needs_glyph(*c) && !covered.contains(c)) {
            missing.entry(c).or_default().push(format!("{origin}: {key}"));
        }
    }
    let report: Vec<String> = missing
        .iter()
        .map(|(c, places)| format!("U+{:04X} {c:?} in {} (first: {})", *c as u32, places.len(), places[0]))
        .collect();
    assert!(report.is_empty(), "characters without any font:\n{}", report.join("\n"));
}
