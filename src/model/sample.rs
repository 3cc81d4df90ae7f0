//! The example deck a new owner can start from: a fictional person, written to show what a
//! concise, honest deck looks like.

use super::deck::*;

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

fn role(
    id: &str,
    title: &str,
    org: &str,
    start: Option<&str>,
    end: Option<&str>,
    horizon: Horizon,
    notes: &str,
) -> RoadmapItem {
    RoadmapItem {
        id: id.into(),
        title: title.into(),
        organization: org.into(),
        start: start.map(Into::into),
        end: end.map(Into::into),
        horizon,
        notes: notes.into(),
    }
}

fn action(id: &str, text: &str, due: Option<&str>, done: bool) -> Action {
    Action {
        id: id.into(),
        text: text.into(),
        due: due.map(Into::into),
        done,
    }
}

/// The example deck, under a fresh id and time.
pub fn example_deck(id: String, now: String) -> Deck {
    Deck {
        id,
        // The name lives in `owner`, not the title, so that a share without the name carries none of it.
        title: "Where I'm heading in 2027".into(),
        updated_at: now,
        owner: Some("Noor Haddad".into()),
        profile: Some(Profile {
            headline: "Support team lead who turns customer pain into product changes".into(),
            story: "I started on the phones at a small logistics firm and found I liked the \
                    puzzles more than the scripts. Six years on I lead a team of nine, and the \
                    part of the week I look forward to is sitting with engineers to show them \
                    exactly where customers get stuck."
                .into(),
            values: strings(&[
                "Say the hard thing kindly",
                "Leave things clearer than I found them",
                "Time with my kids",
            ]),
            strengths: strings(&[
                "Spotting the pattern behind a pile of tickets",
                "Calm under pressure",
                "Writing that people actually read",
            ]),
            energizers: strings(&[
                "Workshops with product and engineering",
                "Coaching new leads",
            ]),
            drainers: strings(&[
                "Weekly metrics theatre",
                "Work with no customer at the end of it",
            ]),
            needs: strings(&[
                "A product manager willing to mentor me",
                "One day a week away from the queue",
            ]),
            pitch: "I hear what customers can't quite say and turn it into changes a product \
                    team can ship."
                .into(),
        }),
        roadmap: Some(vec![
            role(
                "r1",
                "Support agent",
                "Fleetline Logistics",
                Some("2019-02"),
                Some("2021-05"),
                Horizon::Past,
                "Wrote the first troubleshooting guide",
            ),
            role(
                "r2",
                "Support team lead",
                "Brightdesk",
                Some("2021-06"),
                None,
                Horizon::Now,
                "Team of nine; cut repeat contacts by a third",
            ),
            role(
                "r3",
                "Associate product manager",
                "Brightdesk",
                Some("2027-07"),
                None,
                Horizon::Next,
                "Own the self-service help experience",
            ),
            role(
                "r4",
                "Head of product for customer experience",
                "",
                None,
                None,
                Horizon::Aspiration,
                "Make support a reason people choose us",
            ),
        ]),
        competencies: Some(vec![
            Competency {
                id: "c1".into(),
                name: "Product discovery".into(),
                current: 2,
                target: 4,
                why: "The next role lives or dies on picking the right problems".into(),
                actions: vec![
                    action(
                        "a1",
                        "Shadow the checkout squad's discovery sprint",
                        Some("2027-02-28"),
                        false,
                    ),
                    action(
                        "a2",
                        "Run five customer interviews and share what I learn",
                        Some("2027-04-30"),
                        false,
                    ),
                ],
            },
            Competency {
                id: "c2".into(),
                name: "Working with data".into(),
                current: 1,
                target: 3,
                why: "I want to back my instincts with numbers".into(),
                actions: vec![action(
                    "a3",
                    "Finish the SQL course on the learning portal",
                    Some("2027-01-31"),
                    true,
                )],
            },
            Competency {
                id: "c3".into(),
                name: "Stakeholder influence".into(),
                current: 3,
                target: 4,
                why: "Roadmaps are negotiated, not written".into(),
                actions: vec![action(
                    "a4",
                    "Present the top five customer pains at the quarterly review",
                    Some("2027-03-13"),
                    false,
                )],
            },
        ]),
        asks: Some(strings(&[
            "Pair me with a product manager for a quarter",
            "Protect Fridays for discovery work",
            "Tell me honestly what would make you back me for the APM role",
        ])),
        supporters: Some(vec![
            Supporter {
                id: "s1".into(),
                name: "Imani Cole".into(),
                role: SupporterRole::Mentor,
                how: "Product manager on checkout; a monthly hour on discovery".into(),
            },
            Supporter {
                id: "s2".into(),
                name: "Dev Patel".into(),
                role: SupporterRole::Sponsor,
                how: "Head of support; can put my name forward for the APM opening".into(),
            },
        ]),
        speaker_notes: Some(SpeakerNotes::default()),
    }
}
