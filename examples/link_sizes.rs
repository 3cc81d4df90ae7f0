//! Link-size figures for the benchmark (`scripts/bench` runs this and prints its lines):
//!
//! - the example deck's plain and passphrase link lengths against its minified JSON size;
//! - the largest deck (in minified JSON bytes) whose plain link, address included, still fits
//!   a QR code (`QR_MAX_BYTES`), and the largest that still fits mail and chat.
//!
//! ```sh
//! cargo run --release --example link_sizes [-- http://127.0.0.1:8080/]
//! ```
//!
//! The address (first argument; default `http://127.0.0.1:8080/`) is what the app puts before
//! `#d1.…`: its own origin and path. Its length counts against the QR limit.
//!
//! How the growing deck's text is made: repeating one sentence would compress unrealistically
//! well, so every added item gets fresh text from a fixed vocabulary of about 330 English words
//! (function words and career vocabulary), drawn by a small deterministic PRNG (SplitMix64,
//! fixed seed) with Zipf-like weights (the word of rank r is drawn with probability ∝ 1/r, as
//! in natural English), in sentences of varied length with capitals and punctuation. Titles,
//! organization names, dates, levels and done flags vary the same way. The output prints how
//! well that generated text deflates next to the example deck's own hand-written text, so the
//! reader can judge how realistic it is.

use std::io::Write as _;

use career_deck::model::{example_deck, Action, Competency, Deck, Horizon, ItemKind, RoadmapItem};
use career_deck::share::{
    encode_plain, encode_with_passphrase, MAIL_AND_CHAT_MAX_BYTES, QR_MAX_BYTES,
};

/// A real deck id is a UUID; use one of that length so the sizes are honest.
const DECK_ID: &str = "3f1c9a4e-5d2b-4a8f-9c1e-7b6d5a4c3b2a";
const NOW: &str = "2026-11-20T09:14:03.512Z";

/// Most frequent first: the order is the Zipf rank.
const WORDS: &str = "the to and of a in I for with my on that is it be as we at our this by \
from more team have will can what how work who not want so are next people year about new \
their help make when one them out through customer product lead where learn grow build \
better time know each better work role other than own every way into clear first data plan \
skills project show should start part up would feel best support good give need what because \
week before after quarter month review goal manager mentor engineering design feedback \
coaching meeting strategy process tools change problem problems decision decisions together \
small large real honest simple hard kind direct steady calm careful curious patient \
practical focused open ready useful strong quiet busy early late long short around between \
across within without under over again always often never sometimes still already only \
also just even rather quite very enough most least many few some any all both each \
service operations finance marketing sales research analytics platform infrastructure \
security quality testing release roadmap backlog priorities hiring onboarding training \
budget forecast contract vendor partner stakeholder director executive board client user \
users interviews survey metrics dashboard report reports writing presentation workshop \
conference course certificate program degree mentoring pairing shadowing rotation \
leadership ownership influence negotiation facilitation storytelling delegation planning \
prioritizing estimating debugging modelling analysis synthesis experiment prototype launch \
migration incident outage escalation handover retrospective sprint milestone deadline \
budgeting hiring scaling automating simplifying documenting teaching listening asking \
trust confidence credibility visibility autonomy balance focus energy curiosity impact \
growth career path promotion level scope responsibility accountability expectations \
guidance example examples lessons mistakes wins habits routine calendar Friday Monday \
morning afternoon evening colleagues peers juniors seniors reports managers leaders \
friends family kids home travel remote office hybrid city region country Europe Asia \
spreadsheet SQL Python cloud mobile web API system systems code reviews docs guide \
checklist template playbook handbook policy standard standards risk risks cost costs \
revenue margin churn retention adoption conversion pipeline funnel segment market \
competitor pricing packaging positioning brand message story audience readers";

const ORG_PARTS: &[&str] = &[
    "North", "Bright", "Blue", "Stone", "River", "Oak", "Harbor", "Silver", "Fern", "Summit",
    "Clear", "Iron", "Maple", "Signal", "Lumen", "Atlas", "Cedar", "Beacon", "Vale", "Kite",
];
const ORG_SUFFIXES: &[&str] = &[
    "desk", "line", "works", "field", "labs", "point", "bridge", "gate", "path", "wave",
];
const ORG_KINDS: &[&str] = &[
    "",
    " Logistics",
    " Health",
    " Bank",
    " Software",
    " Retail",
    " Energy",
    " Media",
    " Foundation",
    " Group",
];
const ROLE_LEVELS: &[&str] = &[
    "",
    "Junior ",
    "Senior ",
    "Lead ",
    "Principal ",
    "Head of ",
    "Associate ",
    "Staff ",
];
const ROLE_NOUNS: &[&str] = &[
    "support agent",
    "product manager",
    "engineer",
    "designer",
    "data analyst",
    "team lead",
    "researcher",
    "operations manager",
    "consultant",
    "program manager",
    "customer success manager",
    "technical writer",
    "product owner",
    "architect",
];

/// SplitMix64: small, deterministic, good enough to vary text.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Draws words with Zipf-like weights (rank r ∝ 1/r).
struct Text {
    words: Vec<&'static str>,
    cumulative: Vec<f64>,
}

impl Text {
    fn new() -> Text {
        let mut words: Vec<&'static str> = WORDS.split_whitespace().collect();
        words.dedup();
        let mut total = 0.0;
        let cumulative = (1..=words.len())
            .map(|r| {
                total += 1.0 / r as f64;
                total
            })
            .collect();
        Text { words, cumulative }
    }

    fn word(&self, rng: &mut Rng) -> &'static str {
        let x = rng.unit() * self.cumulative.last().copied().unwrap_or(1.0);
        let i = self.cumulative.partition_point(|&c| c < x);
        self.words[i.min(self.words.len() - 1)]
    }

    /// `min..=max` words, capitalised, with an occasional comma, no final full stop.
    fn phrase(&self, rng: &mut Rng, min: usize, max: usize) -> String {
        let n = min + rng.below(max - min + 1);
        let mut out = String::new();
        for i in 0..n {
            let w = self.word(rng);
            if i == 0 {
                let mut c = w.chars();
                if let Some(f) = c.next() {
                    out.extend(f.to_uppercase());
                    out.push_str(c.as_str());
                }
            } else {
                if i > 2 && i + 2 < n && rng.below(9) == 0 {
                    out.push(',');
                }
                out.push(' ');
                out.push_str(w);
            }
        }
        out
    }

    /// One to `max` sentences with full stops.
    fn sentences(&self, rng: &mut Rng, max: usize) -> String {
        let n = 1 + rng.below(max);
        (0..n)
            .map(|_| format!("{}.", self.phrase(rng, 5, 16)))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn year_month(rng: &mut Rng) -> String {
    format!("{}-{:02}", 2012 + rng.below(16), 1 + rng.below(12))
}

fn add_role(deck: &mut Deck, rng: &mut Rng, text: &Text) {
    let id = deck.next_item_id(ItemKind::Role);
    let horizon = Horizon::ALL[rng.below(4)];
    let organization = if rng.below(6) == 0 {
        String::new()
    } else {
        format!(
            "{}{}{}",
            rng.pick(ORG_PARTS),
            rng.pick(ORG_SUFFIXES),
            rng.pick(ORG_KINDS)
        )
    };
    let mut title = format!("{}{}", rng.pick(ROLE_LEVELS), rng.pick(ROLE_NOUNS));
    if let Some(f) = title.get(..1) {
        title = f.to_uppercase() + &title[1..];
    }
    let (start, end) = match horizon {
        Horizon::Aspiration => (None, None),
        Horizon::Now => (Some(year_month(rng)), None),
        _ => (
            Some(year_month(rng)),
            (rng.below(3) > 0).then(|| year_month(rng)),
        ),
    };
    let notes = text.sentences(rng, 2);
    if let Some(roadmap) = deck.roadmap.as_mut() {
        roadmap.push(RoadmapItem {
            id,
            title,
            organization,
            start,
            end,
            horizon,
            notes,
        });
    }
}

fn add_competency(deck: &mut Deck, rng: &mut Rng, text: &Text) {
    let id = deck.next_item_id(ItemKind::Competency);
    let current = rng.below(5) as u8;
    let target = (current + 1 + rng.below(2) as u8).min(5);
    let mut competency = Competency {
        id,
        name: text.phrase(rng, 2, 4),
        current,
        target,
        why: text.phrase(rng, 6, 14),
        actions: Vec::new(),
    };
    for _ in 0..1 + rng.below(3) {
        // Action ids are unique across the deck: count the ones already there.
        let taken = deck
            .competencies
            .iter()
            .flatten()
            .flat_map(|c| &c.actions)
            .count()
            + competency.actions.len();
        competency.actions.push(Action {
            id: format!("a{}", taken + 1),
            text: text.phrase(rng, 5, 12),
            due: (rng.below(4) > 0).then(|| {
                format!(
                    "{}-{:02}-{:02}",
                    2026 + rng.below(3),
                    1 + rng.below(12),
                    1 + rng.below(28)
                )
            }),
            done: rng.below(3) == 0,
        });
    }
    if let Some(list) = deck.competencies.as_mut() {
        list.push(competency);
    }
}

fn add_ask(deck: &mut Deck, rng: &mut Rng, text: &Text) {
    let ask = text.phrase(rng, 5, 14);
    if let Some(asks) = deck.asks.as_mut() {
        asks.push(ask);
    }
}

fn add_profile_item(deck: &mut Deck, rng: &mut Rng, text: &Text) {
    let item = text.phrase(rng, 2, 7);
    if let Some(p) = deck.profile.as_mut() {
        let list = match rng.below(5) {
            0 => &mut p.values,
            1 => &mut p.strengths,
            2 => &mut p.energizers,
            3 => &mut p.drainers,
            _ => &mut p.needs,
        };
        list.push(item);
    }
}

fn text_of(deck: &Deck) -> String {
    let mut out = String::new();
    let mut push = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    if let Some(p) = &deck.profile {
        push(&p.headline);
        push(&p.story);
        for s in p
            .values
            .iter()
            .chain(&p.strengths)
            .chain(&p.energizers)
            .chain(&p.drainers)
            .chain(&p.needs)
        {
            push(s);
        }
    }
    for r in deck.roadmap.iter().flatten() {
        push(&r.title);
        push(&r.organization);
        push(&r.notes);
    }
    for c in deck.competencies.iter().flatten() {
        push(&c.name);
        push(&c.why);
        for a in &c.actions {
            push(&a.text);
        }
    }
    for a in deck.asks.iter().flatten() {
        push(a);
    }
    out
}

/// English prose to compare the generated text with.
const README: &str = include_str!("../README.md");

/// Raw-deflated size over raw size of the first `n` bytes of `text` (at a char boundary).
fn deflate_ratio(text: &str, n: usize) -> f64 {
    let mut end = n.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let bytes = &text.as_bytes()[..end];
    miniz_oxide::deflate::compress_to_vec(bytes, 10).len() as f64 / bytes.len() as f64
}

/// Envelope bytes per JSON byte: base64url length × 3/4 over the JSON length.
fn link_ratio(deck: &Deck) -> f64 {
    let fragment = encode_plain(deck);
    (fragment.len() - 3) as f64 * 0.75 / deck.to_json().len() as f64
}

fn group(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

struct Fit {
    json: usize,
    link: usize,
    roles: usize,
    competencies: usize,
    asks: usize,
}

fn main() {
    let address = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "http://127.0.0.1:8080/".to_owned());
    let mut out = std::io::stdout().lock();

    let example = example_deck(DECK_ID.to_owned(), NOW.to_owned());
    let json = example.to_json();
    let plain = format!("{address}#{}", encode_plain(&example));
    let locked = encode_with_passphrase(&example, "correct horse battery staple")
        .map(|f| format!("{address}#{f}").len())
        .unwrap_or(0);
    let _ = writeln!(
        out,
        "link.example_deck            json {} B  plain link {} B ({:.2}x json)  passphrase link {} B  (address {} B: {address})",
        group(json.len()),
        group(plain.len()),
        plain.len() as f64 / json.len() as f64,
        group(locked),
        address.len() + 1,
    );

    // Grow the example deck with generated items until its link outgrows each limit.
    let text = Text::new();
    let mut rng = Rng(0x00C0_FFEE_2026_1125);
    let mut deck = example.clone();
    let mut fits: Vec<Option<Fit>> = vec![None, None];
    let limits = [QR_MAX_BYTES, MAIL_AND_CHAT_MAX_BYTES];
    for _ in 0..5_000 {
        let link = address.len() + 1 + encode_plain(&deck).len();
        let json = deck.to_json().len();
        for (slot, limit) in fits.iter_mut().zip(limits) {
            if link <= limit {
                *slot = Some(Fit {
                    json,
                    link,
                    roles: deck.roadmap.as_ref().map_or(0, Vec::len),
                    competencies: deck.competencies.as_ref().map_or(0, Vec::len),
                    asks: deck.asks.as_ref().map_or(0, Vec::len),
                });
            }
        }
        if link > MAIL_AND_CHAT_MAX_BYTES {
            break;
        }
        match rng.below(10) {
            0..=3 => add_role(&mut deck, &mut rng, &text),
            4..=6 => add_competency(&mut deck, &mut rng, &text),
            7..=8 => add_ask(&mut deck, &mut rng, &text),
            _ => add_profile_item(&mut deck, &mut rng, &text),
        }
    }
    for (name, fit, limit) in [
        ("link.largest_deck_in_qr", &fits[0], QR_MAX_BYTES),
        (
            "link.largest_deck_in_mail",
            &fits[1],
            MAIL_AND_CHAT_MAX_BYTES,
        ),
    ] {
        if let Some(f) = fit {
            let _ = writeln!(
                out,
                "{name:<28} json {} B  link {} B of {} B  ({} roles, {} competencies, {} asks; generated text)",
                group(f.json),
                group(f.link),
                group(limit),
                f.roles,
                f.competencies,
                f.asks,
            );
        }
    }

    // How realistic the generated text is: raw deflate of equal-length samples of the
    // example deck's hand-written text, the generated text and this repository's README prose.
    let mut generated = Deck::blank(DECK_ID.to_owned(), "Generated".to_owned(), NOW.to_owned());
    let mut rng = Rng(7);
    for i in 0..60 {
        match i % 3 {
            0 => add_role(&mut generated, &mut rng, &text),
            1 => add_competency(&mut generated, &mut rng, &text),
            _ => add_ask(&mut generated, &mut rng, &text),
        }
    }
    let sample = text_of(&example);
    let n = sample.len();
    let _ = writeln!(
        out,
        "link.text_realism            deflated/raw on {} B of text: example deck {:.2}, generated {:.2}, README prose {:.2}  (whole decks as links: example {:.2}, generated {:.2} of json)",
        group(n),
        deflate_ratio(&sample, n),
        deflate_ratio(&text_of(&generated), n),
        deflate_ratio(README, n),
        link_ratio(&example),
        link_ratio(&generated),
    );
}
