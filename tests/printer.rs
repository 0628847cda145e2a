//! A fake network printer (a TCP listener) records the bytes, answers status queries,
//! and can run out of paper or fall silent: printing reports each case and never hangs.
//! The ticket gives a place's hours in words, in the resident's language and French.

mod util;

use std::net::TcpListener;
use std::time::{Duration, Instant};

use borne::printing::escpos;
use borne::printing::transport::{print, PrintError, Target};
use util::fake_printer::{fake_printer, Mode};

fn job() -> Vec<u8> {
    let grey = vec![0u8; escpos::WIDTH_58MM * 40];
    escpos::print_job(&escpos::dither(escpos::WIDTH_58MM, 40, &grey))
}

#[test]
fn a_ready_printer_receives_the_job() {
    let (addr, got) = fake_printer(Mode::Ready);
    let status = print(&Target::parse(&addr), job(), Duration::from_secs(2)).expect("printed");
    assert!(status.ready());
    std::thread::sleep(Duration::from_millis(100));
    let bytes = got.lock().expect("lock").clone();
    let j = job();
    assert!(
        bytes.windows(j.len()).any(|w| w == j.as_slice()),
        "the whole job arrived"
    );
    assert_eq!(
        bytes.windows(2).filter(|w| *w == [0x10, 0x04]).count(),
        8,
        "status before and after"
    );
}

#[test]
fn paper_out_is_reported_and_nothing_printed() {
    let (addr, got) = fake_printer(Mode::PaperOut);
    assert_eq!(
        print(&Target::parse(&addr), job(), Duration::from_secs(2)),
        Err(PrintError::PaperOut)
    );
    std::thread::sleep(Duration::from_millis(100));
    assert!(
        !got.lock().expect("lock").windows(3).any(|w| w == [0x1d, b'v', b'0']),
        "no raster sent"
    );
}

#[test]
fn a_silent_printer_does_not_hang_the_kiosk() {
    let (addr, _) = fake_printer(Mode::Silent);
    let start = Instant::now();
    assert_eq!(
        print(&Target::parse(&addr), job(), Duration::from_millis(300)),
        Err(PrintError::NoAnswer)
    );
    assert!(start.elapsed() < Duration::from_secs(3));
}

#[test]
fn no_printer_listening() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr").to_string();
    drop(listener);
    assert!(matches!(
        print(&Target::parse(&addr), job(), Duration::from_millis(300)),
        Err(PrintError::NotFound(_))
    ));
}

#[test]
fn the_ticket_says_the_hours_in_words() {
    let mut pack = util::default_pack();
    let node = pack.node("housing-apl").expect("result").clone();
    let first = node.services[0].clone();
    let raw = "Mo-Th 08:30-12:00,13:30-17:00; Fr 08:30-12:00; PH off";
    pack.services
        .iter_mut()
        .filter(|s| s.id == first)
        .for_each(|s| s.horaires_accueil = Some(raw.into()));
    let plain = |s: &str| s.replace(['\u{2068}', '\u{2069}'], "").replace('\u{a0}', " ");
    let places = borne::ui::print::places(&pack, "ar", &node, util::fixed_wall().date());
    let (hours, hours_fr) = (plain(&places[0].hours), plain(&places[0].hours_fr));
    assert_eq!(
        hours_fr,
        "Lundi–jeudi : 8 h 30–12 h, 13 h 30–17 h\nVendredi : 8 h 30–12 h\nFermé les jours fériés"
    );
    assert!(hours.starts_with("الاثنين–الخميس: من 8:30 إلى 12:00"), "{hours}");
    assert!(hours.ends_with("مغلق في أيام العطل الرسمية"), "{hours}");
    for p in &places {
        assert!(
            !p.hours.contains("Mo-") && !p.hours_fr.contains("Mo-"),
            "raw hours printed: {p:?}"
        );
        assert!(!p.info.contains("Mo-"), "{p:?}");
    }
    // An unusual rule is printed as it is written rather than as a wrong sentence.
    let odd = "Mo-Fr 09:00-12:00 \"sur rendez-vous\"";
    pack.services
        .iter_mut()
        .filter(|s| s.id == first)
        .for_each(|s| s.horaires_accueil = Some(odd.into()));
    let places = borne::ui::print::places(&pack, "ar", &node, util::fixed_wall().date());
    assert_eq!((places[0].hours.as_str(), places[0].hours_fr.as_str()), (odd, odd));
}
