//! Staggering the timeline's labels into lanes above and below the axis.

use super::scale::Mark;
use super::{Lane, Side, MARGIN};

/// Least horizontal room between two boxes in one lane.
const BOX_GAP: f64 = 8.0;

/// Lanes, nearest the axis first: above, below, further above, further below, …
fn lane_of(n: usize) -> Lane {
    Lane {
        side: if n.is_multiple_of(2) {
            Side::Above
        } else {
            Side::Below
        },
        depth: n / 2,
    }
}

/// Picks each label's lane and box x, left to right by marker: the nearest lane where the box
/// meets no other box in that lane, its connector crosses no nearer box and the box covers no
/// farther label's connector, trying the box centred on its marker, then starting or ending
/// just past it. When no lane allows that (markers at the same spot), the nearest lane where
/// the centred box at least meets no other box.
pub(super) fn assign_lanes(marks: &[Mark], widths: &[f64], width: f64) -> (Vec<Lane>, Vec<f64>) {
    let n = marks.len();
    let inside = |x: f64, w: f64| x.min(width - MARGIN - w).max(MARGIN);
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| {
        marks[a]
            .anchor_x()
            .total_cmp(&marks[b].anchor_x())
            .then(a.cmp(&b))
    });
    let mut lane_no: Vec<Option<usize>> = vec![None; n];
    let mut xs: Vec<f64> = vec![MARGIN; n];
    let mut used = 0;
    // The x range a connector covers, from the box edge to the marker.
    let connector = |ax: f64, x: f64, w: f64| {
        let cx = ax.clamp(x + 4.0, (x + w - 4.0).max(x + 4.0));
        (ax.min(cx) - 2.0, ax.max(cx) + 2.0)
    };
    for &i in &order {
        let (ax, w) = (marks[i].anchor_x(), widths[i]);
        let candidates = [
            inside(ax - w / 2.0, w),
            inside(ax - 12.0, w),
            inside(ax - w + 12.0, w),
        ];
        let free = |l: usize, a: f64| {
            let b = a + w;
            (0..n).all(|j| {
                lane_no[j] != Some(l) || b + BOX_GAP <= xs[j] || xs[j] + widths[j] + BOX_GAP <= a
            })
        };
        let clear = |l: usize, a: f64| {
            let me = lane_of(l);
            let b = a + w;
            let (ca, cb) = connector(ax, a, w);
            (0..n).all(|j| {
                let Some(other) = lane_no[j].map(lane_of) else {
                    return true;
                };
                if other.side != me.side || other.depth == me.depth {
                    return true;
                }
                let (c, d, e, f) = if other.depth < me.depth {
                    (xs[j], xs[j] + widths[j], ca, cb)
                } else {
                    let (c, d) = connector(marks[j].anchor_x(), xs[j], widths[j]);
                    (c, d, a, b)
                };
                f <= c || d <= e
            })
        };
        let chosen = (0..used + 2)
            .find_map(|l| {
                candidates
                    .iter()
                    .find(|&&x| free(l, x) && clear(l, x))
                    .map(|&x| (l, x))
            })
            .or_else(|| {
                (0..=used)
                    .find(|&l| free(l, candidates[0]))
                    .map(|l| (l, candidates[0]))
            })
            .unwrap_or((used, candidates[0]));
        lane_no[i] = Some(chosen.0);
        xs[i] = chosen.1;
        used = used.max(chosen.0 + 1);
    }
    (
        lane_no
            .into_iter()
            .map(|l| lane_of(l.unwrap_or(0)))
            .collect(),
        xs,
    )
}
