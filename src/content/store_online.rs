//! The online procedures of the compiled file (`migrations/0006_online.sql`), written
//! and read in one place: the procedures, which results offer them, and the hosts the
//! pack declares official. A file is refused if an address no longer passes the rule
//! of `content::online` (the kiosk puts nothing else in a QR code).

use std::collections::HashMap;

use rusqlite::{params, Connection, Transaction};

use super::model::{Pack, Procedure};
use super::online::url_problem;
use super::store::ONLINE_MIGRATION;

/// The schema version from which files hold online procedures.
pub(super) fn schema() -> i64 {
    super::store::schema_of(ONLINE_MIGRATION)
}

pub(super) fn write_online(tx: &Transaction<'_>, pack: &Pack) -> rusqlite::Result<()> {
    let mut st = tx.prepare("INSERT INTO online_procedure VALUES (?1, ?2, ?3, ?4)")?;
    for (i, p) in pack.procedures.iter().enumerate() {
        st.execute(params![p.id, i as i64, p.url, p.pictogram])?;
    }
    let mut st = tx.prepare("INSERT INTO node_online VALUES (?1, ?2, ?3)")?;
    for n in &pack.nodes {
        for (i, p) in n.online.iter().enumerate() {
            st.execute(params![n.id, i as i64, p])?;
        }
    }
    let mut st = tx.prepare("INSERT OR IGNORE INTO online_host VALUES (?1)")?;
    for h in &pack.official_hosts {
        st.execute(params![h])?;
    }
    Ok(())
}

pub(super) fn read_online(conn: &Connection, pack: &mut Pack) -> rusqlite::Result<()> {
    pack.procedures = conn
        .prepare("SELECT id, url, pictogram FROM online_procedure ORDER BY position")?
        .query_map([], |r| {
            Ok(Procedure {
                id: r.get(0)?,
                url: r.get(1)?,
                pictogram: r.get(2)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    pack.official_hosts = conn
        .prepare("SELECT host FROM online_host ORDER BY host")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let mut links: HashMap<String, Vec<String>> = HashMap::new();
    let mut st = conn.prepare("SELECT node_id, procedure_id FROM node_online ORDER BY node_id, position")?;
    let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    for row in rows {
        let (node, procedure) = row?;
        links.entry(node).or_default().push(procedure);
    }
    for n in pack.nodes.iter_mut() {
        n.online = links.remove(&n.id).unwrap_or_default();
    }
    Ok(())
}

/// A result offering a missing procedure, or an address the rule refuses.
pub(super) fn dangling(pack: &Pack) -> Option<String> {
    for n in &pack.nodes {
        if let Some(p) = n.online.iter().find(|p| pack.procedure(p).is_none()) {
            return Some(format!("node {} offers a missing online procedure {p}", n.id));
        }
    }
    pack.procedures
        .iter()
        .find(|p| url_problem(&p.url, &pack.official_hosts).is_some())
        .map(|p| {
            format!(
                "the online procedure {} has an address that is not official: {}",
                p.id, p.url
            )
        })
}
