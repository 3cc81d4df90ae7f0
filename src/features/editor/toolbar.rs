//! The editor's top bar: back, save state, undo/redo, tips, present and share.

use leptos::prelude::*;

use crate::components::SaveIndicator;
use crate::routes::Screen;
use crate::services::nav::href;
use crate::services::{dom, EditSession};
use crate::storage::settings;

#[component]
pub fn Toolbar(session: EditSession, tips: RwSignal<bool>) -> impl IntoView {
    let id = session.deck.with_untracked(|d| d.id.clone());
    let toggle_tips = move |_| {
        let show = !tips.get_untracked();
        tips.set(show);
        settings::set_guidance_hidden(!show);
    };
    let label = Signal::derive(move || session.status.with(|s| s.label()));
    let state = Signal::derive(move || session.status.with(|s| s.state()));
    view! {
        <div class="toolbar" role="toolbar" aria-label="Deck actions">
            <a class="button ghost" href=href(&Screen::Library)>"← Your decks"</a>
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
                // A toggle with one name: pressed means the tips are showing.
                <button type="button" aria-pressed=move || if tips.get() { "true" } else { "false" }
                    on:click=toggle_tips>"Show tips"</button>
            </div>
            <div class="toolbar-group">
                <a class="button" href=href(&Screen::History(id.clone()))>"History"</a>
                <a class="button" href=href(&Screen::Rehearse(id.clone()))>"Rehearse"</a>
                <a class="button" href=href(&Screen::Workshop(id.clone()))>"Workshop"</a>
                <a class="button" id="present" href=href(&Screen::Present(id.clone()))>"Present"</a>
                <a class="button primary" href=href(&Screen::Share(id.clone()))>"Share"</a>
            </div>
        </div>
    }
}
