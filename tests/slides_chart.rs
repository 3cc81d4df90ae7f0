#![cfg(not(target_arch = "wasm32"))]
//! The competency chart for any names and levels: the right kind, every point and label
//! inside the viewBox, labels within their line limits.

use career_deck::slides::chart::{table, FONT_SIZE, LABEL_CHARS, LABEL_LINES};
use career_deck::slides::text::text_width;
use career_deck::slides::{competency_chart, Chart, TextAnchor};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_chart_stays_inside_its_view_box(
        items in prop::collection::vec(("[A-Za-z ]{0,60}", any::<u8>(), any::<u8>()), 0..30),
    ) {
        let chart = competency_chart(&items);
        let vb = chart.view_box();
        let inside = |(x, y): (f64, f64)| x >= 0.0 && x <= vb.width && y >= 0.0 && y <= vb.height;
        prop_assert_eq!(matches!(chart, Chart::Radar(_)), (3..=12).contains(&items.len()));
        let labels = match &chart {
            Chart::Radar(r) => {
                prop_assert_eq!(r.current.len(), items.len());
                prop_assert_eq!(r.axes.len(), items.len());
                prop_assert!(r.rings.iter().all(|ring| ring.points.len() == items.len()));
                for p in r.current.iter().chain(&r.target).chain(r.rings.iter().flat_map(|g| g.points.iter())) {
                    prop_assert!(inside(*p));
                    let d = ((p.0 - r.cx).powi(2) + (p.1 - r.cy).powi(2)).sqrt();
                    prop_assert!(d <= r.radius + 0.1);
                }
                r.labels.clone()
            }
            Chart::Bars(b) => {
                prop_assert_eq!(b.rows.len(), items.len());
                for row in &b.rows {
                    prop_assert!(row.current_width >= 0.0 && b.bar_x + row.current_width <= vb.width);
                    prop_assert!(row.target_x >= b.bar_x && row.target_x <= vb.width);
                    prop_assert!(row.y >= 0.0 && row.y + row.height <= vb.height);
                }
                b.rows.iter().map(|r| r.label.clone()).collect()
            }
        };
        for label in &labels {
            prop_assert!(label.lines.len() <= LABEL_LINES);
            for line in &label.lines {
                let n = line.text.chars().count();
                prop_assert!(n <= LABEL_CHARS);
                let w = text_width(n, FONT_SIZE);
                let left = match label.anchor {
                    TextAnchor::Start => line.x,
                    TextAnchor::Middle => line.x - w / 2.0,
                    TextAnchor::End => line.x - w,
                };
                prop_assert!(left >= 0.0 && left + w <= vb.width);
                prop_assert!(line.y >= FONT_SIZE && line.y <= vb.height);
            }
        }
        let rows = table(&items);
        prop_assert!(rows.iter().all(|r| r.current <= 5 && r.target <= 5));
    }
}
