//! The app's screens and their addresses.
//!
//! Every screen lives on the one page, chosen by the query string (`?deck=…&view=…`), so that
//! any plain static file server can reload any screen and the app works from any folder. The
//! fragment is kept for share links (`#d1.…`), which never reach a server.

/// One screen of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Library,
    Editor(String),
    Present(String),
    Share(String),
    Settings,
    NotFound,
}

impl Screen {
    /// The screen for a page's `view` and `deck` query parameters.
    pub fn from_query(view: Option<&str>, deck: Option<&str>) -> Screen {
        let deck = deck.filter(|d| !d.is_empty()).map(str::to_owned);
        match (view.filter(|v| !v.is_empty()), deck) {
            (None, None) => Screen::Library,
            (None | Some("edit"), Some(id)) => Screen::Editor(id),
            (Some("present"), Some(id)) => Screen::Present(id),
            (Some("share"), Some(id)) => Screen::Share(id),
            (Some("settings"), None) => Screen::Settings,
            _ => Screen::NotFound,
        }
    }

    /// The query string that opens this screen (relative to the app's page).
    pub fn query(&self) -> String {
        match self {
            Screen::Library => "?".into(),
            Screen::Editor(id) => format!("?deck={}", encode(id)),
            Screen::Present(id) => format!("?deck={}&view=present", encode(id)),
            Screen::Share(id) => format!("?deck={}&view=share", encode(id)),
            Screen::Settings => "?view=settings".into(),
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

    #[test]
    fn queries_round_trip() {
        for screen in [
            Screen::Library,
            Screen::Editor("3f1c-9a".into()),
            Screen::Present("x".into()),
            Screen::Share("y".into()),
            Screen::Settings,
        ] {
            let q = screen.query();
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
            let get = |k: &str| {
                pairs
                    .iter()
                    .find(|(key, _)| key == k)
                    .map(|(_, v)| v.as_str())
            };
            assert_eq!(Screen::from_query(get("view"), get("deck")), screen, "{q}");
        }
    }

    #[test]
    fn unknown_views_are_not_found() {
        assert_eq!(Screen::from_query(Some("nope"), None), Screen::NotFound);
        assert_eq!(Screen::from_query(Some("present"), None), Screen::NotFound);
        assert_eq!(
            Screen::from_query(Some("settings"), Some("d")),
            Screen::NotFound
        );
    }
}
