//! The envelope of share-link.md: the bytes a link's payload decodes to.
//!
//! ```text
//! plain:       0x00 || deflate_raw(json) || crc32(json) big-endian
//! passphrase:  0x01 || salt[16] || nonce[12] || aes256gcm(key, nonce, deflate_raw(json), aad)
//! ```
//!
//! Reading is split in two (`from_bytes`, then `open`) so that the app can ask for a
//! passphrase, or time key derivation, between them. Opening is all or nothing: a document
//! (deck or board) comes out only when every check has passed.

use super::compress::{deflate, inflate_capped};
use super::document::{read_document, Document};
use super::error::ShareError;
use super::passphrase::{derive_key, seal, unseal, KEY_LEN, NONCE_LEN, SALT_LEN, TAG_LEN};
use crate::model::Deck;

const KIND_PLAIN: u8 = 0x00;
const KIND_PASSPHRASE: u8 = 0x01;
const CRC_LEN: usize = 4;
/// `0x01 || salt || nonce`, which is also the GCM additional data.
const HEADER_LEN: usize = 1 + SALT_LEN + NONCE_LEN;

/// A read but not yet opened envelope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope(Sealed);

#[derive(Clone, Debug, PartialEq, Eq)]
enum Sealed {
    Plain {
        deflated: Vec<u8>,
        crc: u32,
    },
    Passphrase {
        salt: [u8; SALT_LEN],
        nonce: [u8; NONCE_LEN],
        /// Ends with the GCM tag.
        ciphertext: Vec<u8>,
    },
}

impl Envelope {
    /// A plain envelope holding `json`.
    pub fn plain(json: &str) -> Envelope {
        Envelope(Sealed::Plain {
            deflated: deflate(json.as_bytes()),
            crc: crc32fast::hash(json.as_bytes()),
        })
    }

    /// A passphrase envelope holding `json`, with the given salt and nonce. They must be fresh
    /// random values for every link (see `fragment::encode_with_passphrase`).
    pub fn locked(
        json: &str,
        passphrase: &str,
        salt: [u8; SALT_LEN],
        nonce: [u8; NONCE_LEN],
    ) -> Result<Envelope, ShareError> {
        Envelope::locked_with_key(json, &derive_key(passphrase, &salt)?, salt, nonce)
    }

    /// Like `locked`, with the key already derived by `derive_key` from this `salt` (the app
    /// derives it off the main thread). The salt and nonce must be fresh, as for `locked`.
    pub fn locked_with_key(
        json: &str,
        key: &[u8; KEY_LEN],
        salt: [u8; SALT_LEN],
        nonce: [u8; NONCE_LEN],
    ) -> Result<Envelope, ShareError> {
        let ciphertext = seal(
            key,
            &nonce,
            &header(&salt, &nonce),
            &deflate(json.as_bytes()),
        )?;
        Ok(Envelope(Sealed::Passphrase {
            salt,
            nonce,
            ciphertext,
        }))
    }

    /// Reads envelope bytes. Only the layout is checked here; content is checked by `open`.
    pub fn from_bytes(bytes: &[u8]) -> Result<Envelope, ShareError> {
        let (&kind, rest) = bytes.split_first().ok_or(ShareError::Damaged)?;
        match kind {
            KIND_PLAIN => {
                let (deflated, crc) = rest
                    .split_last_chunk::<CRC_LEN>()
                    .ok_or(ShareError::Damaged)?;
                Ok(Envelope(Sealed::Plain {
                    deflated: deflated.to_vec(),
                    crc: u32::from_be_bytes(*crc),
                }))
            }
            KIND_PASSPHRASE => {
                let (salt, rest) = rest
                    .split_first_chunk::<SALT_LEN>()
                    .ok_or(ShareError::Damaged)?;
                let (nonce, ciphertext) = rest
                    .split_first_chunk::<NONCE_LEN>()
                    .ok_or(ShareError::Damaged)?;
                // A tag alone would hold nothing: refuse before the costly key derivation.
                if ciphertext.len() <= TAG_LEN {
                    return Err(ShareError::Damaged);
                }
                Ok(Envelope(Sealed::Passphrase {
                    salt: *salt,
                    nonce: *nonce,
                    ciphertext: ciphertext.to_vec(),
                }))
            }
            // A kind this version does not know can only come from a later version.
            _ => Err(ShareError::NewerVersion),
        }
    }

    /// The envelope's bytes, as a link's payload carries them (before base64url).
    pub fn to_bytes(&self) -> Vec<u8> {
        match &self.0 {
            Sealed::Plain { deflated, crc } => {
                let mut out = Vec::with_capacity(1 + deflated.len() + CRC_LEN);
                out.push(KIND_PLAIN);
                out.extend_from_slice(deflated);
                out.extend_from_slice(&crc.to_be_bytes());
                out
            }
            Sealed::Passphrase {
                salt,
                nonce,
                ciphertext,
            } => {
                let mut out = header(salt, nonce);
                out.extend_from_slice(ciphertext);
                out
            }
        }
    }

    pub fn needs_passphrase(&self) -> bool {
        matches!(self.0, Sealed::Passphrase { .. })
    }

    /// The salt to derive the key with, for a passphrase envelope.
    pub fn salt(&self) -> Option<&[u8; SALT_LEN]> {
        match &self.0 {
            Sealed::Plain { .. } => None,
            Sealed::Passphrase { salt, .. } => Some(salt),
        }
    }

    /// Opens the envelope and reads the deck or board inside, for what its `format` says.
    /// A plain one ignores `passphrase`; a passphrase one without it answers
    /// `PassphraseRequired`. The envelope stays usable, so a wrong passphrase can be retried.
    pub fn open_document(&self, passphrase: Option<&str>) -> Result<Document, ShareError> {
        read_document(self.json(passphrase)?)
    }

    /// Like `open_document`, with a key already derived by `derive_key` from this envelope's
    /// `salt()`. A plain envelope needs no key and ignores it.
    pub fn open_document_with_key(&self, key: &[u8; KEY_LEN]) -> Result<Document, ShareError> {
        read_document(self.json_with_key(key)?)
    }

    /// Opens a link that must hold a deck: a board link answers `UnexpectedDocument`.
    /// Otherwise as `open_document`.
    pub fn open(&self, passphrase: Option<&str>) -> Result<Deck, ShareError> {
        self.open_document(passphrase)?.into_deck()
    }

    /// Like `open`, with a key already derived by `derive_key` from this envelope's `salt()`.
    pub fn open_with_key(&self, key: &[u8; KEY_LEN]) -> Result<Deck, ShareError> {
        self.open_document_with_key(key)?.into_deck()
    }

    /// The document's JSON bytes, every check of the envelope passed.
    fn json(&self, passphrase: Option<&str>) -> Result<Vec<u8>, ShareError> {
        match (&self.0, passphrase) {
            (Sealed::Plain { deflated, crc }, _) => open_plain(deflated, *crc),
            (Sealed::Passphrase { salt, .. }, Some(p)) => self.json_with_key(&derive_key(p, salt)?),
            (Sealed::Passphrase { .. }, None) => Err(ShareError::PassphraseRequired),
        }
    }

    fn json_with_key(&self, key: &[u8; KEY_LEN]) -> Result<Vec<u8>, ShareError> {
        match &self.0 {
            Sealed::Plain { deflated, crc } => open_plain(deflated, *crc),
            Sealed::Passphrase {
                salt,
                nonce,
                ciphertext,
            } => {
                let deflated = unseal(key, nonce, &header(salt, nonce), ciphertext)?;
                // No CRC in this envelope: the GCM tag already vouches for the bytes.
                inflate_capped(&deflated)
            }
        }
    }
}

fn open_plain(deflated: &[u8], crc: u32) -> Result<Vec<u8>, ShareError> {
    let json = inflate_capped(deflated)?;
    if crc32fast::hash(&json) != crc {
        return Err(ShareError::Damaged);
    }
    Ok(json)
}

fn header(salt: &[u8; SALT_LEN], nonce: &[u8; NONCE_LEN]) -> Vec<u8> {
    let mut h = Vec::with_capacity(HEADER_LEN);
    h.push(KIND_PASSPHRASE);
    h.extend_from_slice(salt);
    h.extend_from_slice(nonce);
    h
}
