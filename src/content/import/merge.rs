//! Imported entries merged into an existing `services.toml`, edited in place with
//! `toml_edit` so that every comment, hand-written entry and operator's field stays.
//!
//! Each imported entry carries `import = { from, id, hash }`: the referential's id,
//! and a hash of the values the import wrote. On the next import an entry whose values
//! still hash the same was not touched by hand and is updated; one whose values differ
//! was edited by hand and is kept as it is (a conflict, when the export changed it
//! too). The import owns the fields of [`IMPORTED_FIELDS`]; `pictogram`, `accessible`,
//! `closure` and `example` belong to the operator and are never changed once written.

use std::collections::{HashMap, HashSet};

use toml_edit::{value, Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table, Value as TomlValue};

use super::entry::{hash, pack_id, Entry, Value, IMPORTED_FIELDS};
use super::report::{Conflict, ImportReport};
use super::ImportError;

/// `import.from` of the entries this import writes.
pub const SOURCE: &str = "data-inclusion";

/// What the merge needs besides the entries.
pub struct Context<'a> {
    /// Every service id of the export (selected or not, skipped or not).
    pub seen: &'a HashSet<String>,
    /// Service ids the pack uses by name (results, help services).
    pub referenced: &'a HashSet<String>,
    /// The pictogram of new entries.
    pub pictogram: &'a str,
}

/// The `[[service]]` array of `doc`, created if the file has none yet.
fn services(doc: &mut DocumentMut) -> Result<&mut ArrayOfTables, ImportError> {
    if !doc.contains_key("service") {
        doc.insert("service", Item::ArrayOfTables(ArrayOfTables::new()));
    }
    doc.get_mut("service")
        .and_then(Item::as_array_of_tables_mut)
        .ok_or(ImportError::Layout)
}

/// The imported values as the file holds them now.
fn current(t: &Table) -> Vec<(&'static str, Value)> {
    IMPORTED_FIELDS
        .iter()
        .filter_map(|k| Some((*k, value_of(t.get(k)?.as_value()?))))
        .collect()
}

fn value_of(v: &TomlValue) -> Value {
    match v {
        TomlValue::String(s) => Value::Text(s.value().clone()),
        TomlValue::Datetime(d) => Value::Text(d.value().to_string()),
        TomlValue::Array(a) => Value::List(
            a.iter()
                .map(|v| {
                    v.as_str()
                        .map_or_else(|| v.to_string().trim().to_string(), str::to_string)
                })
                .collect(),
        ),
        other => Value::Text(other.to_string().trim().to_string()),
    }
}

/// `(referential id, hash)` of an entry written by this import.
fn mark(t: &Table) -> Option<(String, String)> {
    let m = t.get("import")?.as_table_like()?;
    let get = |k: &str| m.get(k).and_then(Item::as_str).map(str::to_string);
    (get("from")? == SOURCE).then_some(())?;
    Some((get("id")?, get("hash").unwrap_or_default()))
}

fn set_mark(t: &mut Table, source_id: &str, hash: &str) {
    let mut m = InlineTable::new();
    m.insert("from", SOURCE.into());
    m.insert("id", source_id.into());
    m.insert("hash", hash.into());
    t.insert("import", value(m));
}

/// Writes the imported values into `t`: set ones replaced in place, unset ones removed.
fn write_fields(t: &mut Table, fields: &[(&'static str, Value)]) {
    for k in IMPORTED_FIELDS {
        if !fields.iter().any(|(n, _)| n == k) {
            t.remove(k);
        }
    }
    for (k, v) in fields {
        let item = match v {
            Value::Text(s) if *k == "date_maj" => match s.parse::<toml_edit::Datetime>() {
                Ok(d) => value(d),
                Err(_) => value(s.as_str()),
            },
            Value::Text(s) => value(s.as_str()),
            Value::List(items) => value(items.iter().map(String::as_str).collect::<Array>()),
        };
        t.insert(k, item);
    }
}

/// A new entry: its id first, the imported values, the pictogram, then the mark.
fn new_table(id: &str, e: &Entry, pictogram: &str) -> Table {
    let fields = e.fields();
    let mut t = Table::new();
    t.decor_mut().set_prefix("\n");
    t.insert("id", value(id));
    write_fields(&mut t, &fields);
    t.insert("pictogram", value(pictogram));
    set_mark(&mut t, &e.source_id, &hash(&fields));
    t
}

/// Merges `entries` into `doc`, telling `report` what became of each.
pub fn merge(
    doc: &mut DocumentMut,
    entries: &[Entry],
    cx: &Context<'_>,
    report: &mut ImportReport,
) -> Result<(), ImportError> {
    let aot = services(doc)?;
    let mut ids: HashSet<String> = aot
        .iter()
        .filter_map(|t| t.get("id").and_then(Item::as_str).map(str::to_string))
        .collect();
    let existing: HashMap<String, usize> = aot
        .iter()
        .enumerate()
        .filter_map(|(i, t)| Some((mark(t)?.0, i)))
        .collect();
    let incoming: HashSet<&str> = entries.iter().map(|e| e.source_id.as_str()).collect();
    report.outside_selection = existing
        .keys()
        .filter(|id| cx.seen.contains(*id) && !incoming.contains(id.as_str()))
        .count();
    for e in entries {
        match existing.get(&e.source_id).and_then(|&i| aot.get_mut(i)) {
            Some(t) => update(t, e, report),
            None => add(aot, &mut ids, e, cx.pictogram, report),
        }
    }
    remove_gone(aot, &existing, cx, report);
    Ok(())
}

/// An entry already in the file: updated, left alone, or kept as edited by hand.
fn update(t: &mut Table, e: &Entry, report: &mut ImportReport) {
    let id = t.get("id").and_then(Item::as_str).unwrap_or_default().to_string();
    let stored = mark(t).map(|m| m.1).unwrap_or_default();
    let now = current(t);
    let incoming = e.fields();
    if now == incoming {
        set_mark(t, &e.source_id, &hash(&incoming));
        report.unchanged += 1;
    } else if hash(&now) == stored {
        write_fields(t, &incoming);
        set_mark(t, &e.source_id, &hash(&incoming));
        report.updated.push(id);
    } else {
        let mut fields: Vec<String> = IMPORTED_FIELDS
            .iter()
            .filter(|k| {
                let get = |f: &[(&str, Value)]| f.iter().find(|(n, _)| n == *k).map(|(_, v)| v.clone());
                get(&now) != get(&incoming)
            })
            .map(|k| k.to_string())
            .collect();
        fields.dedup();
        report.conflicts.push(Conflict {
            id,
            source_id: e.source_id.clone(),
            fields,
        });
    }
}

/// A new entry, under an id no other entry of the file has.
fn add(aot: &mut ArrayOfTables, ids: &mut HashSet<String>, e: &Entry, pictogram: &str, report: &mut ImportReport) {
    let id = [pack_id(&e.source_id, false), pack_id(&e.source_id, true)]
        .into_iter()
        .find(|id| !ids.contains(id));
    let Some(id) = id else {
        report.kept.push((
            e.source_id.clone(),
            "its id is already taken in services.toml: not added".into(),
        ));
        return;
    };
    aot.push(new_table(&id, e, pictogram));
    ids.insert(id.clone());
    report.added.push(id);
}

/// Entries no longer in the export: removed, unless edited by hand or used by name.
fn remove_gone(
    aot: &mut ArrayOfTables,
    existing: &HashMap<String, usize>,
    cx: &Context<'_>,
    report: &mut ImportReport,
) {
    let mut gone: Vec<usize> = Vec::new();
    for (source_id, &i) in existing.iter().filter(|(s, _)| !cx.seen.contains(*s)) {
        let Some(t) = aot.get(i) else { continue };
        let id = t.get("id").and_then(Item::as_str).unwrap_or_default().to_string();
        let edited = mark(t).is_some_and(|(_, h)| hash(&current(t)) != h);
        if edited {
            report.kept.push((
                id,
                format!("{source_id} is no longer in the export, but the entry was edited by hand"),
            ));
        } else if cx.referenced.contains(&id) {
            report.kept.push((
                id,
                format!("{source_id} is no longer in the export, but the pack names the entry"),
            ));
        } else {
            report.removed.push(id);
            gone.push(i);
        }
    }
    gone.sort_unstable();
    for i in gone.into_iter().rev() {
        aot.remove(i);
    }
    report.removed.sort();
}
