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
            // The report in French, as on a stick.
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "fr_FR.UTF-8")
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

/// What an entry of a hand-made archive holds.
enum Data {
    Bytes(Vec<u8>),
    /// `n` times the same byte, generated while writing (no buffer of that size).
    Repeat(u8, u64),
}

/// One part of a hand-made archive, in order.
enum Part {
    Entry {
        name: String,
        kind: tar::EntryType,
        data: Data,
        link: Option<String>,
    },
    /// A manifest; `counted`: its `files` and `bytes` are filled in from the archive.
    Manifest(bundle::Manifest, bool),
}

/// A gzip-compressed tar written entry by entry, names placed raw in the header so
/// nothing sanitises them on the way in (names over 100 bytes go through a GNU long
/// name entry, as `tar` writes them). By default a manifest tells the truth about the
/// files that follow it.
struct Evil {
    parts: Vec<Part>,
    /// Decompressed bytes written after the tar's end-of-archive blocks.
    after_end: Vec<u8>,
}

impl Evil {
    fn new() -> Self {
        Evil {
            parts: vec![],
            after_end: vec![],
        }
    }

    fn raw(&mut self, name: &str, kind: tar::EntryType, data: &[u8], link: Option<&str>) -> &mut Self {
        self.parts.push(Part::Entry {
            name: name.into(),
            kind,
            data: Data::Bytes(data.to_vec()),
            link: link.map(str::to_string),
        });
        self
    }

    fn file(&mut self, name: &str, data: &[u8]) -> &mut Self {
        self.raw(name, tar::EntryType::Regular, data, None)
    }

    fn dir(&mut self, name: &str) -> &mut Self {
        self.raw(name, tar::EntryType::Directory, b"", None)
    }

    /// A file of `n` times the byte `b`.
    fn repeat(&mut self, name: &str, b: u8, n: u64) -> &mut Self {
        self.parts.push(Part::Entry {
            name: name.into(),
            kind: tar::EntryType::Regular,
            data: Data::Repeat(b, n),
            link: None,
        });
        self
    }

    fn manifest(&mut self, m: &bundle::Manifest) -> &mut Self {
        self.parts.push(Part::Manifest(m.clone(), true));
        self
    }

    /// A manifest with its counts as given, true or not.
    fn manifest_as_is(&mut self, m: &bundle::Manifest) -> &mut Self {
        self.parts.push(Part::Manifest(m.clone(), false));
        self
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

    /// The files under `pack/` and their bytes, as a true manifest counts them.
    fn counts(&self) -> (usize, u64) {
        let mut out = (0, 0);
        for p in &self.parts {
            if let Part::Entry { name, kind, data, .. } = p {
                if *kind == tar::EntryType::Regular && name.starts_with("pack/") {
                    out.0 += 1;
                    out.1 += match data {
                        Data::Bytes(b) => b.len() as u64,
                        Data::Repeat(_, n) => *n,
                    };
                }
            }
        }
        out
    }

    fn entry(
        tar: &mut tar::Builder<flate2::write::GzEncoder<Vec<u8>>>,
        name: &str,
        kind: tar::EntryType,
        data: &Data,
        link: Option<&str>,
    ) {
        let size = match data {
            Data::Bytes(b) => b.len() as u64,
            Data::Repeat(_, n) => *n,
        };
        let reader: Box<dyn std::io::Read> = match data {
            Data::Bytes(b) => Box::new(std::io::Cursor::new(b.clone())),
            Data::Repeat(byte, n) => Box::new(std::io::repeat(*byte).take_bytes(*n)),
        };
        if name.len() > 100 {
            let mut h = tar::Header::new_gnu();
            h.set_entry_type(kind);
            h.set_size(size);
            h.set_mode(0o644);
            tar.append_data(&mut h, name, reader).expect("append long name");
            return;
        }
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
        h.set_size(size);
        h.set_mode(0o644);
        h.set_cksum();
        tar.append(&h, reader).expect("append");
    }

    /// The archive's bytes.
    fn bytes(&self) -> Vec<u8> {
        let (files, bytes) = self.counts();
        let mut tar = tar::Builder::new(flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast()));
        for p in &self.parts {
            match p {
                Part::Entry { name, kind, data, link } => Self::entry(&mut tar, name, *kind, data, link.as_deref()),
                Part::Manifest(m, counted) => {
                    let mut m = m.clone();
                    if *counted {
                        m.files = files;
                        m.bytes = bytes;
                    }
                    let text = toml::to_string(&m).expect("toml");
                    Self::entry(
                        &mut tar,
                        bundle::MANIFEST,
                        tar::EntryType::Regular,
                        &Data::Bytes(text.into_bytes()),
                        None,
                    );
                }
            }
        }
        let mut gz = tar.into_inner().expect("tar");
        gz.write_all(&self.after_end).expect("after end");
        gz.finish().expect("gz")
    }

    fn write(&self, path: &Path) {
        std::fs::write(path, self.bytes()).expect("write");
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

/// The mini pack at `version` under `dir`, and a manifest that tells the truth about it
/// (`Evil` fills in its counts).
fn mini_source(dir: &Path, version: &str) -> (PathBuf, bundle::Manifest) {
    let src = dir.join(format!("src-mini-{version}"));
    if !src.exists() {
        util::copy_dir(&util::fixture("mini"), &src);
        util::edit(
            &src,
            "pack.toml",
            "version = \"1.2.0\"",
            &format!("version = \"{version}\""),
        );
    }
    let (s, _) = borne::content::check_dir(&src);
    let pack = borne::content::compile::to_model(&s);
    let m = bundle::Manifest {
        format: bundle::FORMAT,
        pack_id: pack.id,
        version: version.into(),
        content_hash: pack.content_hash,
        min_borne: "0.1.0".into(),
        files: 0,
        bytes: 0,
    };
    (src, m)
}

/// A data folder with version 1.2.0 of the mini pack installed from a signed bundle, so
/// that "other pack" and "not newer" apply, and the key that signs the corpus.
struct Kiosk {
    tmp: tempfile::TempDir,
    data: PathBuf,
    sk: PathBuf,
    key: String,
    before: (String, String),
    current_before: Option<PathBuf>,
}

impl Kiosk {
    fn new() -> Self {
        let tmp = tempfile::tempdir().expect("tmp");
        let data = tmp.path().join("data");
        std::fs::create_dir_all(tmp.path().join("corpus")).expect("mkdir");
        let (pk, sk) = borne::update::sign::generate(&tmp.path().join("keys"), Some("pw".into())).expect("keys");
        let key = borne::update::sign::key_line(&std::fs::read_to_string(&pk).expect("pub")).expect("line");
        let first = mini_bundle(tmp.path(), "1.2.0", "first.borne");
        borne::update::sign::sign(&first, &sk, Some("pw".into())).expect("sign");
        upd::apply(&first, &options(&data, vec![key.clone()]), &mut |_, _| {}).expect("first");
        let before = active_of(&data);
        let current_before = store::current(&data);
        Kiosk {
            tmp,
            data,
            sk,
            key,
            before,
            current_before,
        }
    }

    fn dir(&self) -> &Path {
        self.tmp.path()
    }

    /// Makes the bundle `name`, signs it with the trusted key and applies it.
    fn apply(&self, name: &str, make: &dyn Fn(&Path)) -> (PathBuf, Result<upd::Installed, upd::Refusal>) {
        let path = self.dir().join("corpus").join(format!("{name}.borne"));
        make(&path);
        borne::update::sign::sign(&path, &self.sk, Some("pw".into())).expect("sign");
        let r = upd::apply(&path, &options(&self.data, vec![self.key.clone()]), &mut |_, _| {});
        (path, r)
    }

    /// The bundle is refused with `code` and a French reason; nothing changed. Returns
    /// the reason.
    fn refuses(&self, name: &str, code: &str, make: &dyn Fn(&Path)) -> String {
        let (path, r) = self.apply(name, make);
        assert_eq!(
            r.as_ref().err().map(|e| e.code()),
            Some(code),
            "{name}: {:?}",
            r.as_ref().map_err(|e| e.to_string())
        );
        let reason = borne::update::report::reason(r.as_ref().expect_err("refused"), &path);
        assert!(
            !reason.is_empty() && !reason.contains("reason-") && !reason.starts_with("bundle-"),
            "{name}: {reason}"
        );
        eprintln!("{name}: {code}: {reason}");
        assert_eq!(active_of(&self.data), self.before, "{name} changed the content");
        assert_eq!(store::current(&self.data), self.current_before, "{name}");
        assert!(
            !store::staging_dir(&self.data).exists()
                || std::fs::read_dir(store::staging_dir(&self.data))
                    .map(|d| d.count())
                    .unwrap_or(0)
                    == 0,
            "{name}: no work left behind"
        );
        reason
    }
}

#[test]
fn a_corpus_of_hostile_bundles_is_refused_with_reasons_and_nothing_changes() {
    let kiosk = Kiosk::new();
    let tmp = &kiosk.tmp;
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
            // Incompressible-looking data would make the test slow; the header alone says 65 MiB.
            let mut e = Evil::new();
            e.manifest(&mm).repeat("pack/huge", 7, 65 << 20);
            e.write(p)
        }),
    ));

    assert!(corpus.len() >= 15);
    for (name, code, make) in &corpus {
        kiosk.refuses(name, code, make.as_ref());
        assert!(!Path::new("/tmp/evil").exists());
    }
    eprintln!("refused {} hostile bundles", corpus.len());
}

/// Finding 15: a damaged gzip stream (wrong CRC, wrong length, no trailer) and bytes
/// after the archive's end (garbage, a second gzip member, data after the tar's
/// end-of-archive blocks) are refused; zero padding after the end, as `tar` writes
/// it, is not.
#[test]
fn a_damaged_gzip_or_bytes_after_the_archive_are_refused() {
    let kiosk = Kiosk::new();
    let good = mini_bundle(kiosk.dir(), "2.0.0", "good-source.borne");
    let bytes = std::fs::read(&good).expect("read");
    let n = bytes.len();
    let edit = |f: fn(&mut Vec<u8>)| {
        let mut b = bytes.clone();
        f(&mut b);
        move |p: &Path| std::fs::write(p, &b).expect("write")
    };
    kiosk.refuses(
        "wrong-crc",
        "damaged",
        &edit(|b| {
            let i = b.len() - 8;
            b[i] ^= 0x55
        }),
    );
    kiosk.refuses(
        "wrong-length",
        "damaged",
        &edit(|b| {
            let i = b.len() - 4;
            b[i] = b[i].wrapping_add(1)
        }),
    );
    kiosk.refuses("no-trailer", "damaged", &edit(|b| b.truncate(b.len() - 8)));
    kiosk.refuses("half-trailer", "damaged", &edit(|b| b.truncate(b.len() - 3)));
    kiosk.refuses(
        "garbage-after",
        "trailing-data",
        &edit(|b| b.extend_from_slice(b"#!/bin/sh\n")),
    );
    kiosk.refuses(
        "second-member",
        "trailing-data",
        &edit(|b| {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            gz.write_all(b"pack/evil").expect("gz");
            b.extend_from_slice(&gz.finish().expect("gz"))
        }),
    );
    let (mini, m) = mini_source(kiosk.dir(), "2.0.0");
    let (mm, mini2) = (m.clone(), mini.clone());
    kiosk.refuses("data-after-tar-end", "trailing-data", &move |p| {
        let mut e = Evil::new();
        e.manifest(&mm).pack(&mini2);
        e.after_end = b"\0\0\0\0hidden".to_vec();
        e.write(p)
    });
    assert_eq!(n, std::fs::read(&good).expect("read").len());

    // GNU tar pads its archives with zeros to a 10 KiB record: that installs.
    let (_, r) = kiosk.apply("zero-padded", &move |p| {
        let mut e = Evil::new();
        e.manifest(&m).pack(&mini);
        e.after_end = vec![0; 9 * 1024];
        e.write(p)
    });
    assert_eq!(r.map(|i| i.version).map_err(|e| e.to_string()), Ok("2.0.0".to_string()));
}

/// Finding 16: the manifest's `files` and `bytes` are compared with the archive.
#[test]
fn the_manifest_counts_are_compared_with_the_archive() {
    let kiosk = Kiosk::new();
    let (mini, m) = mini_source(kiosk.dir(), "2.0.0");
    let truth = {
        let mut e = Evil::new();
        e.pack(&mini);
        e.counts()
    };
    for (name, files, bytes) in [
        ("zero-counts", 0, 0),
        ("one-file-more", truth.0 + 1, truth.1),
        ("one-byte-less", truth.0, truth.1 - 1),
        ("huge-counts", truth.0, i64::MAX as u64),
    ] {
        let (mini, mut m) = (mini.clone(), m.clone());
        m.files = files;
        m.bytes = bytes;
        kiosk.refuses(name, "manifest-count", &move |p| {
            let mut e = Evil::new();
            e.manifest_as_is(&m).pack(&mini);
            e.write(p)
        });
    }
    // A manifest that tells the truth installs.
    let (_, r) = kiosk.apply("true-counts", &move |p| {
        let mut e = Evil::new();
        e.manifest(&m).pack(&mini);
        e.write(p)
    });
    assert_eq!(r.map(|i| i.version).map_err(|e| e.to_string()), Ok("2.0.0".to_string()));
}

/// Finding 17: the whole listing is counted and checked before anything is written:
/// a refused bundle leaves no folder behind, however late in the archive the fault.
#[test]
fn entries_are_counted_and_checked_before_any_is_written() {
    let tmp = tempfile::tempdir().expect("tmp");
    let m = mini_manifest("2.0.0");
    let mut cases: Vec<(&str, &str, Evil)> = vec![];
    let mut dirs = Evil::new();
    dirs.manifest(&m);
    for i in 0..60_000 {
        dirs.dir(&format!("pack/d/{i}"));
    }
    cases.push(("60000-dirs", "too-many-entries", dirs));
    for (name, code, last) in [
        ("link-last", "link", tar::EntryType::Symlink),
        ("device-last", "special-file", tar::EntryType::Block),
    ] {
        let mut e = Evil::new();
        e.manifest(&m).pack(&util::fixture("mini")).dir("pack/extra");
        e.raw("pack/extra/last", last, b"", Some("/etc"));
        cases.push((name, code, e));
    }
    let mut dup = Evil::new();
    dup.manifest(&m)
        .pack(&util::fixture("mini"))
        .file("pack/pack.toml", b"again");
    cases.push(("duplicate-last", "duplicate", dup));
    for (name, code, e) in cases {
        let path = tmp.path().join(format!("{name}.borne"));
        e.write(&path);
        let dest = tmp.path().join(format!("{name}-unpacked"));
        let r = bundle::unpack(&path, &dest, &Limits::default(), &mut |_, _| {});
        assert_eq!(r.as_ref().err().map(|e| e.code()), Some(code), "{name}");
        assert!(
            !dest.exists(),
            "{name}: entries were written before the bundle was refused"
        );
    }
}

/// Finding 18: a path too long or too deep for the disk, or a file used as a folder,
/// is refused as a fault of the bundle, not reported as "la borne n'a pas pu écrire".
#[test]
fn a_path_too_long_or_too_deep_is_refused_not_reported_as_a_write_failure() {
    let kiosk = Kiosk::new();
    let (mini, m) = mini_source(kiosk.dir(), "2.0.0");
    let deep = format!("pack/{}f", "a/".repeat(2040));
    let long_name = format!("pack/{}", "x".repeat(300));
    let long_path = format!("pack/{}/f", vec!["y".repeat(200); 10].join("/"));
    for (name, code, entry) in [
        ("too-deep", "path-too-deep", deep),
        ("name-too-long", "path-too-long", long_name),
        ("path-too-long", "path-too-long", long_path),
        ("file-as-folder", "path-conflict", "pack/pack.toml/x".to_string()),
    ] {
        let (mm, mini) = (m.clone(), mini.clone());
        let reason = kiosk.refuses(name, code, &move |p| {
            let mut e = Evil::new();
            e.manifest(&mm).pack(&mini).file(&entry, b"x");
            e.write(p)
        });
        assert!(!reason.contains("n'a pas pu écrire"), "{name}: {reason}");
    }
}

/// A named pipe that counts how many times something opened it for reading: a
/// pictogram that makes the kiosk read a file trips it.
struct Tripwire {
    path: PathBuf,
    opened: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Tripwire {
    fn new(dir: &Path) -> Self {
        use std::sync::atomic::Ordering;
        let path = dir.join("tripwire");
        let ok = Command::new("mkfifo").arg(&path).status().expect("mkfifo");
        assert!(ok.success());
        let opened = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (p, o, s) = (path.clone(), opened.clone(), stop.clone());
        // Opening for writing waits for a reader; each reader gets a few bytes and the end.
        let thread = std::thread::spawn(move || loop {
            let Ok(mut f) = std::fs::OpenOptions::new().write(true).open(&p) else {
                return;
            };
            if s.load(Ordering::SeqCst) {
                return;
            }
            o.fetch_add(1, Ordering::SeqCst);
            let _ = f.write_all(b"\x89PNG not really");
        });
        Tripwire {
            path,
            opened,
            stop,
            thread: Some(thread),
        }
    }

    fn opened(&self) -> usize {
        self.opened.load(std::sync::atomic::Ordering::SeqCst)
    }
}

impl Drop for Tripwire {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::SeqCst);
        // Release the writer waiting for a reader.
        let _ = std::fs::File::open(&self.path);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Finding 14: a pictogram that refers to a local file makes neither the update, the
/// checker nor the kiosk open it: a bundle carrying one is refused with the file and
/// line, and a pack that holds one anyway (installed before) shows an empty image.
/// A text's font family is a name, never a path that is opened.
#[test]
fn an_svg_pictogram_cannot_make_the_kiosk_read_a_file() {
    use slint::ComponentHandle;
    let kiosk = Kiosk::new();
    let wire = Tripwire::new(kiosk.dir());
    let hostile = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 48 48\" width=\"48\" height=\"48\">\n\
         <path d=\"M4 4H44V44H4Z\"/>\n\
         <image xlink:href=\"{}\" width=\"48\" height=\"48\"/>\n</svg>\n",
        wire.path.display()
    );
    let text = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 48 48\" width=\"48\" height=\"48\">\n\
         <path d=\"M4 4H44V44H4Z\"/>\n<text x=\"4\" y=\"30\" font-family=\"{}\" font-size=\"20\">A</text>\n</svg>\n",
        wire.path.display()
    );
    let src = kiosk.dir().join("src-hostile");
    util::copy_dir(&util::fixture("mini"), &src);
    util::edit(&src, "pack.toml", "version = \"1.2.0\"", "version = \"2.0.0\"");
    std::fs::write(src.join("pictograms/housing.svg"), &hostile).expect("write");
    let (_, report) = borne::content::check_dir(&src);
    assert_eq!(wire.opened(), 0, "the checker opened the file");
    assert!(
        report
            .diagnostics
            .iter()
            .any(|d| d.severity == borne::content::Severity::Error
                && d.file == Path::new("pictograms/housing.svg")
                && d.line == 3),
        "{:#?}",
        report.diagnostics
    );
    let reason = kiosk.refuses("pictogram-reads-a-file", "invalid-pack", &|p| {
        let mut e = Evil::new();
        e.manifest(&mini_manifest("2.0.0")).pack(&src);
        e.write(p)
    });
    assert!(reason.contains("pictograms/housing.svg:3"), "{reason}");
    assert_eq!(wire.opened(), 0, "the update opened the file");

    // A pack that holds such pictograms anyway.
    let mut pack = borne::default_pack::load_active(&kiosk.data).expect("active");
    pack.pictograms
        .insert("housing".into(), std::sync::Arc::from(hostile.as_bytes()));
    pack.pictograms
        .insert("health".into(), std::sync::Arc::from(text.as_bytes()));
    i_slint_backend_testing::init_integration_test_with_mock_time();
    let clock = util::TestClock::new();
    let shown = util::kiosk(std::sync::Arc::new(pack), &clock, 1080, 1920);
    shown.ctrl.borrow_mut().show_path(&[]);
    shown.ctrl.borrow_mut().refresh(&shown.window);
    let state = shown.window.global::<borne::ui::AppState>();
    assert_eq!(state.get_title(), "Accueil");
    assert_eq!(wire.opened(), 0, "the kiosk opened the file");
    assert_eq!(
        state.get_picto().size(),
        slint::Image::default().size(),
        "refused: an empty image"
    );
    let tiles = state.get_choices();
    use slint::Model;
    let care = (0..tiles.row_count())
        .filter_map(|i| tiles.row_data(i))
        .find(|t| t.id == "care")
        .expect("care tile");
    assert_eq!(care.picto.size().width, 48, "text with a font family is drawn");
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
