//! App-wide services (provided once, reached with `use_…()`), and small browser helpers.

pub mod clock;
pub mod decks;
pub mod dom;
pub mod nav;
pub mod offline;
pub mod session;
pub mod toasts;

pub use decks::{provide_decks, use_decks, Decks};
pub use session::{EditSession, SaveStatus};
pub use toasts::{provide_toasts, use_toasts, Toasts};
