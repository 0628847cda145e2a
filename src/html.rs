//! The one HTML escape of the pages the project writes (the statistics report, the
//! proof sheet): text made safe for element content and for attribute values.

/// Text made safe for HTML content and attribute values (single or double quoted).
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_and_quotes_are_escaped() {
        assert_eq!(
            super::esc(r#"<a href="x">l'&</a>"#),
            "&lt;a href=&quot;x&quot;&gt;l&#39;&amp;&lt;/a&gt;"
        );
    }
}
