//! Contrast of every text on its background, in both themes, computed from the colours
//! of `ui/theme.slint`: the high-contrast theme reaches 7:1 (WCAG 2.2 AAA, for low
//! vision), the standard theme 4.5:1 (AA). The pairs are those the `.slint` files draw;
//! a second test fails when a widget colours text with a theme colour this list does not
//! know, so that no new pair escapes the measure.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// One colour of the theme, in the standard and the high-contrast palette.
#[derive(Debug, Clone, Copy)]
struct Both {
    standard: [u8; 4],
    high: [u8; 4],
}

/// Text drawn in `text` on `background`, where the UI does it; `only` limits the pair to
/// one palette (`Some(true)`: high contrast only) when the widget switches colours.
struct Pair {
    text: &'static str,
    background: &'static str,
    only: Option<bool>,
    where_: &'static str,
}

const fn pair(text: &'static str, background: &'static str, where_: &'static str) -> Pair {
    Pair {
        text,
        background,
        only: None,
        where_,
    }
}

const PAIRS: &[Pair] = &[
    pair("page-text", "page", "titles and labels on the page"),
    pair("card-text", "card", "tiles, cards, notices, the ticket"),
    pair("muted-text", "card", "service card details"),
    pair("example", "card", "example services"),
    pair("closed", "card", "mediator view: a ticket that cannot be read"),
    pair("emergency", "card", "emergency numbers on their cards"),
    pair("emergency", "emergency-soft", "the emergency tile"),
    pair("card-text", "emergency-soft", "ticket screen when printing failed"),
    Pair {
        text: "emergency",
        background: "page",
        only: Some(false),
        where_: "emergency page title (standard theme)",
    },
    pair(
        "primary-text",
        "primary",
        "action buttons, selected language, settings on",
    ),
    pair("nav-text", "nav-button", "navigation bar labels"),
    pair("nav-text", "emergency", "the emergency button of the navigation bar"),
    pair("nav-text", "nav", "navigation bar"),
    pair("on-dark", "open", "badge: open"),
    pair("on-dark", "closed", "badge: closed"),
    pair("on-dark", "unknown", "badge: hours unknown"),
    pair("on-dark", "overlay", "idle warning"),
    pair("on-dark", "nav", "update screen"),
    pair("on-dark", "nav-button", "update screen steps"),
    pair("on-dark", "emergency", "update screen: a failed step"),
    pair("warning-on-dark", "nav", "maintenance: a warning"),
    pair("fault-on-dark", "nav", "maintenance: a fault"),
];

/// Theme colours that are never the colour of text (backgrounds, borders, shadows).
const NOT_TEXT: &[&str] = &[
    "page",
    "card",
    "border",
    "shadow",
    "overlay",
    "nav",
    "nav-button",
    "emergency-soft",
    "focus-dark",
    "focus-bright",
    "focus-light",
];

/// Backgrounds the keypad's focus ring is drawn on: every control's colour, and the
/// page and bar around them.
const RING_ON: &[&str] = &[
    "page",
    "card",
    "nav",
    "nav-button",
    "primary",
    "emergency",
    "emergency-soft",
    "overlay",
];

fn theme_source() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/theme.slint");
    std::fs::read_to_string(path).expect("ui/theme.slint")
}

fn hex(s: &str) -> [u8; 4] {
    let s = s.trim().trim_start_matches('#');
    let byte = |i: usize| u8::from_str_radix(&s[i..i + 2], 16).expect("hex colour");
    match s.len() {
        6 => [byte(0), byte(2), byte(4), 255],
        8 => [byte(0), byte(2), byte(4), byte(6)],
        _ => panic!("colour #{s} is not #rrggbb or #rrggbbaa"),
    }
}

/// Every `out property <color> NAME: high-contrast ? #hc : #std;` (or a single colour).
fn palette() -> BTreeMap<String, Both> {
    let mut out = BTreeMap::new();
    for line in theme_source().lines() {
        let Some(rest) = line.trim().strip_prefix("out property <color> ") else {
            continue;
        };
        let (name, value) = rest.split_once(':').expect("name: value");
        let value = value.trim().trim_end_matches(';');
        let both = match value.strip_prefix("high-contrast ?") {
            Some(choice) => {
                let (high, standard) = choice.split_once(':').expect("a ? b : c");
                Both {
                    standard: hex(standard),
                    high: hex(high),
                }
            }
            None => Both {
                standard: hex(value),
                high: hex(value),
            },
        };
        out.insert(name.trim().to_string(), both);
    }
    assert!(out.len() > 10, "the theme's colours were not found");
    out
}

fn channel(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

fn luminance(c: [u8; 4]) -> f64 {
    0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2])
}

/// `top` over `below` (a translucent overlay over the page).
fn over(top: [u8; 4], below: [u8; 4]) -> [u8; 4] {
    let a = f64::from(top[3]) / 255.0;
    let mix = |t: u8, b: u8| (f64::from(t) * a + f64::from(b) * (1.0 - a)).round() as u8;
    [mix(top[0], below[0]), mix(top[1], below[1]), mix(top[2], below[2]), 255]
}

fn ratio(a: [u8; 4], b: [u8; 4]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn every_text_reaches_its_contrast_in_both_themes() {
    let colours = palette();
    let get = |name: &str| {
        *colours
            .get(name)
            .unwrap_or_else(|| panic!("no colour {name} in the theme"))
    };
    let mut failures = Vec::new();
    for p in PAIRS {
        for (high, bar) in [(false, 4.5), (true, 7.0)] {
            if p.only.is_some_and(|o| o != high) {
                continue;
            }
            let pick = |b: Both| if high { b.high } else { b.standard };
            let page = pick(get("page"));
            let background = over(pick(get(p.background)), page);
            let text = over(pick(get(p.text)), background);
            let r = ratio(text, background);
            println!(
                "{:<13} {:>12} on {:<14} {r:5.2}:1  ({})",
                if high { "high contrast" } else { "standard" },
                p.text,
                p.background,
                p.where_
            );
            if r < bar {
                failures.push(format!(
                    "{} theme: {} on {} is {r:.2}:1, under {bar}:1 ({})",
                    if high { "high-contrast" } else { "standard" },
                    p.text,
                    p.background,
                    p.where_
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The focus ring (dark, bright and white bands) is a pattern of its own (the dark band
/// reaches the bar against the other two), and on every background one band reaches it.
#[test]
fn the_focus_ring_stands_out_everywhere() {
    let colours = palette();
    let get = |name: &str| *colours.get(name).unwrap_or_else(|| panic!("no colour {name}"));
    let mut failures = Vec::new();
    for (high, bar) in [(false, 4.5), (true, 7.0)] {
        let pick = |b: Both| if high { b.high } else { b.standard };
        let (dark, bright, light) = (
            pick(get("focus-dark")),
            pick(get("focus-bright")),
            pick(get("focus-light")),
        );
        let own = ratio(dark, bright).min(ratio(dark, light));
        println!(
            "{:<13} focus ring bands {own:5.2}:1",
            if high { "high contrast" } else { "standard" }
        );
        if own < bar {
            failures.push(format!("high={high}: the ring's bands are {own:.2}:1"));
        }
        for bg in RING_ON {
            let background = over(pick(get(bg)), pick(get("page")));
            let best = [dark, bright, light]
                .into_iter()
                .map(|band| ratio(band, background))
                .fold(0.0, f64::max);
            println!(
                "{:<13} focus ring on {bg:<14} {best:5.2}:1",
                if high { "high contrast" } else { "standard" }
            );
            if best < bar {
                failures.push(format!("high={high}: the ring on {bg} is {best:.2}:1, under {bar}:1"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every theme colour a `.slint` file gives to text (`color:` of a Text or a widget's
/// colour property) is measured above as a text colour.
#[test]
fn every_text_colour_of_the_ui_is_measured() {
    let measured: BTreeSet<&str> = PAIRS.iter().map(|p| p.text).collect();
    let mut unmeasured = BTreeSet::new();
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui");
    let mut stack = vec![ui];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("ui folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "slint") || path.ends_with("theme.slint") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("slint file");
            for line in text.lines() {
                let line = line.trim();
                // `color:` colours text; `border-color:`, `drop-shadow-color:` do not.
                let Some(value) = line
                    .strip_prefix("color:")
                    .or_else(|| line.strip_prefix("in property <color> color:"))
                else {
                    continue;
                };
                for name in value.split("Theme.").skip(1) {
                    let name: String = name
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                        .collect();
                    if name != "high-contrast"
                        && !measured.contains(name.as_str())
                        && !NOT_TEXT.contains(&name.as_str())
                    {
                        unmeasured.insert(format!("{name} ({})", path.display()));
                    }
                }
            }
        }
    }
    assert!(
        unmeasured.is_empty(),
        "text coloured with theme colours whose contrast is not measured in tests/contrast.rs: {unmeasured:?}"
    );
}
