//! Hostile USB sticks, one regression test per way a stick could harm the kiosk: a stick
//! holds links (to the kiosk's files, to folders outside it), huge bundles or
//! signatures, signatures in minisign's legacy format, bytes that change between two
//! reads; a stick that is not the operator's asks for the statistics; a stick is swapped
//! for another under the same kernel name; and updates that fail leave files behind.

mod util;

use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

use borne::update::bundle::{self, Limits};
use borne::update::usb::{self, StickEvent, StickSetup};
use borne::update::{self as upd, sign, store, Options};

const BORNE: &str = env!("CARGO_BIN_EXE_borne");

/// A key pair made by `borne keys generate`, password "pw".
struct Signer {
    _dir: tempfile::TempDir,
    key: PathBuf,
    line: String,
}

fn signer() -> Signer {
    let dir = tempfile::tempdir().expect("tmp");
    let (pk, key) = sign::generate(dir.path(), Some("pw".into())).expect("keys");
    let line = sign::key_line(&std::fs::read_to_string(pk).expect("pub")).expect("line");
    Signer { _dir: dir, key, line }
}

fn signed(s: &Signer, file: &Path) -> PathBuf {
    sign::sign(file, &s.key, Some("pw".into())).expect("sign")
}

/// The mini fixture pack at `version`, as a bundle `dir/name`.
fn mini_bundle(dir: &Path, version: &str, name: &str) -> PathBuf {
    let src = dir.join(format!("src-{name}"));
    util::copy_dir(&util::fixture("mini"), &src);
    util::edit(
        &src,
        "pack.toml",
        "version = \"1.2.0\"",
        &format!("version = \"{version}\""),
    );
    let out = dir.join(name);
    bundle::build(&src, &out, &mut |_, _| {}).expect("bundle");
    out
}

fn options(data: &Path, keys: Vec<String>) -> Options {
    let active = borne::default_pack::load_active(data).expect("active");
    Options {
        data_dir: data.to_path_buf(),
        trusted_keys: keys,
        accept_other_pack: false,
        active: borne::default_pack::active_identity(&active, data),
        limits: Limits::default(),
    }
}

fn setup(media: &Path, data: &Path, keys: Vec<String>, stats: Option<Arc<borne::stats::Recorder>>) -> StickSetup {
    StickSetup {
        mount_dir: media.to_path_buf(),
        options: options(data, keys),
        kiosk: "Mairie".into(),
        export_stats: stats.is_some(),
        stats,
    }
}

/// A plugged stick `media/name` with its `borne/` folder, which is returned.
fn stick(media: &Path, name: &str) -> PathBuf {
    let folder = media.join(name).join(usb::FOLDER);
    std::fs::create_dir_all(&folder).expect("stick");
    folder
}

fn code(r: &Result<upd::Installed, upd::Refusal>) -> Option<&'static str> {
    r.as_ref().err().map(|e| e.code())
}

/// A file of `len` bytes that takes no room (holes read as zeros).
fn sparse(path: &Path, len: u64) {
    std::fs::File::create(path).expect("create").set_len(len).expect("len");
}

#[test]
fn stick_report_does_not_follow_symlinks() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (data, media) = (tmp.path().join("data"), tmp.path().join("media"));
    let s = signer();
    let precious = tmp.path().join("stats.sqlite");
    std::fs::write(&precious, "kiosk data").expect("write");
    let folder = stick(&media, "sda1");
    // The report's temporary files point at a file of the kiosk.
    symlink(&precious, folder.join(".report.txt.tmp")).expect("link");
    symlink(&precious, folder.join(".report.json.tmp")).expect("link");
    // A bundle and its signature that live outside the stick, reached through links.
    let outside = mini_bundle(tmp.path(), "1.3.0", "outside.borne");
    let sig = signed(&s, &outside);
    symlink(&outside, folder.join("a.borne")).expect("link");
    symlink(&sig, folder.join("a.borne.minisig")).expect("link");
    // The done marker is a link too (it is in mount_dir, not on the stick).
    let marker_target = tmp.path().join("marker-target");
    std::fs::write(&marker_target, "keep").expect("write");
    symlink(&marker_target, media.join("sda1.done")).expect("link");

    let set = setup(&media, &data, vec![s.line.clone()], None);
    let out = usb::visit(&set, "sda1", &media.join("sda1"), &|_| {});
    assert_eq!(std::fs::read_to_string(&precious).expect("read"), "kiosk data");
    assert_eq!(std::fs::read_to_string(&marker_target).expect("read"), "keep");
    assert!(out.installed.is_none(), "a bundle behind a link is not installed");
    assert_eq!(out.refused, 1);
    for name in ["report.txt", "report.json"] {
        let meta = std::fs::symlink_metadata(folder.join(name)).expect("report");
        assert!(meta.file_type().is_file(), "{name} is a plain file on the stick");
    }
    let json = std::fs::read_to_string(folder.join("report.json")).expect("json");
    assert!(json.contains("\"refused\": \"link\""), "{json}");

    // A stick whose borne/ folder is a link to a folder of the kiosk: nothing is
    // read from it or written into it.
    let elsewhere = tmp.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).expect("dir");
    std::fs::copy(&outside, elsewhere.join("b.borne")).expect("copy");
    std::fs::copy(&sig, elsewhere.join("b.borne.minisig")).expect("copy");
    std::fs::create_dir_all(media.join("sdb1")).expect("stick");
    symlink(&elsewhere, media.join("sdb1").join(usb::FOLDER)).expect("link");
    let out = usb::visit(&set, "sdb1", &media.join("sdb1"), &|_| {});
    assert_eq!(out.bundles, 0);
    assert!(out.installed.is_none());
    assert_eq!(
        std::fs::read_dir(&elsewhere).expect("dir").count(),
        2,
        "nothing written there"
    );
}

#[test]
fn stick_bundle_is_read_only_once() {
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    let s = signer();
    let good = mini_bundle(tmp.path(), "1.3.0", "good.borne");
    signed(&s, &good);
    // Never signed: what a malicious device serves on the second read.
    let evil = mini_bundle(tmp.path(), "1.4.0", "evil.borne");
    let folder = stick(&tmp.path().join("media"), "sda1");
    let on_stick = folder.join("x.borne");
    std::fs::copy(&good, &on_stick).expect("copy");
    std::fs::copy(sign::signature_path(&good), sign::signature_path(&on_stick)).expect("copy");
    let mut swapped = false;
    let r = upd::apply(&on_stick, &options(&data, vec![s.line.clone()]), &mut |step, _| {
        if step != upd::Step::Verify && !swapped {
            std::fs::copy(&evil, &on_stick).expect("swap");
            swapped = true;
        }
    });
    assert!(swapped);
    assert_eq!(r.expect("the verified bytes are installed").version, "1.3.0");
}

#[test]
fn oversized_bundle_is_refused_before_hashing() {
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    let s = signer();
    let small = mini_bundle(tmp.path(), "1.3.0", "small.borne");
    let sig = signed(&s, &small);
    let folder = stick(&tmp.path().join("media"), "sda1");
    let big = folder.join("big.borne");
    sparse(&big, Limits::default().max_bundle_bytes + 1);
    // A forged signature: valid, for another file.
    std::fs::copy(&sig, sign::signature_path(&big)).expect("copy");
    let r = upd::apply(&big, &options(&data, vec![s.line.clone()]), &mut |_, _| {});
    assert_eq!(code(&r), Some("bundle-too-large"));
    let staging = store::staging_dir(&data);
    assert!(
        !staging.exists() || std::fs::read_dir(&staging).expect("dir").next().is_none(),
        "nothing was copied"
    );
}

#[test]
fn oversized_signature_is_refused_before_reading() {
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    let s = signer();
    let b = mini_bundle(tmp.path(), "1.3.0", "b.borne");
    sparse(&sign::signature_path(&b), 64 << 20);
    let r = upd::apply(&b, &options(&data, vec![s.line.clone()]), &mut |_, _| {});
    assert_eq!(code(&r), Some("signature-too-large"));
}

#[test]
fn legacy_signature_is_reported_as_legacy() {
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    let (public, secret) = (tmp.path().join("k.pub"), tmp.path().join("k.key"));
    let gen = Command::new("minisign")
        .args(["-G", "-W", "-p"])
        .arg(&public)
        .arg("-s")
        .arg(&secret)
        .output()
        .expect("minisign (Debian package minisign)");
    assert!(gen.status.success(), "{}", String::from_utf8_lossy(&gen.stderr));
    let b = mini_bundle(tmp.path(), "1.3.0", "b.borne");
    let legacy = Command::new("minisign")
        .args(["-S", "-l", "-s"])
        .arg(&secret)
        .arg("-m")
        .arg(&b)
        .output()
        .expect("minisign");
    assert!(legacy.status.success(), "{}", String::from_utf8_lossy(&legacy.stderr));
    let line = sign::key_line(&std::fs::read_to_string(&public).expect("pub")).expect("line");
    let r = upd::apply(&b, &options(&data, vec![line]), &mut |_, _| {});
    assert_eq!(code(&r), Some("legacy-signature"));
    let said = upd::report::reason(r.as_ref().expect_err("refused"), &b);
    assert!(
        said.contains("minisign -S") && said.contains("borne content sign"),
        "{said}"
    );
}

fn authorize(s: &Signer, stick_dir: &Path) {
    let out = Command::new(BORNE)
        .args(["keys", "authorize-stick", "--key"])
        .arg(&s.key)
        .arg("--stick")
        .arg(stick_dir)
        .env("BORNE_KEY_PASSWORD", "pw")
        .output()
        .expect("borne");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn statistics_go_only_to_an_authorized_stick() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (data, media) = (tmp.path().join("data"), tmp.path().join("media"));
    let (operator, stranger) = (signer(), signer());
    let stats = Arc::new(borne::stats::Recorder::start(&data.join("stats.sqlite")).expect("stats"));
    stats.record(borne::stats::Event::SessionStart);
    let set = setup(&media, &data, vec![operator.line.clone()], Some(stats.clone()));
    let b = mini_bundle(tmp.path(), "1.3.0", "b.borne");
    let sig = signed(&operator, &b);

    // A passer-by's stick with a borne/ folder, and one authorized by an unknown key:
    // the update is applied and reported, the statistics stay on the kiosk.
    let plain = stick(&media, "sda1");
    std::fs::copy(&b, plain.join("b.borne")).expect("copy");
    std::fs::copy(&sig, plain.join("b.borne.minisig")).expect("copy");
    for name in ["sda1", "sdb1"] {
        if name == "sdb1" {
            stick(&media, name);
            authorize(&stranger, &media.join(name));
        }
        let out = usb::visit(&set, name, &media.join(name), &|_| {});
        assert!(!out.stats_written, "{name}");
        let folder = media.join(name).join(usb::FOLDER);
        assert!(!folder.join("stats").exists(), "{name}: no statistics");
        let report = std::fs::read_to_string(folder.join("report.txt")).expect("report");
        assert!(report.contains("borne keys authorize-stick"), "{report}");
    }
    assert_eq!(
        borne::default_pack::load_active(&data).expect("active").version,
        "1.3.0",
        "the update itself needs no authorization"
    );

    // The operator's stick.
    let own = stick(&media, "sdc1");
    authorize(&operator, &media.join("sdc1"));
    let out = usb::visit(&set, "sdc1", &media.join("sdc1"), &|_| {});
    assert!(out.stats_written);
    assert!(own.join("stats/report.html").is_file());
    let report = std::fs::read_to_string(own.join("report.txt")).expect("report");
    assert!(!report.contains("authorize-stick"), "{report}");

    // The maintenance screen's history: each visit's outcome, newest first.
    use borne::diagnostics::usb_visits::{self, Outcome};
    let shown = usb_visits::gather(&data).visits.known().cloned().expect("history");
    let outcomes: Vec<Outcome> = shown.iter().map(|v| v.outcome).collect();
    assert_eq!(outcomes, [Outcome::StatsOnly, Outcome::Nothing, Outcome::Installed]);
}

/// Waits for the next end of a visit.
fn next_finished(rx: &std::sync::mpsc::Receiver<StickEvent>, max: Duration) -> bool {
    let until = std::time::Instant::now() + max;
    while let Some(left) = until.checked_duration_since(std::time::Instant::now()) {
        match rx.recv_timeout(left) {
            Ok(StickEvent::Finished(_)) => return true,
            Ok(_) => continue,
            Err(_) => return false,
        }
    }
    false
}

#[test]
fn swapped_stick_with_the_same_name_is_visited() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (data, media) = (tmp.path().join("data"), tmp.path().join("media"));
    stick(&media, "sda1");
    // The next stick, ready under a hidden name (not a stick for the watcher).
    stick(&media, ".next");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let (tx, rx) = std::sync::mpsc::channel();
    let tx = std::sync::Mutex::new(tx);
    rt.spawn(usb::watch(setup(&media, &data, vec![], None), move |ev| {
        if let Ok(tx) = tx.lock() {
            let _ = tx.send(ev);
        }
    }));
    assert!(
        next_finished(&rx, Duration::from_secs(20)),
        "the first stick is visited"
    );
    // Pulled out and another plugged in between two looks: the same name, sda1.
    std::fs::rename(media.join("sda1"), media.join(".old")).expect("unplug");
    std::fs::rename(media.join(".next"), media.join("sda1")).expect("plug");
    assert!(
        next_finished(&rx, Duration::from_secs(10)),
        "the other stick under the same name is visited"
    );
    assert!(media.join("sda1/borne/report.txt").is_file());
}

#[test]
fn leftovers_are_cleaned_before_each_apply() {
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    let s = signer();
    let first = mini_bundle(tmp.path(), "1.3.0", "first.borne");
    signed(&s, &first);
    upd::apply(&first, &options(&data, vec![s.line.clone()]), &mut |_, _| {}).expect("first");
    // What a failed compile and a crash in the middle of an update leave.
    let packs = store::content_dir(&data).join("packs");
    let tmp_pack = packs.join("org.example.mini-1.4.0-0123456789abcdef.tmp");
    std::fs::write(&tmp_pack, vec![0u8; 1 << 20]).expect("write");
    let work = store::staging_dir(&data).join("4242-1");
    std::fs::create_dir_all(work.join("unpacked/pack")).expect("dir");
    std::fs::write(work.join("x.borne"), vec![0u8; 1 << 20]).expect("write");
    // An update that is refused at once still cleans them.
    let unsigned = mini_bundle(tmp.path(), "1.4.0", "unsigned.borne");
    let r = upd::apply(&unsigned, &options(&data, vec![s.line.clone()]), &mut |_, _| {});
    assert_eq!(code(&r), Some("no-signature"));
    assert!(!tmp_pack.exists(), "the half-compiled pack is removed");
    assert!(!work.exists(), "the staging files are removed");
    assert_eq!(
        borne::default_pack::load_active(&data).expect("active").version,
        "1.3.0",
        "the installed pack is kept"
    );
}
