//! Competency chart geometry: where each competency is now and where the person aims, levels
//! 0–5 (`model::LEVEL_NAMES`). Three to twelve competencies read best as a radar, where the
//! shape of the gap is the message; fewer make a radar degenerate (a line or a dot) and more
//! crowd its labels, so those become horizontal bars. Everything here is plain numbers in a
//! fixed SVG viewBox; the web shell only draws it. `table` and `description` carry the same
//! facts in words for people who cannot see the picture.

use super::text::{round1, round_point, text_width, wrap, TextAnchor, TextLine};
use crate::model::{Competency, LEVEL_NAMES};

/// Fewest competencies drawn as a radar.
pub const RADAR_MIN: usize = 3;
/// Most competencies drawn as a radar.
pub const RADAR_MAX: usize = 12;
/// The highest level.
pub const MAX_LEVEL: u8 = 5;
/// Label lines are at most this many characters…
pub const LABEL_CHARS: usize = 18;
/// …and a label at most this many lines.
pub const LABEL_LINES: usize = 2;
/// Font size of the competency labels, in viewBox units.
pub const FONT_SIZE: f64 = 12.0;
/// Distance between label baselines.
pub const LINE_HEIGHT: f64 = 14.0;

const RADAR_WIDTH: f64 = 640.0;
const RADAR_HEIGHT: f64 = 440.0;
const RADAR_RADIUS: f64 = 150.0;
/// Room between the outer ring and a label.
const LABEL_OFFSET: f64 = 12.0;

const BARS_WIDTH: f64 = 640.0;
const BARS_TOP: f64 = 30.0;
const BARS_BOTTOM: f64 = 8.0;
const ROW_HEIGHT: f64 = 36.0;
const BAR_HEIGHT: f64 = 14.0;
/// Where level 0 sits: right of the label column (18 characters at 12 units, plus a gap).
const BAR_X: f64 = 150.0;
const BAR_UNIT: f64 = 92.0;

/// The picture for a set of competencies.
#[derive(Clone, Debug, PartialEq)]
pub enum Chart {
    Radar(Radar),
    Bars(Bars),
}

impl Chart {
    /// The viewBox the chart is drawn in.
    pub fn view_box(&self) -> ViewBox {
        match self {
            Chart::Radar(r) => r.view_box,
            Chart::Bars(b) => b.view_box,
        }
    }
}

/// An SVG viewBox starting at 0,0.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewBox {
    pub width: f64,
    pub height: f64,
}

impl ViewBox {
    /// The `viewBox` attribute value: "0 0 w h".
    pub fn attr(&self) -> String {
        format!("0 0 {} {}", round1(self.width), round1(self.height))
    }
}

/// A straight line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment {
    pub x1: f64,
    pub y1: f64,
    pub x2: f64,
    pub y2: f64,
}

/// One level's ring of the radar web.
#[derive(Clone, Debug, PartialEq)]
pub struct Ring {
    /// 1–5.
    pub level: u8,
    pub points: Vec<(f64, f64)>,
}

/// A competency's name, wrapped, placed next to its axis or bar.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartLabel {
    pub anchor: TextAnchor,
    /// At most `LABEL_LINES` lines of at most `LABEL_CHARS` characters; `y` is each baseline.
    pub lines: Vec<TextLine>,
}

/// A radar (spider) chart: one axis per competency, first pointing up, then clockwise.
#[derive(Clone, Debug, PartialEq)]
pub struct Radar {
    pub view_box: ViewBox,
    pub cx: f64,
    pub cy: f64,
    /// The length of an axis: level 5.
    pub radius: f64,
    /// Levels 1 to 5, innermost first.
    pub rings: Vec<Ring>,
    /// From the centre to each axis's level-5 point, in competency order.
    pub axes: Vec<Segment>,
    /// Where the person is now, one point per axis.
    pub current: Vec<(f64, f64)>,
    /// Where they aim, one point per axis.
    pub target: Vec<(f64, f64)>,
    /// One per axis, just outside its end.
    pub labels: Vec<ChartLabel>,
    pub font_size: f64,
}

/// Horizontal bars: a row per competency, the bar is now, a marker is the target.
#[derive(Clone, Debug, PartialEq)]
pub struct Bars {
    /// Grows with the number of rows.
    pub view_box: ViewBox,
    /// Where level 0 is.
    pub bar_x: f64,
    /// Width of one level.
    pub unit: f64,
    /// A gridline per level 0–5, with its name.
    pub ticks: Vec<LevelTick>,
    /// Baseline of the tick labels (above the first row).
    pub tick_label_y: f64,
    /// Gridlines run from here…
    pub grid_y1: f64,
    /// …to here.
    pub grid_y2: f64,
    pub rows: Vec<BarRow>,
    pub font_size: f64,
}

/// A level mark on the bars' scale.
#[derive(Clone, Debug, PartialEq)]
pub struct LevelTick {
    pub level: u8,
    pub x: f64,
    /// The level's name ("Learning").
    pub name: &'static str,
}

/// One competency's row in the bars chart.
#[derive(Clone, Debug, PartialEq)]
pub struct BarRow {
    /// Top of the bar.
    pub y: f64,
    pub height: f64,
    /// The current-level bar runs from `bar_x` this far.
    pub current_width: f64,
    /// Where the target marker stands.
    pub target_x: f64,
    /// The name, right-aligned left of `bar_x`.
    pub label: ChartLabel,
}

/// The chart's numbers as a table row, for screen readers and the slide's data table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartRow {
    pub name: String,
    pub current: u8,
    pub target: u8,
    pub current_label: &'static str,
    pub target_label: &'static str,
}

/// The chart input for a deck's competencies: (name, current, target).
pub fn chart_items(competencies: &[Competency]) -> Vec<(String, u8, u8)> {
    competencies
        .iter()
        .map(|c| (c.name.trim().to_owned(), c.current, c.target))
        .collect()
}

/// The chart for these competencies: a radar for 3–12 of them, bars otherwise.
pub fn competency_chart(items: &[(String, u8, u8)]) -> Chart {
    if (RADAR_MIN..=RADAR_MAX).contains(&items.len()) {
        Chart::Radar(radar(items))
    } else {
        Chart::Bars(bars(items))
    }
}

fn level(l: u8) -> u8 {
    l.min(MAX_LEVEL)
}

fn level_name(l: u8) -> &'static str {
    LEVEL_NAMES[usize::from(level(l))]
}

/// The radar for any number of competencies (below three it is a line or a dot; the caller
/// normally lets `competency_chart` decide).
pub fn radar(items: &[(String, u8, u8)]) -> Radar {
    let (cx, cy, r) = (RADAR_WIDTH / 2.0, RADAR_HEIGHT / 2.0, RADAR_RADIUS);
    let n = items.len();
    let angle =
        |i: usize| -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n as f64;
    let at = |i: usize, radius: f64| {
        let a = angle(i);
        round_point((cx + radius * a.cos(), cy + radius * a.sin()))
    };
    let by_level = |i: usize, l: u8| at(i, r * f64::from(level(l)) / f64::from(MAX_LEVEL));
    let rings = (1..=MAX_LEVEL)
        .map(|l| Ring {
            level: l,
            points: (0..n).map(|i| by_level(i, l)).collect(),
        })
        .collect();
    let axes = (0..n)
        .map(|i| {
            let (x2, y2) = at(i, r);
            Segment {
                x1: cx,
                y1: cy,
                x2,
                y2,
            }
        })
        .collect();
    let labels = items
        .iter()
        .enumerate()
        .map(|(i, (name, _, _))| radar_label(name, angle(i), at(i, r + LABEL_OFFSET)))
        .collect();
    Radar {
        view_box: ViewBox {
            width: RADAR_WIDTH,
            height: RADAR_HEIGHT,
        },
        cx,
        cy,
        radius: r,
        rings,
        axes,
        current: items
            .iter()
            .enumerate()
            .map(|(i, c)| by_level(i, c.1))
            .collect(),
        target: items
            .iter()
            .enumerate()
            .map(|(i, c)| by_level(i, c.2))
            .collect(),
        labels,
        font_size: FONT_SIZE,
    }
}

/// A label beside an axis end: left of the chart it ends at the point, right of it it starts
/// there, near the vertical it is centred; above the centre it sits over the point, below it
/// hangs under it.
fn radar_label(name: &str, angle: f64, (x, y): (f64, f64)) -> ChartLabel {
    const NEAR_VERTICAL: f64 = 0.2;
    let (cos, sin) = (angle.cos(), angle.sin());
    let anchor = if cos.abs() < NEAR_VERTICAL {
        TextAnchor::Middle
    } else if cos > 0.0 {
        TextAnchor::Start
    } else {
        TextAnchor::End
    };
    let wrapped = wrap(name, LABEL_CHARS, LABEL_LINES);
    let m = wrapped.len() as f64;
    let first_baseline = if sin < -NEAR_VERTICAL {
        y - (m - 1.0) * LINE_HEIGHT
    } else if sin > NEAR_VERTICAL {
        y + FONT_SIZE * 0.85
    } else {
        y - (m - 1.0) * LINE_HEIGHT / 2.0 + FONT_SIZE * 0.35
    };
    ChartLabel {
        anchor,
        lines: wrapped
            .into_iter()
            .enumerate()
            .map(|(k, text)| TextLine {
                text,
                x: round1(x),
                y: round1(first_baseline + k as f64 * LINE_HEIGHT),
            })
            .collect(),
    }
}

/// Horizontal bars for any number of competencies; the viewBox grows a row at a time.
pub fn bars(items: &[(String, u8, u8)]) -> Bars {
    let rows: Vec<BarRow> = items
        .iter()
        .enumerate()
        .map(|(i, (name, current, target))| {
            let row_top = BARS_TOP + i as f64 * ROW_HEIGHT;
            let y = row_top + (ROW_HEIGHT - BAR_HEIGHT) / 2.0;
            let centre = row_top + ROW_HEIGHT / 2.0;
            let wrapped = wrap(name, LABEL_CHARS, LABEL_LINES);
            let m = wrapped.len() as f64;
            let first = centre - (m - 1.0) * LINE_HEIGHT / 2.0 + FONT_SIZE * 0.35;
            BarRow {
                y: round1(y),
                height: BAR_HEIGHT,
                current_width: round1(f64::from(level(*current)) * BAR_UNIT),
                target_x: round1(BAR_X + f64::from(level(*target)) * BAR_UNIT),
                label: ChartLabel {
                    anchor: TextAnchor::End,
                    lines: wrapped
                        .into_iter()
                        .enumerate()
                        .map(|(k, text)| TextLine {
                            text,
                            x: BAR_X - 10.0,
                            y: round1(first + k as f64 * LINE_HEIGHT),
                        })
                        .collect(),
                },
            }
        })
        .collect();
    let grid_y2 = BARS_TOP + rows.len() as f64 * ROW_HEIGHT;
    debug_assert!(text_width(LABEL_CHARS, FONT_SIZE) < BAR_X - 10.0);
    Bars {
        view_box: ViewBox {
            width: BARS_WIDTH,
            height: grid_y2 + BARS_BOTTOM,
        },
        bar_x: BAR_X,
        unit: BAR_UNIT,
        ticks: (0..=MAX_LEVEL)
            .map(|l| LevelTick {
                level: l,
                x: BAR_X + f64::from(l) * BAR_UNIT,
                name: level_name(l),
            })
            .collect(),
        tick_label_y: BARS_TOP - 10.0,
        grid_y1: BARS_TOP,
        grid_y2,
        rows,
        font_size: FONT_SIZE,
    }
}

/// The chart's numbers as rows, levels clamped to 0–5 like the picture.
pub fn table(items: &[(String, u8, u8)]) -> Vec<ChartRow> {
    items
        .iter()
        .map(|(name, current, target)| ChartRow {
            name: name.clone(),
            current: level(*current),
            target: level(*target),
            current_label: level_name(*current),
            target_label: level_name(*target),
        })
        .collect()
}

/// A short title for the chart: "Current and target level for 3 competencies".
pub fn title(items: &[(String, u8, u8)]) -> String {
    match items.len() {
        0 => "No competencies to chart yet".to_owned(),
        1 => "Current and target level for 1 competency".to_owned(),
        n => format!("Current and target level for {n} competencies"),
    }
}

/// The chart in words: "Product discovery: now 2 (Learning), aiming for 4 (Skilled); …".
pub fn description(items: &[(String, u8, u8)]) -> String {
    if items.is_empty() {
        return "No competencies to chart yet.".to_owned();
    }
    let parts: Vec<String> = table(items)
        .into_iter()
        .map(|row| {
            let now = format!("now {} ({})", row.current, row.current_label);
            if row.current == row.target {
                format!("{}: {now}, and staying there", row.name)
            } else {
                format!(
                    "{}: {now}, aiming for {} ({})",
                    row.name, row.target, row.target_label
                )
            }
        })
        .collect();
    format!("{}.", parts.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(levels: &[(u8, u8)]) -> Vec<(String, u8, u8)> {
        levels
            .iter()
            .enumerate()
            .map(|(i, (c, t))| (format!("Skill {}", i + 1), *c, *t))
            .collect()
    }

    fn radar_of(c: Chart) -> Radar {
        match c {
            Chart::Radar(r) => r,
            Chart::Bars(_) => panic!("expected a radar"),
        }
    }

    fn bars_of(c: Chart) -> Bars {
        match c {
            Chart::Bars(b) => b,
            Chart::Radar(_) => panic!("expected bars"),
        }
    }

    #[test]
    fn three_to_twelve_make_a_radar_others_bars() {
        assert!(matches!(
            competency_chart(&items(&[(1, 2); 3])),
            Chart::Radar(_)
        ));
        assert!(matches!(
            competency_chart(&items(&[(1, 2); 12])),
            Chart::Radar(_)
        ));
        assert!(matches!(
            competency_chart(&items(&[(1, 2); 2])),
            Chart::Bars(_)
        ));
        assert!(matches!(
            competency_chart(&items(&[(1, 2); 13])),
            Chart::Bars(_)
        ));
        assert!(matches!(
            competency_chart(&items(&[(1, 2); 1])),
            Chart::Bars(_)
        ));
        assert!(matches!(competency_chart(&[]), Chart::Bars(_)));
    }

    #[test]
    fn known_levels_give_known_points() {
        let r = radar_of(competency_chart(&items(&[(5, 5), (0, 5), (5, 0), (2, 4)])));
        assert_eq!((r.cx, r.cy, r.radius), (320.0, 220.0, 150.0));
        // Level 5 on the first axis is straight up, exactly.
        assert_eq!(r.current[0], (r.cx, r.cy - r.radius));
        // Four axes: up, right, down, left (clockwise).
        assert_eq!(r.target[1], (r.cx + r.radius, r.cy));
        assert_eq!(r.current[2], (r.cx, r.cy + r.radius));
        assert_eq!(r.current[1], (r.cx, r.cy), "level 0 is the centre");
        assert_eq!(
            r.current[3],
            (r.cx - 60.0, r.cy),
            "level 2 of 5 on the left axis"
        );
        assert_eq!(r.target[3], (r.cx - 120.0, r.cy));
        assert_eq!(r.rings.len(), 5);
        assert_eq!(
            r.rings[0].points[0],
            (320.0, 190.0),
            "ring 1 is a fifth out"
        );
        assert_eq!(r.axes[0].y2, 70.0);
        assert_eq!(r.view_box.attr(), "0 0 640 440");
    }

    #[test]
    fn points_are_rounded_to_a_tenth() {
        let r = radar_of(competency_chart(&items(&[(3, 4); 7])));
        for (x, y) in r
            .rings
            .iter()
            .flat_map(|ring| ring.points.iter())
            .chain(&r.current)
        {
            assert_eq!(*x, round1(*x));
            assert_eq!(*y, round1(*y));
        }
    }

    #[test]
    fn levels_clamp_to_five() {
        let r = radar_of(competency_chart(&items(&[(9, 200), (5, 5), (1, 1)])));
        assert_eq!(r.current[0], r.target[0]);
        assert_eq!(r.current[0], (320.0, 70.0));
        let b = bars_of(competency_chart(&items(&[(7, 9)])));
        assert_eq!(b.rows[0].current_width, 5.0 * BAR_UNIT);
        assert_eq!(b.rows[0].target_x, BAR_X + 5.0 * BAR_UNIT);
        let t = table(&items(&[(7, 0)]));
        assert_eq!((t[0].current, t[0].current_label), (5, "Expert"));
        assert_eq!((t[0].target, t[0].target_label), (0, "None yet"));
    }

    #[test]
    fn labels_sit_outside_their_axis_and_face_away() {
        let r = radar_of(competency_chart(&items(&[(1, 2); 4])));
        let anchors: Vec<TextAnchor> = r.labels.iter().map(|l| l.anchor).collect();
        assert_eq!(
            anchors,
            [
                TextAnchor::Middle,
                TextAnchor::Start,
                TextAnchor::Middle,
                TextAnchor::End
            ]
        );
        // The top label is above the ring; the bottom one below it.
        assert!(r.labels[0].lines[0].y < r.cy - r.radius);
        assert!(r.labels[2].lines[0].y > r.cy + r.radius);
        assert!(r.labels[1].lines[0].x > r.cx + r.radius);
        assert!(r.labels[3].lines[0].x < r.cx - r.radius);
    }

    #[test]
    fn every_label_fits_in_the_view_box() {
        let long: Vec<(String, u8, u8)> = (0..12)
            .map(|i| (format!("A rather long competency name number {i}"), 2, 3))
            .collect();
        let r = radar_of(competency_chart(&long));
        for label in &r.labels {
            assert!(label.lines.len() <= LABEL_LINES);
            for line in &label.lines {
                assert!(line.text.chars().count() <= LABEL_CHARS, "{}", line.text);
                let w = text_width(line.text.chars().count(), FONT_SIZE);
                let (left, right) = match label.anchor {
                    TextAnchor::Start => (line.x, line.x + w),
                    TextAnchor::Middle => (line.x - w / 2.0, line.x + w / 2.0),
                    TextAnchor::End => (line.x - w, line.x),
                };
                assert!(left >= 0.0 && right <= r.view_box.width, "{line:?}");
                assert!(
                    line.y - FONT_SIZE >= 0.0 && line.y <= r.view_box.height,
                    "{line:?}"
                );
            }
        }
    }

    #[test]
    fn bars_grow_with_rows() {
        let b = bars_of(competency_chart(&items(&[(2, 4); 13])));
        assert_eq!(b.rows.len(), 13);
        assert_eq!(
            b.view_box.height,
            BARS_TOP + 13.0 * ROW_HEIGHT + BARS_BOTTOM
        );
        assert!(b.rows.windows(2).all(|w| w[1].y - w[0].y == ROW_HEIGHT));
        assert_eq!(b.rows[0].current_width, 2.0 * BAR_UNIT);
        assert_eq!(b.ticks.len(), 6);
        assert_eq!(b.ticks[2].name, "Learning");
        let two = bars_of(competency_chart(&items(&[(2, 4); 2])));
        assert!(two.view_box.height < b.view_box.height);
    }

    #[test]
    fn words_for_the_chart() {
        let items = vec![
            ("Product discovery".to_owned(), 2, 4),
            ("Working with data".to_owned(), 1, 3),
            ("Coaching".to_owned(), 4, 4),
        ];
        assert_eq!(title(&items), "Current and target level for 3 competencies");
        assert_eq!(
            title(&items[..1]),
            "Current and target level for 1 competency"
        );
        assert_eq!(
            description(&items),
            "Product discovery: now 2 (Learning), aiming for 4 (Skilled); \
             Working with data: now 1 (Aware), aiming for 3 (Practising); \
             Coaching: now 4 (Skilled), and staying there."
        );
        assert_eq!(table(&items)[1].target_label, "Practising");
    }
}
