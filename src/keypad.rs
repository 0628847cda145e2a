//! The tactile keypad (an "AudioNav"-style USB keypad, or any USB numeric keypad) and
//! the keys it sends: what each key means ([`Key`]), the key map (`[keypad.keys]` in
//! `borne.toml`, with defaults that make a numeric keypad work as one out of the box),
//! and how a keypad is told apart from the QR scanner and from a passer-by's keyboard.
//!
//! On the kiosk image every keyboard is grabbed (see [`crate::scanner`]); the device
//! recognised here as the keypad has its keys turned into [`Key`]s, the scanner's into
//! lines, and every other keyboard's into nothing. A keypad can only move the focus and
//! press what a finger could press: it never becomes a way out of the kiosk.

use std::collections::BTreeMap;
use std::path::PathBuf;

use evdev::{Device, EventSummary, KeyCode};

/// What a keypad key asks for. Left and right follow the screen: on a right-to-left
/// screen, left moves on and right moves back ([`Key::step`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    /// Previous control in reading order.
    Up,
    /// Next control in reading order.
    Down,
    Left,
    Right,
    /// Next control (Tab on a desktop keyboard).
    Next,
    /// Previous control (Shift+Tab).
    Previous,
    /// Presses the control that has the focus.
    Select,
    Back,
    Home,
    /// Turns audio mode on and says how to use the keypad.
    Help,
    VolumeUp,
    VolumeDown,
}

impl Key {
    /// Every key, in the order `borne.toml` lists them.
    pub const ALL: [Key; 12] = [
        Key::Up,
        Key::Down,
        Key::Left,
        Key::Right,
        Key::Next,
        Key::Previous,
        Key::Select,
        Key::Back,
        Key::Home,
        Key::Help,
        Key::VolumeUp,
        Key::VolumeDown,
    ];

    /// The key's name in `borne.toml` (`[keypad.keys]`).
    pub fn name(self) -> &'static str {
        match self {
            Key::Up => "up",
            Key::Down => "down",
            Key::Left => "left",
            Key::Right => "right",
            Key::Next => "next",
            Key::Previous => "previous",
            Key::Select => "select",
            Key::Back => "back",
            Key::Home => "home",
            Key::Help => "help",
            Key::VolumeUp => "volume_up",
            Key::VolumeDown => "volume_down",
        }
    }

    /// For a key that moves the focus: +1 (on) or -1 (back), mirrored for right-to-left.
    pub fn step(self, rtl: bool) -> Option<i32> {
        match self {
            Key::Down | Key::Next => Some(1),
            Key::Up | Key::Previous => Some(-1),
            Key::Right => Some(if rtl { -1 } else { 1 }),
            Key::Left => Some(if rtl { 1 } else { -1 }),
            _ => None,
        }
    }

    /// The evdev keys that mean this key by default: the keypad's own keys, the arrows
    /// and a numeric keypad laid out like a phone's directions (8 up, 2 down, 4 left,
    /// 6 right, 5 and Enter select, 0 back, 7 home, * help, + and - volume).
    fn defaults(self) -> &'static [KeyCode] {
        match self {
            Key::Up => &[KeyCode::KEY_UP, KeyCode::KEY_KP8],
            Key::Down => &[KeyCode::KEY_DOWN, KeyCode::KEY_KP2],
            Key::Left => &[KeyCode::KEY_LEFT, KeyCode::KEY_KP4],
            Key::Right => &[KeyCode::KEY_RIGHT, KeyCode::KEY_KP6],
            Key::Next => &[KeyCode::KEY_TAB],
            Key::Previous => &[],
            Key::Select => &[
                KeyCode::KEY_ENTER,
                KeyCode::KEY_KPENTER,
                KeyCode::KEY_KP5,
                KeyCode::KEY_SELECT,
            ],
            Key::Back => &[
                KeyCode::KEY_BACKSPACE,
                KeyCode::KEY_KP0,
                KeyCode::KEY_ESC,
                KeyCode::KEY_BACK,
            ],
            Key::Home => &[KeyCode::KEY_HOME, KeyCode::KEY_KP7, KeyCode::KEY_HOMEPAGE],
            Key::Help => &[KeyCode::KEY_KPASTERISK, KeyCode::KEY_HELP, KeyCode::KEY_F1],
            Key::VolumeUp => &[KeyCode::KEY_KPPLUS, KeyCode::KEY_VOLUMEUP],
            Key::VolumeDown => &[KeyCode::KEY_KPMINUS, KeyCode::KEY_VOLUMEDOWN],
        }
    }
}

/// Which device is the keypad (`[keypad] device`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum KeypadDevice {
    /// A device with a numeric keypad's keys and no letters.
    #[default]
    Auto,
    /// No keypad: every keyboard stays inert.
    Off,
    Path(PathBuf),
    /// A device whose name contains this (case-insensitive).
    Name(String),
}

impl KeypadDevice {
    /// Reads `[keypad] device`.
    pub fn parse(value: &str) -> KeypadDevice {
        match value.trim() {
            "" | "auto" => KeypadDevice::Auto,
            "off" => KeypadDevice::Off,
            v if v.starts_with('/') => KeypadDevice::Path(PathBuf::from(v)),
            v => KeypadDevice::Name(v.to_lowercase()),
        }
    }

    /// Whether the device at `path`, named `name`, with these keys, is the keypad.
    pub fn matches(&self, path: &std::path::Path, name: &str, keys: Option<&evdev::AttributeSetRef<KeyCode>>) -> bool {
        match self {
            KeypadDevice::Off => false,
            KeypadDevice::Path(p) => p == path || std::fs::canonicalize(p).is_ok_and(|p| p == path),
            KeypadDevice::Name(n) => name.to_lowercase().contains(n.as_str()),
            KeypadDevice::Auto => keys.is_some_and(looks_like_a_keypad),
        }
    }
}

/// A numeric keypad: its arrows-as-digits and Enter, and no letters (a keyboard or a
/// scanner has letters; a keypad that claims letters must be named in `borne.toml`).
fn looks_like_a_keypad(keys: &evdev::AttributeSetRef<KeyCode>) -> bool {
    [KeyCode::KEY_KP2, KeyCode::KEY_KP8, KeyCode::KEY_KPENTER]
        .iter()
        .all(|k| keys.contains(*k))
        && !keys.contains(KeyCode::KEY_A)
}

/// evdev key → keypad key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyMap {
    map: BTreeMap<KeyCode, Key>,
}

impl Default for KeyMap {
    fn default() -> Self {
        let mut map = BTreeMap::new();
        for key in Key::ALL {
            for code in key.defaults() {
                map.insert(*code, key);
            }
        }
        KeyMap { map }
    }
}

/// A key map entry that names no evdev key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyMapError {
    #[error("{0:?} is not a keypad action (use {actions})", actions = Key::ALL.map(Key::name).join(", "))]
    UnknownAction(String),
    #[error("{0:?} is not an evdev key name (such as KEY_KP8; see `evtest`)")]
    UnknownKey(String),
}

impl KeyMap {
    /// The defaults, with the actions given in `borne.toml` replaced: each action named
    /// there gets exactly the listed keys.
    pub fn with(entries: &BTreeMap<String, Vec<String>>) -> Result<KeyMap, KeyMapError> {
        let mut out = KeyMap::default();
        for (action, names) in entries {
            let key = Key::ALL
                .into_iter()
                .find(|k| k.name() == action)
                .ok_or_else(|| KeyMapError::UnknownAction(action.clone()))?;
            out.map.retain(|_, k| *k != key);
            for name in names {
                let code = name
                    .trim()
                    .parse::<KeyCode>()
                    .map_err(|_| KeyMapError::UnknownKey(name.clone()))?;
                out.map.insert(code, key);
            }
        }
        Ok(out)
    }

    /// What an evdev key means, if anything.
    pub fn key(&self, code: KeyCode) -> Option<Key> {
        self.map.get(&code).copied()
    }

    /// What an evdev event means: a press (not a release, not a key repeat, so a key
    /// held down presses once).
    pub fn event(&self, event: &evdev::InputEvent) -> Option<Key> {
        match event.destructure() {
            EventSummary::Key(_, code, 1) => self.key(code),
            _ => None,
        }
    }
}

/// The keypad's settings (`[keypad]`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct KeypadConfig {
    pub device: KeypadDevice,
    pub keys: KeyMap,
}

/// Whether a device is the keypad.
pub fn is_keypad(cfg: &KeypadConfig, path: &std::path::Path, dev: &Device) -> bool {
    cfg.device
        .matches(path, dev.name().unwrap_or_default(), dev.supported_keys())
}

/// Reads a keypad until it goes away, calling `on_key` with each key pressed.
pub async fn read(mut stream: evdev::EventStream, keys: KeyMap, on_key: &(dyn Fn(Key) + Send + Sync)) {
    while let Ok(ev) = stream.next_event().await {
        if let Some(key) = keys.event(&ev) {
            on_key(key);
        }
    }
}

/// Keys read from an `evtest` recording (`... code 76 (KEY_KP5), value 1`), in order:
/// tests replay a keypad session recorded on a real device.
pub fn parse_evtest(keys: &KeyMap, text: &str) -> Vec<Key> {
    crate::scanner::parse_evtest(text)
        .into_iter()
        .filter(|(_, value)| *value == 1)
        .filter_map(|(code, _)| keys.key(code))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_numeric_keypad_works_out_of_the_box() {
        let m = KeyMap::default();
        assert_eq!(m.key(KeyCode::KEY_KP8), Some(Key::Up));
        assert_eq!(m.key(KeyCode::KEY_KP2), Some(Key::Down));
        assert_eq!(m.key(KeyCode::KEY_KPENTER), Some(Key::Select));
        assert_eq!(m.key(KeyCode::KEY_KP0), Some(Key::Back));
        assert_eq!(m.key(KeyCode::KEY_KPASTERISK), Some(Key::Help));
        assert_eq!(m.key(KeyCode::KEY_KPPLUS), Some(Key::VolumeUp));
        assert_eq!(m.key(KeyCode::KEY_A), None);
    }

    #[test]
    fn the_key_map_replaces_the_actions_it_names() {
        let mut e = BTreeMap::new();
        e.insert("select".to_string(), vec!["KEY_SPACE".to_string()]);
        let m = KeyMap::with(&e).expect("valid");
        assert_eq!(m.key(KeyCode::KEY_SPACE), Some(Key::Select));
        assert_eq!(m.key(KeyCode::KEY_KPENTER), None);
        assert_eq!(m.key(KeyCode::KEY_KP8), Some(Key::Up));
        e.insert("jump".to_string(), vec![]);
        assert!(matches!(KeyMap::with(&e), Err(KeyMapError::UnknownAction(_))));
        let mut e = BTreeMap::new();
        e.insert("up".to_string(), vec!["KEY_NOPE".to_string()]);
        assert!(matches!(KeyMap::with(&e), Err(KeyMapError::UnknownKey(_))));
    }

    #[test]
    fn left_and_right_follow_the_reading_direction() {
        assert_eq!(Key::Right.step(false), Some(1));
        assert_eq!(Key::Right.step(true), Some(-1));
        assert_eq!(Key::Left.step(true), Some(1));
        assert_eq!(Key::Down.step(true), Some(1));
        assert_eq!(Key::Select.step(false), None);
    }

    #[test]
    fn keypads_are_told_apart_from_keyboards() {
        let mut keypad = evdev::AttributeSet::<KeyCode>::new();
        for k in [
            KeyCode::KEY_KP2,
            KeyCode::KEY_KP8,
            KeyCode::KEY_KPENTER,
            KeyCode::KEY_NUMLOCK,
        ] {
            keypad.insert(k);
        }
        let mut keyboard = keypad.clone();
        keyboard.insert(KeyCode::KEY_A);
        let p = std::path::Path::new("/dev/input/event3");
        assert!(KeypadDevice::Auto.matches(p, "USB Keypad", Some(&keypad)));
        assert!(!KeypadDevice::Auto.matches(p, "USB Keyboard", Some(&keyboard)));
        assert!(!KeypadDevice::Off.matches(p, "USB Keypad", Some(&keypad)));
        assert!(KeypadDevice::parse("AudioNav").matches(p, "Acme AUDIONAV 2", Some(&keyboard)));
        assert!(KeypadDevice::parse("/dev/input/event3").matches(p, "x", None));
        assert!(!KeypadDevice::parse("/dev/input/event4").matches(p, "x", None));
    }

    #[test]
    fn held_keys_press_once() {
        let m = KeyMap::default();
        let ev = |v| evdev::InputEvent::new(evdev::EventType::KEY.0, KeyCode::KEY_KP2.0, v);
        assert_eq!(m.event(&ev(1)), Some(Key::Down));
        assert_eq!(m.event(&ev(2)), None);
        assert_eq!(m.event(&ev(0)), None);
    }
}
