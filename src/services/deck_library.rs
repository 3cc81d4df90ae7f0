//! The deck library: the one way features create, rename, duplicate, delete, restore, keep
//! and save decks and log shares. Each operation waits for storage to open, checks
//! revisions, tells other tabs about the change and reports app-wide problems (a closed or
//! unavailable database) itself; the caller only shows the error it gets back.
//!
//! Provided once by `App`, reached anywhere with `use_library()`.

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;
use std::time::Duration;

use futures::channel::oneshot;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::clock::now_rfc3339;
use crate::board::{boards_section, read_boards_section};
use crate::manager::{KeptDeck, ManagerNotes, ManagerSection, Receipt};
use crate::model::{
    check_title, example_deck, new_deck_id, plan_import, read_snapshots_section, snapshots_section,
    write_backup_document, BackupContents, BackupDeck, BackupInput, Deck, DeckRecord, DeckSummary,
    PlanChoice, PlanEntry, Problem, ShareLogEntry, Snapshot, SnapshotReason,
};
use crate::storage::sync::{Change, TabSync};
use crate::storage::ImportOutcome;
use crate::storage::{persist, settings, DeckStore, Deleted, StorageError, Unreadable, DB_NAME};
use crate::workshop::{read_workshops_section, workshops_section};

/// How long opening may wait on another tab before the person is told why.
const BLOCKED_NOTICE_AFTER: Duration = Duration::from_secs(3);

/// Why a library operation did not happen, in words a person can act on.
#[derive(Clone, Debug, PartialEq)]
pub enum LibraryError {
    Storage(StorageError),
    /// The browser has no cryptographic random source, so no new deck id can be drawn.
    NoRandomSource,
    /// A title that cannot be a deck's title.
    Title(Problem),
}

impl fmt::Display for LibraryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LibraryError::Storage(e) => write!(f, "{e}"),
            LibraryError::NoRandomSource => write!(
                f,
                "This browser has no secure random source, so a new deck can't be made here."
            ),
            LibraryError::Title(Problem::Empty) => write!(f, "A deck needs a title."),
            LibraryError::Title(Problem::TooLong { max, .. }) => {
                write!(f, "Titles can be at most {max} characters.")
            }
            LibraryError::Title(p) => write!(f, "This title {p}."),
        }
    }
}

impl std::error::Error for LibraryError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LibraryError::Storage(e) => Some(e),
            _ => None,
        }
    }
}

impl From<StorageError> for LibraryError {
    fn from(e: StorageError) -> Self {
        LibraryError::Storage(e)
    }
}

type Result<T> = std::result::Result<T, LibraryError>;

/// Something an open screen must do before the page goes away (an editor writes its unsaved
/// text where the next visit finds it).
type LeaveHook = Rc<dyn Fn()>;

#[derive(Default)]
struct Inner {
    store: Option<Rc<DeckStore>>,
    started: bool,
    waiting: Vec<oneshot::Sender<()>>,
    sync: Option<TabSync>,
    leave_hooks: Vec<(u64, LeaveHook)>,
    next_hook: u64,
}

#[derive(Clone, Copy)]
pub struct DeckLibrary {
    inner: StoredValue<Rc<RefCell<Inner>>, LocalStorage>,
    /// True once the store is open (or the in-memory fallback is in place).
    pub opened: RwSignal<bool>,
    /// A storage problem the whole app should show (unavailable, blocked, closed).
    pub problem: RwSignal<Option<StorageError>>,
    /// Goes up whenever another tab changed the library.
    pub library_changed: RwSignal<u64>,
    /// The latest save another tab announced: (deck id, revision).
    pub saved_elsewhere: RwSignal<Option<(String, u64)>>,
    /// Whether some open screen holds text that is not stored yet.
    pub unsaved: RwSignal<bool>,
}

/// The library; panics only if `App` did not provide it, which is a programming error.
pub fn use_library() -> DeckLibrary {
    expect_context::<DeckLibrary>()
}

/// Provides the library to the app. Storage is opened by the first operation that needs it:
/// a recipient reading a share link has nothing created on their device unless they keep it.
pub fn provide_library() -> DeckLibrary {
    let library = DeckLibrary {
        inner: StoredValue::new_local(Rc::default()),
        opened: RwSignal::new(false),
        problem: RwSignal::new(None),
        library_changed: RwSignal::new(0),
        saved_elsewhere: RwSignal::new(None),
        unsaved: RwSignal::new(false),
    };
    provide_context(library);
    let tab = TabSync::new(move |change| match change {
        Change::Saved { deck_id, revision } => {
            library.saved_elsewhere.set(Some((deck_id, revision)));
            library.library_changed.update(|n| *n += 1);
        }
        Change::LibraryChanged => library.library_changed.update(|n| *n += 1),
    });
    library.with_inner(|i| i.sync = Some(tab));
    library
}

impl DeckLibrary {
    fn with_inner<R>(&self, f: impl FnOnce(&mut Inner) -> R) -> R {
        let inner = self.inner.get_value();
        let mut guard = inner.borrow_mut();
        f(&mut guard)
    }

    /// Starts opening the database unless that has started already.
    pub fn ensure_open(&self) {
        if self.with_inner(|i| std::mem::replace(&mut i.started, true)) {
            return;
        }
        let library = *self;
        spawn_local(async move { library.open(DB_NAME).await });
    }

    async fn open(self, name: &str) {
        // If another tab holds an older version open, say so while we wait.
        let notice = set_timeout_with_handle(
            move || {
                if !self.opened.get_untracked() {
                    self.problem.set(Some(StorageError::UpgradeBlocked));
                }
            },
            BLOCKED_NOTICE_AFTER,
        )
        .ok();
        let store = match DeckStore::open(name).await {
            Ok(store) => {
                settings::set_has_library();
                if self.problem.get_untracked() == Some(StorageError::UpgradeBlocked) {
                    self.problem.set(None);
                }
                store
            }
            Err(e) => {
                self.problem.set(Some(e));
                DeckStore::in_memory()
            }
        };
        if let Some(handle) = notice {
            handle.clear();
        }
        let waiting = self.with_inner(|i| {
            i.store = Some(Rc::new(store));
            std::mem::take(&mut i.waiting)
        });
        for w in waiting {
            let _ = w.send(());
        }
        self.opened.set(true);
    }

    /// The open store, waiting for it to open if need be.
    pub async fn store(&self) -> Rc<DeckStore> {
        loop {
            self.ensure_open();
            let (tx, rx) = oneshot::channel();
            let ready = self.with_inner(|i| match &i.store {
                Some(s) => Some(s.clone()),
                None => {
                    i.waiting.push(tx);
                    None
                }
            });
            if let Some(store) = ready {
                return store;
            }
            let _ = rx.await;
        }
    }

    /// Whether what is saved outlives this tab (`None` until storage has opened).
    pub fn is_kept(&self) -> Option<bool> {
        self.opened.get();
        self.with_inner(|i| i.store.as_ref().map(|s| s.is_kept()))
    }

    /// Tells other tabs about a change, and this tab's own screens (a library opened while
    /// the editor's last save was still on its way must show it).
    pub(crate) fn announce(&self, change: Change) {
        self.with_inner(|i| {
            if let Some(sync) = &i.sync {
                sync.post(&change);
            }
        });
        self.library_changed.update(|n| *n += 1);
    }

    /// Shows app-wide problems (a closed or unavailable database) where everyone sees them,
    /// and hands the error back for the screen to show too.
    pub fn report(&self, error: StorageError) -> LibraryError {
        if matches!(error, StorageError::Closed | StorageError::Unavailable) {
            self.problem.set(Some(error.clone()));
        }
        LibraryError::Storage(error)
    }

    fn checked<T>(&self, result: std::result::Result<T, StorageError>) -> Result<T> {
        result.map_err(|e| self.report(e))
    }

    /// Runs one store operation once storage is open, reporting what goes wrong.
    pub(crate) async fn run<T, F>(&self, op: impl FnOnce(Rc<DeckStore>) -> F) -> Result<T>
    where
        F: std::future::Future<Output = std::result::Result<T, StorageError>>,
    {
        let store = self.store().await;
        self.checked(op(store).await)
    }

    /// Every deck's summary, newest first.
    pub async fn list(&self) -> Result<Vec<DeckSummary>> {
        self.run(|s| async move { s.list().await }).await
    }

    /// One deck.
    pub async fn load(&self, id: &str) -> Result<DeckRecord> {
        self.run(|s| async move { s.load(id).await }).await
    }

    /// Adds a deck and tells other tabs.
    pub async fn create(&self, deck: Deck) -> Result<DeckRecord> {
        let store = self.store().await;
        let record = self.checked(store.create(deck, &now_rfc3339()).await)?;
        self.announce(Change::LibraryChanged);
        Ok(record)
    }

    /// A new blank deck, or the example to learn from.
    pub async fn create_new(&self, from_example: bool) -> Result<DeckRecord> {
        let id = new_deck_id().map_err(|_| LibraryError::NoRandomSource)?;
        let now = now_rfc3339();
        let deck = if from_example {
            example_deck(id, now)
        } else {
            Deck::blank(id, "Untitled deck".into(), now)
        };
        self.create(deck).await
    }

    /// Renames a deck (the title is checked first) on top of its stored revision.
    pub async fn rename(&self, id: &str, typed: &str) -> Result<()> {
        let title = check_title(typed).map_err(LibraryError::Title)?;
        let record = self.load(id).await?;
        let deck = record.deck.renamed(title, &now_rfc3339());
        self.save(&deck, record.revision).await.map(|_| ())
    }

    /// A copy of a deck as a new deck ("… (copy)").
    pub async fn duplicate(&self, id: &str) -> Result<DeckRecord> {
        let new_id = new_deck_id().map_err(|_| LibraryError::NoRandomSource)?;
        let store = self.store().await;
        let copy = self.checked(store.duplicate(id, new_id, &now_rfc3339()).await)?;
        self.announce(Change::LibraryChanged);
        Ok(copy)
    }

    /// Removes a deck; the answer puts it back with `undelete`.
    pub async fn delete(&self, id: &str) -> Result<Deleted> {
        let store = self.store().await;
        let deleted = self.checked(store.delete(id).await)?;
        self.announce(Change::LibraryChanged);
        Ok(deleted)
    }

    /// Undo of `delete`.
    pub async fn undelete(&self, deleted: &Deleted) -> Result<()> {
        let store = self.store().await;
        self.checked(store.undelete(deleted).await)?;
        self.announce(Change::LibraryChanged);
        Ok(())
    }

    /// Saves an edit made on top of `base_revision`; a `Conflict` comes back untouched for
    /// the editor to merge.
    pub async fn save(&self, deck: &Deck, base_revision: u64) -> Result<u64> {
        let store = self.store().await;
        let revision = match store.save(deck, base_revision).await {
            Ok(r) => r,
            Err(e @ StorageError::Conflict(_)) => return Err(LibraryError::Storage(e)),
            Err(e) => return Err(self.report(e)),
        };
        self.announce(Change::Saved {
            deck_id: deck.id.clone(),
            revision,
        });
        self.ask_persistence_once(&store);
        Ok(revision)
    }

    /// Records that a share link was made, and keeps the version shared as a snapshot (so
    /// "what changed since I shared it" has something to compare with).
    pub async fn log_share(&self, entry: &ShareLogEntry, shared: &Deck) -> Result<()> {
        let name = match entry.label.as_str() {
            "" => format!("Shared on {}", super::clock::local_date(&entry.at)),
            label => format!(
                "Shared on {} — {label}",
                super::clock::local_date(&entry.at)
            ),
        };
        self.run(|s| async move {
            s.log_share(entry).await?;
            s.snapshot(shared, &name, SnapshotReason::Shared, &entry.at)
                .await
                .map(|_| ())
        })
        .await
    }

    /// The links made from one deck, newest first.
    pub async fn share_history(&self, deck_id: &str) -> Result<Vec<ShareLogEntry>> {
        self.run(|s| async move { s.share_history(deck_id).await })
            .await
    }

    /// Every deck in full (for a backup), and the records that could not be read.
    pub async fn all_decks(&self) -> Result<(Vec<DeckRecord>, Vec<Unreadable>)> {
        self.run(|s| async move { s.load_all().await }).await
    }

    /// The whole backup file: the owner's decks, snapshots, the manager's side, boards and
    /// workshop progress, and the records that had to be left out because they could not be
    /// read.
    pub async fn backup(&self) -> Result<(String, Vec<Unreadable>)> {
        let now = now_rfc3339();
        self.run(|s| async move {
            let (decks, unreadable) = s.load_all().await?;
            let manager = ManagerSection {
                kept: s.kept_decks().await?,
                notes: s.all_manager_notes().await?,
            };
            let snapshots = snapshots_section(&s.all_snapshots().await?);
            let boards = boards_section(&s.boards().await?, &s.kept_boards().await?);
            let workshops = workshops_section(&s.all_workshops().await?);
            let text = write_backup_document(&BackupInput {
                exported_at: &now,
                decks: &decks,
                manager: (!manager.is_empty()).then_some(&manager),
                snapshots: Some(&snapshots),
                boards: Some(&boards),
                workshops: Some(&workshops),
            });
            Ok((text, unreadable))
        })
        .await
    }

    /// The plan for restoring a backup: each of its decks against the one here.
    pub async fn plan_restore(&self, contents: &BackupContents) -> Result<Vec<PlanEntry>> {
        let mut local = Vec::new();
        for d in &contents.decks {
            match self.load(&d.deck.id).await {
                Ok(r) => local.push(r.deck),
                Err(LibraryError::Storage(StorageError::NotFound)) => {}
                // A damaged deck here is not replaced by accident: it counts as different.
                Err(LibraryError::Storage(StorageError::Damaged(_))) => {
                    let mut stand_in = d.deck.clone();
                    stand_in.title = String::new();
                    local.push(stand_in);
                }
                Err(e) => return Err(e),
            }
        }
        let incoming: Vec<Deck> = contents.decks.iter().map(|d| d.deck.clone()).collect();
        Ok(plan_import(&incoming, &local))
    }

    /// Restores a backup as planned (decks checked again inside the write), and the
    /// backup's snapshots and manager side; tells other tabs.
    pub async fn restore(
        &self,
        contents: BackupContents,
        choices: Vec<PlanChoice>,
    ) -> Result<ImportOutcome> {
        let now = now_rfc3339();
        let plan: Vec<(BackupDeck, PlanChoice)> = contents.decks.into_iter().zip(choices).collect();
        let snapshots = contents
            .snapshots
            .as_ref()
            .map(|v| read_snapshots_section(v).0)
            .unwrap_or_default();
        let manager = contents.manager;
        let (boards, kept_boards, _) = contents
            .boards
            .as_ref()
            .map(read_boards_section)
            .unwrap_or_default();
        let workshops = contents
            .workshops
            .as_ref()
            .map(|w| read_workshops_section(w).0)
            .unwrap_or_default();
        let outcome = self
            .run(|s| async move {
                let outcome = s.import(plan, || new_deck_id().ok(), &now).await?;
                s.put_snapshots(&snapshots).await?;
                if let Some(m) = manager {
                    s.restore_manager(&m.kept, &m.notes).await?;
                }
                s.restore_boards(&boards, &kept_boards).await?;
                // After the decks: a workshop goes back only beside its deck.
                s.restore_workshops(&workshops).await?;
                Ok(outcome)
            })
            .await?;
        self.announce(Change::LibraryChanged);
        Ok(outcome)
    }

    /// Keeps a deck someone shared (see `DeckStore::keep`) and tells other tabs.
    pub async fn keep_copy(&self, deck: Deck, even_if_older: bool) -> Result<Receipt> {
        let now = now_rfc3339();
        let receipt = self
            .run(|s| async move { s.keep(deck, &now, even_if_older).await })
            .await?;
        self.announce(Change::LibraryChanged);
        Ok(receipt)
    }

    /// Every deck shared with me.
    pub async fn kept_decks(&self) -> Result<Vec<KeptDeck>> {
        self.run(|s| async move { s.kept_decks().await }).await
    }

    /// The kept copy of a deck, if there is one. Never opens storage for a reader who has
    /// not kept anything yet: `None` until storage is open.
    pub async fn kept(&self, id: &str) -> Result<Option<KeptDeck>> {
        self.run(|s| async move { s.kept(id).await }).await
    }

    /// Removes a kept deck and everything attached to it.
    pub async fn delete_kept(&self, id: &str) -> Result<()> {
        self.run(|s| async move { s.delete_kept(id).await }).await?;
        self.announce(Change::LibraryChanged);
        Ok(())
    }

    pub async fn manager_notes(&self, deck_id: &str) -> Result<ManagerNotes> {
        self.run(|s| async move { s.manager_notes(deck_id).await })
            .await
    }

    pub async fn all_manager_notes(&self) -> Result<Vec<ManagerNotes>> {
        self.run(|s| async move { s.all_manager_notes().await })
            .await
    }

    pub async fn save_manager_notes(&self, notes: &ManagerNotes) -> Result<()> {
        self.run(|s| async move { s.save_manager_notes(notes).await })
            .await
    }

    /// A deck's snapshots, newest first.
    pub async fn snapshots(&self, deck_id: &str) -> Result<Vec<Snapshot>> {
        self.run(|s| async move { s.snapshots(deck_id).await })
            .await
    }

    /// Keeps the deck as it is now under a name.
    pub async fn snapshot(&self, deck: &Deck, name: &str) -> Result<Snapshot> {
        let now = now_rfc3339();
        self.run(|s| async move { s.snapshot(deck, name, SnapshotReason::Manual, &now).await })
            .await
    }

    pub async fn delete_snapshot(&self, id: &str) -> Result<()> {
        self.run(|s| async move { s.delete_snapshot(id).await })
            .await
    }

    /// Restores a snapshot over the deck (the current version is snapshotted first) and
    /// tells other tabs; answers the new revision.
    pub async fn restore_snapshot(&self, snapshot: &Snapshot) -> Result<u64> {
        let now = now_rfc3339();
        let revision = self
            .run(|s| async move { s.restore_snapshot(snapshot, &now).await })
            .await?;
        self.announce(Change::Saved {
            deck_id: snapshot.deck_id.clone(),
            revision,
        });
        Ok(revision)
    }

    /// Writes several records in one transaction and tells other tabs.
    pub async fn put_all(&self, records: &[DeckRecord]) -> Result<()> {
        let store = self.store().await;
        self.checked(store.put_all(records).await)?;
        self.announce(Change::LibraryChanged);
        Ok(())
    }

    /// After the first save, asks the browser to keep the data (once per browser).
    fn ask_persistence_once(&self, store: &DeckStore) {
        if settings::persist_asked() || !store.is_kept() {
            return;
        }
        settings::set_persist_asked();
        spawn_local(async {
            persist::request_persistence().await;
        });
    }

    /// Registers what a screen must do before the page goes away; the answer unregisters it.
    pub fn on_leave(&self, hook: impl Fn() + 'static) -> u64 {
        self.with_inner(|i| {
            i.next_hook += 1;
            let id = i.next_hook;
            i.leave_hooks.push((id, Rc::new(hook)));
            id
        })
    }

    pub fn forget_leave(&self, id: u64) {
        self.with_inner(|i| i.leave_hooks.retain(|(h, _)| *h != id));
    }

    /// Runs every screen's leave hook now (before a reload the app itself asks for).
    pub fn prepare_to_leave(&self) {
        let hooks: Vec<LeaveHook> =
            self.with_inner(|i| i.leave_hooks.iter().map(|(_, h)| h.clone()).collect());
        for hook in hooks {
            hook();
        }
    }
}
