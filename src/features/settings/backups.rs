//! Backups: download everything this browser keeps as one file, and restore one — after
//! showing, deck by deck, what restoring would do (new, newer, older, identical) and letting
//! the person choose. A damaged record is left out of a backup with a note naming it; a
//! damaged entry in a backup file is skipped and named, and everything else restores.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::components::ErrorAlert;
use crate::model::{
    plan_summary, read_backup, thousands, BackupContents, PlanChoice, PlanEntry, PlanStatus,
    MAX_BACKUP_BYTES,
};
use crate::services::clock::local_date;
use crate::services::{dom, use_library, use_toasts};
use crate::storage::backup_date;

/// A backup read and planned, waiting for the person's go-ahead.
#[derive(Clone)]
struct Pending {
    contents: BackupContents,
    plan: Vec<PlanEntry>,
    choices: RwSignal<Vec<PlanChoice>>,
}

fn status_words(s: PlanStatus) -> &'static str {
    match s {
        PlanStatus::New => "Not in this browser yet.",
        PlanStatus::Identical => "Already here, unchanged.",
        PlanStatus::Newer => "The backup's copy is newer than the one here.",
        PlanStatus::Older => "The one here is newer than the backup's copy.",
        PlanStatus::Diverged => "Both copies changed since they were the same.",
    }
}

#[component]
pub fn Backups() -> impl IntoView {
    let library = use_library();
    let toasts = use_toasts();
    let error = RwSignal::new(None::<String>);
    let notes = RwSignal::new(Vec::<String>::new());
    let pending = RwSignal::new(None::<Pending>);
    let working = RwSignal::new(false);

    let last_backup = RwSignal::new(backup_date::last_backup());
    let download = move |_| {
        error.set(None);
        spawn_local(async move {
            match library.download_backup().await {
                Ok(unreadable) => {
                    last_backup.try_set(backup_date::last_backup());
                    notes.set(
                        unreadable
                            .iter()
                            .map(|u| {
                                format!(
                                    "“{}” could not be read, so it is not in this backup ({}). You can delete it from your decks.",
                                    u.title.clone().unwrap_or_else(|| u.id.clone()),
                                    u.reason
                                )
                            })
                            .collect(),
                    );
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };

    let choose_file = move |ev: leptos::ev::Event| {
        error.set(None);
        notes.set(Vec::new());
        pending.set(None);
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        // Checked before reading: a huge file is refused without loading it into memory.
        if file.size() > MAX_BACKUP_BYTES as f64 {
            error.set(Some(format!(
                "This file is too large to be a Career Deck backup (over {} MB). Nothing was restored.",
                thousands(MAX_BACKUP_BYTES / 1_000_000)
            )));
            return;
        }
        spawn_local(async move {
            let text = match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(t) => t.as_string().unwrap_or_default(),
                Err(_) => {
                    error.set(Some(
                        "That file couldn't be read. Nothing was restored.".into(),
                    ));
                    return;
                }
            };
            let contents = match read_backup(&text) {
                Ok(c) => c,
                Err(e) => {
                    error.set(Some(format!("{e} Nothing was restored.")));
                    return;
                }
            };
            let mut said: Vec<String> = contents.skipped.iter().map(|s| s.to_string()).collect();
            said.extend(contents.notes.iter().map(|n| n.to_string()));
            notes.set(said);
            match library.plan_restore(&contents).await {
                Ok(plan) => {
                    let choices = RwSignal::new(plan.iter().map(|e| e.default_choice).collect());
                    pending.set(Some(Pending {
                        contents,
                        plan,
                        choices,
                    }));
                    dom::focus_after_render("restore-plan".into());
                }
                Err(e) => error.set(Some(format!("{e} Nothing was restored."))),
            }
        });
    };

    let confirm = move |_| {
        let Some(p) = pending.get_untracked() else {
            return;
        };
        if working.get_untracked() {
            return;
        }
        working.set(true);
        spawn_local(async move {
            let choices = p.choices.get_untracked();
            match library.restore(p.contents, choices).await {
                Ok(o) => {
                    let mut parts = Vec::new();
                    if o.restored > 0 {
                        parts.push(format!(
                            "Restored {}.",
                            crate::model::count(o.restored, "deck", "decks")
                        ));
                    }
                    if o.replaced > 0 {
                        parts.push(format!(
                            "Replaced {} with the backup's copy (your version is in its history).",
                            crate::model::count(o.replaced, "deck", "decks")
                        ));
                    }
                    if o.beside > 0 {
                        parts.push(format!(
                            "Added {} beside yours.",
                            crate::model::count(o.beside, "copy", "copies")
                        ));
                    }
                    if o.kept > 0 {
                        parts.push(format!(
                            "{} left as {}.",
                            crate::model::count(o.kept, "deck", "decks"),
                            if o.kept == 1 { "it was" } else { "they were" }
                        ));
                    }
                    toasts.show(parts.join(" "), None);
                    pending.set(None);
                    dom::focus_after_render("restore-file-label".into());
                }
                Err(e) => error.set(Some(format!("{e} Nothing was restored."))),
            }
            working.set(false);
        });
    };

    view! {
        <section aria-labelledby="backup-heading">
            <h2 id="backup-heading">"Backups"</h2>
            <p>
                "A backup is one file with everything Career Deck keeps in this browser — your decks and their "
                "history, decks shared with you and your private notes on them — for safekeeping or to move to "
                "another browser. Keep it somewhere private: it is not encrypted."
            </p>
            <p class="last-backup">
                {move || match last_backup.get() {
                    Some(at) => format!("Last backup downloaded here on {}.", local_date(&at)),
                    None => "You haven't downloaded a backup in this browser yet.".to_owned(),
                }}
            </p>
            <div class="actions">
                <button type="button" on:click=download>"Download a backup"</button>
                // A real button opens the (hidden) file picker: it takes focus, shows it, and
                // works with Enter and Space like any button.
                <button type="button" id="restore-file-label" on:click=move |_| {
                    if let Some(input) = web_sys::window().and_then(|w| w.document())
                        .and_then(|d| d.get_element_by_id("restore-file"))
                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                        input.click();
                    }
                }>"Restore from a backup…"</button>
                <input id="restore-file" class="visually-hidden" type="file" tabindex="-1" aria-hidden="true"
                    accept=".json,application/json" on:change=choose_file/>
            </div>
            <ErrorAlert message=error/>
            {move || {
                let said = notes.get();
                (!said.is_empty()).then(|| view! {
                    <div class="notice" role="status"><ul>{said.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul></div>
                })
            }}
            {move || pending.get().map(|p| {
                let summary = plan_summary(&p.plan);
                let choices = p.choices;
                let nothing_to_do = p.plan.iter().all(|e| e.choices.len() == 1 && e.default_choice == PlanChoice::Skip);
                view! {
                    <div class="restore-plan" id="restore-plan" tabindex="-1" role="region" aria-label="What restoring will do">
                        <h3>"What restoring will do"</h3>
                        <p>{summary}</p>
                        {p.contents.also_holds().map(|also| view! { <p>{also}</p> })}
                        <ul class="plan">
                            {p.plan.iter().enumerate().map(|(i, e)| {
                                let name = format!("plan-{i}");
                                view! {
                                    <li>
                                        <strong dir="auto">{e.title.clone()}</strong>
                                        " — " {status_words(e.status)}
                                        {(e.choices.len() > 1).then(|| view! {
                                            <div class="checks" role="radiogroup" aria-label=format!("What to do with “{}”", e.title)>
                                                {e.choices.iter().map(|c| {
                                                    let c = *c;
                                                    let id = format!("{name}-{c:?}");
                                                    view! {
                                                        <label class="check" for=id.clone()>
                                                            <input type="radio" id=id.clone() name=name.clone()
                                                                prop:checked=move || choices.with(|v| v.get(i) == Some(&c))
                                                                on:change=move |_| choices.update(|v| if let Some(x) = v.get_mut(i) { *x = c })/>
                                                            <span>{e.choice_label(c)}</span>
                                                        </label>
                                                    }
                                                }).collect_view()}
                                            </div>
                                        })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                        <div class="actions">
                            <button type="button" class="primary" disabled=move || working.get() on:click=confirm>
                                {if nothing_to_do { "Done" } else { "Restore" }}
                            </button>
                            <button type="button" on:click=move |_| {
                                pending.set(None);
                                dom::focus_after_render("restore-file-label".into());
                            }>"Cancel"</button>
                        </div>
                    </div>
                }
            })}
        </section>
    }
}
