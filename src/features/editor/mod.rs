//! The guided deck editor: loads one deck, edits it through an `EditSession` (autosave,
//! undo/redo, merging with other tabs), and lays out the sections with guidance and a
//! completeness view.

mod completeness_panel;
mod growth;
pub mod guidance;
mod item_row;
mod messages;
mod profile;
mod roadmap;
mod save_problem;
mod since_shared;
mod supporters;
mod text_list;
mod toolbar;

use leptos::ev;
use leptos::prelude::*;

use super::DeckScreen;
use crate::components::{
    DeckView, Guide, KeepingNote, PageTitle, SectionIntro, TextField, TipsVisible,
};
use crate::model::{DeckRecord, Field, Moment, TextList};
use crate::routes::Screen;
use crate::services::nav::href;
use crate::services::{keeping, page_life, use_library, use_toasts, EditSession, SaveStatus};
use crate::storage::settings;

use completeness_panel::CompletenessPanel;
use growth::GrowthSection;
use guidance::Tip;
use messages::Messages;
use profile::ProfileSection;
use roadmap::RoadmapSection;
use save_problem::SaveProblem;
use supporters::SupportersSection;
pub use text_list::TextListEditor;
use toolbar::Toolbar;

/// What every part of the editor needs: the session, the messages under its fields (broken
/// rules and warnings), and the kind of work its examples should speak to.
#[derive(Clone, Copy)]
pub struct EditorCtx {
    pub session: EditSession,
    pub messages: Messages,
    /// From the headline when the editor opened (see `guidance::kind_of_work`).
    pub work: Option<usize>,
}

impl EditorCtx {
    /// A new context for a session (each change checks the deck once, for every field at
    /// the same time, and tells only the fields whose message changed).
    pub fn new(session: EditSession) -> EditorCtx {
        let work = session.deck.with_untracked(|d| {
            guidance::kind_of_work(d.profile.as_ref().map_or("", |p| p.headline.as_str()))
        });
        EditorCtx {
            session,
            messages: Messages::new(session),
            work,
        }
    }

    /// The inline message for a field, if its rule is broken.
    pub fn issue(&self, field: Field) -> Signal<Option<String>> {
        self.messages.of(field)
    }

    /// A tip with the example for this deck's kind of work.
    pub fn tip(&self, tip: Tip) -> Guide {
        tip.for_work(self.work)
    }
}

/// A section's opening advice, remembered as dismissed in this browser's settings.
#[component]
fn Intro(key: &'static str, text: &'static str) -> impl IntoView {
    let dismissed = RwSignal::new(settings::tip_dismissed(key));
    let on_dismiss = Callback::new(move |()| {
        settings::dismiss_tip(key);
        dismissed.set(true);
    });
    view! { <SectionIntro text=text dismissed=dismissed on_dismiss=on_dismiss/> }
}

#[component]
pub fn EditorPage(
    /// The deck's id.
    id: String,
) -> impl IntoView {
    view! { <DeckScreen id=id page=|record| view! { <Editor record=record/> }.into_any()/> }
}

#[component]
fn Editor(record: DeckRecord) -> impl IntoView {
    let library = use_library();
    let session = EditSession::new(record, library);
    let ctx = EditorCtx::new(session);
    provide_context(ctx);
    let tips = RwSignal::new(!settings::guidance_hidden());
    provide_context(TipsVisible(tips));
    // Saving the deck when the screen closes must not touch its signals: `close`.
    page_life::keep_on_leaving(move || session.leave(), move || session.close());
    page_life::edit_keys(
        move || session.undo(),
        move || session.redo(),
        move || session.flush(),
    );
    Effect::new(move |_| {
        if let Some((id, revision)) = library.saved_elsewhere.get() {
            if session.deck.with_untracked(|d| d.id == id) {
                session.saved_elsewhere(revision);
            }
        }
    });
    let toasts = use_toasts();
    Effect::new(move |_| {
        if let Some(message) = session.recovered.get() {
            toasts.show(message, None);
        }
    });
    // Printing from the editor (Ctrl+P) prints the deck as a document, not the form. It is
    // only built while printing, so typing in a big deck never pays for it.
    let printing = RwSignal::new(false);
    let before = window_event_listener(ev::beforeprint, move |_| printing.set(true));
    let after = window_event_listener(ev::afterprint, move |_| printing.set(false));
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    // A link from another screen to one field (`#role-r2-start`) lands on it.
    leptos::task::spawn_local(async {
        leptos::task::tick().await;
        let target = crate::services::dom::fragment();
        if !target.is_empty() && !target.starts_with("d1.") {
            crate::services::dom::reveal(&target);
        }
    });

    // Memos: these change with a few keystrokes, not with every keystroke in the deck.
    let title = Memo::new(move |_| session.deck.with(|d| d.title.clone()));
    let page_title = Memo::new(move |_| {
        let t = title.get();
        if t.trim().is_empty() {
            "Untitled deck".to_owned()
        } else {
            t
        }
    });
    let owner = Memo::new(move |_| session.deck.with(|d| d.owner.clone().unwrap_or_default()));
    let seal = Callback::new(move |()| session.seal());
    // After the first real edits (something to undo, and saved): a word on keeping the work.
    let (keeping_note, dismiss_keeping) = keeping::moment(Moment::FirstEdits);
    // Once shown it stays (no flicker while later edits save).
    let edited = Memo::new(move |was: Option<&bool>| {
        was.copied().unwrap_or(false)
            || (session.can_undo() && session.status.with(|s| matches!(s, SaveStatus::Saved)))
    });
    let keeping_note = Signal::derive(move || keeping_note.get().filter(|_| edited.get()));

    view! {
        <PageTitle title=page_title/>
        {move || printing.get().then(|| view! {
            <div class="print-only"><DeckView deck=session.deck.get_untracked()/></div>
        })}
        <div class="editor no-print">
            <h1 class="visually-hidden">{move || format!("Editing “{}”", page_title.get())}</h1>
            <Toolbar session=session tips=tips/>
            <SaveProblem session=session/>
            <KeepingNote text=keeping_note settings_href=href(&Screen::Settings) on_dismiss=dismiss_keeping/>
            <div class="editor-body">
                <div class="editor-main">
                    <section class="deck-basics" aria-label="Deck">
                        <TextField id="deck-title" label="Deck title" value=title class="title-field"
                            on_input=Callback::new(move |t: String| session.edit("title", |d| d.title = t))
                            error=ctx.issue(Field::Title) on_blur=seal/>
                        <TextField id="deck-owner" label="Your name" value=owner
                            placeholder="As you'd like it shown when you share"
                            on_input=Callback::new(move |t: String| session.edit("owner", |d| {
                                d.owner = if t.is_empty() { None } else { Some(t) };
                            }))
                            error=ctx.issue(Field::Owner) on_blur=seal/>
                    </section>
                    <since_shared::SinceShared session=session/>
                    <ProfileSection/>
                    <RoadmapSection/>
                    <GrowthSection/>
                    <section class="deck-section" id="section-asks" aria-labelledby="asks-heading">
                        <h2 id="asks-heading">"Asks"</h2>
                        <Intro key="intro-asks" text=guidance::SECTION_ASKS/>
                        <TextListEditor list=TextList::Asks item_name="ask" guide=ctx.tip(guidance::ASKS)/>
                    </section>
                    <SupportersSection/>
                </div>
                <CompletenessPanel/>
            </div>
        </div>
    }
}
