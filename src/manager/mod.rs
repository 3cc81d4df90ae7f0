//! The manager's side: decks other people shared with you, your private notes and
//! commitments about them, and the agenda for your next career conversation.
//!
//! Everything here lives only on the manager's own device. None of it is ever part of a deck
//! or a share link: these are separate types, and a `Deck` has no field that could hold them.
//! Pure core: no browser types, tested natively.

pub mod agenda;
pub mod commitments;
mod error;
pub mod export;
pub mod guide;
pub mod kept;
pub mod notes;
pub mod section;

pub use agenda::{agenda, rehearse, Agenda, AgendaItem, AgendaPart};
pub use commitments::{carry_over, commitment_from_ask, my_commitments, PersonCommitment};
pub use error::ManagerDataError;
pub use export::notes_to_text;
pub use guide::{GuideSection, GUIDE};
pub use kept::{group_by_person, receive, KeptDeck, KeptVersion, PersonGroup, Receipt};
pub use notes::{Commitment, Conversation, ManagerNotes, GENERAL_NOTE, NOTES_SCHEMA};
pub use section::{ManagerSection, MANAGER_SECTION_VERSION};
