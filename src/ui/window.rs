//! The kiosk window on a desktop (winit) or on the kiosk's screen (linuxkms).
//!
//! Its title gains `READY` once the first frame is drawn: an external probe measures
//! start-up with it, and the same moment is logged. Under systemd the same moment is
//! `READY=1`, and the UI loop itself sends the watchdog pings: a frozen UI gets the
//! service restarted.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use slint::ComponentHandle;

use super::generated::AppWindow;
use super::{Background, Clocks, Controller, IoEvent};
use crate::config::Config;
use crate::content::Pack;

/// Shows the kiosk and runs until the window closes.
/// Returns the exit status asked for from the maintenance screen, if any.
pub fn run(config: &Config, pack: Arc<Pack>, fullscreen: bool) -> Result<Option<u8>, slint::PlatformError> {
    let window = AppWindow::new()?;
    let title = format!("borne — {}", config.kiosk_name);
    window.set_window_title(title.clone().into());
    let ctrl = Rc::new(RefCell::new(Controller::new(pack, config, Clocks::system())));
    let _timer = Controller::attach(&ctrl, &window);
    // Device I/O (printer, scanner) runs on its own threads and reports back through
    // the controller's notifier; the UI thread never waits on a device.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("borne-io")
        .enable_all()
        .build()
        .map_err(|e| slint::PlatformError::Other(format!("cannot start the I/O threads: {e}")))?;
    start_devices(config, &ctrl, &runtime);
    if fullscreen {
        window.window().set_fullscreen(true);
    }
    let (w, h) = config.orientation.size();
    window.window().set_size(slint::LogicalSize::new(w as f32, h as f32));

    let _watchdog = watch_first_frame(&window, &title);
    let result = window.run();
    runtime.shutdown_timeout(std::time::Duration::from_millis(500));
    result.map(|()| ctrl.borrow().exit_code())
}

/// Starts the device work on the I/O runtime: printing (through the controller), the
/// QR scanner, the USB stick watcher, and the statistics recorder.
fn start_devices(config: &Config, ctrl: &Rc<RefCell<Controller>>, runtime: &tokio::runtime::Runtime) {
    let exe = std::env::current_exe().unwrap_or_else(|_| std::path::PathBuf::from("borne"));
    let notifier = {
        let mut c = ctrl.borrow_mut();
        c.set_background(Background {
            handle: runtime.handle().clone(),
            exe,
        });
        c.notifier()
    };
    // Anonymous statistics; the kiosk runs without them if their database cannot open.
    let stats = match crate::stats::Recorder::start(&config.data_dir.join("stats.sqlite")) {
        Ok(r) => {
            let r = Arc::new(r);
            ctrl.borrow_mut().set_stats(r.clone());
            Some(r)
        }
        Err(e) => {
            tracing::warn!("statistics are off: {e}");
            None
        }
    };
    if let Some(n) = notifier {
        // On the kiosk image every keyboard is grabbed (read as a scanner, or dropped):
        // Slint's linuxkms backend would end the kiosk on Ctrl+Alt+Del or
        // Ctrl+Alt+Backspace, and a passer-by's keyboard must reach nothing.
        let any_keyboard = cfg!(feature = "kiosk");
        let (scanned, keyed, jack) = (n.clone(), n.clone(), n.clone());
        let inputs = crate::scanner::Inputs {
            scanner: config.scanner.clone(),
            keypad: config.keypad.clone(),
            on_line: Arc::new(move |line| scanned.send(IoEvent::Scanned(line))),
            on_key: Arc::new(move |key| keyed.send(IoEvent::Key(key))),
        };
        runtime.spawn(crate::scanner::watch(inputs, any_keyboard));
        runtime.spawn(crate::jack::watch(move |plugged| {
            jack.send(IoEvent::Headphones(plugged))
        }));
        let pack = ctrl.borrow().pack().clone();
        let setup = crate::update::usb::StickSetup {
            mount_dir: config.usb.mount_dir.clone(),
            options: crate::update::Options {
                data_dir: config.data_dir.clone(),
                trusted_keys: config.usb.trusted_keys.clone(),
                accept_other_pack: config.usb.accept_other_pack,
                active: crate::default_pack::active_identity(&pack, &config.data_dir),
                limits: Default::default(),
            },
            kiosk: config.kiosk_name.clone(),
            export_stats: config.usb.export_stats,
            stats: stats.clone(),
        };
        tracing::info!(folder = %config.usb.mount_dir.display(), "watching for USB sticks");
        runtime.spawn(crate::update::usb::watch(setup, move |ev| n.send(IoEvent::Stick(ev))));
    }
}

/// Marks the first frame (title `READY`, a log line, systemd's `READY=1`) and keeps the
/// watchdog fed from the UI loop. Keep the returned timer alive with the window.
fn watch_first_frame(window: &AppWindow, title: &str) -> slint::Timer {
    let weak = window.as_weak();
    let ready_title = format!("{title} READY");
    let notified = Rc::new(std::cell::Cell::new(false));
    let on_first_frame = move || {
        if notified.replace(true) {
            return;
        }
        if let Some(w) = weak.upgrade() {
            w.set_window_title(ready_title.clone().into());
        }
        let unix_ns = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        // The smoke test and the start-up benchmark read this line.
        tracing::info!(first_frame_unix_ns = unix_ns as u64, "first frame drawn");
        // Without systemd (a desktop) there is no socket and this does nothing.
        if let Err(e) = sd_notify::notify(&[sd_notify::NotifyState::Ready]) {
            tracing::warn!("could not tell systemd the kiosk is ready: {e}");
        }
    };
    let watchdog = slint::Timer::default();
    if let Some(period) = sd_notify::watchdog_enabled() {
        // Ping at a third of the period so one slow frame never trips it.
        watchdog.start(slint::TimerMode::Repeated, period / 3, || {
            if let Err(e) = sd_notify::notify(&[sd_notify::NotifyState::Watchdog]) {
                tracing::warn!("watchdog ping failed: {e}");
            }
        });
    }
    let first = on_first_frame.clone();
    let notifier = window.window().set_rendering_notifier(move |state, _| {
        if matches!(state, slint::RenderingState::AfterRendering) {
            first();
        }
    });
    if let Err(e) = notifier {
        tracing::debug!("no rendering notifier ({e:?}): READY follows the first event-loop tick");
        // The software renderer has no rendering notifier: the first timer tick runs
        // once the event loop has presented the first frame.
        slint::Timer::single_shot(std::time::Duration::from_millis(1), on_first_frame);
    }
    watchdog
}
