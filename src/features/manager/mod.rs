//! The manager's side: the decks shared with me, grouped by person; a kept deck read-only
//! with its earlier versions; preparing the conversation (agenda, private notes, commitments,
//! a conversation log, a printable prep sheet); every open commitment; a short guide. All of
//! it lives only on this device, apart from the person's own decks, and never in a link.

mod commitments;
mod guide;
mod kept;
mod loaded;
mod notes;
mod prepare;
mod shared_list;

pub use commitments::CommitmentsPage;
pub use guide::GuidePage;
pub use kept::{KeptPage, PresentKeptPage};
pub use prepare::PreparePage;
pub use shared_list::SharedWithMePage;
