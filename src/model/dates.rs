//! The three date shapes the deck format uses, checked by hand because they are tiny and a
//! date crate would add weight to the wasm bundle for three regular expressions' worth of work.

/// `YYYY-MM`, month 01–12.
pub fn is_year_month(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 7 && digits(&b[0..4]) && b[4] == b'-' && month(&b[5..7]).is_some()
}

/// `YYYY-MM-DD`, a day that exists in that month.
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10 && b[4] == b'-' && b[7] == b'-' && date_ok(&b[0..10])
}

/// An RFC 3339 date-time: `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`.
pub fn is_rfc3339(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 20 || !date_ok(&b[0..10]) || !matches!(b[10], b'T' | b't' | b' ') {
        return false;
    }
    let t = &b[11..];
    if !(two(&t[0..2]).is_some_and(|h| h <= 23)
        && t[2] == b':'
        && two(&t[3..5]).is_some_and(|m| m <= 59)
        && t[5] == b':'
        && two(&t[6..8]).is_some_and(|s| s <= 60))
    {
        return false;
    }
    let mut rest = &t[8..];
    if rest.first() == Some(&b'.') {
        let frac = rest[1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if frac == 0 {
            return false;
        }
        rest = &rest[1 + frac..];
    }
    match rest {
        [b'Z' | b'z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => {
            two(&[*h1, *h2]).is_some_and(|h| h <= 23) && two(&[*m1, *m2]).is_some_and(|m| m <= 59)
        }
        _ => false,
    }
}

/// The `YYYY-MM` that a full date or date-time starts with, for grouping and display.
pub fn year_month_of(s: &str) -> Option<&str> {
    s.get(0..7).filter(|ym| is_year_month(ym))
}

fn date_ok(b: &[u8]) -> bool {
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(&b[0..4]) {
        return false;
    }
    let year: u32 = b[0..4]
        .iter()
        .fold(0, |acc, d| acc * 10 + u32::from(d - b'0'));
    let (Some(m), Some(d)) = (month(&b[5..7]), two(&b[8..10])) else {
        return false;
    };
    d >= 1 && d <= days_in_month(year, m)
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn month(b: &[u8]) -> Option<u32> {
    two(b).filter(|m| (1..=12).contains(m))
}

fn two(b: &[u8]) -> Option<u32> {
    (b.len() == 2 && digits(b)).then(|| u32::from(b[0] - b'0') * 10 + u32::from(b[1] - b'0'))
}

fn digits(b: &[u8]) -> bool {
    b.iter().all(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_months() {
        assert!(is_year_month("2019-03"));
        assert!(is_year_month("2028-12"));
        for bad in [
            "2019-13",
            "2019-00",
            "2019-3",
            "19-03",
            "2019/03",
            "2019-03-01",
            "",
            "２０１９-03",
        ] {
            assert!(!is_year_month(bad), "{bad}");
        }
    }

    #[test]
    fn dates() {
        assert!(is_date("2027-03-31"));
        assert!(is_date("2024-02-29"));
        assert!(is_date("2000-02-29"));
        for bad in [
            "2023-02-29",
            "1900-02-29",
            "2027-04-31",
            "2027-03-00",
            "2027-3-31",
            "2027-03-31T00",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
    }

    #[test]
    fn date_times() {
        for good in [
            "2026-11-20T09:14:03Z",
            "2026-11-20t09:14:03z",
            "2026-11-20T09:14:03.123Z",
            "2026-11-20T09:14:03+05:30",
            "2026-11-20T23:59:60-00:00",
        ] {
            assert!(is_rfc3339(good), "{good}");
        }
        for bad in [
            "2026-11-20",
            "2026-11-20T09:14:03",
            "2026-11-20T24:00:00Z",
            "2026-11-20T09:14:03.Z",
            "2026-11-31T09:14:03Z",
            "2026-11-20T09:14:03+0530",
            "2026-11-20T09:14Z",
            "yesterday",
        ] {
            assert!(!is_rfc3339(bad), "{bad}");
        }
    }
}
