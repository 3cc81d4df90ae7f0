//! The app-wide deck service: the opened store, whether storage works, and what other tabs
//! say. Provided once by `App`, reached anywhere with `use_decks()`.

use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::storage::sync::{Change, TabSync};
use crate::storage::{persist, settings, DeckStore, StorageError, DB_NAME};

/// How long opening may wait on another tab before the person is told why.
const BLOCKED_NOTICE_AFTER: Duration = Duration::from_secs(3);

#[derive(Clone, Copy)]
pub struct Decks {
    store: StoredValue<Option<Rc<DeckStore>>, LocalStorage>,
    sync: StoredValue<Option<TabSync>, LocalStorage>,
    started: StoredValue<bool>,
    /// True once the store is open (or the in-memory fallback is in place).
    pub opened: RwSignal<bool>,
    /// A storage problem the whole app should show (unavailable, blocked, closed).
    pub problem: RwSignal<Option<StorageError>>,
    /// Goes up whenever another tab changed the library.
    pub library_changed: RwSignal<u64>,
    /// The latest save another tab announced: (deck id, revision).
    pub saved_elsewhere: RwSignal<Option<(String, u64)>>,
}

/// The deck service; panics only if `App` did not provide it, which is a programming error.
pub fn use_decks() -> Decks {
    expect_context::<Decks>()
}

/// Provides the service to the app. Storage is opened by the first screen that needs it
/// (`ensure_open`): a recipient reading a share link never has anything created on their
/// device unless they keep a copy.
pub fn provide_decks() -> Decks {
    let decks = Decks {
        store: StoredValue::new_local(None),
        sync: StoredValue::new_local(None),
        started: StoredValue::new(false),
        opened: RwSignal::new(false),
        problem: RwSignal::new(None),
        library_changed: RwSignal::new(0),
        saved_elsewhere: RwSignal::new(None),
    };
    provide_context(decks);
    let tab = TabSync::new(move |change| match change {
        Change::Saved { deck_id, revision } => {
            decks.saved_elsewhere.set(Some((deck_id, revision)));
            decks.library_changed.update(|n| *n += 1);
        }
        Change::LibraryChanged => decks.library_changed.update(|n| *n += 1),
    });
    decks.sync.set_value(Some(tab));
    decks
}

impl Decks {
    /// Opens the database unless that has started already.
    pub fn ensure_open(&self) {
        if self.started.get_value() {
            return;
        }
        self.started.set_value(true);
        let decks = *self;
        spawn_local(async move { decks.open(DB_NAME).await });
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
        self.store.set_value(Some(Rc::new(store)));
        self.opened.set(true);
    }

    /// The open store, once there is one.
    pub fn store(&self) -> Option<Rc<DeckStore>> {
        self.store.get_value()
    }

    /// Tells other tabs about a change.
    pub fn announce(&self, change: Change) {
        self.sync.with_value(|sync| {
            if let Some(sync) = sync {
                sync.post(&change);
            }
        });
    }

    /// Shows app-wide problems (a closed or unavailable database) where everyone sees them.
    pub fn report(&self, error: &StorageError) {
        if matches!(error, StorageError::Closed | StorageError::Unavailable) {
            self.problem.set(Some(error.clone()));
        }
    }

    /// After the first save, asks the browser to keep the data (once per browser).
    pub fn ask_persistence_once(&self) {
        if settings::persist_asked() || !self.store().is_some_and(|s| s.is_kept()) {
            return;
        }
        settings::set_persist_asked();
        spawn_local(async {
            persist::request_persistence().await;
        });
    }
}

/// Loads one deck for a screen: `None` while loading, then the record or why it failed.
/// Marks the screen ready once the answer is in.
pub fn load_deck(id: String) -> RwSignal<Option<Result<crate::model::DeckRecord, StorageError>>> {
    let decks = use_decks();
    decks.ensure_open();
    let loaded = RwSignal::new(None);
    Effect::new(move |_| {
        if !decks.opened.get() {
            return;
        }
        let Some(store) = decks.store() else { return };
        let id = id.clone();
        spawn_local(async move {
            let result = store.load(&id).await;
            if result.is_ok() {
                settings::set_last_deck(Some(&id));
            }
            loaded.set(Some(result));
            crate::services::dom::set_ready_after_render();
        });
    });
    loaded
}
