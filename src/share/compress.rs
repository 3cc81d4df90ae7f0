//! Raw deflate (RFC 1951) with the decompression cap of share-link.md.

use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};

use super::error::ShareError;
use crate::model::limits::MAX_JSON_BYTES;

/// miniz_oxide's best (slowest) level: link length matters far more than the few
/// milliseconds it costs on a deck-sized input.
const LEVEL: u8 = 10;

/// Decompressed output beyond this is refused as too large (the deck format's own limit).
pub const MAX_INFLATED_BYTES: usize = MAX_JSON_BYTES;

pub(crate) fn deflate(data: &[u8]) -> Vec<u8> {
    compress_to_vec(data, LEVEL)
}

/// Inflates a raw deflate stream, never producing more than `MAX_INFLATED_BYTES + 1` bytes:
/// the output buffer grows only up to that limit and inflating stops there, so a deflate bomb
/// costs about 1 MiB of memory and is answered with `TooLarge`.
pub(crate) fn inflate_capped(data: &[u8]) -> Result<Vec<u8>, ShareError> {
    // One byte of headroom tells "exactly at the limit" (allowed) from "beyond it".
    match decompress_to_vec_with_limit(data, MAX_INFLATED_BYTES + 1) {
        Ok(out) if out.len() > MAX_INFLATED_BYTES => Err(ShareError::TooLarge),
        Ok(out) => Ok(out),
        Err(e) if e.status == TINFLStatus::HasMoreOutput => Err(ShareError::TooLarge),
        Err(_) => Err(ShareError::Damaged),
    }
}
