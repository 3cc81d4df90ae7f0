//! The format's limits (deck-format.md, "Limits"), in one place.

/// Any one string, in characters (Unicode scalar values).
pub const MAX_STRING_CHARS: usize = 10_000;
/// Any one list.
pub const MAX_LIST_ITEMS: usize = 500;
/// The whole JSON document, in bytes.
pub const MAX_JSON_BYTES: usize = 1024 * 1024;
/// Deck ids.
pub const MAX_ID_CHARS: usize = 64;
/// Deck titles, after trimming.
pub const MAX_TITLE_CHARS: usize = 200;
/// Competency levels run from 0 to this.
pub const MAX_LEVEL: u8 = 5;
