//! A pack's landlords' offers: read from `offers/`, checked line by line, compiled,
//! opened again with their photos left in the file until asked for.

mod util;

use std::fs;

use borne::content::{self, check_dir_at, read_offer_photo, NodeKind, OfferPhotos};
use chrono::NaiveDate;
use util::offers::{add_landlord, jpeg, write_offers, LANDLORD};
use util::{append, copy_fixture};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

#[test]
fn offers_check_compile_and_open_with_their_photos() {
    let tmp = copy_fixture("mini");
    let dir = tmp.path();
    add_landlord(dir);
    write_offers(dir, 12, 3, "2027-12-31");
    let (src, report) = check_dir_at(dir, day(2026, 11, 30));
    assert_eq!(report.errors(), 0, "{:#?}", report.diagnostics);
    assert!(!report.has_kind("offer-expired"));
    assert_eq!(src.offers.len(), 1);
    assert_eq!(src.offers[0].offers.len(), 12);

    let out = dir.join("pack.sqlite");
    let (_, built) = content::build_dir(dir, &out).expect("builds");
    assert_eq!(built.offers.len(), 12);
    assert!(matches!(built.offer_photos, OfferPhotos::Folder(_)));
    let from_folder = read_offer_photo(&built, LANDLORD, "p1.jpg").expect("photo from the folder");

    let pack = content::open_pack(&out).expect("opens");
    assert_eq!(pack.offers, built.offers, "every field comes back");
    assert_eq!(pack.offer_photos, OfferPhotos::Stored);
    let first = &pack.offers[0];
    assert_eq!(first.id, "bailleur/R-00000");
    assert_eq!(
        (first.rooms, first.surface_m2, first.rent_cents, first.charges_cents),
        (1, 20, 25_000, 4_500)
    );
    assert_eq!(
        (first.floor, first.lift, first.wheelchair, first.energy),
        (Some(0), Some(true), Some(true), Some('A'))
    );
    assert_eq!(first.expires, day(2027, 12, 31));
    assert_eq!(
        pack.offer("bailleur/R-00010").map(|o| o.commune.as_str()),
        Some("Exempleville")
    );
    let node = pack.node("flats").expect("offers node");
    assert_eq!(node.kind, NodeKind::Offers);
    assert_eq!(node.landlords, vec![LANDLORD.to_string()]);
    let landlords: Vec<&str> = pack.landlords_of("flats").iter().map(|s| s.id.as_str()).collect();
    assert_eq!(landlords, vec![LANDLORD]);
    let stored = read_offer_photo(&pack, LANDLORD, "p1.jpg").expect("photo from the compiled file");
    assert_eq!(stored, from_folder);
    assert!(read_offer_photo(&pack, LANDLORD, "nope.jpg").is_err());
    assert!(read_offer_photo(&pack, LANDLORD, "../pack.jpg").is_err());
}

#[test]
fn every_bad_value_is_said_on_its_line_and_nothing_cascades() {
    let tmp = copy_fixture("mini");
    let dir = tmp.path();
    add_landlord(dir);
    write_offers(dir, 2, 1, "2027-12-31");
    fs::write(dir.join("offers/bailleur/big.jpg"), jpeg(3000, 40, 9)).expect("photo");
    fs::write(dir.join("offers/bailleur/fake.jpg"), b"not a jpeg").expect("photo");
    fs::write(dir.join("offers/bailleur/spare.jpg"), jpeg(100, 100, 9)).expect("photo");
    append(
        dir,
        "offers/bailleur.toml",
        r#"
[[offer]]
reference = "R-00000"
commune = " Maubeuge"
code_postal = "596"
rooms = 0
surface_m2 = 0
rent = -3
charges = "12,345"
floor = 99
energy = "H"
available_from = "soon"
expires = 2026-01-31
photos = ["BIG.JPG", "gone.jpg", "big.jpg", "fake.jpg"]

[[offer]]
reference = "OLD"
commune = "Maubeuge"
rooms = 2
surface_m2 = 40
rent = 400
expires = 2026-01-31
"#,
    );
    util::edit(
        dir,
        "nodes/home.toml",
        "services = [\"caf\", \"desk\"]",
        "services = [\"caf\", \"desk\"]\nlandlords = [\"nobody\"]",
    );
    let (_, report) = check_dir_at(dir, day(2026, 11, 30));
    let said: Vec<(String, usize, &str)> = report
        .diagnostics
        .iter()
        .map(|d| (d.file.to_string_lossy().to_string(), d.line, d.message.id))
        .collect();
    let file = "offers/bailleur.toml".to_string();
    // The header line and two generated offers of 16 lines each.
    let l = 33;
    for expected in [
        (file.clone(), l + 1, "check-offer-duplicate"),
        (file.clone(), l + 2, "check-offer-commune"),
        (file.clone(), l + 3, "check-offer-postcode"),
        (file.clone(), l + 4, "check-offer-rooms"),
        (file.clone(), l + 5, "check-offer-surface"),
        (file.clone(), l + 6, "check-offer-rent"),
        (file.clone(), l + 7, "check-offer-charges"),
        (file.clone(), l + 8, "check-offer-floor"),
        (file.clone(), l + 9, "check-offer-energy"),
        (file.clone(), l + 10, "check-invalid-date"),
        (file.clone(), l + 12, "check-offer-photo-name"),
        (file.clone(), l + 12, "check-offer-photo-missing"),
        (file.clone(), l + 20, "check-offer-expired"),
        ("offers/bailleur/big.jpg".to_string(), 0, "check-offer-photo-dimensions"),
        ("offers/bailleur/fake.jpg".to_string(), 0, "check-offer-photo-not-jpeg"),
        ("offers/bailleur/spare.jpg".to_string(), 0, "check-offer-photo-unused"),
        ("nodes/home.toml".to_string(), 0, "check-landlords-not-offers"),
    ] {
        let (f, line, id) = &expected;
        assert!(
            said.iter()
                .any(|(sf, sl, sid)| sf == f && (*line == 0 || sl == line) && sid == id),
            "expected {expected:?} in {said:#?}"
        );
    }
    // The bad offer is not also said to be expired: it did not read.
    assert_eq!(said.iter().filter(|s| s.2 == "check-offer-expired").count(), 1);

    // A file that does not parse is said once; the rest of the pack is checked as usual.
    fs::write(dir.join("offers/bailleur.toml"), "[[offer]]\nreference = 3\n").expect("write");
    let (_, report) = check_dir_at(dir, day(2026, 11, 30));
    let offers_said: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.file.starts_with("offers"))
        .collect();
    assert_eq!(offers_said.len(), 1, "{offers_said:#?}");
    assert_eq!(
        (offers_said[0].line, offers_said[0].message.id),
        (2, "check-invalid-type"),
        "{offers_said:#?}"
    );
}

#[test]
fn a_landlord_must_be_a_service_of_the_pack() {
    let tmp = copy_fixture("mini");
    let dir = tmp.path();
    add_landlord(dir);
    write_offers(dir, 1, 0, "2027-12-31");
    fs::rename(dir.join("offers/bailleur.toml"), dir.join("offers/inconnu.toml")).expect("rename");
    let (_, report) = check_dir_at(dir, day(2026, 11, 30));
    assert!(report
        .diagnostics
        .iter()
        .any(|d| d.file.ends_with("inconnu.toml") && d.message.id == "check-offers-landlord"));
}
