//! Native tests: how far a link travels (`LinkFit`), its QR code, and the example deck's link
//! length, measured.
#![cfg(not(target_arch = "wasm32"))]

use std::time::Instant;

use career_deck::model::{example_deck, Deck, Section};
use career_deck::share::*;

const ADDRESS: &str = "https://example.org/#";

fn example() -> Deck {
    // A real deck id is a UUID: use one of that length so the measurement is honest.
    example_deck(
        "3f1c9a4e-5d2b-4a8f-9c1e-7b6d5a4c3b2a".into(),
        "2026-11-20T09:14:03Z".into(),
    )
}

#[test]
fn link_fit_boundaries() {
    assert_eq!(LinkFit::of_len(0), LinkFit::Qr);
    assert_eq!(LinkFit::of_len(2_953), LinkFit::Qr);
    assert_eq!(LinkFit::of_len(2_954), LinkFit::MailAndChat);
    assert_eq!(LinkFit::of_len(8_192), LinkFit::MailAndChat);
    assert_eq!(LinkFit::of_len(8_193), LinkFit::Long);
    for fit in [LinkFit::Qr, LinkFit::MailAndChat, LinkFit::Long] {
        assert!(!fit.description().is_empty());
    }
}

#[test]
fn the_example_decks_link_fits_a_qr_code() {
    let link = format!("{ADDRESS}{}", encode_plain(&example()));
    assert_eq!(LinkFit::of_link(&link), LinkFit::Qr);
    let qr = qr_svg_path(&link).expect("fits");
    assert!(
        qr.modules >= 21 && (qr.modules - 17).is_multiple_of(4),
        "{}",
        qr.modules
    );
    assert!(qr.d.starts_with('M') && qr.d.ends_with('z'));
    assert_eq!(qr.view_box(), format!("-4 -4 {0} {0}", qr.modules + 8));
    println!(
        "example link: QR of {} modules, path of {} bytes",
        qr.modules,
        qr.d.len()
    );
}

#[test]
fn the_qr_path_draws_the_finder_pattern() {
    // The top-left finder's first row is 7 dark modules: one run at the origin.
    let qr = qr_svg_path("hello").expect("fits");
    assert_eq!(qr.modules, 21);
    assert!(qr.d.starts_with("M0 0h7v1h-7z"), "{}", &qr.d[..40]);
}

/// Draws a path made of `M`/`m` moves and `h{n}v1h-{n}z` rectangles back onto a grid.
fn paint(d: &str, modules: usize) -> Vec<bool> {
    let mut grid = vec![false; modules * modules];
    let (mut x, mut y) = (0i64, 0i64);
    let mut rest = d;
    while !rest.is_empty() {
        let (cmd, tail) = rest.split_at(1);
        let end = tail
            .find(|c: char| c.is_ascii_alphabetic())
            .unwrap_or(tail.len());
        let args: Vec<i64> = tail[..end]
            .split(' ')
            .filter(|a| !a.is_empty())
            .map(|a| a.parse().expect("a number"))
            .collect();
        match cmd {
            "M" => (x, y) = (args[0], args[1]),
            "m" => (x, y) = (x + args[0], y + args[1]),
            "h" if args[0] > 0 => {
                for i in x..x + args[0] {
                    let cell = &mut grid
                        [usize::try_from(y).expect("y") * modules + usize::try_from(i).expect("x")];
                    assert!(!*cell, "rectangles overlap at {i},{y}");
                    *cell = true;
                }
            }
            "h" | "v" | "z" => {}
            other => panic!("unexpected command {other}"),
        }
        rest = &tail[end..];
    }
    grid
}

#[test]
fn the_qr_path_paints_exactly_the_dark_modules() {
    for text in ["hello", &format!("{ADDRESS}{}", encode_plain(&example()))] {
        let qr = qr_svg_path(text).expect("fits");
        let code =
            qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::L).expect("encodes");
        assert_eq!(code.width(), qr.modules);
        let dark: Vec<bool> = code
            .to_colors()
            .into_iter()
            .map(|c| c == qrcode::Color::Dark)
            .collect();
        assert_eq!(paint(&qr.d, qr.modules), dark);
    }
}

#[test]
fn text_beyond_version_40_l_is_refused() {
    let long = "a".repeat(3_000);
    let err = qr_svg_path(&long).expect_err("too long");
    assert_eq!(err.bytes, 3_000);
    assert!(err.to_string().contains("too long"));
    assert!(qr_svg_path(&"a".repeat(QR_MAX_BYTES + 1)).is_err());
}

#[test]
fn text_of_exactly_the_qr_limit_is_accepted() {
    // Base64url-like text of the maximum length: the largest code, version 40 (177 modules).
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let text: String = (0..QR_MAX_BYTES)
        .map(|i| alphabet[(i * 7 + i / 64) % 64] as char)
        .collect();
    assert_eq!(qr_svg_path(&text).expect("fits").modules, 177);
}

/// Measured (miniz_oxide level 10, UUID deck id): the example deck's minified JSON is 2,678
/// bytes; its plain fragment 1,733 characters (a 1,754-byte link with this address), its
/// passphrase fragment 1,786, and a profile-and-asks share without owner 911. Printed with
/// `--nocapture` so a change in size shows up.
#[test]
fn measure_the_example_decks_links() {
    let deck = example();
    let json = deck.to_json();
    let plain = encode_plain(&deck);
    let locked = encode_with_passphrase(&deck, "a passphrase").expect("encodes");
    let no_growth = encode_plain(&deck.subset(&[Section::Profile, Section::Asks], false));
    println!("example deck: minified JSON {} bytes", json.len());
    println!(
        "plain fragment {} chars; link {} bytes",
        plain.len(),
        ADDRESS.len() + plain.len()
    );
    println!("passphrase fragment {} chars", locked.len());
    println!("profile+asks, no owner: fragment {} chars", no_growth.len());
    // Deflate roughly halves it even after base64url's 4/3.
    assert!(
        plain.len() < json.len() * 3 / 4,
        "{} vs {}",
        plain.len(),
        json.len()
    );
    // The passphrase envelope adds salt, nonce and tag (44 bytes) but drops the CRC (4): 40
    // bytes, 53 characters of base64url, give or take rounding.
    assert!(locked.len().abs_diff(plain.len() + 53) <= 2);
}

#[test]
fn time_key_derivation() {
    let started = Instant::now();
    let key = derive_key("correct horse battery staple", &[9u8; SALT_LEN]).expect("derives");
    let took = started.elapsed();
    println!(
        "argon2id derivation took {took:?} ({} build)",
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        }
    );
    assert_ne!(key, [0u8; KEY_LEN]);
}
