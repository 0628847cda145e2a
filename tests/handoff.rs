//! Tickets end to end through the command line: a code made for a node decodes back to
//! the same path; another pack, a damaged or a future code give plain French messages.

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
    // The page's own decoder, run by node on the embedded pack.
    let runner = dir.path().join("run.js");
    std::fs::write(
        &runner,
        r#"const fs = require("fs");
const html = fs.readFileSync(process.argv[2], "utf8");
const pack = JSON.parse(html.split('<script id="pack" type="application/json">')[1].split("</script>")[0]);
const script = html.split("<script>\n")[1].split("</script>")[0];
const m = { exports: {} };
new Function("module", script)(m);
console.log(JSON.stringify(m.exports.readTicket(process.argv[3], pack)));
"#,
    )
    .expect("runner");
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
    let run = |code: &str| {
        let o = Command::new("node")
            .arg(&runner)
            .arg(dir.path().join("index.html"))
            .arg(code)
            .output()
            .expect("node (nodejs)");
        serde_json::from_slice::<serde_json::Value>(&o.stdout).expect("json")
    };
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
}
