//! Benchmarks of the housing offers with 5,000 offers in the pack: a filter tapped →
//! the list re-filtered and the screen rendered at 1080x1920; a filter's question
//! (its values counted over every offer) rendered; the pack checked, compiled and
//! opened; a signed bundle of it applied. Figures and commands: docs/benchmarks.md.

use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use slint::ComponentHandle;

use borne::config::Config;
use borne::content;
use borne::ui::headless::Headless;
use borne::ui::{AppState, AppWindow, Clocks, Controller, Offers};

#[path = "common/bundle.rs"]
mod bundle;
#[path = "../tests/util/mod.rs"]
mod util;

const OFFERS: usize = 5_000;
/// Distinct photos shared by the offers (a landlord's export has one or more per
/// offer; 500 keeps the bundle realistic without a gigabyte of test data).
const PHOTOS: usize = 500;

/// Photos made when the suite only checks that the benchmarks run (`cargo test`
/// passes no `--bench`): the figures come from `cargo bench`.
fn photos() -> usize {
    if std::env::args().any(|a| a == "--bench") {
        PHOTOS
    } else {
        20
    }
}

/// The `mini` fixture with a landlord, an offers node `flats` and 5,000 offers.
fn offers_pack(dir: &Path) {
    util::copy_dir(&util::fixture("mini"), dir);
    util::offers::add_landlord(dir);
    let photos = photos();
    util::offers::write_offers(dir, OFFERS, photos, "2099-12-31");
    // Photos as an import leaves them: 1024x768 JPEGs with texture (flat test images
    // would make the bundle unrealistically small).
    let folder = dir.join("offers").join(util::offers::LANDLORD);
    for p in 0..photos {
        std::fs::write(folder.join(format!("p{p}.jpg")), textured_jpeg(p as u32)).expect("photo");
    }
}

/// A 1024x768 JPEG of coloured blocks with pseudo-random grain, about the size of a
/// real photo at quality 80.
fn textured_jpeg(seed: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(1024, 768, |x, y| {
        let block = (x / 96 + 7 * (y / 96) + seed) % 11;
        let mut h = x.wrapping_mul(374_761_393) ^ y.wrapping_mul(668_265_263) ^ seed.wrapping_mul(2_654_435_761);
        h = (h ^ (h >> 13)).wrapping_mul(1_274_126_177);
        let grain = (h >> 24) / 4;
        let c = |v: u32| (v + grain).min(255) as u8;
        image::Rgb([c(40 + block * 18), c(90 + block * 9), c(160 - block * 7)])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 80)
        .encode_image(&img)
        .expect("encode");
    out
}

fn pack_benches(c: &mut Criterion) {
    let tmp = tempfile::tempdir().expect("tmp");
    let src = tmp.path().join("src");
    offers_pack(&src);
    let out = tmp.path().join("pack.sqlite");
    content::build_dir(&src, &out).expect("build");
    let mut g = c.benchmark_group("offers-5k");
    g.sample_size(10);
    g.bench_function("check+compile", |b| {
        b.iter(|| content::build_dir(&src, &out).expect("build"))
    });
    g.bench_function("open", |b| b.iter(|| content::open_pack(&out).expect("open")));
    g.finish();
    bundle::apply_bench(c, "offers-5k", &src, tmp.path(), Duration::from_secs(30));
    render_benches(c, &out);
}

/// Taps on the offers list of 5,000 offers, each followed by a full render. Card
/// photos are decoded once (here without a background runtime, at the first fill;
/// on the kiosk off the UI thread), so this measures filtering and drawing.
fn render_benches(c: &mut Criterion, file: &Path) {
    let headless = Headless::install().expect("platform");
    let pack = Arc::new(content::open_pack(file).expect("open"));
    let window = AppWindow::new().expect("window");
    let ctrl = Rc::new(RefCell::new(Controller::new(
        pack,
        &Config::default(),
        Clocks::system(),
    )));
    let _timer = Controller::attach(&ctrl, &window);
    window.show().expect("show");
    {
        let mut c = ctrl.borrow_mut();
        c.show_path(&["flats".to_string()]);
        c.refresh(&window);
    }
    headless.render(1080, 1920);
    let g = window.global::<Offers>();
    let state = window.global::<AppState>();
    // One tap: wheelchair access on, then off; 5,000 offers filtered each time.
    c.bench_function("offers-5k/filter-tap-render-1080x1920", |b| {
        b.iter(|| {
            g.invoke_open_filter("wheelchair".into());
            headless.render(1080, 1920)
        })
    });
    // Two taps: the commune question (each commune counted over 5,000 offers), then
    // a commune chosen and the list shown.
    let communes = ["Maubeuge", "Hautmont", "Exempleville"];
    let mut i = 0;
    c.bench_function("offers-5k/commune-pick-render-1080x1920", |b| {
        b.iter(|| {
            g.invoke_open_filter("commune".into());
            headless.render(1080, 1920);
            i = (i + 1) % communes.len();
            state.invoke_choose(format!("pick:{}", communes[i]).into());
            headless.render(1080, 1920)
        })
    });
    window.hide().expect("hide");
}

criterion_group!(benches, pack_benches);
criterion_main!(benches);
