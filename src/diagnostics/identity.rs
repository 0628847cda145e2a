//! The identity panel: which kiosk this is, which program and image it runs, which
//! content is installed (and which one a rollback would bring back), and which
//! settings file is in effect, with the keys it sets.
//!
//! The app's commit is recorded by `build.rs` when the source is a git checkout. The
//! image's build is described by `/usr/lib/borne/build-info`, which
//! `kiosk-image/build.sh` writes (`KEY=VALUE` lines). Installed content is found as
//! the kiosk finds it: the `current` and `previous` pointers of `src/update/store.rs`,
//! else the built-in pack compiled in the data folder's cache.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;

use super::{Reading, Unknown};
use crate::config::Config;
use crate::update::store;

/// Where the image describes its build.
pub const BUILD_INFO: &str = "/usr/lib/borne/build-info";

/// The largest build-info file read (it is a few lines).
const MAX_BUILD_INFO: u64 = 4096;

#[derive(Debug, Clone, PartialEq)]
pub struct Identity {
    pub sample: bool,
    pub kiosk_name: String,
    /// `Cargo.toml`'s version.
    pub app_version: String,
    /// The source commit the app was built from.
    pub app_commit: Reading<String>,
    /// How the OS image was built; absent on a desktop.
    pub image: Reading<ImageBuild>,
    /// The content the kiosk shows.
    pub content: Content,
    /// The content a rollback brings back; `Known(None)`: none is kept.
    pub previous: Reading<Option<PackInfo>>,
    pub config: ConfigSource,
}

/// `/usr/lib/borne/build-info`, as written by `kiosk-image/build.sh`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImageBuild {
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    pub built: Option<String>,
    /// Debian suite (`trixie`).
    pub suite: Option<String>,
    /// The commit of the image's sources (`git describe`).
    pub source: Option<String>,
    /// The app's version put in the image.
    pub app_version: Option<String>,
}

/// Where the content shown comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentKind {
    /// Installed from a USB stick or `borne update apply`.
    Installed,
    /// Nothing is installed: the pack built into the program.
    BuiltIn,
}

impl ContentKind {
    /// A stable word for the UI's Fluent keys.
    pub fn as_str(self) -> &'static str {
        match self {
            ContentKind::Installed => "installed",
            ContentKind::BuiltIn => "built-in",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub kind: ContentKind,
    pub pack: Reading<PackInfo>,
}

/// A compiled pack, as the screen shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackInfo {
    pub id: String,
    pub version: String,
    pub content_hash: String,
    /// When it was compiled on this kiosk (the file's time): installed then.
    pub installed_at: Option<NaiveDateTime>,
    /// Screens: questions and results.
    pub screens: usize,
    pub languages: usize,
}

/// The settings in effect and where they came from.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigSource {
    /// The settings file; `None`: defaults (and the environment) only.
    pub file: Option<PathBuf>,
    /// The `section.key` names the file sets; every other setting is a default (or
    /// from the environment). `Known` and empty when there is no file.
    pub from_file: Reading<Vec<String>>,
    /// The `BORNE_*` variables set: they win over the file.
    pub from_environment: Vec<String>,
}

/// Reads the identity panel (small files and two SQLite queries).
pub fn gather(config: &Config) -> Identity {
    Identity {
        sample: false,
        kiosk_name: config.kiosk_name.clone(),
        app_version: env!("CARGO_PKG_VERSION").to_string(),
        app_commit: app_commit(),
        image: image_build(Path::new(BUILD_INFO)),
        content: content(&config.data_dir),
        previous: match store::previous(&config.data_dir) {
            Some(path) => pack_info(&path).map(Some),
            None => Reading::Known(None),
        },
        config: config_source(config),
    }
}

/// The commit `build.rs` recorded, if the build had one.
pub fn app_commit() -> Reading<String> {
    match option_env!("BORNE_GIT_COMMIT") {
        Some(c) if !c.is_empty() => Reading::Known(c.to_string()),
        _ => Reading::Unknown(Unknown::NotRecorded),
    }
}

/// The image's build file at `path`.
pub fn image_build(path: &Path) -> Reading<ImageBuild> {
    use std::io::Read;
    let mut text = String::new();
    let read = std::fs::File::open(path).and_then(|f| f.take(MAX_BUILD_INFO).read_to_string(&mut text));
    match read {
        Ok(_) => parse_build_info(&text).ok_or(Unknown::Unreadable).into(),
        Err(e) => Reading::Unknown(Unknown::of_io(&e)),
    }
}

/// Parses `KEY=VALUE` lines (`#` comments, optional quotes); `None` if no key is known.
pub fn parse_build_info(text: &str) -> Option<ImageBuild> {
    let mut b = ImageBuild::default();
    for line in text.lines().map(str::trim).filter(|l| !l.starts_with('#')) {
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let value = value.trim().trim_matches('"').trim();
        let value = (!value.is_empty()).then(|| value.to_string());
        match key.trim() {
            "BUILD_DATE" => b.built = value,
            "DEBIAN_SUITE" => b.suite = value,
            "SOURCE_COMMIT" => b.source = value,
            "BORNE_VERSION" => b.app_version = value,
            _ => {}
        }
    }
    (b != ImageBuild::default()).then_some(b)
}

/// The content the kiosk shows: `current`, else the built-in pack's compiled cache.
fn content(data_dir: &Path) -> Content {
    match store::current(data_dir) {
        Some(path) => Content {
            kind: ContentKind::Installed,
            pack: pack_info(&path),
        },
        None => {
            let cached = data_dir
                .join("cache")
                .join(format!("default-{}.sqlite", crate::default_pack::embedded_hash()));
            Content {
                kind: ContentKind::BuiltIn,
                pack: pack_info(&cached),
            }
        }
    }
}

/// A compiled pack's identity and size, without loading it.
pub fn pack_info(path: &Path) -> Reading<PackInfo> {
    match crate::content::store::read_summary(path) {
        Ok(s) => Reading::Known(PackInfo {
            id: s.id,
            version: s.version,
            content_hash: s.content_hash,
            installed_at: std::fs::metadata(path)
                .and_then(|m| m.modified())
                .ok()
                .map(|t| chrono::DateTime::<chrono::Local>::from(t).naive_local()),
            screens: s.nodes,
            languages: s.languages,
        }),
        Err(crate::content::StoreError::Missing(_)) => Reading::Unknown(Unknown::Absent),
        Err(e) => {
            tracing::warn!("maintenance: {e}");
            Reading::Unknown(Unknown::Unreadable)
        }
    }
}

/// The settings file in effect and the keys it sets, read again (the `Config` keeps
/// only the values).
pub fn config_source(config: &Config) -> ConfigSource {
    let from_file = match &config.file {
        None => Reading::Known(Vec::new()),
        Some(path) => match std::fs::read_to_string(path) {
            Ok(text) => file_keys(&text).ok_or(Unknown::Unreadable).into(),
            Err(e) => Reading::Unknown(Unknown::of_io(&e)),
        },
    };
    let mut from_environment: Vec<String> = std::env::vars_os()
        .filter_map(|(k, _)| k.into_string().ok())
        .filter(|k| k.starts_with("BORNE_"))
        .collect();
    from_environment.sort();
    ConfigSource {
        file: config.file.clone(),
        from_file,
        from_environment,
    }
}

/// The `section.key` names a settings file sets, sorted; a table inside a section
/// (`[keypad.keys]`) is one setting. `None` if the text is not TOML.
pub fn file_keys(text: &str) -> Option<Vec<String>> {
    let table: toml::Table = toml::from_str(text).ok()?;
    let mut keys = Vec::new();
    for (section, value) in &table {
        match value {
            toml::Value::Table(inner) => keys.extend(inner.keys().map(|k| format!("{section}.{k}"))),
            _ => keys.push(section.clone()),
        }
    }
    keys.sort();
    Some(keys)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::tests::config_in;

    #[test]
    fn build_info_is_parsed() {
        let text = "# written by kiosk-image/build.sh\nBUILD_DATE=2026-05-04T10:12:00Z\nDEBIAN_SUITE=trixie\nSOURCE_COMMIT=\"f8185e1560de-dirty\"\nBORNE_VERSION=0.1.0\nOTHER=x\n";
        let b = parse_build_info(text).unwrap();
        assert_eq!(b.built.as_deref(), Some("2026-05-04T10:12:00Z"));
        assert_eq!(b.suite.as_deref(), Some("trixie"));
        assert_eq!(b.source.as_deref(), Some("f8185e1560de-dirty"));
        assert_eq!(b.app_version.as_deref(), Some("0.1.0"));
        assert_eq!(parse_build_info("DEBIAN_SUITE=\nnonsense\n"), None);
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(image_build(&dir.path().join("none")), Reading::Unknown(Unknown::Absent));
        std::fs::write(dir.path().join("odd"), "hello\n").unwrap();
        assert_eq!(
            image_build(&dir.path().join("odd")),
            Reading::Unknown(Unknown::Unreadable)
        );
    }

    #[test]
    fn the_keys_a_file_sets_are_listed() {
        let text = "[kiosk]\nname = \"Mairie\"\n\n[display]\nrotation = 90\ntheme = \"high-contrast\"\n\n[keypad.keys]\nup = [\"KEY_UP\"]\n";
        assert_eq!(
            file_keys(text).unwrap(),
            ["display.rotation", "display.theme", "keypad.keys", "kiosk.name"]
        );
        assert_eq!(file_keys("").unwrap(), Vec::<String>::new());
        assert_eq!(file_keys("[kiosk\n"), None);
    }

    #[test]
    fn provenance_follows_the_config() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("borne.toml");
        std::fs::write(&file, "[session]\nidle_seconds = 90\n").unwrap();
        let config = Config::load(Some(&file)).unwrap();
        let source = config_source(&config);
        assert_eq!(source.file.as_deref(), Some(file.as_path()));
        assert_eq!(
            source.from_file,
            Reading::Known(vec!["session.idle_seconds".to_string()])
        );
        let none = config_source(&Config::default());
        assert_eq!(none.from_file, Reading::Known(vec![]));
        std::fs::remove_file(&file).unwrap();
        assert_eq!(config_source(&config).from_file, Reading::Unknown(Unknown::Absent));
    }

    #[test]
    fn installed_and_previous_content_are_read_from_the_store() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path();
        std::fs::create_dir_all(store::content_dir(data).join("packs")).unwrap();
        let src = dir.path().join("src");
        crate::default_pack::extract_to(&src).unwrap();
        for name in ["a.sqlite", "b.sqlite"] {
            crate::content::build_dir(&src, &store::pack_path(data, name)).unwrap();
            store::switch_to(data, name).unwrap();
        }
        let id = gather(&config_in(data));
        assert_eq!(id.content.kind, ContentKind::Installed);
        let pack = id.content.pack.known().unwrap();
        assert!(pack.screens > 5 && pack.languages > 1 && pack.installed_at.is_some());
        assert_eq!(pack.content_hash.len(), 64);
        assert_eq!(
            id.previous.known().cloned().flatten().map(|p| p.id),
            Some(pack.id.clone())
        );
        // Nothing installed: the built-in pack, not compiled yet in this data folder.
        let empty = tempfile::tempdir().unwrap();
        let fresh = gather(&config_in(empty.path()));
        assert_eq!(fresh.content.kind, ContentKind::BuiltIn);
        assert_eq!(fresh.content.pack, Reading::Unknown(Unknown::Absent));
        assert_eq!(fresh.previous, Reading::Known(None));
    }

    #[test]
    fn the_version_is_the_package_one() {
        assert_eq!(gather(&Config::default()).app_version, env!("CARGO_PKG_VERSION"));
    }
}
