//! The mediators' QR scanner: a USB device that types what it reads, like a keyboard.
//!
//! It is read with evdev and grabbed exclusively, so nothing it types reaches the
//! screen (or a console). Key codes are turned back into characters with the layout
//! the scanner is set to: US QWERTY or French AZERTY. A line ends with Enter.
//!
//! The layouts are tables here rather than xkbcommon: a scanner only types the
//! printable ASCII of URLs and ticket codes, and a table keeps the kiosk free of a
//! keymap compiler and its data files.
//!
//! On the kiosk image every keyboard is held the moment udev announces it (see
//! [`hotplug`]); elsewhere devices are looked for every two seconds.

mod hotplug;

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use evdev::{Device, EventSummary, KeyCode};
use tokio::sync::mpsc;

use crate::config::{Keymap, ScannerConfig};
use crate::keypad::{self, Key, KeypadConfig, KeypadDevice};

/// Longest line kept; a stuck key cannot grow memory.
const MAX_LINE: usize = 4096;

/// How often new devices are looked for without udev's news (scanners are plugged in
/// at any time).
const RESCAN: Duration = Duration::from_secs(2);

/// With udev's news, a slow rescan still runs: news lost (a full netlink socket) delays
/// a grab by this much at most.
const SAFETY_RESCAN: Duration = Duration::from_secs(30);

/// One key of a layout: the character without and with Shift, and with AltGr.
struct KeyChars(KeyCode, char, char, Option<char>);

/// Keys common to both layouts' letter block, by key position.
const LETTERS: [(KeyCode, char); 26] = [
    (KeyCode::KEY_A, 'a'),
    (KeyCode::KEY_B, 'b'),
    (KeyCode::KEY_C, 'c'),
    (KeyCode::KEY_D, 'd'),
    (KeyCode::KEY_E, 'e'),
    (KeyCode::KEY_F, 'f'),
    (KeyCode::KEY_G, 'g'),
    (KeyCode::KEY_H, 'h'),
    (KeyCode::KEY_I, 'i'),
    (KeyCode::KEY_J, 'j'),
    (KeyCode::KEY_K, 'k'),
    (KeyCode::KEY_L, 'l'),
    (KeyCode::KEY_M, 'm'),
    (KeyCode::KEY_N, 'n'),
    (KeyCode::KEY_O, 'o'),
    (KeyCode::KEY_P, 'p'),
    (KeyCode::KEY_Q, 'q'),
    (KeyCode::KEY_R, 'r'),
    (KeyCode::KEY_S, 's'),
    (KeyCode::KEY_T, 't'),
    (KeyCode::KEY_U, 'u'),
    (KeyCode::KEY_V, 'v'),
    (KeyCode::KEY_W, 'w'),
    (KeyCode::KEY_X, 'x'),
    (KeyCode::KEY_Y, 'y'),
    (KeyCode::KEY_Z, 'z'),
];

const US: &[KeyChars] = &[
    KeyChars(KeyCode::KEY_1, '1', '!', None),
    KeyChars(KeyCode::KEY_2, '2', '@', None),
    KeyChars(KeyCode::KEY_3, '3', '#', None),
    KeyChars(KeyCode::KEY_4, '4', '$', None),
    KeyChars(KeyCode::KEY_5, '5', '%', None),
    KeyChars(KeyCode::KEY_6, '6', '^', None),
    KeyChars(KeyCode::KEY_7, '7', '&', None),
    KeyChars(KeyCode::KEY_8, '8', '*', None),
    KeyChars(KeyCode::KEY_9, '9', '(', None),
    KeyChars(KeyCode::KEY_0, '0', ')', None),
    KeyChars(KeyCode::KEY_MINUS, '-', '_', None),
    KeyChars(KeyCode::KEY_EQUAL, '=', '+', None),
    KeyChars(KeyCode::KEY_LEFTBRACE, '[', '{', None),
    KeyChars(KeyCode::KEY_RIGHTBRACE, ']', '}', None),
    KeyChars(KeyCode::KEY_SEMICOLON, ';', ':', None),
    KeyChars(KeyCode::KEY_APOSTROPHE, '\'', '"', None),
    KeyChars(KeyCode::KEY_GRAVE, '`', '~', None),
    KeyChars(KeyCode::KEY_BACKSLASH, '\\', '|', None),
    KeyChars(KeyCode::KEY_COMMA, ',', '<', None),
    KeyChars(KeyCode::KEY_DOT, '.', '>', None),
    KeyChars(KeyCode::KEY_SLASH, '/', '?', None),
];

/// French AZERTY as Linux's `fr` layout types it (the dead circumflex gives `^`).
const FR: &[KeyChars] = &[
    KeyChars(KeyCode::KEY_1, '&', '1', None),
    KeyChars(KeyCode::KEY_2, 'é', '2', Some('~')),
    KeyChars(KeyCode::KEY_3, '"', '3', Some('#')),
    KeyChars(KeyCode::KEY_4, '\'', '4', Some('{')),
    KeyChars(KeyCode::KEY_5, '(', '5', Some('[')),
    KeyChars(KeyCode::KEY_6, '-', '6', Some('|')),
    KeyChars(KeyCode::KEY_7, 'è', '7', Some('`')),
    KeyChars(KeyCode::KEY_8, '_', '8', Some('\\')),
    KeyChars(KeyCode::KEY_9, 'ç', '9', Some('^')),
    KeyChars(KeyCode::KEY_0, 'à', '0', Some('@')),
    KeyChars(KeyCode::KEY_MINUS, ')', '°', Some(']')),
    KeyChars(KeyCode::KEY_EQUAL, '=', '+', Some('}')),
    KeyChars(KeyCode::KEY_LEFTBRACE, '^', '¨', None),
    KeyChars(KeyCode::KEY_RIGHTBRACE, '$', '£', Some('¤')),
    KeyChars(KeyCode::KEY_APOSTROPHE, 'ù', '%', None),
    KeyChars(KeyCode::KEY_BACKSLASH, '*', 'µ', None),
    KeyChars(KeyCode::KEY_GRAVE, '²', '²', None),
    KeyChars(KeyCode::KEY_M, ',', '?', None),
    KeyChars(KeyCode::KEY_COMMA, ';', '.', None),
    KeyChars(KeyCode::KEY_DOT, ':', '/', None),
    KeyChars(KeyCode::KEY_SLASH, '!', '§', None),
    KeyChars(KeyCode::KEY_102ND, '<', '>', None),
];

/// The letter a key types on AZERTY, where four keys differ from QWERTY.
fn fr_letter(key: KeyCode) -> Option<char> {
    match key {
        KeyCode::KEY_Q => Some('a'),
        KeyCode::KEY_A => Some('q'),
        KeyCode::KEY_W => Some('z'),
        KeyCode::KEY_Z => Some('w'),
        KeyCode::KEY_SEMICOLON => Some('m'),
        KeyCode::KEY_M => None,
        k => LETTERS.iter().find(|(c, _)| *c == k).map(|(_, ch)| *ch),
    }
}

fn keypad(key: KeyCode) -> Option<char> {
    Some(match key {
        KeyCode::KEY_KP0 => '0',
        KeyCode::KEY_KP1 => '1',
        KeyCode::KEY_KP2 => '2',
        KeyCode::KEY_KP3 => '3',
        KeyCode::KEY_KP4 => '4',
        KeyCode::KEY_KP5 => '5',
        KeyCode::KEY_KP6 => '6',
        KeyCode::KEY_KP7 => '7',
        KeyCode::KEY_KP8 => '8',
        KeyCode::KEY_KP9 => '9',
        KeyCode::KEY_KPDOT => '.',
        KeyCode::KEY_KPSLASH => '/',
        KeyCode::KEY_KPASTERISK => '*',
        KeyCode::KEY_KPMINUS => '-',
        KeyCode::KEY_KPPLUS => '+',
        KeyCode::KEY_SPACE => ' ',
        _ => return None,
    })
}

/// The character `key` types on `keymap` with the given modifiers, if any.
pub fn char_of(keymap: Keymap, key: KeyCode, shift: bool, altgr: bool) -> Option<char> {
    if let Some(c) = keypad(key) {
        return Some(c);
    }
    let letter = match keymap {
        Keymap::Us => LETTERS.iter().find(|(c, _)| *c == key).map(|(_, ch)| *ch),
        Keymap::FrAzerty => fr_letter(key),
    };
    if let Some(l) = letter {
        if altgr {
            return (keymap == Keymap::FrAzerty && key == KeyCode::KEY_E).then_some('€');
        }
        return Some(if shift { l.to_ascii_uppercase() } else { l });
    }
    let table = match keymap {
        Keymap::Us => US,
        Keymap::FrAzerty => FR,
    };
    let k = table.iter().find(|k| k.0 == key)?;
    match (altgr, shift) {
        (true, _) => k.3,
        (false, true) => Some(k.2),
        (false, false) => Some(k.1),
    }
}

/// The keys to press to type `c` on `keymap`: (key, shift, altgr). For tests and
/// virtual scanners.
pub fn keys_for(keymap: Keymap, c: char) -> Option<(KeyCode, bool, bool)> {
    let mut all: Vec<KeyCode> = LETTERS.iter().map(|(k, _)| *k).collect();
    let table = match keymap {
        Keymap::Us => US,
        Keymap::FrAzerty => FR,
    };
    all.extend(table.iter().map(|k| k.0));
    // AZERTY types `m` on the QWERTY `;` key, which no table above lists.
    all.extend([KeyCode::KEY_SEMICOLON, KeyCode::KEY_SPACE]);
    for k in all {
        for (shift, altgr) in [(false, false), (true, false), (false, true)] {
            if char_of(keymap, k, shift, altgr) == Some(c) {
                return Some((k, shift, altgr));
            }
        }
    }
    None
}

/// Turns key events into lines.
#[derive(Debug, Clone)]
pub struct Decoder {
    keymap: Keymap,
    shift: [bool; 2],
    altgr: bool,
    caps: bool,
    line: String,
}

impl Decoder {
    pub fn new(keymap: Keymap) -> Self {
        Decoder {
            keymap,
            shift: [false; 2],
            altgr: false,
            caps: false,
            line: String::new(),
        }
    }

    /// One key event (`value`: 1 pressed, 0 released, 2 repeated). Returns the line
    /// when Enter is pressed after some text.
    pub fn key(&mut self, key: KeyCode, value: i32) -> Option<String> {
        let down = value != 0;
        match key {
            KeyCode::KEY_LEFTSHIFT => self.shift[0] = down,
            KeyCode::KEY_RIGHTSHIFT => self.shift[1] = down,
            KeyCode::KEY_RIGHTALT => self.altgr = down,
            KeyCode::KEY_CAPSLOCK if value == 1 => self.caps = !self.caps,
            KeyCode::KEY_ENTER | KeyCode::KEY_KPENTER if value == 1 => {
                let line = std::mem::take(&mut self.line);
                return (!line.trim().is_empty()).then_some(line);
            }
            _ if down => {
                // Caps Lock shifts letters only, as on a keyboard.
                let letter = char_of(self.keymap, key, false, false).is_some_and(|c| c.is_ascii_lowercase());
                let shift = (self.shift[0] || self.shift[1]) ^ (self.caps && letter);
                if let Some(c) = char_of(self.keymap, key, shift, self.altgr) {
                    if self.line.len() < MAX_LINE {
                        self.line.push(c);
                    }
                }
            }
            _ => {}
        }
        None
    }
}

/// Whether a device's name says it is a barcode or QR scanner.
pub fn named_like_a_scanner(name: &str) -> bool {
    let n = name.to_lowercase();
    [
        "scanner",
        "barcode",
        "bar code",
        "qr",
        "2d",
        "imager",
        "honeywell",
        "zebra",
        "datalogic",
        "newland",
        "symbol",
        "netum",
        "inateck",
        "eyoyo",
        "tera",
    ]
    .iter()
    .any(|w| n.contains(w))
}

fn types_text(dev: &Device) -> bool {
    dev.supported_keys()
        .is_some_and(|k| k.contains(KeyCode::KEY_ENTER) && k.contains(KeyCode::KEY_A) && k.contains(KeyCode::KEY_1))
}

/// Devices to read now: on the kiosk image (`any_keyboard`) every device with keyboard
/// keys that is not a pointer or touch screen ([`hotplug::held`]), since the kiosk has no
/// keyboard and one plugged in by a passer-by must reach nothing; elsewhere the
/// configured device, or those named like scanners, and a keypad named in `borne.toml`
/// (on a desktop the keyboard already drives the focus through the window).
fn candidates(inputs: &Inputs, any_keyboard: bool, open: &HashSet<PathBuf>) -> Vec<(PathBuf, Device)> {
    let cfg = &inputs.scanner;
    if any_keyboard {
        return evdev::enumerate()
            .filter(|(p, _)| !open.contains(p))
            .filter(|(_, d)| hotplug::held(d))
            .collect();
    }
    let mut found: Vec<(PathBuf, Device)> = Vec::new();
    if matches!(inputs.keypad.device, KeypadDevice::Path(_) | KeypadDevice::Name(_)) {
        found.extend(
            evdev::enumerate()
                .filter(|(p, _)| !open.contains(p))
                .filter(|(p, d)| keypad::is_keypad(&inputs.keypad, p, d)),
        );
    }
    if !cfg.enabled {
        return found;
    }
    if let Some(path) = &cfg.device {
        if !open.contains(path) && !found.iter().any(|(p, _)| p == path) {
            if let Ok(d) = Device::open(path) {
                found.push((path.clone(), d));
            }
        }
        return found;
    }
    let known: HashSet<PathBuf> = found.iter().map(|(p, _)| p.clone()).collect();
    found.extend(
        evdev::enumerate()
            .filter(|(p, _)| !open.contains(p) && !known.contains(p))
            .filter(|(_, d)| types_text(d) && d.name().is_some_and(named_like_a_scanner)),
    );
    found
}

/// The devices being read, shared with their reading tasks (each removes its own).
type OpenSet = Arc<Mutex<HashSet<PathBuf>>>;

/// What the input watcher reads, and where what it reads goes.
pub struct Inputs {
    pub scanner: ScannerConfig,
    pub keypad: KeypadConfig,
    /// Each line the scanner reads.
    pub on_line: Arc<dyn Fn(String) + Send + Sync>,
    /// Each key pressed on the keypad.
    pub on_key: Arc<dyn Fn(Key) + Send + Sync>,
}

/// Reads scanners and the keypad until the runtime stops.
/// Devices come and go: they are looked for when udev announces one (kiosk build), else
/// every two seconds. With `any_keyboard` (the kiosk image) every keyboard is grabbed
/// even when the scanner is off; only the configured scanner's lines (or any device's,
/// with `device = "auto"`) are used.
pub async fn watch(inputs: Inputs, any_keyboard: bool) {
    let cfg = &inputs.scanner;
    let named_keypad = matches!(inputs.keypad.device, KeypadDevice::Path(_) | KeypadDevice::Name(_));
    if !cfg.enabled && !any_keyboard && !named_keypad {
        return;
    }
    let open: OpenSet = Arc::default();
    let mut news = hotplug::listen();
    if news.is_some() {
        tracing::info!("input devices are grabbed as udev announces them");
    }
    let mut warned = false;
    loop {
        let known = open.lock().map(|o| o.clone()).unwrap_or_default();
        if cfg.device.is_some() && known.is_empty() && !warned {
            if let Some(p) = &cfg.device {
                if Device::open(p).is_err() {
                    tracing::warn!(device = %p.display(), "the configured scanner cannot be opened; retrying");
                    warned = true;
                }
            }
        }
        for (path, dev) in candidates(&inputs, any_keyboard, &known) {
            attach(&inputs, path, dev, &open);
        }
        news = wait_for_news(news).await;
    }
}

/// Waits for udev's news of a device, or for the rescan period. Returns the news
/// channel, or `None` once it has closed (the watcher then rescans every two seconds).
async fn wait_for_news(news: Option<mpsc::UnboundedReceiver<()>>) -> Option<mpsc::UnboundedReceiver<()>> {
    let Some(mut rx) = news else {
        tokio::time::sleep(RESCAN).await;
        return None;
    };
    tokio::select! {
        got = rx.recv() => {
            // Closed: the monitor failed, the timer takes over.
            got?;
            // Several devices come at once (a keyboard is often two): one rescan for all.
            while rx.try_recv().is_ok() {}
            Some(rx)
        }
        _ = tokio::time::sleep(SAFETY_RESCAN) => Some(rx),
    }
}

/// What a grabbed device is read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Scanner,
    Keypad,
    /// A passer-by's keyboard: read and dropped.
    Inert,
}

/// Grabs a device and starts reading it: decoded when it is the scanner, turned into
/// keys when it is the keypad, else dropped.
fn attach(inputs: &Inputs, path: PathBuf, mut dev: Device, open: &OpenSet) {
    let cfg = &inputs.scanner;
    let name = dev.name().unwrap_or("?").to_string();
    let role = if keypad::is_keypad(&inputs.keypad, &path, &dev) {
        Role::Keypad
    } else if cfg.enabled && cfg.device.as_ref().is_none_or(|d| *d == path) {
        Role::Scanner
    } else {
        Role::Inert
    };
    // Grabbed: what it types goes nowhere else (console, libinput).
    if let Err(e) = dev.grab() {
        tracing::warn!(device = %path.display(), "input device not grabbed, its keys may reach other programs: {e}");
    }
    let stream = match dev.into_event_stream() {
        Ok(s) => s,
        Err(e) => {
            tracing::warn!(device = %path.display(), "input device cannot be read: {e}");
            return;
        }
    };
    let libinput = hotplug::libinput_view(&path);
    match role {
        Role::Scanner => tracing::info!(device = %path.display(), name, libinput, "scanner connected"),
        Role::Keypad => tracing::info!(device = %path.display(), name, libinput, "keypad connected"),
        Role::Inert => {
            tracing::info!(device = %path.display(), name, libinput, "keyboard grabbed; what it types is ignored")
        }
    }
    if let Ok(mut o) = open.lock() {
        o.insert(path.clone());
    }
    let (open, on_line, keymap) = (open.clone(), inputs.on_line.clone(), cfg.keymap);
    let (on_key, keys) = (inputs.on_key.clone(), inputs.keypad.keys.clone());
    tokio::spawn(async move {
        match role {
            Role::Scanner => {
                let device = path.display().to_string();
                read(stream, keymap, &|line| {
                    // Which device typed it, never what: the journal is no place for tickets.
                    tracing::info!(device = %device, "scanner read a line");
                    on_line(line)
                })
                .await;
            }
            // Keys are not logged: a sequence of them could tell a visit's path.
            Role::Keypad => keypad::read(stream, keys, &|k| on_key(k)).await,
            Role::Inert => read(stream, keymap, &|_| {}).await,
        }
        tracing::info!(device = %path.display(), "input device disconnected");
        if let Ok(mut o) = open.lock() {
            o.remove(&path);
        }
    });
}

async fn read(mut stream: evdev::EventStream, keymap: Keymap, on_line: &(dyn Fn(String) + Send + Sync)) {
    let mut decoder = Decoder::new(keymap);
    while let Ok(ev) = stream.next_event().await {
        if let EventSummary::Key(_, key, value) = ev.destructure() {
            if let Some(line) = decoder.key(key, value) {
                on_line(line);
            }
        }
    }
}

/// Parses a recording in `evtest`'s format ("... code 30 (KEY_A), value 1") into key
/// events; other lines are skipped.
pub fn parse_evtest(text: &str) -> Vec<(KeyCode, i32)> {
    text.lines()
        .filter(|l| l.contains("(EV_KEY)"))
        .filter_map(|l| {
            let code = l
                .split("code ")
                .nth(1)?
                .split_whitespace()
                .next()?
                .parse::<u16>()
                .ok()?;
            let value = l.split("value ").nth(1)?.trim().parse::<i32>().ok()?;
            Some((KeyCode::new(code), value))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn type_text(keymap: Keymap, text: &str) -> Vec<(KeyCode, i32)> {
        let mut ev = vec![];
        for c in text.chars() {
            let Some((k, shift, altgr)) = keys_for(keymap, c) else {
                panic!("{c:?} cannot be typed")
            };
            if shift {
                ev.push((KeyCode::KEY_LEFTSHIFT, 1));
            }
            if altgr {
                ev.push((KeyCode::KEY_RIGHTALT, 1));
            }
            ev.push((k, 1));
            ev.push((k, 0));
            if altgr {
                ev.push((KeyCode::KEY_RIGHTALT, 0));
            }
            if shift {
                ev.push((KeyCode::KEY_LEFTSHIFT, 0));
            }
        }
        ev.push((KeyCode::KEY_ENTER, 1));
        ev.push((KeyCode::KEY_ENTER, 0));
        ev
    }

    #[test]
    fn every_url_character_round_trips_on_both_layouts() {
        let text = "https://example.org/borne/ticket.html?a=1&b=_~%#ABCDEFGHIJKLMNOPQRSTUVWXYZ234567abcxyz0189-";
        for keymap in [Keymap::Us, Keymap::FrAzerty] {
            let mut d = Decoder::new(keymap);
            let lines: Vec<String> = type_text(keymap, text)
                .into_iter()
                .filter_map(|(k, v)| d.key(k, v))
                .collect();
            assert_eq!(lines, vec![text.to_string()], "{keymap:?}");
        }
    }

    #[test]
    fn the_same_keys_mean_different_text_on_each_layout() {
        // Q, W, 1 unshifted: "qw1" on QWERTY, "az&" on AZERTY.
        let keys = [KeyCode::KEY_Q, KeyCode::KEY_W, KeyCode::KEY_1, KeyCode::KEY_ENTER];
        let run = |m| {
            let mut d = Decoder::new(m);
            keys.iter()
                .flat_map(|k| [(*k, 1), (*k, 0)])
                .filter_map(|(k, v)| d.key(k, v))
                .collect::<Vec<_>>()
        };
        assert_eq!(run(Keymap::Us), vec!["qw1".to_string()]);
        assert_eq!(run(Keymap::FrAzerty), vec!["az&".to_string()]);
    }

    #[test]
    fn caps_lock_and_repeats_and_empty_lines() {
        let mut d = Decoder::new(Keymap::Us);
        assert_eq!(d.key(KeyCode::KEY_ENTER, 1), None, "an empty line is no code");
        d.key(KeyCode::KEY_CAPSLOCK, 1);
        d.key(KeyCode::KEY_CAPSLOCK, 0);
        d.key(KeyCode::KEY_A, 1);
        d.key(KeyCode::KEY_A, 2);
        d.key(KeyCode::KEY_A, 0);
        d.key(KeyCode::KEY_2, 1);
        assert_eq!(d.key(KeyCode::KEY_KPENTER, 1).as_deref(), Some("AA2"));
    }

    #[test]
    fn a_stuck_key_does_not_grow_the_line_forever() {
        let mut d = Decoder::new(Keymap::Us);
        for _ in 0..100_000 {
            d.key(KeyCode::KEY_A, 2);
        }
        assert_eq!(d.key(KeyCode::KEY_ENTER, 1).map(|l| l.len()), Some(MAX_LINE));
    }

    #[test]
    fn udev_news_wakes_the_watcher_once_and_a_closed_channel_hands_over_to_the_timer() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap();
        rt.block_on(async {
            let (tx, rx) = mpsc::unbounded_channel();
            // A keyboard often comes as two devices: both announced, one rescan.
            tx.send(()).unwrap();
            tx.send(()).unwrap();
            let start = std::time::Instant::now();
            let mut rx = wait_for_news(Some(rx)).await.expect("the channel is open");
            assert!(start.elapsed() < RESCAN, "news wakes the watcher at once");
            assert!(rx.try_recv().is_err(), "news already handled is dropped");
            drop(tx);
            assert!(
                wait_for_news(Some(rx)).await.is_none(),
                "a closed channel means no more news"
            );
        });
    }

    #[test]
    fn scanner_names() {
        assert!(named_like_a_scanner("Honeywell Imaging & Mobility 1900"));
        assert!(named_like_a_scanner("NETUM Barcode Scanner"));
        assert!(named_like_a_scanner("USB 2D QR Reader"));
        assert!(!named_like_a_scanner("AT Translated Set 2 keyboard"));
    }
}
