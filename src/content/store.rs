//! Opening a compiled pack (SQLite) into memory. The kiosk never reads a source folder.
//!
//! The file is opened read-only; a schema newer than this program knows is refused with
//! a clear error rather than misread.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rusqlite::{Connection, OpenFlags};

use super::model::{Document, Language, Node, NodeKind, Pack, Recording, Service};

/// Schema migrations, applied in order; never edit one that has shipped.
pub const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_audio.sql"),
    include_str!("migrations/0003_places.sql"),
    include_str!("migrations/0005_tables.sql"),
    ONLINE_MIGRATION,
    OFFERS_MIGRATION,
];

/// Online procedures (`store_online`). Its schema number is its place in
/// [`MIGRATIONS`], looked up rather than written down.
pub(super) const ONLINE_MIGRATION: &str = include_str!("migrations/0006_online.sql");
/// Landlords' offers (`store_offers`), looked up the same way.
pub(super) const OFFERS_MIGRATION: &str = include_str!("migrations/0007_offers.sql");

/// The schema number `migration` brings a file to: its place in [`MIGRATIONS`].
pub(super) fn schema_of(migration: &str) -> i64 {
    MIGRATIONS
        .iter()
        .position(|m| *m == migration)
        .map_or(i64::MAX, |i| i as i64 + 1)
}

/// Why a compiled pack could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the content file {0} does not exist")]
    Missing(PathBuf),
    #[error("the content file {path} is not a readable content database: {source}")]
    Sqlite { path: PathBuf, source: rusqlite::Error },
    #[error("the content file {path} was made by a newer borne (schema {found}, this one reads up to {known})")]
    TooNew { path: PathBuf, found: i64, known: i64 },
    #[error("the content file {path} is incomplete: {what}")]
    Incomplete { path: PathBuf, what: String },
    #[error("the recording {key} ({lang}) cannot be read: {why}")]
    Recording { lang: String, key: String, why: String },
    #[error("the offer photo {name} cannot be read: {why}")]
    Photo { name: String, why: String },
}

/// Opens the compiled file at `path` read-only; returns it with its schema version,
/// refusing a file with no schema or one newer than this program reads.
fn open_read_only(path: &Path) -> Result<(Connection, i64), StoreError> {
    if !path.is_file() {
        return Err(StoreError::Missing(path.to_path_buf()));
    }
    let err = |source| StoreError::Sqlite {
        path: path.to_path_buf(),
        source,
    };
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(err)?;
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(err)?;
    let known = MIGRATIONS.len() as i64;
    if version > known {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found: version,
            known,
        });
    }
    if version < 1 {
        return Err(StoreError::Incomplete {
            path: path.to_path_buf(),
            what: "no schema".into(),
        });
    }
    Ok((conn, version))
}

/// Opens the compiled pack at `path` and reads it whole.
pub fn open_pack(path: &Path) -> Result<Pack, StoreError> {
    let err = |source| StoreError::Sqlite {
        path: path.to_path_buf(),
        source,
    };
    let (conn, version) = open_read_only(path)?;
    let mut pack = read(&conn).map_err(err)?;
    // Schema 1 files have no recordings.
    if version >= 2 {
        pack.recordings = read_recording_index(&conn).map_err(err)?;
    }
    // Schema 1 and 2 files have no sensitive topics and no closures.
    if version >= 3 {
        super::store_places::read_places(&conn, &mut pack).map_err(err)?;
    }
    // Files before the ceilings tables have none.
    if has_tables(&conn) {
        super::store_tables::read_tables(&conn, &mut pack).map_err(err)?;
    }
    if version >= super::store_online::schema() {
        super::store_online::read_online(&conn, &mut pack).map_err(err)?;
    }
    if version >= schema_of(OFFERS_MIGRATION) {
        super::store_offers::read_offers(&conn, &mut pack).map_err(err)?;
    }
    pack.reindex();
    pack.file = Some(path.to_path_buf());
    let incomplete = |what: &str| StoreError::Incomplete {
        path: path.to_path_buf(),
        what: what.to_string(),
    };
    if pack.id.is_empty() || pack.default_language.is_empty() {
        return Err(incomplete("no pack metadata"));
    }
    if pack.root_node().is_none() {
        return Err(incomplete("its root node is missing"));
    }
    // A compiled file passed `check` when it was built; a damaged or edited one must
    // not reach the screen with dangling references.
    if let Some(what) = dangling_reference(&pack) {
        return Err(incomplete(&what));
    }
    Ok(pack)
}

/// What a compiled pack is, read without loading it (for the maintenance screen).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub id: String,
    pub version: String,
    pub content_hash: String,
    /// Screens: every node of the tree.
    pub nodes: usize,
    pub languages: usize,
}

/// The identity and size of the compiled pack at `path`, from its metadata and counts.
pub fn read_summary(path: &Path) -> Result<Summary, StoreError> {
    let (conn, _) = open_read_only(path)?;
    let read = || -> rusqlite::Result<Summary> {
        let mut pack = Pack::default();
        read_meta(&conn, &mut pack)?;
        let count = |table: &str| -> rusqlite::Result<usize> {
            let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
            Ok(usize::try_from(n).unwrap_or(0))
        };
        Ok(Summary {
            nodes: count("node")?,
            languages: count("language")?,
            id: pack.id,
            version: pack.version,
            content_hash: pack.content_hash,
        })
    };
    read().map_err(|source| StoreError::Sqlite {
        path: path.to_path_buf(),
        source,
    })
}

/// Whether the file has the ceilings tables of migration 5 (numbered by position in
/// [`MIGRATIONS`], which other features may precede).
fn has_tables(conn: &Connection) -> bool {
    conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'ceiling_table'",
        [],
        |r| r.get::<_, i64>(0),
    )
    .is_ok_and(|n| n > 0)
}

/// The first reference that points nowhere, if any.
fn dangling_reference(pack: &Pack) -> Option<String> {
    for n in &pack.nodes {
        if let Some(c) = n.choices.iter().find(|c| pack.node(c).is_none()) {
            return Some(format!("node {} offers a missing node {c}", n.id));
        }
        if let Some(d) = n.documents.iter().find(|d| pack.document(d).is_none()) {
            return Some(format!("node {} asks for a missing document {d}", n.id));
        }
        if let Some(s) = n
            .services
            .iter()
            .chain(&n.landlords)
            .find(|s| pack.service(s).is_none())
        {
            return Some(format!("node {} points to a missing service {s}", n.id));
        }
        if n.kind == NodeKind::Eligibility && pack.node_table(&n.id).is_none() {
            return Some(format!("eligibility node {} has no table", n.id));
        }
    }
    if let Some(what) = super::store_online::dangling(pack) {
        return Some(what);
    }
    if let Some(o) = pack.offers.iter().find(|o| pack.service(&o.landlord).is_none()) {
        return Some(format!("offer {} is from a missing landlord {}", o.id, o.landlord));
    }
    if !pack.messages.contains_key(&pack.default_language) {
        return Some(format!(
            "it has no text in its default language {}",
            pack.default_language
        ));
    }
    None
}

/// Reads every table, in the order they were written.
fn read(conn: &Connection) -> rusqlite::Result<Pack> {
    let mut pack = Pack::default();
    read_meta(conn, &mut pack)?;
    pack.languages = read_languages(conn)?;
    pack.nodes = read_nodes(conn)?;
    pack.documents = read_documents(conn)?;
    pack.services = read_services(conn)?;
    pack.messages = read_messages(conn)?;
    pack.pictograms = read_pictograms(conn)?;
    pack.reindex();
    Ok(pack)
}

fn read_meta(conn: &Connection, pack: &mut Pack) -> rusqlite::Result<()> {
    let meta: HashMap<String, String> = conn
        .prepare("SELECT key, value FROM meta")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let get = |k: &str| meta.get(k).cloned().unwrap_or_default();
    pack.id = get("id");
    pack.version = get("version");
    pack.default_language = get("default_language");
    pack.root = get("root");
    pack.country = get("country");
    pack.content_hash = get("content_hash");
    pack.help_services = serde_json::from_str(&get("help_services")).unwrap_or_default();
    pack.stale_after_months = get("stale_after_months").parse().ok();
    Ok(())
}

fn read_languages(conn: &Connection) -> rusqlite::Result<Vec<Language>> {
    conn.prepare("SELECT code, status, reviewer, date FROM language ORDER BY position")?
        .query_map([], |r| {
            Ok(Language {
                code: r.get(0)?,
                status: r.get(1)?,
                reviewer: r.get(2)?,
                date: r.get(3)?,
            })
        })?
        .collect()
}

/// Nodes in their order, each with its choices, documents and services.
fn read_nodes(conn: &Connection) -> rusqlite::Result<Vec<Node>> {
    let mut nodes = Vec::new();
    let mut links: HashMap<(String, String), Vec<String>> = HashMap::new();
    let mut st = conn.prepare("SELECT node_id, rel, target FROM node_link ORDER BY node_id, rel, position")?;
    let rows = st.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
    })?;
    for row in rows {
        let (node, rel, target) = row?;
        links.entry((node, rel)).or_default().push(target);
    }
    let mut take = |id: &str, rel: &str| links.remove(&(id.to_string(), rel.to_string())).unwrap_or_default();
    let mut st =
        conn.prepare("SELECT id, kind, pictogram, emergency, source, reviewed, discreet FROM node ORDER BY position")?;
    let rows = st.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, bool>(3)?,
            r.get::<_, Option<String>>(4)?,
            r.get::<_, Option<String>>(5)?,
            r.get::<_, bool>(6)?,
        ))
    })?;
    for row in rows {
        let (id, kind, pictogram, emergency, source, reviewed, discreet) = row?;
        let choices = take(&id, "choice");
        let documents = take(&id, "document");
        let services = take(&id, "service");
        nodes.push(Node {
            kind: NodeKind::parse(&kind).unwrap_or(NodeKind::Info),
            id,
            pictogram,
            emergency,
            choices,
            documents,
            services,
            source,
            reviewed,
            discreet,
            sensitive: false,
            landlords: Vec::new(),
            table: None,
            online: Vec::new(),
        });
    }
    Ok(nodes)
}

fn read_documents(conn: &Connection) -> rusqlite::Result<Vec<Document>> {
    conn.prepare("SELECT id, pictogram FROM document ORDER BY position")?
        .query_map([], |r| {
            Ok(Document {
                id: r.get(0)?,
                pictogram: r.get(1)?,
            })
        })?
        .collect()
}

fn read_services(conn: &Connection) -> rusqlite::Result<Vec<Service>> {
    let json_list = |s: String| serde_json::from_str::<Vec<String>>(&s).unwrap_or_default();
    conn.prepare(
        "SELECT id, nom, adresse, code_postal, commune, telephone, site_web, horaires_accueil,
                    thematiques, publics, pictogram, example FROM service ORDER BY position",
    )?
    .query_map([], |r| {
        Ok(Service {
            id: r.get(0)?,
            nom: r.get(1)?,
            adresse: r.get(2)?,
            code_postal: r.get(3)?,
            commune: r.get(4)?,
            telephone: r.get(5)?,
            site_web: r.get(6)?,
            horaires_accueil: r.get(7)?,
            thematiques: json_list(r.get(8)?),
            publics: json_list(r.get(9)?),
            pictogram: r.get(10)?,
            example: r.get(11)?,
            ..Service::default()
        })
    })?
    .collect()
}

/// Language → message key → finished text.
fn read_messages(conn: &Connection) -> rusqlite::Result<HashMap<String, HashMap<String, String>>> {
    let mut messages: HashMap<String, HashMap<String, String>> = HashMap::new();
    let mut st = conn.prepare("SELECT lang, key, value FROM message")?;
    let rows = st.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
    })?;
    for row in rows {
        let (lang, key, value) = row?;
        messages.entry(lang).or_default().insert(key, value);
    }
    Ok(messages)
}

/// Which messages are recorded, without their sound (read when spoken).
fn read_recording_index(conn: &Connection) -> rusqlite::Result<HashMap<String, HashMap<String, Recording>>> {
    let mut index: HashMap<String, HashMap<String, Recording>> = HashMap::new();
    let mut st = conn.prepare("SELECT lang, key FROM audio")?;
    let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    for row in rows {
        let (lang, key) = row?;
        index.entry(lang).or_default().insert(key, Recording::Stored);
    }
    Ok(index)
}

/// The WAV bytes of the recording of `key` in `lang`: from the compiled file, or from
/// the source folder of a pack read in place. Bounded like `content check` bounds them.
pub fn read_recording(pack: &Pack, lang: &str, key: &str) -> Result<Vec<u8>, StoreError> {
    let fail = |why: String| StoreError::Recording {
        lang: lang.to_string(),
        key: key.to_string(),
        why,
    };
    let max = crate::speech::wav::MAX_RECORDING_BYTES;
    match pack.recording(lang, key) {
        None => Err(fail("the pack has no such recording".into())),
        Some(Recording::File(path)) => read_file_bounded(path, max).map_err(fail),
        Some(Recording::Stored) => {
            let path = pack
                .file
                .as_deref()
                .ok_or_else(|| fail("the pack has no file".into()))?;
            read_blob_bounded(path, "wav", "audio WHERE lang = ?1 AND key = ?2", [lang, key], max)
                .map_err(fail)?
                .ok_or_else(|| fail("the pack has no such recording".into()))
        }
    }
}

/// A file's bytes, refusing it past `max` bytes without reading it all.
pub(super) fn read_file_bounded(path: &Path, max: u64) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut bytes = Vec::new();
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    if bytes.len() as u64 > max {
        return Err(format!("larger than {max} bytes"));
    }
    Ok(bytes)
}

/// Blob `column` of the row `FROM from_where` (two parameters, `keys`) of the compiled
/// file at `path`, refused past `max` bytes before it is read; `None`: no such row.
pub(super) fn read_blob_bounded(
    path: &Path,
    column: &str,
    from_where: &str,
    keys: [&str; 2],
    max: u64,
) -> Result<Option<Vec<u8>>, String> {
    use rusqlite::OptionalExtension;
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|e| e.to_string())?;
    let len: Option<i64> = conn
        .query_row(&format!("SELECT length({column}) FROM {from_where}"), keys, |r| {
            r.get(0)
        })
        .optional()
        .map_err(|e| e.to_string())?;
    match len {
        None => Ok(None),
        Some(n) if n < 0 || n as u64 > max => Err(format!("larger than {max} bytes")),
        Some(_) => conn
            .query_row(&format!("SELECT {column} FROM {from_where}"), keys, |r| r.get(0))
            .map(Some)
            .map_err(|e| e.to_string()),
    }
}

fn read_pictograms(conn: &Connection) -> rusqlite::Result<HashMap<String, Arc<[u8]>>> {
    let mut pictograms = HashMap::new();
    let mut st = conn.prepare("SELECT name, svg FROM pictogram")?;
    let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?)))?;
    for row in rows {
        let (name, svg) = row?;
        pictograms.insert(name, Arc::from(svg.into_boxed_slice()));
    }
    Ok(pictograms)
}
