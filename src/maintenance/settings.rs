//! The `[maintenance]` settings of `borne.toml`: `pin_hash` checked when the settings are
//! loaded, and written by `borne config set-pin` into the file with every other line and
//! comment kept (`toml_edit`), through a temporary file beside it renamed into place.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use toml_edit::{DocumentMut, Item, Table, Value};

use super::pin::check_hash;
use crate::config::{Config, ConfigError};

/// The table and key of the PIN's hash.
pub const TABLE: &str = "maintenance";
pub const KEY: &str = "pin_hash";

#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    /// The file cannot be read, is not TOML, or would not be valid settings.
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("{path}: `{TABLE}` is not a table, so {TABLE}.{KEY} cannot be set")]
    NotATable { path: PathBuf },
    #[error("cannot write {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
}

/// The validated `maintenance.pin_hash`: an empty value is none (no maintenance screen),
/// any other must be an Argon2id hash as `borne config set-pin` writes it.
pub fn pin_hash_setting(raw: Option<String>) -> Result<Option<String>, ConfigError> {
    let Some(hash) = raw.map(|h| h.trim().to_string()).filter(|h| !h.is_empty()) else {
        return Ok(None);
    };
    match check_hash(&hash) {
        Ok(_) => Ok(Some(hash)),
        Err(e) => Err(ConfigError::Value {
            key: format!("{TABLE}.{KEY}"),
            value: hash,
            why: format!("{e}; run `borne config set-pin`"),
        }),
    }
}

/// `text` (a settings file) with `maintenance.pin_hash` set to `hash`, everything else as
/// it was: comments, order, spacing, and a comment after an old value.
pub fn with_pin_hash(text: &str, hash: &str, path: &Path) -> Result<String, SettingsError> {
    // Editors on other systems may add a byte-order mark (the boot partition is FAT).
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut doc: DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| ConfigError::Parse {
        path: path.into(),
        message: e.message().to_string(),
    })?;
    if doc.get(TABLE).is_none() {
        let mut table = Table::new();
        // A blank line before the new table, as between the example's sections.
        if !text.trim().is_empty() {
            table.decor_mut().set_prefix("\n");
        }
        doc.insert(TABLE, Item::Table(table));
    }
    let table = doc
        .get_mut(TABLE)
        .and_then(Item::as_table_like_mut)
        .ok_or_else(|| SettingsError::NotATable { path: path.into() })?;
    match table.get_mut(KEY).and_then(Item::as_value_mut) {
        Some(old) => {
            let decor = old.decor().clone();
            *old = Value::from(hash);
            *old.decor_mut() = decor;
        }
        None => {
            table.insert(KEY, toml_edit::value(hash));
        }
    }
    let out = doc.to_string();
    // What is written must still load as the kiosk's settings.
    Config::from_parts(&out, path, &[])?;
    Ok(out)
}

/// Sets `maintenance.pin_hash` in the settings file at `path` (which must exist). The
/// new file is written beside it, synced, given the old one's permissions and renamed
/// over it, so a power cut leaves the old file or the new one, never half of one.
pub fn write_pin_hash(path: &Path, hash: &str) -> Result<(), SettingsError> {
    let read_err = |source| ConfigError::Read {
        path: path.into(),
        source,
    };
    let text = fs::read_to_string(path).map_err(read_err)?;
    let permissions = fs::metadata(path).map_err(read_err)?.permissions();
    let out = with_pin_hash(&text, hash, path)?;
    let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.set-pin.tmp"));
    let written = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(out.as_bytes())?;
        f.sync_all()?;
        fs::set_permissions(&tmp, permissions)?;
        fs::rename(&tmp, path)
    })();
    if let Err(source) = written {
        // Nothing half-written is left beside the settings.
        let _ = fs::remove_file(&tmp);
        return Err(SettingsError::Write {
            path: path.into(),
            source,
        });
    }
    // The rename itself reaches the disk with the folder (best effort: FAT has no fsync
    // of folders on some systems).
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        let _ = fs::File::open(dir).and_then(|d| d.sync_all());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A hash made once: Argon2id takes tens of milliseconds.
    fn hash() -> &'static str {
        static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        HASH.get_or_init(|| super::super::pin::hash_pin("2468").expect("hashes"))
    }

    fn set(text: &str) -> String {
        with_pin_hash(text, hash(), Path::new("borne.toml")).expect("set")
    }

    fn loaded(text: &str) -> Option<String> {
        Config::from_parts(text, Path::new("borne.toml"), &[])
            .expect("valid")
            .maintenance_pin
    }

    #[test]
    fn the_example_takes_a_pin_and_keeps_every_comment() {
        let out = set(crate::config::EXAMPLE);
        assert_eq!(loaded(&out).as_deref(), Some(hash()));
        // Every line of the example is still there, in the same order.
        let mut lines = out.lines();
        for l in crate::config::EXAMPLE.lines() {
            assert!(lines.any(|o| o == l), "lost {l:?}");
        }
        assert!(
            out.contains(&format!("[maintenance]\npin_hash = \"{}\"", hash())),
            "{out}"
        );
    }

    #[test]
    fn an_old_hash_is_replaced_in_place() {
        let text =
            "# kiosk\n[maintenance]\n# the PIN\npin_hash = \"\" # set by set-pin\n\n[session]\nidle_seconds = 90\n";
        let out = set(text);
        let expected = text.replace("pin_hash = \"\"", &format!("pin_hash = \"{}\"", hash()));
        assert_eq!(out, expected);
        assert_eq!(set(&out), expected);
    }

    #[test]
    fn a_file_without_the_table_gets_it_at_the_end() {
        let out = set("[session]\n# a comment\nidle_seconds = 90\n");
        assert_eq!(
            out,
            format!(
                "[session]\n# a comment\nidle_seconds = 90\n\n[maintenance]\npin_hash = \"{}\"\n",
                hash()
            )
        );
        assert_eq!(set(""), format!("[maintenance]\npin_hash = \"{}\"\n", hash()));
        assert_eq!(set("\u{feff}").trim_end(), set("").trim_end());
        // A dotted key or an inline table is a table too.
        assert_eq!(loaded(&set("maintenance.pin_hash = \"\"\n")).as_deref(), Some(hash()));
        assert_eq!(loaded(&set("maintenance = {}\n")).as_deref(), Some(hash()));
    }

    #[test]
    fn files_that_cannot_take_it_are_refused() {
        let p = Path::new("borne.toml");
        let e = with_pin_hash("maintenance = 3\n", hash(), p).unwrap_err();
        assert!(matches!(e, SettingsError::NotATable { .. }), "{e}");
        let e = with_pin_hash("[kiosk\n", hash(), p).unwrap_err();
        assert!(matches!(e, SettingsError::Config(ConfigError::Parse { .. })), "{e}");
        let e = with_pin_hash("[display]\ntheme = \"pink\"\n", hash(), p).unwrap_err();
        assert!(e.to_string().contains("display.theme"), "{e}");
    }

    #[test]
    fn the_setting_must_be_a_hash() {
        assert_eq!(pin_hash_setting(None).expect("none"), None);
        assert_eq!(pin_hash_setting(Some(" ".into())).expect("empty"), None);
        assert_eq!(
            pin_hash_setting(Some(hash().into())).expect("a hash").as_deref(),
            Some(hash())
        );
        let e = pin_hash_setting(Some("1234".into())).unwrap_err();
        assert!(e.to_string().contains("maintenance.pin_hash"), "{e}");
        let e = Config::from_parts("[maintenance]\npin_hash = \"$argon2id$x\"\n", Path::new("f"), &[]).unwrap_err();
        assert!(e.to_string().contains("maintenance.pin_hash"), "{e}");
    }

    #[test]
    fn the_file_is_replaced_whole_with_its_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("borne.toml");
        fs::write(&path, "# mine\n[kiosk]\nname = \"bakery\"\n").expect("write");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).expect("chmod");
        write_pin_hash(&path, hash()).expect("written");
        let text = fs::read_to_string(&path).expect("read");
        assert!(text.starts_with("# mine\n[kiosk]\nname = \"bakery\"\n"), "{text}");
        assert_eq!(loaded(&text).as_deref(), Some(hash()));
        let mode = fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let names: Vec<_> = fs::read_dir(dir.path())
            .expect("list")
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("borne.toml")]);
        let missing = dir.path().join("nope.toml");
        assert!(matches!(
            write_pin_hash(&missing, hash()),
            Err(SettingsError::Config(ConfigError::Read { .. }))
        ));
    }
}
