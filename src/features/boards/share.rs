//! Sharing a board exactly as a deck is shared: a link carrying the whole board (never
//! uploaded), optionally locked with a passphrase told another way, a QR code when it fits, a
//! private note of whom it was for, and the links made so far. The workflow itself is
//! `board::draft_board_link` and `BoardLinkDraft::finish`, in the core; a locked link's key is
//! derived in the crypto worker (`services::crypto`).

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{anchor, BoardScreen};
use crate::board::{board_fit_description, draft_board_link, BoardRecord, BoardShareRefusal};
use crate::components::{
    ErrorAlert, LinkResult, PageTitle, PassphraseField, ShareProblemList, ShareProblems,
};
use crate::model::{thousands, ShareLogEntry};
use crate::routes::Screen;
use crate::services::clock::{local_date_time, now_rfc3339};
use crate::services::nav::href;
use crate::services::{crypto, dom, use_library};
use crate::share::MadeLink;

#[component]
pub fn ShareBoardPage(
    /// The board's id.
    id: String,
) -> impl IntoView {
    view! { <BoardScreen id=id page=|record| view! { <ShareBoardForm record=record/> }.into_any()/> }
}

#[component]
fn ShareBoardForm(record: BoardRecord) -> impl IntoView {
    let library = use_library();
    let board = StoredValue::new(record.board);
    let board_id = board.with_value(|b| b.id.clone());
    let title = board.with_value(|b| b.title.clone());
    let passphrase = RwSignal::new(String::new());
    let label = RwSignal::new(String::new());
    let link = RwSignal::new(None::<MadeLink>);
    let working = RwSignal::new(false);
    let problems = RwSignal::new(None::<ShareProblems>);
    let history = RwSignal::new(Vec::<ShareLogEntry>::new());
    let history_error = RwSignal::new(None::<String>);

    let load_history = {
        let board_id = board_id.clone();
        move || {
            let board_id = board_id.clone();
            spawn_local(async move {
                match library.share_history(&board_id).await {
                    Ok(entries) => {
                        history.try_set(entries);
                    }
                    Err(e) => {
                        history_error.try_set(Some(e.to_string()));
                    }
                }
            });
        }
    };
    load_history();

    // A change to the options makes a shown link stale (except the passphrase being
    // forgotten right after the link was made).
    let forgetting = StoredValue::new(false);
    Effect::new(move |_| {
        passphrase.track();
        label.track();
        if !forgetting.get_value() {
            link.set(None);
        }
        forgetting.set_value(false);
    });

    let editor = href(&Screen::Board(board_id.clone()));
    let make = Callback::new(move |()| {
        if working.get_untracked() {
            return; // one click, one link, one history entry
        }
        problems.set(None);
        working.set(true);
        let load_history = load_history.clone();
        let editor = editor.clone();
        let typed = passphrase.get_untracked();
        let note = label.get_untracked();
        let drafted = board.with_value(|b| draft_board_link(b, &typed, &note));
        spawn_local(async move {
            // A plain link is quick; a locked one derives its key in the crypto worker.
            let made = match drafted {
                Ok(draft) => {
                    let fragment = match (draft.plain_fragment(), draft.passphrase()) {
                        (Some(fragment), _) => Ok(fragment),
                        (None, passphrase) => {
                            let passphrase = passphrase.unwrap_or_default().to_owned();
                            crypto::encode_locked(draft.json(), &passphrase)
                                .await
                                .map_err(BoardShareRefusal::Codec)
                        }
                    };
                    fragment.and_then(|f| draft.finish(&f, &dom::app_address(), &now_rfc3339()))
                }
                Err(refusal) => Err(refusal),
            };
            working.try_set(false);
            match made {
                Ok(made) => {
                    let entry = made.entry.clone();
                    link.try_set(Some(made));
                    // The key is derived: the passphrase is not kept a moment longer.
                    if !typed.is_empty() {
                        forgetting.try_set_value(true);
                        passphrase.try_set(String::new());
                    }
                    dom::focus_after_render("share-link".into());
                    if let Err(e) = library.log_board_share(&entry).await {
                        history_error.try_set(Some(format!(
                            "The link works, but it could not be added to this board's history: {e}"
                        )));
                    }
                    load_history();
                }
                Err(BoardShareRefusal::Invalid(issues)) => {
                    let items = board
                        .try_with_value(|b| {
                            issues
                                .iter()
                                .map(|i| {
                                    (i.sentence(b), format!("{editor}#{}", anchor(b, &i.field)))
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    problems.try_set(Some(ShareProblems {
                        lead: format!(
                            "A link carries exactly what you wrote, so {} first. Each link takes you to the place in the editor:",
                            if issues.len() == 1 { "fix this" } else { "fix these" }
                        ),
                        items,
                    }));
                    dom::focus_after_render("share-problems".into());
                }
                Err(BoardShareRefusal::Codec(e)) => {
                    problems.try_set(Some(ShareProblems {
                        lead: e.to_string(),
                        items: Vec::new(),
                    }));
                    dom::focus_after_render("share-problems".into());
                }
            }
        });
    });
    let count = board.with_value(|b| b.opportunities.len());

    view! {
        <PageTitle title=format!("Share: {title}")/>
        <section class="share" aria-labelledby="share-heading">
            <a class="button ghost" href=href(&Screen::Board(board_id.clone()))>"← Back to editing"</a>
            <h1 id="share-heading" dir="auto">"Share “" {title.clone()} "”"</h1>
            <p class="lede">
                "A share link carries the whole board inside the link itself — "
                {crate::model::count(count, "opportunity", "opportunities")}
                ". It is never uploaded: whoever opens it reads it in their own browser, and sees "
                "first what would grow their own deck, worked out on their device. Anyone who has "
                "the link can read it, so send it to the people you mean — or lock it with a passphrase."
            </p>
            // Not a <form>: a password field in a submitted form looks like a login to password
            // managers, which would offer to save a one-off passphrase.
            <div class="share-form" role="group" aria-labelledby="share-heading">
                <PassphraseField passphrase=passphrase told_to="people" on_enter=make/>
                <div class="field">
                    <label for="share-label">"Who is it for? (only you see this)"</label>
                    <input id="share-label" type="text" dir="auto" placeholder="For the payments team, all-hands 12 Jan"
                        prop:value=move || label.get()
                        on:input:target=move |ev| label.set(ev.target().value())/>
                </div>
                <ShareProblemList problems=problems/>
                <button type="button" class="primary" disabled=move || working.get() on:click=move |_| make.run(())>
                    {move || if working.get() { "Making the link…" } else { "Create link" }}
                </button>
                {move || working.get().then(|| view! { <p role="status" class="muted">"Making the link…"</p> })}
            </div>
            {move || link.get().map(|made| view! { <LinkResult made=made.clone() fit=board_fit_description(made.fit) after=" To change the board, edit it and send a new link: whoever kept the old one sees what changed." what="board"/> })}
            <BoardShareHistory entries=history/>
            <ErrorAlert message=history_error/>
        </section>
    }
}

/// The links made from this board.
#[component]
fn BoardShareHistory(entries: RwSignal<Vec<ShareLogEntry>>) -> impl IntoView {
    view! {
        <section class="history" aria-labelledby="history-heading">
            <h2 id="history-heading">"Links made from this board"</h2>
            <p class="muted">"Only you see this list. A link already sent keeps working: it cannot be revoked."</p>
            {move || {
                let entries = entries.get();
                if entries.is_empty() {
                    return view! { <p class="muted">"None yet."</p> }.into_any();
                }
                view! {
                    <ul class="history-list">
                        {entries.into_iter().map(|e| view! {
                            <li>
                                <strong>{local_date_time(&e.at)}</strong>
                                {(!e.label.is_empty()).then(|| view! { " — " <span dir="auto">{e.label.clone()}</span> })}
                                <br/>
                                {if e.passphrase { "Locked with a passphrase" } else { "No passphrase" }}
                                {format!(" · {} characters", thousands(e.link_length))}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
