//! Phone numbers of services: E.164 (`+33…`) checked against the numbering plan, or the
//! short national numbers of helplines (`115`, `3230`, `116006`) that have no E.164 form.

use phonenumber::Mode;

/// What kind of number a valid phone field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneKind {
    International,
    Short,
}

/// Why a phone field is refused (the checker says it in the operator's language).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    #[error("write it in E.164 form, e.g. +33123456789, or as a short number such as 3230")]
    NotE164,
    #[error("E.164 numbers have no spaces or dots: +33123456789")]
    Separators,
    #[error("{0}")]
    Unparsable(String),
    #[error("this number does not exist in its country's numbering plan")]
    NotInPlan,
}

/// Checks a phone field.
pub fn validate(s: &str) -> Result<PhoneKind, PhoneError> {
    if is_short(s) {
        return Ok(PhoneKind::Short);
    }
    if !s.starts_with('+') {
        return Err(PhoneError::NotE164);
    }
    if s.bytes().skip(1).any(|b| !b.is_ascii_digit()) {
        return Err(PhoneError::Separators);
    }
    let n = phonenumber::parse(None, s).map_err(|e| PhoneError::Unparsable(e.to_string()))?;
    if !phonenumber::is_valid(&n) {
        return Err(PhoneError::NotInPlan);
    }
    Ok(PhoneKind::International)
}

fn is_short(s: &str) -> bool {
    (2..=6).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// How a resident reads the number on screen: national grouping (`01 99 00 00 01`) for
/// E.164 numbers, the short number as is, the raw text if it cannot be parsed.
pub fn display(s: &str) -> String {
    if is_short(s) {
        return s.to_string();
    }
    match phonenumber::parse(None, s) {
        Ok(n) => n.format().mode(Mode::National).to_string(),
        Err(_) => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_numbers() {
        assert_eq!(validate("+33969390000"), Ok(PhoneKind::International));
        assert_eq!(validate("3230"), Ok(PhoneKind::Short));
        assert_eq!(validate("116006"), Ok(PhoneKind::Short));
    }

    #[test]
    fn invalid_numbers() {
        assert!(validate("01 23 45 67 89").is_err());
        assert!(validate("+33 1 23").is_err());
        assert!(validate("+3312").is_err());
        assert!(validate("1").is_err());
        assert_eq!(validate("15"), Ok(PhoneKind::Short));
    }

    #[test]
    fn display_national() {
        assert_eq!(display("+33969390000"), "09 69 39 00 00");
        assert_eq!(display("115"), "115");
    }
}
