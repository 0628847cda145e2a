//! `borne content build`: a checked source pack compiled into one SQLite file.
//!
//! The file is written beside its destination and renamed into place, so a reader never
//! sees half a pack. The schema is created by numbered migrations (`migrations/`).

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use fluent_bundle::{FluentBundle, FluentResource};
use rusqlite::{params, Connection, Transaction};
use sha2::{Digest, Sha256};

use super::check::{check_dir, ftl_keys};
use super::diagnostic::Report;
use super::model::{
    Closure, Document, Language, Node, NodeKind, OfferPhotos, Pack, Procedure, Recording, Service, CLOSURE_REASONS,
};
use super::source::{At, SourcePack, SrcMeta, SrcNode, SrcService};
use super::store::MIGRATIONS;

/// Why a pack could not be compiled.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error("the pack has {0} error(s); run `borne content check` to see them")]
    Invalid(usize),
    #[error("cannot write the compiled pack {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
    #[error("cannot write the compiled pack: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("pictogram {name}: {reason}")]
    Pictogram { name: String, reason: super::svg::SvgError },
    #[error("{0}")]
    Recording(#[from] super::store::StoreError),
}

/// Checks `dir` and, if it has no errors, compiles it into `out`.
pub fn build_dir(dir: &Path, out: &Path) -> Result<(Report, Pack), BuildError> {
    let (src, report) = check_dir(dir);
    if report.has_errors() {
        return Err(BuildError::Invalid(report.errors()));
    }
    let pack = to_model(&src);
    compile_pack(&pack, out)?;
    Ok((report, pack))
}

/// Converts a checked source pack into its in-memory form.
pub fn to_model(src: &SourcePack) -> Pack {
    let mut pack = Pack::default();
    if let Some(m) = &src.meta {
        set_meta(&mut pack, m);
    }
    pack.nodes = src.nodes.iter().map(node_of).collect();
    pack.services = src.services.iter().map(service_of).collect();
    pack.tables = src.tables.iter().map(super::store_tables::table_of).collect();
    attach_services(&mut pack, src);
    pack.documents = src
        .documents
        .iter()
        .map(|d| Document {
            id: d.id.value.clone(),
            pictogram: d.pictogram.value.clone(),
        })
        .collect();
    pack.procedures = src
        .procedures
        .iter()
        .map(|p| Procedure {
            id: p.id.value.clone(),
            url: p.url.value.clone(),
            pictogram: p.pictogram.value.clone(),
        })
        .collect();
    for loc in &src.locales {
        pack.messages
            .insert(loc.lang.clone(), format_messages(&loc.lang, &loc.text));
    }
    describe_from_source(&mut pack);
    let mut hasher = Sha256::new();
    for (name, rel) in &src.pictograms {
        if let Ok(bytes) = fs::read(src.dir.join(rel)) {
            hasher.update(name.as_bytes());
            hasher.update(&bytes);
            pack.pictograms
                .insert(name.clone(), Arc::from(bytes.into_boxed_slice()));
        }
    }
    // Recordings stay on disk until compiled: their bytes are hashed, not kept.
    for a in &src.audio {
        if let Ok(bytes) = fs::read(src.dir.join(&a.file)) {
            hasher.update(a.file.to_string_lossy().as_bytes());
            hasher.update(&bytes);
            pack.recordings
                .entry(a.lang.clone())
                .or_default()
                .insert(a.key.clone(), Recording::File(src.dir.join(&a.file)));
        }
    }
    offers_of(&mut pack, src, &mut hasher);
    pack.content_hash = content_hash(src, hasher);
    pack.reindex();
    discreet_by_default(&mut pack, src);
    pack
}

/// The checked offers, in the order read; their photos are hashed, not kept (they are
/// read from the source folder when compiled or shown).
fn offers_of(pack: &mut Pack, src: &SourcePack, hasher: &mut Sha256) {
    let mut problems = Vec::new();
    for l in &src.offers {
        pack.offers.extend(
            l.offers
                .iter()
                .filter_map(|o| super::check::offers::offer_of(&l.landlord, o, &mut problems)),
        );
        for rel in l.photos.values() {
            if let Ok(bytes) = fs::read(src.dir.join(rel)) {
                hasher.update(rel.to_string_lossy().as_bytes());
                hasher.update(&bytes);
            }
        }
    }
    pack.offer_photos = OfferPhotos::Folder(src.dir.join(super::source::OFFERS_DIR));
}

/// A sensitive node (itself or below a sensitive one) is discreet unless its source
/// says `discreet = false`. Needs the pack indexed.
fn discreet_by_default(pack: &mut Pack, src: &SourcePack) {
    let sensitive: Vec<bool> = pack.nodes.iter().map(|n| pack.is_sensitive(&n.id)).collect();
    for ((n, s), sensitive) in pack.nodes.iter_mut().zip(&src.nodes).zip(sensitive) {
        if s.discreet.is_none() && sensitive {
            n.discreet = true;
        }
    }
}

/// A service's `nodes = [...]` adds it to those results, after their own services
/// (the import places services this way, without touching the tree's files).
fn attach_services(pack: &mut Pack, src: &SourcePack) {
    let pos: HashMap<String, usize> = pack.nodes.iter().enumerate().map(|(i, n)| (n.id.clone(), i)).collect();
    for s in &src.services {
        for target in &s.nodes {
            let Some(node) = pos.get(&target.value).and_then(|&i| pack.nodes.get_mut(i)) else {
                continue;
            };
            if !node.services.contains(&s.id.value) {
                node.services.push(s.id.value.clone());
            }
        }
    }
}

/// A service with a `description` and no `svc-ID` message in the default language is
/// introduced by its description's opening (imported entries have no message yet).
fn describe_from_source(pack: &mut Pack) {
    let Some(msgs) = pack.messages.get_mut(&pack.default_language) else {
        return;
    };
    for s in &pack.services {
        if let Some(d) = s.description.as_deref().filter(|d| !d.trim().is_empty()) {
            msgs.entry(format!("svc-{}", s.id))
                .or_insert_with(|| short_description(d));
        }
    }
}

/// At most this many characters of a description stand in for a `svc-ID` message.
pub const SHORT_DESCRIPTION: usize = 280;

/// The first paragraph of `text`, cut after its last whole sentence (else word) that
/// fits in [`SHORT_DESCRIPTION`] characters.
pub fn short_description(text: &str) -> String {
    let para = text.trim().split("\n\n").next().unwrap_or_default();
    let para = para.split_whitespace().collect::<Vec<_>>().join(" ");
    if para.chars().count() <= SHORT_DESCRIPTION {
        return para;
    }
    let head: String = para.chars().take(SHORT_DESCRIPTION).collect();
    if let Some(end) = head.rfind(". ").filter(|&i| i > SHORT_DESCRIPTION / 3) {
        return head[..=end].to_string();
    }
    let cut = head.rfind(' ').unwrap_or(head.len());
    format!("{}…", head[..cut].trim_end_matches([',', ';', ':']))
}

fn set_meta(pack: &mut Pack, m: &SrcMeta) {
    pack.id = m.id.value.clone();
    pack.version = m.version.value.clone();
    pack.default_language = m.default_language.value.clone();
    pack.root = m.root.value.clone();
    pack.country = m.country.as_ref().map(|c| c.value.clone()).unwrap_or_default();
    pack.help_services = m.help_services.iter().map(|s| s.value.clone()).collect();
    pack.stale_after_months = m.stale_after_months.as_ref().and_then(|v| u32::try_from(v.value).ok());
    pack.official_hosts = values(&m.official_hosts);
    // The default language first, then the others in pack.toml order.
    let mut langs: Vec<Language> = m
        .languages
        .iter()
        .map(|l| Language {
            code: l.code.value.clone(),
            status: l.status.clone().unwrap_or_else(|| "draft".into()),
            reviewer: l.reviewer.clone(),
            date: l.date.clone(),
        })
        .collect();
    langs.sort_by_key(|l| l.code != pack.default_language);
    pack.languages = langs;
}

fn values(v: &[At<String>]) -> Vec<String> {
    v.iter().map(|a| a.value.clone()).collect()
}

fn node_of(n: &SrcNode) -> Node {
    Node {
        id: n.id.value.clone(),
        kind: NodeKind::parse(&n.kind.value).unwrap_or(NodeKind::Info),
        pictogram: n.pictogram.value.clone(),
        emergency: n.style.as_ref().is_some_and(|s| s.value == "emergency"),
        choices: values(&n.choices),
        documents: values(&n.documents),
        services: values(&n.services),
        source: n.source.as_ref().map(|s| s.value.clone()),
        reviewed: n.reviewed.as_ref().map(|s| s.value.clone()),
        discreet: n.discreet.unwrap_or(false),
        sensitive: n.sensitive,
        landlords: values(&n.landlords),
        table: n.table.as_ref().map(|t| t.value.clone()),
        online: values(&n.online),
    }
}

fn service_of(s: &SrcService) -> Service {
    Service {
        id: s.id.value.clone(),
        nom: s.nom.clone(),
        adresse: s.adresse.clone(),
        code_postal: s.code_postal.clone(),
        commune: s.commune.clone(),
        telephone: s.telephone.as_ref().map(|t| t.value.clone()),
        site_web: s.site_web.clone(),
        horaires_accueil: s.horaires_accueil.as_ref().map(|h| h.value.clone()),
        thematiques: values(&s.thematiques),
        publics: values(&s.publics),
        pictogram: s.pictogram.value.clone(),
        example: s.example,
        description: s.description.clone(),
        courriel: s.courriel.as_ref().map(|c| c.value.clone()),
        frais: s.frais.as_ref().map(|f| f.value.clone()),
        modes_accueil: values(&s.modes_accueil),
        date_maj: s.date_maj.as_ref().and_then(|d| parse_date(&d.value)),
        accessible: s.accessible,
        acceslibre: s.acceslibre.as_ref().map(|a| a.value.clone()),
        closures: s
            .closures
            .iter()
            .filter_map(|c| {
                let reason = c.reason.as_ref().map(|r| r.value.as_str());
                Some(Closure {
                    from: parse_date(&c.from.value)?,
                    to: parse_date(&c.to.value)?,
                    reason: match reason {
                        Some(r) if CLOSURE_REASONS.contains(&r) => r.to_string(),
                        _ => "other".to_string(),
                    },
                })
            })
            .collect(),
    }
}

/// A `YYYY-MM-DD` date of the source (checked before compiling).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// Hash of every source file's bytes, in a fixed order.
fn content_hash(src: &SourcePack, mut hasher: Sha256) -> String {
    let mut files: Vec<PathBuf> = vec![PathBuf::from(super::source::PACK_FILE)];
    files.extend(src.nodes.iter().map(|n| n.file.clone()));
    files.push(PathBuf::from(super::source::SERVICES_FILE));
    files.push(PathBuf::from(super::source::DOCUMENTS_FILE));
    files.push(PathBuf::from(super::source::ONLINE_FILE));
    files.extend(src.locales.iter().map(|l| l.file.clone()));
    files.extend(src.tables.iter().map(|t| t.file.clone()));
    files.extend(src.offers.iter().map(|l| l.file.clone()));
    files.sort();
    files.dedup();
    for f in files {
        if let Ok(bytes) = fs::read(src.dir.join(&f)) {
            hasher.update(f.to_string_lossy().as_bytes());
            hasher.update(&bytes);
        }
    }
    hasher.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Formats every message and attribute of a Fluent file once, at build time, so the
/// kiosk only reads finished text.
fn format_messages(lang: &str, text: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let resource = match FluentResource::try_new(text.to_string()) {
        Ok(r) => r,
        // Syntax errors were reported by check; keep what parsed.
        Err((r, _)) => r,
    };
    let mut bundle = FluentBundle::new(vec![crate::i18n::plural_locale(lang)]);
    // Content messages have no variables; isolation marks would only add noise.
    bundle.set_use_isolating(false);
    if bundle.add_resource(resource).is_err() {
        // Duplicate ids: the first definition wins, as Fluent tools do.
    }
    let (keys, _) = ftl_keys(text);
    for key in keys.keys() {
        let (id, attr) = match key.split_once('.') {
            Some((id, attr)) => (id, Some(attr)),
            None => (key.as_str(), None),
        };
        let Some(msg) = bundle.get_message(id) else { continue };
        let pattern = match attr {
            Some(a) => msg.get_attribute(a).map(|a| a.value()),
            None => msg.value(),
        };
        if let Some(p) = pattern {
            let mut errors = vec![];
            let value = bundle.format_pattern(p, None, &mut errors);
            out.insert(key.clone(), value.into_owned());
        }
    }
    out
}

/// Writes `pack` into a new SQLite file at `out`, atomically. Every pictogram's
/// references are checked first (the checker has parsed it whole): an installed pack
/// never holds one that reaches outside itself.
pub fn compile_pack(pack: &Pack, out: &Path) -> Result<(), BuildError> {
    for (name, bytes) in &pack.pictograms {
        super::svg::check_references(bytes).map_err(|reason| BuildError::Pictogram {
            name: name.clone(),
            reason,
        })?;
    }
    let tmp = out.with_extension("tmp");
    let _ = fs::remove_file(&tmp);
    if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent).map_err(|source| BuildError::Write {
            path: parent.to_path_buf(),
            source,
        })?;
    }
    {
        let mut conn = Connection::open(&tmp)?;
        conn.execute_batch("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")?;
        let tx = conn.transaction()?;
        for (i, m) in MIGRATIONS.iter().enumerate() {
            tx.execute_batch(m)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        }
        write_pack(&tx, pack)?;
        write_audio(&tx, pack)?;
        super::store_offers::write_offers(&tx, pack)?;
        tx.commit()?;
        conn.execute_batch("VACUUM;")?;
    }
    // Make the data durable before the rename makes it visible.
    let file = fs::File::open(&tmp).map_err(|source| BuildError::Write {
        path: tmp.clone(),
        source,
    })?;
    file.sync_all().map_err(|source| BuildError::Write {
        path: tmp.clone(),
        source,
    })?;
    fs::rename(&tmp, out).map_err(|source| BuildError::Write {
        path: out.to_path_buf(),
        source,
    })?;
    Ok(())
}

/// Fills every table of a freshly migrated file, one table after the other.
fn write_pack(tx: &Transaction<'_>, pack: &Pack) -> rusqlite::Result<()> {
    write_meta(tx, pack)?;
    write_languages(tx, pack)?;
    write_nodes(tx, pack)?;
    write_documents(tx, pack)?;
    write_services(tx, pack)?;
    write_messages(tx, pack)?;
    write_pictograms(tx, pack)?;
    super::store_places::write_places(tx, pack)?;
    super::store_tables::write_tables(tx, pack)?;
    super::store_online::write_online(tx, pack)?;
    Ok(())
}

fn write_meta(tx: &Transaction<'_>, pack: &Pack) -> rusqlite::Result<()> {
    let mut st = tx.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2)")?;
    let help = serde_json::to_string(&pack.help_services).unwrap_or_else(|_| "[]".into());
    let stale = pack.stale_after_months.map(|m| m.to_string()).unwrap_or_default();
    for (k, v) in [
        ("id", pack.id.as_str()),
        ("version", pack.version.as_str()),
        ("default_language", pack.default_language.as_str()),
        ("root", pack.root.as_str()),
        ("country", pack.country.as_str()),
        ("content_hash", pack.content_hash.as_str()),
        ("help_services", help.as_str()),
        ("stale_after_months", stale.as_str()),
    ] {
        st.execute(params![k, v])?;
    }
    Ok(())
}

fn write_languages(tx: &Transaction<'_>, pack: &Pack) -> rusqlite::Result<()> {
    let mut st = tx.prepare("INSERT INTO language VALUES (?1, ?2, ?3, ?4, ?5)")?;
    for (i, l) in pack.languages.iter().enumerate() {
        st.execute(params![l.code, i as i64, l.status, l.reviewer, l.date])?;
    }
    Ok(())
}

fn write_nodes(tx: &Transaction<'_>, pack: &Pack) -> rusqlite::Result<()> {
    let mut st = tx.prepare(
        "INSERT INTO node (id, position, kind, pictogram, emergency, source, reviewed, discreet)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    let mut link = tx.prepare("INSERT INTO node_link VALUES (?1, ?2, ?3, ?4)")?;
    for (i, n) in pack.nodes.iter().enumerate() {
        st.execute(params![
            n.id,
            i as i64,
            n.kind.as_str(),
            n.pictogram,
            n.emergency,
            n.source,
            n.reviewed,
            n.discreet
        ])?;
        for (rel, list) in [
            ("choice", &n.choices),
            ("document", &n.documents),
            ("service", &n.services),
        ] {
            for (p, t) in list.iter().enumerate() {
                link.execute(params![n.id, rel, p as i64, t])?;
            }
        }
    }
    Ok(())
}

fn write_documents(tx: &Transaction<'_>, pack: &Pack) -> rusqlite::Result<()> {
    let mut st = tx.prepare("INSERT INTO document VALUES (?1, ?2, ?3)")?;
    for (i, d) in pack.documents.iter().enumerate() {
        st.execute(params![d.id, i as i64, d.pictogram])?;
    }
    Ok(())
}

fn write_services(tx: &Transaction<'_>, pack: &Pack) -> rusqlite::Result<()> {
    let mut st = tx.prepare(
        "INSERT INTO service (id, position, nom, adresse, code_postal, commune, telephone, site_web,
                              horaires_accueil, thematiques, publics, pictogram, example)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?;
    for (i, s) in pack.services.iter().enumerate() {
        let th = serde_json::to_string(&s.thematiques).unwrap_or_else(|_| "[]".into());
        let pu = serde_json::to_string(&s.publics).unwrap_or_else(|_| "[]".into());
        st.execute(params![
            s.id,
            i as i64,
            s.nom,
            s.adresse,
            s.code_postal,
            s.commune,
            s.telephone,
            s.site_web,
            s.horaires_accueil,
            th,
            pu,
            s.pictogram,
            s.example
        ])?;
    }
    Ok(())
}

fn write_messages(tx: &Transaction<'_>, pack: &Pack) -> rusqlite::Result<()> {
    let mut st = tx.prepare("INSERT INTO message VALUES (?1, ?2, ?3)")?;
    for (lang, msgs) in &pack.messages {
        for (k, v) in msgs {
            st.execute(params![lang, k, v])?;
        }
    }
    Ok(())
}

/// Every recording's bytes, read one at a time (from the source folder, or from the
/// compiled file a pack was opened from).
fn write_audio(tx: &Transaction<'_>, pack: &Pack) -> Result<(), BuildError> {
    let mut st = tx.prepare("INSERT INTO audio VALUES (?1, ?2, ?3)")?;
    for (lang, keys) in &pack.recordings {
        for key in keys.keys() {
            let wav = super::store::read_recording(pack, lang, key)?;
            st.execute(params![lang, key, wav])?;
        }
    }
    Ok(())
}

fn write_pictograms(tx: &Transaction<'_>, pack: &Pack) -> rusqlite::Result<()> {
    let mut st = tx.prepare("INSERT INTO pictogram VALUES (?1, ?2)")?;
    for (name, svg) in &pack.pictograms {
        st.execute(params![name, &svg[..]])?;
    }
    Ok(())
}
