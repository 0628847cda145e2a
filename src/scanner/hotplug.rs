//! Which input devices the kiosk image holds, and news of devices plugged in.
//!
//! On the kiosk image every device with keyboard keys is grabbed as soon as udev has
//! set it up: a keyboard, or a USB gadget posing as one, must reach neither the console
//! nor the UI. Touch screens and pointers are left to libinput (the UI reads them).
//!
//! News of new devices comes from a udev monitor (kiosk build: libudev is linked there
//! already, for libinput, through the `udev` crate the `input` crate uses). Its events
//! are sent once udev's rules have run, so the device node already has its group and
//! mode, and its `LIBINPUT_IGNORE_DEVICE` property is final. Elsewhere (a desktop build,
//! or no udev), there is no news and the caller rescans on a timer.

use std::path::Path;

use evdev::{AbsoluteAxisCode, Device, KeyCode, RelativeAxisCode};
use tokio::sync::mpsc;

/// The key codes udev counts as keyboard keys (its `ID_INPUT_KEY`): everything below
/// the buttons, and the two upper blocks of keys between button blocks.
const KEY_RANGES: [(u16, u16); 3] = [(1, 0x100), (0x160, 0x220), (0x230, 0x2c0)];

/// Whether a device with these keys, and these pointer or touch axes, is held by the
/// kiosk image: it has a keyboard key, and it is not a pointer or a touch screen (those
/// stay with libinput; the image's udev rule hides their keys' devices only).
pub fn holds(keys: impl IntoIterator<Item = KeyCode>, pointer_or_touch: bool) -> bool {
    !pointer_or_touch
        && keys
            .into_iter()
            .any(|k| KEY_RANGES.iter().any(|(lo, hi)| (*lo..*hi).contains(&k.code())))
}

/// Whether a device moves a pointer or reports touches (absolute or relative X and Y).
fn pointer_or_touch(dev: &Device) -> bool {
    let abs = dev.supported_absolute_axes().is_some_and(|a| {
        (a.contains(AbsoluteAxisCode::ABS_X) && a.contains(AbsoluteAxisCode::ABS_Y))
            || a.contains(AbsoluteAxisCode::ABS_MT_POSITION_X)
    });
    let rel = dev
        .supported_relative_axes()
        .is_some_and(|r| r.contains(RelativeAxisCode::REL_X) && r.contains(RelativeAxisCode::REL_Y));
    abs || rel
}

/// Whether the kiosk image holds this device (see [`holds`]).
pub fn held(dev: &Device) -> bool {
    let keys = dev
        .supported_keys()
        .map(|k| k.iter().collect::<Vec<_>>())
        .unwrap_or_default();
    holds(keys, pointer_or_touch(dev))
}

/// Whether a udev event names a device the watcher should look at: an added
/// `/dev/input/event*` node.
// Only the kiosk build has a monitor to ask; the test runs in every build.
#[cfg_attr(not(feature = "kiosk"), allow(dead_code))]
pub fn is_new_event_node(action: &str, devnode: Option<&Path>) -> bool {
    action == "add"
        && devnode.is_some_and(|p| {
            p.parent() == Some(Path::new("/dev/input"))
                && p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("event"))
        })
}

/// What udev says of libinput and this device, for the log: `hidden` when the image's
/// rule set `LIBINPUT_IGNORE_DEVICE`, `seen` when not, `unknown` without udev.
pub fn libinput_view(path: &Path) -> &'static str {
    imp::libinput_ignores(path).map_or("unknown", |ignored| if ignored { "hidden" } else { "seen" })
}

/// Starts listening for input devices plugged in. `None` when this build or system has
/// no udev: the caller then rescans on a timer. The receiver closes if the monitor
/// fails later.
pub fn listen() -> Option<mpsc::UnboundedReceiver<()>> {
    imp::listen()
}

#[cfg(feature = "kiosk")]
mod imp {
    use std::path::Path;

    use tokio::io::unix::AsyncFd;
    use tokio::io::Interest;
    use tokio::sync::mpsc;

    pub fn libinput_ignores(path: &Path) -> Option<bool> {
        let name = path.file_name()?.to_str()?.to_string();
        let dev = udev::Device::from_subsystem_sysname("input".into(), name).ok()?;
        // libinput's own reading: any value but "0" means ignored.
        Some(dev.property_value("LIBINPUT_IGNORE_DEVICE").is_some_and(|v| v != "0"))
    }

    pub fn listen() -> Option<mpsc::UnboundedReceiver<()>> {
        let socket = udev::MonitorBuilder::new()
            .and_then(|b| b.match_subsystem("input"))
            .and_then(|b| b.listen());
        let socket = match socket {
            Ok(s) => s,
            Err(e) => {
                tracing::warn!("no udev monitor ({e}): input devices are looked for every two seconds");
                return None;
            }
        };
        // SAFETY: the socket owns its descriptor (closed only when the monitor is
        // dropped, which the AsyncFd does first) and always returns the same one.
        let fd = match unsafe { AsyncFd::register_with_interest(socket, Interest::READABLE) } {
            Ok(fd) => fd,
            Err(e) => {
                tracing::warn!("udev monitor not usable ({e}): input devices are looked for every two seconds");
                return None;
            }
        };
        let (tx, rx) = mpsc::unbounded_channel();
        tokio::spawn(async move {
            loop {
                let mut ready = match fd.readable().await {
                    Ok(r) => r,
                    Err(e) => {
                        tracing::warn!("udev monitor failed ({e}): input devices are looked for every two seconds");
                        return;
                    }
                };
                let mut news = false;
                for ev in fd.get_ref().iter() {
                    let action = ev.event_type().to_string();
                    news |= super::is_new_event_node(&action, ev.devnode());
                }
                // The socket is drained: wait for the next readiness.
                ready.clear_ready();
                if news && tx.send(()).is_err() {
                    return;
                }
            }
        });
        Some(rx)
    }
}

#[cfg(not(feature = "kiosk"))]
mod imp {
    use std::path::Path;

    use tokio::sync::mpsc;

    pub fn libinput_ignores(_: &Path) -> Option<bool> {
        None
    }

    pub fn listen() -> Option<mpsc::UnboundedReceiver<()>> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyboards_and_key_gadgets_are_held_pointers_and_touch_screens_are_not() {
        let keyboard = [KeyCode::KEY_ESC, KeyCode::KEY_A, KeyCode::KEY_1, KeyCode::KEY_ENTER];
        assert!(holds(keyboard, false));
        // A gadget with only the keys that end a session, or only a power key.
        assert!(holds(
            [KeyCode::KEY_LEFTCTRL, KeyCode::KEY_LEFTALT, KeyCode::KEY_BACKSPACE],
            false
        ));
        assert!(holds([KeyCode::KEY_POWER], false));
        assert!(holds([KeyCode::KEY_RESTART], false));
        // Upper key blocks (KEY_OK.., KEY_ALS_TOGGLE..).
        assert!(holds([KeyCode::KEY_OK], false));
        assert!(holds([KeyCode::KEY_ALS_TOGGLE], false));
        // A touch screen (BTN_TOUCH), a mouse (BTN_LEFT), a game pad: buttons only.
        assert!(!holds([KeyCode::BTN_TOUCH], true));
        assert!(!holds([KeyCode::BTN_LEFT, KeyCode::BTN_RIGHT], true));
        assert!(!holds(
            [KeyCode::BTN_SOUTH, KeyCode::BTN_DPAD_UP, KeyCode::BTN_TRIGGER_HAPPY1],
            false
        ));
        assert!(!holds([], false));
        // A pointer or touch screen that also has keys stays with libinput (its keys
        // are hidden from libinput by the image's udev rule, unless it is a touch screen).
        assert!(!holds(keyboard, true));
    }

    #[test]
    fn only_added_event_nodes_are_news() {
        let ev = Path::new("/dev/input/event7");
        assert!(is_new_event_node("add", Some(ev)));
        assert!(!is_new_event_node("change", Some(ev)));
        assert!(!is_new_event_node("remove", Some(ev)));
        assert!(!is_new_event_node("add", None), "the input parent has no node");
        assert!(!is_new_event_node("add", Some(Path::new("/dev/input/mouse0"))));
        assert!(!is_new_event_node("add", Some(Path::new("/dev/input/by-id/event-kbd"))));
        assert!(!is_new_event_node("add", Some(Path::new("/dev/hidraw0"))));
    }

    #[test]
    fn without_udev_news_the_watcher_polls() {
        // Desktop builds have no monitor; the kiosk build may have one, if udev runs.
        if cfg!(not(feature = "kiosk")) {
            assert!(listen().is_none());
            assert_eq!(libinput_view(Path::new("/dev/input/event0")), "unknown");
        }
    }
}
