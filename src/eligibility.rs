//! A resident's answers to an "Am I eligible?" node, for the length of the visit.
//!
//! The answers (which row, each yes/no) belong to the eligibility node at one depth of
//! the path: Back undoes them one by one there, going above that node forgets them,
//! and a wipe forgets them with everything else. They are never stored, printed,
//! logged nor counted: only the visit's `Session` holds them. No Slint.

use crate::content::table::{adjust_key, income_key, row_key, Band, Step, Table, Unit};

/// Answers given at the eligibility node at one depth of the path.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    /// Path length when the node was on screen; 0 when there are none.
    depth: usize,
    list: Vec<usize>,
}

/// What an answer did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answered {
    /// The next question of the same node.
    Next,
    /// The income band was chosen: the resident goes on to this node.
    Route(String),
}

impl Answers {
    /// The answers for the node at path length `depth` (none for any other).
    pub fn at(&self, depth: usize) -> &[usize] {
        if depth == self.depth {
            &self.list
        } else {
            &[]
        }
    }

    /// Choice `choice` of the step the answers so far lead to, on `table`'s node at
    /// path length `depth`. `None` if the choice is not offered.
    pub fn answer(&mut self, table: &Table, depth: usize, choice: usize) -> Option<Answered> {
        if depth != self.depth {
            self.forget();
            self.depth = depth;
        }
        let step = table.step(&self.list)?;
        if choice >= table.choice_count(step) {
            return None;
        }
        match step {
            Step::Band { row } => table
                .bands(row)
                .into_iter()
                .nth(choice)
                .map(|b| Answered::Route(b.route)),
            Step::Row | Step::Adjust { .. } => {
                self.list.push(choice);
                Some(Answered::Next)
            }
        }
    }

    /// Back at path length `depth`: the last answer is undone if there is one there.
    pub fn undo(&mut self, depth: usize) -> bool {
        depth == self.depth && self.list.pop().is_some()
    }

    /// The path is now `depth` long: answers of a node no longer on it are forgotten.
    pub fn keep_within(&mut self, depth: usize) {
        if depth < self.depth {
            self.forget();
        }
    }

    pub fn forget(&mut self) {
        self.depth = 0;
        self.list.clear();
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

/// A message a step of the questions shows: the pack's (no arguments) or the kiosk's
/// own with its arguments (amounts already grouped for the language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Pack(String),
    Chrome(&'static str, Vec<(&'static str, String)>),
}

/// What the eligibility node's screen shows at a step: its question and its choices,
/// as the screen and speech both use them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepView {
    pub question: Msg,
    pub choices: Vec<Msg>,
}

/// The step `answers` lead to on node `node_id` asking from `table`, in `lang`.
pub fn step_view(node_id: &str, table: &Table, answers: &[usize], lang: &str) -> Option<StepView> {
    Some(match table.step(answers)? {
        Step::Row => StepView {
            question: Msg::Pack(format!("node-{node_id}.question")),
            choices: table
                .rows
                .iter()
                .map(|r| Msg::Pack(row_key(&table.id, &r.id)))
                .collect(),
        },
        Step::Adjust { adjust, .. } => StepView {
            question: Msg::Pack(adjust_key(&table.id, &adjust.key)),
            choices: vec![Msg::Chrome("elig-yes", vec![]), Msg::Chrome("elig-no", vec![])],
        },
        Step::Band { row } => StepView {
            question: Msg::Pack(income_key(&table.id)),
            choices: table
                .bands(row)
                .iter()
                .map(|b| band_label(b, table.unit, lang))
                .collect(),
        },
    })
}

/// "Up to 12 870 € a year (about 1 073 € a month)", "From … to …", "More than …".
fn band_label(b: &Band, unit: Unit, lang: &str) -> Msg {
    let mut args: Vec<(&'static str, String)> = Vec::new();
    let mut arg = |name: &'static str, month: &'static str, v: u64| {
        args.push((name, group_digits(lang, v)));
        // A yearly figure is also given per month: what a resident knows of their income.
        if unit == Unit::Year {
            args.push((month, group_digits(lang, (v + 6) / 12)));
        }
    };
    let (year, month) = match (b.min, b.max) {
        (None, Some(max)) => {
            arg("max", "max-month", max);
            ("elig-year-up-to", "elig-month-up-to")
        }
        (Some(min), Some(max)) => {
            arg("min", "min-month", min);
            arg("max", "max-month", max);
            ("elig-year-between", "elig-month-between")
        }
        (min, None) => {
            arg("min", "min-month", min.unwrap_or(0));
            ("elig-year-above", "elig-month-above")
        }
    };
    Msg::Chrome(if unit == Unit::Year { year } else { month }, args)
}

/// A whole amount with the digit grouping of `lang` (`12 870`, `12,870`, `12.870`);
/// the currency sign is placed by the language's message, not here. Digits stay
/// Latin in every language: they are the digits of the tax notice being compared.
pub fn group_digits(lang: &str, amount: u64) -> String {
    let sep = match lang.split('-').next().unwrap_or(lang) {
        "en" | "bn" | "ti" => ",",
        "es" | "tr" | "ro" | "ar" => ".",
        // French and the others that group with a space: a narrow no-break one, so a
        // figure never breaks across lines.
        _ => "\u{202f}",
    };
    let digits = amount.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::table::{Row, Unit};

    fn table() -> Table {
        Table {
            id: "t".into(),
            source: String::new(),
            year: 2026,
            unit: Unit::Year,
            columns: vec!["a".into()],
            rows: vec![
                Row {
                    id: "1".into(),
                    amounts: vec![100],
                },
                Row {
                    id: "2".into(),
                    amounts: vec![200],
                },
            ],
            routes: vec!["yes".into()],
            above: "no".into(),
            adjusts: vec![],
        }
    }

    #[test]
    fn answers_lead_to_a_route_and_are_undone_one_by_one() {
        let t = table();
        let mut a = Answers::default();
        assert_eq!(a.answer(&t, 3, 5), None, "no row 6");
        assert_eq!(a.answer(&t, 3, 1), Some(Answered::Next));
        assert_eq!(a.at(3), &[1]);
        assert_eq!(a.at(4), &[] as &[usize]);
        assert_eq!(a.answer(&t, 3, 2), None, "two bands only");
        assert_eq!(a.answer(&t, 3, 1), Some(Answered::Route("no".into())));
        assert_eq!(a.at(3), &[1], "the band is not kept: Back returns to it");
        a.keep_within(4);
        assert_eq!(a.at(3), &[1]);
        assert!(a.undo(3));
        assert!(!a.undo(3));
        a.answer(&t, 3, 0);
        a.keep_within(2);
        assert!(a.is_empty(), "above the node, its answers are forgotten");
    }

    #[test]
    fn digits_are_grouped_per_language() {
        assert_eq!(group_digits("fr", 12870), "12\u{202f}870");
        assert_eq!(group_digits("en", 1234567), "1,234,567");
        assert_eq!(group_digits("es", 999), "999");
        assert_eq!(group_digits("ar", 30424), "30.424");
    }
}
