//! Ceilings tables: a published scale of income ceilings (social housing, Complémentaire
//! santé solidaire…) that an `eligibility` node asks its questions from.
//!
//! The questions are always the same shape, whatever the table: which row (household
//! size), then the table's yes/no adjustments that move to another row (a young couple
//! counts as three), then the income band, drawn from that row's ceilings. The band
//! chosen leads to the node its column routes to, or to the `above` node. Nothing here
//! knows about housing: the pack's table says it all. Pure functions, no Slint.

/// What the amounts of a table are per.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Year,
    Month,
}

impl Unit {
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Year => "year",
            Unit::Month => "month",
        }
    }

    pub fn parse(s: &str) -> Option<Unit> {
        match s {
            "year" => Some(Unit::Year),
            "month" => Some(Unit::Month),
            _ => None,
        }
    }
}

/// One row of the table (a household category): one ceiling per column, ascending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    /// Whole euros, one per column (rows beyond the written ones are filled at
    /// compile time from the per-extra-person increment).
    pub amounts: Vec<u64>,
}

/// A yes/no question asked for some rows: "yes" moves `shift` rows further down.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adjust {
    /// Names its question (`table-ID-adjust-KEY`).
    pub key: String,
    /// The rows it is asked for.
    pub rows: Vec<String>,
    pub shift: usize,
}

/// A compiled ceilings table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub id: String,
    /// The official text the figures come from.
    pub source: String,
    /// The year the figures apply to (the operator updates them each year).
    pub year: i32,
    pub unit: Unit,
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
    /// The node each column leads to, in column order.
    pub routes: Vec<String>,
    /// The node for an income above every ceiling.
    pub above: String,
    pub adjusts: Vec<Adjust>,
}

/// Message keys of a table's texts in the pack.
pub fn row_key(table: &str, row: &str) -> String {
    format!("table-{table}-row-{row}")
}

pub fn adjust_key(table: &str, key: &str) -> String {
    format!("table-{table}-adjust-{key}")
}

pub fn income_key(table: &str) -> String {
    format!("table-{table}-income")
}

/// Where a resident is in a table's questions, given their answers so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'a> {
    /// Which row: one choice per row.
    Row,
    /// A yes/no adjustment (choice 0 = yes, 1 = no), asked while on row `row`.
    Adjust { row: usize, adjust: &'a Adjust },
    /// The income band, from row `row`'s ceilings: one choice per column, then above.
    Band { row: usize },
}

/// An income band of a row: `min` to `max` euros, both included; `None` is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Band {
    pub min: Option<u64>,
    pub max: Option<u64>,
    /// The node this band leads to.
    pub route: String,
}

/// Yes is the first choice of an adjustment, no the second.
pub const YES: usize = 0;

impl Table {
    /// The step the answers lead to, or `None` if an answer is out of range.
    pub fn step(&self, answers: &[usize]) -> Option<Step<'_>> {
        let Some((&first, rest)) = answers.split_first() else {
            return Some(Step::Row);
        };
        let mut row = first;
        self.rows.get(row)?;
        let mut rest = rest.iter();
        // Each adjustment that applies to the row is asked in turn; the first "yes"
        // moves the row and ends them (a household is moved once).
        for adjust in &self.adjusts {
            if !self.applies(adjust, row) {
                continue;
            }
            match rest.next() {
                None => return Some(Step::Adjust { row, adjust }),
                Some(&YES) => {
                    row += adjust.shift;
                    break;
                }
                Some(&1) => {}
                Some(_) => return None,
            }
        }
        // Nothing may follow the band: it is the last answer (the route).
        rest.next().is_none().then_some(Step::Band { row })
    }

    /// Whether `adjust` is asked on row `row` (and its shift stays in the table).
    fn applies(&self, adjust: &Adjust, row: usize) -> bool {
        self.rows
            .get(row)
            .is_some_and(|r| adjust.rows.contains(&r.id) && row + adjust.shift < self.rows.len())
    }

    /// How many choices step `step` offers.
    pub fn choice_count(&self, step: Step<'_>) -> usize {
        match step {
            Step::Row => self.rows.len(),
            Step::Adjust { .. } => 2,
            Step::Band { row } => self.bands(row).len(),
        }
    }

    /// Row `row`'s income bands: up to the first ceiling, between each pair, above the
    /// last. Ceilings are inclusive (income equal to a ceiling is under it).
    pub fn bands(&self, row: usize) -> Vec<Band> {
        let Some(r) = self.rows.get(row) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut min = None;
        for (amount, route) in r.amounts.iter().zip(&self.routes) {
            out.push(Band {
                min,
                max: Some(*amount),
                route: route.clone(),
            });
            min = Some(amount + 1);
        }
        out.push(Band {
            min,
            max: None,
            route: self.above.clone(),
        });
        out
    }

    /// The node an income of `amount` on row `row` leads to (for tests and tools).
    pub fn route_for(&self, row: usize, amount: u64) -> Option<&str> {
        let r = self.rows.get(row)?;
        let col = r.amounts.iter().position(|&c| amount <= c);
        Some(match col {
            Some(i) => self.routes.get(i)?.as_str(),
            None => self.above.as_str(),
        })
    }

    /// Every node the table may lead to, each once, in column order then above.
    pub fn targets(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for t in self.routes.iter().chain(std::iter::once(&self.above)) {
            if !out.contains(&t.as_str()) {
                out.push(t);
            }
        }
        out
    }
}

/// Rows past the last written one: the last written amounts plus `extra` once per row
/// further down (the "per extra person" increment of the published scales).
pub fn extend_rows(written: &[Vec<u64>], extra: Option<&[u64]>, total: usize) -> Vec<Vec<u64>> {
    let mut out: Vec<Vec<u64>> = written.iter().take(total).cloned().collect();
    let (Some(last), Some(extra)) = (written.last(), extra) else {
        return out;
    };
    let mut k = 1u64;
    while out.len() < total {
        out.push(
            last.iter()
                .zip(extra)
                .map(|(a, e)| a.saturating_add(e.saturating_mul(k)))
                .collect(),
        );
        k += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        let rows = extend_rows(&[vec![100, 200], vec![150, 300], vec![180, 360]], Some(&[20, 40]), 5);
        Table {
            id: "t".into(),
            source: "https://example.org".into(),
            year: 2026,
            unit: Unit::Year,
            columns: vec!["a".into(), "b".into()],
            rows: rows
                .into_iter()
                .enumerate()
                .map(|(i, amounts)| Row {
                    id: (i + 1).to_string(),
                    amounts,
                })
                .collect(),
            routes: vec!["ra".into(), "rb".into()],
            above: "no".into(),
            adjusts: vec![
                Adjust {
                    key: "x".into(),
                    rows: vec!["2".into(), "5".into()],
                    shift: 1,
                },
                Adjust {
                    key: "y".into(),
                    rows: vec!["2".into()],
                    shift: 1,
                },
            ],
        }
    }

    #[test]
    fn extra_rows_add_the_increment_once_per_row() {
        let t = table();
        assert_eq!(t.rows[3].amounts, vec![200, 400]);
        assert_eq!(t.rows[4].amounts, vec![220, 440]);
    }

    #[test]
    fn steps_walk_rows_adjustments_then_bands() {
        let t = table();
        assert_eq!(t.step(&[]), Some(Step::Row));
        assert_eq!(t.step(&[0]), Some(Step::Band { row: 0 }), "row 1 has no adjustment");
        assert!(matches!(t.step(&[1]), Some(Step::Adjust { row: 1, adjust }) if adjust.key == "x"));
        assert_eq!(t.step(&[1, YES]), Some(Step::Band { row: 2 }), "yes moves and ends");
        assert!(matches!(t.step(&[1, 1]), Some(Step::Adjust { row: 1, adjust }) if adjust.key == "y"));
        assert_eq!(t.step(&[1, 1, 1]), Some(Step::Band { row: 1 }));
        assert_eq!(
            t.step(&[4]),
            Some(Step::Band { row: 4 }),
            "the last row cannot move down"
        );
        assert_eq!(t.step(&[9]), None);
        assert_eq!(t.step(&[1, 2]), None);
        assert_eq!(t.step(&[0, 0]), None, "nothing after the band");
    }

    #[test]
    fn bands_are_inclusive_and_route() {
        let t = table();
        let b = t.bands(0);
        assert_eq!(b.len(), 3);
        assert_eq!((b[0].min, b[0].max), (None, Some(100)));
        assert_eq!((b[1].min, b[1].max), (Some(101), Some(200)));
        assert_eq!((b[2].min, b[2].max, b[2].route.as_str()), (Some(201), None, "no"));
        assert_eq!(t.route_for(0, 100), Some("ra"));
        assert_eq!(t.route_for(0, 101), Some("rb"));
        assert_eq!(t.route_for(0, 201), Some("no"));
        assert_eq!(t.targets(), vec!["ra", "rb", "no"]);
    }
}
