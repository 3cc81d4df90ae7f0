//! Widgets used by two or more features. They take plain values, signals and callbacks, and
//! never reach storage or a feature's own types.

mod alert;
mod board_view;
mod change_list;
mod deck_view;
mod guide_note;
mod keeping_note;
mod keyed_rows;
mod level_picker;
mod page_title;
mod row_buttons;
mod save_indicator;
mod share_link;
mod slides;
mod text_field;

pub use alert::ErrorAlert;
pub use board_view::{BoardHeading, BoardReading, BoardView, MatchedBoard, OpportunityCard};
pub use change_list::ChangeList;
pub use deck_view::{DeckHeading, DeckView, SectionView};
pub use guide_note::{Guide, GuideNote, SectionIntro, TipsVisible};
pub use keeping_note::KeepingNote;
pub use keyed_rows::KeyedRows;
pub use level_picker::LevelPicker;
pub use page_title::PageTitle;
pub use row_buttons::RowButtons;
pub use save_indicator::SaveIndicator;
pub use share_link::{LinkResult, PassphraseField, ShareProblemList, ShareProblems};
pub use slides::{ChartSvg, SlideShow, SlideView, TimelineSvg};
pub use text_field::TextField;
