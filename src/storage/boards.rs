//! Opportunity boards: the leader's own (`boards`, saved against a revision like decks) and
//! the ones shared with me and kept (`kept_boards`, with earlier versions). The records are
//! `board::BoardRecord` and `board::KeptBoard`; their links go in the share log like a deck's,
//! under the board's id.

use serde_json::Value;

use super::db::{BOARDS, KEPT_BOARDS};
use super::tx::Mode;
use super::{DeckStore, StorageError};
use crate::board::{receive_board, Board, BoardReceipt, BoardRecord, BoardRecordError, KeptBoard};
use crate::model::RecordError;

/// How a board save went: stored at a new revision, or refused because another tab saved
/// first (with what it stored, so the screen can offer both).
#[derive(Clone, Debug, PartialEq)]
pub enum BoardSave {
    Saved(u64),
    Conflict(Box<BoardRecord>),
}

/// A board taken out of the list, as stored, so Undo can put it back exactly.
#[derive(Clone, Debug, PartialEq)]
pub struct DeletedBoard {
    pub id: String,
    pub title: Option<String>,
    record: Value,
}

/// A board record this version cannot read (screens say it in a board's words).
fn damaged(e: BoardRecordError) -> StorageError {
    StorageError::Damaged(match e {
        BoardRecordError::NewerSchema(n) => RecordError::NewerSchema(n),
        _ => RecordError::Damaged("the stored board could not be read"),
    })
}

fn read(value: &Value) -> Result<BoardRecord, StorageError> {
    BoardRecord::from_value(value).map_err(damaged)
}

impl DeckStore {
    /// Every board I write, most recently edited first (a damaged record is skipped rather
    /// than hiding the others).
    pub async fn boards(&self) -> Result<Vec<BoardRecord>, StorageError> {
        let tx = self.tx(&[BOARDS], Mode::Read)?;
        let mut list: Vec<BoardRecord> = tx
            .all(BOARDS)
            .await?
            .iter()
            .filter_map(|v| BoardRecord::from_value(v).ok())
            .collect();
        list.sort_by(|a, b| {
            b.board
                .updated_at
                .cmp(&a.board.updated_at)
                .then_with(|| a.board.title.cmp(&b.board.title))
        });
        Ok(list)
    }

    pub async fn load_board(&self, id: &str) -> Result<BoardRecord, StorageError> {
        let tx = self.tx(&[BOARDS], Mode::Read)?;
        let row = tx.get(BOARDS, id).await?.ok_or(StorageError::NotFound)?;
        read(&row)
    }

    /// Adds a new board at revision 1.
    pub async fn create_board(&self, board: Board, now: &str) -> Result<BoardRecord, StorageError> {
        let record = BoardRecord::new(board, now.to_owned());
        let tx = self.tx(&[BOARDS], Mode::Write)?;
        tx.put(BOARDS, record.id(), &record.to_value()).await?;
        tx.commit().await?;
        Ok(record)
    }

    /// Saves an edit made on top of `base_revision`, in one transaction; if the stored board
    /// has moved on, nothing is written and the stored record comes back.
    pub async fn save_board(
        &self,
        board: &Board,
        base_revision: u64,
    ) -> Result<BoardSave, StorageError> {
        let tx = self.tx(&[BOARDS], Mode::Write)?;
        let row = tx
            .get(BOARDS, &board.id)
            .await?
            .ok_or(StorageError::NotFound)?;
        let mut current = read(&row)?;
        if current.revision != base_revision {
            return Ok(BoardSave::Conflict(Box::new(current)));
        }
        current.board = board.clone();
        current.revision += 1;
        tx.put(BOARDS, &board.id, &current.to_value()).await?;
        tx.commit().await?;
        Ok(BoardSave::Saved(current.revision))
    }

    /// Removes a board, readable or not, and answers it as stored, for Undo.
    pub async fn delete_board(&self, id: &str) -> Result<DeletedBoard, StorageError> {
        let tx = self.tx(&[BOARDS], Mode::Write)?;
        let record = tx.get(BOARDS, id).await?.ok_or(StorageError::NotFound)?;
        tx.delete(BOARDS, id).await?;
        tx.commit().await?;
        let title = record
            .pointer("/board/title")
            .and_then(Value::as_str)
            .map(str::to_owned);
        Ok(DeletedBoard {
            id: id.to_owned(),
            title,
            record,
        })
    }

    /// Puts a deleted board back as it was, unless a board with its id appeared meanwhile.
    pub async fn undelete_board(&self, deleted: &DeletedBoard) -> Result<(), StorageError> {
        let tx = self.tx(&[BOARDS], Mode::Write)?;
        if tx.get(BOARDS, &deleted.id).await?.is_some() {
            return Ok(());
        }
        tx.put(BOARDS, &deleted.id, &deleted.record).await?;
        tx.commit().await
    }

    /// Every board shared with me and kept, most recently received first.
    pub async fn kept_boards(&self) -> Result<Vec<KeptBoard>, StorageError> {
        let tx = self.tx(&[KEPT_BOARDS], Mode::Read)?;
        let mut list: Vec<KeptBoard> = tx
            .all(KEPT_BOARDS)
            .await?
            .iter()
            .filter_map(|v| KeptBoard::from_value(v).ok())
            .collect();
        list.sort_by(|a, b| b.received_at.cmp(&a.received_at));
        Ok(list)
    }

    /// The kept copy of a board, if there is one.
    pub async fn kept_board(&self, id: &str) -> Result<Option<KeptBoard>, StorageError> {
        let tx = self.tx(&[KEPT_BOARDS], Mode::Read)?;
        match tx.get(KEPT_BOARDS, id).await? {
            None => Ok(None),
            Some(v) => KeptBoard::from_value(&v).map(Some).map_err(damaged),
        }
    }

    /// Keeps a board someone shared: new, or a newer version of one kept (the older becomes
    /// a version). The same board changes nothing; an older one is stored only when
    /// `even_if_older`. Checked and written in one transaction.
    pub async fn keep_board(
        &self,
        board: Board,
        now: &str,
        even_if_older: bool,
    ) -> Result<BoardReceipt, StorageError> {
        let tx = self.tx(&[KEPT_BOARDS], Mode::Write)?;
        let existing = tx
            .get(KEPT_BOARDS, &board.id)
            .await?
            .and_then(|v| KeptBoard::from_value(&v).ok());
        let receipt = receive_board(existing.as_ref(), board, now);
        let to_store = match &receipt {
            BoardReceipt::New(k) | BoardReceipt::Newer(k) => Some(k),
            BoardReceipt::Older { if_confirmed } if even_if_older => Some(if_confirmed),
            _ => None,
        };
        if let Some(k) = to_store {
            tx.put(KEPT_BOARDS, &k.id, &k.to_value()).await?;
        }
        tx.commit().await?;
        Ok(receipt)
    }

    pub async fn delete_kept_board(&self, id: &str) -> Result<(), StorageError> {
        let tx = self.tx(&[KEPT_BOARDS], Mode::Write)?;
        tx.delete(KEPT_BOARDS, id).await?;
        tx.commit().await
    }
}

impl DeckStore {
    /// Puts boards back from a backup, in one transaction: a board here is replaced only by a
    /// higher revision, a kept board only by a later version.
    pub async fn restore_boards(
        &self,
        boards: &[BoardRecord],
        kept: &[KeptBoard],
    ) -> Result<(), StorageError> {
        let tx = self.tx(&[BOARDS, KEPT_BOARDS], Mode::Write)?;
        for b in boards {
            let here = tx
                .get(BOARDS, b.id())
                .await?
                .and_then(|v| BoardRecord::from_value(&v).ok());
            if here.is_none_or(|h| b.revision > h.revision) {
                tx.put(BOARDS, b.id(), &b.to_value()).await?;
            }
        }
        for k in kept {
            let here = tx
                .get(KEPT_BOARDS, &k.id)
                .await?
                .and_then(|v| KeptBoard::from_value(&v).ok());
            let newer = here.is_none_or(|h| {
                crate::model::compare_instants(&k.board.updated_at, &h.board.updated_at)
                    == Some(std::cmp::Ordering::Greater)
            });
            if newer {
                tx.put(KEPT_BOARDS, &k.id, &k.to_value()).await?;
            }
        }
        tx.commit().await
    }
}
