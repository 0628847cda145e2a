//! QR codes for tickets (the `qrcode` crate), as a module matrix and as a grey bitmap
//! with its quiet zone, for the screen and, later, the printer.

use qrcode::{EcLevel, QrCode};

/// A QR code: `width` x `width` modules, `true` for dark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrMatrix {
    pub width: usize,
    pub dark: Vec<bool>,
    pub version: i16,
}

#[derive(Debug, thiserror::Error)]
#[error("the ticket code cannot be put in a QR code: {0}")]
pub struct QrError(String);

/// Modules of blank border the standard requires around the code.
pub const QUIET_ZONE: usize = 4;

/// Error correction level M, as tickets are printed on thermal paper and photographed.
pub fn encode(text: &str) -> Result<QrMatrix, QrError> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).map_err(|e| QrError(e.to_string()))?;
    let version = match code.version() {
        qrcode::Version::Normal(v) | qrcode::Version::Micro(v) => v,
    };
    let width = code.width();
    let dark = code.to_colors().into_iter().map(|c| c == qrcode::Color::Dark).collect();
    Ok(QrMatrix { width, dark, version })
}

impl QrMatrix {
    /// A grey bitmap (0 = black, 255 = white), `module_px` pixels per module, with the
    /// quiet zone. Returns the side in pixels and the pixels row by row.
    pub fn to_pixels(&self, module_px: usize) -> (usize, Vec<u8>) {
        let side = (self.width + 2 * QUIET_ZONE) * module_px;
        let mut px = vec![255u8; side * side];
        for y in 0..self.width {
            for x in 0..self.width {
                if self.dark.get(y * self.width + x).copied().unwrap_or(false) {
                    for dy in 0..module_px {
                        let row = (y + QUIET_ZONE) * module_px + dy;
                        let start = row * side + (x + QUIET_ZONE) * module_px;
                        px[start..start + module_px].fill(0);
                    }
                }
            }
        }
        (side, px)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_ticket_code_is_a_small_qr() {
        let m = super::encode(
            "https://mediation.example.org/ticket.html#AHEIVBNXAAAQAAAAABPVTNHJAPB7AABKAAAGGJYCAAA33JYAAAAAAAAA",
        )
        .expect("qr");
        assert!(m.version <= 10, "version {}", m.version);
        let (side, px) = m.to_pixels(3);
        assert_eq!(side, (m.width + 8) * 3);
        assert_eq!(px.len(), side * side);
        assert_eq!(px[0], 255, "quiet zone is white");
        assert_eq!(px[(4 * 3) * side + 4 * 3], 0, "finder pattern corner is black");
    }
}
