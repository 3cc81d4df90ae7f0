//! The career workshop: short exercises that help a person, alone on a Sunday afternoon
//! (about 90 minutes, in as many sittings as they like), work out who they are and where they
//! are going, each result landing in their deck.
//!
//! The framework: know yourself (values, energy, strengths, story), name your distinct value
//! (pitch), plan the journey (direction), keep learning (gaps), tell your story and connect
//! (asks and supporters), decide (summary).
//!
//! This is the pure core: state types, transitions, texts and the "apply to deck" functions.
//! `WorkshopState` is stored beside the deck; `propose` and `apply` move a step's result into
//! the deck, never changing what is there without showing it before and after.

pub mod apply;
pub mod asks;
pub mod backup;
pub mod direction;
pub mod energy;
pub mod gaps;
pub mod pitch;
pub mod state;
pub mod story;
pub mod strengths;
pub mod summary;
mod text;
pub mod values;

pub use apply::{
    apply, propose, ActionDraft, ChangeKind, CompetencyDraft, Edit, Proposal, ProposedChange,
    RoadmapDraft,
};
pub use asks::{vagueness_hint, AsksWork, SupporterDraft, VagueHint};
pub use backup::{read_workshops_section, workshops_section};
pub use direction::{DirectionWork, Sketch, SketchKind, SketchStep};
pub use energy::{
    patterns, DrainerNudge, EnergyPatterns, EnergyWork, Episode, Frame, Nudge, Pattern, PatternKind,
};
pub use gaps::{ActionKind, FirstAction, Gap, GapsWork};
pub use pitch::{pitch_inputs, PitchInputs, PitchWork};
pub use state::{StateError, Step, WorkshopState, WORKSHOP_VERSION};
pub use story::{chapters_to_roadmap, Chapter, StoryWork};
pub use strengths::{Strength, StrengthsWork};
pub use summary::{review, NextStep, Review, SummaryWork, ThinSpot};
pub use values::{Pile, SortError, SortPhase, ValueSort};
