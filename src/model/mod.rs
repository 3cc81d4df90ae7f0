//! The pure core's deck model: deck format v1 types, reading and validation, stored records
//! and their migration, the example deck. No browser types here; tested natively.

mod backup;
mod backup_doc;
mod backup_extras;
mod backup_plan;
mod completeness;
mod dates;
mod deck;
mod diff;
mod edit;
mod error;
mod field;
mod history;
mod ids;
mod instant;
mod keeping;
mod library;
pub mod limits;
mod markdown;
mod merge;
mod messages;
mod parse;
mod record;
mod sample;
mod share_log;
mod since_shared;
mod snapshot;
mod upkeep;
mod validate;
mod words;

pub use backup::{parse_backup, write_backup, BackupError, MAX_BACKUP_BYTES, MAX_BACKUP_DECKS};
pub use backup_doc::{
    read_backup, write_backup_document, BackupContents, BackupDeck, BackupInput, BackupNote,
    EntryKind, SkippedEntry, BACKUP_FORMAT, BACKUP_VERSION, BOARDS_SECTION_VERSION,
    SNAPSHOTS_SECTION_VERSION, WORKSHOPS_SECTION_VERSION,
};
pub use backup_plan::{copy_beside, plan_import, plan_summary, PlanChoice, PlanEntry, PlanStatus};
pub use completeness::{Check, SectionProgress};
pub use dates::{
    date_label, ends_before_start, is_date, is_rfc3339, is_year_month, month_label, normalize_date,
    normalize_month,
};
pub use deck::*;
pub use diff::{diff_decks, Change, DeckDiff, SectionDiff};
pub use edit::{locate, Item, Move, TextList, LEVEL_DESCRIPTIONS, LEVEL_NAMES};
pub use error::{DeckError, FieldIssue, Problem};
pub use field::{ActionField, CompetencyField, Field, ProfileText, RoadmapField, SupporterField};
pub use history::{History, MAX_BYTES as UNDO_MAX_BYTES};
pub use ids::{new_deck_id, ItemKind};
pub use instant::{compare_instants, seconds_between};
pub use keeping::{moment_note, storage_advice, Engine, KeepingFacts, Moment, StorageAdvice};
pub use library::{check_title, copy_title};
pub use markdown::deck_to_markdown;
pub use merge::{all_mine, all_theirs, apply_choice, merge_decks, Clash, Merge};
pub use messages::{changed_messages, FieldMessages};
pub use parse::{deck_from_value, deck_structure_from_value, parse_deck};
pub use record::{migrate_record, DeckRecord, DeckSummary, RecordError, RECORD_SCHEMA};
pub use sample::example_deck;
pub use share_log::ShareLogEntry;
pub use since_shared::{
    changes_in_sections, changes_since_shared, latest_shared, restored_from_shared,
    share_entry_for, update_message, ChangeGroup,
};
pub use snapshot::{read_snapshots_section, snapshots_section, Snapshot, SnapshotReason};
pub use upkeep::{
    byte_size, decks_changed_since, file_name_for, newest_of, prune_keeping, snapshots_bytes,
    BackupDates, BACKUP_REMINDER_DAYS,
};
pub use words::{and_list, count, thousands};
