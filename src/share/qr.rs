//! A QR code of a link, as data for the app to draw as SVG (no markup is built here, so the
//! app never needs innerHTML).

use std::fmt::{self, Write as _};

use qrcode::bits::Bits;
use qrcode::types::QrError;
use qrcode::{Color, EcLevel, QrCode, Version};

use super::fit::QR_MAX_BYTES;

/// The dark modules of a QR code as one SVG path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPath {
    /// Modules per side, WITHOUT the quiet zone; the path's coordinates run from 0 to this.
    pub modules: usize,
    /// SVG path data: one `h{n}v1h-{n}z` rectangle per horizontal run of dark modules, one
    /// unit per module, the first placed with `M`, the rest with relative `m` moves. Fill it
    /// dark on a light background (`fill-rule` does not matter: the rectangles never overlap).
    pub d: String,
}

impl QrPath {
    /// Light modules a scanner needs around the code, on each side.
    pub const QUIET_ZONE: usize = 4;

    /// An SVG `viewBox` that includes the quiet zone: `-4 -4 {n+8} {n+8}`.
    pub fn view_box(&self) -> String {
        let q = Self::QUIET_ZONE;
        let side = self.modules + 2 * q;
        format!("-{q} -{q} {side} {side}")
    }
}

/// The text does not fit a QR code of version 40-L.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QrTooLong {
    pub bytes: usize,
}

impl fmt::Display for QrTooLong {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "This link is too long for a QR code ({} bytes; a QR code holds at most 2,953). \
             Copy the link instead, or share fewer sections.",
            self.bytes
        )
    }
}

impl std::error::Error for QrTooLong {}

/// Encodes `text` at error-correction level L in the smallest version that holds it.
///
/// Refuses text over `QR_MAX_BYTES`, even where mixed-mode encoding could squeeze a little
/// more in, so that this agrees with `LinkFit` on which links get a QR code.
pub fn qr_svg_path(text: &str) -> Result<QrPath, QrTooLong> {
    let too_long = QrTooLong { bytes: text.len() };
    if text.len() > QR_MAX_BYTES {
        return Err(too_long);
    }
    let code = QrCode::with_error_correction_level(text, EcLevel::L)
        // The segment optimiser is not guaranteed to beat plain byte mode; byte mode at
        // version 40 always holds `QR_MAX_BYTES`.
        .or_else(|_| byte_mode_v40(text.as_bytes()))
        .map_err(|_| too_long)?;
    Ok(QrPath {
        modules: code.width(),
        d: dark_runs(&code.to_colors(), code.width()),
    })
}

fn byte_mode_v40(data: &[u8]) -> Result<QrCode, QrError> {
    let mut bits = Bits::new(Version::Normal(40));
    bits.push_byte_data(data)?;
    bits.push_terminator(EcLevel::L)?;
    QrCode::with_bits(bits, EcLevel::L)
}

/// Merges each row's horizontal runs of dark modules into one rectangle apiece, each placed
/// relative to the last (after `z` the pen is back at that rectangle's start). For the example
/// deck's link (141 modules) that is about 59 KB of path, a third of one square per module.
fn dark_runs(colors: &[Color], width: usize) -> String {
    let mut d = String::new();
    let mut pen: Option<(usize, usize)> = None;
    for (y, row) in colors.chunks(width.max(1)).enumerate() {
        let mut x = 0;
        while x < row.len() {
            if row[x] != Color::Dark {
                x += 1;
                continue;
            }
            let start = x;
            while x < row.len() && row[x] == Color::Dark {
                x += 1;
            }
            let n = x - start;
            // Writing into a String cannot fail.
            let _ = match pen {
                None => write!(d, "M{start} {y}"),
                // Signed: the next row's first run is usually left of the pen.
                Some((px, py)) => write!(d, "m{} {}", start as i64 - px as i64, y - py),
            };
            let _ = write!(d, "h{n}v1h-{n}z");
            pen = Some((start, y));
        }
    }
    d
}
