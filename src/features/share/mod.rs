//! The owner's share screen: choose sections, the name (and the title the link carries
//! without it), an optional passphrase and a note of whom it is for; make the link; copy it
//! or show it as a QR code; see the links made from this deck. The workflow itself (what the
//! link carries, checking it, encoding) is `share::draft_link` and `LinkDraft::finish`, in the
//! core; a locked link's key is derived in the crypto worker (`services::crypto`).

mod history;
mod update;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::DeckScreen;
use crate::components::{
    ErrorAlert, KeepingNote, LinkResult, PageTitle, PassphraseField, ShareProblemList,
    ShareProblems,
};
use crate::model::{DeckRecord, Moment, Section, ShareLogEntry};
use crate::routes::Screen;
use crate::services::clock::now_rfc3339;
use crate::services::nav::href;
use crate::services::{crypto, dom, keeping, use_library};
use crate::share::{
    draft_link, name_mentions, shared_part, title_without_name, MadeLink, ShareChoices,
    ShareRefusal,
};
use history::ShareHistory;

#[component]
pub fn SharePage(
    /// The deck's id.
    id: String,
) -> impl IntoView {
    view! { <DeckScreen id=id page=|record| view! { <ShareForm record=record/> }.into_any()/> }
}

#[component]
fn ShareForm(record: DeckRecord) -> impl IntoView {
    let library = use_library();
    let deck = StoredValue::new(record.deck);
    let deck_id = deck.with_value(|d| d.id.clone());
    let title = deck.with_value(|d| d.title.clone());
    let owner = deck.with_value(|d| d.owner.clone().filter(|o| !o.trim().is_empty()));
    let has_owner = owner.is_some();
    let chosen = RwSignal::new(
        Section::ALL
            .into_iter()
            .filter(|s| s.shared_by_default())
            .collect::<Vec<_>>(),
    );
    let include_owner = RwSignal::new(has_owner);
    // The title sent without the name: pre-filled with the name taken out, editable.
    let anonymous_title = RwSignal::new(
        owner
            .as_deref()
            .map(|o| title_without_name(&title, o))
            .unwrap_or_else(|| title.clone()),
    );
    let passphrase = RwSignal::new(String::new());
    let label = RwSignal::new(String::new());
    let link = RwSignal::new(None::<MadeLink>);
    let working = RwSignal::new(false);
    let problems = RwSignal::new(None::<ShareProblems>);
    let history = RwSignal::new(Vec::<ShareLogEntry>::new());
    let history_error = RwSignal::new(None::<String>);

    let load_history = {
        let deck_id = deck_id.clone();
        move || {
            let deck_id = deck_id.clone();
            spawn_local(async move {
                match library.share_history(&deck_id).await {
                    Ok(entries) => history.set(entries),
                    Err(e) => history_error.set(Some(e.to_string())),
                }
            });
        }
    };
    load_history();

    let sent_title = title.clone();
    let choices = move || ShareChoices {
        sections: chosen.get(),
        include_owner: include_owner.get(),
        title: if include_owner.get() || !has_owner {
            sent_title.clone()
        } else {
            anonymous_title.get()
        },
        passphrase: passphrase.get(),
        label: label.get(),
    };
    let choices = Memo::new(move |_| choices());
    // Where the name still appears in what would be sent without it.
    let mentions = Memo::new(move |_| {
        let c = choices.get();
        match (&owner, c.include_owner) {
            (Some(name), false) => deck.with_value(|d| {
                let part = shared_part(d, &c);
                name_mentions(&part, name)
                    .into_iter()
                    .map(|f| (f.describe(Some(&part)), f.anchor(d)))
                    .collect::<Vec<_>>()
            }),
            _ => Vec::new(),
        }
    });

    // Any change to the options makes the shown link stale: clear it rather than mislead
    // (except the passphrase being forgotten right after the link was made).
    let forgetting = StoredValue::new(false);
    Effect::new(move |_| {
        choices.track();
        if !forgetting.get_value() {
            link.set(None);
        }
        forgetting.set_value(false);
    });

    let editor = href(&Screen::Editor(deck_id.clone()));
    let make = Callback::new(move |()| {
        if working.get_untracked() {
            return; // one click, one link, one history entry
        }
        problems.set(None);
        let c = choices.get_untracked();
        let draft = match deck.with_value(|d| draft_link(d, &c)) {
            Ok(draft) => draft,
            Err(refusal) => {
                problems.set(Some(describe(refusal, &editor, &deck.get_value())));
                dom::focus_after_render("share-problems".into());
                return;
            }
        };
        working.set(true);
        let load_history = load_history.clone();
        let editor = editor.clone();
        let refused_deck = deck.get_value();
        spawn_local(async move {
            // A plain link is quick; a locked one derives its key in the crypto worker.
            let fragment = match (draft.plain_fragment(), draft.passphrase()) {
                (Some(fragment), _) => Ok(fragment),
                (None, passphrase) => {
                    let passphrase = passphrase.unwrap_or_default().to_owned();
                    crypto::encode_locked(draft.part().to_json(), &passphrase)
                        .await
                        .map_err(ShareRefusal::Codec)
                }
            };
            let part = draft.part().clone();
            let made = fragment.and_then(|f| draft.finish(&f, &dom::app_address(), &now_rfc3339()));
            working.try_set(false);
            match made {
                Ok(made) => {
                    let entry = made.entry.clone();
                    link.try_set(Some(made));
                    // The key is derived: the passphrase is not kept a moment longer.
                    if passphrase.try_with_untracked(|p| !p.is_empty()) == Some(true) {
                        forgetting.try_set_value(true);
                        passphrase.try_set(String::new());
                    }
                    dom::focus_after_render("share-link".into());
                    if let Err(e) = library.log_share(&entry, &part).await {
                        history_error.try_set(Some(format!(
                            "The link works, but it could not be added to this deck's history: {e}"
                        )));
                    }
                    load_history();
                }
                Err(refusal) => {
                    problems.try_set(Some(describe(refusal, &editor, &refused_deck)));
                    dom::focus_after_render("share-problems".into());
                }
            }
        });
    });

    let section_boxes = Section::ALL
        .into_iter()
        .map(|s| {
            let id = format!("share-section-{}", s.key());
            let has = deck.with_value(|d| d.has_section(s));
            view! {
                <label class="check">
                    <input type="checkbox" id=id disabled=!has prop:checked=move || chosen.with(|c| c.contains(&s))
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
                    <span>{if s == Section::SpeakerNotes { "Include speaker notes" } else { s.label() }}</span>
                </label>
            }
        })
        .collect_view();
    // Before a share: the owner's own deck still lives only here (nothing when it is safe).
    let (keeping_note, dismiss_keeping) = keeping::moment(Moment::BeforeShare);

    view! {
        <PageTitle title=format!("Share: {title}")/>
        <section class="share" aria-labelledby="share-heading">
            <a class="button ghost" href=href(&Screen::Editor(deck_id.clone()))>"← Back to editing"</a>
            <h1 id="share-heading" dir="auto">"Share “" {title.clone()} "”"</h1>
            <p class="lede">
                "A share link carries a copy of the parts you choose inside the link itself. It is "
                "never uploaded: whoever opens it reads it in their own browser. Anyone who has the "
                "link can read it, so send it only to the person you mean — or lock it with a passphrase."
            </p>
            <update::ShareUpdate deck=deck.get_value()/>
            <KeepingNote text=keeping_note settings_href=href(&Screen::Settings) on_dismiss=dismiss_keeping/>
            // Not a <form>: a password field in a submitted form looks like a login to password
            // managers, which would offer to save a one-off passphrase.
            <div class="share-form" role="group" aria-labelledby="share-heading">
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
                {move || (has_owner && !include_owner.get()).then(|| view! {
                    <div class="field">
                        <label for="share-title">"Title the link carries"</label>
                        <p class="hint" id="share-title-hint">"Without your name, so that the link carries no part of it."</p>
                        <input id="share-title" type="text" dir="auto" aria-describedby="share-title-hint"
                            prop:value=move || anonymous_title.get()
                            on:input:target=move |ev| anonymous_title.set(ev.target().value())/>
                    </div>
                    {move || {
                        let found = mentions.get();
                        (!found.is_empty()).then(|| view! {
                            <div class="notice" role="status">
                                <p>"Your name still appears in what you are sharing:"</p>
                                <ul>
                                    {found.into_iter().map(|(what, anchor)| {
                                        let to = format!("{}#{anchor}", href(&Screen::Editor(deck.with_value(|d| d.id.clone()))));
                                        view! { <li><a href=to>{what}</a></li> }
                                    }).collect_view()}
                                </ul>
                            </div>
                        })
                    }}
                })}
                <PassphraseField passphrase=passphrase told_to="the person" on_enter=make/>
                <div class="field">
                    <label for="share-label">"Who is it for? (only you see this)"</label>
                    <input id="share-label" type="text" dir="auto" placeholder="For Sam, 1:1 on 12 Jan"
                        prop:value=move || label.get()
                        on:input:target=move |ev| label.set(ev.target().value())/>
                </div>
                <ShareProblemList problems=problems/>
                <button type="button" class="primary" disabled=move || working.get() on:click=move |_| make.run(())>
                    {move || if working.get() { "Making the link…" } else { "Create link" }}
                </button>
                {move || working.get().then(|| view! { <p role="status" class="muted">"Locking the deck with your passphrase…"</p> })}
            </div>
            {move || link.get().map(|made| view! { <LinkResult made=made.clone() fit=made.fit.description() after="" what="deck"/> })}
            <ShareHistory entries=history/>
            <ErrorAlert message=history_error/>
        </section>
    }
}

/// What a refusal says, with links into the editor for broken rules.
fn describe(refusal: ShareRefusal, editor: &str, deck: &crate::model::Deck) -> ShareProblems {
    match refusal {
        ShareRefusal::NoSections => ShareProblems {
            lead: "Choose at least one section to share.".into(),
            items: Vec::new(),
        },
        ShareRefusal::Invalid(issues) => ShareProblems {
            lead: format!(
                "A link carries exactly what you wrote, so {} first. Each link takes you to the place in the editor:",
                if issues.len() == 1 { "fix this" } else { "fix these" }
            ),
            items: issues
                .iter()
                .map(|i| (i.sentence(deck), format!("{editor}#{}", i.field.anchor(deck))))
                .collect(),
        },
        ShareRefusal::Codec(e) => ShareProblems {
            lead: e.to_string(),
            items: Vec::new(),
        },
    }
}
