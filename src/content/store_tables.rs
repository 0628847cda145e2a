//! Schema of migration 5 (`migrations/0005_tables.sql`), written and read in one
//! place: the ceilings tables and the table each eligibility node asks from; and the
//! source tables turned into their compiled form (extra rows computed once, here).

use rusqlite::{params, Connection, Transaction};

use super::model::Pack;
use super::source::SrcTable;
use super::table::{extend_rows, Adjust, Row, Table, Unit};

/// The compiled form of a checked source table.
pub(super) fn table_of(t: &SrcTable) -> Table {
    let amount = |v: &i64| u64::try_from(*v).unwrap_or(0);
    let written: Vec<Vec<u64>> = t
        .rows
        .iter()
        .map_while(|r| t.amounts.get(&r.value))
        .map(|a| a.value.iter().map(amount).collect())
        .collect();
    let extra: Option<Vec<u64>> = t.extra.as_ref().map(|e| e.value.iter().map(amount).collect());
    let amounts = extend_rows(&written, extra.as_deref(), t.rows.len());
    let route = |key: &str| t.routes.get(key).map(|r| r.value.clone()).unwrap_or_default();
    Table {
        id: t.id.clone(),
        source: t.source.as_ref().map(|s| s.value.clone()).unwrap_or_default(),
        year: t.year.as_ref().and_then(|y| i32::try_from(y.value).ok()).unwrap_or(0),
        unit: t
            .unit
            .as_ref()
            .and_then(|u| Unit::parse(&u.value))
            .unwrap_or(Unit::Year),
        columns: t.columns.iter().map(|c| c.value.clone()).collect(),
        rows: t
            .rows
            .iter()
            .zip(amounts)
            .map(|(r, amounts)| Row {
                id: r.value.clone(),
                amounts,
            })
            .collect(),
        routes: t.columns.iter().map(|c| route(&c.value)).collect(),
        above: route(super::check::ABOVE),
        adjusts: t
            .adjust
            .iter()
            .map(|a| Adjust {
                key: a.key.value.clone(),
                rows: a.rows.iter().map(|r| r.value.clone()).collect(),
                shift: usize::try_from(a.shift.value).unwrap_or(1),
            })
            .collect(),
    }
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "[]".into())
}

/// Writes the tables and the nodes' tables of a pack whose rows are written.
pub(super) fn write_tables(tx: &Transaction<'_>, pack: &Pack) -> rusqlite::Result<()> {
    let mut node = tx.prepare("UPDATE node SET ceiling_table = ?2 WHERE id = ?1")?;
    for n in &pack.nodes {
        if let Some(t) = &n.table {
            node.execute(params![n.id, t])?;
        }
    }
    let mut table = tx.prepare("INSERT INTO ceiling_table VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")?;
    let mut row = tx.prepare("INSERT INTO ceiling_row VALUES (?1, ?2, ?3, ?4)")?;
    let mut adjust = tx.prepare("INSERT INTO ceiling_adjust VALUES (?1, ?2, ?3, ?4, ?5)")?;
    for (i, t) in pack.tables.iter().enumerate() {
        table.execute(params![
            t.id,
            i as i64,
            t.source,
            t.year,
            t.unit.as_str(),
            json(&t.columns),
            json(&t.routes),
            t.above
        ])?;
        for (j, r) in t.rows.iter().enumerate() {
            row.execute(params![t.id, j as i64, r.id, json(&r.amounts)])?;
        }
        for (j, a) in t.adjusts.iter().enumerate() {
            adjust.execute(params![t.id, j as i64, a.key, json(&a.rows), a.shift as i64])?;
        }
    }
    Ok(())
}

/// Reads the tables and the nodes' tables into a pack read from the earlier schemas.
pub(super) fn read_tables(conn: &Connection, pack: &mut Pack) -> rusqlite::Result<()> {
    let mut st = conn.prepare("SELECT id, ceiling_table FROM node WHERE ceiling_table IS NOT NULL")?;
    let named: Vec<(String, String)> = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for n in pack.nodes.iter_mut() {
        n.table = named.iter().find(|(id, _)| *id == n.id).map(|(_, t)| t.clone());
    }
    let list = |s: String| serde_json::from_str::<Vec<String>>(&s).unwrap_or_default();
    let mut st =
        conn.prepare("SELECT id, source, year, unit, columns, routes, above FROM ceiling_table ORDER BY position")?;
    let mut tables: Vec<Table> = st
        .query_map([], |r| {
            Ok(Table {
                id: r.get(0)?,
                source: r.get(1)?,
                year: r.get(2)?,
                unit: Unit::parse(&r.get::<_, String>(3)?).unwrap_or(Unit::Year),
                columns: list(r.get(4)?),
                routes: list(r.get(5)?),
                above: r.get(6)?,
                rows: Vec::new(),
                adjusts: Vec::new(),
            })
        })?
        .collect::<Result<_, _>>()?;
    let mut st = conn.prepare("SELECT table_id, row_id, amounts FROM ceiling_row ORDER BY table_id, position")?;
    let rows = st.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
    })?;
    for row in rows {
        let (table, id, amounts) = row?;
        if let Some(t) = tables.iter_mut().find(|t| t.id == table) {
            let amounts = serde_json::from_str(&amounts).unwrap_or_default();
            t.rows.push(Row { id, amounts });
        }
    }
    let mut st = conn.prepare("SELECT table_id, key, rows, shift FROM ceiling_adjust ORDER BY table_id, position")?;
    let adjusts = st.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, i64>(3)?,
        ))
    })?;
    for a in adjusts {
        let (table, key, rows, shift) = a?;
        if let Some(t) = tables.iter_mut().find(|t| t.id == table) {
            let shift = usize::try_from(shift).unwrap_or(1);
            t.adjusts.push(Adjust {
                key,
                rows: list(rows),
                shift,
            });
        }
    }
    pack.tables = tables;
    Ok(())
}
