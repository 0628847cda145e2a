//! ESC/POS for thermal ticket printers: a grey image reduced to 1 bit with
//! Floyd–Steinberg dithering and sent as raster (`GS v 0`) in bands, then fed and cut;
//! and the real-time status (`DLE EOT`) read before and after printing.
//!
//! Raster because these printers' own fonts cannot draw Arabic, Tigrinya or Bengali:
//! the ticket is drawn by the kiosk and printed as an image.

/// Printable width in dots: 58 mm paper.
pub const WIDTH_58MM: usize = 384;
/// Printable width in dots: 80 mm paper.
pub const WIDTH_80MM: usize = 576;
/// Rows per `GS v 0` band: small enough for printers' input buffers.
pub const BAND_ROWS: usize = 128;

const ESC: u8 = 0x1b;
const GS: u8 = 0x1d;
const DLE: u8 = 0x10;
const EOT: u8 = 0x04;

/// A 1-bit image, rows packed 8 dots per byte, most significant bit first; 1 = black.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bitmap {
    pub width: usize,
    pub height: usize,
    pub rows: Vec<u8>,
}

impl Bitmap {
    pub fn bytes_per_row(&self) -> usize {
        self.width.div_ceil(8)
    }

    pub fn is_black(&self, x: usize, y: usize) -> bool {
        let b = self.rows.get(y * self.bytes_per_row() + x / 8).copied().unwrap_or(0);
        b & (0x80 >> (x % 8)) != 0
    }

    /// The dots as a black-and-white image: what the paper will show.
    pub fn to_image(&self) -> image::GrayImage {
        image::GrayImage::from_fn(self.width as u32, self.height as u32, |x, y| {
            image::Luma([if self.is_black(x as usize, y as usize) { 0 } else { 255 }])
        })
    }
}

/// Reduces a grey image (0 black … 255 white, row by row) to 1 bit with Floyd–Steinberg
/// error diffusion, so photos of pictograms keep their shading.
pub fn dither(width: usize, height: usize, grey: &[u8]) -> Bitmap {
    let bpr = width.div_ceil(8);
    let mut rows = vec![0u8; bpr * height];
    // Errors carried to the current and next row.
    let mut cur = vec![0i32; width + 2];
    let mut next = vec![0i32; width + 2];
    for y in 0..height {
        for x in 0..width {
            let v = i32::from(grey.get(y * width + x).copied().unwrap_or(255)) + cur[x + 1] / 16;
            let black = v < 128;
            let err = if black { v } else { v - 255 };
            if black {
                rows[y * bpr + x / 8] |= 0x80 >> (x % 8);
            }
            cur[x + 2] += err * 7;
            next[x] += err * 3;
            next[x + 1] += err * 5;
            next[x + 2] += err;
        }
        std::mem::swap(&mut cur, &mut next);
        next.iter_mut().for_each(|e| *e = 0);
    }
    Bitmap { width, height, rows }
}

/// The bytes that print `bitmap` and cut the paper: initialise, raster bands, feed, cut.
pub fn print_job(bitmap: &Bitmap) -> Vec<u8> {
    let bpr = bitmap.bytes_per_row();
    let mut out = vec![ESC, b'@'];
    for start in (0..bitmap.height).step_by(BAND_ROWS) {
        let rows = BAND_ROWS.min(bitmap.height - start);
        out.extend_from_slice(&[GS, b'v', b'0', 0]);
        out.extend_from_slice(&(bpr as u16).to_le_bytes());
        out.extend_from_slice(&(rows as u16).to_le_bytes());
        out.extend_from_slice(&bitmap.rows[start * bpr..(start + rows) * bpr]);
    }
    // Feed past the cutter, then a partial cut.
    out.extend_from_slice(&[ESC, b'd', 4, GS, b'V', 66, 0]);
    out
}

/// Reads back the raster of a print job (what a printer would draw), for tests and
/// previews. `None` if the bytes are not a job made by [`print_job`].
pub fn raster_of(job: &[u8]) -> Option<Bitmap> {
    let mut i = 2;
    if job.get(..2)? != [ESC, b'@'] {
        return None;
    }
    let mut width = 0;
    let mut rows = Vec::new();
    let mut height = 0;
    while job.get(i..i + 4) == Some(&[GS, b'v', b'0', 0]) {
        let bpr = usize::from(u16::from_le_bytes([*job.get(i + 4)?, *job.get(i + 5)?]));
        let h = usize::from(u16::from_le_bytes([*job.get(i + 6)?, *job.get(i + 7)?]));
        let data = job.get(i + 8..i + 8 + bpr * h)?;
        width = bpr * 8;
        rows.extend_from_slice(data);
        height += h;
        i += 8 + bpr * h;
    }
    Some(Bitmap { width, height, rows })
}

/// What a printer says about itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Status {
    pub offline: bool,
    pub cover_open: bool,
    pub paper_out: bool,
    pub paper_near_end: bool,
    pub error: bool,
}

impl Status {
    pub fn ready(&self) -> bool {
        !(self.offline || self.cover_open || self.paper_out || self.error)
    }
}

/// The real-time status queries, in the order [`parse_status`] expects the answers:
/// printer (n=1), offline cause (n=2), error cause (n=3), paper sensor (n=4).
pub fn status_queries() -> [[u8; 3]; 4] {
    [[DLE, EOT, 1], [DLE, EOT, 2], [DLE, EOT, 3], [DLE, EOT, 4]]
}

/// Interprets the four status bytes (see [`status_queries`]). Each answer has bit 1
/// set and bit 4 set, bit 7 clear; anything else is not a status byte.
pub fn parse_status(answers: &[u8; 4]) -> Option<Status> {
    if answers.iter().any(|b| b & 0b1001_0010 != 0b0001_0010) {
        return None;
    }
    let [printer, offline, error, paper] = *answers;
    Some(Status {
        offline: printer & 0x08 != 0,
        cover_open: offline & 0x04 != 0,
        paper_out: offline & 0x20 != 0 || paper & 0x60 != 0,
        paper_near_end: paper & 0x0c != 0,
        error: offline & 0x40 != 0 || error & 0x6c != 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dithering_keeps_black_white_and_grey() {
        let w = 64;
        let h = 8;
        let mut grey = vec![255u8; w * h];
        for y in 0..h {
            for x in 0..16 {
                grey[y * w + x] = 0;
            }
            for x in 16..48 {
                grey[y * w + x] = 128;
            }
        }
        let b = dither(w, h, &grey);
        assert!(b.is_black(0, 0) && b.is_black(15, 7));
        assert!(!b.is_black(60, 3));
        let mid: usize = (0..h).map(|y| (16..48).filter(|&x| b.is_black(x, y)).count()).sum();
        let total = 32 * h;
        assert!(
            (total * 4 / 10..=total * 6 / 10).contains(&mid),
            "grey gives about half the dots: {mid}/{total}"
        );
    }

    #[test]
    fn job_round_trips_in_bands() {
        let w = WIDTH_58MM;
        let h = 300;
        let grey: Vec<u8> = (0..w * h)
            .map(|i| if (i / w + i % w) % 3 == 0 { 0 } else { 255 })
            .collect();
        let b = dither(w, h, &grey);
        let job = print_job(&b);
        assert_eq!(&job[..2], &[ESC, b'@']);
        assert!(job.ends_with(&[GS, b'V', 66, 0]));
        let bands = job.windows(4).filter(|w| *w == [GS, b'v', b'0', 0]).count();
        assert_eq!(bands, 3, "300 rows in bands of 128");
        assert_eq!(raster_of(&job), Some(b));
        assert_eq!(raster_of(b"junk"), None);
    }

    #[test]
    fn status_bytes() {
        let ok = [0x12, 0x12, 0x12, 0x12];
        assert_eq!(parse_status(&ok), Some(Status::default()));
        assert!(parse_status(&ok).is_some_and(|s| s.ready()));
        let paper_out = [0x12, 0x32, 0x12, 0x72];
        assert!(parse_status(&paper_out).is_some_and(|s| s.paper_out && !s.ready()));
        let cover = [0x1a, 0x16, 0x12, 0x12];
        assert!(parse_status(&cover).is_some_and(|s| s.cover_open && s.offline));
        assert_eq!(parse_status(&[0xff, 0, 0, 0]), None);
    }
}
