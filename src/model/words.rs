//! Numbers and counts as people read them ("1,762 characters", "1 deck", "3 decks"). ASCII
//! digits only, so no locale tables reach the bundle.

/// 1762 → "1,762".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "1 deck", "2 decks" (`plural` is the word for more than one).
pub fn count(n: usize, one: &str, plural: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{} {plural}", thousands(n))
    }
}

/// ["a"] → "a", ["a", "b"] → "a and b", ["a", "b", "c"] → "a, b and c".
pub fn and_list(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_people_write_them() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1762), "1,762");
        assert_eq!(thousands(1_000_000), "1,000,000");
        assert_eq!(count(1, "deck", "decks"), "1 deck");
        assert_eq!(count(1200, "deck", "decks"), "1,200 decks");
    }

    #[test]
    fn lists_read_as_a_sentence() {
        let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(and_list(&[]), "");
        assert_eq!(and_list(&words(&["snapshots"])), "snapshots");
        assert_eq!(and_list(&words(&["a", "b"])), "a and b");
        assert_eq!(and_list(&words(&["a", "b", "c"])), "a, b and c");
    }
}
