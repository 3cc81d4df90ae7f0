//! Opportunity boards through the library: the leader's own boards (create, list, save
//! against a revision, delete with undo, links made), boards kept from links, and the
//! reader's side of a board (`BoardReader`: their decks to match against, their "that is my
//! …" answers, raising a hand into a deck and lowering it again).

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::clock::now_rfc3339;
use super::deck_library::{DeckLibrary, LibraryError};
use crate::board::{
    example_board, lower_hand, raise_hand, raised_hand_in, Board, BoardReceipt, BoardRecord,
    KeptBoard, Mappings, RaisedHand,
};
use crate::model::{new_deck_id, Deck, DeckRecord, DeckSummary, ShareLogEntry};
use crate::storage::sync::Change;
use crate::storage::{mappings as stored_mappings, BoardSave, DeletedBoard, StorageError};

type Result<T> = std::result::Result<T, LibraryError>;

impl DeckLibrary {
    /// Every board I write, most recently edited first.
    pub async fn boards(&self) -> Result<Vec<BoardRecord>> {
        self.run(|s| async move { s.boards().await }).await
    }

    pub async fn load_board(&self, id: &str) -> Result<BoardRecord> {
        self.run(|s| async move { s.load_board(id).await }).await
    }

    /// A new board: blank, or the example board to learn from.
    pub async fn create_board(&self, from_example: bool) -> Result<BoardRecord> {
        let id = new_deck_id().map_err(|_| LibraryError::NoRandomSource)?;
        let now = now_rfc3339();
        let board = if from_example {
            example_board(id, now.clone())
        } else {
            Board::blank(id, "Untitled board".into(), now.clone())
        };
        let record = self
            .run(|s| async move { s.create_board(board, &now).await })
            .await?;
        self.announce(Change::LibraryChanged);
        Ok(record)
    }

    /// Saves an edit made on top of `base_revision`; another tab's newer save comes back as
    /// `BoardSave::Conflict` for the screen to resolve.
    pub async fn save_board(&self, board: &Board, base_revision: u64) -> Result<BoardSave> {
        let saved = self
            .run(|s| async move { s.save_board(board, base_revision).await })
            .await?;
        if let BoardSave::Saved(revision) = saved {
            self.announce(Change::Saved {
                deck_id: board.id.clone(),
                revision,
            });
        }
        Ok(saved)
    }

    pub async fn delete_board(&self, id: &str) -> Result<DeletedBoard> {
        let deleted = self
            .run(|s| async move { s.delete_board(id).await })
            .await?;
        self.announce(Change::LibraryChanged);
        Ok(deleted)
    }

    pub async fn undelete_board(&self, deleted: &DeletedBoard) -> Result<()> {
        self.run(|s| async move { s.undelete_board(deleted).await })
            .await?;
        self.announce(Change::LibraryChanged);
        Ok(())
    }

    /// Records a link made from a board (the share log, under the board's id; no sections).
    pub async fn log_board_share(&self, entry: &ShareLogEntry) -> Result<()> {
        self.run(|s| async move { s.log_share(entry).await }).await
    }

    /// Every board shared with me and kept, most recently received first.
    pub async fn kept_boards(&self) -> Result<Vec<KeptBoard>> {
        self.run(|s| async move { s.kept_boards().await }).await
    }

    pub async fn kept_board(&self, id: &str) -> Result<Option<KeptBoard>> {
        self.run(|s| async move { s.kept_board(id).await }).await
    }

    /// Keeps a board from a link (new, or a newer version of one kept).
    pub async fn keep_board(&self, board: Board, even_if_older: bool) -> Result<BoardReceipt> {
        let now = now_rfc3339();
        let receipt = self
            .run(|s| async move { s.keep_board(board, &now, even_if_older).await })
            .await?;
        self.announce(Change::LibraryChanged);
        Ok(receipt)
    }

    pub async fn delete_kept_board(&self, id: &str) -> Result<()> {
        self.run(|s| async move { s.delete_kept_board(id).await })
            .await?;
        self.announce(Change::LibraryChanged);
        Ok(())
    }

    /// Changes one of my decks as stored: load, change, save on top of the revision loaded.
    /// If another tab saved in between, the deck is loaded again and the change made once
    /// more. `None` (and nothing saved) when `change` answers `None`.
    async fn change_deck<T>(
        &self,
        deck_id: &str,
        change: impl Fn(&mut Deck) -> Option<T>,
    ) -> Result<Option<(T, DeckRecord)>> {
        let mut retried = false;
        loop {
            let mut record = self.load(deck_id).await?;
            let Some(out) = change(&mut record.deck) else {
                return Ok(None);
            };
            record.deck.updated_at = now_rfc3339();
            match self.save(&record.deck, record.revision).await {
                Ok(revision) => {
                    record.revision = revision;
                    return Ok(Some((out, record)));
                }
                Err(LibraryError::Storage(StorageError::Conflict(_))) if !retried => {
                    retried = true;
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// "Raise my hand": the opportunity goes into my deck as a *next* roadmap step and an
    /// ask. `None` when it is already there (or the deck's lists are full).
    pub async fn raise_hand(
        &self,
        deck_id: &str,
        board: &Board,
        opportunity_id: &str,
    ) -> Result<Option<(RaisedHand, DeckRecord)>> {
        self.change_deck(deck_id, |deck| raise_hand(deck, board, opportunity_id))
            .await
    }

    /// Takes a raised hand back out of my deck; answers the deck as now stored (`None` if
    /// there was nothing left to take out).
    pub async fn lower_hand(&self, deck_id: &str, hand: &RaisedHand) -> Result<Option<DeckRecord>> {
        let lowered = self
            .change_deck(deck_id, |deck| lower_hand(deck, hand).then_some(()))
            .await?;
        Ok(lowered.map(|(_, record)| record))
    }
}

/// The reader's side of one board on screen: the decks they can match it against (only
/// looked for when this browser already keeps something: opening the database would create
/// it), the chosen deck, their "that is my …" answers, the team's kept decks, and raising or
/// lowering a hand. Copy, so views and callbacks can hold it.
#[derive(Clone, Copy)]
pub struct BoardReader {
    library: DeckLibrary,
    board: StoredValue<Board>,
    /// The reader's own decks, newest first. `None` until looked at, and for a reader who
    /// keeps nothing in this browser.
    pub decks: RwSignal<Option<Vec<DeckSummary>>>,
    /// The deck matched against (the latest by default).
    pub deck: RwSignal<Option<DeckRecord>>,
    pub mappings: RwSignal<Mappings>,
    /// Kept copies of other people's decks, by person: whom each opportunity fits.
    pub team: RwSignal<Vec<(String, Deck)>>,
    pub busy: RwSignal<bool>,
    pub error: RwSignal<Option<String>>,
    /// What the last raise or lower did: (opportunity id, words for its status line).
    pub notice: RwSignal<Option<(String, String)>>,
    /// Whether looking at storage is done (or was not needed).
    pub looked: RwSignal<bool>,
    /// Hands raised on this screen, exactly as `raise_hand` answered them.
    hands: StoredValue<Vec<RaisedHand>>,
}

impl BoardReader {
    /// A reader for `board`. `look` says whether to look at this browser's decks at all
    /// (`storage::settings::has_library()`); without it nothing is opened or written.
    pub fn new(library: DeckLibrary, board: Board, look: bool) -> BoardReader {
        let reader = BoardReader {
            library,
            board: StoredValue::new(board),
            decks: RwSignal::new(None),
            deck: RwSignal::new(None),
            mappings: RwSignal::new(stored_mappings::mappings()),
            team: RwSignal::new(Vec::new()),
            busy: RwSignal::new(false),
            error: RwSignal::new(None),
            notice: RwSignal::new(None),
            looked: RwSignal::new(!look),
            hands: StoredValue::new(Vec::new()),
        };
        if look {
            spawn_local(async move { reader.look().await });
        }
        reader
    }

    async fn look(self) {
        match self.library.list().await {
            Ok(list) => {
                let latest = list.first().map(|s| s.id.clone());
                self.decks.try_set(Some(list));
                if let Some(id) = latest {
                    match self.library.load(&id).await {
                        Ok(record) => {
                            self.deck.try_set(Some(record));
                        }
                        Err(e) => {
                            self.error.try_set(Some(e.to_string()));
                        }
                    }
                }
            }
            Err(e) => {
                self.error.try_set(Some(e.to_string()));
            }
        }
        if let Ok(kept) = self.library.kept_decks().await {
            let mut team: Vec<(String, Deck)> =
                kept.into_iter().map(|k| (k.person, k.deck)).collect();
            team.sort_by_key(|(person, _)| person.to_lowercase());
            self.team.try_set(team);
        }
        self.looked.try_set(true);
    }

    /// Matches against another of the reader's decks.
    pub fn choose(&self, deck_id: String) {
        let reader = *self;
        reader.notice.set(None);
        spawn_local(async move {
            match reader.library.load(&deck_id).await {
                Ok(record) => {
                    reader.deck.try_set(Some(record));
                }
                Err(e) => {
                    reader.error.try_set(Some(e.to_string()));
                }
            }
        });
    }

    /// "The board's `board_name` is my `mine`" (one of the reader's competency names),
    /// remembered in this browser.
    pub fn map(&self, board_name: &str, mine: &str) {
        self.mappings.update(|m| m.map(board_name, mine));
        self.mappings.with_untracked(stored_mappings::set_mappings);
    }

    /// Takes back the answer for `board_name`.
    pub fn unmap(&self, board_name: &str) {
        self.mappings.update(|m| {
            m.unmap(board_name);
        });
        self.mappings.with_untracked(stored_mappings::set_mappings);
    }

    /// Raises the reader's hand for an opportunity in the deck matched against.
    pub fn raise(&self, opportunity_id: String) {
        let Some(deck_id) = self.deck_id() else {
            return;
        };
        if self.busy.get_untracked() {
            return;
        }
        let reader = *self;
        reader.busy.set(true);
        reader.error.set(None);
        let board = self.board.get_value();
        spawn_local(async move {
            let title = board
                .opportunity(&opportunity_id)
                .map(|o| o.title.trim().to_owned())
                .unwrap_or_default();
            match reader
                .library
                .raise_hand(&deck_id, &board, &opportunity_id)
                .await
            {
                Ok(Some((hand, record))) => {
                    let deck_title = record.deck.title.trim().to_owned();
                    reader.hands.try_update_value(|h| h.push(hand));
                    reader.deck.try_set(Some(record));
                    reader.notice.try_set(Some((
                        opportunity_id,
                        format!(
                            "Your hand is up. Added to “{deck_title}”: “{title}” as a next step on \
                             your roadmap, and the ask “Consider me for: {title}”."
                        ),
                    )));
                }
                Ok(None) => {
                    reader.notice.try_set(Some((
                        opportunity_id,
                        "This one is already in your deck, or its roadmap or asks are full.".into(),
                    )));
                }
                Err(e) => {
                    reader.error.try_set(Some(e.to_string()));
                }
            }
            reader.busy.try_set(false);
        });
    }

    /// Takes the hand raised for an opportunity back out of the deck (Undo).
    pub fn lower(&self, opportunity_id: String) {
        let Some(deck_id) = self.deck_id() else {
            return;
        };
        if self.busy.get_untracked() {
            return;
        }
        let board = self.board.get_value();
        let raised_here = self.hands.with_value(|h| {
            h.iter()
                .rev()
                .find(|h| h.opportunity_id == opportunity_id)
                .cloned()
        });
        let hand = raised_here.or_else(|| {
            self.deck.with_untracked(|d| {
                d.as_ref()
                    .and_then(|d| raised_hand_in(&d.deck, &board, &opportunity_id))
            })
        });
        let Some(hand) = hand else {
            return;
        };
        let reader = *self;
        reader.busy.set(true);
        reader.error.set(None);
        spawn_local(async move {
            match reader.library.lower_hand(&deck_id, &hand).await {
                Ok(record) => {
                    reader.hands.try_update_value(|h| h.retain(|x| *x != hand));
                    if let Some(record) = record {
                        reader.deck.try_set(Some(record));
                    }
                    reader.notice.try_set(Some((
                        opportunity_id,
                        "Hand lowered: the step and the ask are out of your deck again.".into(),
                    )));
                }
                Err(e) => {
                    reader.error.try_set(Some(e.to_string()));
                }
            }
            reader.busy.try_set(false);
        });
    }

    fn deck_id(&self) -> Option<String> {
        self.deck
            .with_untracked(|d| d.as_ref().map(|r| r.deck.id.clone()))
    }
}
