//! Pictograms are SVG files from a content pack, so from outside the kiosk. They are
//! parsed here, with no way to reach the file system or the network, before the checker
//! accepts one, the compiler stores one, or the kiosk hands one to Slint.
//!
//! Two walls. The document is scanned first: every `href` points inside the file
//! (`#id`) or is an embedded PNG (`data:image/png;base64,…`, bounded in bytes, pixels
//! and number); every CSS `url(…)` points inside the file; no `@import`, no style sheet
//! instruction. Then usvg parses it with an image resolver that admits only the same
//! embedded PNGs and records anything else. Slint parses with its own usvg options,
//! whose resolver reads files, so the kiosk draws a pictogram only once it passed here.
//! Text is safe as it is: a font family is a name looked up among fonts already known,
//! never a path, and usvg has no `@font-face`.

use std::sync::Mutex;

use usvg::roxmltree;

/// Largest SVG accepted: pictograms are simple drawings.
pub const MAX_SVG_BYTES: usize = 256 * 1024;
/// Largest embedded image, decoded.
pub const MAX_IMAGE_BYTES: usize = 64 * 1024;
/// Largest side of an embedded image, in pixels.
pub const MAX_IMAGE_SIDE: u32 = 512;
/// Embedded images per pictogram.
pub const MAX_IMAGES: usize = 4;
/// XML nodes per pictogram (entities cannot expand a small file into a huge tree).
const MAX_NODES: u32 = 100_000;
/// How much of a refused reference a message shows.
const SHOWN: usize = 80;

/// Why an embedded image is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImageError {
    #[error("only PNG images written as data:image/png;base64,… can be embedded")]
    NotPng,
    #[error("the PNG cannot be read")]
    Unreadable,
    #[error("it is {0} KiB; an embedded image must stay under {max} KiB", max = MAX_IMAGE_BYTES / 1024)]
    TooLarge(usize),
    #[error("it is {0}×{1} pixels; an embedded image must stay within {MAX_IMAGE_SIDE}×{MAX_IMAGE_SIDE}")]
    TooManyPixels(u32, u32),
    #[error("a pictogram may embed at most {MAX_IMAGES} images")]
    TooMany,
}

/// Why a pictogram is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SvgError {
    #[error("it is {} KiB; a pictogram must stay under {} KiB", .0 / 1024, MAX_SVG_BYTES / 1024)]
    TooLarge(usize),
    #[error("it is compressed (svgz); save it as plain SVG")]
    Compressed,
    #[error("it is not UTF-8 text")]
    NotText,
    #[error("{0}")]
    Invalid(String),
    #[error("its {via} refers to \"{target}\", outside the file: a pictogram may only point to its own #ids and embed PNG images as data: URLs")]
    External {
        line: usize,
        via: &'static str,
        target: String,
    },
    #[error("embedded image: {reason}")]
    Image { line: usize, reason: ImageError },
    #[error("it has no size")]
    NoSize,
}

impl SvgError {
    /// The checker's diagnostic kind.
    pub fn kind(&self) -> &'static str {
        match self {
            SvgError::External { .. } => "external-reference",
            SvgError::Image { .. } => "embedded-image",
            _ => "bad-pictogram",
        }
    }

    /// The 1-based line of the fault, 0 when it concerns the whole file.
    pub fn line(&self) -> usize {
        match self {
            SvgError::External { line, .. } | SvgError::Image { line, .. } => *line,
            _ => 0,
        }
    }
}

/// Parses a pictogram as the kiosk will draw it, refusing anything that reaches
/// outside the file or embeds more than a few small PNG images.
pub fn parse(bytes: &[u8]) -> Result<usvg::Tree, SvgError> {
    let doc = document(bytes)?;
    scan(&doc)?;
    let verdict = Mutex::new(None);
    let tree = usvg::Tree::from_xmltree(&doc, &options(&verdict)).map_err(|e| SvgError::Invalid(e.to_string()))?;
    match verdict.into_inner() {
        Ok(None) => {}
        Ok(Some(e)) => return Err(e),
        Err(_) => return Err(SvgError::Invalid("the image resolver failed".into())),
    }
    let size = tree.size();
    if size.width() <= 0.0 || size.height() <= 0.0 {
        return Err(SvgError::NoSize);
    }
    Ok(tree)
}

/// The first wall alone (size, text, XML, references), without drawing anything: for
/// the compiler, which stores pictograms the checker has parsed whole.
pub fn check_references(bytes: &[u8]) -> Result<(), SvgError> {
    scan(&document(bytes)?)
}

/// The XML document of a pictogram of bounded size, plain text.
fn document(bytes: &[u8]) -> Result<roxmltree::Document<'_>, SvgError> {
    if bytes.len() > MAX_SVG_BYTES {
        return Err(SvgError::TooLarge(bytes.len()));
    }
    // usvg would inflate it without bound.
    if bytes.starts_with(&[0x1f, 0x8b]) {
        return Err(SvgError::Compressed);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| SvgError::NotText)?;
    // The same XML options as usvg's own `from_str`, with a bound on the node count.
    let xml = roxmltree::ParsingOptions {
        allow_dtd: true,
        nodes_limit: MAX_NODES,
        ..Default::default()
    };
    roxmltree::Document::parse_with_options(text, xml).map_err(|e| SvgError::Invalid(e.to_string()))
}

/// usvg options whose image resolver admits only bounded embedded PNGs; anything else
/// is recorded in `verdict` (the first refusal) and resolved to nothing.
fn options(verdict: &Mutex<Option<SvgError>>) -> usvg::Options<'_> {
    let refuse = move |e: SvgError| {
        if let Ok(mut v) = verdict.lock() {
            v.get_or_insert(e);
        }
    };
    let images = Mutex::new(0usize);
    usvg::Options {
        resources_dir: None,
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: Box::new(move |mime, data, _| {
                let count = images.lock().map(|mut n| {
                    *n += 1;
                    *n
                });
                let checked = match count {
                    Ok(n) if n > MAX_IMAGES => Err(ImageError::TooMany),
                    Ok(_) if mime == "image/png" => check_png(&data),
                    _ => Err(ImageError::NotPng),
                };
                match checked {
                    Ok(()) => Some(usvg::ImageKind::PNG(data)),
                    Err(reason) => {
                        refuse(SvgError::Image { line: 0, reason });
                        None
                    }
                }
            }),
            resolve_string: Box::new(move |href, _| {
                refuse(SvgError::External {
                    line: 0,
                    via: "href",
                    target: shown(href),
                });
                None
            }),
        },
        ..Default::default()
    }
}

/// Every reference in the document. Faults carry a byte position, turned into a line
/// only when one is found (counting lines costs a pass over the text).
fn scan(doc: &roxmltree::Document<'_>) -> Result<(), SvgError> {
    scan_at(doc).map_err(|(pos, e)| match e {
        SvgError::External { via, target, .. } => SvgError::External {
            line: doc.text_pos_at(pos).row as usize,
            via,
            target,
        },
        SvgError::Image { reason, .. } => SvgError::Image {
            line: doc.text_pos_at(pos).row as usize,
            reason,
        },
        other => other,
    })
}

fn scan_at(doc: &roxmltree::Document<'_>) -> Result<(), (usize, SvgError)> {
    let mut images = 0;
    for node in doc.descendants() {
        if let Some(pi) = node.pi() {
            if pi.target.eq_ignore_ascii_case("xml-stylesheet") {
                let target = shown(pi.value.unwrap_or_default());
                return Err((node.range().start, external("xml-stylesheet", target)));
            }
        }
        if !node.is_element() {
            continue;
        }
        for a in node.attributes() {
            let at = a.range().start;
            if a.name() == "href" {
                check_href(a.value(), &mut images).map_err(|e| (at, e))?;
            }
            check_css(a.value()).map_err(|e| (at, e))?;
        }
        if node.tag_name().name() == "style" {
            for t in node.children().filter(|c| c.is_text()) {
                check_css(t.text().unwrap_or_default()).map_err(|e| (t.range().start, e))?;
            }
        }
    }
    Ok(())
}

/// A reference outside the file, its line not known yet.
fn external(via: &'static str, target: String) -> SvgError {
    SvgError::External { line: 0, via, target }
}

/// An `href` (with or without the xlink namespace, on any element).
fn check_href(value: &str, images: &mut usize) -> Result<(), SvgError> {
    let v = value.trim_matches(|c: char| c.is_ascii_whitespace());
    if v.starts_with('#') {
        return Ok(());
    }
    if !v.get(..5).is_some_and(|p| p.eq_ignore_ascii_case("data:")) {
        return Err(external("href", shown(v)));
    }
    *images += 1;
    let checked = if *images > MAX_IMAGES {
        Err(ImageError::TooMany)
    } else {
        embedded_png(v).and_then(|png| check_png(&png))
    };
    checked.map_err(|reason| SvgError::Image { line: 0, reason })
}

/// The bytes of a `data:image/png;base64,` URL.
fn embedded_png(url: &str) -> Result<Vec<u8>, ImageError> {
    const PREFIX: &str = "data:image/png;base64,";
    let head = url.get(..PREFIX.len()).ok_or(ImageError::NotPng)?;
    if !head.eq_ignore_ascii_case(PREFIX) {
        return Err(ImageError::NotPng);
    }
    let payload: Vec<u8> = url.as_bytes()[PREFIX.len()..]
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    if payload.len() / 4 * 3 > MAX_IMAGE_BYTES {
        return Err(ImageError::TooLarge(payload.len() / 4 * 3 / 1024));
    }
    data_encoding::BASE64
        .decode(&payload)
        .map_err(|_| ImageError::Unreadable)
}

/// A PNG's size in bytes and pixels, read from its header only.
fn check_png(data: &[u8]) -> Result<(), ImageError> {
    if data.len() > MAX_IMAGE_BYTES {
        return Err(ImageError::TooLarge(data.len() / 1024));
    }
    let reader = image::ImageReader::with_format(std::io::Cursor::new(data), image::ImageFormat::Png);
    let (w, h) = reader.into_dimensions().map_err(|_| ImageError::Unreadable)?;
    if w > MAX_IMAGE_SIDE || h > MAX_IMAGE_SIDE {
        return Err(ImageError::TooManyPixels(w, h));
    }
    Ok(())
}

/// Every CSS `url(…)` points inside the file; no `@import`.
fn check_css(text: &str) -> Result<(), SvgError> {
    // Most values hold neither; no lowercase copy of a long path for them.
    if !text.contains(['(', '@']) {
        return Ok(());
    }
    let lower = text.to_ascii_lowercase();
    if let Some(i) = lower.find("@import") {
        return Err(external("@import", shown(&text[i..])));
    }
    for (i, _) in lower.match_indices("url(") {
        let rest = text[i + 4..].trim_start();
        let target = rest.trim_start_matches(['"', '\'']).trim_start();
        if !target.starts_with('#') {
            let end = rest.find(')').unwrap_or(rest.len());
            return Err(external("url()", shown(&rest[..end])));
        }
    }
    Ok(())
}

/// A reference as a message shows it: short, without control characters.
fn shown(s: &str) -> String {
    let mut out: String = s
        .chars()
        .take(SHOWN)
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect();
    if s.chars().count() > SHOWN {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svg(inner: &str) -> String {
        format!("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"48\" height=\"48\">\n{inner}\n</svg>")
    }

    #[test]
    fn plain_drawings_and_inner_references_pass() {
        let s = svg("<defs><linearGradient id=\"g\"/></defs><use href=\"#r\"/><rect id=\"r\" width=\"9\" height=\"9\" style=\"fill:url( '#g' )\"/>");
        assert!(parse(s.as_bytes()).is_ok());
    }

    #[test]
    fn references_outside_are_refused_with_their_line() {
        for inner in [
            "<image href=\"/dev/zero\" width=\"9\" height=\"9\"/>",
            "<image xlink:href=\"pack.toml\" width=\"9\" height=\"9\"/>",
            "<a href=\"https://example.org\"><rect width=\"9\" height=\"9\"/></a>",
            "<style>rect { fill: url(x.svg#a) }</style>",
            "<style>@IMPORT 'x.css';</style>",
        ] {
            let e = parse(svg(inner).as_bytes()).expect_err(inner);
            assert_eq!((e.kind(), e.line()), ("external-reference", 2), "{inner}: {e}");
        }
        let pi =
            "<?xml-stylesheet href=\"x.css\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"/>";
        assert_eq!(parse(pi.as_bytes()).map_err(|e| e.line()).err(), Some(1));
    }

    #[test]
    fn the_resolver_refuses_what_the_scan_would_miss() {
        let verdict = Mutex::new(None);
        let opts = options(&verdict);
        let text = svg("<image href=\"/etc/hostname\" width=\"9\" height=\"9\"/>");
        let doc = roxmltree::Document::parse(&text).expect("xml");
        let _ = usvg::Tree::from_xmltree(&doc, &opts);
        drop(opts);
        let e = verdict.into_inner().ok().flatten().expect("refused");
        assert_eq!(e.kind(), "external-reference");
    }

    #[test]
    fn text_names_a_font_family_and_never_opens_it() {
        let s = svg("<text font-family=\"/dev/zero\" font-size=\"9\" y=\"9\">A</text>");
        assert!(parse(s.as_bytes()).is_ok());
    }

    #[test]
    fn compressed_and_oversized_files_are_refused_before_parsing() {
        assert_eq!(parse(&[0x1f, 0x8b, 8, 0]).err(), Some(SvgError::Compressed));
        let big = vec![b' '; MAX_SVG_BYTES + 1];
        assert!(matches!(parse(&big), Err(SvgError::TooLarge(_))));
    }
}
