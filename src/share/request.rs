//! Making a link from a deck and the owner's choices: which sections, whether the name goes
//! in, the title to send, a passphrase. A workflow, not a view: the share screen only shows
//! what these functions answer, and they are tested natively.

use super::fit::LinkFit;
use super::fragment::{encode_plain, encode_with_passphrase, read_fragment};
use super::qr::{qr_svg_path, QrPath};
use super::ShareError;
use crate::model::{
    Deck, Field, FieldIssue, ProfileText, RoadmapField, Section, ShareLogEntry, SupporterField,
    TextList,
};

/// What the owner chose on the share screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareChoices {
    /// In deck order.
    pub sections: Vec<Section>,
    pub include_owner: bool,
    /// The title the link will carry (pre-filled without the name when the name is left out).
    pub title: String,
    /// Empty for a plain link. Spaces pasted around it are not part of it.
    pub passphrase: String,
    /// The owner's note of whom it is for, kept only in their share history.
    pub label: String,
}

/// A link that was made, with what the screen shows about it.
#[derive(Clone, Debug, PartialEq)]
pub struct MadeLink {
    pub url: String,
    pub fit: LinkFit,
    pub qr: Option<QrPath>,
    pub locked: bool,
    /// What the share history records (never the link or the passphrase).
    pub entry: ShareLogEntry,
}

impl MadeLink {
    /// The link made from `fragment` (encoded elsewhere: plain, or locked in the crypto
    /// worker), checked to be of the kind expected — the owner must never be told a link is
    /// locked when it is not. `entry` is the history entry; its `link_length` and `passphrase`
    /// are filled in here.
    pub fn from_fragment(
        fragment: &str,
        locked: bool,
        app_address: &str,
        entry: ShareLogEntry,
    ) -> Result<MadeLink, ShareError> {
        match read_fragment(fragment) {
            Some(Ok(envelope)) if envelope.needs_passphrase() == locked => {}
            _ => return Err(ShareError::Damaged),
        }
        let url = format!("{app_address}#{fragment}");
        Ok(MadeLink {
            fit: LinkFit::of_link(&url),
            qr: qr_svg_path(&url).ok(),
            locked,
            entry: ShareLogEntry {
                passphrase: locked,
                link_length: url.len(),
                ..entry
            },
            url,
        })
    }
}

/// Why no link was made.
#[derive(Clone, Debug, PartialEq)]
pub enum ShareRefusal {
    NoSections,
    /// The shared part breaks the format's rules: every problem, to fix in the editor.
    Invalid(Vec<FieldIssue>),
    Codec(ShareError),
}

/// A passphrase as it counts: without the spaces a paste adds around it. The recipient's
/// side trims the same way, so both ends agree.
pub fn tidy_passphrase(typed: &str) -> &str {
    typed.trim()
}

/// The deck exactly as the link will carry it.
pub fn shared_part(deck: &Deck, choices: &ShareChoices) -> Deck {
    let mut part = deck.subset(&choices.sections, choices.include_owner);
    part.title = choices.title.trim().to_owned();
    part
}

/// Checks the choices and the shared part; every broken rule is reported, not only the
/// first, so the owner can fix them all in one go.
pub fn check_share(deck: &Deck, choices: &ShareChoices) -> Result<Deck, ShareRefusal> {
    if choices.sections.is_empty() {
        return Err(ShareRefusal::NoSections);
    }
    let part = shared_part(deck, choices);
    let issues = part.validate();
    if issues.is_empty() {
        Ok(part)
    } else {
        Err(ShareRefusal::Invalid(issues))
    }
}

/// A link checked and ready to encode: the part to share and how to lock it. Making a link is
/// `draft_link`, then the fragment (plain, or locked with the passphrase — the slow step, which
/// the app runs off the main thread), then `finish`. `make_link` does all three at once.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkDraft {
    part: Deck,
    passphrase: String,
    sections: Vec<Section>,
    label: String,
}

/// Checks the choices (as `check_share`) and keeps what the link and its history entry need.
pub fn draft_link(deck: &Deck, choices: &ShareChoices) -> Result<LinkDraft, ShareRefusal> {
    let part = check_share(deck, choices)?;
    Ok(LinkDraft {
        part,
        passphrase: tidy_passphrase(&choices.passphrase).to_owned(),
        sections: choices.sections.clone(),
        label: choices.label.trim().to_owned(),
    })
}

impl LinkDraft {
    /// The deck exactly as the link will carry it.
    pub fn part(&self) -> &Deck {
        &self.part
    }

    /// The passphrase to lock the link with (trimmed), or `None` for a plain link.
    pub fn passphrase(&self) -> Option<&str> {
        (!self.passphrase.is_empty()).then_some(self.passphrase.as_str())
    }

    /// The fragment of a plain link, when the draft has no passphrase.
    pub fn plain_fragment(&self) -> Option<String> {
        self.passphrase()
            .is_none()
            .then(|| encode_plain(&self.part))
    }

    /// The made link, from the fragment encoded for this draft: `app_address` is the app's own
    /// page (without query or fragment), `now` the time for the history entry. A fragment of
    /// the wrong kind (plain for a draft with a passphrase, or the other way round) is refused:
    /// the owner must never be told a link is locked when it is not.
    pub fn finish(
        self,
        fragment: &str,
        app_address: &str,
        now: &str,
    ) -> Result<MadeLink, ShareRefusal> {
        let locked = self.passphrase().is_some();
        let entry = ShareLogEntry {
            deck_id: self.part.id.clone(),
            at: now.to_owned(),
            sections: self.sections,
            owner_included: self.part.owner.is_some(),
            passphrase: locked,
            link_length: 0,
            label: self.label,
        };
        MadeLink::from_fragment(fragment, locked, app_address, entry).map_err(ShareRefusal::Codec)
    }
}

/// Makes the link in one step (`draft_link`, encode, `finish`): `app_address` is the app's own
/// page (without query or fragment), `now` the time for the history entry. Deliberately slow
/// with a passphrase (key derivation, here on the calling thread).
pub fn make_link(
    deck: &Deck,
    choices: &ShareChoices,
    app_address: &str,
    now: &str,
) -> Result<MadeLink, ShareRefusal> {
    let draft = draft_link(deck, choices)?;
    let fragment = match draft.passphrase() {
        Some(passphrase) => {
            encode_with_passphrase(draft.part(), passphrase).map_err(ShareRefusal::Codec)?
        }
        None => encode_plain(draft.part()),
    };
    draft.finish(&fragment, app_address, now)
}

/// The title with the owner's name taken out, for a share without the name: "Amara Okafor —
/// from the ICU to informatics" → "From the ICU to informatics".
pub fn title_without_name(title: &str, name: &str) -> String {
    let name = name.trim();
    if name.is_empty() {
        return title.trim().to_owned();
    }
    let mut out = title.to_owned();
    for part in name_parts(name) {
        out = remove_word(&out, &part);
    }
    let out = out
        .trim_matches(|c: char| c.is_whitespace() || "—–-:|,·".contains(c))
        .to_owned();
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut chars = out.chars();
    match chars.next() {
        Some(first) if out.chars().count() > 0 => first.to_uppercase().chain(chars).collect(),
        _ => "My career deck".into(),
    }
}

/// The whole name, then each part of it of three letters or more ("Amara", "Okafor").
fn name_parts(name: &str) -> Vec<String> {
    let mut parts = vec![name.to_owned()];
    parts.extend(
        name.split_whitespace()
            .filter(|p| p.chars().count() >= 3)
            .map(str::to_owned),
    );
    parts
}

/// Removes every whole-word, case-insensitive occurrence of `word` (with a possessive "'s").
fn remove_word(text: &str, word: &str) -> String {
    let lower = text.to_lowercase();
    let w = word.to_lowercase();
    if w.is_empty() || lower.len() != text.len() {
        // Lowercasing changed byte lengths (rare scripts): fall back to an exact match.
        return text.replace(word, "");
    }
    let mut out = String::new();
    let mut i = 0;
    while let Some(found) = lower[i..].find(&w) {
        let start = i + found;
        let end = start + w.len();
        let before_ok = text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = text[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        out.push_str(&text[i..start]);
        if before_ok && after_ok {
            let mut skip = end;
            for suffix in ["'s", "’s"] {
                if text[skip..].starts_with(suffix) {
                    skip += suffix.len();
                }
            }
            i = skip;
        } else {
            out.push_str(&text[start..end]);
            i = end;
        }
    }
    out.push_str(&text[i..]);
    out
}

/// Every field of the part to be shared that contains the name (or a part of it), so a
/// share without the name can say where it still appears.
pub fn name_mentions(part: &Deck, name: &str) -> Vec<Field> {
    let parts = name_parts(name.trim());
    if name.trim().is_empty() {
        return Vec::new();
    }
    let has = |text: &str| {
        parts
            .iter()
            .any(|p| remove_word(text, p).len() != text.len())
    };
    let mut found = Vec::new();
    let mut check = |field: Field, text: &str| {
        if has(text) {
            found.push(field);
        }
    };
    check(Field::Title, &part.title);
    if let Some(p) = &part.profile {
        check(Field::ProfileText(ProfileText::Headline), &p.headline);
        check(Field::ProfileText(ProfileText::Story), &p.story);
        check(Field::ProfileText(ProfileText::Pitch), &p.pitch);
    }
    for list in TextList::ALL {
        let present = match list {
            TextList::Asks => part.asks.is_some(),
            _ => part.profile.is_some(),
        };
        if present {
            for (i, t) in part.text_list(list).iter().enumerate() {
                check(Field::TextList(list, Some(i)), t);
            }
        }
    }
    for (i, r) in part.roadmap_list().iter().enumerate() {
        check(Field::RoadmapItem(i, RoadmapField::Title), &r.title);
        check(Field::RoadmapItem(i, RoadmapField::Notes), &r.notes);
    }
    for (i, s) in part.supporters_list().iter().enumerate() {
        check(Field::Supporter(i, SupporterField::How), &s.how);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example_deck;
    use crate::share::decode_fragment;

    fn choices(deck: &Deck) -> ShareChoices {
        ShareChoices {
            sections: Section::ALL
                .into_iter()
                .filter(|s| s.shared_by_default())
                .collect(),
            include_owner: true,
            title: deck.title.clone(),
            passphrase: String::new(),
            label: " for Sam ".into(),
        }
    }

    #[test]
    fn a_link_carries_exactly_the_shared_part() {
        let deck = example_deck("d".into(), "2026-12-01T10:00:00Z".into());
        let mut c = choices(&deck);
        c.sections = vec![Section::Profile, Section::Asks];
        c.include_owner = false;
        let made = make_link(&deck, &c, "http://x/", "2026-12-01T10:00:00Z").expect("made");
        let fragment = made.url.split_once('#').expect("a fragment").1;
        let opened = decode_fragment(fragment, None).expect("opens");
        assert_eq!(opened, shared_part(&deck, &c));
        assert!(opened.owner.is_none() && opened.roadmap.is_none());
        assert_eq!(made.entry.label, "for Sam");
        assert!(!made.locked);
    }

    #[test]
    fn passphrases_are_trimmed_on_both_ends() {
        let deck = example_deck("d".into(), "2026-12-01T10:00:00Z".into());
        let mut c = choices(&deck);
        c.passphrase = "  blue river stone  ".into();
        let made = make_link(&deck, &c, "http://x/", "2026-12-01T10:00:00Z").expect("made");
        let fragment = made.url.split_once('#').expect("fragment").1;
        assert!(made.locked);
        assert!(decode_fragment(fragment, Some(tidy_passphrase(" blue river stone"))).is_ok());
    }

    #[test]
    fn a_draft_locked_elsewhere_finishes_as_make_link_would() {
        use crate::share::{derive_key, LockPlan};
        let deck = example_deck("d".into(), "2026-12-01T10:00:00Z".into());
        let mut c = choices(&deck);
        c.passphrase = " blue river stone ".into();
        let draft = draft_link(&deck, &c).expect("a draft");
        assert_eq!(draft.passphrase(), Some("blue river stone"));
        assert_eq!(draft.plain_fragment(), None);
        // What the app does: the key comes from elsewhere (its worker), then the seal.
        let plan = LockPlan::new(draft.part().to_json()).expect("random");
        let key = derive_key("blue river stone", plan.salt()).expect("key");
        let fragment = plan.seal(&key).expect("sealed");
        let made = draft
            .clone()
            .finish(&fragment, "http://x/", "2026-12-01T10:00:00Z")
            .expect("made");
        assert!(made.locked && made.entry.passphrase);
        assert_eq!(made.entry.label, "for Sam");
        let opened = decode_fragment(&fragment, Some("blue river stone")).expect("opens");
        assert_eq!(opened, shared_part(&deck, &c));
        // A plain fragment never passes for a locked link, nor the other way round.
        let plain = encode_plain(draft.part());
        assert_eq!(
            draft.clone().finish(&plain, "http://x/", "now"),
            Err(ShareRefusal::Codec(ShareError::Damaged))
        );
        c.passphrase = "  ".into();
        let open_draft = draft_link(&deck, &c).expect("a draft");
        assert_eq!(open_draft.plain_fragment(), Some(plain.clone()));
        assert!(open_draft
            .clone()
            .finish(&fragment, "http://x/", "now")
            .is_err());
        let made = open_draft.finish(&plain, "http://x/", "now").expect("made");
        assert!(!made.locked);
    }

    #[test]
    fn every_problem_is_reported() {
        let mut deck = example_deck("d".into(), "2026-12-01T10:00:00Z".into());
        deck.roadmap.as_mut().expect("roadmap")[0].start = Some("2024-13".into());
        deck.roadmap.as_mut().expect("roadmap")[1].end = Some("soon".into());
        match check_share(&deck, &choices(&deck)) {
            Err(ShareRefusal::Invalid(issues)) => assert_eq!(issues.len(), 2),
            other => panic!("{other:?}"),
        }
        let mut c = choices(&deck);
        c.sections.clear();
        assert_eq!(check_share(&deck, &c), Err(ShareRefusal::NoSections));
    }

    #[test]
    fn the_name_comes_out_of_the_title_and_is_found_elsewhere() {
        assert_eq!(
            title_without_name("Amara Okafor — from the ICU to informatics", "Amara Okafor"),
            "From the ICU to informatics"
        );
        assert_eq!(
            title_without_name("Amara's plan for 2027", "Amara Okafor"),
            "Plan for 2027"
        );
        assert_eq!(
            title_without_name("Amara Okafor", "Amara Okafor"),
            "My career deck"
        );
        assert_eq!(
            title_without_name("Tamara's roadmap", "Amara Okafor"),
            "Tamara's roadmap"
        );
        let mut deck = example_deck("d".into(), "2026-12-01T10:00:00Z".into());
        deck.profile.as_mut().expect("profile").story = "Noor, they call me at work.".into();
        let mentions = name_mentions(&deck, "Noor Haddad");
        assert_eq!(
            mentions,
            vec![Field::ProfileText(ProfileText::Story)],
            "{mentions:?}"
        );
    }
}
