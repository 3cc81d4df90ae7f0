//! The editor's top bar: back, save state, undo/redo, tips, present and share.

use leptos::prelude::*;

use crate::components::SaveIndicator;
use crate::routes::Screen;
use crate::services::nav::href;
use crate::services::EditSession;
use crate::storage::settings;

#[component]
pub fn Toolbar(session: EditSession, tips: RwSignal<bool>) -> impl IntoView {
    let id = session.deck.with_untracked(|d| d.id.clone());
    let toggle_tips = move |_| {
        let show = !tips.get_untracked();
        tips.set(show);
        settings::set_guidance_hidden(!show);
    };
    view! {
        <div class="toolbar" role="toolbar" aria-label="Deck actions">
            <a class="button ghost" href="?">"← Your decks"</a>
            <SaveIndicator session=session/>
            <div class="toolbar-group">
                <button type="button" aria-keyshortcuts="Control+Z" disabled=move || !session.can_undo()
                    on:click=move |_| session.undo()>"Undo"</button>
                <button type="button" aria-keyshortcuts="Control+Shift+Z" disabled=move || !session.can_redo()
                    on:click=move |_| session.redo()>"Redo"</button>
                <button type="button" aria-pressed=move || if tips.get() { "true" } else { "false" }
                    on:click=toggle_tips>{move || if tips.get() { "Hide tips" } else { "Show tips" }}</button>
            </div>
            <div class="toolbar-group">
                <a class="button" href=href(&Screen::Present(id.clone()))>"Present"</a>
                <a class="button primary" href=href(&Screen::Share(id.clone()))>"Share"</a>
            </div>
        </div>
    }
}
