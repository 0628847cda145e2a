//! The real kiosk window under Xvfb: it opens, draws, and its title gains `READY`
//! after the first frame (the start-up probe technicians and benchmarks use).

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Kill(Child);

impl Drop for Kill {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn spawn(cmd: &mut Command) -> Kill {
    Kill(
        cmd.stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start {cmd:?}: {e} (test.sh installs xvfb, xdotool and matchbox-window-manager)")
            }),
    )
}

#[test]
fn window_title_says_ready_after_first_frame() {
    let display = format!(":{}", 90 + std::process::id() % 100);
    let _xvfb =
        spawn(Command::new("Xvfb").args([display.as_str(), "-screen", "0", "1080x1920x24", "-nolisten", "tcp"]));
    std::thread::sleep(Duration::from_millis(800));
    let _wm = spawn(
        Command::new("matchbox-window-manager")
            .args(["-use_titlebar", "no"])
            .env("DISPLAY", &display),
    );
    let data = tempfile::tempdir().expect("tmp");
    let log = data.path().join("stderr.log");
    let log_file = std::fs::File::create(&log).expect("log");
    let _app = Kill(
        Command::new(env!("CARGO_BIN_EXE_borne"))
            .arg("--fullscreen")
            .env("DISPLAY", &display)
            .env("BORNE_DATA_DIR", data.path())
            .env("SLINT_BACKEND", "winit-software")
            .stdout(Stdio::null())
            .stderr(log_file)
            .spawn()
            .expect("start borne"),
    );
    let start = Instant::now();
    let mut ready = false;
    while start.elapsed() < Duration::from_secs(60) {
        let out = Command::new("xdotool")
            .args(["search", "--name", "READY"])
            .env("DISPLAY", &display)
            .output();
        if out.is_ok_and(|o| o.status.success() && !o.stdout.is_empty()) {
            ready = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    let stderr = std::fs::read_to_string(&log).unwrap_or_default();
    assert!(ready, "no window titled READY within 60 s; borne said:\n{stderr}");
    assert!(stderr.contains("first frame drawn"), "{stderr}");
    // The screen shows the kiosk, not a blank: the attract screen has text and a pictogram.
    let shot = data.path().join("screen.png");
    let status = Command::new("import")
        .args(["-window", "root"])
        .arg(&shot)
        .env("DISPLAY", &display)
        .status()
        .expect("import");
    assert!(status.success());
    let img = image::open(&shot).expect("screenshot").to_rgb8();
    let mut colours = std::collections::HashSet::new();
    for p in img.pixels().step_by(97) {
        colours.insert(p.0);
    }
    assert!(colours.len() > 20, "the screen looks blank ({} colours)", colours.len());
}
