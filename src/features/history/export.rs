//! The deck as a Markdown document: downloaded as a `.md` file or copied, to paste into a
//! wiki, a document or an email.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::use_history;
use crate::model::{deck_to_markdown, file_name_for};
use crate::services::{dom, use_toasts};

#[component]
pub fn Export() -> impl IntoView {
    let ctx = use_history();
    let toasts = use_toasts();
    let error = RwSignal::new(None::<String>);
    let markdown = move || ctx.current.with_untracked(deck_to_markdown);
    let download = move |_| {
        error.set(None);
        let name = ctx
            .current
            .with_untracked(|d| file_name_for(&d.title, "md"));
        if dom::download(&name, "text/markdown", &markdown()) {
            toasts.show(format!("Downloaded {name}."), None);
        } else {
            error.set(Some("The browser didn't allow the download.".into()));
        }
    };
    let copy = move |_| {
        error.set(None);
        let text = markdown();
        spawn_local(async move {
            if dom::copy_text(&text).await {
                toasts.show(
                    "Copied as Markdown. Paste it into a document or an email.".into(),
                    None,
                );
            } else {
                error.try_set(Some(
                    "The browser didn't allow copying. Download the file instead.".into(),
                ));
            }
        });
    };
    view! {
        <section class="history-part" aria-labelledby="export-heading">
            <h2 id="export-heading">"As a Markdown document"</h2>
            <p>
                "The whole deck as plain text with headings, to paste into a wiki, a document or an "
                "email, or to keep. Your speaker notes are left out."
            </p>
            <div class="actions">
                <button type="button" on:click=download>"Download as Markdown"</button>
                <button type="button" on:click=copy>"Copy as Markdown"</button>
            </div>
            <crate::components::ErrorAlert message=error/>
        </section>
    }
}
