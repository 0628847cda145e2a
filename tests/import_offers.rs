//! `borne content import offers` on a landlord's export with awkward rows
//! (`tests/fixtures/offers-import/`, CSV and JSON), photos generated here (a JPEG with
//! EXIF, a PNG, a large PNG): the exact report, a pack that passes `content check`,
//! photos shrunk and stripped; and a generated 10,000-row export imported, checked and
//! compiled.

mod util;

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Instant;

use borne::content::import::{import_offers, to_kiosk_jpeg, OffersOptions};
use borne::content::{build_dir, check_dir_at, Severity};
use borne::tools_text::ToolLang;
use chrono::NaiveDate;
use util::copy_fixture;
use util::offers::{add_landlord, jpeg, LANDLORD};

const BORNE: &str = env!("CARGO_BIN_EXE_borne");

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or_default()
}

/// `borne ARGS` in English.
fn borne_en(args: &[&str]) -> Output {
    Command::new(BORNE)
        .args(args)
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("BORNE_CONFIG")
        .env("LANG", "en_US.UTF-8")
        .output()
        .expect("borne runs")
}

/// A JPEG whose APP1 segment is EXIF saying "turn 90° clockwise" (orientation 6) and
/// carrying a text the output must not keep.
fn jpeg_with_exif(w: u32, h: u32) -> Vec<u8> {
    let plain = jpeg(w, h, 40);
    let mut tiff = b"Exif\0\0MM\0\x2a\0\0\0\x08".to_vec();
    tiff.extend_from_slice(b"\0\x01\x01\x12\0\x03\0\0\0\x01\0\x06\0\0\0\0\0\0");
    tiff.extend_from_slice(b"GPS 50.2776N 3.9734E, owner Jean Exemple");
    let len = u16::try_from(tiff.len() + 2).expect("short segment");
    let mut out = plain[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(&tiff);
    out.extend_from_slice(&plain[2..]);
    out
}

fn png(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 90]));
    let mut out = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .expect("encode png");
    out
}

/// The markers of a JPEG's segments before its scan.
fn segments(jpeg: &[u8]) -> Vec<u8> {
    let mut markers = Vec::new();
    let mut i = 2;
    while i + 4 <= jpeg.len() && jpeg[i] == 0xFF {
        let marker = jpeg[i + 1];
        markers.push(marker);
        if marker == 0xDA {
            break;
        }
        i += 2 + usize::from(u16::from_be_bytes([jpeg[i + 2], jpeg[i + 3]]));
    }
    markers
}

/// The mini pack with the landlord's service and offers node, and the fixture export
/// with its photos: `salon.jpg` (EXIF) and `grande.png` (3000×2000) in `photos/`,
/// `cuisine.png` beside the export.
fn setup() -> (tempfile::TempDir, tempfile::TempDir) {
    let pack = copy_fixture("mini");
    add_landlord(pack.path());
    let export = tempfile::tempdir().expect("tmp");
    util::copy_dir(&util::fixture("offers-import"), export.path());
    let photos = export.path().join("photos");
    fs::create_dir_all(&photos).expect("photos folder");
    fs::write(photos.join("salon.jpg"), jpeg_with_exif(400, 200)).expect("photo");
    fs::write(photos.join("grande.png"), png(3000, 2000)).expect("photo");
    fs::write(export.path().join("cuisine.png"), png(320, 240)).expect("photo");
    (pack, export)
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

fn check_errors(pack: &Path) -> Vec<String> {
    let (_, report) = check_dir_at(pack, today());
    report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.to_string())
        .collect()
}

#[test]
fn the_awkward_export_is_reported_row_by_row_and_the_pack_checks() {
    let (pack, export) = setup();
    let csv = export.path().join("offres.csv");
    let out = borne_en(&[
        "content",
        "import",
        "offers",
        path_str(&csv),
        "--landlord",
        LANDLORD,
        "--out",
        path_str(pack.path()),
    ]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<&str> = stdout.lines().collect();
    let expected = [
        "skipped, line 3 (reference EH-0002): rent is missing",
        "skipped, line 5 (reference EH-0004): the date expires \"31/02/2099\" is not valid: YYYY-MM-DD or DD/MM/YYYY",
        "skipped, line 7 (reference EH-0001): the same reference is already imported from line 2: only the first is kept",
        "skipped, line 9 (reference EH-0008): the type \"maison\" is not valid: T1 to T20, F1 to F20, a number of rooms or \"studio\" ; the energy label \"Z\" must be a letter from A to G",
        "photo \"absente.jpg\", line 4 (reference EH-0003): not found beside the export nor in its photos/ folder; the offer is kept without it",
        "8 rows read: 3 offers imported, 4 skipped, 1 already ended dropped",
        "photos: 3 written, 1 of them shrunk; 1 missing or unreadable; 0 old ones removed",
    ];
    assert_eq!(&lines[..expected.len()], expected, "{stdout}");
    assert!(lines[expected.len()].starts_with("wrote "), "{stdout}");

    assert!(check_errors(pack.path()).is_empty(), "{:#?}", check_errors(pack.path()));
    let text = fs::read_to_string(pack.path().join("offers/bailleur.toml")).expect("offers file");
    assert!(text.starts_with("# Offers of the landlord bailleur, imported from offres.csv"));
    for written in [
        "reference = \"EH-0001\"\ncommune = \"Maubeuge\"\ncode_postal = \"59600\"\nrooms = 3\nsurface_m2 = 65\n\
         rent = 1012.50\ncharges = 85\nfloor = 0\nlift = true\nwheelchair = false\nenergy = \"C\"\n\
         available_from = 2027-01-01\nexpires = 2099-12-31\nphotos = [\"salon.jpg\", \"cuisine.jpg\"]\n",
        "reference = \"EH-0003\"\ncommune = \"Hautmont\"\ncode_postal = \"59330\"\nrooms = 1\nsurface_m2 = 22\n\
         rent = 310\ncharges = 25.50\nfloor = 1\n",
        "commune = \"Saint-Rémy-du-Nord\"",
        "rooms = 4\nsurface_m2 = 78\nrent = 612.40\n",
    ] {
        assert!(text.contains(written), "{written:?} in:\n{text}");
    }
    assert!(!text.contains("absente"));

    let folder = pack.path().join("offers").join(LANDLORD);
    let salon = fs::read(folder.join("salon.jpg")).expect("salon");
    assert!(!segments(&salon).contains(&0xE1), "no APP1 (EXIF) segment");
    assert!(!salon.windows(4).any(|w| w == b"Exif"));
    assert!(!salon.windows(7).any(|w| w == b"Exemple"));
    let salon = image::load_from_memory(&salon).expect("decodes");
    assert_eq!((salon.width(), salon.height()), (200, 400), "turned upright");
    let big = image::load_from_memory(&fs::read(folder.join("grande.jpg")).expect("grande")).expect("decodes");
    assert_eq!((big.width(), big.height()), (1024, 683), "fits 1024×768, aspect kept");
    let small = image::load_from_memory(&fs::read(folder.join("cuisine.jpg")).expect("cuisine")).expect("decodes");
    assert_eq!((small.width(), small.height()), (320, 240), "never enlarged");

    // The JSON variant replaces that import: its offers, and only its photos.
    let json = export.path().join("offres.json");
    let opts = OffersOptions {
        file: json,
        landlord: LANDLORD.into(),
        pack: pack.path().to_path_buf(),
        today: today(),
    };
    let r = import_offers(&opts).expect("imports");
    let lines = r.lines(ToolLang::En);
    assert_eq!(
        lines,
        [
            "skipped, item 2 (reference EH-0102): rent is missing",
            "3 rows read: 1 offers imported, 1 skipped, 1 already ended dropped",
            "photos: 1 written, 0 of them shrunk; 0 missing or unreadable; 2 old ones removed",
        ]
    );
    let mut left: Vec<String> = fs::read_dir(&folder)
        .expect("folder")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["salon.jpg"]);
    let text = fs::read_to_string(pack.path().join("offers/bailleur.toml")).expect("offers file");
    assert!(text.contains("rent = 512.30\ncharges = 45\nfloor = 0\nlift = true\nwheelchair = false\n"));
    assert!(check_errors(pack.path()).is_empty(), "{:#?}", check_errors(pack.path()));
}

#[test]
fn refusals_write_nothing() {
    let (pack, export) = setup();
    let csv = export.path().join("offres.csv");
    let run = |file: &Path, landlord: &str, out: &Path| {
        let opts = OffersOptions {
            file: file.to_path_buf(),
            landlord: landlord.into(),
            pack: out.to_path_buf(),
            today: today(),
        };
        import_offers(&opts).map_err(|e| e.0.render(ToolLang::En))
    };
    let not_pack = run(&csv, LANDLORD, export.path()).expect_err("no pack.toml");
    assert!(not_pack.contains("is not a pack folder"), "{not_pack}");
    let bad_id = run(&csv, "Bailleur Social", pack.path()).expect_err("not an id");
    assert!(bad_id.contains("is not a valid id"), "{bad_id}");
    let headless = export.path().join("sans-loyer.csv");
    fs::write(
        &headless,
        "reference,commune,rooms,surface_m2,expires\nA,B,3,40,2099-01-01\n",
    )
    .expect("write");
    let missing = run(&headless, LANDLORD, pack.path()).expect_err("no rent column");
    assert!(missing.contains("the header lacks the column(s) rent"), "{missing}");
    let binary = export.path().join("binaire.csv");
    fs::write(&binary, [0u8, 159, 146, 150, 255, 0, 10, 200].repeat(4096)).expect("write");
    let r = run(&binary, LANDLORD, pack.path());
    assert!(r.is_err() || r.as_ref().is_ok_and(|r| r.written.is_none()), "{r:?}");
    // A landlord unknown to services.toml: imported, and the report says to add it.
    let r = run(&csv, "autre-bailleur", pack.path()).expect("imports");
    assert!(!r.landlord_known);
    assert!(!pack.path().join("offers/bailleur.toml").exists());
    // Nothing importable: the previous import stays, the command fails.
    fs::write(
        &headless,
        "reference;commune;rooms;surface_m2;rent;expires\nA;B;3;40;;2099-01-01\n",
    )
    .expect("write");
    let before = fs::read(pack.path().join("offers/autre-bailleur.toml")).expect("written");
    let out = borne_en(&[
        "content",
        "import",
        "offers",
        path_str(&headless),
        "--landlord",
        "autre-bailleur",
        "--out",
        path_str(pack.path()),
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing is written"));
    assert_eq!(
        fs::read(pack.path().join("offers/autre-bailleur.toml")).expect("kept"),
        before
    );
}

#[test]
fn a_large_photo_is_shrunk_into_the_box() {
    let (jpeg_out, resized) = to_kiosk_jpeg(&png(3000, 2000)).expect("converts");
    assert!(resized);
    let img = image::load_from_memory(&jpeg_out).expect("decodes");
    assert!(img.width() <= 1024 && img.height() <= 768);
    assert!(jpeg_out.len() as u64 <= borne::offers::values::MAX_PHOTO_BYTES);
    let (tall, _) = to_kiosk_jpeg(&jpeg(1000, 3000, 7)).expect("converts");
    let tall = image::load_from_memory(&tall).expect("decodes");
    assert_eq!((tall.width(), tall.height()), (256, 768));
}

/// A generated export of `rows` offers, two photos shared by all.
fn generated_export(dir: &Path, rows: usize) -> PathBuf {
    let mut csv = String::from(
        "reference;commune;code_postal;rooms;surface_m2;rent;charges;floor;lift;wheelchair;energy;expires;photos\n",
    );
    let communes = ["Maubeuge", "Hautmont", "Jeumont", "Feignies", "Saint-Rémy-du-Nord"];
    for i in 0..rows {
        let _ = writeln!(
            csv,
            "G-{i:05};{};59600;T{};{},5;{} {:03},{:02} €;{},00;{};oui;non;{};31/12/2099;facade-{}.jpg",
            communes[i % communes.len()],
            1 + i % 6,
            18 + i % 90,
            i % 2,
            200 + i % 700,
            i % 100,
            30 + i % 60,
            if i % 10 == 0 {
                "RDC".to_string()
            } else {
                (i % 12).to_string()
            },
            ["A", "B", "C", "D", "E", "F", "G"][i % 7],
            i % 2
        );
    }
    let file = dir.join("export.csv");
    fs::write(&file, csv).expect("write export");
    fs::write(dir.join("facade-0.jpg"), jpeg(1600, 1200, 3)).expect("photo");
    fs::write(dir.join("facade-1.jpg"), jpeg(640, 480, 90)).expect("photo");
    file
}

#[test]
fn ten_thousand_offers_import_check_and_compile() {
    let pack = copy_fixture("mini");
    add_landlord(pack.path());
    let export = tempfile::tempdir().expect("tmp");
    let file = generated_export(export.path(), 10_000);
    let opts = OffersOptions {
        file,
        landlord: LANDLORD.into(),
        pack: pack.path().to_path_buf(),
        today: today(),
    };
    let started = Instant::now();
    let r = import_offers(&opts).expect("imports");
    eprintln!("10,000 offers imported in {:?}", started.elapsed());
    assert_eq!(
        (r.rows, r.imported, r.skipped.len(), r.expired),
        (10_000, 10_000, 0, 0),
        "{r}"
    );
    assert_eq!((r.photos_written, r.photos_resized), (2, 1));
    assert!(check_errors(pack.path()).is_empty(), "{:#?}", check_errors(pack.path()));
    let (_, built) = build_dir(pack.path(), &pack.path().join("pack.sqlite")).expect("compiles");
    assert_eq!(built.offers.len(), 10_000);
    let first = &built.offers[0];
    assert_eq!((first.rent_cents, first.floor, first.rooms), (20_000, Some(0), 1));
}
