//! Native property tests: no input makes the decoder panic, every error has a message, and
//! every valid deck survives a round trip through a link.
#![cfg(not(target_arch = "wasm32"))]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use career_deck::model::*;
use career_deck::share::*;
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;

/// Runs every decoder step a link can reach without a passphrase, plus the GCM path with a
/// fixed key (a real key derivation per case would make these tests take minutes).
fn decode_everything(fragment: &str) {
    let Some(read) = read_fragment(fragment) else {
        return;
    };
    let results = match read {
        Err(e) => vec![Err(e)],
        Ok(envelope) => vec![envelope.open(None), envelope.open_with_key(&[7u8; KEY_LEN])],
    };
    for result in results {
        if let Err(e) = result {
            assert!(!e.to_string().is_empty(), "{e:?} has no message");
        }
    }
}

fn link_of(kind: u8, body: &[u8]) -> String {
    let mut bytes = vec![kind];
    bytes.extend_from_slice(body);
    format!("d1.{}", URL_SAFE_NO_PAD.encode(bytes))
}

proptest! {
    #[test]
    fn arbitrary_strings_never_panic(
        s in prop_oneof![any::<String>(), "d[0-9]{0,3}\\.?[A-Za-z0-9_%&= \n\\-]{0,120}"],
    ) {
        decode_everything(&s);
    }

    #[test]
    fn arbitrary_base64url_payloads_never_panic(payload in "[A-Za-z0-9_\\-]{0,300}") {
        decode_everything(&format!("d1.{payload}"));
    }

    #[test]
    fn arbitrary_envelope_bytes_never_panic(
        kind in prop_oneof![Just(0x00u8), Just(0x01u8), any::<u8>()],
        body in vec(any::<u8>(), 0..400),
    ) {
        decode_everything(&link_of(kind, &body));
    }

    #[test]
    fn arbitrary_bytes_behind_a_valid_crc_never_panic(json in vec(any::<u8>(), 0..400)) {
        // Passes the CRC, so the bytes reach the JSON and deck readers.
        let mut body = miniz_oxide::deflate::compress_to_vec(&json, 6);
        body.extend(crc32fast::hash(&json).to_be_bytes());
        decode_everything(&link_of(0x00, &body));
    }

    #[test]
    fn arbitrary_decks_round_trip_through_plain_links(deck in arb_deck()) {
        let fragment = encode_plain(&deck);
        prop_assert_eq!(decode_fragment(&fragment, None), Ok(deck));
    }
}

proptest! {
    // Each case derives a key twice (about 19 MiB and a second or two unoptimised).
    #![proptest_config(ProptestConfig { cases: 4, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_decks_round_trip_through_passphrase_links(
        deck in arb_deck(),
        passphrase in "\\PC{1,20}",
    ) {
        let fragment = encode_with_passphrase(&deck, &passphrase).expect("encodes");
        prop_assert_eq!(decode_fragment(&fragment, Some(&passphrase)), Ok(deck));
    }
}

/// Any text: unrestricted characters (controls, emoji, RTL), or characters JSON and HTML
/// treat specially.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        vec(any::<char>(), 0..24).prop_map(String::from_iter),
        "[\"\\\\<>&/\u{2028}\u{0} \n\t]{0,12}",
        "\\PC{0,40}",
    ]
}

fn texts() -> impl Strategy<Value = Vec<String>> {
    vec(text(), 0..4)
}

fn year_month() -> impl Strategy<Value = String> {
    (1000u32..=9999, 1u32..=12).prop_map(|(y, m)| format!("{y:04}-{m:02}"))
}

fn date() -> impl Strategy<Value = String> {
    (year_month(), 1u32..=28).prop_map(|(ym, d)| format!("{ym}-{d:02}"))
}

fn date_time() -> impl Strategy<Value = String> {
    let zone = prop_oneof![
        Just("Z".to_owned()),
        (0u32..=23, 0u32..=59, any::<bool>())
            .prop_map(|(h, m, e)| format!("{}{h:02}:{m:02}", if e { '+' } else { '-' })),
    ];
    let frac =
        option::of("[0-9]{1,6}").prop_map(|f| f.map(|f| format!(".{f}")).unwrap_or_default());
    (date(), 0u32..=23, 0u32..=59, 0u32..=59, frac, zone)
        .prop_map(|(d, h, m, s, f, z)| format!("{d}T{h:02}:{m:02}:{s:02}{f}{z}"))
}

fn profile() -> impl Strategy<Value = Profile> {
    (
        text(),
        text(),
        texts(),
        texts(),
        texts(),
        texts(),
        texts(),
        text(),
    )
        .prop_map(
            |(headline, story, values, strengths, energizers, drainers, needs, pitch)| Profile {
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

fn roadmap_item() -> impl Strategy<Value = RoadmapItem> {
    (
        text(),
        text(),
        text(),
        option::of(year_month()),
        option::of(year_month()),
        prop::sample::select(Horizon::ALL.to_vec()),
        text(),
    )
        .prop_map(
            |(id, title, organization, start, end, horizon, notes)| RoadmapItem {
                id,
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
    (text(), text(), option::of(date()), any::<bool>()).prop_map(|(id, text, due, done)| Action {
        id,
        text,
        due,
        done,
    })
}

fn competency() -> impl Strategy<Value = Competency> {
    (
        text(),
        text(),
        0u8..=5,
        0u8..=5,
        text(),
        vec(action(), 0..3),
    )
        .prop_map(|(id, name, current, target, why, actions)| Competency {
            id,
            name,
            current,
            target,
            why,
            actions,
        })
}

fn supporter() -> impl Strategy<Value = Supporter> {
    (
        text(),
        text(),
        prop::sample::select(SupporterRole::ALL.to_vec()),
        text(),
    )
        .prop_map(|(id, name, role, how)| Supporter {
            id,
            name,
            role,
            how,
        })
}

fn speaker_notes() -> impl Strategy<Value = SpeakerNotes> {
    vec(
        (prop::sample::select(NoteSlide::ALL.to_vec()), text()),
        0..4,
    )
    .prop_map(|notes| {
        let mut n = SpeakerNotes::default();
        for (slide, text) in notes {
            n.set(slide, text);
        }
        n
    })
}

fn arb_deck() -> impl Strategy<Value = Deck> {
    let id = vec(any::<char>(), 1..=64).prop_map(String::from_iter);
    // Never blank once trimmed, as the format requires.
    let title = ("[A-Za-zÀ-ÿ\u{4e00}-\u{4e20}0-9]", text()).prop_map(|(a, b)| format!("{a}{b}"));
    (
        id,
        title,
        date_time(),
        option::of(text()),
        option::of(profile()),
        option::of(vec(roadmap_item(), 0..4)),
        option::of(vec(competency(), 0..3)),
        option::of(texts()),
        option::of(vec(supporter(), 0..3)),
        option::of(speaker_notes()),
    )
        .prop_map(
            |(
                id,
                title,
                updated_at,
                owner,
                profile,
                roadmap,
                competencies,
                asks,
                supporters,
                speaker_notes,
            )| {
                let mut deck = Deck {
                    id,
                    title,
                    updated_at,
                    owner,
                    profile,
                    roadmap,
                    competencies,
                    asks,
                    supporters,
                    speaker_notes,
                };
                // Item ids are unique and never empty (deck-format.md).
                deck.renumber_duplicate_ids();
                deck
            },
        )
}
