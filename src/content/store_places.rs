//! Schema 3 of the compiled file, written and read in one place: sensitive topics, and
//! what a resident needs to trust a place (closures, date last checked, wheelchair
//! access, Acceslibre page, description, e-mail, fees, reception modes).
//!
//! The columns were added to the tables of schema 1 (`migrations/0003_places.sql`), so
//! they are written by updates after the rows, and read only from files of schema 3 on.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{params, Connection, Transaction};

use super::model::{Closure, Pack};

const DATE: &str = "%Y-%m-%d";

fn date_text(d: NaiveDate) -> String {
    d.format(DATE).to_string()
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, DATE).ok()
}

/// Fills the schema 3 columns and the closures of a pack whose rows are written.
pub(super) fn write_places(tx: &Transaction<'_>, pack: &Pack) -> rusqlite::Result<()> {
    let mut node = tx.prepare("UPDATE node SET sensitive = ?2 WHERE id = ?1")?;
    for n in pack.nodes.iter().filter(|n| n.sensitive) {
        node.execute(params![n.id, true])?;
    }
    let mut service = tx.prepare(
        "UPDATE service SET description = ?2, courriel = ?3, frais = ?4, modes_accueil = ?5,
                date_maj = ?6, accessible = ?7, acceslibre = ?8 WHERE id = ?1",
    )?;
    let mut closure = tx.prepare("INSERT INTO service_closure VALUES (?1, ?2, ?3, ?4, ?5)")?;
    for s in &pack.services {
        let modes = serde_json::to_string(&s.modes_accueil).unwrap_or_else(|_| "[]".into());
        service.execute(params![
            s.id,
            s.description,
            s.courriel,
            s.frais,
            modes,
            s.date_maj.map(date_text),
            s.accessible,
            s.acceslibre
        ])?;
        for (i, c) in s.closures.iter().enumerate() {
            closure.execute(params![s.id, i as i64, date_text(c.from), date_text(c.to), c.reason])?;
        }
    }
    Ok(())
}

/// Reads the schema 3 columns and closures into a pack read from schema 1 tables.
pub(super) fn read_places(conn: &Connection, pack: &mut Pack) -> rusqlite::Result<()> {
    let mut st = conn.prepare("SELECT id FROM node WHERE sensitive")?;
    let sensitive: Vec<String> = st.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
    for n in pack.nodes.iter_mut() {
        n.sensitive = sensitive.contains(&n.id);
    }
    let mut closures: HashMap<String, Vec<Closure>> = HashMap::new();
    let mut st = conn
        .prepare("SELECT service_id, date_from, date_to, reason FROM service_closure ORDER BY service_id, position")?;
    let rows = st.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    for row in rows {
        let (id, from, to, reason) = row?;
        // A date the compiler wrote always parses; a damaged one loses its closure only.
        if let (Some(from), Some(to)) = (parse_date(&from), parse_date(&to)) {
            closures.entry(id).or_default().push(Closure { from, to, reason });
        }
    }
    let mut st = conn.prepare(
        "SELECT id, description, courriel, frais, modes_accueil, date_maj, accessible, acceslibre FROM service",
    )?;
    let pos: HashMap<String, usize> = pack
        .services
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.clone(), i))
        .collect();
    let mut extra = st.query([])?;
    while let Some(r) = extra.next()? {
        let id: String = r.get(0)?;
        let Some(s) = pos.get(&id).and_then(|&i| pack.services.get_mut(i)) else {
            continue;
        };
        s.description = r.get(1)?;
        s.courriel = r.get(2)?;
        s.frais = r.get(3)?;
        s.modes_accueil = serde_json::from_str(&r.get::<_, String>(4)?).unwrap_or_default();
        s.date_maj = r.get::<_, Option<String>>(5)?.as_deref().and_then(parse_date);
        s.accessible = r.get(6)?;
        s.acceslibre = r.get(7)?;
        s.closures = closures.remove(&id).unwrap_or_default();
    }
    Ok(())
}
