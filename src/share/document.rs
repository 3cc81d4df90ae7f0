//! What a link carries: a deck or an opportunity board, told apart by the JSON's `format`
//! (share-link.md). The envelope and the wire format are the same for both.

use serde_json::Value;

use super::error::ShareError;
use crate::board::{board_from_value, Board, BOARD_FORMAT_NAME};
use crate::model::{deck_from_value, Deck, DeckError, FORMAT_NAME};

/// The document inside a link.
// One is made per link opened or shared, so the size difference between a deck and a board
// costs nothing worth a `Box` in every match.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Document {
    Deck(Deck),
    Board(Board),
}

/// Which kind of document a link holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocumentKind {
    Deck,
    Board,
}

impl DocumentKind {
    /// The kind as people say it: "deck", "opportunity board".
    pub fn label(self) -> &'static str {
        match self {
            DocumentKind::Deck => "deck",
            DocumentKind::Board => "opportunity board",
        }
    }
}

impl Document {
    /// Deck or board.
    pub fn kind(&self) -> DocumentKind {
        match self {
            Document::Deck(_) => DocumentKind::Deck,
            Document::Board(_) => DocumentKind::Board,
        }
    }

    /// The document's title, for headings and the share log.
    pub fn title(&self) -> &str {
        match self {
            Document::Deck(d) => &d.title,
            Document::Board(b) => &b.title,
        }
    }

    /// Minified JSON, as the link carries it.
    pub fn to_json(&self) -> String {
        match self {
            Document::Deck(d) => d.to_json(),
            Document::Board(b) => b.to_json(),
        }
    }

    /// The deck, or `UnexpectedDocument` for a board (for callers that only show decks).
    pub fn into_deck(self) -> Result<Deck, ShareError> {
        match self {
            Document::Deck(d) => Ok(d),
            Document::Board(_) => Err(ShareError::UnexpectedDocument {
                found: DocumentKind::Board,
            }),
        }
    }

    /// The board, or `UnexpectedDocument` for a deck.
    pub fn into_board(self) -> Result<Board, ShareError> {
        match self {
            Document::Board(b) => Ok(b),
            Document::Deck(_) => Err(ShareError::UnexpectedDocument {
                found: DocumentKind::Deck,
            }),
        }
    }
}

impl From<Deck> for Document {
    fn from(d: Deck) -> Self {
        Document::Deck(d)
    }
}

impl From<Board> for Document {
    fn from(b: Board) -> Self {
        Document::Board(b)
    }
}

/// Reads an opened link's JSON for what its `format` says. A `format` this version does not
/// know is `UnknownFormat`; JSON with no text `format` at all is read as a deck, so that its
/// error names the field as deck links always have.
pub(crate) fn read_document(json: Vec<u8>) -> Result<Document, ShareError> {
    let not_json = || ShareError::InvalidDeck(DeckError::NotJson);
    let json = String::from_utf8(json).map_err(|_| not_json())?;
    let value: Value = serde_json::from_str(&json).map_err(|_| not_json())?;
    match value.get("format").and_then(Value::as_str) {
        Some(BOARD_FORMAT_NAME) => Ok(Document::Board(board_from_value(&value)?)),
        Some(f) if f != FORMAT_NAME => Err(ShareError::UnknownFormat),
        _ => Ok(Document::Deck(deck_from_value(&value)?)),
    }
}
