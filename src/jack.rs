//! The headphone jack: plugging headphones in turns audio mode on, unplugging turns it
//! off. The kernel reports the jack as an input switch (`SW_HEADPHONE_INSERT`, on the
//! sound card's "Headphone" input device); this reads that switch with evdev, the same
//! way as the keypad, rather than ALSA's jack controls, which need a mixer handle and
//! report the same state later.
//!
//! Switch devices are not keyboards: they are not grabbed, only read.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use evdev::{Device, EventSummary, SwitchCode};

/// How often new jack devices are looked for (a USB sound card can be plugged in).
const RESCAN: Duration = Duration::from_secs(5);

/// Whether a device reports a headphone jack.
pub fn has_jack(dev: &Device) -> bool {
    dev.supported_switches()
        .is_some_and(|s| s.contains(SwitchCode::SW_HEADPHONE_INSERT))
}

/// What a switch event says about the headphones: `Some(plugged)`, or `None` for any
/// other event.
pub fn plugged(event: &evdev::InputEvent) -> Option<bool> {
    match event.destructure() {
        EventSummary::Switch(_, SwitchCode::SW_HEADPHONE_INSERT, v) => Some(v != 0),
        _ => None,
    }
}

/// Watches every headphone jack until the runtime stops, calling `on_change` with the
/// state of a jack when it is first found plugged in, and on every change after.
pub async fn watch<F>(on_change: F)
where
    F: Fn(bool) + Send + Sync + 'static,
{
    let on_change: Arc<dyn Fn(bool) + Send + Sync> = Arc::new(on_change);
    let open: Arc<Mutex<HashSet<PathBuf>>> = Arc::default();
    loop {
        let known = open.lock().map(|o| o.clone()).unwrap_or_default();
        for (path, dev) in evdev::enumerate().filter(|(p, d)| !known.contains(p) && has_jack(d)) {
            let now = dev
                .get_switch_state()
                .map(|s| s.contains(SwitchCode::SW_HEADPHONE_INSERT))
                .unwrap_or(false);
            tracing::info!(device = %path.display(), plugged = now, "headphone jack found");
            if now {
                on_change(true);
            }
            let Ok(mut stream) = dev.into_event_stream() else {
                continue;
            };
            if let Ok(mut o) = open.lock() {
                o.insert(path.clone());
            }
            let (open, on_change) = (open.clone(), on_change.clone());
            tokio::spawn(async move {
                while let Ok(ev) = stream.next_event().await {
                    if let Some(p) = plugged(&ev) {
                        tracing::info!(plugged = p, "headphones");
                        on_change(p);
                    }
                }
                if let Ok(mut o) = open.lock() {
                    o.remove(&path);
                }
            });
        }
        tokio::time::sleep(RESCAN).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_headphone_switch_is_read_and_others_are_not() {
        let sw = |code: SwitchCode, v| evdev::InputEvent::new(evdev::EventType::SWITCH.0, code.0, v);
        assert_eq!(plugged(&sw(SwitchCode::SW_HEADPHONE_INSERT, 1)), Some(true));
        assert_eq!(plugged(&sw(SwitchCode::SW_HEADPHONE_INSERT, 0)), Some(false));
        assert_eq!(plugged(&sw(SwitchCode::SW_LID, 1)), None);
    }
}
