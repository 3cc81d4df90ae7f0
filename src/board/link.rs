//! Making a share link from a board, exactly as a deck's is made (`share::make_link`): the
//! whole board, checked first (every broken rule is reported, to fix in the editor), plain or
//! locked with a passphrase (trimmed as the reader's side trims it), with what the share
//! history records — under the board's id, with no sections.

use super::error::BoardIssue;
use super::types::Board;
use crate::model::ShareLogEntry;
use crate::share::{
    encode_document_with_passphrase, encode_plain_document, qr_svg_path, tidy_passphrase, Document,
    LinkFit, MadeLink, ShareError,
};

/// Why no link was made.
#[derive(Clone, Debug, PartialEq)]
pub enum BoardShareRefusal {
    /// The board breaks the format's rules: every problem.
    Invalid(Vec<BoardIssue>),
    Codec(ShareError),
}

/// Makes the link to `board`: `app_address` is the app's own page (without query or
/// fragment), `now` the time for the history entry, `label` the sharer's note of whom it is
/// for. Deliberately slow with a passphrase (key derivation).
pub fn make_board_link(
    board: &Board,
    passphrase: &str,
    label: &str,
    app_address: &str,
    now: &str,
) -> Result<MadeLink, BoardShareRefusal> {
    let issues = board.validate();
    if !issues.is_empty() {
        return Err(BoardShareRefusal::Invalid(issues));
    }
    let passphrase = tidy_passphrase(passphrase);
    let locked = !passphrase.is_empty();
    let document = Document::Board(board.clone());
    let fragment = if locked {
        encode_document_with_passphrase(&document, passphrase).map_err(BoardShareRefusal::Codec)?
    } else {
        encode_plain_document(&document)
    };
    let url = format!("{app_address}#{fragment}");
    Ok(MadeLink {
        fit: LinkFit::of_link(&url),
        qr: qr_svg_path(&url).ok(),
        locked,
        entry: ShareLogEntry {
            deck_id: board.id.clone(),
            at: now.to_owned(),
            sections: Vec::new(),
            owner_included: false,
            passphrase: locked,
            link_length: url.len(),
            label: label.trim().to_owned(),
        },
        url,
    })
}

/// Where a link of this fit can go, in a board sharer's words.
pub fn board_fit_description(fit: LinkFit) -> &'static str {
    match fit {
        LinkFit::Long => {
            "Very long: some mail and chat apps may cut it off. Fewer opportunities, or shorter \
             summaries, make it shorter."
        }
        other => other.description(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::board::example_board;
    use crate::share::{read_fragment, Document};

    const NOW: &str = "2026-11-26T10:00:00Z";

    #[test]
    fn a_plain_link_opens_as_the_same_board_and_fits_a_qr_code() {
        let board = example_board("b-1".into(), NOW.into());
        let made =
            make_board_link(&board, "  ", " for the team ", "https://x.test/", NOW).expect("made");
        assert!(!made.locked);
        assert_eq!(made.fit, LinkFit::Qr, "{} bytes", made.url.len());
        assert!(made.qr.is_some());
        assert_eq!(made.entry.deck_id, "b-1");
        assert!(made.entry.sections.is_empty());
        assert_eq!(made.entry.label, "for the team");
        assert_eq!(made.entry.link_length, made.url.len());
        let fragment = made.url.split_once('#').expect("fragment").1;
        let env = read_fragment(fragment).expect("a link").expect("readable");
        assert_eq!(env.open_document(None), Ok(Document::Board(board)));
    }

    #[test]
    fn a_passphrase_is_trimmed_and_needed() {
        let board = example_board("b-2".into(), NOW.into());
        let made =
            make_board_link(&board, " open sesame ", "", "https://x.test/", NOW).expect("made");
        assert!(made.locked && made.entry.passphrase);
        let fragment = made.url.split_once('#').expect("fragment").1;
        let env = read_fragment(fragment).expect("a link").expect("readable");
        assert!(env.needs_passphrase());
        assert_eq!(
            env.open_document(Some("open sesame")),
            Ok(Document::Board(board))
        );
    }

    #[test]
    fn a_broken_board_is_refused_with_every_problem() {
        let mut board = example_board("b-3".into(), NOW.into());
        board.title = " ".into();
        board.opportunities[1].starts = Some("2027-13".into());
        match make_board_link(&board, "", "", "https://x.test/", NOW) {
            Err(BoardShareRefusal::Invalid(issues)) => assert_eq!(issues.len(), 2),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn long_links_speak_of_opportunities_not_sections() {
        assert!(board_fit_description(LinkFit::Long).contains("opportunities"));
        assert_eq!(
            board_fit_description(LinkFit::Qr),
            LinkFit::Qr.description()
        );
    }
}
