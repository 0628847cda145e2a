//! Phone numbers as they are said, group by group, never as one big number.
//!
//! The groups are the ones the card shows ([`crate::phone::display`]: `04 67 69 12 34`).
//! French (and easy-to-read French) says each pair as a number ("zéro quatre,
//! soixante-sept, …"), and short numbers as people in France say them ("cent quinze",
//! "trente-neuf, dix-neuf"). Every other language says digit after digit, a pause
//! between groups: that is how numbers are read out in English, Arabic, Dari, Russian
//! and the others, and it cannot be mistaken for an amount. The comma gives eSpeak NG
//! (and a human reader) the pause.

/// The spoken form of a phone number field (E.164 or a short number) in `lang`.
pub fn spoken_phone(lang: &str, raw: &str) -> String {
    let shown = crate::phone::display(raw);
    let groups: Vec<&str> = shown.split_whitespace().collect();
    let all_digits = groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()));
    if groups.is_empty() || !all_digits {
        // Not a number the plan knows (checked packs never have one): as shown.
        return shown;
    }
    let groups: Vec<String> = match groups.as_slice() {
        [one] => short_groups(lang, one),
        many => many.iter().map(|g| g.to_string()).collect(),
    };
    let said: Vec<String> = groups.iter().map(|g| group(lang, g)).collect();
    said.join(", ")
}

fn in_pairs(lang: &str) -> bool {
    lang == "fr" || lang.starts_with("fr-")
}

/// A short number's groups: `3230` → `32 30`, `116006` → `116 006`, `115` stays.
fn short_groups(lang: &str, n: &str) -> Vec<String> {
    if !in_pairs(lang) {
        return vec![n.to_string()];
    }
    let split = |at: usize| vec![n[..at].to_string(), n[at..].to_string()];
    match n.len() {
        4 => split(2),
        6 => split(3),
        _ => vec![n.to_string()],
    }
}

fn group(lang: &str, g: &str) -> String {
    if in_pairs(lang) {
        return g.to_string();
    }
    let digits: Vec<String> = g.chars().map(String::from).collect();
    digits.join(" ")
}

#[cfg(test)]
mod tests {
    use super::spoken_phone;

    #[test]
    fn french_in_pairs() {
        assert_eq!(spoken_phone("fr", "+33467691234"), "04, 67, 69, 12, 34");
        assert_eq!(spoken_phone("fr-x-falc", "3230"), "32, 30");
        assert_eq!(spoken_phone("fr", "115"), "115");
        assert_eq!(spoken_phone("fr", "116006"), "116, 006");
    }

    #[test]
    fn other_languages_digit_by_digit() {
        assert_eq!(spoken_phone("en", "+33467691234"), "0 4, 6 7, 6 9, 1 2, 3 4");
        assert_eq!(spoken_phone("ar", "3919"), "3 9 1 9");
        assert_eq!(spoken_phone("uk", "112"), "1 1 2");
    }

    #[test]
    fn never_one_big_number() {
        for lang in ["fr", "en", "ar", "prs", "ru", "bn"] {
            let s = spoken_phone(lang, "+33969390000");
            let longest = s.split([' ', ',']).map(str::len).max().unwrap_or(0);
            assert!(longest <= 2, "{lang}: {s}");
        }
    }
}
