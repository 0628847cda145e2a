//! Checks of the ceilings tables (`tables/ID.toml`) and of the `eligibility` nodes
//! that ask from them: a table says where its figures come from and for which year,
//! its amounts fit its rows and columns and rise from column to column, every column
//! leads to a node, and a node offers exactly the nodes its table leads to.

use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::Datelike;

use crate::content::diagnostic::Report;
use crate::content::is_valid_id;
use crate::content::model::NodeKind;
use crate::content::source::{SourcePack, SrcNode, SrcTable};
use crate::msg;

/// Rows a table may offer: one screen of tiles.
pub const MAX_ROWS: usize = 9;
/// Columns a table may have: with "above", one screen of income bands.
pub const MAX_COLUMNS: usize = 5;
/// The route of an income above every ceiling.
pub const ABOVE: &str = "above";

/// Every table's own fields and the nodes its routes name.
pub(super) fn check_tables(pack: &SourcePack, nodes: &HashMap<&str, &SrcNode>, nodes_whole: bool, r: &mut Report) {
    for t in &pack.tables {
        if !is_valid_id(&t.id) {
            r.error(&t.file, 0, "invalid-id", msg!("check-invalid-id", id = &t.id));
        }
        check_origin(t, r);
        check_shape(t, r);
        check_amounts(t, r);
        check_routes(t, nodes, nodes_whole, r);
        check_adjust(t, r);
    }
    if nodes_whole {
        let used: HashSet<&str> = pack
            .nodes
            .iter()
            .filter_map(|n| n.table.as_ref())
            .map(|t| t.value.as_str())
            .collect();
        for t in pack.tables.iter().filter(|t| !used.contains(t.id.as_str())) {
            r.warning(&t.file, 0, "unused", msg!("check-table-unused", table = &t.id));
        }
    }
}

/// Source and year: without them nobody can tell whether the figures still hold.
fn check_origin(t: &SrcTable, r: &mut Report) {
    match &t.source {
        None => r.error(
            &t.file,
            0,
            "missing-source",
            msg!("check-table-missing-source", table = &t.id),
        ),
        Some(s) if !(s.value.starts_with("https://") || s.value.starts_with("http://")) => r.error(
            &t.file,
            s.line,
            "invalid-source",
            msg!("check-invalid-source", source = &s.value),
        ),
        Some(_) => {}
    }
    match &t.year {
        None => r.error(
            &t.file,
            0,
            "missing-year",
            msg!("check-table-missing-year", table = &t.id),
        ),
        Some(y) if !(2000..=2100).contains(&y.value) => r.error(
            &t.file,
            y.line,
            "invalid-year",
            msg!("check-table-invalid-year", year = y.value),
        ),
        Some(_) => {}
    }
    if let Some(u) = t
        .unit
        .as_ref()
        .filter(|u| crate::content::table::Unit::parse(&u.value).is_none())
    {
        r.error(
            &t.file,
            u.line,
            "invalid-unit",
            msg!("check-table-unit", unit = &u.value),
        );
    }
}

/// A table whose year is past: once per table, as a warning (the figures may still be
/// the latest published, but the operator must look).
pub(super) fn check_years(pack: &SourcePack, today: chrono::NaiveDate, r: &mut Report) {
    for t in &pack.tables {
        if let Some(y) = t.year.as_ref().filter(|y| y.value < i64::from(today.year())) {
            r.warning(
                &t.file,
                y.line,
                "old-table",
                msg!(
                    "check-table-old-year",
                    table = &t.id,
                    year = y.value,
                    current = i64::from(today.year())
                ),
            );
        }
    }
}

/// Rows and columns: present, valid ids, each once, not more than a screen holds.
fn check_shape(t: &SrcTable, r: &mut Report) {
    for (list, max, what) in [(&t.rows, MAX_ROWS, "rows"), (&t.columns, MAX_COLUMNS, "columns")] {
        if list.is_empty() || list.len() > max {
            r.error(
                &t.file,
                0,
                "table-shape",
                msg!("check-table-count", what = what, count = list.len(), max = max),
            );
        }
        let mut seen = HashSet::new();
        for item in list {
            if !is_valid_id(&item.value) || item.value == ABOVE {
                r.error(
                    &t.file,
                    item.line,
                    "invalid-id",
                    msg!("check-invalid-id", id = &item.value),
                );
            } else if !seen.insert(item.value.as_str()) {
                r.error(
                    &t.file,
                    item.line,
                    "duplicate-id",
                    msg!("check-table-duplicate", id = &item.value),
                );
            }
        }
    }
}

/// Amounts: one per column, positive, rising from column to column; written for the
/// first rows, the rest reached with `extra`.
fn check_amounts(t: &SrcTable, r: &mut Report) {
    let columns = t.columns.len();
    let rows: BTreeSet<&str> = t.rows.iter().map(|r| r.value.as_str()).collect();
    for (row, a) in &t.amounts {
        if !rows.contains(row.as_str()) {
            r.error(
                &t.file,
                a.line,
                "unknown-row",
                msg!("check-table-unknown-row", row = row),
            );
        }
        check_amount_list(t, row, &a.value, a.line, r);
    }
    if let Some(e) = &t.extra {
        if e.value.len() != columns || e.value.iter().any(|v| *v < 0) {
            r.error(
                &t.file,
                e.line,
                "table-amounts",
                msg!("check-table-extra", count = e.value.len(), columns = columns),
            );
        }
    }
    // Written rows come first: a row without amounts follows the last written one.
    let mut unwritten = false;
    for row in &t.rows {
        match (t.amounts.contains_key(&row.value), unwritten) {
            (true, true) => r.error(
                &t.file,
                row.line,
                "table-amounts",
                msg!("check-table-gap", row = &row.value),
            ),
            (false, _) => {
                if t.extra.is_none() && !unwritten {
                    r.error(
                        &t.file,
                        row.line,
                        "table-amounts",
                        msg!("check-table-missing-amounts", row = &row.value),
                    );
                }
                unwritten = true;
            }
            (true, false) => {}
        }
    }
}

fn check_amount_list(t: &SrcTable, row: &str, amounts: &[i64], line: usize, r: &mut Report) {
    if amounts.len() != t.columns.len() {
        r.error(
            &t.file,
            line,
            "table-amounts",
            msg!(
                "check-table-amount-count",
                row = row,
                count = amounts.len(),
                columns = t.columns.len()
            ),
        );
    } else if amounts.iter().any(|a| *a <= 0) || amounts.windows(2).any(|w| w[0] >= w[1]) {
        r.error(
            &t.file,
            line,
            "table-amounts",
            msg!("check-table-amount-order", row = row),
        );
    }
}

/// Every column and `above` lead to a node of the pack; nothing else is routed.
fn check_routes(t: &SrcTable, nodes: &HashMap<&str, &SrcNode>, nodes_whole: bool, r: &mut Report) {
    let columns: HashSet<&str> = t.columns.iter().map(|c| c.value.as_str()).collect();
    for c in t.columns.iter().map(|c| c.value.as_str()).chain([ABOVE]) {
        if !t.routes.contains_key(c) {
            r.error(
                &t.file,
                0,
                "missing-route",
                msg!("check-table-missing-route", column = c),
            );
        }
    }
    for (key, target) in &t.routes {
        if key != ABOVE && !columns.contains(key.as_str()) {
            r.error(
                &t.file,
                target.line,
                "unknown-route",
                msg!("check-table-route-key", key = key),
            );
        }
        if nodes_whole && !nodes.contains_key(target.value.as_str()) {
            r.error(
                &t.file,
                target.line,
                "unknown-node",
                msg!("check-unknown-choice", id = &target.value),
            );
        }
    }
}

fn check_adjust(t: &SrcTable, r: &mut Report) {
    let rows: HashSet<&str> = t.rows.iter().map(|r| r.value.as_str()).collect();
    let mut keys = HashSet::new();
    for a in &t.adjust {
        if !is_valid_id(&a.key.value) {
            r.error(
                &t.file,
                a.key.line,
                "invalid-id",
                msg!("check-invalid-id", id = &a.key.value),
            );
        } else if !keys.insert(a.key.value.as_str()) {
            r.error(
                &t.file,
                a.key.line,
                "duplicate-id",
                msg!("check-table-duplicate", id = &a.key.value),
            );
        }
        if a.shift.value < 1 || a.shift.value as usize >= t.rows.len().max(1) {
            r.error(
                &t.file,
                a.shift.line,
                "adjust-shift",
                msg!("check-table-shift", key = &a.key.value),
            );
        }
        for row in a.rows.iter().filter(|row| !rows.contains(row.value.as_str())) {
            r.error(
                &t.file,
                row.line,
                "unknown-row",
                msg!("check-table-unknown-row", row = &row.value),
            );
        }
    }
}

/// An eligibility node names an existing table and offers exactly the nodes that table
/// leads to (so the tree, tickets and the proof sheet see them as its choices); no
/// other node names a table.
pub(super) fn check_node_table(n: &SrcNode, kind: NodeKind, pack: &SourcePack, r: &mut Report) {
    let f = &n.file;
    let Some(name) = &n.table else {
        if kind == NodeKind::Eligibility {
            r.error(
                f,
                n.id.line,
                "missing-table",
                msg!("check-eligibility-no-table", id = &n.id.value),
            );
        }
        return;
    };
    if kind != NodeKind::Eligibility {
        r.error(
            f,
            name.line,
            "not-eligibility",
            msg!("check-table-not-eligibility", id = &n.id.value),
        );
        return;
    }
    let Some(t) = pack.tables.iter().find(|t| t.id == name.value) else {
        if pack.tables_whole() {
            r.error(
                f,
                name.line,
                "unknown-table",
                msg!("check-unknown-table", table = &name.value),
            );
        }
        return;
    };
    let targets: BTreeSet<&str> = t.routes.values().map(|v| v.value.as_str()).collect();
    let choices: BTreeSet<&str> = n.choices.iter().map(|c| c.value.as_str()).collect();
    if targets != choices || choices.len() != n.choices.len() {
        let expected: Vec<&str> = targets.into_iter().collect();
        r.error(
            f,
            n.id.line,
            "eligibility-choices",
            msg!(
                "check-eligibility-choices",
                id = &n.id.value,
                table = &t.id,
                nodes = expected.join(", ")
            ),
        );
    }
}
