//! Replays every fuzz seed (`fuzz/corpus/TARGET/`) and every input that once crashed a
//! fuzzer (`fuzz/regressions/TARGET/`) through the same entry points the fuzzers call
//! (`borne::fuzzing`), on the stable toolchain: CI guards them without building the
//! fuzzers. A new crash found by `scripts/fuzz.sh` is copied into `fuzz/regressions/`.
//!
//! `cargo test --test fuzz_corpus -- --ignored write_seeds` writes the seeds made from
//! the fixtures (packs, a bundle, a statistics export, tickets of every node).

mod util;

use std::path::{Path, PathBuf};

use borne::fuzzing::{join_sections, TARGETS};

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz")
}

fn inputs(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|it| it.flatten().map(|e| e.path()).filter(|p| p.is_file()).collect())
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn every_seed_and_every_past_crash_is_handled() {
    let mut seen = 0;
    for (name, target) in TARGETS {
        let seeds = inputs(&fuzz_dir().join("corpus").join(name));
        assert!(!seeds.is_empty(), "no seed for the {name} fuzz target");
        let crashes = inputs(&fuzz_dir().join("regressions").join(name));
        for file in seeds.iter().chain(&crashes) {
            let data = std::fs::read(file).expect("read");
            // A panic fails the test, naming the input through the panic message.
            eprintln!("{name}: {}", file.display());
            target(&data);
            seen += 1;
        }
    }
    assert!(seen >= TARGETS.len());
}

/// Files of a folder as (relative path, bytes), for a section input.
fn folder_files(root: &Path) -> Vec<(String, Vec<u8>)> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        for p in inputs(dir) {
            let rel = p.strip_prefix(root).expect("inside").to_string_lossy().to_string();
            out.push((rel, std::fs::read(&p).expect("read")));
        }
        let mut dirs: Vec<PathBuf> = std::fs::read_dir(dir)
            .expect("dir")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        dirs.sort();
        for d in dirs {
            walk(root, &d, out);
        }
    }
    let mut out = Vec::new();
    walk(root, root, &mut out);
    out
}

fn sections(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let refs: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (n.as_str(), b.as_slice())).collect();
    join_sections(&refs)
}

#[test]
#[ignore = "writes the seed corpora into fuzz/corpus (run by hand)"]
fn write_seeds() {
    let corpus = fuzz_dir().join("corpus");
    let put = |target: &str, name: &str, data: &[u8]| {
        let dir = corpus.join(target);
        std::fs::create_dir_all(&dir).expect("dir");
        std::fs::write(dir.join(format!("seed-{name}")), data).expect("write");
    };
    // Packs: the small fixture, and the default pack.
    let mini = util::fixture("mini");
    put("pack", "mini", &sections(&folder_files(&mini)));
    put("pack", "default", &sections(&folder_files(&util::default_pack_dir())));
    // A bundle of the small fixture.
    let tmp = tempfile::tempdir().expect("tmp");
    let file = tmp.path().join("mini.borne");
    borne::update::bundle::build(&mini, &file, &mut |_, _| {}).expect("bundle");
    put("bundle", "mini", &std::fs::read(&file).expect("read"));
    // A statistics export with a few counts.
    let mut store = borne::stats::Store::open(&tmp.path().join("stats.sqlite")).expect("stats");
    let at = util::fixed_wall();
    let events = [
        borne::stats::Event::SessionStart,
        borne::stats::Event::Language("ar".into()),
        borne::stats::Event::Topic("housing".into()),
    ];
    store.record(at, &events).expect("record");
    let out = tmp.path().join("export");
    store.export(&out, "mairie", at).expect("export");
    put("stats", "export", &sections(&folder_files(&out)));
    // Tickets: the code of every node of the default pack, and the same as raw bytes
    // without the check value (the target adds it).
    let pack = util::default_pack();
    for node in &pack.nodes {
        let Some(path) = borne::ui::headless::path_to(&pack, &node.id) else {
            continue;
        };
        let p = borne::handoff::Payload::for_path(&pack, &path, "ar", "mairie", 7, at).expect("ticket");
        put("ticket", &format!("{}-code", node.id), p.encode().as_bytes());
        let bytes = p.to_bytes();
        put("ticket", &format!("{}-bytes", node.id), &bytes[..bytes.len() - 2]);
    }
}
