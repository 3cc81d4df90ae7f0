//! The timeline's x axis: the bands of the horizons present, the time scale their dated
//! items share, and where each item's marker goes.

use super::{YearTick, MARGIN};
use crate::model::{is_year_month, Horizon, RoadmapItem};
use crate::slides::text::round1;

/// A band is never narrower than its name ("Aspiration" at the band font) plus padding.
const MIN_BAND: f64 = 96.0;
/// The share of the width an undated band takes when others are dated.
const SLOT_SHARE: f64 = 0.16;
/// Least distance between year ticks.
const TICK_SPACING: f64 = 40.0;

/// A `YYYY-MM` as a month count; its end is one more.
fn month_index(d: &Option<String>) -> Option<f64> {
    let d = d.as_deref()?.trim();
    if !is_year_month(d) {
        return None;
    }
    let year: f64 = d[0..4].parse().ok()?;
    let month: f64 = d[5..7].parse().ok()?;
    Some(year * 12.0 + month - 1.0)
}

/// An item's times on the scale: (start, end), either possibly missing.
fn times(item: &RoadmapItem) -> (Option<f64>, Option<f64>) {
    let s = month_index(&item.start);
    let e = month_index(&item.end).map(|e| e + 1.0);
    match (s, e) {
        (Some(s), Some(e)) if e < s => (Some(e - 1.0), Some(s + 1.0)),
        other => other,
    }
}

/// A role held now, with a start and no end: it runs on to the end of its band.
fn is_open(item: &RoadmapItem) -> bool {
    item.horizon == Horizon::Now && matches!(times(item), (Some(_), None))
}

fn is_dated(item: &RoadmapItem) -> bool {
    item.horizon != Horizon::Aspiration && times(item) != (None, None)
}

/// A band during layout: its x range and, if dated, its time range.
pub(super) struct Slot {
    pub(super) horizon: Horizon,
    pub(super) time: Option<(f64, f64)>,
    pub(super) x1: f64,
    pub(super) x2: f64,
}

/// The bands of the horizons present, with their x ranges (and time ranges where dated).
pub(super) fn bands(items: &[RoadmapItem], width: f64) -> Vec<Slot> {
    let present: Vec<Horizon> = Horizon::ALL
        .into_iter()
        .filter(|h| items.iter().any(|i| i.horizon == *h))
        .collect();
    let range = |h: Horizon| -> Option<(f64, f64)> {
        let ts: Vec<f64> = items
            .iter()
            .filter(|i| i.horizon == h && is_dated(i))
            .flat_map(|i| {
                let (s, e) = times(i);
                [s, e].into_iter().flatten()
            })
            .collect();
        let lo = ts.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = ts.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        (!ts.is_empty()).then_some((lo, hi))
    };
    let raw: Vec<(Horizon, Option<(f64, f64)>)> = present
        .iter()
        .map(|&h| {
            (
                h,
                if h == Horizon::Aspiration {
                    None
                } else {
                    range(h)
                },
            )
        })
        .collect();
    // Time boundaries between consecutive dated bands: halfway from one's last date to the
    // next one's first (inside the overlap when they overlap), never going backwards. A band
    // holding a role "since" some month runs on until just before the next band's first date.
    let dated: Vec<(Horizon, f64, f64)> = raw
        .iter()
        .filter_map(|(h, r)| r.map(|(lo, hi)| (*h, lo, hi)))
        .collect();
    let runs_on = |h: Horizon| items.iter().any(|i| i.horizon == h && is_open(i));
    let mut times_of = vec![None; raw.len()];
    if let Some(first) = dated.first() {
        let t_min = dated.iter().map(|d| d.1).fold(first.1, f64::min);
        let t_max = dated.iter().map(|d| d.2).fold(first.2, f64::max);
        let pad = (0.05 * (t_max - t_min)).max(3.0);
        let mut bounds = vec![t_min - pad];
        for pair in dated.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let gap = b.1 - a.2;
            let at = if runs_on(a.0) && gap > 0.0 {
                b.1 - pad.min(gap / 2.0)
            } else {
                (a.2 + b.1) / 2.0
            };
            let prev = bounds.last().copied().unwrap_or(t_min - pad);
            bounds.push(at.clamp(prev, t_max + pad));
        }
        bounds.push(t_max + pad);
        let mut k = 0;
        for (slot, (_, r)) in times_of.iter_mut().zip(&raw) {
            if r.is_some() {
                *slot = Some((bounds[k], bounds[k + 1]));
                k += 1;
            }
        }
    }
    // Widths: undated bands a fixed share, dated ones by time (a shared width per month),
    // each at least MIN_BAND; if the width cannot hold that, all bands are equal.
    let inner = width - 2.0 * MARGIN;
    let n = raw.len() as f64;
    let n_dated = times_of.iter().filter(|t| t.is_some()).count();
    let widths: Vec<f64> = if n_dated == 0 || n * MIN_BAND > inner {
        vec![inner / n.max(1.0); raw.len()]
    } else {
        let slot_w = (inner * SLOT_SHARE).max(MIN_BAND);
        let n_slots = raw.len() - n_dated;
        let dated_w = inner - n_slots as f64 * slot_w;
        if dated_w < n_dated as f64 * MIN_BAND {
            vec![inner / n; raw.len()]
        } else {
            let ext: Vec<f64> = times_of.iter().flatten().map(|(a, b)| b - a).collect();
            let dw = dated_widths(&ext, dated_w);
            let mut it = dw.into_iter();
            times_of
                .iter()
                .map(|t| match t {
                    Some(_) => it.next().unwrap_or(MIN_BAND),
                    None => slot_w,
                })
                .collect()
        }
    };
    let mut x = MARGIN;
    raw.iter()
        .zip(times_of)
        .zip(widths)
        .map(|(((h, _), time), w)| {
            let slot = Slot {
                horizon: *h,
                time,
                x1: x,
                x2: x + w,
            };
            x += w;
            slot
        })
        .collect()
}

/// Widths for dated bands of time extents `ext` filling `total`: the same width per month for
/// all, except bands that would be narrower than MIN_BAND, which get MIN_BAND.
fn dated_widths(ext: &[f64], total: f64) -> Vec<f64> {
    let sum: f64 = ext.iter().sum();
    if sum <= 0.0 {
        return vec![total / ext.len().max(1) as f64; ext.len()];
    }
    let fill = |k: f64| ext.iter().map(|e| (e * k).max(MIN_BAND)).sum::<f64>();
    let (mut lo, mut hi) = (0.0, total / sum);
    for _ in 0..60 {
        let mid = (lo + hi) / 2.0;
        if fill(mid) < total {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    let widths: Vec<f64> = ext.iter().map(|e| (e * hi).max(MIN_BAND)).collect();
    let got: f64 = widths.iter().sum();
    widths.iter().map(|w| w * total / got).collect()
}

/// Where a time falls: inside `prefer` when the time is in its range, else in the dated band
/// that holds it, else at the nearer end of the dated span.
fn x_at(t: f64, slots: &[Slot], prefer: usize) -> f64 {
    let within = |s: &Slot| {
        let (a, b) = s.time?;
        (a <= t && t <= b).then(|| {
            if b > a {
                s.x1 + (t - a) / (b - a) * (s.x2 - s.x1)
            } else {
                (s.x1 + s.x2) / 2.0
            }
        })
    };
    if let Some(x) = slots.get(prefer).and_then(within) {
        return x;
    }
    if let Some(x) = slots.iter().find_map(within) {
        return x;
    }
    let dated: Vec<&Slot> = slots.iter().filter(|s| s.time.is_some()).collect();
    match (dated.first(), dated.last()) {
        (Some(first), Some(last)) => {
            if first.time.is_some_and(|(a, _)| t < a) {
                first.x1
            } else {
                last.x2
            }
        }
        _ => slots.first().map_or(MARGIN, |s| s.x1),
    }
}

pub(super) enum MarkKind {
    Point(f64),
    Span(f64, f64, bool),
}

pub(super) struct Mark {
    pub(super) kind: MarkKind,
    /// Overlapping spans stack in tracks around the axis.
    pub(super) track: usize,
}

impl Mark {
    pub(super) fn anchor_x(&self) -> f64 {
        match self.kind {
            MarkKind::Point(x) => x,
            MarkKind::Span(a, b, _) => (a + b) / 2.0,
        }
    }

    fn span(&self) -> Option<(f64, f64)> {
        match self.kind {
            MarkKind::Span(a, b, _) => Some((a, b)),
            MarkKind::Point(_) => None,
        }
    }
}

pub(super) fn place_markers(items: &[RoadmapItem], slots: &[Slot]) -> Vec<Mark> {
    let band_of = |h: Horizon| slots.iter().position(|s| s.horizon == h).unwrap_or(0);
    let mut marks: Vec<Mark> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let b = band_of(item.horizon);
            let kind = match times(item) {
                _ if !is_dated(item) => {
                    // Evenly within the band, in input order among its undated items.
                    let peers: Vec<usize> = items
                        .iter()
                        .enumerate()
                        .filter(|(_, o)| o.horizon == item.horizon && !is_dated(o))
                        .map(|(j, _)| j)
                        .collect();
                    let k = peers.iter().position(|&j| j == i).unwrap_or(0);
                    let s = &slots[b];
                    MarkKind::Point(
                        s.x1 + (k as f64 + 1.0) / (peers.len() as f64 + 1.0) * (s.x2 - s.x1),
                    )
                }
                (Some(s), Some(e)) => MarkKind::Span(x_at(s, slots, b), x_at(e, slots, b), false),
                (Some(s), None) if is_open(item) => {
                    let x1 = x_at(s, slots, b);
                    let x2 = slots[b].x2;
                    if x2 > x1 + 1.0 {
                        MarkKind::Span(x1, x2, true)
                    } else {
                        MarkKind::Point(x1)
                    }
                }
                (Some(t), None) | (None, Some(t)) => MarkKind::Point(x_at(t, slots, b)),
                (None, None) => MarkKind::Point(slots[b].x1),
            };
            Mark { kind, track: 0 }
        })
        .collect();
    // Spans that overlap go on separate tracks, greedily left to right.
    let mut order: Vec<usize> = (0..marks.len())
        .filter(|&i| marks[i].span().is_some())
        .collect();
    order.sort_by(|&a, &b| {
        let (sa, sb) = (marks[a].span(), marks[b].span());
        sa.map(|s| s.0)
            .unwrap_or(0.0)
            .total_cmp(&sb.map(|s| s.0).unwrap_or(0.0))
            .then(a.cmp(&b))
    });
    let mut track_ends: Vec<f64> = Vec::new();
    for i in order {
        let Some((x1, x2)) = marks[i].span() else {
            continue;
        };
        let t = match track_ends.iter().position(|&end| end + 2.0 < x1) {
            Some(t) => t,
            None => {
                track_ends.push(f64::NEG_INFINITY);
                track_ends.len() - 1
            }
        };
        track_ends[t] = x2;
        marks[i].track = t;
    }
    marks
}

/// Year ticks on the dated bands, thinned to a round step so their labels do not crowd.
pub(super) fn ticks(slots: &[Slot]) -> Vec<YearTick> {
    let mut years: Vec<(i64, f64)> = Vec::new();
    for (k, s) in slots.iter().enumerate() {
        let Some((a, b)) = s.time else { continue };
        if b <= a {
            continue;
        }
        let first = (a / 12.0).ceil() as i64;
        let last = (b / 12.0).floor() as i64;
        for y in first..=last.min(first + 1000) {
            if years.last().is_some_and(|(py, _)| *py >= y) {
                continue;
            }
            years.push((y, x_at(y as f64 * 12.0, slots, k)));
        }
    }
    for step in [1, 2, 5, 10, 20, 50, 100, 1000] {
        let kept: Vec<&(i64, f64)> = years.iter().filter(|(y, _)| y % step == 0).collect();
        if kept.windows(2).all(|w| w[1].1 - w[0].1 >= TICK_SPACING) {
            return kept
                .into_iter()
                .map(|(y, x)| YearTick {
                    x: round1(*x),
                    label: y.to_string(),
                })
                .collect();
        }
    }
    Vec::new()
}
