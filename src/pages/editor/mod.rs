//! The guided deck editor: loads one deck, edits it through an `EditSession` (autosave,
//! undo/redo), and lays out the four sections with guidance and a completeness view.

mod completeness_panel;
mod growth;
mod profile;
mod roadmap;
mod toolbar;

use leptos::ev;
use leptos::prelude::*;

use super::DeckScreen;
use crate::components::{
    PageTitle, SaveProblem, SectionIntro, TextField, TextListEditor, TipsVisible,
};
use crate::guidance;
use crate::model::{DeckRecord, FieldIssue, TextList};
use crate::services::{use_decks, EditSession};
use crate::storage::settings;

use completeness_panel::CompletenessPanel;
use growth::GrowthSection;
use profile::ProfileSection;
use roadmap::RoadmapSection;
use toolbar::Toolbar;

/// What every part of the editor needs: the session and the deck's current problems.
#[derive(Clone, Copy)]
pub(crate) struct EditorCtx {
    pub session: EditSession,
    pub issues: Memo<Vec<FieldIssue>>,
}

impl EditorCtx {
    /// The inline message for a field path, if its rule is broken.
    pub fn issue(&self, path: String) -> Signal<Option<String>> {
        self.issue_at(move || Some(path.clone()))
    }

    /// The same for a field whose path moves with its row (`roadmap[3].title`): the path is
    /// worked out afresh each time, `None` while the row has no place.
    pub fn issue_at(
        &self,
        path: impl Fn() -> Option<String> + Send + Sync + 'static,
    ) -> Signal<Option<String>> {
        let issues = self.issues;
        Signal::derive(move || {
            let path = path()?;
            issues.with(|v| FieldIssue::message_for(v, &path))
        })
    }
}

/// One item of a deck list as its row sees it: where it is, and a copy. It is re-evaluated
/// only when this item is edited or the lists change shape (not on every keystroke elsewhere),
/// and only notifies the row's fields when the item really changed.
pub(crate) fn item_memo<T: Clone + PartialEq + Send + Sync + 'static>(
    session: EditSession,
    item_id: String,
    find: impl Fn(&crate::model::Deck, usize) -> Option<(usize, T)> + Send + Sync + 'static,
) -> Memo<Option<(usize, T)>> {
    Memo::new(move |prev: Option<&Option<(usize, T)>>| {
        session.track_item(&item_id);
        // Where the item was last time: it usually still is.
        let hint = prev.and_then(|p| p.as_ref()).map_or(0, |(i, _)| *i);
        session.deck.with_untracked(|d| find(d, hint))
    })
}

#[component]
pub fn EditorPage(
    /// The deck's id.
    id: String,
) -> impl IntoView {
    view! {
        <DeckScreen id=id error_page=true page=|record| view! { <Editor record=record/> }.into_any()/>
    }
}

#[component]
fn Editor(record: DeckRecord) -> impl IntoView {
    let decks = use_decks();
    let session = EditSession::new(record, decks);
    let issues = Memo::new(move |_| session.deck.with(|d| d.validate()));
    let ctx = EditorCtx { session, issues };
    provide_context(ctx);
    let tips = RwSignal::new(!settings::guidance_hidden());
    provide_context(TipsVisible(tips));

    // Saves never wait for a debounce when the page goes away.
    let hide = window_event_listener(ev::pagehide, move |_| session.flush());
    let visibility = window_event_listener(ev::visibilitychange, move |_| {
        let hidden = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
        if hidden {
            session.flush();
        }
    });
    let keys = window_event_listener(ev::keydown, move |ev| {
        let key = ev.key().to_ascii_lowercase();
        if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() {
            return;
        }
        if key == "z" && !ev.shift_key() {
            ev.prevent_default();
            session.undo();
        } else if (key == "z" && ev.shift_key()) || key == "y" {
            ev.prevent_default();
            session.redo();
        } else if key == "s" {
            // Saving is automatic; Ctrl+S just saves now instead of opening "Save page as".
            ev.prevent_default();
            session.flush();
        }
    });
    on_cleanup(move || {
        session.flush();
        hide.remove();
        visibility.remove();
        keys.remove();
    });
    Effect::new(move |_| {
        if let Some((id, revision)) = decks.saved_elsewhere.get() {
            if session.deck.with_untracked(|d| d.id == id) {
                session.saved_elsewhere(revision);
            }
        }
    });

    let title = Signal::derive(move || session.deck.with(|d| d.title.clone()));
    let page_title = Signal::derive(move || {
        let t = title.get();
        if t.trim().is_empty() {
            "Untitled deck".to_owned()
        } else {
            t
        }
    });
    let owner = Signal::derive(move || session.deck.with(|d| d.owner.clone().unwrap_or_default()));
    let seal = Callback::new(move |()| session.seal());

    view! {
        <PageTitle title=page_title/>
        <div class="editor">
            <Toolbar session=session tips=tips/>
            <SaveProblem session=session/>
            <div class="editor-body">
                <div class="editor-main">
                    <section class="deck-basics" aria-label="Deck">
                        <TextField id="deck-title" label="Deck title" value=title class="title-field"
                            on_input=Callback::new(move |t: String| session.edit("title", |d| d.title = t))
                            error=ctx.issue("title".into()) on_blur=seal/>
                        <TextField id="deck-owner" label="Your name" value=owner
                            placeholder="As you'd like it shown when you share"
                            on_input=Callback::new(move |t: String| session.edit("owner", |d| {
                                d.owner = if t.is_empty() { None } else { Some(t) };
                            }))
                            error=ctx.issue("owner".into()) on_blur=seal/>
                    </section>
                    <ProfileSection/>
                    <RoadmapSection/>
                    <GrowthSection/>
                    <section class="deck-section" id="section-asks" aria-labelledby="asks-heading">
                        <h2 id="asks-heading">"Asks"</h2>
                        <SectionIntro key="intro-asks" text=guidance::SECTION_ASKS/>
                        <TextListEditor session=session list=TextList::Asks legend="What I need" item_name="ask"
                            guide=guidance::ASKS issues=issues/>
                    </section>
                </div>
                <CompletenessPanel/>
            </div>
        </div>
    }
}
