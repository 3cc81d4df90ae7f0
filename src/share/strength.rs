//! A rough passphrase strength hint for the person sharing. It only guides; the real
//! protection is Argon2id, and the passphrase never leaves this device.

/// How guessable a passphrase looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    Empty,
    Weak,
    Fair,
    Strong,
}

impl Strength {
    /// A hint in plain words.
    pub fn hint(self) -> &'static str {
        match self {
            Strength::Empty => "No passphrase: anyone with the link can read it.",
            Strength::Weak => "Weak: easy to guess. Try four or more unrelated words.",
            Strength::Fair => {
                "Fair. A few more words or characters would make it much harder to guess."
            }
            Strength::Strong => "Strong.",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Strength::Empty => "none",
            Strength::Weak => "weak",
            Strength::Fair => "fair",
            Strength::Strong => "strong",
        }
    }
}

/// Estimates strength from length, variety and word count (a passphrase of several words is
/// both strong and easy to tell someone).
pub fn passphrase_strength(p: &str) -> Strength {
    let len = p.chars().count();
    if len == 0 {
        return Strength::Empty;
    }
    let words = p
        .split_whitespace()
        .filter(|w| w.chars().count() >= 3)
        .count();
    // ASCII classes are enough for a hint and keep Unicode tables out of the bundle; any
    // non-ASCII character counts as a symbol, which is what it is to a guesser.
    let classes = [
        p.chars().any(|c| c.is_ascii_lowercase()),
        p.chars().any(|c| c.is_ascii_uppercase()),
        p.chars().any(|c| c.is_ascii_digit()),
        p.chars()
            .any(|c| !c.is_ascii_alphanumeric() && !c.is_whitespace()),
    ]
    .iter()
    .filter(|b| **b)
    .count();
    // Only whether there are fewer than four different characters matters.
    let mut distinct: Vec<char> = Vec::with_capacity(4);
    for c in p.chars() {
        if distinct.len() == 4 {
            break;
        }
        if !distinct.contains(&c) {
            distinct.push(c);
        }
    }
    if distinct.len() < 4 || len < 8 {
        Strength::Weak
    } else if words >= 4 || (len >= 16 && classes >= 2) || (len >= 12 && classes >= 3) {
        Strength::Strong
    } else {
        Strength::Fair
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_grow_with_length_and_variety() {
        assert_eq!(passphrase_strength(""), Strength::Empty);
        assert_eq!(passphrase_strength("abc"), Strength::Weak);
        assert_eq!(passphrase_strength("aaaaaaaaaaaaaaaa"), Strength::Weak);
        assert_eq!(passphrase_strength("sunflower7"), Strength::Fair);
        assert_eq!(
            passphrase_strength("correct horse battery staple"),
            Strength::Strong
        );
        assert_eq!(passphrase_strength("Tr1cky-Pass!"), Strength::Strong);
    }
}
