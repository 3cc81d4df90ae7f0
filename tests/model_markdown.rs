//! Properties of the Markdown export: whatever a person types comes back out of the document
//! exactly (white space aside) once Markdown's backslash escapes are read, and no character
//! of theirs is left able to mean something (start a block, end a table cell, open HTML).
#![cfg(not(target_arch = "wasm32"))]

use career_deck::model::*;
use proptest::prelude::*;

/// Markdown characters the export must escape wherever they appear in a person's text.
const SPECIAL: &str = "\\`*_{}[]()#+-.!|<>~&=$";

fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ \n\t#>|<>*_`\\[\\]()!~&=$.+\\-0-9a-z\\\\]{0,40}",
        Just("1. <script>alert(1)</script> | `x` \\| &lt;".to_owned()),
    ]
}

/// Reads backslash escapes back; panics on a special character left unescaped.
fn read(escaped: &str) -> String {
    let mut out = String::new();
    let mut chars = escaped.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            let next = chars.next().expect("a backslash escapes something");
            assert!(
                next.is_ascii_punctuation(),
                "stray backslash in {escaped:?}"
            );
            out.push(next);
        } else {
            assert!(!SPECIAL.contains(c), "unescaped {c:?} in {escaped:?}");
            out.push(c);
        }
    }
    out
}

/// Splits a table row on its unescaped pipes.
fn cells(row: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut chars = row.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let last = cells.last_mut().expect("one cell");
                last.push('\\');
                last.extend(chars.next());
            }
            '|' => cells.push(String::new()),
            c => cells.last_mut().expect("one cell").push(c),
        }
    }
    cells.iter().map(|c| c.trim().to_owned()).collect()
}

fn collapsed(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

proptest! {
    #[test]
    fn typed_text_comes_back_as_written(
        title in typed(),
        ask in typed(),
        name in typed(),
        why in typed(),
    ) {
        let mut deck = Deck::blank("d".into(), title.clone(), "2026-01-01T00:00:00Z".into());
        deck.asks = Some(vec![ask.clone()]);
        deck.push_item(&(), |id| Competency {
            name: name.clone(),
            why: why.clone(),
            ..<Competency as Item>::blank(id)
        });
        let md = deck_to_markdown(&deck);
        let lines: Vec<&str> = md.lines().collect();

        let heading = lines[0].strip_prefix("# ").expect("a title heading");
        let want = collapsed(&title);
        prop_assert_eq!(read(heading), if want.is_empty() { "Career deck".to_owned() } else { want });

        let asks = lines.iter().position(|l| *l == "## Asks").expect("asks");
        if collapsed(&ask).is_empty() {
            prop_assert_eq!(lines[asks + 2], "Nothing here yet.");
        } else {
            let item = lines[asks + 2].strip_prefix("- ").expect("a bullet");
            prop_assert_eq!(read(item), collapsed(&ask));
        }

        let row = lines.iter().find(|l| l.starts_with("| ") && !l.starts_with("| Competency") && !l.starts_with("| ---")).expect("a row");
        let cells = cells(row);
        prop_assert_eq!(cells.len(), 6, "{}", row);
        prop_assert_eq!(read(&cells[1]), collapsed(&name));
        prop_assert_eq!(read(&cells[4]), collapsed(&why));
    }
}
