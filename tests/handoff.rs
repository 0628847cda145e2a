//! Tickets end to end through the command line: a code made for a node decodes back to
//! the same path; another pack, a damaged or a future code give plain French messages.
//! Forged codes (absurd dates, steps, flags) are refused plainly by the command line,
//! the kiosk and the offline page; a discreet result's code carries no path.

mod util;

use std::process::Command;

fn borne(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_borne"))
        .args(args)
        .output()
        .expect("run borne");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_ticket_decodes_to_its_path_in_french() {
    let (code, out, _) = borne(&[
        "handoff",
        "encode",
        "--node",
        "housing-apl",
        "--lang",
        "ar",
        "--ticket",
        "42",
    ]);
    assert_eq!(code, 0);
    let payload = out.trim().to_string();
    assert!(
        payload.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()),
        "{payload}"
    );
    let url = format!("https://mediation.example.org/ticket.html#{payload}");
    let (code, text, _) = borne(&["handoff", "decode", &url]);
    assert_eq!(code, 0);
    assert!(text.contains("Ticket n° 42"), "{text}");
    assert!(text.contains("Langue de la personne : العربية (ar)"), "{text}");
    assert!(text.contains("1. Logement"), "{text}");
    assert!(text.contains("2. Aide pour payer le loyer (résultat)"), "{text}");
    assert!(text.contains("Documents à apporter : Pièce d'identité"), "{text}");
    let (_, json, _) = borne(&["handoff", "decode", &payload, "--json"]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(v["path"], serde_json::json!(["home", "housing", "housing-apl"]));
    assert_eq!(v["results"], serde_json::json!(["housing-apl"]));
    assert_eq!(v["language"], "ar");
}

#[test]
fn a_ticket_from_another_pack_says_what_is_known() {
    let (_, out, _) = borne(&["handoff", "encode", "--node", "housing-apl"]);
    let mini = util::fixture("mini");
    let (code, text, _) = borne(&[
        "handoff",
        "decode",
        out.trim(),
        "--content",
        mini.to_str().unwrap_or_default(),
    ]);
    assert_eq!(code, 0);
    assert!(text.contains("vient d'un autre contenu"), "{text}");
    assert!(text.contains("Parcours (numéros des choix) : 1 > 2"), "{text}");
}

#[test]
fn damaged_and_future_codes_are_refused_plainly() {
    let (_, out, _) = borne(&["handoff", "encode", "--node", "housing-apl"]);
    let code = out.trim();
    let mut damaged: Vec<char> = code.chars().collect();
    let i = damaged.len() / 2;
    damaged[i] = if damaged[i] == 'A' { 'B' } else { 'A' };
    let damaged: String = damaged.into_iter().collect();
    let (status, _, err) = borne(&["handoff", "decode", &damaged]);
    assert_eq!(status, 1);
    assert!(err.contains("Ce ticket ne peut pas être lu"), "{err}");
    let truncated = &code[..code.len() / 2];
    let (status, _, err) = borne(&["handoff", "decode", truncated]);
    assert_eq!(status, 1);
    assert!(
        err.contains("incomplet") || err.contains("abîmé") || err.contains("caractères"),
        "{err}"
    );
    let mut bytes = data_encoding::BASE32_NOPAD.decode(code.as_bytes()).expect("base32");
    bytes[0] = 7;
    let future = data_encoding::BASE32_NOPAD.encode(&bytes);
    let (status, _, err) = borne(&["handoff", "decode", &future]);
    assert_eq!(status, 1);
    assert!(err.contains("version plus récente"), "{err}");
}

#[test]
fn the_printed_raster_of_a_ticket_qr_reads_back() {
    // A QR code sent to a 58 mm printer as ESC/POS raster, turned back into an image
    // and read by an independent decoder.
    let pack = util::default_pack();
    let path = borne::ui::headless::path_to(&pack, "housing-apl").expect("path");
    let at = util::fixed_wall();
    let payload = borne::handoff::Payload::for_path(&pack, &path, "ti", "Mairie", 7, at).expect("payload");
    let text = format!("https://mediation.example.org/#{}", payload.encode());
    let qr = borne::handoff::qr::encode(&text).expect("qr");
    let module = borne::printing::escpos::WIDTH_58MM / (qr.width + 2 * borne::handoff::qr::QUIET_ZONE);
    let (side, grey) = qr.to_pixels(module);
    let width = borne::printing::escpos::WIDTH_58MM;
    let mut page = vec![255u8; width * side];
    for y in 0..side {
        page[y * width..y * width + side].copy_from_slice(&grey[y * side..(y + 1) * side]);
    }
    let job = borne::printing::escpos::print_job(&borne::printing::escpos::dither(width, side, &page));
    let raster = borne::printing::escpos::raster_of(&job).expect("raster");
    let img = raster.to_image();
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("printed.png");
    img.save(&file).expect("save");
    let out = Command::new("zbarimg")
        .args(["--quiet", "--raw"])
        .arg(&file)
        .output()
        .expect("zbarimg (zbar-tools)");
    let read = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert_eq!(read, text);
    assert_eq!(borne::handoff::Payload::decode(&read), Ok(payload));
}

fn raster_png(job: &[u8], file: &std::path::Path) -> borne::printing::escpos::Bitmap {
    let raster = borne::printing::escpos::raster_of(job).expect("an ESC/POS raster job");
    let img = raster.to_image();
    img.save(file).expect("save");
    raster
}

#[test]
fn borne_ticket_prints_a_readable_qr_in_both_widths() {
    let dir = tempfile::tempdir().expect("tmp");
    for (width, lang) in [("384", "ar"), ("576", "ti")] {
        let bin = dir.path().join(format!("t{width}.bin"));
        let (code, _, err) = borne(&[
            "ticket",
            "--node",
            "housing-apl",
            "--lang",
            lang,
            "--width",
            width,
            "--number",
            "9",
            "--out",
            bin.to_str().unwrap_or_default(),
        ]);
        assert_eq!(code, 0, "{err}");
        let job = std::fs::read(&bin).expect("job");
        assert!(job.ends_with(&[0x1d, b'V', 66, 0]), "fed and cut");
        let png = dir.path().join(format!("t{width}.png"));
        let raster = raster_png(&job, &png);
        assert_eq!(raster.width.to_string(), width);
        let out = Command::new("zbarimg")
            .args(["--quiet", "--raw"])
            .arg(&png)
            .output()
            .expect("zbarimg");
        let read = String::from_utf8_lossy(&out.stdout).trim().to_string();
        let p = borne::handoff::Payload::decode(&read).expect("the printed QR is a ticket");
        assert_eq!(p.ticket, 9);
        assert_eq!(p.language_code(), Some(lang));
        assert_eq!(
            p.path_in(&util::default_pack()).expect("path"),
            ["home", "housing", "housing-apl"]
        );
    }
}

#[test]
fn a_discreet_result_prints_no_topic() {
    let dir = tempfile::tempdir().expect("tmp");
    let height = |node: &str| {
        let bin = dir.path().join(format!("{node}.bin"));
        let (code, _, err) = borne(&["ticket", "--node", node, "--out", bin.to_str().unwrap_or_default()]);
        assert_eq!(code, 0, "{err}");
        borne::printing::escpos::raster_of(&std::fs::read(&bin).expect("job"))
            .expect("raster")
            .height
    };
    let pack = util::default_pack();
    assert!(pack.node("emergency-violence").is_some_and(|n| n.discreet));
    // Only the header, number, QR and a neutral line: much shorter than a full ticket.
    assert!(height("emergency-violence") * 2 < height("housing-apl"));
}

#[test]
fn the_offline_mediator_page_reads_a_ticket() {
    let dir = tempfile::tempdir().expect("tmp");
    let (code, _, err) = borne(&["mediator-page", "--out", dir.path().to_str().unwrap_or_default()]);
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(dir.path().join("index.html")).expect("page");
    // Offline and private: nothing is fetched from anywhere.
    assert!(
        !html.contains("src=\"http") && !html.contains("href=\"http"),
        "no external asset"
    );
    assert!(html.contains("default-src 'none'"));
    let page = MediatorPage::at(dir.path());
    let (_, out, _) = borne(&[
        "handoff",
        "encode",
        "--node",
        "health-css",
        "--lang",
        "prs",
        "--ticket",
        "12",
    ]);
    let url = format!("https://mediation.example.org/#{}", out.trim());
    let run = |code: &str| page.run("read", code);
    let v = run(&url);
    assert_eq!(v["ok"], true);
    assert_eq!(v["language"], "prs");
    assert_eq!(v["ticket"]["ticket"], 12);
    assert_eq!(
        v["path"],
        serde_json::json!(["home", "health", "health-cover", "health-css"])
    );
    // A damaged code is refused by the page too.
    let mut damaged = out.trim().to_string();
    damaged.replace_range(10..11, if &damaged[10..11] == "A" { "B" } else { "A" });
    assert_eq!(run(&damaged)["ok"], false);

    // Places' hours are in words, in French and in the resident's language, never
    // the raw "Mo-Fr 09:00-…" text.
    let (_, out, _) = borne(&["handoff", "encode", "--node", "housing-apl", "--lang", "ar"]);
    let v = page.run("render", out.trim());
    let texts: Vec<String> = v["texts"]
        .as_array()
        .expect("texts")
        .iter()
        .map(|t| t.as_str().unwrap_or_default().replace(['\u{2068}', '\u{2069}'], ""))
        .collect();
    assert!(
        texts.iter().any(|t| t == "Lundi–vendredi : 9\u{a0}h–16\u{a0}h\u{a0}30"),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|t| t == "الاثنين–الجمعة: من 9:00 إلى 16:30"),
        "{texts:?}"
    );
    assert!(texts.iter().any(|t| t == "Fermé les jours fériés"), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("Mo-")), "raw hours shown: {texts:?}");
}

/// The offline page in a folder, and the page's own script run by node on its embedded
/// pack: `read` gives `readTicket`'s answer, `render` the texts `render` puts on a
/// stand-in document (or the exception it threw).
struct MediatorPage {
    html: std::path::PathBuf,
    runner: std::path::PathBuf,
}

const RUNNER: &str = r#"const fs = require("fs");
const html = fs.readFileSync(process.argv[2], "utf8");
const pack = JSON.parse(html.split('<script id="pack" type="application/json">')[1].split("</script>")[0]);
const script = html.split("<script>\n")[1].split("</script>")[0];
const m = { exports: {} };
new Function("module", script)(m);
const [mode, code, now] = process.argv.slice(3);
const clock = now === undefined ? undefined : Number(now);
if (mode === "read") {
  console.log(JSON.stringify(m.exports.readTicket(code, pack, clock)));
} else {
  // Just enough of a document for render(): elements that hold text and children.
  const element = () => ({
    children: [],
    text: "",
    set textContent(v) { this.text = v; this.children = []; },
    get textContent() { return this.text; },
    appendChild(c) { this.children.push(c); return c; },
  });
  globalThis.document = { createElement: element };
  const texts = (e) => [e.text, ...e.children.flatMap(texts)].filter(Boolean);
  const out = element();
  try {
    m.exports.render(m.exports.readTicket(code, pack, clock), pack, out);
    console.log(JSON.stringify({ texts: texts(out) }));
  } catch (e) {
    console.log(JSON.stringify({ threw: String(e) }));
  }
}
"#;

impl MediatorPage {
    /// The page of the built-in pack, written by `borne mediator-page`.
    fn new(dir: &std::path::Path) -> Self {
        let (code, _, err) = borne(&["mediator-page", "--out", dir.to_str().unwrap_or_default()]);
        assert_eq!(code, 0, "{err}");
        Self::at(dir)
    }

    fn at(dir: &std::path::Path) -> Self {
        let runner = dir.join("run.js");
        std::fs::write(&runner, RUNNER).expect("runner");
        MediatorPage {
            html: dir.join("index.html"),
            runner,
        }
    }

    /// Runs `mode` on `code` with the page's clock at 2026-11-24 10:00 UTC (the tests'
    /// fixed wall time), so that whether a ticket is "from the future" does not depend
    /// on the machine's clock.
    fn run(&self, mode: &str, code: &str) -> serde_json::Value {
        let o = Command::new("node")
            .arg(&self.runner)
            .arg(&self.html)
            .args([mode, code, "1795514400000"])
            .output()
            .expect("node (nodejs)");
        serde_json::from_slice(&o.stdout).unwrap_or_else(|_| {
            panic!(
                "node: {}{}",
                String::from_utf8_lossy(&o.stdout),
                String::from_utf8_lossy(&o.stderr)
            )
        })
    }
}

/// A ticket's code with a valid check value, whatever its fields say: the bytes of a
/// format-1 ticket with `hour` and `steps`.
fn forged(hour: u32, steps: &[u8]) -> String {
    let mut b = vec![1u8];
    b.extend_from_slice(&[0; 4 + 6 + 4]);
    b.push(2);
    b.extend_from_slice(&[0xc3, 0xf0, 0, 7]);
    b.extend_from_slice(&hour.to_be_bytes());
    b.push(steps.len() as u8);
    b.extend_from_slice(steps);
    let crc = crc16(&b);
    b.extend_from_slice(&crc.to_be_bytes());
    data_encoding::BASE32_NOPAD.encode(&b)
}

/// CRC-16/IBM-3740, written out here so that the test does not trust the code under test.
fn crc16(bytes: &[u8]) -> u16 {
    let mut crc = 0xffffu16;
    for b in bytes {
        crc ^= u16::from(*b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

#[test]
fn finding_1_a_crafted_ticket_does_not_crash_decode() {
    // The audit's ticket: hour 0xFFFFFFFF and a step of 255.
    let (status, out, err) = borne(&["handoff", "decode", &forged(u32::MAX, &[255])]);
    assert_eq!(status, 1, "{out}{err}");
    assert!(err.contains("Ce ticket ne peut pas être lu"), "{err}");
    assert!(err.contains("date"), "{err}");
    let (status, _, err) = borne(&["handoff", "decode", &forged(u32::MAX, &[255]), "--json"]);
    assert_eq!(status, 1, "{err}");
    // A sane hour with a step of 255: read, numbered 256.
    let (status, out, err) = borne(&["handoff", "decode", &forged(25_000, &[255, 255])]);
    assert_eq!(status, 0, "{err}");
    assert!(out.contains("256 > 256"), "{out}");
}

#[test]
fn finding_8_a_discreet_ticket_does_not_reveal_its_topic() {
    let pack = util::default_pack();
    assert!(pack.node("emergency-violence").is_some_and(|n| n.discreet));
    let (status, out, err) = borne(&["handoff", "encode", "--node", "emergency-violence", "--lang", "ar"]);
    assert_eq!(status, 0, "{err}");
    let code = out.trim();
    // What a finder's phone reads: no path at all, so nothing to look the topic up with.
    let p = borne::handoff::Payload::decode(code).expect("a ticket");
    assert!(p.steps.is_empty(), "{:?}", p.steps);
    let bytes = data_encoding::BASE32_NOPAD.decode(code.as_bytes()).expect("base32");
    assert_eq!(bytes[0], 2, "the discreet format");
    // The command line says so, in French.
    let (status, text, err) = borne(&["handoff", "decode", code]);
    assert_eq!(status, 0, "{err}");
    assert!(text.contains("Langue de la personne : العربية (ar)"), "{text}");
    assert!(text.contains("Le parcours n'est pas écrit sur ce ticket"), "{text}");
    assert!(!text.contains("Urgence") && !text.contains("violence"), "{text}");
    let (_, json, _) = borne(&["handoff", "decode", code, "--json"]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(v["discreet"], true);
    assert_eq!(v["path"], serde_json::Value::Null);
    assert_eq!(v["steps"], serde_json::json!([]));
    // The offline page, which holds the whole pack, has nothing to look up either.
    let dir = tempfile::tempdir().expect("tmp");
    let page = MediatorPage::new(dir.path());
    let v = page.run("read", code);
    assert_eq!(v["ok"], true);
    assert_eq!(v["discreet"], true);
    assert_eq!(v["path"], serde_json::Value::Null);
    let shown = page.run("render", code)["texts"].to_string();
    assert!(shown.contains("demandez à la personne"), "{shown}");
    assert!(!shown.contains("violence") && !shown.contains("discret"), "{shown}");
    // The printed ticket's QR is the same discreet code.
    let bin = dir.path().join("t.bin");
    let (status, _, err) = borne(&[
        "ticket",
        "--node",
        "emergency-violence",
        "--out",
        bin.to_str().unwrap_or_default(),
    ]);
    assert_eq!(status, 0, "{err}");
    let png = dir.path().join("t.png");
    raster_png(&std::fs::read(&bin).expect("job"), &png);
    let zbar = Command::new("zbarimg")
        .args(["--quiet", "--raw"])
        .arg(&png)
        .output()
        .expect("zbarimg");
    let printed = borne::handoff::Payload::decode(String::from_utf8_lossy(&zbar.stdout).trim()).expect("a ticket");
    assert!(printed.steps.is_empty(), "{:?}", printed.steps);
    // Ordinary results keep their path, in format 1.
    let (_, out, _) = borne(&["handoff", "encode", "--node", "housing-apl"]);
    let bytes = data_encoding::BASE32_NOPAD
        .decode(out.trim().as_bytes())
        .expect("base32");
    assert_eq!(bytes[0], 1);
}

/// Scans on a kiosk (one Slint platform per test process, so one test for both).
#[test]
fn scans_on_the_kiosk() {
    i_slint_backend_testing::init_integration_test_with_mock_time();
    let pack = std::sync::Arc::new(util::default_pack());
    let clock = util::TestClock::new();
    let kiosk = util::kiosk(pack.clone(), &clock, 1080, 1920);
    finding_1_a_crafted_ticket_does_not_crash_the_kiosk(&kiosk);
    finding_8_the_kiosk_tells_both_to_ask_about_a_discreet_ticket(&kiosk, &pack);
}

/// Scans `code` into the kiosk's mediator view, as the scanner would.
fn scan<'a>(kiosk: &'a util::Kiosk, code: &str) -> borne::ui::AppState<'a> {
    use slint::ComponentHandle;
    let mut c = kiosk.ctrl.borrow_mut();
    c.scanned(code);
    c.refresh(&kiosk.window);
    let state = kiosk.window.global::<borne::ui::AppState>();
    assert_eq!(state.get_screen(), borne::ui::ScreenKind::Mediator, "{code}");
    state
}

fn finding_1_a_crafted_ticket_does_not_crash_the_kiosk(kiosk: &util::Kiosk) {
    use slint::Model;
    let state = scan(kiosk, &forged(u32::MAX, &[255]));
    assert!(
        state.get_mediator_problem().contains("date"),
        "{}",
        state.get_mediator_problem()
    );
    // Every extreme of the hour and the steps, again and again: the kiosk answers each.
    let mut x = 0x2545_f491u32;
    for i in 0..400u32 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        let hour = [0, 25_000, 666_216, 666_217, u32::MAX, x][(i % 6) as usize];
        let steps: Vec<u8> = (0..(x % 34) as usize).map(|k| [0, 1, 255, x as u8][k % 4]).collect();
        let state = scan(kiosk, &forged(hour, &steps));
        let _ = state.get_mediator_rows().row_count();
    }
}

fn finding_8_the_kiosk_tells_both_to_ask_about_a_discreet_ticket(kiosk: &util::Kiosk, pack: &borne::content::Pack) {
    use slint::Model;
    let path = borne::ui::headless::path_to(pack, "emergency-violence").expect("path");
    let code = borne::handoff::Payload::for_path(pack, &path, "en", "k", 4, util::fixed_wall())
        .expect("payload")
        .encode();
    let state = scan(kiosk, &code);
    assert_eq!(state.get_mediator_problem(), "");
    let rows: Vec<_> = state.get_mediator_rows().iter().collect();
    assert_eq!(rows.len(), 1, "only the note, no path");
    assert!(rows[0]
        .resident
        .starts_with("Your answers are not written on the ticket"));
    assert!(rows[0].french.contains("demandez à la personne"));
    let ctrl = kiosk.ctrl.borrow();
    assert_eq!(ctrl.session().path(), std::slice::from_ref(&pack.root));
    assert_eq!(ctrl.session().language(), "en");
}

#[test]
fn finding_11_a_huge_hour_does_not_blank_the_mediator_page() {
    let dir = tempfile::tempdir().expect("tmp");
    let page = MediatorPage::new(dir.path());
    for code in [
        forged(u32::MAX, &[255]),
        forged(666_217, &[]),
        forged(0x8000_0000, &[0]),
    ] {
        let v = page.run("render", &code);
        let shown = v["texts"].to_string();
        assert!(shown.contains("la date qu'il porte est impossible"), "{v}");
        assert_eq!(page.run("read", &code)["error"], "date");
    }
    // The last sane hour is shown, and a ticket from the future is flagged.
    let v = page.run("render", &forged(666_216, &[]));
    assert!(v["texts"].to_string().contains("01/01/2100"), "{v}");
    assert!(
        v["texts"].to_string().contains("plus d'un jour après aujourd'hui"),
        "{v}"
    );
    let v = page.run("render", &forged(25_000, &[]));
    assert!(
        !v["texts"].to_string().contains("plus d'un jour après aujourd'hui"),
        "{v}"
    );
}

#[test]
fn finding_11_pack_text_cannot_break_the_mediator_page() {
    let mut pack = util::default_pack();
    let hostile = "<!--<script></script><script>alert(1)</script>";
    pack.messages
        .get_mut("fr")
        .expect("French texts")
        .insert("node-housing".into(), hostile.into());
    let dir = tempfile::tempdir().expect("tmp");
    borne::handoff::mediator_page::write(&pack, dir.path(), util::fixed_wall().date()).expect("page");
    let html = std::fs::read_to_string(dir.path().join("index.html")).expect("page");
    let block = html
        .split("<script id=\"pack\" type=\"application/json\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .expect("the pack's block");
    // No `<` at all: neither `</script` nor `<!--` can start inside the block.
    assert!(!block.contains('<'), "{}", &block[block.find('<').unwrap_or(0)..][..60]);
    let json: serde_json::Value = serde_json::from_str(block).expect("json");
    assert_eq!(json["texts"]["fr"]["node-housing"], hostile);
    // And the page reads a ticket through that text.
    let housing = borne::ui::headless::path_to(&pack, "housing-apl").expect("path");
    let code = borne::handoff::Payload::for_path(&pack, &housing, "fr", "k", 1, util::fixed_wall())
        .expect("payload")
        .encode();
    let v = MediatorPage::at(dir.path()).run("render", &code);
    assert!(v["texts"].to_string().contains("alert(1)"), "shown as text: {v}");
}
