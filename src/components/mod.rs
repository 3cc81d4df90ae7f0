//! Reused widgets.

mod alert;
mod deck_view;
mod guide_note;
mod keyed_rows;
mod level_picker;
mod page_title;
mod row_buttons;
mod save_indicator;
mod storage_banner;
mod text_field;
mod text_list_editor;
mod toast_region;
mod update_banner;

pub use alert::ErrorAlert;
pub use deck_view::{DeckHeading, DeckView, SectionView};
pub use guide_note::{GuideNote, SectionIntro, TipsVisible};
pub use keyed_rows::KeyedRows;
pub use level_picker::LevelPicker;
pub use page_title::PageTitle;
pub use row_buttons::RowButtons;
pub use save_indicator::{SaveIndicator, SaveProblem};
pub use storage_banner::StorageBanner;
pub use text_field::TextField;
pub use text_list_editor::TextListEditor;
pub use toast_region::ToastRegion;
pub use update_banner::UpdateBanner;
