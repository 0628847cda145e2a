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
