//! Argon2id with share-link.md's parameters, spelled out here rather than taken from a crate's
//! defaults, so that a dependency update can never silently change what links decode to.
//!
//! This file stands alone (it uses nothing but the `argon2` crate) because two binaries
//! compile it: the app, through `share::derive_key`, and the crypto worker
//! (`src/bin/crypto_worker.rs`, `#[path]`-included), which derives keys off the main thread
//! without linking the rest of the app. One file, so the two can never disagree.

use argon2::{Algorithm, Argon2, Params, Version};

pub const SALT_LEN: usize = 16;
pub const KEY_LEN: usize = 32;

/// Argon2id memory in KiB, passes and lanes (OWASP's current minimum).
const MEMORY_KIB: u32 = 19_456;
const PASSES: u32 = 2;
const LANES: u32 = 1;

/// The AES-256 key for a passphrase and a link's salt: Argon2id v0x13, 19,456 KiB, 2 passes,
/// 1 lane. Deliberately slow, and allocates about 19 MiB while it runs. `None` only for a
/// passphrase Argon2 refuses (over 4 GiB).
pub fn argon2id(passphrase: &[u8], salt: &[u8; SALT_LEN]) -> Option<[u8; KEY_LEN]> {
    let params = Params::new(MEMORY_KIB, PASSES, LANES, Some(KEY_LEN)).ok()?;
    let mut key = [0u8; KEY_LEN];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(passphrase, salt, &mut key)
        .ok()?;
    Some(key)
}
