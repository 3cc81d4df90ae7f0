//! Presenting a deck to a room, as plain data: which slides, in what order, what each holds
//! (long content flowing onto continuation slides), and the geometry of the competency chart
//! and the roadmap timeline. The web shell draws these as SVG/HTML; nothing here is markup,
//! except SVG `points`/path `d` helpers. No browser types; tested natively.

pub mod chart;
pub mod sequence;
pub mod text;
pub mod timeline;

pub use chart::{
    bars, chart_items, competency_chart, radar, BarRow, Bars, Chart, ChartLabel, ChartRow,
    LevelTick, Radar, Ring, Segment, ViewBox,
};
pub use sequence::{
    slides, GrowthChart, ListBlock, PlanAction, PlanBlock, Slide, SlideContent, SlideKind,
    SupporterCard, TitleContent,
};
pub use text::{svg_closed_path, svg_points, TextAnchor, TextLine};
pub use timeline::{
    dates_in_words, timeline, Band, LabelBox, LabelLine, Lane, LineKind, Marker, Side, Timeline,
    TimelineItem, YearTick,
};
