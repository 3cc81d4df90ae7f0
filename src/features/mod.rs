//! The screens, one folder per thing a person does. Each holds its page(s) and everything only
//! it uses. Features never import each other: what two need lives in `components/` (widgets),
//! `services/` (app-wide handles) or the core (`model/`, `share/`).
//!
//! `deck_screen.rs` (loading a deck for a screen) and `not_found.rs` are the shared frame of
//! the deck screens, not features.

pub mod boards;
mod deck_screen;
pub mod editor;
mod history;
mod library;
mod manager;
mod not_found;
mod present;
mod rehearse;
mod settings;
mod share;
mod shared_link;
pub mod workshop;

pub use boards::{BoardPage, KeptBoardPage, ShareBoardPage};
use deck_screen::DeckScreen;
pub use editor::EditorPage;
pub use history::HistoryPage;
pub use library::LibraryPage;
pub use manager::{
    CommitmentsPage, GuidePage, KeptPage, PreparePage, PresentKeptPage, SharedWithMePage,
};
pub use not_found::NotFoundPage;
pub use present::PresentPage;
pub use rehearse::RehearsePage;
pub use settings::SettingsPage;
pub use share::SharePage;
pub use shared_link::SharedLinkPage;
pub use workshop::WorkshopPage;
