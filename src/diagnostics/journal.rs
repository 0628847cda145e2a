//! Journal entries as `journalctl -o json` prints them: one JSON object a line, every
//! field a string, or an array of bytes (not UTF-8 text), or an array of values (a
//! field given more than once), or null (too large to print).
//!
//! Pure functions, so that the logs panel and the restart reason are tested on sample
//! text; nothing here runs `journalctl`.

use chrono::NaiveDateTime;
use serde_json::{Map, Value};

/// The longest message kept from one entry, in characters: a screen line, not a dump.
pub const MAX_MESSAGE_CHARS: usize = 2000;

/// One journal entry, with the fields the maintenance screen reads.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Entry {
    /// Local time of the entry.
    pub at: Option<NaiveDateTime>,
    /// syslog priority: 0 (emergency) to 7 (debug).
    pub priority: Option<u8>,
    /// `SYSLOG_IDENTIFIER`: `borne` for the app, `systemd` for what PID 1 says about it.
    pub identifier: String,
    pub message: String,
    fields: Map<String, Value>,
}

impl Entry {
    /// Any other field as text (`MESSAGE_ID`, `UNIT_RESULT`, `EXIT_STATUS`...).
    pub fn field(&self, name: &str) -> Option<String> {
        self.fields.get(name).and_then(text)
    }
}

/// Parses one line of `journalctl -o json`; `None` for a line that is not an entry.
pub fn parse_line(line: &str) -> Option<Entry> {
    let Value::Object(fields) = serde_json::from_str::<Value>(line.trim()).ok()? else {
        return None;
    };
    let get = |name: &str| fields.get(name).and_then(text);
    let at = get("__REALTIME_TIMESTAMP")
        .and_then(|us| us.parse::<i64>().ok())
        .and_then(chrono::DateTime::from_timestamp_micros)
        .map(|t| t.with_timezone(&chrono::Local).naive_local());
    let priority = get("PRIORITY").and_then(|p| p.parse::<u8>().ok()).filter(|p| *p <= 7);
    let mut message = get("MESSAGE").unwrap_or_default();
    if let Some((cut, _)) = message.char_indices().nth(MAX_MESSAGE_CHARS) {
        message.truncate(cut);
    }
    Some(Entry {
        at,
        priority,
        identifier: get("SYSLOG_IDENTIFIER").unwrap_or_default(),
        message,
        fields,
    })
}

/// Every entry of `journalctl -o json` output; a last line cut short (a bounded read)
/// and any line that is not an entry are left out.
pub fn parse(output: &[u8]) -> Vec<Entry> {
    String::from_utf8_lossy(output).lines().filter_map(parse_line).collect()
}

/// A field's value as text: a string, bytes (lossy UTF-8), or the first of several.
fn text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Array(items) if items.iter().all(Value::is_u64) => {
            let bytes: Vec<u8> = items
                .iter()
                .filter_map(Value::as_u64)
                .map(|b| u8::try_from(b).unwrap_or(b'?'))
                .collect();
            Some(String::from_utf8_lossy(&bytes).into_owned())
        }
        Value::Array(items) => items.first().and_then(text),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// `journalctl -u borne.service -o json` on the image, shortened: the app's lines
    /// (stderr, so priority 6), and PID 1 about the unit.
    pub(crate) const SAMPLE: &str = r#"{"__REALTIME_TIMESTAMP":"1767261600000000","PRIORITY":"6","SYSLOG_IDENTIFIER":"borne","MESSAGE":"2026-01-01T10:00:00.000000Z  INFO borne::ui::window: first frame drawn","_PID":"812"}
{"__REALTIME_TIMESTAMP":"1767261660000000","PRIORITY":"6","SYSLOG_IDENTIFIER":"borne","MESSAGE":"2026-01-01T10:01:00.000000Z  WARN borne::printing::transport: printer offline: /dev/usb/lp0"}
{"__REALTIME_TIMESTAMP":"1767261720000000","PRIORITY":"4","SYSLOG_IDENTIFIER":"systemd","MESSAGE":"borne.service: Watchdog timeout (limit 30s)!","UNIT":"borne.service","_PID":"1"}
{"__REALTIME_TIMESTAMP":"1767261721000000","PRIORITY":"4","SYSLOG_IDENTIFIER":"systemd","MESSAGE":"borne.service: Main process exited, code=dumped, status=6/ABRT","MESSAGE_ID":"98e322203f7a4ed290d09fe03c09fe15","EXIT_CODE":"dumped","EXIT_STATUS":"6","UNIT":"borne.service","_PID":"1"}
{"__REALTIME_TIMESTAMP":"1767261721500000","PRIORITY":"4","SYSLOG_IDENTIFIER":"systemd","MESSAGE":"borne.service: Failed with result 'watchdog'.","MESSAGE_ID":"d9b373ed55a64feb8242e02dbe79a49c","UNIT_RESULT":"watchdog","UNIT":"borne.service","_PID":"1"}
{"__REALTIME_TIMESTAMP":"1767261723000000","PRIORITY":"6","SYSLOG_IDENTIFIER":"borne","MESSAGE":[98,97,100,32,255,32,98,121,116,101]}
{"__REALTIME_TIMESTAMP":"1767261724000000","PRIORITY":"3","SYSLOG_IDENTIFIER":"borne","MESSAGE":null}
{"__REALTIME_TIMESTAMP":"1767261725000000","PRIORITY":"6","SYSLOG_IDENTIFIER":["borne","x"],"MESSAGE":"2026-01-01T10:02:05.000000Z ERROR borne::upd"#;

    #[test]
    fn entries_keep_time_priority_and_text() {
        let e = parse(SAMPLE.as_bytes());
        assert_eq!(e.len(), 7, "the cut last line is left out");
        let expect = chrono::DateTime::from_timestamp(1_767_261_600, 0)
            .unwrap()
            .with_timezone(&chrono::Local)
            .naive_local();
        assert_eq!(e[0].at, Some(expect));
        assert_eq!(e[0].priority, Some(6));
        assert_eq!(e[0].identifier, "borne");
        assert!(e[1].message.ends_with("printer offline: /dev/usb/lp0"));
        assert_eq!(e[4].field("UNIT_RESULT").as_deref(), Some("watchdog"));
        assert_eq!(e[3].field("EXIT_STATUS").as_deref(), Some("6"));
        assert_eq!(e[0].field("_PID").as_deref(), Some("812"));
        assert_eq!(e[5].message, "bad \u{fffd} byte", "bytes are read as lossy text");
        assert_eq!(e[6].message, "", "a message too large to print is empty");
        assert_eq!(e[6].priority, Some(3));
    }

    #[test]
    fn odd_lines_are_skipped_and_long_messages_cut() {
        assert_eq!(parse_line("not json"), None);
        assert_eq!(parse_line("[1,2]"), None);
        let e = parse_line(r#"{"PRIORITY":"9","MESSAGE":"x"}"#).unwrap();
        assert_eq!((e.priority, e.at), (None, None));
        let long = format!(r#"{{"MESSAGE":"{}"}}"#, "é".repeat(3000));
        assert_eq!(parse_line(&long).unwrap().message.chars().count(), MAX_MESSAGE_CHARS);
        let many = parse_line(r#"{"SYSLOG_IDENTIFIER":["a","b"]}"#).unwrap();
        assert_eq!(many.identifier, "a");
    }
}
