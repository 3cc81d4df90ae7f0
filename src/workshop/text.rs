//! Small text helpers the exercises share: splitting what people type into tags, folding words
//! so that "Meetings" and "meeting" group together, and comparing entries the way a person
//! would ("Craft" and " craft " are the same value).

/// Words that carry no meaning of their own when grouping what people typed.
const STOPWORDS: &[&str] = &[
    "a", "an", "the", "my", "our", "their", "his", "her", "its", "your", "some", "any", "and",
    "or", "but", "with", "without", "for", "from", "to", "of", "on", "in", "at", "by", "into",
    "onto", "about", "over", "after", "before", "during", "while", "then", "than", "that", "this",
    "these", "those", "who", "what", "when", "where", "which", "was", "were", "is", "are", "be",
    "been", "had", "has", "have", "did", "do", "does", "doing", "done", "got", "get", "getting",
    "went", "go", "going", "very", "really", "just", "also", "too", "all", "lot", "lots", "bit",
    "me", "i", "we", "us", "them", "him", "it", "new", "other", "again", "up", "down", "out",
    "off", "more", "less", "most", "few", "one", "two", "three",
];

/// Leading words dropped from a tag, so "the team", "my team" and "team" are one tag.
const LEADING: &[&str] = &[
    "the", "a", "an", "my", "our", "their", "his", "her", "some", "with", "at", "on", "in", "by",
    "from", "for", "to", "into",
];

/// Ways of saying "on my own", folded into one tag.
const ALONE: &[&str] = &[
    "alone",
    "on my own",
    "my own",
    "own",
    "by myself",
    "myself",
    "just me",
    "me",
    "nobody",
    "no one",
    "noone",
    "solo",
];

/// Whether two entries are the same for a person: trimmed, case folded.
pub(crate) fn same_text(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// Whether `items` already holds `text` (as `same_text` sees it).
pub(crate) fn contains_text(items: &[String], text: &str) -> bool {
    items.iter().any(|i| same_text(i, text))
}

/// Lower-case words of letters and digits; everything else separates them.
pub(crate) fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether a lower-case word is too common to mean anything on its own.
pub(crate) fn is_stopword(w: &str) -> bool {
    STOPWORDS.contains(&w)
}

/// A light English plural fold: "meetings" → "meeting", "classes" → "class",
/// "deliveries" → "delivery". Short words and words like "status" stay as they are.
pub(crate) fn stem(word: &str) -> String {
    let w = word;
    let n = w.chars().count();
    if n <= 3 {
        return w.to_owned();
    }
    for suffix in ["sses", "xes", "ches", "shes"] {
        if let Some(base) = w.strip_suffix(suffix) {
            let keep = &suffix[..suffix.len() - 2];
            return format!("{base}{keep}");
        }
    }
    if let Some(base) = w.strip_suffix("ies").filter(|_| n > 4) {
        return format!("{base}y");
    }
    if w.ends_with('s') && !["ss", "us", "is"].iter().any(|s| w.ends_with(s)) {
        return w[..w.len() - 1].to_owned();
    }
    w.to_owned()
}

/// The pieces of one entry: "Sam, Priya and the team" → "Sam", "Priya", "the team".
pub(crate) fn segments(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in s.split([',', ';', '/', '&', '+', '\n']) {
        let mut current: Vec<&str> = Vec::new();
        for w in part.split_whitespace() {
            if w.eq_ignore_ascii_case("and") {
                push_segment(&mut out, &current);
                current.clear();
            } else {
                current.push(w);
            }
        }
        push_segment(&mut out, &current);
    }
    out
}

fn push_segment(out: &mut Vec<String>, words: &[&str]) {
    let text = words.join(" ");
    let text = text.trim_matches(|c: char| !c.is_alphanumeric());
    if !text.is_empty() {
        out.push(text.to_owned());
    }
}

/// The grouping key of one segment: lower case, leading articles and prepositions dropped,
/// plurals folded, ways of saying "alone" made one.
pub(crate) fn tag_key(segment: &str) -> String {
    let ws = words(segment);
    let joined = ws.join(" ");
    if ALONE.contains(&joined.as_str()) {
        return "alone".into();
    }
    let start = ws
        .iter()
        .position(|w| !LEADING.contains(&w.as_str()))
        .unwrap_or(ws.len());
    ws[start..]
        .iter()
        .map(|w| stem(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The words of a segment worth grouping on their own: not common, at least three letters.
pub(crate) fn content_words(segment: &str) -> Vec<(String, String)> {
    segment
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .filter(|w| !is_stopword(&w.to_lowercase()))
        .map(|w| (stem(&w.to_lowercase()), w.to_owned()))
        .collect()
}

/// "teaching" → "Teaching".
pub(crate) fn capitalize_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "once", "twice", "3 times".
pub(crate) fn times(n: usize) -> String {
    match n {
        1 => "once".into(),
        2 => "twice".into(),
        n => format!("{n} times"),
    }
}

/// The non-empty, trimmed entries of a list, duplicates (as a person sees them) dropped.
pub(crate) fn clean_list<'a>(items: impl IntoIterator<Item = &'a String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in items {
        let t = item.trim();
        if !t.is_empty() && !contains_text(&out, t) {
            out.push(t.to_owned());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_fold_and_short_words_stay() {
        assert_eq!(stem("meetings"), "meeting");
        assert_eq!(stem("classes"), "class");
        assert_eq!(stem("lunches"), "lunch");
        assert_eq!(stem("deliveries"), "delivery");
        assert_eq!(stem("status"), "status");
        assert_eq!(stem("process"), "process");
        assert_eq!(stem("analysis"), "analysis");
        assert_eq!(stem("bus"), "bus");
        assert_eq!(stem("kids"), "kid");
    }

    #[test]
    fn segments_split_lists_people_write() {
        assert_eq!(
            segments("Sam, Priya and the team; parents/carers"),
            ["Sam", "Priya", "the team", "parents", "carers"]
        );
        assert!(segments("  , and ; ").is_empty());
    }

    #[test]
    fn tags_ignore_articles_case_and_plurals() {
        assert_eq!(tag_key("The Team"), tag_key("team"));
        assert_eq!(tag_key("my patients"), "patient");
        assert_eq!(tag_key("on the ward"), "ward");
        assert_eq!(tag_key("On my own"), "alone");
        assert_eq!(tag_key("by myself"), "alone");
        assert_eq!(tag_key("the"), "");
    }

    #[test]
    fn content_words_skip_common_ones() {
        let ws: Vec<String> = content_words("Planning the rota with Sam")
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        assert_eq!(ws, ["planning", "rota", "sam"]);
    }

    #[test]
    fn clean_lists_drop_blanks_and_repeats() {
        let items = vec![
            "Craft".to_string(),
            " craft ".into(),
            "".into(),
            "Care".into(),
        ];
        assert_eq!(clean_list(&items), ["Craft", "Care"]);
        assert_eq!(capitalize_first("élan"), "Élan");
        assert_eq!(times(2), "twice");
    }
}
