//! The passphrase envelope's cryptography: Argon2id key derivation (its parameters are in
//! kdf.rs) and AES-256-GCM.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::Aes256Gcm;

use super::error::ShareError;
pub use super::kdf::{KEY_LEN, SALT_LEN};

pub const NONCE_LEN: usize = 12;
/// The GCM tag that ends the ciphertext.
pub const TAG_LEN: usize = 16;

/// Derives the AES-256 key from a passphrase and a link's salt (`kdf::argon2id`: Argon2id
/// v0x13, 19,456 KiB, 2 passes, 1 lane). Deliberately slow (tens of milliseconds natively,
/// more in a browser) and allocates about 19 MiB while it runs. The app runs it in its crypto
/// worker (`services::crypto`); this is the same computation, for tests and the fallback.
pub fn derive_key(passphrase: &str, salt: &[u8; SALT_LEN]) -> Result<[u8; KEY_LEN], ShareError> {
    // With these fixed parameters and a 16-byte salt, Argon2 can only refuse a passphrase over
    // 4 GiB; such a passphrase cannot unlock anything, hence `WrongPassphrase`.
    super::kdf::argon2id(passphrase.as_bytes(), salt).ok_or(ShareError::WrongPassphrase)
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
