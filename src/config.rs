//! The kiosk's settings: defaults, then `borne.toml`, then `BORNE_*` environment variables.
//!
//! Raw values are parsed close to the input ([`RawConfig`]) and validated into a
//! [`Config`] with typed fields; a bad value is an error naming the key.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use crate::session::SessionConfig;

/// The commented example, shipped in the binary (`borne config example`).
pub const EXAMPLE: &str = include_str!("../borne.example.toml");

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path} is not valid: {message}")]
    Parse { path: PathBuf, message: String },
    #[error("{key} = {value:?} is not valid: {why}")]
    Value { key: String, value: String, why: String },
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    kiosk: RawKiosk,
    #[serde(default)]
    display: RawDisplay,
    #[serde(default)]
    session: RawSession,
    #[serde(default)]
    handoff: RawHandoff,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHandoff {
    mediator_url: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKiosk {
    name: Option<String>,
    data_dir: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDisplay {
    orientation: Option<String>,
    theme: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSession {
    idle_seconds: Option<u64>,
    countdown_seconds: Option<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orientation {
    Portrait,
    Landscape,
}

impl Orientation {
    /// Window size in pixels for this orientation.
    pub fn size(self) -> (u32, u32) {
        match self {
            Orientation::Portrait => (1080, 1920),
            Orientation::Landscape => (1920, 1080),
        }
    }
}

/// Validated settings.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub kiosk_name: String,
    pub data_dir: PathBuf,
    pub orientation: Orientation,
    pub high_contrast: bool,
    pub session: SessionConfig,
    /// Address of the mediators' page; tickets then hold `ADDRESS#CODE`.
    pub mediator_url: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            kiosk_name: "borne".into(),
            data_dir: default_data_dir(),
            orientation: Orientation::Portrait,
            high_contrast: false,
            session: SessionConfig::default(),
            mediator_url: None,
        }
    }
}

fn default_data_dir() -> PathBuf {
    if let Some(x) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        return PathBuf::from(x).join("borne");
    }
    if let Some(h) = std::env::var_os("HOME").filter(|v| !v.is_empty()) {
        return PathBuf::from(h).join(".local/share/borne");
    }
    std::env::temp_dir().join("borne")
}

impl Config {
    /// Loads `path` if given (it must exist), then applies the environment.
    pub fn load(path: Option<&Path>) -> Result<Config, ConfigError> {
        let text = match path {
            Some(p) => std::fs::read_to_string(p).map_err(|source| ConfigError::Read { path: p.into(), source })?,
            None => String::new(),
        };
        let env: Vec<(String, String)> = std::env::vars().filter(|(k, _)| k.starts_with("BORNE_")).collect();
        Config::from_parts(&text, path.unwrap_or(Path::new("borne.toml")), &env)
    }

    /// Builds a config from a file's text and environment pairs (testable without I/O).
    pub fn from_parts(text: &str, path: &Path, env: &[(String, String)]) -> Result<Config, ConfigError> {
        let mut raw: RawConfig = toml::from_str(text).map_err(|e| ConfigError::Parse {
            path: path.into(),
            message: e.message().to_string(),
        })?;
        for (k, v) in env {
            let num = |key: &str| {
                v.parse::<u64>().map_err(|_| ConfigError::Value {
                    key: key.into(),
                    value: v.clone(),
                    why: "a whole number of seconds".into(),
                })
            };
            match k.as_str() {
                "BORNE_KIOSK_NAME" => raw.kiosk.name = Some(v.clone()),
                "BORNE_DATA_DIR" => raw.kiosk.data_dir = Some(PathBuf::from(v)),
                "BORNE_ORIENTATION" => raw.display.orientation = Some(v.clone()),
                "BORNE_THEME" => raw.display.theme = Some(v.clone()),
                "BORNE_IDLE_SECONDS" => raw.session.idle_seconds = Some(num(k)?),
                "BORNE_COUNTDOWN_SECONDS" => raw.session.countdown_seconds = Some(num(k)?),
                _ => {}
            }
        }
        let mut c = Config::default();
        if let Some(n) = raw.kiosk.name {
            c.kiosk_name = n;
        }
        if let Some(d) = raw.kiosk.data_dir {
            c.data_dir = d;
        }
        if let Some(o) = raw.display.orientation {
            c.orientation = match o.as_str() {
                "portrait" => Orientation::Portrait,
                "landscape" => Orientation::Landscape,
                _ => {
                    return Err(ConfigError::Value {
                        key: "display.orientation".into(),
                        value: o,
                        why: "use portrait or landscape".into(),
                    })
                }
            };
        }
        if let Some(t) = raw.display.theme {
            c.high_contrast = match t.as_str() {
                "standard" => false,
                "high-contrast" => true,
                _ => {
                    return Err(ConfigError::Value {
                        key: "display.theme".into(),
                        value: t,
                        why: "use standard or high-contrast".into(),
                    })
                }
            };
        }
        let secs = |key: &str, v: u64, min: u64, max: u64| {
            if (min..=max).contains(&v) {
                Ok(Duration::from_secs(v))
            } else {
                Err(ConfigError::Value {
                    key: key.into(),
                    value: v.to_string(),
                    why: format!("between {min} and {max} seconds"),
                })
            }
        };
        if let Some(u) = raw.handoff.mediator_url.filter(|u| !u.trim().is_empty()) {
            if !(u.starts_with("https://") || u.starts_with("http://")) || u.contains('#') {
                return Err(ConfigError::Value {
                    key: "handoff.mediator_url".into(),
                    value: u,
                    why: "a web address (https://...) without #".into(),
                });
            }
            c.mediator_url = Some(u);
        }
        if let Some(v) = raw.session.idle_seconds {
            c.session.idle_after = secs("session.idle_seconds", v, 10, 3600)?;
        }
        if let Some(v) = raw.session.countdown_seconds {
            c.session.countdown = secs("session.countdown_seconds", v, 5, 300)?;
        }
        Ok(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_parses_to_defaults() {
        let c = Config::from_parts(EXAMPLE, Path::new("example"), &[]).expect("example parses");
        assert_eq!(c, Config::default());
    }

    #[test]
    fn example_with_every_key_uncommented_parses() {
        // Uncommenting each `# key = value` line must give a valid file.
        let text: String = EXAMPLE
            .lines()
            .map(|l| match l.strip_prefix("# ") {
                Some(rest) if rest.contains(" = ") && !rest.starts_with(' ') => rest.to_string(),
                _ => l.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        let c = Config::from_parts(&text, Path::new("example"), &[]).expect("uncommented example parses");
        assert_eq!(c.data_dir, PathBuf::from("/var/lib/borne"));
        assert_eq!(c.session.idle_after, Duration::from_secs(60));
    }

    #[test]
    fn environment_wins_over_file() {
        let env = vec![
            ("BORNE_IDLE_SECONDS".to_string(), "30".to_string()),
            ("BORNE_ORIENTATION".into(), "landscape".into()),
        ];
        let c = Config::from_parts("[session]\nidle_seconds = 90\n", Path::new("f"), &env).expect("valid");
        assert_eq!(c.session.idle_after, Duration::from_secs(30));
        assert_eq!(c.orientation, Orientation::Landscape);
    }

    #[test]
    fn bad_values_are_named() {
        let e = Config::from_parts("[display]\ntheme = \"pink\"\n", Path::new("f"), &[]).unwrap_err();
        assert!(e.to_string().contains("display.theme"));
        let e = Config::from_parts("[session]\nidle_seconds = 1\n", Path::new("f"), &[]).unwrap_err();
        assert!(e.to_string().contains("idle_seconds"));
        assert!(Config::from_parts("[nope]\n", Path::new("f"), &[]).is_err());
    }
}
