//! The example board a leader can start from: a fictional customer experience group, at the
//! same made-up company as the example deck (`model::example_deck`), so the two can be tried
//! together — its first opportunity builds "Product discovery", which that deck aims higher in.

use super::types::*;

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

fn need(name: &str, level: u8) -> Need {
    Need {
        name: name.into(),
        level,
    }
}

#[allow(clippy::too_many_arguments)]
fn opportunity(
    id: &str,
    title: &str,
    kind: OpportunityType,
    summary: &str,
    builds: &[&str],
    needs: Vec<Need>,
    starts: Option<&str>,
    length: &str,
    contact: &str,
) -> Opportunity {
    Opportunity {
        id: id.into(),
        title: title.into(),
        kind,
        summary: summary.into(),
        builds: strings(builds),
        needs,
        starts: starts.map(Into::into),
        length: length.into(),
        contact: contact.into(),
    }
}

/// The example board, under a fresh id and time.
pub fn example_board(id: String, now: String) -> Board {
    Board {
        id,
        title: "Customer experience group — open opportunities, 2027".into(),
        updated_at: now,
        from: Some("Ana Sousa, Head of Customer Experience, Brightdesk".into()),
        note: Some(
            "Interested? Raise your hand, tell your manager, or book half an hour with me. \
             Nothing here is decided without a conversation first."
                .into(),
        ),
        opportunities: vec![
            opportunity(
                "o1",
                "Associate product manager, self-service help",
                OpportunityType::Role,
                "Own the help centre and in-app guidance with the product team: find where \
                 customers get stuck and decide what to fix first.",
                &["Product discovery", "Stakeholder influence"],
                vec![need("Working with data", 2)],
                Some("2027-07"),
                "Permanent, after a six-month trial",
                "Ana Sousa",
            ),
            opportunity(
                "o2",
                "Rewrite the onboarding guide for new customers",
                OpportunityType::Project,
                "With the training and sales teams, turn forty pages nobody finishes into a \
                 guide people actually use on their first day.",
                &["Writing for customers", "Facilitation"],
                vec![need("Writing", 3)],
                Some("2027-03"),
                "Three months, two days a week",
                "Tomás Reyes",
            ),
            opportunity(
                "o3",
                "Three months with the billing team",
                OpportunityType::Rotation,
                "See the other side of the most common complaint: sit with billing, learn \
                 how invoices are made, and bring back one fix.",
                &["Working with data"],
                vec![need("SQL", 1)],
                Some("2027-04"),
                "3 months",
                "Mei Lin",
            ),
            opportunity(
                "o4",
                "Mentor a new team lead",
                OpportunityType::Mentoring,
                "An hour every two weeks with someone in their first lead role.",
                &["Coaching"],
                vec![need("Leading people", 3)],
                None,
                "Six months",
                "",
            ),
            opportunity(
                "o5",
                "Presenting with confidence, a two-day workshop",
                OpportunityType::Learning,
                "Small group, lots of practice, kind feedback.",
                &["Public speaking"],
                Vec::new(),
                Some("2027-05"),
                "Two days",
                "Learning team",
            ),
        ],
    }
}
