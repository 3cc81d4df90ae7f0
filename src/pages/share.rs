//! The owner's share screen: choose sections, the name, an optional passphrase; make the
//! link; copy it or show it as a QR code; see the history of links made from this deck.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::DeckScreen;
use crate::components::{ErrorAlert, PageTitle};
use crate::model::{DeckRecord, Section, ShareLogEntry};
use crate::routes::Screen;
use crate::services::clock::{local_date_time, now_rfc3339};
use crate::services::nav::href;
use crate::services::{dom, use_decks};
use crate::share::{encode_plain, encode_with_passphrase, qr_svg_path, LinkFit, QrPath};
use crate::strength::passphrase_strength;

#[component]
pub fn SharePage(
    /// The deck's id.
    id: String,
) -> impl IntoView {
    view! { <DeckScreen id=id page=|record| view! { <ShareForm record=record/> }.into_any()/> }
}

/// A link that was made, with what the screen shows about it.
#[derive(Clone)]
struct MadeLink {
    url: String,
    fit: LinkFit,
    qr: Option<QrPath>,
    locked: bool,
}

#[component]
fn ShareForm(record: DeckRecord) -> impl IntoView {
    let decks = use_decks();
    let deck = StoredValue::new(record.deck);
    let deck_id = deck.with_value(|d| d.id.clone());
    let title = deck.with_value(|d| d.title.clone());
    let has_owner = deck.with_value(|d| d.owner.as_deref().is_some_and(|o| !o.trim().is_empty()));
    let chosen = RwSignal::new(Section::ALL.to_vec());
    let include_owner = RwSignal::new(has_owner);
    let passphrase = RwSignal::new(String::new());
    let link = RwSignal::new(None::<MadeLink>);
    let working = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let copied = RwSignal::new(None::<String>);
    let history = RwSignal::new(Vec::<ShareLogEntry>::new());

    let load_history = {
        let deck_id = deck_id.clone();
        move || {
            let Some(store) = decks.store() else { return };
            let deck_id = deck_id.clone();
            spawn_local(async move {
                if let Ok(entries) = store.share_history(&deck_id).await {
                    history.set(entries);
                }
            });
        }
    };
    load_history();

    // Any change to the options makes the shown link stale: clear it rather than mislead.
    Effect::new(move |_| {
        chosen.track();
        include_owner.track();
        passphrase.track();
        link.set(None);
        copied.set(None);
    });

    let make = move |_| {
        error.set(None);
        let sections = chosen.get_untracked();
        if sections.is_empty() {
            error.set(Some("Choose at least one section to share.".into()));
            return;
        }
        let subset = deck.with_value(|d| d.subset(&sections, include_owner.get_untracked()));
        if let Some(issue) = subset.validate().into_iter().next() {
            error.set(Some(format!(
                "Fix this in the editor before sharing: {issue}. A link carries exactly what you wrote, so it must be valid."
            )));
            return;
        }
        let pass = passphrase.get_untracked();
        working.set(true);
        let load_history = load_history.clone();
        // Let "Making the link…" paint before the (deliberately slow) key derivation runs.
        set_timeout(
            move || {
                let locked = !pass.is_empty();
                let fragment = if locked {
                    encode_with_passphrase(&subset, &pass)
                } else {
                    Ok(encode_plain(&subset))
                };
                working.set(false);
                let fragment = match fragment {
                    Ok(f) => f,
                    Err(e) => {
                        error.set(Some(e.to_string()));
                        return;
                    }
                };
                let url = format!("{}#{fragment}", dom::app_address());
                let fit = LinkFit::of_link(&url);
                let qr = qr_svg_path(&url).ok();
                let entry = ShareLogEntry {
                    deck_id: subset.id.clone(),
                    at: now_rfc3339(),
                    sections: sections.clone(),
                    owner_included: subset.owner.is_some(),
                    passphrase: locked,
                    link_length: url.len(),
                };
                link.set(Some(MadeLink {
                    url,
                    fit,
                    qr,
                    locked,
                }));
                if let Some(store) = decks.store() {
                    spawn_local(async move {
                        let _ = store.log_share(&entry).await;
                        load_history();
                    });
                }
            },
            Duration::from_millis(30),
        );
    };

    let copy = move |_| {
        let Some(made) = link.get_untracked() else {
            return;
        };
        spawn_local(async move {
            if dom::copy_text(&made.url).await {
                copied.set(Some("Link copied.".into()));
            } else {
                dom::select_text("share-link");
                copied.set(Some("Your browser blocked copying. The link is selected: press Ctrl+C (⌘C on a Mac).".into()));
            }
        });
    };

    let section_boxes = Section::ALL
        .into_iter()
        .map(|s| {
            let id = format!("share-section-{}", s.key());
            view! {
                <label class="check">
                    <input type="checkbox" id=id prop:checked=move || chosen.with(|c| c.contains(&s))
                        on:change:target=move |ev| {
                            let on = ev.target().checked();
                            // Kept in the deck's order, whatever order they were ticked in.
                            chosen.update(|c| {
                                *c = Section::ALL
                                    .into_iter()
                                    .filter(|x| if *x == s { on } else { c.contains(x) })
                                    .collect();
                            });
                        }/>
                    <span>{s.label()}</span>
                </label>
            }
        })
        .collect_view();
    let strength = move || passphrase_strength(&passphrase.get());

    view! {
        <PageTitle title=format!("Share: {title}")/>
        <section class="share" aria-labelledby="share-heading">
            <a class="button ghost" href=href(&Screen::Editor(deck_id.clone()))>"← Back to editing"</a>
            <h1 id="share-heading">"Share “" {title.clone()} "”"</h1>
            <p class="lede">
                "A share link carries a copy of the parts you choose inside the link itself. It is "
                "never uploaded: whoever opens it reads it in their own browser. Anyone who has the "
                "link can read it, so send it only to the person you mean — or lock it with a passphrase."
            </p>
            <form class="share-form" on:submit=move |ev| {
                ev.prevent_default();
                make(());
            }>
                <fieldset>
                    <legend>"What to include"</legend>
                    <div class="checks">{section_boxes}</div>
                    <label class="check" for="share-owner">
                        <input type="checkbox" id="share-owner" prop:checked=move || include_owner.get()
                            disabled=!has_owner
                            on:change:target=move |ev| include_owner.set(ev.target().checked())/>
                        <span>{if has_owner { "My name" } else { "My name (not filled in)" }}</span>
                    </label>
                </fieldset>
                <div class="field">
                    <label for="share-passphrase">"Passphrase (optional)"</label>
                    <p class="guide" id="share-passphrase-note">
                        "The passphrase is not in the link and is never stored. Tell it to the person "
                        "another way — in person, by phone, or in a different app from the link."
                    </p>
                    <input id="share-passphrase" type="password" autocomplete="new-password"
                        aria-describedby="share-passphrase-note share-strength"
                        prop:value=move || passphrase.get()
                        on:input:target=move |ev| passphrase.set(ev.target().value())/>
                    <p id="share-strength" class="strength" data-strength=move || strength().label()>{move || strength().hint()}</p>
                </div>
                <ErrorAlert message=error/>
                <button type="submit" class="primary" disabled=move || working.get()>
                    {move || if working.get() { "Making the link…" } else { "Create link" }}
                </button>
                {move || working.get().then(|| view! { <p role="status" class="muted">"Locking the deck with your passphrase…"</p> })}
            </form>
            {move || link.get().map(|made| view! {
                <div class="link-result">
                    <h2>{if made.locked { "Your locked link" } else { "Your link" }}</h2>
                    <label for="share-link">"Share link"</label>
                    <textarea id="share-link" readonly rows="4" prop:value=made.url.clone()></textarea>
                    <p class="muted">
                        {format!("{} characters. ", thousands(made.url.len()))}
                        {made.fit.description()}
                    </p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=copy>"Copy link"</button>
                        <span role="status" class="copied">{move || copied.get()}</span>
                    </div>
                    {made.qr.clone().map(|qr| view! {
                        <figure class="qr">
                            <svg viewBox=qr.view_box() role="img" aria-label="QR code of the share link"
                                shape-rendering="crispEdges">
                                <rect x="-4" y="-4" width=(qr.modules + 8).to_string() height=(qr.modules + 8).to_string() fill="#fff"></rect>
                                <path d=qr.d.clone() fill="#000"></path>
                            </svg>
                            <figcaption>"Scan with a phone camera to open the deck there."</figcaption>
                        </figure>
                    })}
                </div>
            })}
            <section class="history" aria-labelledby="history-heading">
                <h2 id="history-heading">"Links made from this deck"</h2>
                {move || {
                    let entries = history.get();
                    if entries.is_empty() {
                        return view! { <p class="muted">"None yet."</p> }.into_any();
                    }
                    view! {
                        <ul class="history-list">
                            {entries.into_iter().map(|e| {
                                let sections = e.sections.iter().map(|s| s.label()).collect::<Vec<_>>().join(", ");
                                view! {
                                    <li>
                                        <strong>{local_date_time(&e.at)}</strong>
                                        " — " {sections}
                                        {if e.owner_included { ", with your name" } else { ", without your name" }}
                                        {if e.passphrase { " · locked with a passphrase" } else { " · no passphrase" }}
                                        {format!(" · {} characters", thousands(e.link_length))}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
        </section>
    }
}

/// 1313 → "1,313".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
