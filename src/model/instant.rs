//! Comparing two RFC 3339 times as moments, not as strings: "10:00+02:00" is earlier than
//! "09:00Z". Used wherever "which copy of a deck is newer" decides what happens to it (a
//! backup restore, a manager receiving a newer link).

use std::cmp::Ordering;

use super::dates::is_rfc3339;

/// Which of two RFC 3339 times is later; `None` when either is not RFC 3339 (then nobody can
/// say which is newer, and callers must not guess).
pub fn compare_instants(a: &str, b: &str) -> Option<Ordering> {
    Some(instant(a)?.cmp(&instant(b)?))
}

/// Whole seconds from `from` to `to` (negative when `to` is earlier); `None` when either is
/// not RFC 3339. For "how long since the last backup", where a day either way does not matter.
pub fn seconds_between(from: &str, to: &str) -> Option<i64> {
    Some(instant(to)?.0 - instant(from)?.0)
}

/// Seconds since 0000-03-01 (any fixed origin will do) and nanoseconds, in UTC.
fn instant(s: &str) -> Option<(i64, u32)> {
    if !is_rfc3339(s) {
        return None;
    }
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        b.get(r)?.iter().try_fold(0i64, |acc, d| {
            d.is_ascii_digit().then(|| acc * 10 + i64::from(d - b'0'))
        })
    };
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
    let mut rest = b.get(19..)?;
    let mut nanos: u32 = 0;
    if rest.first() == Some(&b'.') {
        let frac: Vec<u8> = rest[1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .copied()
            .collect();
        for (i, d) in frac.iter().take(9).enumerate() {
            nanos += u32::from(d - b'0') * 10u32.pow(8 - i as u32);
        }
        rest = &rest[1 + frac.len()..];
    }
    let offset = match rest {
        [b'Z' | b'z'] => 0,
        [sign, h1, h2, b':', m1, m2] => {
            let two = |x: u8, y: u8| i64::from(x - b'0') * 10 + i64::from(y - b'0');
            let minutes = two(*h1, *h2) * 60 + two(*m1, *m2);
            if *sign == b'-' {
                -minutes * 60
            } else {
                minutes * 60
            }
        }
        _ => return None,
    };
    let seconds = days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second;
    Some((seconds - offset, nanos))
}

/// Days from a fixed origin to a civil date (Howard Hinnant's algorithm, proleptic Gregorian).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_compare_as_moments() {
        let c = compare_instants;
        assert_eq!(
            c("2026-01-01T10:00:00+02:00", "2026-01-01T09:00:00Z"),
            Some(Ordering::Less)
        );
        assert_eq!(
            c("2026-01-01T08:00:00Z", "2026-01-01T10:00:00+02:00"),
            Some(Ordering::Equal)
        );
        assert_eq!(
            c("2026-01-01T00:00:00.5Z", "2026-01-01T00:00:00.25Z"),
            Some(Ordering::Greater)
        );
        assert_eq!(
            c("2027-03-01T00:00:00Z", "2027-02-28T23:59:59Z"),
            Some(Ordering::Greater)
        );
        assert_eq!(
            c("1999-12-31T23:59:59-01:00", "2000-01-01T00:30:00Z"),
            Some(Ordering::Greater)
        );
        assert_eq!(c("yesterday", "2026-01-01T00:00:00Z"), None);
    }

    #[test]
    fn seconds_between_counts_across_offsets_and_months() {
        assert_eq!(
            seconds_between("2026-01-31T00:00:00Z", "2026-03-02T00:00:00Z"),
            Some(30 * 86_400)
        );
        assert_eq!(
            seconds_between("2026-01-01T10:00:00+02:00", "2026-01-01T08:00:00Z"),
            Some(0)
        );
        assert_eq!(
            seconds_between("2026-01-02T00:00:00Z", "2026-01-01T00:00:00Z"),
            Some(-86_400)
        );
        assert_eq!(seconds_between("soon", "2026-01-01T00:00:00Z"), None);
    }
}
