//! Roadmap timeline layout: past → now → next → aspiration, left to right.
//!
//! The axis is split into one band per horizon present. Items with dates sit on a time scale
//! shared by every dated band (the same width per month throughout, except that a very short
//! band is widened to stay readable); bands whose items have no dates, and the aspiration band
//! (a direction more than a date) always at the far right, get a fixed share and place their
//! items evenly. Labels are boxes whose width is estimated from their text; they are staggered
//! into lanes above and below the axis so that no two boxes ever meet, and where possible so
//! that no connector runs through another label.

mod lanes;
mod scale;

use super::chart::Segment;
use super::text::{one_line, round1, text_width, wrap};
use crate::model::{month_label, Horizon, RoadmapItem};
use lanes::assign_lanes;
use scale::{bands, place_markers, ticks, MarkKind};

/// Label font size.
pub const FONT_SIZE: f64 = 14.0;
/// Distance between label baselines.
pub const LINE_HEIGHT: f64 = 18.0;
/// Characters per label line.
pub const LINE_CHARS: usize = 22;
/// Lines a title may take.
pub const TITLE_LINES: usize = 2;
/// Font size of the horizon names at the top of the bands.
pub const BAND_FONT_SIZE: f64 = 13.0;
/// Font size of the year ticks.
pub const TICK_FONT_SIZE: f64 = 11.0;
/// Narrowest layout: one label box plus margins.
pub const MIN_WIDTH: f64 = 240.0;

const MARGIN: f64 = 12.0;
const LABEL_PAD: f64 = 6.0;
const HEADER: f64 = 28.0;
const LANE_GAP: f64 = 10.0;
const AXIS_GAP: f64 = 16.0;
const TICK_AREA: f64 = 20.0;
const SPAN_STEP: f64 = 7.0;

/// The whole picture, in a viewBox `0 0 width height`.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub width: f64,
    pub height: f64,
    pub axis: Segment,
    /// One per horizon present, left to right.
    pub bands: Vec<Band>,
    /// Years along the dated part of the axis.
    pub ticks: Vec<YearTick>,
    /// Baseline of the tick labels.
    pub tick_y: f64,
    /// Left to right by marker.
    pub items: Vec<TimelineItem>,
    pub font_size: f64,
    pub line_height: f64,
}

/// A horizon's stretch of the axis (a full-height rect with its name on top).
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub horizon: Horizon,
    /// "Past", "Now", …
    pub label: &'static str,
    pub x1: f64,
    pub x2: f64,
    pub y1: f64,
    pub y2: f64,
    /// Where the name starts (text-anchor start) and its baseline.
    pub label_x: f64,
    pub label_y: f64,
    /// Whether the band follows the time scale (some of its items have dates).
    pub dated: bool,
}

/// A year mark on the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct YearTick {
    pub x: f64,
    /// "2019".
    pub label: String,
}

/// Where an item sits on the axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Marker {
    /// A moment, or an item without dates.
    Point { x: f64, y: f64 },
    /// From a start to an end; `open` when it has no end yet (a role held "since").
    Span {
        x1: f64,
        x2: f64,
        y: f64,
        open: bool,
    },
}

impl Marker {
    /// The x the label points at: the point, or the middle of the span (to a tenth).
    pub fn anchor_x(&self) -> f64 {
        match *self {
            Marker::Point { x, .. } => x,
            Marker::Span { x1, x2, .. } => round1((x1 + x2) / 2.0),
        }
    }

    /// The marker's y.
    pub fn y(&self) -> f64 {
        match *self {
            Marker::Point { y, .. } | Marker::Span { y, .. } => y,
        }
    }
}

/// A label's box.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelBox {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl LabelBox {
    /// Whether the two boxes share any area (touching edges do not count).
    pub fn intersects(&self, other: &LabelBox) -> bool {
        self.x < other.x + other.w
            && other.x < self.x + self.w
            && self.y < other.y + other.h
            && other.y < self.y + self.h
    }
}

/// What a label line says, so the shell can style it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    Title,
    Organization,
    Dates,
}

/// One line of a label: text-anchor start at `x`, baseline `y`.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelLine {
    pub kind: LineKind,
    pub text: String,
    pub x: f64,
    pub y: f64,
}

/// Which side of the axis a label is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Above,
    Below,
}

/// A label's row: its side, and how far from the axis (0 = nearest).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lane {
    pub side: Side,
    pub depth: usize,
}

/// One roadmap item, placed.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineItem {
    /// Position in the input.
    pub index: usize,
    pub id: String,
    pub horizon: Horizon,
    pub marker: Marker,
    pub label: LabelBox,
    pub lines: Vec<LabelLine>,
    /// From the label's edge nearest the axis to the marker.
    pub connector: Segment,
    pub lane: Lane,
    /// The dates in words ("Sep 2012 – Mar 2017"), empty when there are none.
    pub dates: String,
}

/// The dates of a roadmap item in words: "Sep 2012 – Mar 2017", "since Jun 2021" (a role held
/// now), "from Jul 2027", "until Mar 2017"; empty without dates.
pub fn dates_in_words(item: &RoadmapItem) -> String {
    fn given(d: &Option<String>) -> Option<&str> {
        d.as_deref().map(str::trim).filter(|d| !d.is_empty())
    }
    match (given(&item.start), given(&item.end)) {
        (Some(s), Some(e)) if s == e => month_label(s),
        (Some(s), Some(e)) => format!("{} – {}", month_label(s), month_label(e)),
        (Some(s), None) if item.horizon == Horizon::Now => format!("since {}", month_label(s)),
        (Some(s), None) => format!("from {}", month_label(s)),
        (None, Some(e)) => format!("until {}", month_label(e)),
        (None, None) => String::new(),
    }
}

/// A label's lines with its box's width and height.
type Label = (Vec<(LineKind, String)>, f64, f64);

/// Lays out the roadmap across `width` (at least `MIN_WIDTH`).
pub fn timeline(items: &[RoadmapItem], width: f64) -> Timeline {
    let width = if width.is_finite() {
        width.max(MIN_WIDTH)
    } else {
        MIN_WIDTH
    };
    let slots = bands(items, width);
    let marks = place_markers(items, &slots);
    let labels: Vec<Label> = items
        .iter()
        .map(|item| {
            let lines = label_lines(item);
            let longest = lines
                .iter()
                .map(|(_, t)| t.chars().count())
                .max()
                .unwrap_or(0);
            let w = text_width(longest, FONT_SIZE) + 2.0 * LABEL_PAD;
            let h = lines.len() as f64 * LINE_HEIGHT + 2.0 * LABEL_PAD;
            (lines, w, h)
        })
        .collect();
    let widths: Vec<f64> = labels.iter().map(|l| l.1).collect();
    let (lanes, xs) = assign_lanes(&marks, &widths, width);
    let lane_h = labels.iter().map(|l| l.2).fold(0.0, f64::max);
    let depth = |side: Side| {
        lanes
            .iter()
            .filter(|l| l.side == side)
            .map(|l| l.depth + 1)
            .max()
            .unwrap_or(0)
    };
    let block = |n: usize| {
        if n == 0 {
            0.0
        } else {
            n as f64 * lane_h + (n - 1) as f64 * LANE_GAP
        }
    };
    let tracks = marks.iter().map(|m| m.track + 1).max().unwrap_or(1);
    let half_axis = (tracks as f64 * SPAN_STEP / 2.0).max(6.0);
    let lanes_top = HEADER + 6.0;
    let axis_y = lanes_top + block(depth(Side::Above)) + AXIS_GAP + half_axis;
    let tick_y = axis_y + half_axis + 14.0;
    let below_top = axis_y + half_axis + TICK_AREA;
    let height = below_top + block(depth(Side::Below)) + MARGIN;
    let mut placed: Vec<TimelineItem> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let lane = lanes[i];
            let (lines, w, h) = &labels[i];
            let y = match lane.side {
                Side::Above => {
                    axis_y - half_axis - AXIS_GAP - lane.depth as f64 * (lane_h + LANE_GAP) - h
                }
                Side::Below => below_top + lane.depth as f64 * (lane_h + LANE_GAP),
            };
            let b = LabelBox {
                x: round1(xs[i]),
                y: round1(y),
                w: round1(*w),
                h: round1(*h),
            };
            let marker_y = axis_y + (marks[i].track as f64 - (tracks - 1) as f64 / 2.0) * SPAN_STEP;
            let marker = match marks[i].kind {
                MarkKind::Point(x) => Marker::Point {
                    x: round1(x),
                    y: round1(marker_y),
                },
                MarkKind::Span(x1, x2, open) => Marker::Span {
                    x1: round1(x1),
                    x2: round1(x2),
                    y: round1(marker_y),
                    open,
                },
            };
            let ax = marker.anchor_x();
            let edge_y = match lane.side {
                Side::Above => b.y + b.h,
                Side::Below => b.y,
            };
            TimelineItem {
                index: i,
                id: item.id.clone(),
                horizon: item.horizon,
                marker,
                label: b,
                lines: lines
                    .iter()
                    .enumerate()
                    .map(|(k, (kind, text))| LabelLine {
                        kind: *kind,
                        text: text.clone(),
                        x: round1(b.x + LABEL_PAD),
                        y: round1(b.y + LABEL_PAD + k as f64 * LINE_HEIGHT + FONT_SIZE * 0.9),
                    })
                    .collect(),
                connector: Segment {
                    x1: round1(ax.clamp(b.x + 4.0, (b.x + b.w - 4.0).max(b.x + 4.0))),
                    y1: round1(edge_y),
                    x2: round1(ax),
                    y2: round1(marker.y()),
                },
                lane,
                dates: dates_in_words(item),
            }
        })
        .collect();
    placed.sort_by(|a, b| {
        a.marker
            .anchor_x()
            .total_cmp(&b.marker.anchor_x())
            .then(a.index.cmp(&b.index))
    });
    Timeline {
        width,
        height: round1(height),
        axis: Segment {
            x1: MARGIN,
            y1: round1(axis_y),
            x2: round1(width - MARGIN),
            y2: round1(axis_y),
        },
        bands: slots
            .iter()
            .map(|s| Band {
                horizon: s.horizon,
                label: s.horizon.label(),
                x1: round1(s.x1),
                x2: round1(s.x2),
                y1: 0.0,
                y2: round1(height),
                label_x: round1(s.x1 + 6.0),
                label_y: 18.0,
                dated: s.time.is_some(),
            })
            .collect(),
        ticks: ticks(&slots),
        tick_y: round1(tick_y),
        items: placed,
        font_size: FONT_SIZE,
        line_height: LINE_HEIGHT,
    }
}

/// The label's lines: the title (up to two lines), the organization, the dates.
fn label_lines(item: &RoadmapItem) -> Vec<(LineKind, String)> {
    let mut lines: Vec<(LineKind, String)> = wrap(&item.title, LINE_CHARS, TITLE_LINES)
        .into_iter()
        .map(|t| (LineKind::Title, t))
        .collect();
    let org = one_line(&item.organization, LINE_CHARS);
    if !org.is_empty() {
        lines.push((LineKind::Organization, org));
    }
    let dates = one_line(&dates_in_words(item), LINE_CHARS);
    if !dates.is_empty() {
        lines.push((LineKind::Dates, dates));
    }
    if lines.is_empty() {
        // A label with nothing to say still needs a box to point from.
        lines.push((LineKind::Title, item.horizon.label().to_owned()));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example_deck;

    fn item(id: &str, h: Horizon, start: Option<&str>, end: Option<&str>) -> RoadmapItem {
        RoadmapItem {
            id: id.into(),
            title: format!("Role {id}"),
            organization: "Somewhere".into(),
            start: start.map(Into::into),
            end: end.map(Into::into),
            horizon: h,
            notes: String::new(),
        }
    }

    fn no_two_boxes_meet(t: &Timeline) {
        for (i, a) in t.items.iter().enumerate() {
            for b in &t.items[i + 1..] {
                assert!(
                    !a.label.intersects(&b.label),
                    "{} and {} overlap",
                    a.id,
                    b.id
                );
            }
        }
    }

    fn band(t: &Timeline, h: Horizon) -> &Band {
        t.bands.iter().find(|b| b.horizon == h).expect("band")
    }

    #[test]
    fn dates_read_as_words() {
        let mut r = item("a", Horizon::Past, Some("2012-09"), Some("2017-03"));
        assert_eq!(dates_in_words(&r), "Sep 2012 – Mar 2017");
        r.end = None;
        assert_eq!(dates_in_words(&r), "from Sep 2012");
        r.horizon = Horizon::Now;
        r.start = Some("2021-06".into());
        assert_eq!(dates_in_words(&r), "since Jun 2021");
        r.horizon = Horizon::Next;
        r.start = Some("2027-07".into());
        assert_eq!(dates_in_words(&r), "from Jul 2027");
        r.start = None;
        r.end = Some("2017-03".into());
        assert_eq!(dates_in_words(&r), "until Mar 2017");
        r.end = None;
        assert_eq!(dates_in_words(&r), "");
    }

    #[test]
    fn example_roadmap_reads_left_to_right() {
        let deck = example_deck("d".into(), "2026-11-20T09:14:03Z".into());
        let t = timeline(deck.roadmap.as_deref().unwrap_or_default(), 960.0);
        let order: Vec<Horizon> = t.items.iter().map(|i| i.horizon).collect();
        assert_eq!(order, Horizon::ALL);
        let hs: Vec<Horizon> = t.bands.iter().map(|b| b.horizon).collect();
        assert_eq!(hs, Horizon::ALL);
        assert!(t.bands.windows(2).all(|w| w[0].x2 == w[1].x1));
        assert_eq!(t.bands[0].x1, MARGIN);
        assert_eq!(t.bands[3].x2, 960.0 - MARGIN);
        assert!(matches!(
            t.items[0].marker,
            Marker::Span { open: false, .. }
        ));
        assert!(matches!(t.items[1].marker, Marker::Span { open: true, .. }));
        assert_eq!(t.items[1].dates, "since Jun 2021");
        assert_eq!(t.items[2].dates, "from Jul 2027");
        let asp = &t.items[3];
        let b = band(&t, Horizon::Aspiration);
        assert!(b.x1 < asp.marker.anchor_x() && asp.marker.anchor_x() < b.x2);
        assert!(t.ticks.iter().any(|k| k.label == "2020"));
        no_two_boxes_meet(&t);
    }

    #[test]
    fn the_time_scale_is_shared() {
        // Two past roles of two years each and one of four: the long one's bar is twice as wide.
        let items = vec![
            item("a", Horizon::Past, Some("2010-01"), Some("2011-12")),
            item("b", Horizon::Past, Some("2012-01"), Some("2015-12")),
            item("c", Horizon::Now, Some("2016-01"), Some("2017-12")),
        ];
        let t = timeline(&items, 1200.0);
        let w = |id: &str| match t.items.iter().find(|i| i.id == id).map(|i| i.marker) {
            Some(Marker::Span { x1, x2, .. }) => x2 - x1,
            _ => panic!("span"),
        };
        assert!((w("b") - 2.0 * w("a")).abs() < 0.5, "{} {}", w("a"), w("b"));
        assert!((w("c") - w("a")).abs() < 0.5);
    }

    #[test]
    fn overlapping_dates_get_separate_labels() {
        let items: Vec<RoadmapItem> = (0..8)
            .map(|i| {
                item(
                    &format!("r{i}"),
                    Horizon::Past,
                    Some("2019-01"),
                    Some("2019-06"),
                )
            })
            .collect();
        let t = timeline(&items, 960.0);
        no_two_boxes_meet(&t);
        let lanes: std::collections::HashSet<(bool, usize)> = t
            .items
            .iter()
            .map(|i| (i.lane.side == Side::Above, i.lane.depth))
            .collect();
        assert_eq!(
            lanes.len(),
            8,
            "same spot, so every label needs its own row"
        );
        // Spans at the same time stack in tracks.
        let ys: std::collections::HashSet<i64> = t
            .items
            .iter()
            .map(|i| (i.marker.y() * 10.0) as i64)
            .collect();
        assert_eq!(ys.len(), 8);
    }

    #[test]
    fn undated_items_sit_inside_their_band() {
        let items = vec![
            item("p", Horizon::Past, Some("2015-01"), Some("2018-01")),
            item("p2", Horizon::Past, None, None),
            item("n", Horizon::Now, None, None),
            item("x1", Horizon::Next, None, None),
            item("x2", Horizon::Next, None, None),
            item("a", Horizon::Aspiration, Some("2030-01"), None),
        ];
        let t = timeline(&items, 960.0);
        for it in &t.items {
            if it.horizon == Horizon::Past && it.id == "p" {
                continue;
            }
            let b = band(&t, it.horizon);
            let x = it.marker.anchor_x();
            assert!(b.x1 < x && x < b.x2, "{} at {x} outside {b:?}", it.id);
        }
        let xs: Vec<&str> = t.items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(&xs[2..], ["n", "x1", "x2", "a"]);
        no_two_boxes_meet(&t);
    }

    #[test]
    fn empty_roadmap_has_no_items() {
        let t = timeline(&[], 960.0);
        assert!(t.items.is_empty());
        assert!(t.bands.is_empty());
        assert!(t.ticks.is_empty());
        assert!(t.height > 0.0 && t.height.is_finite());
    }

    #[test]
    fn long_titles_wrap_to_two_lines() {
        let mut r = item("a", Horizon::Now, Some("2021-06"), None);
        r.title = "Head of product for customer experience across all regions".into();
        r.organization = "A very long organization name indeed".into();
        let t = timeline(&[r], 600.0);
        let lines = &t.items[0].lines;
        let titles: Vec<&str> = lines
            .iter()
            .filter(|l| l.kind == LineKind::Title)
            .map(|l| l.text.as_str())
            .collect();
        assert_eq!(titles, ["Head of product for", "customer experience…"]);
        assert!(lines.iter().all(|l| l.text.chars().count() <= LINE_CHARS));
        assert_eq!(lines.last().map(|l| l.kind), Some(LineKind::Dates));
        let b = t.items[0].label;
        assert!(b.x >= 0.0 && b.x + b.w <= 600.0);
    }

    #[test]
    fn connectors_join_label_and_marker() {
        let deck = example_deck("d".into(), "2026-11-20T09:14:03Z".into());
        let t = timeline(deck.roadmap.as_deref().unwrap_or_default(), 960.0);
        for it in &t.items {
            let c = it.connector;
            assert_eq!(c.x2, it.marker.anchor_x());
            assert_eq!(c.y2, it.marker.y());
            let edge = if it.lane.side == Side::Above {
                it.label.y + it.label.h
            } else {
                it.label.y
            };
            assert_eq!(c.y1, round1(edge));
            assert!(it.label.y >= HEADER && it.label.y + it.label.h <= t.height);
        }
    }
}
