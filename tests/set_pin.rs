//! `borne config set-pin`: the built binary, the PIN on standard input, the settings file
//! kept line for line with the hash added; bad PINs and missing files refused in words.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use borne::config::Config;
use borne::maintenance::pin::verify_pin;

/// Runs `borne ARGS` with `input` on standard input: exit code, stdout, stderr.
fn borne(args: &[&str], input: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_borne"))
        .args(args)
        .env_remove("BORNE_CONFIG")
        // The messages are asserted in English.
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "en_US.UTF-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run borne");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write the PIN");
    let out = child.wait_with_output().expect("borne ends");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn pin_of(path: &Path) -> Option<String> {
    Config::load(Some(path)).expect("the file loads").maintenance_pin
}

#[test]
fn set_pin_writes_a_hash_and_keeps_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("borne.toml");
    // The operator's own lines: a first comment, and a value with a comment after it.
    let mine = format!(
        "# Bakery on the high street\n{}",
        borne::config::EXAMPLE.replacen("# name = \"borne\"", "name = \"bakery\" # shown to technicians", 1)
    );
    std::fs::write(&path, &mine).expect("write");
    assert_eq!(pin_of(&path), None);

    let file = path.to_str().expect("utf-8 path");
    let (code, out, err) = borne(&["config", "set-pin", "--config", file], "20481\n");
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("The PIN is set"), "{out}");
    let text = std::fs::read_to_string(&path).expect("read");
    let mut lines = text.lines();
    for l in mine.lines() {
        assert!(lines.any(|o| o == l), "lost {l:?}");
    }
    assert!(!text.contains("20481"), "the PIN itself is never written");
    let hash = pin_of(&path).expect("a PIN is configured");
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    assert!(verify_pin(&hash, "20481"));
    assert!(!verify_pin(&hash, "20482"));

    // Again, with the global option before the command: the hash is replaced.
    let (code, _, err) = borne(&["--config", file, "config", "set-pin"], "7777\n");
    assert_eq!(code, 0, "{err}");
    let again = pin_of(&path).expect("a PIN is configured");
    assert!(verify_pin(&again, "7777") && !verify_pin(&again, "20481"));
    let text = std::fs::read_to_string(&path).expect("read");
    assert_eq!(
        text.lines().filter(|l| l.starts_with("pin_hash = ")).count(),
        1,
        "{text}"
    );
}

#[test]
fn bad_pins_and_files_are_refused_in_words() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("borne.toml");
    std::fs::write(&path, "[kiosk]\nname = \"bakery\"\n").expect("write");
    let file = path.to_str().expect("utf-8 path");
    for bad in ["123\n", "1234567890123\n", "12a4\n", "\n", ""] {
        let (code, _, err) = borne(&["config", "set-pin", "--config", file], bad);
        assert_ne!(code, 0, "{bad:?} was taken");
        assert!(err.contains("PIN"), "{bad:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        "[kiosk]\nname = \"bakery\"\n"
    );

    let (code, _, err) = borne(&["config", "set-pin"], "1234\n");
    assert_ne!(code, 0);
    assert!(err.contains("--config FILE"), "{err}");

    let missing = dir.path().join("nope.toml");
    let (code, _, err) = borne(
        &["config", "set-pin", "--config", missing.to_str().expect("utf-8")],
        "1234\n",
    );
    assert_ne!(code, 0);
    assert!(err.contains("does not exist"), "{err}");
    assert!(!missing.exists());

    // A file the kiosk would refuse is not touched.
    std::fs::write(&path, "[display]\ntheme = \"pink\"\n").expect("write");
    let (code, _, err) = borne(&["config", "set-pin", "--config", file], "1234\n");
    assert_ne!(code, 0);
    assert!(err.contains("display.theme"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        "[display]\ntheme = \"pink\"\n"
    );
}
