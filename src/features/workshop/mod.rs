//! The career workshop: short exercises, one step at a time, each result landing in the deck
//! only after the person has seen it before and after and ticked it.
//!
//! Two things are kept, separately:
//! - the workshop's own state (`workshop::WorkshopState`: the step the person is on and
//!   everything they wrote), in the `workshop` store beside the deck, saved a moment after
//!   each change and written to localStorage when the page goes away unsaved;
//! - the deck, through the same `EditSession` the editor uses (autosave, undo/redo, merging
//!   with other tabs). A step's accepted changes are one `edit_lists` call, so one Undo takes
//!   the whole step back.
//!
//! The pure work (sorting, patterns, proposals) is `crate::workshop`; this folder only shows
//! it and calls it.

mod asks;
mod changes;
mod direction;
mod energy;
mod gaps;
mod pitch;
mod story;
mod strengths;
mod summary;
mod values;
mod widgets;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::DeckScreen;
use crate::components::{ErrorAlert, PageTitle, SaveIndicator};
use crate::model::DeckRecord;
use crate::routes::Screen;
use crate::services::nav::href;
use crate::services::workshop_library::ResumedWorkshop;
use crate::services::{
    dom, page_life, use_library, use_toasts, DeckLibrary, EditSession, SaveStatus, Toasts,
};
use crate::workshop::{Step, WorkshopState};

pub use energy::EnergyStep;
pub use values::ValuesStep;

/// Workshop answers are saved this long after the last change.
const STATE_DEBOUNCE: std::time::Duration = std::time::Duration::from_millis(400);

/// Where the workshop's own state stands against what is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StateSave {
    Saved,
    Unsaved,
    Saving,
    Failed,
}

/// What every step needs: the deck's session, the workshop state, and the live region.
#[derive(Clone, Copy)]
pub struct WorkshopCtx {
    pub session: EditSession,
    pub state: RwSignal<WorkshopState>,
    /// What the polite live region says (placements, progress, applied changes).
    pub said: RwSignal<String>,
    pub state_save: RwSignal<StateSave>,
    /// Why the workshop's answers could not be saved, if they could not.
    pub save_error: RwSignal<Option<String>>,
    /// The step whose changes were the last put in the deck (its "Take it back" undoes them).
    pub last_applied: RwSignal<Option<Step>>,
    deck_id: StoredValue<String>,
    timer: StoredValue<Option<TimeoutHandle>>,
    library: DeckLibrary,
    /// Where "Removed … Undo" is offered (none in a test without notices).
    toasts: Option<Toasts>,
    /// A newer app's state is stored: nothing may be saved over it.
    read_only: bool,
}

/// The workshop's context; panics only if no workshop screen provided it (a programming error).
pub fn use_workshop() -> WorkshopCtx {
    expect_context::<WorkshopCtx>()
}

impl WorkshopCtx {
    /// A workshop over a deck's editing session, starting from `state`.
    pub fn new(session: EditSession, state: WorkshopState, library: DeckLibrary) -> WorkshopCtx {
        let deck_id = session.deck.with_untracked(|d| d.id.clone());
        WorkshopCtx {
            session,
            state: RwSignal::new(state),
            said: RwSignal::new(String::new()),
            state_save: RwSignal::new(StateSave::Saved),
            save_error: RwSignal::new(None),
            last_applied: RwSignal::new(None),
            deck_id: StoredValue::new(deck_id),
            timer: StoredValue::new(None),
            library,
            toasts: use_context::<Toasts>(),
            read_only: false,
        }
    }

    /// Removes row `i` of a list in the workshop state (a moment, a chapter, an ask) and
    /// offers it back: "Removed chapter 2. Undo" puts it back where it was and moves the
    /// cursor to `focus` in it. Removing is the one thing here that loses words.
    pub fn remove_row<T, F>(
        &self,
        what: String,
        list: F,
        i: usize,
        after: Option<fn(&mut WorkshopState)>,
        focus: String,
    ) where
        T: Clone + Send + Sync + 'static,
        F: Fn(&mut WorkshopState) -> &mut Vec<T> + Copy + Send + Sync + 'static,
    {
        let removed = self
            .update(|s| {
                let rows = list(s);
                let item = (i < rows.len()).then(|| rows.remove(i));
                if let Some(f) = after {
                    f(s);
                }
                item
            })
            .flatten();
        let Some(item) = removed else {
            return;
        };
        let Some(toasts) = self.toasts else {
            self.say(format!("Removed {what}."));
            return;
        };
        let ctx = *self;
        let back = what.clone();
        let undo = Callback::new(move |()| {
            ctx.update(|s| {
                let rows = list(s);
                rows.insert(i.min(rows.len()), item.clone());
                if let Some(f) = after {
                    f(s);
                }
            });
            ctx.say(format!("Put {back} back."));
            dom::focus_after_render(focus.clone());
        });
        toasts.show(format!("Removed {what}."), Some(("Undo", undo)));
    }

    /// The deck's id.
    pub fn deck_id(&self) -> String {
        self.deck_id.get_value()
    }

    /// Changes the workshop state and saves it a moment later; answers what `change` did.
    pub fn update<R>(&self, change: impl FnOnce(&mut WorkshopState) -> R) -> Option<R> {
        let out = self.state.try_update(change);
        if out.is_some() {
            self.schedule_save();
        }
        out
    }

    /// Says something in the live region.
    pub fn say(&self, text: impl Into<String>) {
        self.said.try_set(text.into());
    }

    /// Opens a step (any step, in any order), saves at once so a reload opens it again, and
    /// moves focus to its heading.
    pub fn go(&self, step: Step) {
        self.update(|s| s.go_to(step));
        self.save_now();
        self.say(format!(
            "Step {} of {}: {}.",
            step.index() + 1,
            Step::ALL.len(),
            step.title()
        ));
        dom::focus_after_render(heading_id(step));
    }

    /// Marks a step done and opens the next one (the summary stays open when it is done).
    pub fn finish(&self, step: Step) {
        let sentence = self
            .update(|s| {
                s.mark_done(step);
                if let Some(next) = step.next() {
                    s.go_to(next);
                }
                s.progress_sentence()
            })
            .unwrap_or_default();
        self.save_now();
        match step.next() {
            Some(next) => {
                self.say(format!(
                    "“{}” done. {sentence} Step {} of {}: {}.",
                    step.title(),
                    next.index() + 1,
                    Step::ALL.len(),
                    next.title()
                ));
                dom::focus_after_render(heading_id(next));
            }
            None => self.say(format!("You have finished the workshop. {sentence}")),
        }
    }

    fn schedule_save(&self) {
        if self.read_only {
            return;
        }
        self.state_save.try_set(StateSave::Unsaved);
        self.library.unsaved.try_set(true);
        let Some(previous) = self.timer.try_get_value() else {
            return;
        };
        if let Some(handle) = previous {
            handle.clear();
        }
        let ctx = *self;
        let handle = set_timeout_with_handle(move || ctx.save_now(), STATE_DEBOUNCE).ok();
        self.timer.try_set_value(handle);
    }

    /// Saves the workshop state now, if anything is unsaved. The saving task holds all it
    /// needs, so a save started as the screen closes still completes.
    pub fn save_now(&self) {
        if let Some(Some(handle)) = self.timer.try_get_value() {
            handle.clear();
            self.timer.try_set_value(None);
        }
        if self.read_only
            || matches!(
                self.state_save.try_get_untracked(),
                None | Some(StateSave::Saved)
            )
        {
            return;
        }
        let (Some(snapshot), Some(id)) =
            (self.state.try_get_untracked(), self.deck_id.try_get_value())
        else {
            return;
        };
        self.state_save.try_set(StateSave::Saving);
        let ctx = *self;
        let library = self.library;
        spawn_local(async move {
            match library.save_workshop(&id, &snapshot).await {
                Ok(()) => {
                    let current = ctx.state.try_with_untracked(|s| *s == snapshot);
                    if current == Some(true) {
                        ctx.state_save.try_set(StateSave::Saved);
                        ctx.save_error.try_set(None);
                        if !ctx.session.has_unsaved() {
                            library.unsaved.try_set(false);
                        }
                    }
                }
                Err(e) => {
                    library.keep_workshop_for_later(&id, &snapshot);
                    ctx.state_save.try_set(StateSave::Failed);
                    ctx.save_error.try_set(Some(format!(
                        "Your workshop answers could not be saved. They are still on screen. {e}"
                    )));
                }
            }
        });
    }

    /// The screen is going away inside the app (the person went to another screen): saves
    /// what is unsaved without touching any signal, since the screen's views are being taken
    /// down around it; a copy waits for the next visit until the save has landed.
    pub fn close(&self) {
        if self.read_only || !self.has_unsaved() {
            return;
        }
        if let Some(Some(handle)) = self.timer.try_get_value() {
            handle.clear();
        }
        let (Some(state), Some(id)) =
            (self.state.try_get_untracked(), self.deck_id.try_get_value())
        else {
            return;
        };
        let library = self.library;
        library.keep_workshop_for_later(&id, &state);
        spawn_local(async move {
            // Stored: the copy for the next visit is forgotten with it. Not stored: it stays.
            let _ = library.save_workshop(&id, &state).await;
        });
    }

    /// Whether some of the workshop's answers are not stored yet.
    pub fn has_unsaved(&self) -> bool {
        !matches!(
            self.state_save.try_get_untracked(),
            Some(StateSave::Saved) | None
        )
    }

    /// The page is going away: writes unsaved answers where the next visit finds them and
    /// starts a save. Answers whether everything is safe.
    pub fn leave(&self) -> bool {
        if !self.has_unsaved() {
            return true;
        }
        let kept = match (self.state.try_get_untracked(), self.deck_id.try_get_value()) {
            (Some(state), Some(id)) => self.library.keep_workshop_for_later(&id, &state),
            _ => false,
        };
        self.save_now();
        kept
    }
}

/// The id of a step's heading (focus lands there when the step opens).
pub fn heading_id(step: Step) -> String {
    format!("step-{}-heading", step.key())
}

/// The workshop state read before the deck screen opens, for the screen to start from.
#[derive(Clone)]
struct Resumed(ResumedWorkshop);

#[component]
pub fn WorkshopPage(
    /// The deck's id.
    id: String,
) -> impl IntoView {
    let library = use_library();
    let resumed = RwSignal::new(None::<Result<ResumedWorkshop, String>>);
    {
        let id = id.clone();
        spawn_local(async move {
            let r = library.workshop(&id).await.map_err(|e| e.to_string());
            resumed.try_set(Some(r));
        });
    }
    move || match resumed.get() {
        None => view! { <p class="muted" role="status">"Opening your workshop…"</p> }.into_any(),
        Some(Err(e)) => {
            dom::set_ready_after_render();
            let message = Signal::derive(move || Some(e.clone()));
            view! {
                <PageTitle title="Workshop could not be opened"/>
                <h1>"Your workshop could not be opened"</h1>
                <ErrorAlert message=message/>
                <p><a href=href(&Screen::Library)>"Back to your decks"</a></p>
            }
            .into_any()
        }
        Some(Ok(r)) => {
            provide_context(Resumed(r));
            view! {
                <DeckScreen id=id.clone() page=|record| view! { <Workshop record=record/> }.into_any()/>
            }
            .into_any()
        }
    }
}

#[component]
fn Workshop(record: DeckRecord) -> impl IntoView {
    let library = use_library();
    let resumed = use_context::<Resumed>().map(|r| r.0);
    let session = EditSession::new(record, library);
    let (state, note, unsaved, read_only) = match resumed {
        Some(r) => (r.state, r.note, r.unsaved, r.read_only),
        None => (WorkshopState::new(), None, false, false),
    };
    let mut ctx = WorkshopCtx::new(session, state, library);
    ctx.read_only = read_only;
    provide_context(ctx);
    // Both saves (the deck and the workshop's own answers) go with the page.
    let session = ctx.session;
    page_life::keep_on_leaving(
        move || {
            let deck = session.leave();
            let answers = ctx.leave();
            deck && answers
        },
        move || {
            // Saves without touching the views being taken down.
            session.close();
            ctx.close();
        },
    );
    if unsaved {
        ctx.schedule_save();
    }
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

    let deck_title = Memo::new(move |_| {
        session.deck.with(|d| {
            if d.title.trim().is_empty() {
                "Untitled deck".to_owned()
            } else {
                d.title.clone()
            }
        })
    });
    let page_title = Signal::derive(move || format!("Workshop: {}", deck_title.get()));
    let current = Memo::new(move |_| ctx.state.with(|s| s.current));

    if read_only {
        let id = ctx.deck_id();
        return view! {
            <PageTitle title=page_title/>
            <div class="workshop">
                <h1>"Career workshop"</h1>
                <p class="notice" role="status">{note.unwrap_or_default()}</p>
                <p><a href=href(&Screen::Editor(id))>"Open the deck in the editor"</a></p>
            </div>
        }
        .into_any();
    }

    view! {
        <PageTitle title=page_title/>
        <div class="workshop">
            <WorkshopBar/>
            <DeckProblem/>
            <div class="workshop-head">
                <h1>"Career workshop"</h1>
                <p class="muted deck-name">"For your deck " <span dir="auto">"“" {deck_title} "”"</span></p>
            </div>
            {note.map(|n| view! { <p class="notice" role="status">{n}</p> })}
            <ErrorAlert message=ctx.save_error/>
            <p class="visually-hidden" role="status" aria-live="polite" id="workshop-announcer">
                {move || ctx.said.get()}
            </p>
            <div class="workshop-body">
                <Progress/>
                <div class="workshop-main">
                    {move || match current.get() {
                        Step::Values => view! { <ValuesStep/> }.into_any(),
                        Step::Energy => view! { <EnergyStep/> }.into_any(),
                        Step::Strengths => view! { <strengths::StrengthsStep/> }.into_any(),
                        Step::Story => view! { <story::StoryStep/> }.into_any(),
                        Step::Pitch => view! { <pitch::PitchStep/> }.into_any(),
                        Step::Direction => view! { <direction::DirectionStep/> }.into_any(),
                        Step::Gaps => view! { <gaps::GapsStep/> }.into_any(),
                        Step::AsksSupporters => view! { <asks::AsksStep/> }.into_any(),
                        Step::Summary => view! { <summary::SummaryStep/> }.into_any(),
                    }}
                </div>
            </div>
        </div>
    }
    .into_any()
}

/// Back to the library, where things stand, the deck's undo and redo, and the editor.
#[component]
fn WorkshopBar() -> impl IntoView {
    let ctx = use_workshop();
    let session = ctx.session;
    let id = ctx.deck_id();
    let label = Signal::derive(move || {
        let deck = session.status.with(|s| s.label());
        if deck != SaveStatus::Saved.label() {
            return deck;
        }
        match ctx.state_save.get() {
            StateSave::Saved => SaveStatus::Saved.label(),
            StateSave::Unsaved => SaveStatus::Unsaved.label(),
            StateSave::Saving => SaveStatus::Saving.label(),
            StateSave::Failed => "Not saved",
        }
    });
    let state = Signal::derive(move || {
        let deck = session.status.with(|s| s.state());
        if deck != "saved" {
            return deck;
        }
        match ctx.state_save.get() {
            StateSave::Saved => "saved",
            StateSave::Unsaved | StateSave::Saving => "saving",
            StateSave::Failed => "problem",
        }
    });
    view! {
        <div class="toolbar workshop-bar">
            <a class="button ghost" href=href(&Screen::Library)>"← Your decks"</a>
            <SaveIndicator label=label state=state/>
            <div class="toolbar-group">
                // A button that disables itself would drop focus to the page: it moves to its twin.
                <button type="button" id="undo" title="Undo the last change to your deck"
                    disabled=move || !session.can_undo()
                    on:click=move |_| {
                        session.undo();
                        ctx.last_applied.set(None);
                        ctx.say("Took back the last change to your deck.");
                        if !session.can_undo() {
                            dom::focus_after_render("redo".into());
                        }
                    }>"Undo"</button>
                <button type="button" id="redo" title="Redo the change to your deck"
                    disabled=move || !session.can_redo()
                    on:click=move |_| {
                        session.redo();
                        ctx.say("Put the change back in your deck.");
                        if !session.can_redo() {
                            dom::focus_after_render("undo".into());
                        }
                    }>"Redo"</button>
            </div>
            <a class="button" href=href(&Screen::Editor(id))>"Open in the editor"</a>
        </div>
    }
}

/// The deck's save problems, in short: the editor is where a clash is settled.
#[component]
fn DeckProblem() -> impl IntoView {
    let ctx = use_workshop();
    let id = ctx.deck_id();
    let message = Signal::derive(move || {
        ctx.session.status.with(|s| match s {
            SaveStatus::Failed(e) => Some(format!(
                "Your deck could not be saved: {e} What you changed is kept in this browser and \
                 comes back when you open the deck again."
            )),
            SaveStatus::Conflict(_) => Some(
                "Your deck was changed in another tab at the same time. Open it in the editor \
                 to choose which version to keep; nothing is lost."
                    .to_owned(),
            ),
            _ => None,
        })
    });
    view! {
        <ErrorAlert message=message/>
        {move || message.with(Option::is_some).then(|| view! {
            <p><a href=href(&Screen::Editor(id.clone()))>"Open the deck in the editor"</a></p>
        })}
    }
}

/// Every step, where the person is, and what is done, announced as it changes.
#[component]
fn Progress() -> impl IntoView {
    let ctx = use_workshop();
    let done = Memo::new(move |_| ctx.state.with(|s| s.done.clone()));
    let current = Memo::new(move |_| ctx.state.with(|s| s.current));
    let sentence = Memo::new(move |_| ctx.state.with(|s| s.progress_sentence()));
    let steps = Step::ALL
        .into_iter()
        .map(|step| {
            let is_done = move || done.with(|d| d.contains(&step));
            let is_current = move || current.get() == step;
            view! {
                <li class="progress-step" class:done=is_done class:current=is_current>
                    <button type="button" class="step-button"
                        id=format!("go-{}", step.key())
                        aria-current=move || is_current().then_some("step")
                        on:click=move |_| ctx.go(step)>
                        <span class="step-number" aria-hidden="true">
                            {move || if is_done() { "✓".to_owned() } else { (step.index() + 1).to_string() }}
                        </span>
                        <span class="step-title">{step.title()}</span>
                        <span class="visually-hidden">{move || if is_done() { ", done" } else { "" }}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="workshop-progress" aria-label="Workshop steps">
            <p class="progress-sentence" id="workshop-progress">{sentence}</p>
            <progress max=Step::ALL.len().to_string() value=move || done.with(Vec::len).to_string()
                aria-labelledby="workshop-progress"></progress>
            <ol class="progress-steps">{steps}</ol>
        </nav>
    }
}

/// A step's landmark: its number, heading and purpose, the exercise, then the way on.
#[component]
fn StepFrame(step: Step, children: Children) -> impl IntoView {
    let heading = heading_id(step);
    view! {
        <section class="workshop-step" id=format!("step-{}", step.key()) aria-labelledby=heading.clone()>
            <header class="step-head">
                <p class="step-count muted">
                    {format!("Step {} of {} · about {} minutes", step.index() + 1, Step::ALL.len(), step.minutes())}
                </p>
                <h2 id=heading.clone() tabindex="-1">{step.title()}</h2>
                <p class="lede">{step.intro()}</p>
            </header>
            {children()}
            <StepFooter step=step/>
        </section>
    }
}

/// Previous and next, free in both directions.
#[component]
fn StepFooter(step: Step) -> impl IntoView {
    let ctx = use_workshop();
    let previous = step.previous().map(|p| {
        view! {
            <button type="button" id="step-previous" on:click=move |_| ctx.go(p)>
                {format!("← Back: {}", p.title())}
            </button>
        }
    });
    let next = match step.next() {
        Some(n) => view! {
            <button type="button" class="primary" id="step-next" on:click=move |_| ctx.finish(step)>
                {format!("Done, next: {}", n.title())}
            </button>
        }
        .into_any(),
        None => view! {
            <button type="button" class="primary" id="step-next" on:click=move |_| ctx.finish(step)>
                "Finish the workshop"
            </button>
        }
        .into_any(),
    };
    view! {
        <div class="step-footer actions">
            {previous}
            {next}
        </div>
    }
}
