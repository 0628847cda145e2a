//! Helpers shared by the integration tests: fixture packs copied into a temporary
//! folder per test, and small edits on them.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

pub mod fake_printer;
pub mod offers;

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

pub fn default_pack_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/content/default")
}

/// A copy of fixture `name` in a fresh temporary folder.
pub fn copy_fixture(name: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("temp dir");
    copy_dir(&fixture(name), tmp.path());
    tmp
}

pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create dir");
    for entry in fs::read_dir(from).expect("read fixture") {
        let entry = entry.expect("entry");
        let dest = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &dest);
        } else {
            fs::copy(entry.path(), dest).expect("copy");
        }
    }
}

/// Replaces the first `from` with `to` in `file` under `dir`; panics if absent.
pub fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = fs::read_to_string(&path).expect("read");
    assert!(text.contains(from), "{file} does not contain {from:?}");
    fs::write(&path, text.replacen(from, to, 1)).expect("write");
}

pub fn append(dir: &Path, file: &str, more: &str) {
    let path = dir.join(file);
    let mut text = fs::read_to_string(&path).unwrap_or_default();
    text.push_str(more);
    fs::write(&path, text).expect("write");
}

/// The default pack, compiled once into a temporary cache.
pub fn default_pack() -> borne::content::Pack {
    // Tests of one file run on several threads: two compiling into the same cache at
    // once saw each other's half-written files (`Build(Invalid(..))`).
    static COMPILING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one_at_a_time = COMPILING.lock().unwrap_or_else(|e| e.into_inner());
    let dir = std::env::temp_dir().join(format!("borne-test-cache-{}", std::process::id()));
    let path = borne::default_pack::compiled(&dir).expect("default pack compiles");
    borne::content::open_pack(&path).expect("default pack opens")
}

/// A test clock: both Slint's mock time and the session's clock advance together.
pub struct TestClock {
    pub now: std::rc::Rc<std::cell::Cell<std::time::Duration>>,
}

impl TestClock {
    pub fn new() -> Self {
        TestClock {
            now: std::rc::Rc::new(std::cell::Cell::new(std::time::Duration::ZERO)),
        }
    }

    pub fn clocks(&self, wall: chrono::NaiveDateTime) -> borne::ui::Clocks {
        let now = self.now.clone();
        borne::ui::Clocks {
            monotonic: std::rc::Rc::new(move || now.get()),
            wall: std::rc::Rc::new(move || wall),
        }
    }

    /// Advances time in 250 ms steps so repeated timers fire as they would live.
    pub fn advance(&self, d: std::time::Duration) {
        let step = std::time::Duration::from_millis(250);
        let mut left = d;
        while !left.is_zero() {
            let s = left.min(step);
            self.now.set(self.now.get() + s);
            i_slint_backend_testing::mock_elapsed_time(s);
            left -= s;
        }
    }
}

pub fn fixed_wall() -> chrono::NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 24)
        .and_then(|d| d.and_hms_opt(10, 0, 0))
        .expect("date")
}

/// A shown kiosk window of `width`x`height` driven by a controller on `clock`.
pub struct Kiosk {
    pub window: borne::ui::AppWindow,
    pub ctrl: std::rc::Rc<std::cell::RefCell<borne::ui::Controller>>,
    /// What the controller asked the speech player, in order (nothing is played).
    pub speech: std::sync::mpsc::Receiver<borne::speech::Command>,
    _timer: slint::Timer,
}

impl Kiosk {
    /// The speech commands sent since the last call.
    pub fn heard(&self) -> Vec<borne::speech::Command> {
        self.speech.try_iter().collect()
    }
}

pub fn kiosk(pack: std::sync::Arc<borne::content::Pack>, clock: &TestClock, width: u32, height: u32) -> Kiosk {
    kiosk_with(pack, clock, width, height, borne::config::Config::default())
}

/// [`kiosk`] with given settings (the orientation follows the size).
pub fn kiosk_with(
    pack: std::sync::Arc<borne::content::Pack>,
    clock: &TestClock,
    width: u32,
    height: u32,
    config: borne::config::Config,
) -> Kiosk {
    use slint::ComponentHandle;
    let orientation = if width > height {
        borne::config::Orientation::Landscape
    } else {
        borne::config::Orientation::Portrait
    };
    let config = borne::config::Config { orientation, ..config };
    let window = borne::ui::AppWindow::new().expect("window");
    window.window().set_size(slint::PhysicalSize::new(width, height));
    let ctrl = std::rc::Rc::new(std::cell::RefCell::new(borne::ui::Controller::new(
        pack,
        &config,
        clock.clocks(fixed_wall()),
    )));
    let (player, speech) = borne::speech::Player::recording();
    ctrl.borrow_mut().set_player(player);
    let timer = borne::ui::Controller::attach(&ctrl, &window);
    window.show().expect("show");
    Kiosk {
        window,
        ctrl,
        speech,
        _timer: timer,
    }
}

/// Runs the Slint event loop (where background results arrive) until `done` or `max`.
pub fn pump_until(done: impl Fn() -> bool, max: std::time::Duration) -> bool {
    let start = std::time::Instant::now();
    while !done() && start.elapsed() < max {
        std::thread::spawn(|| {
            std::thread::sleep(std::time::Duration::from_millis(50));
            let _ = slint::invoke_from_event_loop(|| {
                let _ = slint::quit_event_loop();
            });
        });
        let _ = slint::run_event_loop();
    }
    done()
}

/// What the kiosk says on `screen` in `lang` (default wall clock), built apart from the UI.
pub fn plan(pack: &borne::content::Pack, lang: &str, screen: &borne::speech::Screen) -> borne::speech::Plan {
    let l10n = borne::i18n::Localizer::new();
    let scene = borne::speech::Scene {
        pack,
        l10n: &l10n,
        lang,
        now: fixed_wall(),
    };
    borne::speech::plan_screen(&scene, screen).expect("plan")
}
