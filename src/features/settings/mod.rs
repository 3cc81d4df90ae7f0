//! Settings: theme, whether the browser keeps the data, tips, and backups.

mod backups;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::PageTitle;
use crate::model::{byte_size, storage_advice, KeepingFacts};
use crate::services::{dom, keeping, use_library, use_toasts};
use crate::storage::persist;
use crate::storage::settings::{self, Theme};
use backups::Backups;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let library = use_library();
    library.ensure_open();
    let toasts = use_toasts();
    let theme = RwSignal::new(settings::theme());
    let persisted = RwSignal::new(None::<bool>);
    let usage = RwSignal::new(None::<(f64, f64)>);
    // Only for the wording: what the browser does is read from it, never guessed.
    let engine = keeping::engine();
    let engine_key = format!("{engine:?}").to_lowercase();
    let installed = keeping::installed();
    spawn_local(async move {
        persisted.set(Some(persist::is_persisted().await));
        usage.set(persist::estimate().await);
        dom::set_ready_after_render();
    });
    let ask = move |_| {
        spawn_local(async move {
            persisted.set(Some(persist::request_persistence().await));
        });
    };
    let themes = Theme::ALL
        .into_iter()
        .map(|t| {
            let id = format!("theme-{}", t.key());
            view! {
                <label class="check">
                    <input type="radio" name="theme" id=id prop:checked=move || theme.get() == t
                        on:change=move |_| {
                            theme.set(t);
                            settings::set_theme(t);
                            dom::set_theme_attribute(t.attribute());
                        }/>
                    <span>{t.label()}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <PageTitle title="Settings"/>
        <section class="settings">
            <h1>"Settings"</h1>
            <fieldset>
                <legend>"Appearance"</legend>
                <div class="checks">{themes}</div>
            </fieldset>
            <section aria-labelledby="storage-heading">
                <h2 id="storage-heading">"Where your decks are kept"</h2>
                <p>
                    "Your decks live only in this browser, on this device. Career Deck has no server "
                    "and no account: nobody else can see them, and they don't follow you to other devices."
                </p>
                {move || {
                    let Some(kept) = library.is_kept() else {
                        return view! { <p class="muted">"Checking…"</p> }.into_any();
                    };
                    let Some(persisted) = persisted.get() else {
                        return view! { <p class="muted">"Checking…"</p> }.into_any();
                    };
                    let advice = storage_advice(KeepingFacts { engine, kept, persisted, installed });
                    view! {
                        <p class="storage-state" data-state=advice.state data-engine=engine_key.clone()>
                            <strong>{advice.lead}</strong>{advice.text}
                        </p>
                        {advice.ask.map(|label| view! { <button type="button" on:click=ask>{label}</button> })}
                    }
                    .into_any()
                }}
                {move || usage.get().map(|(used, quota)| view! {
                    <p class="muted">{format!("Using {} of the {} this browser allows this site.", byte_size(used), byte_size(quota))}</p>
                })}
            </section>
            <section aria-labelledby="tips-heading">
                <h2 id="tips-heading">"Tips"</h2>
                <p>"The editor shows a question and an example beside each field. You can hide them there, or:"</p>
                <button type="button" on:click=move |_| {
                    settings::set_guidance_hidden(false);
                    settings::reset_tips();
                    toasts.show("Tips will show again in the editor.".into(), None);
                }>"Show all tips again"</button>
            </section>
            <Backups/>
        </section>
    }
}
