//! The link's text form: `d1.<payload>` after the `#` (share-link.md, "Reading a link").

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use percent_encoding::percent_decode_str;

use super::document::Document;
use super::envelope::Envelope;
use super::error::ShareError;
use super::passphrase::{fresh_salt_and_nonce, KEY_LEN, NONCE_LEN, SALT_LEN};
use crate::model::Deck;

/// What starts every version-1 link's fragment.
pub const PREFIX: &str = "d1.";

/// The fragment (without `#`) of a plain link to `deck`.
pub fn encode_plain(deck: &Deck) -> String {
    to_fragment(&Envelope::plain(&deck.to_json()))
}

/// The fragment (without `#`) of a plain link to a deck or a board.
pub fn encode_plain_document(document: &Document) -> String {
    to_fragment(&Envelope::plain(&document.to_json()))
}

/// The fragment (without `#`) of a passphrase link to `deck`, with a fresh random salt and
/// nonce. Takes as long as one key derivation.
pub fn encode_with_passphrase(deck: &Deck, passphrase: &str) -> Result<String, ShareError> {
    let (salt, nonce) = fresh_salt_and_nonce()?;
    locked_fragment(&deck.to_json(), passphrase, salt, nonce)
}

/// The fragment (without `#`) of a passphrase link to a deck or a board, with a fresh random
/// salt and nonce. Takes as long as one key derivation.
pub fn encode_document_with_passphrase(
    document: &Document,
    passphrase: &str,
) -> Result<String, ShareError> {
    let (salt, nonce) = fresh_salt_and_nonce()?;
    locked_fragment(&document.to_json(), passphrase, salt, nonce)
}

/// Like `encode_with_passphrase`, with a given salt and nonce: for tests and conformance
/// vectors only. Reusing a salt and nonce across links weakens them; real links never do.
pub fn encode_with_passphrase_using(
    deck: &Deck,
    passphrase: &str,
    salt: [u8; SALT_LEN],
    nonce: [u8; NONCE_LEN],
) -> Result<String, ShareError> {
    locked_fragment(&deck.to_json(), passphrase, salt, nonce)
}

/// Like `encode_document_with_passphrase`, with a given salt and nonce: for tests and
/// conformance vectors only.
pub fn encode_document_with_passphrase_using(
    document: &Document,
    passphrase: &str,
    salt: [u8; SALT_LEN],
    nonce: [u8; NONCE_LEN],
) -> Result<String, ShareError> {
    locked_fragment(&document.to_json(), passphrase, salt, nonce)
}

fn locked_fragment(
    json: &str,
    passphrase: &str,
    salt: [u8; SALT_LEN],
    nonce: [u8; NONCE_LEN],
) -> Result<String, ShareError> {
    Ok(to_fragment(&Envelope::locked(
        json, passphrase, salt, nonce,
    )?))
}

/// A passphrase link made in two steps, so that the slow key derivation can run elsewhere
/// (the app's crypto worker): `new` draws a fresh salt and nonce, the key is derived from
/// `salt()` with `derive_key`, and `seal` makes the fragment with it. Same result as
/// `encode_document_with_passphrase`; the salt and nonce never leave this type to be reused.
#[derive(Debug)]
pub struct LockPlan {
    json: String,
    salt: [u8; SALT_LEN],
    nonce: [u8; NONCE_LEN],
}

impl LockPlan {
    /// A plan to lock `json` (a deck's or board's `to_json()`), with fresh random values.
    pub fn new(json: String) -> Result<LockPlan, ShareError> {
        let (salt, nonce) = fresh_salt_and_nonce()?;
        Ok(LockPlan { json, salt, nonce })
    }

    /// The salt to derive the key from.
    pub fn salt(&self) -> &[u8; SALT_LEN] {
        &self.salt
    }

    /// The fragment (without `#`) of the passphrase link, with the key derived from `salt()`.
    pub fn seal(self, key: &[u8; KEY_LEN]) -> Result<String, ShareError> {
        Ok(to_fragment(&Envelope::locked_with_key(
            &self.json, key, self.salt, self.nonce,
        )?))
    }
}

fn to_fragment(envelope: &Envelope) -> String {
    format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(envelope.to_bytes()))
}

/// Reads a URL fragment (the part after `#`, without it; percent-encoded or not).
///
/// - `None`: not a share link at all (e.g. `/settings`); the app opens normally.
/// - `Some(Err(NewerVersion))`: `d2.`, `d3.`… or an unknown envelope kind.
/// - `Some(Err(Damaged))`: bad base64url or too few bytes.
/// - `Some(Ok(envelope))`: ready to `open` (after asking for a passphrase if it needs one).
///
/// Tolerates what links go through on the way: percent-encoding, whitespace and line breaks
/// (mail clients wrap long links), anything from the first `&` on (tracking parameters), and
/// punctuation after the payload (a link copied with the full stop of its sentence).
pub fn read_fragment(fragment: &str) -> Option<Result<Envelope, ShareError>> {
    let decoded = percent_decode_str(fragment).decode_utf8_lossy();
    let before_amp = decoded.split('&').next().unwrap_or_default();
    let text: String = before_amp
        .chars()
        .filter(|c| !c.is_ascii_whitespace())
        .collect();
    match text.strip_prefix(PREFIX) {
        Some(payload) => Some(
            URL_SAFE_NO_PAD
                // A link copied from a sentence may end in "." or ")." — characters base64url
                // never holds, so they cannot be part of the payload.
                .decode(payload.trim_end_matches(|c: char| {
                    !(c.is_ascii_alphanumeric() || c == '-' || c == '_')
                }))
                .map_err(|_| ShareError::Damaged)
                .and_then(|bytes| Envelope::from_bytes(&bytes)),
        ),
        None if is_later_version(&text) => Some(Err(ShareError::NewerVersion)),
        None => None,
    }
}

/// `d<n>.` with n > 1 (in digits of any length, so no number can overflow).
fn is_later_version(text: &str) -> bool {
    let Some((head, _)) = text.split_once('.') else {
        return false;
    };
    let Some(digits) = head.strip_prefix('d') else {
        return false;
    };
    let significant = digits.trim_start_matches('0');
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !matches!(significant, "" | "1")
}

/// Reads and opens a fragment in one step. A fragment that is not a share link at all is
/// answered with `Damaged` (the caller asked for a deck, and there is none to be had).
pub fn decode_fragment(fragment: &str, passphrase: Option<&str>) -> Result<Deck, ShareError> {
    read_fragment(fragment)
        .unwrap_or(Err(ShareError::Damaged))?
        .open(passphrase)
}

/// Reads and opens a fragment holding a deck or a board in one step. A fragment that is not
/// a share link at all is answered with `Damaged`.
pub fn decode_document_fragment(
    fragment: &str,
    passphrase: Option<&str>,
) -> Result<Document, ShareError> {
    read_fragment(fragment)
        .unwrap_or(Err(ShareError::Damaged))?
        .open_document(passphrase)
}
