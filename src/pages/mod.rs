//! One root component per screen.

mod deck_screen;
mod editor;
mod library;
mod not_found;
mod present;
mod settings;
mod share;
mod shared_deck;

use deck_screen::DeckScreen;
pub use editor::EditorPage;
pub use library::LibraryPage;
pub use not_found::NotFoundPage;
pub use present::PresentPage;
pub use settings::SettingsPage;
pub use share::SharePage;
pub use shared_deck::SharedDeckPage;
