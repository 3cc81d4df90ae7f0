//! The deck as a Markdown document, to paste into a wiki, a document or an email and keep.
//!
//! Everything the person wrote is escaped so it renders exactly as typed: a story line that
//! begins "1." stays a sentence, a `<script>` stays text, a `|` stays inside its table cell.
//! Speaker notes are the presenter's own and are never included.

use super::dates::{date_label, month_label};
use super::deck::*;
use super::edit::{TextList, LEVEL_NAMES};

/// The deck as Markdown: title, owner, headline and pitch, then one `##` part per section the
/// deck has, with the screen's names.
pub fn deck_to_markdown(deck: &Deck) -> String {
    let mut out = Vec::new();
    out.push(format!("# {}", or(&line(&deck.title), "Career deck")));
    if let Some(owner) = deck.owner.as_deref().map(line).filter(|o| !o.is_empty()) {
        out.push(owner);
    }
    if let Some(p) = &deck.profile {
        if !p.headline.trim().is_empty() {
            out.push(format!("*{}*", line(&p.headline)));
        }
        if !p.pitch.trim().is_empty() {
            out.push(format!("**My one big thing:** {}", line(&p.pitch)));
        }
        out.push(profile(p));
    }
    if let Some(roadmap) = &deck.roadmap {
        out.push(self::roadmap(roadmap));
    }
    if let Some(competencies) = &deck.competencies {
        out.push(growth(competencies));
    }
    if let Some(asks) = &deck.asks {
        out.push(heading(Section::Asks, bullets(asks)));
    }
    if let Some(supporters) = &deck.supporters {
        out.push(self::supporters(supporters));
    }
    let mut doc = out.join("\n\n");
    doc.push('\n');
    doc
}

/// A `##` part: its heading and body, or a note that nothing is written yet.
fn heading(section: Section, body: Vec<String>) -> String {
    let body = match body.is_empty() {
        true => "Nothing here yet.".to_owned(),
        false => body.join("\n\n"),
    };
    format!("## {}\n\n{body}", section.label())
}

fn profile(p: &Profile) -> String {
    let mut body = Vec::new();
    let story = paragraphs(&p.story);
    if !story.is_empty() {
        body.push(story);
    }
    for (list, items) in [
        (TextList::Values, &p.values),
        (TextList::Strengths, &p.strengths),
        (TextList::Energizers, &p.energizers),
        (TextList::Drainers, &p.drainers),
        (TextList::Needs, &p.needs),
    ] {
        if let Some(list_md) = bullets(items).pop() {
            body.push(format!("### {}\n\n{list_md}", list.label()));
        }
    }
    heading(Section::Profile, body)
}

/// A bullet list of the non-blank items (none at all when every item is blank).
fn bullets(items: &[String]) -> Vec<String> {
    let lines: Vec<String> = items
        .iter()
        .map(|t| line(t))
        .filter(|t| !t.is_empty())
        .map(|t| format!("- {t}"))
        .collect();
    match lines.is_empty() {
        true => Vec::new(),
        false => vec![lines.join("\n")],
    }
}

fn roadmap(items: &[RoadmapItem]) -> String {
    let mut body = Vec::new();
    for horizon in Horizon::ALL {
        let lines: Vec<String> = items
            .iter()
            .filter(|r| r.horizon == horizon)
            .map(role)
            .collect();
        if !lines.is_empty() {
            body.push(format!("### {}\n\n{}", horizon.label(), lines.join("\n")));
        }
    }
    heading(Section::Roadmap, body)
}

/// `- **Support team lead**, Brightdesk (since Jun 2021)`, with the notes on the next line.
fn role(r: &RoadmapItem) -> String {
    let mut s = format!("- **{}**", or(&line(&r.title), "Untitled role"));
    let org = line(&r.organization);
    if !org.is_empty() {
        s.push_str(&format!(", {org}"));
    }
    let month = |m: &Option<String>| {
        m.as_deref()
            .map(str::trim)
            .filter(|m| !m.is_empty())
            .map(|m| line(&month_label(m)))
    };
    let dates = match (month(&r.start), month(&r.end)) {
        (Some(s), Some(e)) => Some(format!("{s} – {e}")),
        (Some(s), None) if r.horizon == Horizon::Now => Some(format!("since {s}")),
        (Some(s), None) => Some(format!("from {s}")),
        (None, Some(e)) => Some(format!("until {e}")),
        (None, None) => None,
    };
    if let Some(dates) = dates {
        s.push_str(&format!(" ({dates})"));
    }
    let notes = line(&r.notes);
    if !notes.is_empty() {
        // Two spaces end the line inside the item; the indent keeps the notes in it.
        s.push_str(&format!("  \n  {notes}"));
    }
    s
}

fn growth(competencies: &[Competency]) -> String {
    if competencies.is_empty() {
        return heading(Section::Growth, Vec::new());
    }
    let mut table = vec![
        "| Competency | Now | Aiming for | Why |".to_owned(),
        "| --- | --- | --- | --- |".to_owned(),
    ];
    for c in competencies {
        table.push(format!(
            "| {} | {} | {} | {} |",
            line(&c.name),
            level(c.current),
            level(c.target),
            line(&c.why)
        ));
    }
    let mut body = vec![table.join("\n")];
    for c in competencies.iter().filter(|c| !c.actions.is_empty()) {
        let steps: Vec<String> = c.actions.iter().map(action).collect();
        body.push(format!(
            "### {}\n\n{}",
            or(&line(&c.name), "Unnamed competency"),
            steps.join("\n")
        ));
    }
    heading(Section::Growth, body)
}

/// "Learning (2)".
fn level(l: u8) -> String {
    match LEVEL_NAMES.get(usize::from(l)) {
        Some(name) => format!("{name} ({l})"),
        None => l.to_string(),
    }
}

/// `- [x] Finish the SQL course — by 31 Jan 2027`.
fn action(a: &Action) -> String {
    let mut s = format!(
        "- [{}] {}",
        if a.done { "x" } else { " " },
        or(&line(&a.text), "(no text yet)")
    );
    if let Some(due) = a.due.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        s.push_str(&format!(" — by {}", line(&date_label(due))));
    }
    s
}

fn supporters(people: &[Supporter]) -> String {
    let lines: Vec<String> = people
        .iter()
        .map(|p| {
            let mut s = format!(
                "- **{}** ({})",
                or(&line(&p.name), "Someone"),
                p.role.label()
            );
            let how = line(&p.how);
            if !how.is_empty() {
                s.push_str(&format!(" — {how}"));
            }
            s
        })
        .collect();
    let body = match lines.is_empty() {
        true => Vec::new(),
        false => vec![lines.join("\n")],
    };
    heading(Section::Supporters, body)
}

fn or(text: &str, fallback: &str) -> String {
    match text.is_empty() {
        true => fallback.to_owned(),
        false => text.to_owned(),
    }
}

/// Characters that can mean something in Markdown (CommonMark, GitHub's tables, task lists,
/// strikethrough and maths, and inline HTML), escaped wherever they appear: that is simpler
/// to get right than knowing where each one matters, and a backslash before any ASCII
/// punctuation is always allowed.
const SPECIAL: &str = "\\`*_{}[]()#+-.!|<>~&=$";

/// One line of the person's text: runs of white space (line breaks too) become one space,
/// and every special character is escaped, so it cannot start a list, a heading or a block,
/// close a table cell, or become HTML.
fn line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            if SPECIAL.contains(c) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// A longer text: paragraphs where the person left a blank line, the other line breaks kept.
fn paragraphs(text: &str) -> String {
    let mut paras: Vec<Vec<String>> = vec![Vec::new()];
    for raw in text.lines() {
        let l = line(raw);
        match (l.is_empty(), paras.last_mut()) {
            (true, _) => paras.push(Vec::new()),
            (false, Some(p)) => p.push(l),
            (false, None) => paras.push(vec![l]),
        }
    }
    paras
        .into_iter()
        .filter(|p| !p.is_empty())
        .map(|p| p.join("  \n"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example_deck;

    fn deck() -> Deck {
        example_deck("d".into(), "2026-01-01T00:00:00Z".into())
    }

    #[test]
    fn the_example_deck_has_every_part() {
        let md = deck_to_markdown(&deck());
        for part in [
            "# Where I'm heading in 2027\n\nNoor Haddad\n\n*Support team lead who turns \
             customer pain into product changes*\n\n**My one big thing:** I hear what \
             customers can't quite say and turn it into changes a product team can ship\\.",
            "## Who I am\n\nI started on the phones",
            "### Values\n\n- Say the hard thing kindly\n- Leave things clearer",
            "### What gives me energy\n\n- Workshops",
            "### What drains me",
            "### What I need to thrive",
            "## Roadmap\n\n### Past\n\n- **Support agent**, Fleetline Logistics (Feb 2019 – \
             May 2021)  \n  Wrote the first troubleshooting guide\n\n### Now",
            "- **Support team lead**, Brightdesk (since Jun 2021)",
            "### Next\n\n- **Associate product manager**, Brightdesk (from Jul 2027)",
            "### Aspiration\n\n- **Head of product for customer experience**  \n  Make",
            "## Growth\n\n| Competency | Now | Aiming for | Why |\n| --- | --- | --- | --- |\n\
             | Product discovery | Learning (2) | Skilled (4) | The next role lives or dies on \
             picking the right problems |",
            "### Working with data\n\n- [x] Finish the SQL course on the learning portal — by \
             31 Jan 2027",
            "- [ ] Shadow the checkout squad's discovery sprint — by 28 Feb 2027",
            "## Asks\n\n- Pair me with a product manager for a quarter",
            "## Supporters\n\n- **Imani Cole** (Mentor) — Product manager on checkout; a \
             monthly hour on discovery",
        ] {
            assert!(md.contains(part), "missing {part:?} in\n{md}");
        }
        assert!(md.ends_with("APM opening\n"));
        assert!(!md.contains("\n\n\n"));
    }

    #[test]
    fn speaker_notes_and_absent_sections_are_left_out() {
        let mut d = deck();
        d.speaker_notes
            .get_or_insert_with(SpeakerNotes::default)
            .set(NoteSlide::Growth, "Private: mention the reorg".into());
        let md = deck_to_markdown(&d.subset(&[Section::Asks, Section::SpeakerNotes], false));
        assert!(!md.contains("reorg"));
        assert!(!md.contains("Noor"), "the owner was not shared");
        for gone in [
            "## Who I am",
            "## Roadmap",
            "## Growth",
            "## Supporters",
            "Support team",
        ] {
            assert!(!md.contains(gone), "{gone} in\n{md}");
        }
        assert!(md.contains("## Asks"));
        let mut empty = Deck::blank("d".into(), "Plan".into(), "2026-01-01T00:00:00Z".into());
        empty.profile = None;
        assert_eq!(
            deck_to_markdown(&empty),
            "# Plan\n\n## Roadmap\n\nNothing here yet.\n\n## Growth\n\nNothing here yet.\n\n\
             ## Asks\n\nNothing here yet.\n\n## Supporters\n\nNothing here yet.\n"
        );
    }

    #[test]
    fn hostile_text_renders_as_written() {
        let mut d = deck();
        d.title = "# Not | a <b>title</b>".into();
        let p = d.profile_mut();
        p.story = "1. First\n# Heading?\n---\n\n> quote <script>alert(1)</script>\n    code".into();
        p.values = vec![
            "- [ ] not a task".into(),
            "![x](javascript:alert(1))".into(),
        ];
        d.competencies.as_mut().expect("growth")[0].name = "A | B `c` \n *d*".into();
        d.competencies.as_mut().expect("growth")[0].why = "=== &amp; ~~x~~ $y$".into();
        d.roadmap.as_mut().expect("roadmap")[0].notes = "+ one\n2) two".into();
        let md = deck_to_markdown(&d);
        assert!(md.starts_with("# \\# Not \\| a \\<b\\>title\\</b\\>\n"));
        assert!(md.contains("1\\. First  \n\\# Heading?  \n\\-\\-\\-\n\n\\> quote"));
        assert!(md.contains("\\<script\\>alert\\(1\\)\\</script\\>  \ncode"));
        assert!(md.contains("- \\- \\[ \\] not a task\n- \\!\\[x\\]\\(javascript:alert\\(1\\)\\)"));
        assert!(md.contains(
            "| A \\| B \\`c\\` \\*d\\* | Learning (2) | Skilled (4) | \\=\\=\\= \\&amp; \
             \\~\\~x\\~\\~ \\$y\\$ |"
        ));
        assert!(md.contains("\\+ one 2\\) two"));
        let unescaped = |l: &str, c: char| {
            l.match_indices(c)
                .filter(|(i, _)| !l[..*i].ends_with('\\'))
                .count()
        };
        for l in md.lines() {
            assert_eq!(unescaped(l, '<'), 0, "{l}");
            if l.starts_with('|') {
                assert_eq!(unescaped(l, '|'), 5, "{l}");
            }
        }
    }
}
