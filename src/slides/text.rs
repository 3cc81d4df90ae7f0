//! Small text and number helpers shared by the slide layouts: word-boundary wrapping with an
//! ellipsis, a width estimate for text we cannot measure (there is no font engine in the pure
//! core), rounding so that SVG numbers stay short and tests can compare them exactly.

/// The character that ends a label cut short.
pub const ELLIPSIS: char = '…';

/// Average glyph width as a share of the font size, used to estimate how wide a text is.
pub const CHAR_WIDTH: f64 = 0.6;

/// A line of text placed at `x` with its baseline at `y`.
#[derive(Clone, Debug, PartialEq)]
pub struct TextLine {
    pub text: String,
    pub x: f64,
    pub y: f64,
}

/// Which way a text extends from its `x` (SVG `text-anchor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextAnchor {
    Start,
    Middle,
    End,
}

impl TextAnchor {
    /// The SVG `text-anchor` value.
    pub fn as_str(self) -> &'static str {
        match self {
            TextAnchor::Start => "start",
            TextAnchor::Middle => "middle",
            TextAnchor::End => "end",
        }
    }
}

/// Wraps `text` into at most `max_lines` lines of at most `max_chars` characters, breaking at
/// spaces. A word longer than a line is cut into line-sized pieces; whatever does not fit ends
/// the last line with "…".
pub fn wrap(text: &str, max_chars: usize, max_lines: usize) -> Vec<String> {
    if max_chars == 0 || max_lines == 0 {
        return Vec::new();
    }
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut current_len = 0;
    for word in text.split_whitespace().flat_map(|w| pieces(w, max_chars)) {
        let len = word.chars().count();
        if current_len > 0 && current_len + 1 + len > max_chars {
            lines.push(std::mem::take(&mut current));
            current_len = 0;
        }
        if current_len > 0 {
            current.push(' ');
            current_len += 1;
        }
        current.push_str(&word);
        current_len += len;
    }
    if current_len > 0 {
        lines.push(current);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            *last = with_ellipsis(last, max_chars);
        }
    }
    lines
}

/// `text` on one line of at most `max_chars` characters, "…" ending it if cut.
pub fn one_line(text: &str, max_chars: usize) -> String {
    wrap(text, max_chars, 1)
        .into_iter()
        .next()
        .unwrap_or_default()
}

fn pieces(word: &str, max_chars: usize) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    chars
        .chunks(max_chars)
        .map(|c| c.iter().collect())
        .collect()
}

/// The line ended with "…", within `max_chars`: whole words are dropped to make room where
/// the line has more than one, else the word is cut.
fn with_ellipsis(line: &str, max_chars: usize) -> String {
    let keep: String = if line.chars().count() < max_chars {
        line.to_owned()
    } else if let Some((head, _)) = line.rsplit_once(' ') {
        head.to_owned()
    } else {
        line.chars().take(max_chars.saturating_sub(1)).collect()
    };
    format!("{}{ELLIPSIS}", keep.trim_end())
}

/// The estimated width of `chars` characters at `font_size`.
pub fn text_width(chars: usize, font_size: f64) -> f64 {
    chars as f64 * CHAR_WIDTH * font_size
}

/// The number of words in a text, as a reader counts them.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// `v` rounded to one decimal (and never "-0").
pub fn round1(v: f64) -> f64 {
    let r = (v * 10.0).round() / 10.0;
    if r == 0.0 || !r.is_finite() {
        0.0
    } else {
        r
    }
}

/// A point with both coordinates rounded to one decimal.
pub fn round_point((x, y): (f64, f64)) -> (f64, f64) {
    (round1(x), round1(y))
}

/// Points as the SVG `points` attribute of a polygon or polyline wants them: "x,y x,y".
pub fn svg_points(points: &[(f64, f64)]) -> String {
    points
        .iter()
        .map(|(x, y)| format!("{},{}", round1(*x), round1(*y)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A closed SVG path `d` through the points ("M x y L x y … Z"); empty for no points.
pub fn svg_closed_path(points: &[(f64, f64)]) -> String {
    let mut d = String::new();
    for (i, (x, y)) in points.iter().enumerate() {
        let cmd = if i == 0 { 'M' } else { 'L' };
        if i > 0 {
            d.push(' ');
        }
        d.push_str(&format!("{cmd}{} {}", round1(*x), round1(*y)));
    }
    if !points.is_empty() {
        d.push_str(" Z");
    }
    d
}

/// Splits `n` things into the fewest groups of at most `max`, as equal in size as possible
/// (earlier groups take the remainder): 9 by 8 → 5 + 4, never 8 + 1.
pub fn balanced_sizes(n: usize, max: usize) -> Vec<usize> {
    if n == 0 || max == 0 {
        return Vec::new();
    }
    let groups = n.div_ceil(max);
    (0..groups)
        .map(|i| n / groups + usize::from(i < n % groups))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_word_boundaries() {
        assert_eq!(wrap("Product discovery", 18, 2), vec!["Product discovery"]);
        assert_eq!(
            wrap("Stakeholder influence", 18, 2),
            vec!["Stakeholder", "influence"]
        );
        assert_eq!(
            wrap("Working with data at a very large scale", 18, 2),
            vec!["Working with data", "at a very large…"]
        );
        assert_eq!(
            wrap("Coaching new team leads on difficult conversations", 18, 2),
            vec!["Coaching new team", "leads on…"]
        );
        assert!(wrap("   ", 18, 2).is_empty());
    }

    #[test]
    fn every_line_fits_and_cut_text_says_so() {
        let long = "Supercalifragilisticexpialidocious-and-then-some words";
        let lines = wrap(long, 18, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines.iter().all(|l| l.chars().count() <= 18), "{lines:?}");
        assert!(lines[1].ends_with(ELLIPSIS));
        assert_eq!(
            one_line("Fleetline Logistics International", 22),
            "Fleetline Logistics…"
        );
    }

    #[test]
    fn numbers_round_and_format() {
        assert_eq!(round1(-0.04), 0.0);
        assert_eq!(round1(62.449), 62.4);
        assert_eq!(svg_points(&[(1.0, 2.25), (3.0, 4.0)]), "1,2.3 3,4");
        assert_eq!(svg_closed_path(&[(1.0, 2.0), (3.0, 4.0)]), "M1 2 L3 4 Z");
        assert_eq!(balanced_sizes(9, 8), vec![5, 4]);
        assert_eq!(balanced_sizes(16, 8), vec![8, 8]);
        assert!(balanced_sizes(0, 8).is_empty());
    }
}
