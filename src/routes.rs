//! The app's screens and their addresses: the one place that knows them. Every link and every
//! navigation is made from a `Screen`.
//!
//! Every screen lives on the one page, chosen by the query string (`?deck=…&view=…`), so that
//! any plain static file server can reload any screen and the app works from any folder. The
//! fragment is kept for share links (`#d1.…`), which never reach a server.

/// One screen of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The person's own decks (and boards), and what was shared with them.
    Library,
    Editor(String),
    Present(String),
    Share(String),
    /// Snapshots, what changed since the last share, Markdown.
    History(String),
    /// The career workshop for a deck.
    Workshop(String),
    /// The owner's side of the agenda: what their manager may ask.
    Rehearse(String),
    Settings,
    /// Decks shared with me, grouped by person.
    SharedWithMe,
    /// One kept deck, read-only, with its versions.
    Kept(String),
    /// Preparing the conversation about a kept deck: agenda, notes, commitments, log.
    Prepare(String),
    PresentKept(String),
    /// Every open commitment across all people.
    Commitments,
    /// The short guide for managers.
    ManagerGuide,
    /// Writing an opportunity board.
    Board(String),
    ShareBoard(String),
    /// A board shared with me, kept.
    KeptBoard(String),
    NotFound,
}

/// Query keys: which kind of thing the screen is about.
const DECK: &str = "deck";
const KEPT: &str = "kept";
const BOARD: &str = "board";
const KEPT_BOARD: &str = "kept-board";

impl Screen {
    /// The screen for a page's query parameters (`get` answers a key's decoded value).
    pub fn from_query<'a>(get: impl Fn(&str) -> Option<&'a str>) -> Screen {
        let some = |k: &str| get(k).filter(|v| !v.is_empty()).map(str::to_owned);
        let view = get("view").filter(|v| !v.is_empty());
        let ids = (some(DECK), some(KEPT), some(BOARD), some(KEPT_BOARD));
        match (view, ids) {
            (None, (None, None, None, None)) => Screen::Library,
            (None | Some("edit"), (Some(id), None, None, None)) => Screen::Editor(id),
            (Some("present"), (Some(id), None, None, None)) => Screen::Present(id),
            (Some("share"), (Some(id), None, None, None)) => Screen::Share(id),
            (Some("history"), (Some(id), None, None, None)) => Screen::History(id),
            (Some("workshop"), (Some(id), None, None, None)) => Screen::Workshop(id),
            (Some("rehearse"), (Some(id), None, None, None)) => Screen::Rehearse(id),
            (Some("settings"), (None, None, None, None)) => Screen::Settings,
            (Some("shared"), (None, None, None, None)) => Screen::SharedWithMe,
            (None, (None, Some(id), None, None)) => Screen::Kept(id),
            (Some("prepare"), (None, Some(id), None, None)) => Screen::Prepare(id),
            (Some("present"), (None, Some(id), None, None)) => Screen::PresentKept(id),
            (Some("commitments"), (None, None, None, None)) => Screen::Commitments,
            (Some("guide"), (None, None, None, None)) => Screen::ManagerGuide,
            (None, (None, None, Some(id), None)) => Screen::Board(id),
            (Some("share"), (None, None, Some(id), None)) => Screen::ShareBoard(id),
            (None, (None, None, None, Some(id))) => Screen::KeptBoard(id),
            _ => Screen::NotFound,
        }
    }

    /// The query string that opens this screen (relative to the app's page).
    pub fn query(&self) -> String {
        let q = |key: &str, id: &str, view: Option<&str>| match view {
            Some(v) => format!("?{key}={}&view={v}", encode(id)),
            None => format!("?{key}={}", encode(id)),
        };
        match self {
            Screen::Library => "?".into(),
            Screen::Editor(id) => q(DECK, id, None),
            Screen::Present(id) => q(DECK, id, Some("present")),
            Screen::Share(id) => q(DECK, id, Some("share")),
            Screen::History(id) => q(DECK, id, Some("history")),
            Screen::Workshop(id) => q(DECK, id, Some("workshop")),
            Screen::Rehearse(id) => q(DECK, id, Some("rehearse")),
            Screen::Settings => "?view=settings".into(),
            Screen::SharedWithMe => "?view=shared".into(),
            Screen::Kept(id) => q(KEPT, id, None),
            Screen::Prepare(id) => q(KEPT, id, Some("prepare")),
            Screen::PresentKept(id) => q(KEPT, id, Some("present")),
            Screen::Commitments => "?view=commitments".into(),
            Screen::ManagerGuide => "?view=guide".into(),
            Screen::Board(id) => q(BOARD, id, None),
            Screen::ShareBoard(id) => q(BOARD, id, Some("share")),
            Screen::KeptBoard(id) => q(KEPT_BOARD, id, None),
            Screen::NotFound => "?view=not-found".into(),
        }
    }
}

fn encode(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(q: &str) -> Screen {
        let pairs: Vec<(String, String)> = q
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
            .filter_map(|p| p.split_once('='))
            .map(|(k, v)| {
                (
                    k.to_owned(),
                    percent_encoding::percent_decode_str(v)
                        .decode_utf8_lossy()
                        .into_owned(),
                )
            })
            .collect();
        Screen::from_query(|k| {
            pairs
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.as_str())
        })
    }

    #[test]
    fn queries_round_trip() {
        let id = || "3f1c-9a &x".to_owned();
        for screen in [
            Screen::Library,
            Screen::Editor(id()),
            Screen::Present(id()),
            Screen::Share(id()),
            Screen::History(id()),
            Screen::Workshop(id()),
            Screen::Rehearse(id()),
            Screen::Settings,
            Screen::SharedWithMe,
            Screen::Kept(id()),
            Screen::Prepare(id()),
            Screen::PresentKept(id()),
            Screen::Commitments,
            Screen::ManagerGuide,
            Screen::Board(id()),
            Screen::ShareBoard(id()),
            Screen::KeptBoard(id()),
        ] {
            let q = screen.query();
            assert_eq!(parse(&q), screen, "{q}");
        }
    }

    #[test]
    fn unknown_views_are_not_found() {
        assert_eq!(parse("?view=nope"), Screen::NotFound);
        assert_eq!(parse("?view=present"), Screen::NotFound);
        assert_eq!(parse("?view=settings&deck=d"), Screen::NotFound);
        assert_eq!(parse("?deck=a&kept=b"), Screen::NotFound);
    }
}
