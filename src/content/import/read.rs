//! Reading the rows of a data·inclusion export, JSON or CSV, one at a time.
//!
//! The platform's JSON is one array of objects with every column present (`null` when
//! empty); its CSV has one header line, empty cells for nulls, and list columns written
//! as Python lists (`['a', 'b']`). Both become the same [`Record`]: the columns the pack
//! uses, each a [`Loose`] value, whatever its type in the file. Every text value is
//! capped as it streams by ([`super::bounded`]), every list too ([`MAX_LIST_ITEMS`]).

use std::fmt;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::bounded::{Capped, CsvFields, JsonStrings, MAX_FIELD_BYTES, TOO_LONG};
use super::ImportError;

/// The most values kept from one list (thématiques, publics…).
pub const MAX_LIST_ITEMS: usize = 64;

/// A value as found in the export.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Loose {
    #[default]
    Null,
    Text(String),
    Number(f64),
    Bool(bool),
    List(Vec<String>),
    /// A text longer than the cap, or a list longer than [`MAX_LIST_ITEMS`].
    TooLong,
    /// An object: no column the pack uses holds one.
    Other,
}

impl Loose {
    pub(super) fn text(s: &str) -> Loose {
        if s.ends_with(TOO_LONG) {
            Loose::TooLong
        } else {
            Loose::Text(s.to_string())
        }
    }
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(LooseVisitor)
    }
}

struct LooseVisitor;

impl<'de> Visitor<'de> for LooseVisitor {
    type Value = Loose;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_str<E>(self, v: &str) -> Result<Loose, E> {
        Ok(Loose::text(v))
    }
    fn visit_bool<E>(self, v: bool) -> Result<Loose, E> {
        Ok(Loose::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Loose, E> {
        Ok(Loose::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Loose, E> {
        Ok(Loose::Number(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Loose, E> {
        Ok(Loose::Number(v))
    }
    fn visit_unit<E>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }
    fn visit_none<E>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Loose, D::Error> {
        d.deserialize_any(self)
    }
    /// Texts of a list, at most [`MAX_LIST_ITEMS`]; the rest is read and dropped.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
        let mut items = Vec::new();
        let mut too_long = false;
        while let Some(item) = seq.next_element::<Loose>()? {
            match item {
                Loose::Text(s) if items.len() < MAX_LIST_ITEMS => items.push(s),
                Loose::Null => {}
                _ => too_long = true,
            }
        }
        Ok(if too_long { Loose::TooLong } else { Loose::List(items) })
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Loose::Other)
    }
}

/// The columns of a service or structure row that the import reads. Both resources
/// share names (`adresse`, `horaires_accueil`…), so one type serves both.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Record {
    pub id: Loose,
    pub structure_id: Loose,
    pub nom: Loose,
    pub description: Loose,
    pub adresse: Loose,
    pub complement_adresse: Loose,
    pub code_postal: Loose,
    pub commune: Loose,
    pub code_insee: Loose,
    pub telephone: Loose,
    pub courriel: Loose,
    pub site_web: Loose,
    pub horaires_accueil: Loose,
    pub accessibilite_lieu: Loose,
    pub thematiques: Loose,
    pub publics: Loose,
    pub frais: Loose,
    pub modes_accueil: Loose,
    pub date_maj: Loose,
}

/// A row type: the columns an import reads, each a [`Loose`] value.
pub trait Columns: Default + for<'de> Deserialize<'de> {
    /// The column `name` (as a CSV header writes it), if the import reads it.
    fn column(&mut self, name: &str) -> Option<&mut Loose>;
}

impl Columns for Record {
    fn column(&mut self, name: &str) -> Option<&mut Loose> {
        Some(match name {
            "id" => &mut self.id,
            "structure_id" => &mut self.structure_id,
            "nom" => &mut self.nom,
            "description" => &mut self.description,
            "adresse" => &mut self.adresse,
            "complement_adresse" => &mut self.complement_adresse,
            "code_postal" => &mut self.code_postal,
            "commune" => &mut self.commune,
            "code_insee" => &mut self.code_insee,
            "telephone" => &mut self.telephone,
            "courriel" => &mut self.courriel,
            "site_web" => &mut self.site_web,
            "horaires_accueil" => &mut self.horaires_accueil,
            "accessibilite_lieu" => &mut self.accessibilite_lieu,
            "thematiques" => &mut self.thematiques,
            "publics" => &mut self.publics,
            "frais" => &mut self.frais,
            "modes_accueil" => &mut self.modes_accueil,
            "date_maj" => &mut self.date_maj,
            _ => return None,
        })
    }
}

/// A row read, or why it could not be (its number is still counted).
pub type Row<R = Record> = Result<R, String>;

/// Where a row is: its 1-based number among the rows, and for CSV the line it starts
/// on (the header is line 1; a quoted value may hold line breaks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    pub row: usize,
    pub line: Option<u64>,
}

/// What is told of a CSV file's header (nothing for JSON).
pub type HeaderFn<'a> = &'a mut dyn FnMut(&[String]) -> Result<(), ImportError>;
/// What is told of each row.
type EachFn<'a, R> = &'a mut dyn FnMut(Pos, Row<R>) -> Result<(), ImportError>;

/// Whether `path` holds JSON (by its extension, else by its first character).
fn is_json(path: &Path, first: Option<u8>) -> bool {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("json") => true,
        Some("csv") => false,
        _ => first == Some(b'['),
    }
}

/// Calls `each` with the 1-based number of every row of `path`, in order. Stops at the
/// first error `each` returns, or when the file cannot be read on (the rows before it
/// were given).
pub fn read_rows(path: &Path, mut each: impl FnMut(usize, Row) -> Result<(), ImportError>) -> Result<(), ImportError> {
    read_table::<Record>(path, &mut |_| Ok(()), &mut |pos, row| each(pos.row, row))
}

/// [`read_rows`] for any row type, with the CSV header given to `header` first. CSV
/// fields are separated by `,` or `;`, whichever the header line holds more of; a
/// UTF-8 byte order mark is skipped.
pub fn read_table<R: Columns>(path: &Path, header: HeaderFn<'_>, each: EachFn<'_, R>) -> Result<(), ImportError> {
    let unreadable = |e: std::io::Error| ImportError::Unreadable {
        path: path.to_path_buf(),
        why: e.to_string(),
    };
    let mut file = BufReader::with_capacity(64 * 1024, File::open(path).map_err(unreadable)?);
    if file.fill_buf().map_err(unreadable)?.starts_with(b"\xEF\xBB\xBF") {
        file.consume(3);
    }
    let buf = file.fill_buf().map_err(unreadable)?;
    let first = buf.iter().copied().find(|b| !b.is_ascii_whitespace());
    let first_line = buf.split(|&b| b == b'\n').next().unwrap_or_default();
    let count = |c: u8| first_line.iter().filter(|&&b| b == c).count();
    let delimiter = if count(b';') > count(b',') { b';' } else { b',' };
    if is_json(path, first) {
        read_json(path, Capped::new(file, JsonStrings::new(MAX_FIELD_BYTES)), each)
    } else {
        let input = Capped::new(file, CsvFields::with_delimiter(MAX_FIELD_BYTES, delimiter));
        read_csv(path, input, delimiter, header, each)
    }
}

/// The array's objects, one after the other, never the whole array at once.
fn read_json<R: Columns>(path: &Path, input: impl Read, each: EachFn<'_, R>) -> Result<(), ImportError> {
    struct Rows<'a, 'b, R> {
        each: &'a mut EachFn<'b, R>,
        stop: Option<ImportError>,
    }
    impl<'de, R: Columns> Visitor<'de> for &mut Rows<'_, '_, R> {
        type Value = ();
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an array of objects")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            let mut n = 0;
            while let Some(record) = seq.next_element::<R>()? {
                n += 1;
                if let Err(e) = (self.each)(Pos { row: n, line: None }, Ok(record)) {
                    self.stop = Some(e);
                    return Err(de::Error::custom("stopped"));
                }
            }
            Ok(())
        }
    }
    let mut each = each;
    let mut rows = Rows {
        each: &mut each,
        stop: None,
    };
    let mut de = serde_json::Deserializer::from_reader(input);
    match de.deserialize_seq(&mut rows) {
        Ok(()) => Ok(()),
        Err(_) if rows.stop.is_some() => Err(rows.stop.take().unwrap_or(ImportError::TooManyRows)),
        Err(e) => Err(ImportError::Syntax {
            path: path.to_path_buf(),
            why: crate::tr!("cli-import-not-json", detail = e.to_string()),
        }),
    }
}

/// The header, then each record: a cell that is not UTF-8 text makes its row bad.
fn read_csv<R: Columns>(
    path: &Path,
    input: impl Read,
    delimiter: u8,
    header: HeaderFn<'_>,
    each: EachFn<'_, R>,
) -> Result<(), ImportError> {
    let syntax = |e: csv::Error| ImportError::Syntax {
        path: path.to_path_buf(),
        why: crate::tr!("cli-import-not-csv", detail = e.to_string()),
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(input);
    let names: Vec<String> = reader
        .byte_headers()
        .map_err(syntax)?
        .iter()
        .map(|h| {
            String::from_utf8_lossy(h)
                .trim()
                .trim_start_matches('\u{feff}')
                .to_string()
        })
        .collect();
    header(&names)?;
    let mut record = csv::ByteRecord::new();
    let mut n = 0;
    while reader.read_byte_record(&mut record).map_err(syntax)? {
        n += 1;
        let mut row = R::default();
        let mut bad = None;
        for (name, cell) in names.iter().zip(record.iter()) {
            let Some(slot) = row.column(name) else { continue };
            match std::str::from_utf8(cell) {
                Ok("") => {}
                Ok(text) => *slot = Loose::text(text),
                Err(_) => bad = Some(crate::tr!("cli-import-not-utf8", column = name.as_str())),
            }
        }
        let pos = Pos {
            row: n,
            line: record.position().map(csv::Position::line),
        };
        each(pos, bad.map_or(Ok(row), Err))?;
    }
    Ok(())
}
