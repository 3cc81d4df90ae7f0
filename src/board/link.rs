//! Making a share link from a board, exactly as a deck's is made (`share::make_link`): the
//! whole board, checked first (every broken rule is reported, to fix in the editor), plain or
//! locked with a passphrase (trimmed as the reader's side trims it), with what the share
//! history records — under the board's id, with no sections.

use super::error::BoardIssue;
use super::types::Board;
use crate::model::ShareLogEntry;
use crate::share::{
    encode_document_with_passphrase, encode_plain_document, tidy_passphrase, Document, LinkFit,
    MadeLink, ShareError,
};

/// Why no link was made.
#[derive(Clone, Debug, PartialEq)]
pub enum BoardShareRefusal {
    /// The board breaks the format's rules: every problem.
    Invalid(Vec<BoardIssue>),
    Codec(ShareError),
}

/// A board checked and ready to encode, and what its history entry needs. Making a link is
/// `draft_board_link`, then the fragment (plain, or locked with the passphrase — the slow
/// step, which the app runs in its crypto worker), then `finish`. `make_board_link` does all
/// three at once.
#[derive(Clone, Debug, PartialEq)]
pub struct BoardLinkDraft {
    document: Document,
    id: String,
    passphrase: String,
    label: String,
}

/// Checks the board (every broken rule is reported) and keeps the passphrase (trimmed) and
/// the sharer's note of whom it is for.
pub fn draft_board_link(
    board: &Board,
    passphrase: &str,
    label: &str,
) -> Result<BoardLinkDraft, BoardShareRefusal> {
    let issues = board.validate();
    if !issues.is_empty() {
        return Err(BoardShareRefusal::Invalid(issues));
    }
    Ok(BoardLinkDraft {
        id: board.id.clone(),
        document: Document::Board(board.clone()),
        passphrase: tidy_passphrase(passphrase).to_owned(),
        label: label.trim().to_owned(),
    })
}

impl BoardLinkDraft {
    /// The JSON the link carries (what a passphrase locks).
    pub fn json(&self) -> String {
        self.document.to_json()
    }

    /// The passphrase to lock the link with, or `None` for a plain link.
    pub fn passphrase(&self) -> Option<&str> {
        (!self.passphrase.is_empty()).then_some(self.passphrase.as_str())
    }

    /// The fragment of a plain link, when the draft has no passphrase.
    pub fn plain_fragment(&self) -> Option<String> {
        self.passphrase()
            .is_none()
            .then(|| encode_plain_document(&self.document))
    }

    /// The made link, from the fragment encoded for this draft: `app_address` is the app's
    /// own page (without query or fragment), `now` the time for the history entry. A fragment
    /// of the wrong kind (plain for a locked draft, or the other way round) is refused.
    pub fn finish(
        self,
        fragment: &str,
        app_address: &str,
        now: &str,
    ) -> Result<MadeLink, BoardShareRefusal> {
        let locked = self.passphrase().is_some();
        let entry = ShareLogEntry {
            deck_id: self.id,
            at: now.to_owned(),
            sections: Vec::new(),
            owner_included: false,
            passphrase: locked,
            link_length: 0,
            label: self.label,
        };
        MadeLink::from_fragment(fragment, locked, app_address, entry)
            .map_err(BoardShareRefusal::Codec)
    }
}

/// Makes the link to `board` in one step: `app_address` is the app's own page (without query
/// or fragment), `now` the time for the history entry, `label` the sharer's note of whom it
/// is for. Deliberately slow with a passphrase (key derivation, on the calling thread).
pub fn make_board_link(
    board: &Board,
    passphrase: &str,
    label: &str,
    app_address: &str,
    now: &str,
) -> Result<MadeLink, BoardShareRefusal> {
    let draft = draft_board_link(board, passphrase, label)?;
    let fragment = match draft.passphrase() {
        Some(passphrase) => encode_document_with_passphrase(&draft.document, passphrase)
            .map_err(BoardShareRefusal::Codec)?,
        None => encode_plain_document(&draft.document),
    };
    draft.finish(&fragment, app_address, now)
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
    fn a_draft_locked_elsewhere_finishes_as_make_link_would() {
        use crate::share::{decode_document_fragment, derive_key, LockPlan};
        let board = example_board("b".into(), NOW.into());
        let draft = draft_board_link(&board, " tall pine lake ", " for the team ").expect("draft");
        assert_eq!(draft.passphrase(), Some("tall pine lake"));
        assert_eq!(draft.plain_fragment(), None);
        // What the app does: the key from its worker, then the seal.
        let plan = LockPlan::new(draft.json()).expect("random");
        let key = derive_key("tall pine lake", plan.salt()).expect("key");
        let fragment = plan.seal(&key).expect("sealed");
        let plain = encode_plain_document(&Document::Board(board.clone()));
        assert_eq!(
            draft.clone().finish(&plain, "http://x/", NOW),
            Err(BoardShareRefusal::Codec(ShareError::Damaged))
        );
        let made = draft.finish(&fragment, "http://x/", NOW).expect("made");
        assert!(made.locked && made.entry.passphrase);
        assert_eq!(made.entry.label, "for the team");
        assert_eq!(made.entry.deck_id, "b");
        assert_eq!(
            decode_document_fragment(&fragment, Some("tall pine lake")).expect("opens"),
            Document::Board(board.clone())
        );
        let open = draft_board_link(&board, "", "").expect("draft");
        assert_eq!(open.plain_fragment(), Some(plain.clone()));
        assert!(open.clone().finish(&fragment, "http://x/", NOW).is_err());
        assert!(!open.finish(&plain, "http://x/", NOW).expect("made").locked);
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
