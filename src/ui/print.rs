//! The printed ticket: the `PrintTicket` component filled from the pack and drawn by the
//! software renderer at the paper's width, then reduced to 1 bit for ESC/POS.

use chrono::{NaiveDate, NaiveDateTime};
use slint::{ComponentHandle, ModelRc, SharedString, VecModel};

use super::generated::{PrintPlace, PrintTicket};
use super::headless::Headless;
use crate::content::{Node, NodeKind, Pack};
use crate::handoff::Payload;
use crate::hours_week;
use crate::i18n::{self, Localizer};

/// What to print.
pub struct TicketRequest<'a> {
    pub pack: &'a Pack,
    /// Node ids from the root.
    pub path: &'a [String],
    pub lang: &'a str,
    pub kiosk_name: &'a str,
    pub number: u16,
    pub at: NaiveDateTime,
    pub mediator_url: Option<&'a str>,
    /// Paper width in dots (384 or 576).
    pub width: u32,
}

#[derive(Debug, thiserror::Error)]
pub enum TicketError {
    #[error("this path cannot be put on a ticket")]
    Path,
    #[error("the ticket cannot be drawn: {0}")]
    Platform(#[from] slint::PlatformError),
}

/// Draws the ticket; returns a grey image (what the printer will get before dithering)
/// and the code its QR holds.
pub fn render_ticket(headless: &Headless, req: &TicketRequest<'_>) -> Result<(image::GrayImage, String), TicketError> {
    let pack = req.pack;
    let payload =
        Payload::for_path(pack, req.path, req.lang, req.kiosk_name, req.number, req.at).ok_or(TicketError::Path)?;
    let code = match req.mediator_url {
        Some(u) => format!("{u}#{}", payload.encode()),
        None => payload.encode(),
    };
    let l10n = Localizer::new();
    let lang = req.lang;
    // The deepest result of the path is what the ticket is about.
    let node = req
        .path
        .iter()
        .rev()
        .filter_map(|id| pack.node(id))
        .find(|n| n.kind == NodeKind::Result);
    let t = PrintTicket::new()?;
    t.set_paper_width(req.width as f32);
    t.set_rtl(i18n::is_rtl(lang));
    t.set_font_family(i18n::font_family(lang).into());
    t.set_same_language(lang == pack.default_language);
    t.set_header(format!("{}  ·  {}", req.kiosk_name, req.at.format("%d/%m/%Y %H:%M")).into());
    t.set_number(
        l10n.tr_args(lang, "ticket-number", &[("number", &req.number.to_string())])
            .into(),
    );
    t.set_neutral(l10n.tr(lang, "ticket-show").into());
    t.set_documents_label(l10n.tr(lang, "result-documents").into());
    t.set_where_label(l10n.tr(lang, "result-where").into());
    t.set_qr(qr_image(&code, req.width as usize * 8 / 10));
    match node {
        Some(n) => fill_result(&t, pack, lang, n, req.at.date()),
        // A ticket from the Help screen: no topic, like a discreet one.
        None => t.set_discreet(true),
    }
    t.show()?;
    // Lay out at the paper's width, then draw exactly the content's height.
    headless.set_size(req.width, 4000);
    slint::platform::update_timers_and_animations();
    let height = t.get_content_height().ceil().max(1.0) as u32;
    let rgb = headless.render(req.width, height);
    t.hide()?;
    let grey = image::DynamicImage::ImageRgb8(rgb).into_luma8();
    Ok((grey, code))
}

/// What the ticket says about its result, in the resident's language and in French.
fn fill_result(t: &PrintTicket, pack: &Pack, lang: &str, n: &Node, at: NaiveDate) {
    let text = |l: &str, key: &str| pack.text(l, key).map(|t| t.value).unwrap_or_default();
    t.set_discreet(n.discreet);
    let id = &n.id;
    let fr = &pack.default_language;
    t.set_topic(text(lang, &format!("node-{id}")).into());
    t.set_topic_fr(text(fr, &format!("node-{id}")).into());
    t.set_body(text(lang, &format!("node-{id}.text")).into());
    t.set_body_fr(text(fr, &format!("node-{id}.text")).into());
    let docs: Vec<SharedString> = n
        .documents
        .iter()
        .map(|d| {
            let (mine, french) = (text(lang, &format!("doc-{d}")), text(fr, &format!("doc-{d}")));
            if mine == french {
                format!("• {mine}")
            } else {
                format!("• {mine}\n   {french}")
            }
            .into()
        })
        .collect();
    t.set_documents(ModelRc::new(VecModel::from(docs)));
    t.set_places(ModelRc::new(VecModel::from(places(pack, lang, n, at))));
}

/// The places of result `n` as the ticket prints them: the name in `lang` if the pack
/// translated it, the French name, address and phone, then
/// the usual week in words in `lang` and in the pack's default language (the raw
/// hours where they cannot be put in words), for the weeks from `at`.
pub fn places(pack: &Pack, lang: &str, n: &Node, at: NaiveDate) -> Vec<PrintPlace> {
    let l10n = Localizer::new();
    let fr = &pack.default_language;
    n.services
        .iter()
        .filter_map(|s| pack.service(s))
        .map(|s| {
            let (name, name_fr) = (pack.service_name(lang, s), pack.service_name(fr, s));
            let lines = [
                Some(name_fr.clone()),
                s.adresse.clone(),
                s.code_postal
                    .clone()
                    .map(|c| format!("{c} {}", s.commune.clone().unwrap_or_default())),
                s.telephone.as_deref().map(crate::phone::display),
            ];
            let hours = |l: &str| -> SharedString {
                s.horaires_accueil
                    .as_deref()
                    .map(|h| hours_week::lines(h, &pack.country, at, &l10n, l).join("\n"))
                    .unwrap_or_default()
                    .into()
            };
            PrintPlace {
                // A name the pack translated, above the French one.
                name: if name == name_fr {
                    SharedString::new()
                } else {
                    name.into()
                },
                info: lines.into_iter().flatten().collect::<Vec<_>>().join("\n").into(),
                hours: hours(lang),
                hours_fr: hours(fr),
            }
        })
        .collect()
}

/// The QR code of `text` about `side` pixels wide: whole pixels per module (sharp on
/// screen and paper) with the white border the standard asks for.
pub(super) fn qr_image(text: &str, side: usize) -> slint::Image {
    let Ok(m) = crate::handoff::qr::encode(text) else {
        return slint::Image::default();
    };
    let module = (side / (m.width + 2 * crate::handoff::qr::QUIET_ZONE)).max(1);
    let (px_side, px) = m.to_pixels(module);
    let mut buf = slint::SharedPixelBuffer::<slint::Rgb8Pixel>::new(px_side as u32, px_side as u32);
    for (out, v) in buf.make_mut_slice().iter_mut().zip(px) {
        *out = slint::Rgb8Pixel::new(v, v, v);
    }
    slint::Image::from_rgb8(buf)
}
