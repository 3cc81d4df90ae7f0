//! The board editor: the board's title, who offers it and how to raise a hand, then its
//! opportunities, each a card. Saves itself (debounced, revision-checked), undoes and redoes
//! (buttons and Ctrl+Z / Ctrl+Shift+Z), shows each broken rule under its field, and works from
//! the keyboard and on a narrow phone.

use leptos::prelude::*;

use super::guidance;
use super::opportunity::OpportunityEditor;
use super::session::{BoardSession, BoardStatus};
use super::BoardScreen;
use crate::board::{BoardField, BoardIssue, Opportunity};
use crate::components::{PageTitle, SaveIndicator, SectionIntro, TextField, TipsVisible};
use crate::model::{count, limits::MAX_LIST_ITEMS};
use crate::routes::Screen;
use crate::services::nav::href;
use crate::services::{dom, page_life, use_library, use_toasts};
use crate::storage::settings;

const INTRO_KEY: &str = "intro-board";

#[component]
pub fn BoardPage(
    /// The board's id.
    id: String,
) -> impl IntoView {
    view! { <BoardScreen id=id page=|record| view! { <BoardEditor record=record/> }.into_any()/> }
}

/// What every part of the board editor needs.
#[derive(Clone, Copy)]
pub struct BoardCtx {
    pub session: BoardSession,
    /// Every broken rule, checked once per change.
    pub issues: Memo<Vec<BoardIssue>>,
}

impl BoardCtx {
    /// The inline message for a field, if its rule is broken.
    pub fn issue(&self, field: BoardField) -> Signal<Option<String>> {
        let issues = self.issues;
        Signal::derive(move || issues.with(|v| BoardIssue::message_for(v, &field)))
    }
}

#[component]
fn BoardEditor(record: crate::board::BoardRecord) -> impl IntoView {
    let library = use_library();
    let session = BoardSession::new(record, library);
    let ctx = BoardCtx {
        session,
        issues: Memo::new(move |_| session.board.with(|b| b.validate())),
    };
    provide_context(ctx);
    let tips = RwSignal::new(!settings::guidance_hidden());
    provide_context(TipsVisible(tips));
    page_life::keep_on_leaving(
        move || session.leave(),
        move || {
            session.leave();
        },
    );
    page_life::edit_keys(
        move || session.undo(),
        move || session.redo(),
        move || session.save_now(),
    );
    Effect::new(move |_| {
        if let Some((id, revision)) = library.saved_elsewhere.get() {
            if session.board.with_untracked(|b| b.id == id) {
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
    // A link from the share screen to one field (`#o-o2-starts`) lands on it.
    leptos::task::spawn_local(async {
        leptos::task::tick().await;
        let target = dom::fragment();
        if !target.is_empty() && !target.starts_with("d1.") {
            dom::reveal(&target);
        }
    });

    let title = Signal::derive(move || session.board.with(|b| b.title.clone()));
    let page_title = Signal::derive(move || {
        let t = title.get();
        if t.trim().is_empty() {
            "Untitled board".to_owned()
        } else {
            t
        }
    });
    let from = Signal::derive(move || session.board.with(|b| b.from.clone().unwrap_or_default()));
    let note = Signal::derive(move || session.board.with(|b| b.note.clone().unwrap_or_default()));
    let seal = Callback::new(move |()| session.seal());
    let ids = Memo::new(move |_| {
        session.board.with(|b| {
            b.opportunities
                .iter()
                .map(|o| o.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let add = move |_| {
        let mut new_id = None;
        session.edit("opportunity-add", |b| {
            if b.opportunities.len() < MAX_LIST_ITEMS {
                let id = b.next_opportunity_id();
                b.opportunities.push(Opportunity::blank(id.clone()));
                new_id = Some(id);
            }
        });
        if let Some(id) = new_id {
            dom::focus_after_render(format!("o-{id}-title"));
        }
    };
    let intro_dismissed = RwSignal::new(settings::tip_dismissed(INTRO_KEY));
    let problems = Memo::new(move |_| ctx.issues.with(Vec::len));

    view! {
        <PageTitle title=page_title/>
        <div class="editor board-editor">
            <h1 class="visually-hidden">{move || format!("Editing the board “{}”", page_title.get())}</h1>
            <Toolbar session=session tips=tips/>
            <ConflictNotice session=session/>
            <div class="board-editor-body">
                <SectionIntro text=guidance::INTRO dismissed=intro_dismissed on_dismiss=Callback::new(move |()| {
                    settings::dismiss_tip(INTRO_KEY);
                    intro_dismissed.set(true);
                    dom::focus_after_render("board-title".into());
                })/>
                <section class="deck-basics" aria-label="Board">
                    <TextField id="board-title" label="Board title" value=title class="title-field"
                        guide=guidance::TITLE
                        on_input=Callback::new(move |t: String| session.edit("title", |b| b.title = t))
                        error=ctx.issue(BoardField::Title) on_blur=seal/>
                    <TextField id="board-from" label="Who offers these" value=from guide=guidance::FROM
                        placeholder="Your name and role"
                        on_input=Callback::new(move |t: String| session.edit("from", |b| {
                            b.from = (!t.is_empty()).then_some(t);
                        }))
                        error=ctx.issue(BoardField::From) on_blur=seal/>
                    <TextField id="board-note" label="How to raise your hand" value=note guide=guidance::NOTE
                        multiline=true rows=2
                        on_input=Callback::new(move |t: String| session.edit("note", |b| {
                            b.note = (!t.is_empty()).then_some(t);
                        }))
                        error=ctx.issue(BoardField::Note) on_blur=seal/>
                </section>
                <section class="deck-section" id="section-opportunities" aria-labelledby="opportunities-heading">
                    <h2 id="opportunities-heading">"Opportunities"</h2>
                    <p class="muted">{move || {
                        let n = ids.with(Vec::len);
                        let p = problems.get();
                        let mut s = if n == 0 {
                            "None yet: add the first one below.".to_owned()
                        } else {
                            format!("{} on this board.", count(n, "opportunity", "opportunities"))
                        };
                        if p > 0 {
                            s.push_str(&format!(" {} to fix before you can share it: each is marked where it is.", count(p, "thing", "things")));
                        }
                        s
                    }}</p>
                    <ol class="cards" aria-label="Opportunities">
                        <For each=move || ids.get() key=|id| id.clone() children=move |id| view! {
                            <OpportunityEditor id=id ids=ids/>
                        }/>
                    </ol>
                    <button type="button" class="add" id="opportunity-add" on:click=add
                        disabled=move || ids.with(|v| v.len() >= MAX_LIST_ITEMS)>"Add opportunity"</button>
                </section>
            </div>
        </div>
    }
}

/// Back, save state, undo/redo, tips, share.
#[component]
fn Toolbar(session: BoardSession, tips: RwSignal<bool>) -> impl IntoView {
    let id = session.board.with_untracked(|b| b.id.clone());
    let toggle_tips = move |_| {
        let show = !tips.get_untracked();
        tips.set(show);
        settings::set_guidance_hidden(!show);
    };
    let label = Signal::derive(move || session.status.with(|s| s.label()));
    let state = Signal::derive(move || session.status.with(|s| s.state()));
    view! {
        <div class="toolbar" role="toolbar" aria-label="Board actions">
            <a class="button ghost" href=href(&Screen::Library)>"← Your library"</a>
            <SaveIndicator label=label state=state/>
            <div class="toolbar-group">
                // A button that disables itself would drop focus to the page: it moves to its twin.
                <button type="button" id="undo" aria-keyshortcuts="Control+Z" disabled=move || !session.can_undo()
                    on:click=move |_| {
                        session.undo();
                        if !session.can_undo() {
                            dom::focus_after_render("redo".into());
                        }
                    }>"Undo"</button>
                <button type="button" id="redo" aria-keyshortcuts="Control+Shift+Z" disabled=move || !session.can_redo()
                    on:click=move |_| {
                        session.redo();
                        if !session.can_redo() {
                            dom::focus_after_render("undo".into());
                        }
                    }>"Redo"</button>
                <button type="button" aria-pressed=move || if tips.get() { "true" } else { "false" }
                    on:click=toggle_tips>"Show tips"</button>
            </div>
            <div class="toolbar-group">
                <a class="button primary" href=href(&Screen::ShareBoard(id))>"Share board"</a>
            </div>
        </div>
    }
}

/// A failed save, or another tab's save of the same board: said plainly, with the choice.
#[component]
fn ConflictNotice(session: BoardSession) -> impl IntoView {
    move || {
        match session.status.get() {
        BoardStatus::Failed(why) => Some(view! {
            <div class="alert" role="alert">
                <p>{format!("Your last change was not saved. {why}")}</p>
                <button type="button" on:click=move |_| session.save_now()>"Try again"</button>
            </div>
        }.into_any()),
        BoardStatus::Conflict(_) => Some(view! {
            <div class="alert" role="alert" id="board-conflict">
                <p>
                    "This board was changed in another tab or window since you opened it here. "
                    "Keep what is on this screen (the other version is replaced), or take the other "
                    "version (Undo brings this one back)."
                </p>
                <div class="actions">
                    <button type="button" class="primary" on:click=move |_| {
                        session.keep_mine();
                        dom::focus_after_render("board-title".into());
                    }>"Keep this tab's version"</button>
                    <button type="button" on:click=move |_| {
                        session.take_theirs();
                        dom::focus_after_render("board-title".into());
                    }>"Use the other version"</button>
                </div>
            </div>
        }.into_any()),
        _ => None,
    }
    }
}
