//! Native tests: the manager's notes stay apart from decks, and export on purpose as text.
#![cfg(not(target_arch = "wasm32"))]

use career_deck::manager::*;
use career_deck::model::*;

const SECRET_NOTE: &str = "Private: thinking of moving her to the platform team";
const SECRET_PREP: &str = "Only for me: give her the migration";
const SECRET_TALK: &str = "Private talk: she is weighing an outside offer";

fn kept_with_notes() -> (KeptDeck, ManagerNotes) {
    let deck = example_deck("d1".into(), "2026-11-25T10:00:00Z".into());
    let kept = KeptDeck::new(deck, "2026-11-26T08:00:00Z");
    let mut notes = ManagerNotes::new(&kept.id);
    let plan = agenda(&kept.deck, &[], &[], "2026-12-01");
    let next_key = plan.items[0].key.clone();
    notes.set_note(&next_key, SECRET_NOTE.into());
    notes.set_note(
        GENERAL_NOTE,
        "Steady, thoughtful, asks good questions.".into(),
    );
    notes.set_note("ask:gone", "About an ask since removed".into());
    notes.set_prep_answer("prep:valued", SECRET_PREP.into());
    notes.add_commitment(
        commitment_from_ask("Introduce me to the architecture guild", "Noor"),
        Some("2027-01-15".into()),
        Some("Introduce me to the architecture guild".into()),
        "2026-12-01T10:00:00Z",
    );
    let done = notes.add_commitment(
        "Book the workshop".into(),
        None,
        None,
        "2026-12-01T10:00:00Z",
    );
    notes.set_done(&done, true);
    notes.add_conversation("2026-12-01".into(), SECRET_TALK.into());
    (kept, notes)
}

#[test]
fn notes_never_appear_in_the_deck_json() {
    let (kept, notes) = kept_with_notes();
    let json = kept.deck.to_json();
    for secret in [SECRET_NOTE, SECRET_PREP, SECRET_TALK, "architecture guild"] {
        assert!(!json.contains(secret), "{secret} leaked into the deck");
    }
    // Nor in the kept record: notes are stored apart, by deck id.
    let record = kept.to_json();
    for secret in [SECRET_NOTE, SECRET_PREP, SECRET_TALK] {
        assert!(!record.contains(secret));
    }
    assert!(notes.to_json().contains(SECRET_NOTE));
    // A deck re-read from its own JSON is the same deck: nothing hidden rides along.
    assert_eq!(parse_deck(&json), Ok(kept.deck.clone()));
}

#[test]
fn export_reads_as_plain_text_with_every_part() {
    let (kept, notes) = kept_with_notes();
    let text = notes_to_text(&kept, &notes);
    assert!(text.starts_with("# Notes about Noor Haddad\n"), "{text}");
    assert!(text.contains("Where I'm heading in 2027 (last updated 25 Nov 2026)"));
    assert!(text.contains(
        "- [ ] Introduce Noor to the architecture guild — by 15 Jan 2027\n  In answer to: “Introduce me to the architecture guild”"
    ));
    assert!(text.contains("- [x] Book the workshop"));
    assert!(text.contains("### 1 Dec 2026\n\nPrivate talk"));
    assert!(text
        .contains("### Next step: Associate product manager at Brightdesk\n\nPrivate: thinking"));
    assert!(text.contains("### General\n"));
    assert!(
        text.find("### General").unwrap_or(usize::MAX) < text.find("### Next step").unwrap_or(0)
    );
    assert!(text.contains("### About something no longer in the deck\n\nAbout an ask"));
    assert!(text.contains("## Preparation\n\n### What would make them feel valued\n\nOnly for me"));
    assert!(!text.contains('<'), "never HTML");
    assert!(
        !text.contains("2027-01-15") && !text.contains("prep:valued"),
        "{text}"
    );
}

#[test]
fn empty_notes_export_just_the_heading() {
    let (kept, _) = kept_with_notes();
    let text = notes_to_text(&kept, &ManagerNotes::new(&kept.id));
    assert!(!text.contains("## "), "{text}");
    assert!(ManagerNotes::new("x").is_empty());
}

#[test]
fn text_stays_as_typed_and_is_never_turned_into_html() {
    let (kept, mut notes) = kept_with_notes();
    notes.set_note(GENERAL_NOTE, "<b>bold</b> & <script>x</script>".into());
    let text = notes_to_text(&kept, &notes);
    assert!(
        text.contains("<b>bold</b> & <script>x</script>"),
        "plain, as typed"
    );
}
