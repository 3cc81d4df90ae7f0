//! Exporting one person's notes on purpose — to hand over to their next manager, or to give
//! to the person — as plain text that reads as Markdown. Nothing is escaped or interpreted;
//! no HTML is ever produced.

use std::collections::BTreeMap;

use super::agenda::agenda;
use super::kept::KeptDeck;
use super::notes::{ManagerNotes, GENERAL_NOTE};
use crate::model::date_label;

/// The notes about one kept deck, as plain text (Markdown headings and lists). Parts with
/// nothing written are left out.
pub fn notes_to_text(kept: &KeptDeck, notes: &ManagerNotes) -> String {
    let mut out = format!("# Notes about {}\n\n", one_line(&kept.person));
    out += &format!(
        "Their deck: {} (last updated {}).\n",
        one_line(&kept.deck.title),
        day_label(&kept.deck.updated_at)
    );
    out += "These are a manager's own notes, exported on purpose.\n";

    if !notes.commitments.is_empty() {
        out += "\n## Commitments\n\n";
        for c in &notes.commitments {
            let mark = if c.done { "x" } else { " " };
            out += &format!("- [{mark}] {}\n", one_line(&c.describe()));
            if let Some(ask) = c.from_ask.as_deref().filter(|a| !a.trim().is_empty()) {
                out += &format!("  In answer to: “{}”\n", one_line(ask));
            }
        }
    }

    let mut talks: Vec<_> = notes.conversations.iter().collect();
    talks.sort_by(|a, b| a.date.cmp(&b.date));
    if !talks.is_empty() {
        out += "\n## Conversations\n";
        for t in talks {
            out += &format!("\n### {}\n", day_label(&t.date));
            if !t.summary.trim().is_empty() {
                out += &format!("\n{}\n", t.summary.trim());
            }
        }
    }

    // Headings for note keys, from the agenda the deck gives today.
    let plan = agenda(&kept.deck, &[], &notes.commitments, "");
    let headings: BTreeMap<&str, &str> = plan
        .items
        .iter()
        .map(|i| (i.key.as_str(), i.heading.as_str()))
        .collect();
    let heading_of = |key: &str| -> String {
        match headings.get(key) {
            Some(h) => one_line(h),
            None if key == GENERAL_NOTE => "General".into(),
            None => "About something no longer in the deck".into(),
        }
    };
    let block = |title: &str, texts: &BTreeMap<String, String>| -> String {
        let written: Vec<_> = texts.iter().filter(|(_, t)| !t.trim().is_empty()).collect();
        if written.is_empty() {
            return String::new();
        }
        let mut s = format!("\n## {title}\n");
        // The general note first, then the rest in agenda order, then anything else.
        let rank = |key: &str| {
            if key == GENERAL_NOTE {
                0
            } else {
                plan.items
                    .iter()
                    .position(|i| i.key == key)
                    .map_or(usize::MAX, |p| p + 1)
            }
        };
        let mut written = written;
        written.sort_by_key(|(k, _)| rank(k));
        for (key, text) in written {
            s += &format!("\n### {}\n\n{}\n", heading_of(key), text.trim());
        }
        s
    };
    out += &block("Notes", &notes.notes);
    out += &block("Preparation", &notes.prep);
    out
}

/// A heading or list line must stay on one line.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The day of an RFC 3339 time or a date, in words.
fn day_label(s: &str) -> String {
    date_label(s.get(..10).unwrap_or(s))
}
