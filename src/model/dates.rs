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

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// What people type for a month, as the format stores it (`YYYY-MM`), where it is
/// unambiguous: "2024-3", "2024-03", "2024/03", "03/2024", "3.2024", "March 2024", "mar 2024",
/// "Sept 2024". Anything else comes back unchanged, for the validator to explain.
pub fn normalize_month(input: &str) -> String {
    let t = input.trim();
    parse_month(t).map_or_else(|| t.to_owned(), |(y, m)| format!("{y:04}-{m:02}"))
}

fn parse_month(t: &str) -> Option<(u32, u32)> {
    let parts: Vec<&str> = t
        .split(|c: char| c == '-' || c == '/' || c == '.' || c.is_whitespace() || c == ',')
        .filter(|p| !p.is_empty())
        .collect();
    let [a, b] = parts.as_slice() else {
        return None;
    };
    let number = |p: &str| -> Option<u32> {
        (p.bytes().all(|b| b.is_ascii_digit()) && !p.is_empty() && p.len() <= 4)
            .then(|| p.parse().ok())
            .flatten()
    };
    let year = |p: &str| number(p).filter(|_| p.len() == 4);
    let month = |p: &str| {
        number(p)
            .filter(|m| p.len() <= 2 && (1..=12).contains(m))
            .or_else(|| month_name(p))
    };
    year(a).zip(month(b)).or_else(|| year(b).zip(month(a)))
}

fn month_name(p: &str) -> Option<u32> {
    let lower = p.to_ascii_lowercase();
    if lower.len() < 3 || !lower.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    FULL.iter()
        .position(|name| name.starts_with(&lower) || (lower == "sept" && *name == "september"))
        .map(|i| i as u32 + 1)
}

/// What people type for a day, as the format stores it (`YYYY-MM-DD`): "2027-3-31",
/// "31 March 2027", "Mar 31 2027", "31/03/2027" (day first, as most of the world writes it;
/// a US-style "03/31/2027" is read when the day is over 12 and so cannot be a month).
/// Anything else comes back unchanged, for the validator to explain.
pub fn normalize_date(input: &str) -> String {
    let t = input.trim();
    parse_day(t).map_or_else(|| t.to_owned(), |(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

fn parse_day(t: &str) -> Option<(u32, u32, u32)> {
    let parts: Vec<&str> = t
        .split(|c: char| c == '-' || c == '/' || c == '.' || c.is_whitespace() || c == ',')
        .filter(|p| !p.is_empty())
        .collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let num = |p: &str| -> Option<u32> {
        (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    let year = |p: &str| num(p).filter(|_| p.len() == 4);
    let day = |p: &str| num(p).filter(|d| p.len() <= 2 && (1..=31).contains(d));
    let month_num = |p: &str| num(p).filter(|m| p.len() <= 2 && (1..=12).contains(m));
    let ok = |(y, m, d): (u32, u32, u32)| (d <= days_in_month(y, m)).then_some((y, m, d));
    if let Some(y) = year(a) {
        // 2027-03-31
        return ok((y, month_num(b).or_else(|| month_name(b))?, day(c)?));
    }
    let y = year(c)?;
    if let Some(m) = month_name(a) {
        return ok((y, m, day(b)?)); // Mar 31 2027
    }
    if let Some(m) = month_name(b) {
        return ok((y, m, day(a)?)); // 31 Mar 2027
    }
    let (first, second) = (num(a)?, num(b)?);
    if first > 12 || second <= 12 {
        ok((y, month_num(b)?, day(a)?)) // 31/03/2027, and 05/03/2027 read day first
    } else {
        ok((y, month_num(a)?, day(b)?)) // 03/31/2027
    }
}

/// Why a stored month text is not a `YYYY-MM`, as precisely as can be said.
pub fn month_problem(s: &str) -> crate::model::Problem {
    let b = s.as_bytes();
    if b.len() == 7 && digits(&b[0..4]) && b[4] == b'-' {
        if let Some(m) = two(&b[5..7]) {
            return crate::model::Problem::NoSuchMonth(m);
        }
    }
    crate::model::Problem::NotAYearMonth
}

/// Why a stored day text is not a `YYYY-MM-DD`.
pub fn date_problem(s: &str) -> crate::model::Problem {
    let b = s.as_bytes();
    if b.len() == 10 && digits(&b[0..4]) && b[4] == b'-' && b[7] == b'-' {
        match (two(&b[5..7]), two(&b[8..10])) {
            (Some(m), Some(_)) if !(1..=12).contains(&m) => {
                return crate::model::Problem::NoSuchMonth(m)
            }
            (Some(_), Some(_)) => return crate::model::Problem::NoSuchDay,
            _ => {}
        }
    }
    crate::model::Problem::NotADate
}

/// "2012-09" → "Sep 2012", as people read a month. Anything else is shown as it is.
pub fn month_label(ym: &str) -> String {
    if !is_year_month(ym) {
        return ym.to_owned();
    }
    let m = two(&ym.as_bytes()[5..7]).unwrap_or(1) as usize;
    format!("{} {}", MONTHS[m - 1], &ym[0..4])
}

/// "2027-01-31" → "31 Jan 2027". Anything else is shown as it is.
pub fn date_label(date: &str) -> String {
    if !is_date(date) {
        return date.to_owned();
    }
    let b = date.as_bytes();
    let m = two(&b[5..7]).unwrap_or(1) as usize;
    let d = two(&b[8..10]).unwrap_or(1);
    format!("{d} {} {}", MONTHS[m - 1], &date[0..4])
}

/// Whether the month `end` comes before `start` (both `YYYY-MM`; false if either is not).
pub fn ends_before_start(start: &str, end: &str) -> bool {
    is_year_month(start) && is_year_month(end) && end < start
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
    use crate::model::Problem;

    #[test]
    fn months_people_type_are_read_where_unambiguous() {
        for (typed, stored) in [
            ("2024-1", "2024-01"),
            ("2024-01", "2024-01"),
            (" 2024/11 ", "2024-11"),
            ("03/2024", "2024-03"),
            ("3.2024", "2024-03"),
            ("March 2024", "2024-03"),
            ("mar 2024", "2024-03"),
            ("Sept 2024", "2024-09"),
            ("2024 December", "2024-12"),
            ("2024-13", "2024-13"),
            ("Spring 2024", "Spring 2024"),
            ("2024", "2024"),
            ("ma 2024", "ma 2024"),
        ] {
            assert_eq!(normalize_month(typed), stored, "{typed}");
        }
    }

    #[test]
    fn days_people_type_are_read_where_unambiguous() {
        for (typed, stored) in [
            ("2027-3-31", "2027-03-31"),
            ("31 March 2027", "2027-03-31"),
            ("Mar 31, 2027", "2027-03-31"),
            ("31/03/2027", "2027-03-31"),
            ("03/31/2027", "2027-03-31"),
            ("2027-02-30", "2027-02-30"),
            ("tomorrow", "tomorrow"),
        ] {
            assert_eq!(normalize_date(typed), stored, "{typed}");
        }
    }

    #[test]
    fn problems_say_exactly_what_is_wrong() {
        assert_eq!(month_problem("2024-13"), Problem::NoSuchMonth(13));
        assert_eq!(month_problem("Spring"), Problem::NotAYearMonth);
        assert_eq!(date_problem("2027-02-30"), Problem::NoSuchDay);
        assert_eq!(date_problem("2027-14-01"), Problem::NoSuchMonth(14));
        assert_eq!(date_problem("soon"), Problem::NotADate);
    }

    #[test]
    fn dates_read_as_people_write_them() {
        assert_eq!(month_label("2012-09"), "Sep 2012");
        assert_eq!(date_label("2027-01-31"), "31 Jan 2027");
        assert_eq!(month_label("sometime"), "sometime");
        assert!(ends_before_start("2020-05", "2019-01"));
        assert!(!ends_before_start("2020-05", "2020-05"));
    }

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
