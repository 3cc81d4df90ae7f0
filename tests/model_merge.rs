//! Properties of the two-tab merge and the deck diff, on decks made of random edits to random
//! decks: merging with no edits on one side gives the other side; edits to disjoint parts
//! never clash; no word typed on either side is lost (it is in the deck or in a clash).
#![cfg(not(target_arch = "wasm32"))]

use career_deck::model::*;
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), "[a-z]{1,6}( [a-z]{1,6}){0,2}"]
}

fn texts() -> impl Strategy<Value = Vec<String>> {
    vec(text(), 0..4)
}

fn month() -> impl Strategy<Value = Option<String>> {
    option::of((2015u32..2030, 1u32..=12).prop_map(|(y, m)| format!("{y}-{m:02}")))
}

fn day() -> impl Strategy<Value = Option<String>> {
    option::of(
        (2026u32..2029, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
    )
}

fn horizon() -> impl Strategy<Value = Horizon> {
    prop::sample::select(Horizon::ALL.to_vec())
}

fn role() -> impl Strategy<Value = RoadmapItem> {
    (text(), text(), month(), month(), horizon(), text()).prop_map(
        |(title, organization, start, end, horizon, notes)| RoadmapItem {
            id: String::new(),
            title,
            organization,
            start,
            end,
            horizon,
            notes,
        },
    )
}

fn action() -> impl Strategy<Value = Action> {
    (text(), day(), any::<bool>()).prop_map(|(text, due, done)| Action {
        id: String::new(),
        text,
        due,
        done,
    })
}

fn competency() -> impl Strategy<Value = Competency> {
    (text(), 0u8..=5, 0u8..=5, text(), vec(action(), 0..3)).prop_map(
        |(name, current, target, why, actions)| Competency {
            id: String::new(),
            name,
            current,
            target,
            why,
            actions,
        },
    )
}

fn supporter() -> impl Strategy<Value = Supporter> {
    (
        text(),
        prop::sample::select(SupporterRole::ALL.to_vec()),
        text(),
    )
        .prop_map(|(name, role, how)| Supporter {
            id: String::new(),
            name,
            role,
            how,
        })
}

fn profile() -> impl Strategy<Value = Profile> {
    (
        text(),
        text(),
        text(),
        [texts(), texts(), texts(), texts(), texts()],
    )
        .prop_map(
            |(headline, story, pitch, [values, strengths, energizers, drainers, needs])| Profile {
                headline,
                story,
                values,
                strengths,
                energizers,
                drainers,
                needs,
                pitch,
            },
        )
}

/// A deck whose item ids are unique, as every valid deck's are.
fn deck() -> impl Strategy<Value = Deck> {
    (
        "[A-Z][a-z]{0,8}",
        option::of(text()),
        option::of(profile()),
        option::of(vec(role(), 0..5)),
        option::of(vec(competency(), 0..4)),
        option::of(texts()),
        option::of(vec(supporter(), 0..3)),
        option::of(vec(
            (prop::sample::select(NoteSlide::ALL.to_vec()), text()),
            0..3,
        )),
    )
        .prop_map(
            |(title, owner, profile, roadmap, competencies, asks, supporters, notes)| {
                let mut deck = Deck {
                    id: "deck".into(),
                    title,
                    updated_at: "2026-01-01T00:00:00Z".into(),
                    owner,
                    profile,
                    roadmap,
                    competencies,
                    asks,
                    supporters,
                    speaker_notes: notes.map(|notes| {
                        let mut n = SpeakerNotes::default();
                        for (slide, text) in notes {
                            n.set(slide, text);
                        }
                        n
                    }),
                };
                deck.renumber_duplicate_ids();
                deck
            },
        )
}

/// One edit a person can make in a tab. Indexes wrap around the list they point into.
#[derive(Clone, Debug)]
enum Edit {
    Title(String),
    Owner(Option<String>),
    Headline(String),
    PushText(usize, String),
    RemoveText(usize, usize),
    ReplaceText(usize, usize, String),
    AddRole(String),
    RoleTitle(usize, String),
    RoleHorizon(usize, Horizon),
    RemoveRole(usize),
    SwapRoles(usize),
    Level(usize, u8),
    AddAction(usize, String),
    ActionText(usize, usize, String),
    ToggleDone(usize, usize),
    RemoveAction(usize, usize),
    RemoveCompetency(usize),
    AddSupporter(String),
    SupporterHow(usize, String),
    RemoveSupporter(usize),
    Note(usize, String),
}

/// Which parts of a deck an edit touches, so two tabs can be kept to disjoint parts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Cover,
    Profile,
    Roadmap,
    Growth,
    Asks,
    Supporters,
    Notes,
}

impl Edit {
    fn part(&self) -> Part {
        use Edit::*;
        match self {
            Title(_) | Owner(_) => Part::Cover,
            Headline(_) => Part::Profile,
            PushText(l, _) | RemoveText(l, _) | ReplaceText(l, _, _) => {
                match TextList::ALL[l % 6] {
                    TextList::Asks => Part::Asks,
                    _ => Part::Profile,
                }
            }
            AddRole(_) | RoleTitle(..) | RoleHorizon(..) | RemoveRole(_) | SwapRoles(_) => {
                Part::Roadmap
            }
            Level(..) | AddAction(..) | ActionText(..) | ToggleDone(..) | RemoveAction(..)
            | RemoveCompetency(_) => Part::Growth,
            AddSupporter(_) | SupporterHow(..) | RemoveSupporter(_) => Part::Supporters,
            Note(..) => Part::Notes,
        }
    }
}

fn edit() -> impl Strategy<Value = Edit> {
    let i = || 0usize..8;
    prop_oneof![
        text().prop_map(Edit::Title),
        option::of(text()).prop_map(Edit::Owner),
        text().prop_map(Edit::Headline),
        (i(), text()).prop_map(|(l, t)| Edit::PushText(l, t)),
        (i(), i()).prop_map(|(l, n)| Edit::RemoveText(l, n)),
        (i(), i(), text()).prop_map(|(l, n, t)| Edit::ReplaceText(l, n, t)),
        text().prop_map(Edit::AddRole),
        (i(), text()).prop_map(|(n, t)| Edit::RoleTitle(n, t)),
        (i(), horizon()).prop_map(|(n, h)| Edit::RoleHorizon(n, h)),
        i().prop_map(Edit::RemoveRole),
        i().prop_map(Edit::SwapRoles),
        (i(), 0u8..=5).prop_map(|(n, l)| Edit::Level(n, l)),
        (i(), text()).prop_map(|(n, t)| Edit::AddAction(n, t)),
        (i(), i(), text()).prop_map(|(c, a, t)| Edit::ActionText(c, a, t)),
        (i(), i()).prop_map(|(c, a)| Edit::ToggleDone(c, a)),
        (i(), i()).prop_map(|(c, a)| Edit::RemoveAction(c, a)),
        i().prop_map(Edit::RemoveCompetency),
        text().prop_map(Edit::AddSupporter),
        (i(), text()).prop_map(|(n, t)| Edit::SupporterHow(n, t)),
        i().prop_map(Edit::RemoveSupporter),
        (i(), text()).prop_map(|(n, t)| Edit::Note(n, t)),
    ]
}

/// The element `n` points at, wrapping; `None` for an empty list.
fn at<T>(items: &mut [T], n: usize) -> Option<&mut T> {
    let len = items.len();
    (len > 0).then(|| &mut items[n % len])
}

fn roadmap(d: &mut Deck) -> &mut Vec<RoadmapItem> {
    d.roadmap.get_or_insert_with(Vec::new)
}

fn growth(d: &mut Deck) -> &mut Vec<Competency> {
    d.competencies.get_or_insert_with(Vec::new)
}

fn apply(deck: &mut Deck, edit: &Edit) {
    use Edit::*;
    match edit.clone() {
        Title(t) => deck.title = t,
        Owner(o) => deck.owner = o,
        Headline(t) => deck.profile_mut().headline = t,
        PushText(l, t) => deck.text_list_mut(TextList::ALL[l % 6]).push(t),
        RemoveText(l, n) => {
            let list = deck.text_list_mut(TextList::ALL[l % 6]);
            if !list.is_empty() {
                list.remove(n % list.len());
            }
        }
        ReplaceText(l, n, t) => {
            if let Some(x) = at(deck.text_list_mut(TextList::ALL[l % 6]), n) {
                *x = t;
            }
        }
        AddRole(t) => {
            deck.push_item(&(), |id| RoadmapItem {
                title: t,
                ..<RoadmapItem as Item>::blank(id)
            });
        }
        RoleTitle(n, t) => {
            if let Some(r) = at(roadmap(deck), n) {
                r.title = t;
            }
        }
        RoleHorizon(n, h) => {
            if let Some(r) = at(roadmap(deck), n) {
                r.horizon = h;
            }
        }
        RemoveRole(n) => {
            let r = roadmap(deck);
            if !r.is_empty() {
                r.remove(n % r.len());
            }
        }
        SwapRoles(n) => {
            let r = roadmap(deck);
            if r.len() > 1 {
                let i = n % (r.len() - 1);
                r.swap(i, i + 1);
            }
        }
        Level(n, l) => {
            if let Some(c) = at(growth(deck), n) {
                c.current = l;
            }
        }
        AddAction(n, t) => {
            if let Some(id) = at(growth(deck), n).map(|c| c.id.clone()) {
                deck.push_item(&id, |id| Action {
                    text: t,
                    ..<Action as Item>::blank(id)
                });
            }
        }
        ActionText(c, a, t) => {
            if let Some(a) = at(growth(deck), c).and_then(|c| at(&mut c.actions, a)) {
                a.text = t;
            }
        }
        ToggleDone(c, a) => {
            if let Some(a) = at(growth(deck), c).and_then(|c| at(&mut c.actions, a)) {
                a.done = !a.done;
            }
        }
        RemoveAction(c, a) => {
            if let Some(c) = at(growth(deck), c) {
                if !c.actions.is_empty() {
                    let i = a % c.actions.len();
                    c.actions.remove(i);
                }
            }
        }
        RemoveCompetency(n) => {
            let g = growth(deck);
            if !g.is_empty() {
                g.remove(n % g.len());
            }
        }
        AddSupporter(t) => {
            deck.push_item(&(), |id| Supporter {
                name: t,
                ..<Supporter as Item>::blank(id)
            });
        }
        SupporterHow(n, t) => {
            if let Some(s) = at(deck.supporters.get_or_insert_with(Vec::new), n) {
                s.how = t;
            }
        }
        RemoveSupporter(n) => {
            let s = deck.supporters.get_or_insert_with(Vec::new);
            if !s.is_empty() {
                s.remove(n % s.len());
            }
        }
        Note(n, t) => deck
            .speaker_notes
            .get_or_insert_with(SpeakerNotes::default)
            .set(NoteSlide::ALL[n % NoteSlide::ALL.len()], t),
    }
}

fn edited(base: &Deck, edits: &[Edit], stamp: &str) -> Deck {
    let mut deck = base.clone();
    for e in edits {
        apply(&mut deck, e);
    }
    deck.updated_at = stamp.into();
    deck
}

/// Every piece of text a person typed into the deck.
fn words(deck: &Deck) -> Vec<String> {
    let mut out = vec![deck.title.clone(), deck.owner.clone().unwrap_or_default()];
    if let Some(p) = &deck.profile {
        out.extend([p.headline.clone(), p.story.clone(), p.pitch.clone()]);
    }
    for list in TextList::ALL {
        out.extend(deck.text_list(list).iter().cloned());
    }
    for r in deck.roadmap_list() {
        out.extend([r.title.clone(), r.organization.clone(), r.notes.clone()]);
    }
    for c in deck.competencies_list() {
        out.extend([c.name.clone(), c.why.clone()]);
        out.extend(c.actions.iter().map(|a| a.text.clone()));
    }
    for s in deck.supporters_list() {
        out.extend([s.name.clone(), s.how.clone()]);
    }
    if let Some(n) = &deck.speaker_notes {
        out.extend(n.0.values().cloned());
    }
    out.retain(|w| !w.trim().is_empty());
    out
}

fn without_time(mut deck: Deck) -> Deck {
    deck.updated_at.clear();
    deck
}

proptest! {
    #[test]
    fn merging_a_deck_with_itself_changes_nothing(d in deck()) {
        let merged = merge_decks(&d, &d, &d);
        prop_assert!(merged.is_clean());
        prop_assert_eq!(merged.deck, d);
    }

    #[test]
    fn with_no_edits_on_one_side_the_other_side_wins(
        base in deck(),
        edits in vec(edit(), 0..8),
        other in deck(),
    ) {
        let mine = edited(&base, &edits, "2026-02-01T00:00:00Z");
        let merged = merge_decks(&base, &mine, &base);
        prop_assert!(merged.is_clean());
        prop_assert_eq!(&merged.deck, &mine);
        let merged = merge_decks(&base, &base, &mine);
        prop_assert!(merged.is_clean());
        prop_assert_eq!(&merged.deck, &mine);
        // Even for a deck that has nothing to do with the base.
        let merged = merge_decks(&base, &other, &base);
        prop_assert_eq!(without_time(merged.deck), without_time(other.clone()));
        let merged = merge_decks(&base, &base, &other);
        prop_assert_eq!(without_time(merged.deck), without_time(other));
    }

    #[test]
    fn edits_to_disjoint_parts_never_clash(
        base in deck(),
        mine_edits in vec(edit(), 0..8),
        theirs_edits in vec(edit(), 0..8),
        split in vec(any::<bool>(), 7),
    ) {
        // Each part of the deck belongs to one tab only.
        let part_is_mine = |p: Part| split[p as usize];
        let mine_edits: Vec<Edit> =
            mine_edits.into_iter().filter(|e| part_is_mine(e.part())).collect();
        let theirs_edits: Vec<Edit> =
            theirs_edits.into_iter().filter(|e| !part_is_mine(e.part())).collect();
        let mine = edited(&base, &mine_edits, "2026-02-01T00:00:00Z");
        let theirs = edited(&base, &theirs_edits, "2026-02-02T00:00:00Z");
        let merged = merge_decks(&base, &mine, &theirs);
        prop_assert!(merged.is_clean(), "{:?}", merged.clashes);
        let pick = |p: Part| if part_is_mine(p) { &mine } else { &theirs };
        let expected = Deck {
            id: base.id.clone(),
            title: pick(Part::Cover).title.clone(),
            updated_at: theirs.updated_at.clone(),
            owner: pick(Part::Cover).owner.clone(),
            profile: pick(Part::Profile).profile.clone(),
            roadmap: pick(Part::Roadmap).roadmap.clone(),
            competencies: pick(Part::Growth).competencies.clone(),
            asks: pick(Part::Asks).asks.clone(),
            supporters: pick(Part::Supporters).supporters.clone(),
            speaker_notes: pick(Part::Notes).speaker_notes.clone(),
        };
        prop_assert_eq!(merged.deck, expected);
    }

    #[test]
    fn edits_to_different_items_of_one_list_never_clash(
        base in deck(),
        titles in vec((any::<bool>(), text(), 0u8..=5), 0..6),
    ) {
        // Mine edits the even items, theirs the odd ones, of the roadmap and of growth.
        let mut mine = base.clone();
        let mut theirs = base.clone();
        for (n, (flag, title, level)) in titles.iter().enumerate() {
            let side = if n % 2 == 0 { &mut mine } else { &mut theirs };
            if let Some(r) = side.roadmap.as_mut().and_then(|r| r.get_mut(n)) {
                if *flag { r.title = title.clone() } else { r.notes = title.clone() }
            }
            if let Some(c) = side.competencies.as_mut().and_then(|c| c.get_mut(n)) {
                c.target = *level;
                if let Some(a) = c.actions.first_mut() {
                    a.done = *flag;
                }
            }
        }
        let merged = merge_decks(&base, &mine, &theirs);
        prop_assert!(merged.is_clean(), "{:?}", merged.clashes);
        for (n, r) in merged.deck.roadmap_list().iter().enumerate() {
            let side = if n % 2 == 0 { &mine } else { &theirs };
            prop_assert_eq!(r, &side.roadmap_list()[n]);
        }
        for (n, c) in merged.deck.competencies_list().iter().enumerate() {
            let side = if n % 2 == 0 { &mine } else { &theirs };
            prop_assert_eq!(c, &side.competencies_list()[n]);
        }
    }

    #[test]
    fn no_typed_word_is_lost_and_choices_can_be_undone(
        base in deck(),
        mine_edits in vec(edit(), 0..10),
        theirs_edits in vec(edit(), 0..10),
    ) {
        let mine = edited(&base, &mine_edits, "2026-02-01T00:00:00Z");
        let theirs = edited(&base, &theirs_edits, "2026-02-02T00:00:00Z");
        let mut merged = merge_decks(&base, &mine, &theirs);
        let kept = words(&merged.deck);
        let before = words(&base);
        for w in words(&mine).into_iter().chain(words(&theirs)) {
            if before.contains(&w) {
                continue;
            }
            let in_clash = merged
                .clashes
                .iter()
                .any(|c| c.mine.contains(w.trim()) || c.theirs.contains(w.trim()));
            prop_assert!(kept.contains(&w) || in_clash, "lost {:?}", w);
        }
        let swapped = merge_decks(&base, &theirs, &mine);
        prop_assert_eq!(swapped.clashes.len(), merged.clashes.len(), "clashes are symmetric");

        let original = merged.clone();
        all_mine(&mut merged);
        prop_assert!(merged.clashes.iter().all(|c| c.took_mine));
        prop_assert_eq!(merged.clashes.len(), original.clashes.len());
        for (i, c) in original.clashes.iter().enumerate() {
            prop_assert!(apply_choice(&mut merged, i, c.took_mine));
        }
        prop_assert_eq!(&merged.deck, &original.deck);
        for (i, c) in merged.clashes.iter().enumerate() {
            prop_assert_eq!(c.field, original.clashes[i].field);
        }
    }

    #[test]
    fn a_deck_never_differs_from_itself_and_edits_show(
        base in deck(),
        edits in vec(edit(), 1..6),
    ) {
        prop_assert!(diff_decks(&base, &base).is_empty());
        let new = edited(&base, &edits, "2026-02-01T00:00:00Z");
        let diff = diff_decks(&base, &new);
        for line in diff.describe_all() {
            prop_assert!(!line.is_empty() && !line.contains("roadmap["), "{}", line);
        }
        // Anything a reader sees changed is reported; speaker notes never are.
        let seen = |d: &Deck| Deck { speaker_notes: None, updated_at: String::new(), ..d.clone() };
        if diff.is_empty() {
            let normalize = |d: &Deck| {
                let mut d = seen(d);
                d.title = d.title.trim().to_owned();
                d
            };
            let (a, b) = (normalize(&base), normalize(&new));
            // Lists compared as multisets of trimmed text and item order are not changes.
            prop_assert_eq!(words_sorted(&a), words_sorted(&b));
        }
    }
}

fn words_sorted(deck: &Deck) -> Vec<String> {
    let mut w: Vec<String> = words(deck)
        .into_iter()
        .map(|w| w.trim().to_owned())
        .collect();
    w.sort();
    w
}
