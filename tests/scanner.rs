//! The QR scanner: recorded key events of real layouts decode to the ticket they typed,
//! and, where the machine has `/dev/uinput`, a virtual scanner is found, grabbed and read.

mod util;

use borne::config::{Keymap, ScannerConfig};
use borne::scanner::{parse_evtest, Decoder};

const TYPED: &str = "https://example.org/borne/ticket.html#AHTG3INHAAAQAAQAAAV3IQCWAKAESABKAAAGGKICAEAMR3Q";

fn decode(file: &str, keymap: Keymap) -> Vec<String> {
    let text = std::fs::read_to_string(util::fixture("scanner").join(file)).expect("recording");
    let mut d = Decoder::new(keymap);
    parse_evtest(&text)
        .into_iter()
        .filter_map(|(k, v)| d.key(k, v))
        .collect()
}

#[test]
fn recorded_us_and_azerty_scanners_type_the_ticket() {
    for (file, keymap) in [("us.evtest", Keymap::Us), ("fr.evtest", Keymap::FrAzerty)] {
        let lines = decode(file, keymap);
        assert_eq!(lines, vec![TYPED.to_string()], "{file}");
        let p = borne::handoff::Payload::decode(&lines[0]).expect("a ticket");
        assert_eq!(p.ticket, 42);
        assert_eq!(p.language_code(), Some("en"));
    }
}

#[test]
fn the_wrong_layout_gives_no_ticket() {
    // An AZERTY scanner read as US: letters a/q and z/w swap, digits become symbols.
    let lines = decode("fr.evtest", Keymap::Us);
    assert_eq!(lines.len(), 1);
    assert_ne!(lines[0], TYPED);
    assert!(borne::handoff::Payload::decode(&lines[0]).is_err());
}

/// A virtual keyboard named like a scanner types a line; the kiosk's watcher finds it
/// by itself, grabs it and hands the line over.
#[test]
fn a_virtual_scanner_is_found_and_read() {
    use evdev::uinput::VirtualDevice;
    use evdev::{AttributeSet, EventType, InputEvent, KeyCode};

    let Ok(builder) = VirtualDevice::builder() else {
        eprintln!("SKIPPED: no /dev/uinput on this machine (the recorded sequences cover decoding)");
        return;
    };
    let mut keys = AttributeSet::<KeyCode>::new();
    for code in 1..=120u16 {
        keys.insert(KeyCode::new(code));
    }
    let mut dev = builder
        .name("borne test QR barcode scanner")
        .with_keys(&keys)
        .and_then(|b| b.build())
        .expect("virtual device");
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let (tx, rx) = std::sync::mpsc::channel();
    let cfg = ScannerConfig {
        enabled: true,
        device: None,
        keymap: Keymap::FrAzerty,
    };
    let inputs = borne::scanner::Inputs {
        scanner: cfg,
        keypad: Default::default(),
        on_line: std::sync::Arc::new(move |line| {
            let _ = tx.send(line);
        }),
        on_key: std::sync::Arc::new(|_| {}),
    };
    rt.spawn(borne::scanner::watch(inputs, false));
    // Let the watcher find the new device.
    std::thread::sleep(std::time::Duration::from_millis(2500));
    let mut events = vec![];
    for c in "ab#12".chars() {
        let (k, shift, altgr) = borne::scanner::keys_for(Keymap::FrAzerty, c).expect("typable");
        let key = |k: KeyCode, v| InputEvent::new(EventType::KEY.0, k.0, v);
        if shift {
            events.push(key(KeyCode::KEY_LEFTSHIFT, 1));
        }
        if altgr {
            events.push(key(KeyCode::KEY_RIGHTALT, 1));
        }
        events.push(key(k, 1));
        events.push(key(k, 0));
        if altgr {
            events.push(key(KeyCode::KEY_RIGHTALT, 0));
        }
        if shift {
            events.push(key(KeyCode::KEY_LEFTSHIFT, 0));
        }
    }
    events.push(InputEvent::new(EventType::KEY.0, KeyCode::KEY_ENTER.0, 1));
    events.push(InputEvent::new(EventType::KEY.0, KeyCode::KEY_ENTER.0, 0));
    dev.emit(&events).expect("emit");
    let line = rx
        .recv_timeout(std::time::Duration::from_secs(5))
        .expect("the scanner's line");
    assert_eq!(line, "ab#12");
}

/// A virtual numeric keypad named in the settings is found, grabbed and read as keys.
#[test]
fn a_virtual_keypad_is_found_and_read() {
    use borne::keypad::{Key, KeypadConfig, KeypadDevice};
    use evdev::uinput::VirtualDevice;
    use evdev::{AttributeSet, EventType, InputEvent, KeyCode};

    let Ok(builder) = VirtualDevice::builder() else {
        eprintln!("SKIPPED: no /dev/uinput on this machine (tests/ui_keys.rs replays a recorded keypad)");
        return;
    };
    let mut keys = AttributeSet::<KeyCode>::new();
    for k in [
        KeyCode::KEY_KP2,
        KeyCode::KEY_KP8,
        KeyCode::KEY_KP5,
        KeyCode::KEY_KPENTER,
        KeyCode::KEY_NUMLOCK,
    ] {
        keys.insert(k);
    }
    let mut dev = builder
        .name("borne test numeric keypad")
        .with_keys(&keys)
        .and_then(|b| b.build())
        .expect("virtual device");
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let (tx, rx) = std::sync::mpsc::channel();
    let inputs = borne::scanner::Inputs {
        scanner: ScannerConfig {
            enabled: false,
            device: None,
            keymap: Keymap::Us,
        },
        keypad: KeypadConfig {
            device: KeypadDevice::parse("borne test numeric"),
            keys: Default::default(),
        },
        on_line: std::sync::Arc::new(|_| {}),
        on_key: std::sync::Arc::new(move |k| {
            let _ = tx.send(k);
        }),
    };
    rt.spawn(borne::scanner::watch(inputs, false));
    std::thread::sleep(std::time::Duration::from_millis(2500));
    let key = |k: KeyCode, v| InputEvent::new(EventType::KEY.0, k.0, v);
    dev.emit(&[
        key(KeyCode::KEY_KP2, 1),
        key(KeyCode::KEY_KP2, 0),
        key(KeyCode::KEY_KP5, 1),
        key(KeyCode::KEY_KP5, 0),
    ])
    .expect("emit");
    let got: Vec<Key> = (0..2)
        .filter_map(|_| rx.recv_timeout(std::time::Duration::from_secs(5)).ok())
        .collect();
    assert_eq!(got, vec![Key::Down, Key::Select]);
}
