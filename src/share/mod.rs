//! Share links (`docs/spec/share-link.md`): one deck or opportunity board carried in the URL
//! fragment, so no server ever receives it. Pure Rust, no browser types: builds natively and
//! for wasm32.
//!
//! Making a link: `encode_plain` or `encode_with_passphrase` for a deck (`…_document` for a
//! `Document`, deck or board), then `LinkFit` and `qr_svg_path` to tell the sharer where it
//! can go. Opening one: `read_fragment` (is it a link, which kind), then
//! `Envelope::open_document` (or `open`, for callers that show decks only) — after asking for
//! a passphrase when `needs_passphrase()`.
//! `derive_key` with `Envelope::open_with_key` (opening) and `LockPlan` (making) split out the
//! slow step, so that the app can run it off the main thread (`services::crypto`).
//!
//! Measured (tests/share_qr_fit.rs prints it): the example deck (`model::example_deck`, with
//! a UUID id) is 2,678 bytes of minified JSON and a 1,733-character plain fragment, so with a
//! short address its link fits a QR code (2,953 bytes) with room to spare; a passphrase link
//! is 53 characters longer.

mod compress;
mod document;
mod envelope;
mod error;
mod fit;
mod fragment;
mod kdf;
mod passphrase;
mod qr;
mod request;
mod strength;

pub use compress::MAX_INFLATED_BYTES;
pub use document::{Document, DocumentKind};
pub use envelope::Envelope;
pub use error::ShareError;
pub use fit::{LinkFit, MAIL_AND_CHAT_MAX_BYTES, QR_MAX_BYTES};
pub use fragment::{
    decode_document_fragment, decode_fragment, encode_document_with_passphrase,
    encode_document_with_passphrase_using, encode_plain, encode_plain_document,
    encode_with_passphrase, encode_with_passphrase_using, read_fragment, LockPlan, PREFIX,
};
pub use passphrase::{derive_key, KEY_LEN, NONCE_LEN, SALT_LEN};
pub use qr::{qr_svg_path, QrPath, QrTooLong};
pub use request::{
    check_share, draft_link, make_link, name_mentions, shared_part, tidy_passphrase,
    title_without_name, LinkDraft, MadeLink, ShareChoices, ShareRefusal,
};
pub use strength::{passphrase_strength, Strength};
