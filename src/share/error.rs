//! Why a share link could not be made or opened, in words a person can act on.
//!
//! One variant per failure kind of share-link.md ("Reading a link"), plus the two states the
//! app must handle around them: a passphrase that is still to be asked for, and a platform
//! without a random source (the encoder refuses rather than reuse a salt or nonce).

use std::fmt;

use super::document::DocumentKind;
use crate::board::BoardError;
use crate::model::DeckError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// `d2.` and later, an unknown envelope kind, or a deck- or board-format version above 1.
    NewerVersion,
    /// Bad base64url, a bad deflate stream, a CRC mismatch, or too few bytes.
    Damaged,
    /// AES-GCM authentication failed: a wrong passphrase, or a damaged passphrase link
    /// (the two cannot be told apart, by design of authenticated encryption).
    WrongPassphrase,
    /// The deck would be more than 1 MiB once decompressed.
    TooLarge,
    /// The JSON is unreadable or breaks a deck-format rule; the inner error names the field.
    InvalidDeck(DeckError),
    /// The JSON says it is a board but breaks a board-format rule; the inner error names the field.
    InvalidBoard(BoardError),
    /// The JSON's `format` is one this version does not know: a newer version or another app.
    UnknownFormat,
    /// The link holds a different kind of document than the caller can show (a board opened
    /// where only a deck can be shown).
    UnexpectedDocument { found: DocumentKind },
    /// A passphrase link was opened without a passphrase: ask for one, then open again.
    PassphraseRequired,
    /// The platform's cryptographic random source failed, so no safe salt or nonce could be drawn.
    RandomUnavailable,
}

impl From<DeckError> for ShareError {
    /// The deck format's own "newer version" and "too large" are the link's too: the person
    /// gets the same message whichever layer noticed.
    fn from(e: DeckError) -> Self {
        match e {
            DeckError::NewerVersion { .. } => ShareError::NewerVersion,
            DeckError::TooLarge { .. } => ShareError::TooLarge,
            other => ShareError::InvalidDeck(other),
        }
    }
}

impl From<BoardError> for ShareError {
    /// As for decks: the board format's "newer version" and "too large" are the link's too.
    fn from(e: BoardError) -> Self {
        match e {
            BoardError::NewerVersion { .. } => ShareError::NewerVersion,
            BoardError::TooLarge { .. } => ShareError::TooLarge,
            other => ShareError::InvalidBoard(other),
        }
    }
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::NewerVersion => f.write_str(
                "This link was made by a newer version of Career Deck. \
                 Ask the sender to check, or update the app.",
            ),
            ShareError::Damaged => f.write_str(
                "This link is damaged or incomplete \u{2014} it may have been cut off when it \
                 was copied. Ask the sender to send it again.",
            ),
            ShareError::WrongPassphrase => f.write_str(
                "That passphrase didn't unlock the deck. Check it and try again (it is \
                 case-sensitive). If it still fails, the link may be damaged: ask the sender \
                 to send it again.",
            ),
            ShareError::TooLarge => f.write_str(
                "This link holds more than Career Deck can open (over 1 MiB of deck). \
                 Ask the sender to share fewer sections.",
            ),
            ShareError::InvalidDeck(DeckError::Invalid(issue)) => write!(
                f,
                "This link does not hold a valid deck: {issue}. Ask the sender to check it."
            ),
            ShareError::InvalidDeck(DeckError::NotJson) => f.write_str(
                "This link does not hold a valid deck: its contents are not readable. \
                 Ask the sender to send it again.",
            ),
            // Not produced by the decoder (`From` maps these away) but representable.
            ShareError::InvalidDeck(other) => write!(f, "{other}"),
            ShareError::InvalidBoard(BoardError::Invalid(issue)) => write!(
                f,
                "This link does not hold a valid opportunity board: {issue}. Ask the sender \
                 to check it."
            ),
            ShareError::InvalidBoard(BoardError::NotJson) => f.write_str(
                "This link does not hold a valid opportunity board: its contents are not \
                 readable. Ask the sender to send it again.",
            ),
            // Not produced by the decoder (`From` maps these away) but representable.
            ShareError::InvalidBoard(other) => write!(f, "{other}"),
            ShareError::UnknownFormat => f.write_str(
                "This link was made by a newer version of Career Deck or by another app, so \
                 it can't be opened here. Ask the sender to check, or update the app.",
            ),
            ShareError::UnexpectedDocument {
                found: DocumentKind::Board,
            } => f.write_str(
                "This link holds an opportunity board, not a deck. Open it as a board to see \
                 what is on offer.",
            ),
            ShareError::UnexpectedDocument {
                found: DocumentKind::Deck,
            } => f.write_str(
                "This link holds a career deck, not an opportunity board. Open it as a deck \
                 to see it.",
            ),
            ShareError::PassphraseRequired => f.write_str(
                "This deck is locked with a passphrase. Enter the passphrase the sender gave you.",
            ),
            ShareError::RandomUnavailable => f.write_str(
                "Your browser could not provide the secure randomness needed to lock this \
                 link, so no link was made. Try again, or share without a passphrase.",
            ),
        }
    }
}

impl std::error::Error for ShareError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ShareError::InvalidDeck(e) => Some(e),
            ShareError::InvalidBoard(e) => Some(e),
            _ => None,
        }
    }
}
