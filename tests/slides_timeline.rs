#![cfg(not(target_arch = "wasm32"))]
//! The roadmap timeline for any roadmap: labels never meet, items without dates stay in their
//! horizon's band, the picture reads past → aspiration and stays inside its width.

use career_deck::model::{Horizon, RoadmapItem};
use career_deck::slides::timeline::{LINE_CHARS, MIN_WIDTH};
use career_deck::slides::{timeline, Marker, Side, Timeline};
use proptest::prelude::*;

fn item(
    id: usize,
    h: Horizon,
    start: Option<String>,
    end: Option<String>,
    title: String,
) -> RoadmapItem {
    RoadmapItem {
        id: format!("r{id}"),
        title,
        organization: "Brightdesk".into(),
        start,
        end,
        horizon: h,
        notes: String::new(),
    }
}

fn check(t: &Timeline, input: &[RoadmapItem]) -> Result<(), TestCaseError> {
    prop_assert_eq!(t.items.len(), input.len());
    for (i, a) in t.items.iter().enumerate() {
        for b in &t.items[i + 1..] {
            prop_assert!(
                !a.label.intersects(&b.label),
                "{:?} meets {:?}",
                a.label,
                b.label
            );
        }
    }
    // Bands: horizon order, contiguous, inside the width.
    let order = |h: Horizon| Horizon::ALL.iter().position(|x| *x == h);
    prop_assert!(t
        .bands
        .windows(2)
        .all(|w| order(w[0].horizon) < order(w[1].horizon)));
    prop_assert!(t.bands.windows(2).all(|w| (w[0].x2 - w[1].x1).abs() < 0.11));
    prop_assert!(t
        .bands
        .iter()
        .all(|b| b.x1 <= b.x2 && b.x1 >= 0.0 && b.x2 <= t.width + 0.05));
    for it in &t.items {
        let b = it.label;
        for v in [
            b.x,
            b.y,
            b.w,
            b.h,
            it.connector.x1,
            it.connector.y1,
            it.marker.anchor_x(),
            it.marker.y(),
        ] {
            prop_assert!(v.is_finite());
        }
        prop_assert!(
            b.x >= 0.0 && b.x + b.w <= t.width + 0.05,
            "{:?} in {}",
            b,
            t.width
        );
        prop_assert!(b.y >= 0.0 && b.y + b.h <= t.height + 0.05);
        prop_assert!(it
            .lines
            .iter()
            .all(|l| l.text.chars().count() <= LINE_CHARS));
        prop_assert!(!it.lines.is_empty() && it.lines.len() <= 4);
        // The connector runs from the label's axis-side edge to the marker.
        let edge = if it.lane.side == Side::Above {
            b.y + b.h
        } else {
            b.y
        };
        prop_assert!((it.connector.y1 - edge).abs() < 0.11);
        prop_assert_eq!(it.connector.x2, it.marker.anchor_x());
        let src = &input[it.index];
        prop_assert_eq!(&it.id, &src.id);
        let undated =
            src.horizon == Horizon::Aspiration || (!valid(&src.start) && !valid(&src.end));
        if undated {
            let band = t
                .bands
                .iter()
                .find(|b| b.horizon == src.horizon)
                .expect("its band");
            let x = it.marker.anchor_x();
            prop_assert!(
                band.x1 <= x && x <= band.x2,
                "{} at {} outside {:?}",
                it.id,
                x,
                band
            );
            prop_assert!(
                matches!(it.marker, Marker::Point { .. }),
                "an undated item is a point"
            );
        }
        if let Marker::Span { x1, x2, .. } = it.marker {
            prop_assert!(x1 <= x2);
        }
    }
    prop_assert!(t
        .items
        .windows(2)
        .all(|w| w[0].marker.anchor_x() <= w[1].marker.anchor_x()));
    Ok(())
}

fn valid(d: &Option<String>) -> bool {
    d.as_deref().is_some_and(career_deck::model::is_year_month)
}

fn arb_month() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        3 => (1995u32..2040, 1u32..=12).prop_map(|(y, m)| Some(format!("{y}-{m:02}"))),
        2 => Just(None),
        1 => Just(Some("2019-13".to_owned())),
        1 => Just(Some("soon".to_owned())),
    ]
}

fn arb_item() -> impl Strategy<Value = (Horizon, Option<String>, Option<String>, String)> {
    (
        prop::sample::select(Horizon::ALL.to_vec()),
        arb_month(),
        arb_month(),
        prop_oneof![
            "[A-Za-z]{1,8}( [A-Za-z]{1,12}){0,8}",
            "[a-z]{30,60}",
            Just(String::new())
        ],
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn labels_never_meet(
        raw in prop::collection::vec(arb_item(), 0..24),
        width in prop_oneof![Just(960.0), 100.0f64..2000.0],
    ) {
        let items: Vec<RoadmapItem> = raw
            .into_iter()
            .enumerate()
            .map(|(i, (h, s, e, t))| item(i, h, s, e, t))
            .collect();
        let t = timeline(&items, width);
        prop_assert!(t.width >= MIN_WIDTH);
        check(&t, &items)?;
    }
}

#[test]
fn many_items_at_the_same_moment_stay_apart() {
    let items: Vec<RoadmapItem> = (0..40)
        .map(|i| {
            item(
                i,
                Horizon::ALL[i % 3],
                Some("2020-01".into()),
                Some("2020-02".into()),
                format!("Role {i}"),
            )
        })
        .collect();
    let t = timeline(&items, 960.0);
    check(&t, &items).expect("bounded and apart");
}

#[test]
fn undated_roadmap_spreads_each_band_evenly() {
    let items: Vec<RoadmapItem> = (0..8)
        .map(|i| item(i, Horizon::ALL[i / 2], None, None, format!("Step {i}")))
        .collect();
    let t = timeline(&items, 960.0);
    check(&t, &items).expect("ok");
    assert_eq!(t.bands.len(), 4);
    let widths: Vec<f64> = t.bands.iter().map(|b| b.x2 - b.x1).collect();
    assert!(
        widths.iter().all(|w| (w - widths[0]).abs() < 0.2),
        "{widths:?}"
    );
    // Two items per band, at a third and two thirds of it.
    for (k, b) in t.bands.iter().enumerate() {
        let xs: Vec<f64> = t
            .items
            .iter()
            .filter(|i| i.horizon == Horizon::ALL[k])
            .map(|i| i.marker.anchor_x())
            .collect();
        let third = (b.x2 - b.x1) / 3.0;
        assert!(
            (xs[0] - (b.x1 + third)).abs() < 0.2 && (xs[1] - (b.x1 + 2.0 * third)).abs() < 0.2,
            "{xs:?} {b:?}"
        );
    }
    assert!(t.ticks.is_empty(), "no dates, no years");
}
