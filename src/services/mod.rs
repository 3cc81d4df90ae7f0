//! App-wide services, provided once by `App` and reached with `use_…()`: the deck library,
//! notices, the service worker; the editing session features share; small browser helpers
//! (dom, clock, nav) and the panic message.

pub mod board_library;
pub mod clock;
pub mod crypto;
pub mod deck_history;
pub mod deck_library;
pub mod dom;
pub mod edit_session;
pub mod keeping;
pub mod nav;
pub mod offline;
pub mod page_life;
pub mod panic;
pub mod toasts;
pub mod workshop_library;

pub use board_library::BoardReader;
pub use deck_library::{provide_library, use_library, DeckLibrary, LibraryError};
pub use edit_session::{Conflict, EditSession, SaveStatus};
pub use toasts::{provide_toasts, use_toasts, Toasts};
