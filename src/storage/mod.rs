//! The web shell's storage: decks and the share log in IndexedDB (rexie), settings in
//! localStorage (gloo-storage), change notices between tabs (BroadcastChannel).

mod db;
mod decks;
mod error;
mod js;
pub mod persist;
pub mod settings;
pub mod sync;

pub use db::{DB_NAME, DB_VERSION};
pub use decks::DeckStore;
pub use error::{classify, StorageError};
