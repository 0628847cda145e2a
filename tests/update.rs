//! Content updates: bundles signed with Debian's `minisign` tool are installed; a
//! flipped byte, another key or no signature are refused; a corpus of hostile bundles is
//! refused, each with its reason, the active content unchanged; and a process applying
//! an update killed at random instants always leaves the old or the new pack.

mod util;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use borne::update::bundle::{self, Limits};
use borne::update::{self as upd, store, Options};

const BORNE: &str = env!("CARGO_BIN_EXE_borne");

/// A key pair made by the standard minisign tool, without a password.
struct Keys {
    _dir: tempfile::TempDir,
    public: PathBuf,
    secret: PathBuf,
}

fn minisign_keys() -> Keys {
    let dir = tempfile::tempdir().expect("tmp");
    let public = dir.path().join("k.pub");
    let secret = dir.path().join("k.key");
    let out = Command::new("minisign")
        .args(["-G", "-W", "-p"])
        .arg(&public)
        .arg("-s")
        .arg(&secret)
        .output()
        .expect("minisign (Debian package minisign)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    Keys {
        _dir: dir,
        public,
        secret,
    }
}

fn minisign_sign(keys: &Keys, file: &Path) {
    let out = Command::new("minisign")
        .args(["-S", "-s"])
        .arg(&keys.secret)
        .arg("-m")
        .arg(file)
        .output()
        .expect("minisign");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

fn key_line(keys: &Keys) -> String {
    borne::update::sign::key_line(&std::fs::read_to_string(&keys.public).expect("pub")).expect("key line")
}

/// The mini fixture pack at `version`, as a bundle in `dir`.
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

fn active_of(data: &Path) -> (String, String) {
    let p = borne::default_pack::load_active(data).expect("active");
    (p.id, p.version)
}

#[test]
fn bundles_signed_with_the_minisign_tool_are_installed_and_tampering_is_refused() {
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    let keys = minisign_keys();
    let other = minisign_keys();
    let b = mini_bundle(tmp.path(), "1.3.0", "mini.borne");
    minisign_sign(&keys, &b);
    let builtin = active_of(&data);
    assert_eq!(builtin.0, "fr.borne.default");

    // Missing signature, another key, a flipped byte: refused, nothing changes.
    let unsigned = tmp.path().join("unsigned.borne");
    std::fs::copy(&b, &unsigned).expect("copy");
    let opts = options(&data, vec![key_line(&keys)]);
    let r = upd::apply(&unsigned, &opts, &mut |_, _| {});
    assert_eq!(r.as_ref().err().map(|e| e.code()), Some("no-signature"));
    let r = upd::apply(&b, &options(&data, vec![key_line(&other)]), &mut |_, _| {});
    assert_eq!(r.as_ref().err().map(|e| e.code()), Some("unknown-key"));
    let flipped = tmp.path().join("flipped.borne");
    let mut bytes = std::fs::read(&b).expect("read");
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x01;
    std::fs::write(&flipped, &bytes).expect("write");
    std::fs::copy(
        borne::update::sign::signature_path(&b),
        borne::update::sign::signature_path(&flipped),
    )
    .expect("copy sig");
    let r = upd::apply(&flipped, &opts, &mut |_, _| {});
    assert_eq!(r.as_ref().err().map(|e| e.code()), Some("bad-signature"));
    assert_eq!(active_of(&data), builtin, "nothing changed");

    // Signed with a trusted key (among several, for rotation): installed.
    let opts = options(&data, vec![key_line(&other), key_line(&keys)]);
    let mut steps = vec![];
    let installed = upd::apply(&b, &opts, &mut |s, _| {
        if steps.last() != Some(&s) {
            steps.push(s)
        }
    })
    .expect("installed");
    assert_eq!(steps, upd::Step::ALL.to_vec(), "every step reported, in order");
    assert_eq!(installed.version, "1.3.0");
    assert_eq!(active_of(&data), ("org.example.mini".into(), "1.3.0".into()));

    // The same version again, or an older one: refused (anti-rollback).
    let older = mini_bundle(tmp.path(), "1.2.5", "older.borne");
    minisign_sign(&keys, &older);
    let opts = options(&data, vec![key_line(&keys)]);
    for f in [&b, &older] {
        let r = upd::apply(f, &opts, &mut |_, _| {});
        assert_eq!(r.as_ref().err().map(|e| e.code()), Some("not-newer"));
    }
    // A newer one: installed, the previous kept for `borne content rollback`.
    let newer = mini_bundle(tmp.path(), "1.4.0", "newer.borne");
    minisign_sign(&keys, &newer);
    upd::apply(&newer, &opts, &mut |_, _| {}).expect("newer installed");
    assert_eq!(active_of(&data).1, "1.4.0");
    let out = Command::new(BORNE)
        .args(["content", "rollback", "--data-dir"])
        .arg(&data)
        .output()
        .expect("borne");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(active_of(&data).1, "1.3.0");
}

#[test]
fn the_borne_command_builds_signs_and_applies_compatibly_with_minisign() {
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    let src = tmp.path().join("src");
    util::copy_dir(&util::fixture("mini"), &src);
    let bundle = tmp.path().join("mini.borne");
    let run = |args: &[&str]| {
        let out = Command::new(BORNE)
            .args(args)
            .env("BORNE_KEY_PASSWORD", "correct horse")
            .env("BORNE_DATA_DIR", &data)
            .output()
            .expect("borne");
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr),
        )
    };
    let keydir = tmp.path().join("keys");
    let (ok, log) = run(&["keys", "generate", "--dir", keydir.to_str().unwrap_or_default()]);
    assert!(ok, "{log}");
    let (ok, log) = run(&[
        "content",
        "build",
        src.to_str().unwrap_or_default(),
        "-o",
        bundle.to_str().unwrap_or_default(),
    ]);
    assert!(ok, "{log}");
    let (ok, log) = run(&[
        "content",
        "sign",
        bundle.to_str().unwrap_or_default(),
        "--key",
        keydir.join("borne.key").to_str().unwrap_or_default(),
    ]);
    assert!(ok, "{log}");
    // Debian's minisign verifies what `borne content sign` wrote.
    let v = Command::new("minisign")
        .args(["-V", "-p"])
        .arg(keydir.join("borne.pub"))
        .arg("-m")
        .arg(&bundle)
        .output()
        .expect("minisign");
    assert!(v.status.success(), "{}", String::from_utf8_lossy(&v.stderr));
    let report_dir = tmp.path().join("stick");
    std::fs::create_dir_all(&report_dir).expect("mkdir");
    let (ok, log) = run(&[
        "update",
        "apply",
        bundle.to_str().unwrap_or_default(),
        "--pubkey",
        keydir.join("borne.pub").to_str().unwrap_or_default(),
        "--report-dir",
        report_dir.to_str().unwrap_or_default(),
    ]);
    assert!(ok, "{log}");
    assert!(
        log.contains("Installé : contenu org.example.mini version 1.2.0"),
        "{log}"
    );
    let json = std::fs::read_to_string(report_dir.join("report.json")).expect("report.json");
    assert!(json.contains("\"version\": \"1.2.0\""), "{json}");
    assert!(std::fs::read_to_string(report_dir.join("report.txt"))
        .expect("report.txt")
        .contains("Vous pouvez retirer la clé USB."));
}

/// A gzip-compressed tar written entry by entry, names placed raw in the header so
/// nothing sanitises them on the way in.
struct Evil {
    tar: tar::Builder<flate2::write::GzEncoder<Vec<u8>>>,
}

impl Evil {
    fn new() -> Self {
        Evil {
            tar: tar::Builder::new(flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast())),
        }
    }

    fn raw(&mut self, name: &str, kind: tar::EntryType, data: &[u8], link: Option<&str>) -> &mut Self {
        let mut h = tar::Header::new_old();
        {
            let old = h.as_old_mut();
            let n = name.as_bytes();
            old.name[..n.len()].copy_from_slice(n);
            if let Some(l) = link {
                old.linkname[..l.len()].copy_from_slice(l.as_bytes());
            }
        }
        h.set_entry_type(kind);
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        self.tar.append(&h, data).expect("append");
        self
    }

    fn file(&mut self, name: &str, data: &[u8]) -> &mut Self {
        self.raw(name, tar::EntryType::Regular, data, None)
    }

    fn manifest(&mut self, m: &bundle::Manifest) -> &mut Self {
        let text = toml::to_string(m).expect("toml");
        self.file(bundle::MANIFEST, text.as_bytes())
    }

    fn pack(&mut self, src: &Path) -> &mut Self {
        let mut stack = vec![PathBuf::new()];
        while let Some(rel) = stack.pop() {
            for e in std::fs::read_dir(src.join(&rel)).expect("read") {
                let e = e.expect("entry");
                let r = rel.join(e.file_name());
                if e.path().is_dir() {
                    stack.push(r);
                } else {
                    let data = std::fs::read(e.path()).expect("read");
                    let name = format!("pack/{}", r.display());
                    self.file(&name, &data);
                }
            }
        }
        self
    }

    fn write(self, path: &Path) {
        let gz = self.tar.into_inner().expect("tar");
        std::fs::write(path, gz.finish().expect("gz")).expect("write");
    }
}

/// Writes one hostile bundle at the given path.
type Maker = Box<dyn Fn(&Path)>;

fn mini_manifest(version: &str) -> bundle::Manifest {
    let (src, _) = borne::content::check_dir(&util::fixture("mini"));
    let pack = borne::content::compile::to_model(&src);
    bundle::Manifest {
        format: bundle::FORMAT,
        pack_id: pack.id,
        version: version.into(),
        content_hash: pack.content_hash,
        min_borne: "0.1.0".into(),
        files: 0,
        bytes: 0,
    }
}

#[test]
fn a_corpus_of_hostile_bundles_is_refused_with_reasons_and_nothing_changes() {
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    let dir = tmp.path().join("corpus");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let (pk, sk) = borne::update::sign::generate(&tmp.path().join("keys"), Some("pw".into())).expect("keys");
    let key = borne::update::sign::key_line(&std::fs::read_to_string(&pk).expect("pub")).expect("line");
    // Install a first version so that "other pack" and "not newer" apply.
    let first = mini_bundle(tmp.path(), "1.2.0", "first.borne");
    borne::update::sign::sign(&first, &sk, Some("pw".into())).expect("sign");
    upd::apply(&first, &options(&data, vec![key.clone()]), &mut |_, _| {}).expect("first");
    let before = active_of(&data);
    let current_before = store::current(&data);

    let m = mini_manifest("2.0.0");
    let mini = util::fixture("mini");
    let mut corpus: Vec<(&str, &str, Maker)> = vec![];
    let mm = m.clone();
    corpus.push((
        "absolute",
        "absolute-path",
        Box::new(move |p| {
            let mut e = Evil::new();
            e.manifest(&mm).file("/etc/cron.d/evil", b"* * * * * root sh");
            e.write(p)
        }),
    ));
    let mm = m.clone();
    corpus.push((
        "dotdot",
        "parent-path",
        Box::new(move |p| {
            let mut e = Evil::new();
            e.manifest(&mm).file("pack/../../../../tmp/evil", b"x");
            e.write(p)
        }),
    ));
    let mm = m.clone();
    corpus.push((
        "symlink",
        "link",
        Box::new(move |p| {
            let mut e = Evil::new();
            e.manifest(&mm)
                .raw("pack/nodes", tar::EntryType::Symlink, b"", Some("/etc"));
            e.write(p)
        }),
    ));
    let mm = m.clone();
    corpus.push((
        "hardlink",
        "link",
        Box::new(move |p| {
            let mut e = Evil::new();
            e.manifest(&mm)
                .raw("pack/pack.toml", tar::EntryType::Link, b"", Some("/etc/shadow"));
            e.write(p)
        }),
    ));
    let mm = m.clone();
    corpus.push((
        "device",
        "special-file",
        Box::new(move |p| {
            let mut e = Evil::new();
            e.manifest(&mm).raw("pack/sda", tar::EntryType::Block, b"", None);
            e.write(p)
        }),
    ));
    let mm = m.clone();
    corpus.push((
        "fifo",
        "special-file",
        Box::new(move |p| {
            let mut e = Evil::new();
            e.manifest(&mm).raw("pack/pipe", tar::EntryType::Fifo, b"", None);
            e.write(p)
        }),
    ));
    let mm = m.clone();
    corpus.push((
        "chardev",
        "special-file",
        Box::new(move |p| {
            let mut e = Evil::new();
            e.manifest(&mm).raw("pack/tty", tar::EntryType::Char, b"", None);
            e.write(p)
        }),
    ));
    let mm = m.clone();
    corpus.push((
        "too-many",
        "too-many-entries",
        Box::new(move |p| {
            let mut e = Evil::new();
            e.manifest(&mm);
            for i in 0..60_000 {
                e.file(&format!("pack/x/{i}"), b"");
            }
            e.write(p)
        }),
    ));
    let mm = m.clone();
    corpus.push((
        "zip-bomb",
        "compression-ratio",
        Box::new(move |p| {
            let mut e = Evil::new();
            e.manifest(&mm).file("pack/zeros", &vec![0u8; 40 << 20]);
            e.write(p)
        }),
    ));
    let mm = m.clone();
    corpus.push((
        "duplicate",
        "duplicate",
        Box::new(move |p| {
            let mut e = Evil::new();
            e.manifest(&mm)
                .file("pack/pack.toml", b"a")
                .file("pack/pack.toml", b"b");
            e.write(p)
        }),
    ));
    let mm = m.clone();
    let mini2 = mini.clone();
    corpus.push((
        "manifest-last",
        "no-manifest",
        Box::new(move |p| {
            let mut e = Evil::new();
            e.pack(&mini2).manifest(&mm);
            e.write(p)
        }),
    ));
    corpus.push((
        "bad-manifest",
        "bad-manifest",
        Box::new(move |p| {
            let mut e = Evil::new();
            e.file(bundle::MANIFEST, b"format = \"one\"\n[[[");
            e.write(p)
        }),
    ));
    let mut future = m.clone();
    future.format = 99;
    corpus.push((
        "future-format",
        "newer-format",
        Box::new(move |p| {
            let mut e = Evil::new();
            e.manifest(&future);
            e.write(p)
        }),
    ));
    corpus.push((
        "not-gzip",
        "not-a-bundle",
        Box::new(|p| std::fs::write(p, b"PK\x03\x04 this is a zip, not a bundle").expect("write")),
    ));
    let good = mini_bundle(tmp.path(), "2.0.0", "good-source.borne");
    let good2 = good.clone();
    corpus.push((
        "truncated",
        "damaged",
        Box::new(move |p| {
            let bytes = std::fs::read(&good2).expect("read");
            std::fs::write(p, &bytes[..bytes.len() * 2 / 3]).expect("write")
        }),
    ));
    let mm = m.clone();
    let mini3 = mini.clone();
    corpus.push((
        "outside-pack",
        "damaged",
        Box::new(move |p| {
            let mut e = Evil::new();
            e.manifest(&mm).pack(&mini3).file("etc/passwd", b"root::0:0");
            e.write(p)
        }),
    ));
    let mut lying = m.clone();
    lying.version = "9.9.9".into();
    let mini4 = mini.clone();
    corpus.push((
        "manifest-lies",
        "manifest-mismatch",
        Box::new(move |p| {
            let mut e = Evil::new();
            e.manifest(&lying).pack(&mini4);
            e.write(p)
        }),
    ));
    let t = tmp.path().to_path_buf();
    corpus.push((
        "invalid-pack",
        "invalid-pack",
        Box::new(move |p| {
            let src = t.join("src-invalid");
            util::copy_dir(&util::fixture("mini"), &src);
            util::edit(&src, "pack.toml", "version = \"1.2.0\"", "version = \"2.0.0\"");
            util::edit(
                &src,
                "nodes/home.toml",
                "choices = [\"rent\", \"care\"]",
                "choices = [\"rent\", \"nowhere\"]",
            );
            let mut e = Evil::new();
            let mut mm = mini_manifest("2.0.0");
            mm.content_hash = "x".into();
            e.manifest(&mm).pack(&src);
            e.write(p)
        }),
    ));
    let t = tmp.path().to_path_buf();
    corpus.push((
        "other-pack",
        "other-pack",
        Box::new(move |p| {
            let src = t.join("src-other");
            util::copy_dir(&util::fixture("mini"), &src);
            util::edit(
                &src,
                "pack.toml",
                "id = \"org.example.mini\"",
                "id = \"org.example.other\"",
            );
            util::edit(&src, "pack.toml", "version = \"1.2.0\"", "version = \"3.0.0\"");
            bundle::build(&src, p, &mut |_, _| {}).expect("bundle");
        }),
    ));
    let t = tmp.path().to_path_buf();
    corpus.push((
        "older",
        "not-newer",
        Box::new(move |p| {
            let b = mini_bundle(&t, "1.1.0", "older-src.borne");
            std::fs::rename(b, p).expect("mv");
        }),
    ));
    let mut needs = m.clone();
    needs.min_borne = "99.0.0".into();
    let mini5 = mini.clone();
    corpus.push((
        "needs-newer-borne",
        "needs-newer-borne",
        Box::new(move |p| {
            let mut e = Evil::new();
            e.manifest(&needs).pack(&mini5);
            e.write(p)
        }),
    ));
    let mm = m.clone();
    corpus.push((
        "huge-file",
        "file-too-large",
        Box::new(move |p| {
            let mut e = Evil::new();
            // Incompressible-looking data would make the test slow; the header alone says 65 MiB.
            e.manifest(&mm);
            let mut h = tar::Header::new_old();
            h.as_old_mut().name[..9].copy_from_slice(b"pack/huge");
            h.set_size(65 << 20);
            h.set_entry_type(tar::EntryType::Regular);
            h.set_cksum();
            e.tar
                .append(&h, std::io::repeat(7).take_bytes(65 << 20))
                .expect("append");
            e.write(p)
        }),
    ));

    assert!(corpus.len() >= 15);
    let opts = options(&data, vec![key.clone()]);
    let mut seen = vec![];
    for (name, code, make) in &corpus {
        let path = dir.join(format!("{name}.borne"));
        make(&path);
        borne::update::sign::sign(&path, &sk, Some("pw".into())).expect("sign");
        let r = upd::apply(&path, &opts, &mut |_, _| {});
        let got = r.as_ref().err().map(|e| e.code());
        assert_eq!(
            got,
            Some(*code),
            "{name}: {:?}",
            r.as_ref().err().map(|e| e.to_string())
        );
        let reason = borne::update::report::reason(r.as_ref().expect_err("refused"), &path);
        assert!(!reason.is_empty() && !reason.contains("reason-"), "{name}: {reason}");
        assert_eq!(active_of(&data), before, "{name} changed the content");
        assert_eq!(store::current(&data), current_before, "{name}");
        assert!(!Path::new("/tmp/evil").exists());
        seen.push(*name);
    }
    assert!(
        !store::staging_dir(&data).exists()
            || std::fs::read_dir(store::staging_dir(&data))
                .map(|d| d.count())
                .unwrap_or(0)
                == 0,
        "no work left behind"
    );
    eprintln!("refused {} hostile bundles: {seen:?}", seen.len());
}

trait TakeBytes: std::io::Read + Sized {
    fn take_bytes(self, n: u64) -> std::io::Take<Self> {
        self.take(n)
    }
}
impl<R: std::io::Read> TakeBytes for R {}

/// Kills `borne update apply` at `instants` random moments and checks the store after
/// each: it opens, on the old pack or the new one, never anything else.
fn power_cuts(instants: usize) {
    let tmp = tempfile::tempdir().expect("tmp");
    let (pk, sk) = borne::update::sign::generate(&tmp.path().join("keys"), Some("pw".into())).expect("keys");
    let key = borne::update::sign::key_line(&std::fs::read_to_string(&pk).expect("pub")).expect("line");
    // The default pack (about a hundred files) makes the update long enough to cut.
    let src = tmp.path().join("default");
    borne::default_pack::extract_to(&src).expect("extract");
    let old_version = active_of(&tmp.path().join("probe")).1;
    let old = tmp.path().join("old.borne");
    bundle::build(&src, &old, &mut |_, _| {}).expect("bundle");
    util::edit(
        &src,
        "pack.toml",
        &format!("version = \"{old_version}\""),
        "version = \"99.0.0\"",
    );
    let new = tmp.path().join("new.borne");
    bundle::build(&src, &new, &mut |_, _| {}).expect("bundle");
    for b in [&old, &new] {
        borne::update::sign::sign(b, &sk, Some("pw".into())).expect("sign");
    }
    // A data folder with the old version installed, copied fresh for every cut.
    let pristine = tmp.path().join("pristine");
    let mut o = options(&pristine, vec![key.clone()]);
    o.active.builtin = true;
    o.active.version = "0.0.1".into();
    upd::apply(&old, &o, &mut |_, _| {}).expect("old installed");
    let cfg = tmp.path().join("borne.toml");
    let mut f = std::fs::File::create(&cfg).expect("cfg");
    writeln!(f, "[usb]\ntrusted_keys = [{key:?}]").expect("write");

    // How long a whole apply takes here.
    let run = |data: &Path| {
        Command::new(BORNE)
            .arg("--config")
            .arg(&cfg)
            .args(["update", "apply"])
            .arg(&new)
            .arg("--data-dir")
            .arg(data)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("borne")
    };
    let probe = tmp.path().join("timing");
    util::copy_dir(&pristine, &probe);
    let start = std::time::Instant::now();
    let status = run(&probe).wait().expect("wait");
    let whole = start.elapsed();
    assert!(status.success(), "a full apply succeeds");
    assert_eq!(active_of(&probe).1, "99.0.0");

    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut outcomes = (0, 0);
    for i in 0..instants {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let at = whole.mul_f64((seed % 1000) as f64 / 1000.0 * 1.1);
        let data = tmp.path().join(format!("cut-{i}"));
        util::copy_dir(&pristine, &data);
        let mut child = run(&data);
        std::thread::sleep(at);
        let _ = child.kill();
        let _ = child.wait();
        let pack = borne::default_pack::load_active(&data).expect("the store opens after a cut");
        assert_eq!(pack.id, "fr.borne.default");
        assert!(
            pack.version == old_version || pack.version == "99.0.0",
            "cut {i} at {at:?}: version {}",
            pack.version
        );
        assert!(
            pack.file
                .as_deref()
                .is_some_and(|f| f.starts_with(store::content_dir(&data))),
            "cut {i}: the installed pack, not the built-in fallback"
        );
        if pack.version == old_version {
            outcomes.0 += 1;
        } else {
            outcomes.1 += 1;
        }
        let _ = std::fs::remove_dir_all(&data);
    }
    eprintln!("{instants} cuts over {whole:?}: {} old, {} new", outcomes.0, outcomes.1);
}

#[test]
fn a_power_cut_at_any_instant_leaves_the_old_or_the_new_pack() {
    power_cuts(60);
}

#[test]
#[ignore = "long: cargo test --test update -- --ignored"]
fn a_power_cut_at_any_instant_long() {
    power_cuts(600);
}
