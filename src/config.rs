//! The kiosk's settings: defaults, then `borne.toml`, then `BORNE_*` environment variables.
//!
//! Raw values are parsed close to the input ([`RawConfig`]) and validated into a
//! [`Config`] with typed fields; a bad value is an error naming the key.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use crate::keypad::{KeyMap, KeypadConfig, KeypadDevice};
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
    #[serde(default)]
    printer: RawPrinter,
    #[serde(default)]
    scanner: RawScanner,
    #[serde(default)]
    usb: RawUsb,
    #[serde(default)]
    keypad: RawKeypad,
    #[serde(default)]
    speech: RawSpeech,
    #[serde(default)]
    maintenance: RawMaintenance,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMaintenance {
    pin_hash: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKeypad {
    device: Option<String>,
    keys: Option<std::collections::BTreeMap<String, Vec<String>>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSpeech {
    output: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrinter {
    target: Option<String>,
    width: Option<u32>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScanner {
    device: Option<String>,
    keymap: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUsb {
    mount_dir: Option<PathBuf>,
    trusted_keys: Option<Vec<String>>,
    accept_other_pack: Option<bool>,
    export_stats: Option<bool>,
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
    rotation: Option<u32>,
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
    /// Clockwise screen rotation in degrees (0, 90, 180, 270), for the kiosk image.
    pub rotation: u32,
    /// The ticket printer, if any.
    pub printer: Option<PrinterConfig>,
    /// The QR scanner (a keyboard device).
    pub scanner: ScannerConfig,
    /// USB sticks: where they appear, whose content is trusted.
    pub usb: UsbConfig,
    /// The tactile keypad: which device, which keys.
    pub keypad: KeypadConfig,
    /// Where speech may be heard.
    pub speech_output: SpeechOutput,
    /// The technician's PIN as an Argon2id hash; `None`: no maintenance screen.
    pub maintenance_pin: Option<String>,
    /// The settings file this came from, if any (helper processes read the same one).
    pub file: Option<PathBuf>,
}

/// Where tickets are printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrinterConfig {
    /// A device path (`/dev/usb/lp0`) or a network address (`192.0.2.10:9100`).
    pub target: String,
    /// Printable width in dots: 384 (58 mm paper) or 576 (80 mm).
    pub width: u32,
}

/// Keyboard layout a QR scanner types with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keymap {
    Us,
    FrAzerty,
}

/// The QR scanner: `device` is an evdev path, or `None` to look for one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScannerConfig {
    pub enabled: bool,
    pub device: Option<PathBuf>,
    pub keymap: Keymap,
}

/// Where speech may be heard (`[speech] output`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SpeechOutput {
    /// The loudspeaker, or headphones when they are plugged in.
    #[default]
    Any,
    /// Headphones only: nothing is said aloud in the room (privacy in a public place).
    Headphones,
}

/// USB sticks: the folder sticks are mounted under and the keys allowed to sign content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsbConfig {
    pub mount_dir: PathBuf,
    /// Minisign public keys (base64 lines, `RW...`).
    pub trusted_keys: Vec<String>,
    /// Accept a bundle whose pack id differs from the installed one.
    pub accept_other_pack: bool,
    /// Write statistics to each operator's stick that is plugged in (one whose token is
    /// signed by a trusted key).
    pub export_stats: bool,
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
            rotation: 0,
            printer: None,
            scanner: ScannerConfig {
                enabled: true,
                device: None,
                keymap: Keymap::Us,
            },
            usb: UsbConfig {
                mount_dir: PathBuf::from("/media/borne"),
                trusted_keys: Vec::new(),
                accept_other_pack: false,
                export_stats: true,
            },
            keypad: KeypadConfig::default(),
            speech_output: SpeechOutput::Any,
            maintenance_pin: None,
            file: None,
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
    /// One setting in effect as text, by its `section.key` name (for the image's scripts).
    pub fn get(&self, key: &str) -> Option<String> {
        Some(match key {
            "kiosk.name" => self.kiosk_name.clone(),
            "kiosk.data_dir" => self.data_dir.display().to_string(),
            "display.orientation" => match self.orientation {
                Orientation::Portrait => "portrait".into(),
                Orientation::Landscape => "landscape".into(),
            },
            "display.rotation" => self.rotation.to_string(),
            "printer.target" => self.printer.as_ref().map(|p| p.target.clone()).unwrap_or_default(),
            "printer.width" => self.printer.as_ref().map(|p| p.width.to_string()).unwrap_or_default(),
            "scanner.keymap" => match self.scanner.keymap {
                Keymap::Us => "us".into(),
                Keymap::FrAzerty => "fr".into(),
            },
            "usb.mount_dir" => self.usb.mount_dir.display().to_string(),
            "speech.output" => match self.speech_output {
                SpeechOutput::Any => "any".into(),
                SpeechOutput::Headphones => "headphones".into(),
            },
            _ => return None,
        })
    }

    /// Loads `path` if given (it must exist), then applies the environment.
    pub fn load(path: Option<&Path>) -> Result<Config, ConfigError> {
        let text = match path {
            Some(p) => std::fs::read_to_string(p).map_err(|source| ConfigError::Read { path: p.into(), source })?,
            None => String::new(),
        };
        let env: Vec<(String, String)> = std::env::vars().filter(|(k, _)| k.starts_with("BORNE_")).collect();
        let mut c = Config::from_parts(&text, path.unwrap_or(Path::new("borne.toml")), &env)?;
        c.file = path.map(Path::to_path_buf);
        Ok(c)
    }

    /// Builds a config from a file's text and environment pairs (testable without I/O).
    pub fn from_parts(text: &str, path: &Path, env: &[(String, String)]) -> Result<Config, ConfigError> {
        let mut raw: RawConfig = toml::from_str(text).map_err(|e| ConfigError::Parse {
            path: path.into(),
            message: e.message().to_string(),
        })?;
        raw.apply_env(env)?;
        raw.validate()
    }
}

impl RawConfig {
    /// `BORNE_*` variables override the file's values before anything is validated.
    fn apply_env(&mut self, env: &[(String, String)]) -> Result<(), ConfigError> {
        for (k, v) in env {
            let num = |key: &str| {
                v.parse::<u64>().map_err(|_| ConfigError::Value {
                    key: key.into(),
                    value: v.clone(),
                    why: "a whole number of seconds".into(),
                })
            };
            match k.as_str() {
                "BORNE_KIOSK_NAME" => self.kiosk.name = Some(v.clone()),
                "BORNE_DATA_DIR" => self.kiosk.data_dir = Some(PathBuf::from(v)),
                "BORNE_ORIENTATION" => self.display.orientation = Some(v.clone()),
                "BORNE_THEME" => self.display.theme = Some(v.clone()),
                "BORNE_IDLE_SECONDS" => self.session.idle_seconds = Some(num(k)?),
                "BORNE_COUNTDOWN_SECONDS" => self.session.countdown_seconds = Some(num(k)?),
                "BORNE_PRINTER" => self.printer.target = Some(v.clone()),
                "BORNE_SCANNER" => self.scanner.device = Some(v.clone()),
                "BORNE_USB_DIR" => self.usb.mount_dir = Some(PathBuf::from(v)),
                "BORNE_KEYPAD" => self.keypad.device = Some(v.clone()),
                "BORNE_SPEECH_OUTPUT" => self.speech.output = Some(v.clone()),
                _ => {}
            }
        }
        Ok(())
    }

    /// The defaults with every given value checked and applied. Keys are checked in a
    /// fixed order, so the first bad one is the one reported.
    fn validate(self) -> Result<Config, ConfigError> {
        let RawConfig {
            kiosk,
            display,
            session,
            handoff,
            printer,
            scanner,
            usb,
            keypad,
            speech,
            maintenance,
        } = self;
        let mut c = Config::default();
        if let Some(n) = kiosk.name {
            c.kiosk_name = n;
        }
        if let Some(d) = kiosk.data_dir {
            c.data_dir = d;
        }
        if let Some(o) = display.orientation {
            c.orientation = parse_orientation(o)?;
        }
        if let Some(t) = display.theme {
            c.high_contrast = parse_theme(t)?;
        }
        if let Some(u) = handoff.mediator_url.filter(|u| !u.trim().is_empty()) {
            c.mediator_url = Some(check_mediator_url(u)?);
        }
        if let Some(v) = session.idle_seconds {
            c.session.idle_after = secs("session.idle_seconds", v, 10, 3600)?;
        }
        if let Some(v) = session.countdown_seconds {
            c.session.countdown = secs("session.countdown_seconds", v, 5, 300)?;
        }
        if let Some(r) = display.rotation {
            c.rotation = check_rotation(r)?;
        }
        if let Some(t) = printer.target.filter(|t| !t.trim().is_empty()) {
            c.printer = Some(printer_config(t, printer.width)?);
        }
        apply_scanner(&mut c.scanner, scanner)?;
        apply_usb(&mut c.usb, usb);
        c.keypad = keypad_config(keypad)?;
        c.maintenance_pin = crate::maintenance::settings::pin_hash_setting(maintenance.pin_hash)?;
        if let Some(o) = speech.output {
            c.speech_output = match o.as_str() {
                "any" => SpeechOutput::Any,
                "headphones" => SpeechOutput::Headphones,
                _ => {
                    return Err(ConfigError::Value {
                        key: "speech.output".into(),
                        value: o,
                        why: "use any or headphones".into(),
                    })
                }
            };
        }
        Ok(c)
    }
}

fn parse_orientation(o: String) -> Result<Orientation, ConfigError> {
    Ok(match o.as_str() {
        "portrait" => Orientation::Portrait,
        "landscape" => Orientation::Landscape,
        _ => {
            return Err(ConfigError::Value {
                key: "display.orientation".into(),
                value: o,
                why: "use portrait or landscape".into(),
            })
        }
    })
}

/// Whether the theme is high contrast.
fn parse_theme(t: String) -> Result<bool, ConfigError> {
    Ok(match t.as_str() {
        "standard" => false,
        "high-contrast" => true,
        _ => {
            return Err(ConfigError::Value {
                key: "display.theme".into(),
                value: t,
                why: "use standard or high-contrast".into(),
            })
        }
    })
}

fn secs(key: &str, v: u64, min: u64, max: u64) -> Result<Duration, ConfigError> {
    if (min..=max).contains(&v) {
        Ok(Duration::from_secs(v))
    } else {
        Err(ConfigError::Value {
            key: key.into(),
            value: v.to_string(),
            why: format!("between {min} and {max} seconds"),
        })
    }
}

/// Tickets append `#CODE` to this address, so it must not hold a fragment already.
fn check_mediator_url(u: String) -> Result<String, ConfigError> {
    if !(u.starts_with("https://") || u.starts_with("http://")) || u.contains('#') {
        return Err(ConfigError::Value {
            key: "handoff.mediator_url".into(),
            value: u,
            why: "a web address (https://...) without #".into(),
        });
    }
    Ok(u)
}

fn check_rotation(r: u32) -> Result<u32, ConfigError> {
    if ![0, 90, 180, 270].contains(&r) {
        return Err(ConfigError::Value {
            key: "display.rotation".into(),
            value: r.to_string(),
            why: "use 0, 90, 180 or 270".into(),
        });
    }
    Ok(r)
}

fn printer_config(target: String, width: Option<u32>) -> Result<PrinterConfig, ConfigError> {
    let width = width.unwrap_or(576);
    if width != 384 && width != 576 {
        return Err(ConfigError::Value {
            key: "printer.width".into(),
            value: width.to_string(),
            why: "384 (58 mm paper) or 576 (80 mm)".into(),
        });
    }
    Ok(PrinterConfig { target, width })
}

fn apply_scanner(scanner: &mut ScannerConfig, raw: RawScanner) -> Result<(), ConfigError> {
    match raw.device.as_deref().map(str::trim) {
        None | Some("") | Some("auto") => {}
        Some("off") => scanner.enabled = false,
        Some(d) => scanner.device = Some(PathBuf::from(d)),
    }
    if let Some(k) = raw.keymap {
        scanner.keymap = match k.as_str() {
            "us" => Keymap::Us,
            "fr" | "azerty" => Keymap::FrAzerty,
            _ => {
                return Err(ConfigError::Value {
                    key: "scanner.keymap".into(),
                    value: k,
                    why: "use us or fr".into(),
                })
            }
        };
    }
    Ok(())
}

fn keypad_config(raw: RawKeypad) -> Result<KeypadConfig, ConfigError> {
    let keys = match raw.keys {
        Some(entries) => KeyMap::with(&entries).map_err(|e| ConfigError::Value {
            key: "keypad.keys".into(),
            value: format!("{entries:?}"),
            why: e.to_string(),
        })?,
        None => KeyMap::default(),
    };
    Ok(KeypadConfig {
        device: KeypadDevice::parse(raw.device.as_deref().unwrap_or("auto")),
        keys,
    })
}

fn apply_usb(usb: &mut UsbConfig, raw: RawUsb) {
    if let Some(d) = raw.mount_dir {
        usb.mount_dir = d;
    }
    if let Some(keys) = raw.trusted_keys {
        usb.trusted_keys = keys
            .into_iter()
            .map(|k| k.trim().to_string())
            .filter(|k| !k.is_empty())
            .collect();
    }
    if let Some(b) = raw.accept_other_pack {
        usb.accept_other_pack = b;
    }
    if let Some(b) = raw.export_stats {
        usb.export_stats = b;
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
                // A commented table of its own (`# [keypad.keys]`).
                Some(rest) if rest.starts_with('[') && rest.ends_with(']') => rest.to_string(),
                _ => l.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        let c = Config::from_parts(&text, Path::new("example"), &[]).expect("uncommented example parses");
        assert_eq!(c.data_dir, PathBuf::from("/var/lib/borne"));
        assert_eq!(c.session.idle_after, Duration::from_secs(60));
        assert_eq!(c.get("display.rotation").as_deref(), Some("0"));
        assert_eq!(c.get("printer.target").as_deref(), Some("/dev/usb/lp0"));
        assert_eq!(c.get("usb.mount_dir").as_deref(), Some("/media/borne"));
        // The example lists the keypad's default keys exactly.
        assert_eq!(c.keypad, crate::keypad::KeypadConfig::default());
        assert_eq!(c.get("speech.output").as_deref(), Some("any"));
        // The example holds no hash: uncommented, it turns no maintenance screen on.
        assert_eq!(c.maintenance_pin, None);
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
