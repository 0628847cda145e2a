//! Readers that cap every text value of an export as it streams by, so that a 10 MB
//! description (or a 2 GB one) never reaches memory: past [`MAX_FIELD_BYTES`] the rest
//! of the value is skipped, and a NUL character is left at its end as a mark
//! ([`TOO_LONG`]). Real text never holds NUL, so a value ending with it is known to
//! have been cut, and its row is reported and skipped.
//!
//! Two small state machines, one for JSON strings and one for CSV fields; a value is
//! only ever cut between two characters, never inside a UTF-8 sequence or an escape.

use std::io::{self, BufRead, Read};

/// The longest text value kept, in bytes.
pub const MAX_FIELD_BYTES: usize = 16 * 1024;
/// The mark left at the end of a cut value.
pub const TOO_LONG: char = '\0';

/// A byte-by-byte filter: each input byte gives zero or more output bytes.
pub trait Machine {
    fn feed(&mut self, b: u8, out: &mut Vec<u8>);
}

/// `inner` filtered by `machine`.
pub struct Capped<R, M> {
    inner: R,
    machine: M,
    pending: Vec<u8>,
    taken: usize,
}

impl<R: BufRead, M: Machine> Capped<R, M> {
    pub fn new(inner: R, machine: M) -> Self {
        Capped {
            inner,
            machine,
            pending: Vec::new(),
            taken: 0,
        }
    }
}

impl<R: BufRead, M: Machine> Read for Capped<R, M> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        while self.taken == self.pending.len() {
            self.pending.clear();
            self.taken = 0;
            let chunk = self.inner.fill_buf()?;
            if chunk.is_empty() {
                return Ok(0);
            }
            let n = chunk.len();
            for &b in chunk {
                self.machine.feed(b, &mut self.pending);
            }
            self.inner.consume(n);
        }
        let n = out.len().min(self.pending.len() - self.taken);
        out[..n].copy_from_slice(&self.pending[self.taken..self.taken + n]);
        self.taken += n;
        Ok(n)
    }
}

/// A byte that continues a UTF-8 sequence: never cut before it.
fn continues(b: u8) -> bool {
    b & 0xC0 == 0x80
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Json {
    Outside,
    Inside,
    Escape,
    /// Hex digits of `\uXXXX` still to come, and the value so far.
    Hex(u8, u32),
    Skip,
    SkipEscape,
}

/// Caps the strings of a JSON text (keys too: a cut key is only an unknown key).
pub struct JsonStrings {
    state: Json,
    len: usize,
    cap: usize,
    /// The last escape was the first half of a surrogate pair: not a place to cut.
    high_surrogate: bool,
}

impl JsonStrings {
    pub fn new(cap: usize) -> Self {
        JsonStrings {
            state: Json::Outside,
            len: 0,
            cap,
            high_surrogate: false,
        }
    }
}

impl Machine for JsonStrings {
    fn feed(&mut self, b: u8, out: &mut Vec<u8>) {
        self.state = match self.state {
            Json::Outside => {
                out.push(b);
                self.len = 0;
                if b == b'"' {
                    Json::Inside
                } else {
                    Json::Outside
                }
            }
            Json::Inside if b == b'"' => {
                out.push(b);
                Json::Outside
            }
            Json::Inside if self.len >= self.cap && !continues(b) && !self.high_surrogate => {
                out.extend_from_slice(b"\\u0000");
                if b == b'\\' {
                    Json::SkipEscape
                } else {
                    Json::Skip
                }
            }
            Json::Inside => {
                out.push(b);
                self.len += 1;
                if b == b'\\' {
                    Json::Escape
                } else {
                    self.high_surrogate = false;
                    Json::Inside
                }
            }
            Json::Escape => {
                out.push(b);
                self.len += 1;
                self.high_surrogate = false;
                if b == b'u' {
                    Json::Hex(4, 0)
                } else {
                    Json::Inside
                }
            }
            Json::Hex(left, value) => {
                out.push(b);
                self.len += 1;
                let value = value * 16 + char::from(b).to_digit(16).unwrap_or(0);
                if left > 1 {
                    Json::Hex(left - 1, value)
                } else {
                    self.high_surrogate = (0xD800..0xDC00).contains(&value);
                    Json::Inside
                }
            }
            Json::Skip if b == b'"' => {
                out.push(b);
                Json::Outside
            }
            Json::Skip if b == b'\\' => Json::SkipEscape,
            Json::Skip | Json::SkipEscape => Json::Skip,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Csv {
    Start,
    Unquoted,
    Quoted,
    /// A quote inside a quoted field: the field's end, or the first of `""`.
    QuotedQuote,
    SkipUnquoted,
    SkipQuoted,
    SkipQuotedQuote,
}

/// The most fields one CSV record keeps: past it, separators are dropped and the rest
/// of the line joins the last field (capped like any other), so that a line of a
/// million commas never becomes a million fields.
pub const MAX_FIELDS_PER_RECORD: usize = 256;

/// Caps the fields of a CSV text (RFC 4180 quoting, `""` for a quote), and the fields
/// of a record ([`MAX_FIELDS_PER_RECORD`]).
pub struct CsvFields {
    state: Csv,
    len: usize,
    cap: usize,
    delimiter: u8,
    /// Separators met in the current record.
    fields: usize,
}

impl CsvFields {
    /// Fields separated by `delimiter` (`;` in French spreadsheets' exports).
    pub fn with_delimiter(cap: usize, delimiter: u8) -> Self {
        CsvFields {
            state: Csv::Start,
            len: 0,
            cap,
            delimiter,
            fields: 0,
        }
    }

    /// Counts the record's separators; `false` for one past the bound (dropped).
    fn count_fields(&mut self, b: u8) -> bool {
        let between = matches!(
            self.state,
            Csv::Start | Csv::QuotedQuote | Csv::Unquoted | Csv::SkipUnquoted
        );
        if between && b == self.delimiter {
            if self.fields + 1 >= MAX_FIELDS_PER_RECORD {
                return false;
            }
            self.fields += 1;
        } else if between && matches!(b, b'\n' | b'\r') {
            self.fields = 0;
        }
        true
    }

    fn ends_field(&self, b: u8) -> bool {
        b == self.delimiter || matches!(b, b'\n' | b'\r')
    }
}

impl Machine for CsvFields {
    fn feed(&mut self, b: u8, out: &mut Vec<u8>) {
        if !self.count_fields(b) {
            return;
        }
        let ends_field = self.ends_field(b);
        let cut = self.len >= self.cap && !continues(b);
        self.state = match self.state {
            Csv::Start | Csv::QuotedQuote if ends_field => {
                out.push(b);
                self.len = 0;
                Csv::Start
            }
            Csv::Start if b == b'"' => {
                out.push(b);
                self.len = 0;
                Csv::Quoted
            }
            Csv::QuotedQuote if b == b'"' && self.len >= self.cap => {
                // A run of `""` is cut too, after a whole pair.
                out.push(b);
                out.push(0);
                Csv::SkipQuoted
            }
            Csv::QuotedQuote if b == b'"' => {
                out.push(b);
                self.len += 1;
                Csv::Quoted
            }
            Csv::Start | Csv::QuotedQuote => {
                out.push(b);
                self.len += 1;
                Csv::Unquoted
            }
            Csv::Unquoted | Csv::SkipUnquoted if ends_field => {
                out.push(b);
                self.len = 0;
                Csv::Start
            }
            Csv::Unquoted if cut => {
                out.push(0);
                Csv::SkipUnquoted
            }
            Csv::Unquoted => {
                out.push(b);
                self.len += 1;
                Csv::Unquoted
            }
            Csv::SkipUnquoted => Csv::SkipUnquoted,
            Csv::Quoted if b == b'"' => {
                out.push(b);
                Csv::QuotedQuote
            }
            Csv::Quoted if cut => {
                out.push(0);
                Csv::SkipQuoted
            }
            Csv::Quoted => {
                out.push(b);
                self.len += 1;
                Csv::Quoted
            }
            Csv::SkipQuoted if b == b'"' => Csv::SkipQuotedQuote,
            Csv::SkipQuoted => Csv::SkipQuoted,
            Csv::SkipQuotedQuote if b == b'"' => Csv::SkipQuoted,
            Csv::SkipQuotedQuote => {
                // The quote that closed the field: give it back, then read `b` after it.
                out.push(b'"');
                self.state = Csv::QuotedQuote;
                return self.feed(b, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run<M: Machine>(input: &str, machine: M) -> String {
        let mut r = Capped::new(io::BufReader::with_capacity(3, input.as_bytes()), machine);
        let mut out = String::new();
        r.read_to_string(&mut out).expect("read");
        out
    }

    #[test]
    fn json_strings_are_cut_with_a_mark_and_the_rest_is_untouched() {
        let out = run(r#"[{"a": "0123456789", "b": "xy", "c\"": 12}]"#, JsonStrings::new(4));
        assert_eq!(out, r#"[{"a": "0123\u0000", "b": "xy", "c\"": 12}]"#);
        let v: serde_json::Value = serde_json::from_str(&out).expect("still JSON");
        assert_eq!(v[0]["a"], "0123\u{0}");
    }

    #[test]
    fn json_is_never_cut_inside_an_escape_a_character_or_a_surrogate_pair() {
        let out = run(
            r#"["ab\"\"\"\"", "éééé", "a\ud83d\ude00zz", "\\\\\\\\"]"#,
            JsonStrings::new(3),
        );
        let v: Vec<String> = serde_json::from_str(&out).expect("still JSON");
        assert_eq!(v[0], "ab\"\0");
        assert_eq!(v[1], "éé\0");
        assert_eq!(v[2], "a\u{1F600}\0");
        assert_eq!(v[3], "\\\\\0");
    }

    #[test]
    fn csv_fields_are_cut_with_a_mark_and_quotes_still_close() {
        let out = run(
            "id,text\n1,\"0123\"\"456\n7\"\n2,abcdefgh\n3,ab\n",
            CsvFields::with_delimiter(4, b','),
        );
        assert_eq!(out, "id,text\n1,\"0123\"\"\0\"\n2,abcd\0\n3,ab\n");
        // `a,"12"""""""` then `,b`: seven quotes, three pairs and the closing one.
        let out = run(
            &format!("a,\"12{}\",b\n", "\"".repeat(6)),
            CsvFields::with_delimiter(3, b','),
        );
        assert_eq!(out, "a,\"12\"\"\"\"\0\",b\n");
        let quotes = format!("a,\"{}\"\n", "\"\"".repeat(1000));
        // The opening quote, five pairs, the mark, the closing quote.
        assert_eq!(
            run(&quotes, CsvFields::with_delimiter(4, b',')),
            format!("a,\"{}\0\"\n", "\"\"".repeat(5))
        );
    }

    #[test]
    fn semicolons_separate_and_a_record_keeps_a_bounded_number_of_fields() {
        let out = run("a;\"b;c\";d\n1;2\n", CsvFields::with_delimiter(8, b';'));
        assert_eq!(out, "a;\"b;c\";d\n1;2\n");
        let many = format!("{}\nx,y\n", ",".repeat(10_000));
        let out = run(&many, CsvFields::with_delimiter(MAX_FIELD_BYTES, b','));
        assert_eq!(out, format!("{}\nx,y\n", ",".repeat(MAX_FIELDS_PER_RECORD - 1)));
    }

    #[test]
    fn a_huge_value_is_read_in_bounded_memory() {
        let big = format!("[\"{}\"]", "x".repeat(10 * 1024 * 1024));
        let out = run(&big, JsonStrings::new(MAX_FIELD_BYTES));
        assert_eq!(out.len(), MAX_FIELD_BYTES + 10);
    }
}
