//! The passphrase envelope's cryptography: Argon2id key derivation and AES-256-GCM.
//!
//! Parameters are share-link.md's, spelled out here rather than taken from a crate's defaults,
//! so that a dependency update can never silently change what links decode to.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::Aes256Gcm;
use argon2::{Algorithm, Argon2, Params, Version};

use super::error::ShareError;

pub const SALT_LEN: usize = 16;
pub const NONCE_LEN: usize = 12;
pub const KEY_LEN: usize = 32;
/// The GCM tag that ends the ciphertext.
pub const TAG_LEN: usize = 16;

/// Argon2id memory in KiB, passes and lanes (OWASP's current minimum).
const MEMORY_KIB: u32 = 19_456;
const PASSES: u32 = 2;
const LANES: u32 = 1;

/// Derives the AES-256 key from a passphrase and a link's salt: Argon2id v0x13,
/// 19,456 KiB, 2 passes, 1 lane. Deliberately slow (tens of milliseconds natively, more in a
/// browser) and allocates about 19 MiB while it runs.
pub fn derive_key(passphrase: &str, salt: &[u8; SALT_LEN]) -> Result<[u8; KEY_LEN], ShareError> {
    // With these fixed parameters and a 16-byte salt, Argon2 can only refuse a passphrase over
    // 4 GiB; such a passphrase cannot unlock anything, hence `WrongPassphrase`.
    let params = Params::new(MEMORY_KIB, PASSES, LANES, Some(KEY_LEN))
        .map_err(|_| ShareError::WrongPassphrase)?;
    let mut key = [0u8; KEY_LEN];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(passphrase.as_bytes(), salt, &mut key)
        .map_err(|_| ShareError::WrongPassphrase)?;
    Ok(key)
}

/// Fresh salt and nonce from the platform's cryptographic random source.
pub(crate) fn fresh_salt_and_nonce() -> Result<([u8; SALT_LEN], [u8; NONCE_LEN]), ShareError> {
    let mut salt = [0u8; SALT_LEN];
    let mut nonce = [0u8; NONCE_LEN];
    getrandom::fill(&mut salt).map_err(|_| ShareError::RandomUnavailable)?;
    getrandom::fill(&mut nonce).map_err(|_| ShareError::RandomUnavailable)?;
    Ok((salt, nonce))
}

/// AES-256-GCM encryption; the result ends with the 16-byte tag.
pub(crate) fn seal(
    key: &[u8; KEY_LEN],
    nonce: &[u8; NONCE_LEN],
    aad: &[u8],
    plaintext: &[u8],
) -> Result<Vec<u8>, ShareError> {
    Aes256Gcm::new(&(*key).into())
        .encrypt(
            &(*nonce).into(),
            Payload {
                msg: plaintext,
                aad,
            },
        )
        // GCM refuses only plaintexts of tens of GiB.
        .map_err(|_| ShareError::TooLarge)
}

/// AES-256-GCM decryption. A failed tag check means a wrong passphrase or a damaged link;
/// nothing of the plaintext is returned in that case.
pub(crate) fn unseal(
    key: &[u8; KEY_LEN],
    nonce: &[u8; NONCE_LEN],
    aad: &[u8],
    ciphertext: &[u8],
) -> Result<Vec<u8>, ShareError> {
    Aes256Gcm::new(&(*key).into())
        .decrypt(
            &(*nonce).into(),
            Payload {
                msg: ciphertext,
                aad,
            },
        )
        .map_err(|_| ShareError::WrongPassphrase)
}
