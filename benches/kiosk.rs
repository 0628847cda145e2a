//! Benchmarks of what a resident and an operator wait for: a screen change rendered at
//! 1080x1920 with the software renderer, a node lookup, and compiling and opening a
//! pack of 10,000 nodes, applying a signed 50 MB bundle of 10,000 nodes, and tapping
//! Listen until the first sound is ready. Figures
//! and commands: docs/benchmarks.md.

use std::cell::RefCell;
use std::fmt::Write as _;
use std::path::Path;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use slint::ComponentHandle;

#[path = "common/bundle.rs"]
mod bundle;

use borne::config::Config;
use borne::content;
use borne::ui::headless::Headless;
use borne::ui::{AppWindow, Clocks, Controller};

/// Writes a pack of `n` nodes: a root with 6 questions, each question offering 6
/// choices, down to results, all with texts and one shared pictogram.
fn synthetic_pack(dir: &Path, n: usize) {
    let svg = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/icons/home.svg")).expect("svg");
    for sub in ["nodes", "locales", "pictograms"] {
        std::fs::create_dir_all(dir.join(sub)).expect("mkdir");
    }
    std::fs::write(dir.join("pictograms/p.svg"), svg).expect("svg");
    std::fs::write(
        dir.join("pack.toml"),
        "id = \"bench.synthetic\"\nversion = \"1.0.0\"\ndefault_language = \"fr\"\nroot = \"n0\"\ncountry = \"FR\"\n\n[languages.fr]\nstatus = \"draft\"\n",
    )
    .expect("pack");
    std::fs::write(
        dir.join("documents.toml"),
        "[[document]]\nid = \"d\"\npictogram = \"p\"\n",
    )
    .expect("docs");
    std::fs::write(
        dir.join("services.toml"),
        "[[service]]\nid = \"s\"\nnom = \"Service\"\ntelephone = \"3939\"\nhoraires_accueil = \"Mo-Fr 09:00-17:00; PH off\"\nthematiques = [\"famille\"]\npictogram = \"p\"\n",
    )
    .expect("services");
    let mut nodes = String::new();
    let mut ftl = String::from("pack-title = Banc\npack-help = Aide\ndoc-d = Document\nsvc-s = Service\n");
    // Breadth-first ids: node i's children are 6i+1 ..= 6i+6.
    for i in 0..n {
        let children: Vec<String> = (6 * i + 1..=6 * i + 6)
            .filter(|c| *c < n)
            .map(|c| format!("\"n{c}\""))
            .collect();
        if children.len() >= 2 {
            let _ = writeln!(
                nodes,
                "[[node]]\nid = \"n{i}\"\nkind = \"question\"\npictogram = \"p\"\nchoices = [{}]\n",
                children.join(", ")
            );
            let _ = writeln!(
                ftl,
                "node-n{i} = Question {i}\n    .question = Que choisissez-vous au niveau {i} ?"
            );
        } else {
            let _ = writeln!(
                nodes,
                "[[node]]\nid = \"n{i}\"\nkind = \"result\"\npictogram = \"p\"\ndocuments = [\"d\"]\nservices = [\"s\"]\nsource = \"https://example.org/{i}\"\nreviewed = \"2026-11-01\"\n"
            );
            let _ = writeln!(
                ftl,
                "node-n{i} = Résultat {i}\n    .text = Une phrase qui explique le droit numéro {i}."
            );
        }
    }
    std::fs::write(dir.join("nodes/all.toml"), nodes).expect("nodes");
    std::fs::write(dir.join("locales/fr.ftl"), ftl).expect("ftl");
}

fn content_benches(c: &mut Criterion) {
    let tmp = tempfile::tempdir().expect("tmp");
    let src = tmp.path().join("src");
    synthetic_pack(&src, 10_000);
    let out = tmp.path().join("pack.sqlite");
    // Built once up front, so a filtered run can open it.
    content::build_dir(&src, &out).expect("build");
    let mut g = c.benchmark_group("pack-10k");
    g.sample_size(10);
    g.bench_function("check+compile", |b| {
        b.iter(|| content::build_dir(&src, &out).expect("build"))
    });
    g.bench_function("open", |b| b.iter(|| content::open_pack(&out).expect("open")));
    g.finish();
    let pack = content::open_pack(&out).expect("open");
    let ids: Vec<String> = (0..10_000).step_by(97).map(|i| format!("n{i}")).collect();
    c.bench_function("node-lookup", |b| {
        b.iter(|| {
            for id in &ids {
                std::hint::black_box(pack.node(id));
            }
        })
    });
}

/// Gives every node of a synthetic pack its own pictogram of about 12 KB of
/// pseudo-random path data (little redundancy, so the bundle stays large).
fn big_pictograms(dir: &Path, n: usize) {
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for i in 0..n {
        let mut d = String::from("M0 0");
        while d.len() < 12_000 {
            let _ = write!(d, " L{} {}", next() % 48000, next() % 48000);
        }
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 48000 48000\"><path d=\"{d}\" fill=\"none\" stroke=\"#1B2B4B\"/></svg>"
        );
        std::fs::write(dir.join(format!("pictograms/p{i}.svg")), svg).expect("svg");
    }
    let nodes = std::fs::read_to_string(dir.join("nodes/all.toml")).expect("nodes");
    let mut out = String::new();
    let mut i = 0;
    for line in nodes.lines() {
        if line == "pictogram = \"p\"" {
            let _ = writeln!(out, "pictogram = \"p{i}\"");
            i += 1;
        } else {
            let _ = writeln!(out, "{line}");
        }
    }
    std::fs::write(dir.join("nodes/all.toml"), out).expect("nodes");
}

/// Applying a signed bundle of 10,000 nodes and about 50 MB, from verification to the
/// atomic switch (what an operator waits for with a USB stick).
fn update_benches(c: &mut Criterion) {
    let tmp = tempfile::tempdir().expect("tmp");
    let src = tmp.path().join("src");
    synthetic_pack(&src, 10_000);
    big_pictograms(&src, 10_000);
    bundle::apply_bench(c, "update-10k", &src, tmp.path(), Duration::from_secs(60));
}

fn render_benches(c: &mut Criterion) {
    let headless = Headless::install().expect("platform");
    let dir = tempfile::tempdir().expect("tmp");
    let pack = Arc::new(content::open_pack(&borne::default_pack::compiled(dir.path()).expect("pack")).expect("open"));
    let config = Config::default();
    let window = AppWindow::new().expect("window");
    let ctrl = Rc::new(RefCell::new(Controller::new(pack.clone(), &config, Clocks::system())));
    let _timer = Controller::attach(&ctrl, &window);
    window.show().expect("show");
    ctrl.borrow_mut().show_path(&[]);
    headless.render(1080, 1920);
    // A tap that changes screen: home -> housing -> back, each rendered in full.
    let mut flip = false;
    c.bench_function("screen-change-render-1080x1920", |b| {
        b.iter(|| {
            {
                let mut c = ctrl.borrow_mut();
                let now = Duration::ZERO;
                if flip {
                    c.session_mut().back(now);
                } else {
                    let p = pack.clone();
                    c.session_mut().choose(&p, "housing", now);
                }
                flip = !flip;
                c.refresh(&window);
            }
            headless.render(1080, 1920)
        })
    });
    listen_bench(c, &window, &ctrl);
    window.hide().expect("hide");
    // A printed ticket: drawn at 384 dots, dithered, turned into ESC/POS bytes.
    let path = borne::ui::headless::path_to(&pack, "housing-apl").expect("path");
    let at = chrono::Local::now().naive_local();
    c.bench_function("ticket-render-raster-384", |b| {
        b.iter(|| {
            let req = borne::ui::print::TicketRequest {
                pack: &pack,
                path: &path,
                lang: "ar",
                kiosk_name: "borne",
                number: 1,
                at,
                mediator_url: None,
                width: 384,
            };
            let (grey, _) = borne::ui::print::render_ticket(&headless, &req).expect("ticket");
            let bits = borne::printing::escpos::dither(grey.width() as usize, grey.height() as usize, grey.as_raw());
            borne::printing::escpos::print_job(&bits)
        })
    });
}

/// Tap Listen on the home screen → the first utterance synthesised and handed to the
/// output: the plan built on the UI thread, sent to the player thread, the first line
/// said by `espeak-ng`. The output keeps the sound in memory (the bench machine has no
/// sound card); the device adds its own buffer (rodio asks for 50 ms).
fn listen_bench(c: &mut Criterion, window: &AppWindow, ctrl: &Rc<RefCell<Controller>>) {
    let (player, _heard, first) = borne::speech::player::memory::player(borne::speech::Synth::default());
    ctrl.borrow_mut().set_player(player);
    let state = window.global::<borne::ui::AppState>();
    for lang in ["fr", "ar"] {
        {
            let mut c = ctrl.borrow_mut();
            c.session_mut().wipe();
            c.show_path(&[]);
            c.session_mut().choose_language(lang, Duration::ZERO);
            c.refresh(window);
        }
        c.bench_function(&format!("listen-first-sound/{lang}"), |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    while first.try_recv().is_ok() {}
                    let start = std::time::Instant::now();
                    state.invoke_toggle_audio();
                    let at = first.recv_timeout(Duration::from_secs(5)).expect("first sound");
                    total += at.duration_since(start);
                    // Off again: the next tap starts from silence.
                    state.invoke_toggle_audio();
                }
                total
            })
        });
    }
    // The keypad: a key moves the focus (the same event the evdev reader sends) and
    // the control it lands on is said, cutting what was being said.
    for lang in ["fr", "ar"] {
        {
            let mut c = ctrl.borrow_mut();
            c.session_mut().wipe();
            c.show_path(&[]);
            c.session_mut().choose_language(lang, Duration::ZERO);
            c.session_mut().set_audio(true, Duration::ZERO);
            c.refresh(window);
        }
        c.bench_function(&format!("keypad-first-sound/{lang}"), |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    while first.try_recv().is_ok() {}
                    let start = std::time::Instant::now();
                    ctrl.borrow()
                        .queue_io(borne::ui::IoEvent::Key(borne::keypad::Key::Down));
                    state.invoke_io_ready();
                    let at = first.recv_timeout(Duration::from_secs(5)).expect("first sound");
                    total += at.duration_since(start);
                }
                total
            })
        });
    }
}

criterion_group!(benches, content_benches, render_benches, update_benches);
criterion_main!(benches);
