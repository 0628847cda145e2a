//! An offer's values as a landlord's export writes them, and the bounds every offer
//! keeps: shared by `content check` (the pack's `offers/*.toml`) and `content import
//! offers` (a CSV or JSON export), so that what the import writes always checks.

use chrono::NaiveDate;

/// More rooms than this is not a home a kiosk offers (a typing error).
pub const MAX_ROOMS: u8 = 20;
/// Living area bounds, square metres.
pub const MAX_SURFACE_M2: u32 = 1_000;
/// Monthly rent bound, cents (10,000 €).
pub const MAX_RENT_CENTS: u32 = 1_000_000;
/// Monthly charges bound, cents (5,000 €).
pub const MAX_CHARGES_CENTS: u32 = 500_000;
/// Floors from the third basement level to the 80th.
pub const MIN_FLOOR: i32 = -3;
pub const MAX_FLOOR: i32 = 80;
/// Characters of a commune's name.
pub const MAX_COMMUNE_CHARS: usize = 64;
/// Characters of a landlord's reference.
pub const MAX_REFERENCE_CHARS: usize = 40;
/// Photos one offer may show.
pub const MAX_PHOTOS: usize = 8;
/// Characters of a photo's file name.
pub const MAX_PHOTO_NAME_CHARS: usize = 80;
/// A photo as the kiosk shows it: a JPEG of at most this many bytes…
pub const MAX_PHOTO_BYTES: u64 = 1024 * 1024;
/// …and at most this many pixels a side (the import makes them 1024×768 at most).
pub const MAX_PHOTO_SIDE: u32 = 2048;
/// A photo smaller than this a side shows nothing useful.
pub const MIN_PHOTO_SIDE: u32 = 64;
/// Offers one landlord's file may carry (the import stops there).
pub const MAX_OFFERS_PER_LANDLORD: usize = 20_000;

/// Euros as written in an export ("412,35 €", "412.35", "1 050", "450") → cents.
/// Negative, more than two decimals, or anything but digits, one separator, spaces
/// and a euro sign: `None`.
pub fn parse_money(s: &str) -> Option<u32> {
    let t: String = s
        .trim()
        .trim_end_matches('€')
        .trim_end_matches("EUR")
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let (whole, frac) = match t.split_once([',', '.']) {
        Some((w, f)) => (w, f),
        None => (t.as_str(), ""),
    };
    if whole.is_empty() || frac.len() > 2 || !is_digits(whole) || !(frac.is_empty() || is_digits(frac)) {
        return None;
    }
    let euros: u32 = whole.parse().ok()?;
    let cents: u32 = match frac.len() {
        0 => 0,
        1 => frac.parse::<u32>().ok()? * 10,
        _ => frac.parse().ok()?,
    };
    euros.checked_mul(100)?.checked_add(cents)
}

/// A whole or decimal number of square metres ("64", "64,5", "64.5 m²"), rounded to
/// the nearest whole one.
pub fn parse_surface(s: &str) -> Option<u32> {
    let t = s.trim().trim_end_matches("m²").trim_end_matches("m2").trim();
    let (whole, frac) = t.split_once([',', '.']).unwrap_or((t, ""));
    if whole.is_empty() || whole.len() > 6 || !is_digits(whole) || !(frac.is_empty() || is_digits(frac)) {
        return None;
    }
    let w: u32 = whole.parse().ok()?;
    let up = frac.chars().next().is_some_and(|c| c >= '5');
    Some(w + u32::from(up))
}

/// Rooms from a type: "T3", "F3", "3", "T6"…, "studio" (one room).
pub fn parse_rooms(s: &str) -> Option<u8> {
    let t = s.trim().to_lowercase();
    if t == "studio" || t == "t1 bis" || t == "t1bis" {
        return Some(1);
    }
    let digits = t.strip_prefix(['t', 'f']).unwrap_or(&t);
    if digits.is_empty() || digits.len() > 2 || !is_digits(digits) {
        return None;
    }
    digits.parse().ok().filter(|r| (1..=MAX_ROOMS).contains(r))
}

/// A floor: a number, or "RDC" / "rez-de-chaussée" for the ground floor (0).
pub fn parse_floor(s: &str) -> Option<i32> {
    let t = s.trim().to_lowercase();
    if matches!(t.as_str(), "rdc" | "rez-de-chaussée" | "rez-de-chaussee" | "0") {
        return Some(0);
    }
    let number = t
        .trim_end_matches("ème")
        .trim_end_matches("eme")
        .trim_end_matches("er")
        .trim_end_matches('e');
    let n: i32 = number.parse().ok()?;
    (MIN_FLOOR..=MAX_FLOOR).contains(&n).then_some(n)
}

/// "oui"/"non" (and "o", "n", "yes", "no", "1", "0", "true", "false").
pub fn parse_yes_no(s: &str) -> Option<bool> {
    match s.trim().to_lowercase().as_str() {
        "oui" | "o" | "yes" | "y" | "1" | "true" | "vrai" => Some(true),
        "non" | "n" | "no" | "0" | "false" | "faux" => Some(false),
        _ => None,
    }
}

/// An energy label, `A` to `G`.
pub fn parse_energy(s: &str) -> Option<char> {
    let t = s.trim();
    let mut chars = t.chars();
    let c = chars.next()?.to_ascii_uppercase();
    (chars.next().is_none() && ('A'..='G').contains(&c)).then_some(c)
}

/// `YYYY-MM-DD` or `DD/MM/YYYY`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let t = s.trim();
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(t, "%d/%m/%Y"))
        .ok()
        .filter(|d| t.len() == 10 && (2000..=2100).contains(&chrono::Datelike::year(d)))
}

/// A landlord's reference: 1 to 40 letters, digits, `.`, `_`, `-` (it names the offer
/// in `LANDLORD/REFERENCE` and is read out to the landlord).
pub fn is_valid_reference(s: &str) -> bool {
    !s.is_empty()
        && s.chars().count() <= MAX_REFERENCE_CHARS
        && !s.starts_with(['.', '-'])
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// A commune's name: printable text, 1 to 64 characters, no line breaks.
pub fn is_valid_commune(s: &str) -> bool {
    let t = s.trim();
    !t.is_empty() && t == s && s.chars().count() <= MAX_COMMUNE_CHARS && !s.chars().any(char::is_control)
}

/// A French postcode: five digits.
pub fn is_valid_postcode(s: &str) -> bool {
    s.len() == 5 && is_digits(s)
}

/// A photo's file name in `offers/LANDLORD/`: lower-case letters, digits, `.`, `_`,
/// `-`, ending in `.jpg`, nothing that leaves the folder.
pub fn is_valid_photo_name(s: &str) -> bool {
    s.len() <= MAX_PHOTO_NAME_CHARS
        && s.len() > 4
        && s.ends_with(".jpg")
        && !s.starts_with('.')
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-'))
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_as_exports_write_it() {
        assert_eq!(parse_money("412,35 €"), Some(41_235));
        assert_eq!(parse_money("412.35"), Some(41_235));
        assert_eq!(parse_money("1 050"), Some(105_000));
        assert_eq!(parse_money("1\u{a0}050,5"), Some(105_050));
        assert_eq!(parse_money("450"), Some(45_000));
        assert_eq!(parse_money("0"), Some(0));
        for bad in ["", "-12", "12,345", "abc", "12,3,4", "€", ",5"] {
            assert_eq!(parse_money(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn types_floors_labels_dates() {
        assert_eq!(parse_rooms("T3"), Some(3));
        assert_eq!(parse_rooms("studio"), Some(1));
        assert_eq!(parse_rooms("f6"), Some(6));
        assert_eq!(parse_rooms("T0"), None);
        assert_eq!(parse_rooms("T99"), None);
        assert_eq!(parse_rooms("maison"), None);
        assert_eq!(parse_floor("RDC"), Some(0));
        assert_eq!(parse_floor("3"), Some(3));
        assert_eq!(parse_floor("-1"), Some(-1));
        assert_eq!(parse_floor("1er"), Some(1));
        assert_eq!(parse_floor("4ème"), Some(4));
        assert_eq!(parse_floor("200"), None);
        assert_eq!(parse_energy("c"), Some('C'));
        assert_eq!(parse_energy("H"), None);
        assert_eq!(parse_energy("AB"), None);
        assert_eq!(parse_surface("64,5 m²"), Some(65));
        assert_eq!(parse_surface("64.4"), Some(64));
        assert_eq!(parse_surface("x"), None);
        let d = NaiveDate::from_ymd_opt(2027, 3, 1);
        assert_eq!(parse_date("2027-03-01"), d);
        assert_eq!(parse_date("01/03/2027"), d);
        assert_eq!(parse_date("1/3/2027"), None);
        assert_eq!(parse_date("2027-02-30"), None);
        assert_eq!(parse_yes_no("Oui"), Some(true));
        assert_eq!(parse_yes_no("peut-être"), None);
    }

    #[test]
    fn names_that_stay_in_their_folder() {
        assert!(is_valid_reference("LOG-2024.17"));
        assert!(!is_valid_reference("../x"));
        assert!(!is_valid_reference("a b"));
        assert!(is_valid_photo_name("eh-0001-1.jpg"));
        assert!(!is_valid_photo_name("../x.jpg"));
        assert!(!is_valid_photo_name("X.JPG"));
        assert!(!is_valid_photo_name(".jpg"));
        assert!(is_valid_commune("Saint-Rémy-du-Nord"));
        assert!(!is_valid_commune(" Maubeuge"));
        assert!(!is_valid_commune("a\nb"));
        assert!(is_valid_postcode("59600"));
        assert!(!is_valid_postcode("5960"));
    }
}
