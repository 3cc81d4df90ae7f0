//! Preparing a career conversation about a kept deck: an agenda drawn from the deck and from
//! what changed since the last conversation, with open commitments first and the manager's
//! own prep prompts last; a private note beside each item; asks turned into commitments with
//! a date; a log of conversations; and a one-page prep sheet to print.

use leptos::prelude::*;

use super::loaded::{KeptScreen, Loaded};
use super::notes::NotesSession;
use crate::components::PageTitle;
use crate::manager::{agenda, carry_over, commitment_from_ask, AgendaItem, AgendaPart, Commitment};
use crate::model::{date_label, diff_decks, normalize_date, Deck};
use crate::routes::Screen;
use crate::services::clock::{now_rfc3339, today};
use crate::services::dom;
use crate::services::nav::href;

#[component]
pub fn PreparePage(id: String) -> impl IntoView {
    view! { <KeptScreen id=id page=|l| view! { <Prepare loaded=l/> }.into_any()/> }
}

/// What changed since the version the last conversation was about (or, before any
/// conversation, since the version kept before this one).
fn changes_since_last(loaded: &Loaded) -> Vec<String> {
    let kept = &loaded.kept;
    let then: Option<&Deck> = match loaded.notes.last_conversation() {
        Some(date) => kept.deck_seen_on(date),
        None => kept.previous(),
    };
    then.map(|old| diff_decks(old, &kept.deck).describe_all())
        .unwrap_or_default()
}

#[component]
fn Prepare(loaded: Loaded) -> impl IntoView {
    let changes = changes_since_last(&loaded);
    let Loaded { kept, notes } = loaded;
    let session = NotesSession::new(notes);
    let person = kept.person.clone();
    let deck = StoredValue::new(kept.deck.clone());
    let today = today();
    let items = Memo::new({
        let today = today.clone();
        move |_| {
            let open: Vec<Commitment> = session
                .notes
                .with(|n| carry_over(&n.commitments).into_iter().cloned().collect());
            deck.with_value(|d| agenda(d, &changes, &open, &today).items)
        }
    });
    let id = kept.id.clone();
    view! {
        <PageTitle title=format!("Prepare: {person}")/>
        <section class="prepare" aria-labelledby="prepare-heading">
            <div class="page-head no-print">
                <a class="button ghost" href=href(&Screen::SharedWithMe)>"← Shared with me"</a>
                <p class="save-indicator" role="status" aria-live="polite">{move || session.label()}</p>
                <button type="button" on:click=|_| dom::print()>"Print the prep sheet"</button>
            </div>
            <h1 id="prepare-heading" dir="auto">{format!("Prepare the conversation with {person}")}</h1>
            <p class="lede no-print">
                "An agenda drawn from their deck. Your notes stay on this device only and are never "
                "part of a link. Write them as if " {person.clone()} " may one day read them."
            </p>
            {move || session.status.get().err().map(|e| view! { <div class="alert" role="alert"><p>{e}</p></div> })}
            <ol class="agenda">
                {move || items.get().into_iter().map(|item| view! {
                    <AgendaRow item=item session=session person=person.clone()/>
                }).collect_view()}
            </ol>
            <Commitments session=session/>
            <ConversationLog session=session/>
            <p class="no-print"><a href=href(&Screen::Kept(id.clone()))>"Read the whole deck and its earlier versions"</a></p>
        </section>
    }
}

#[component]
fn AgendaRow(item: AgendaItem, session: NotesSession, person: String) -> impl IntoView {
    let key = item.key.clone();
    let is_prep = item.part == AgendaPart::Prep;
    let note_id = format!(
        "note-{}",
        item.key.replace(|c: char| !c.is_ascii_alphanumeric(), "-")
    );
    let base_id = note_id.clone();
    let value = {
        let key = key.clone();
        move || {
            session.notes.with(|n| {
                if is_prep {
                    n.prep_answer(&key).to_owned()
                } else {
                    n.note(&key).to_owned()
                }
            })
        }
    };
    let on_input = {
        let key = key.clone();
        move |text: String| {
            session.change(|n| {
                if is_prep {
                    n.set_prep_answer(&key, text)
                } else {
                    n.set_note(&key, text)
                }
            })
        }
    };
    let ask = item.ask.clone();
    let part = match item.part {
        AgendaPart::FollowUp => "follow-up",
        AgendaPart::Changes => "changes",
        AgendaPart::Prep => "prep",
        _ => "topic",
    };
    view! {
        <li class="agenda-item" data-part=part class:overdue=item.overdue>
            <h2 dir="auto">{item.heading.clone()}{item.overdue.then_some(" (overdue)")}</h2>
            <p class="prompt">{item.prompt.clone()}</p>
            {item.detail.clone().map(|d| view! { <p class="detail" dir="auto">{d}</p> })}
            <label for=note_id.clone() class="note-label">{if is_prep { "Your answer (private)" } else { "Your notes (private)" }}</label>
            <textarea id=note_id rows="3" dir="auto" prop:value=value
                on:input:target=move |ev| on_input(ev.target().value())
                on:blur=move |_| session.save_now()></textarea>
            {ask.filter(|a| !a.is_empty()).map(|a| view! { <MakeCommitment ask=a person=person.clone() session=session base=format!("{base_id}-commit")/> })}
        </li>
    }
}

/// "Make it a commitment": the ask turned into something I will do, with a date.
#[component]
fn MakeCommitment(
    ask: String,
    person: String,
    session: NotesSession,
    /// Unique on the page: the start of the form's element ids.
    base: String,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let text = RwSignal::new(commitment_from_ask(&ask, &person));
    let due = RwSignal::new(String::new());
    let (text_id, due_id, open_id) = (
        format!("{base}-text"),
        format!("{base}-due"),
        format!("{base}-open"),
    );
    let add = {
        let ask = ask.clone();
        let open_id = open_id.clone();
        move || {
            let t = text.get_untracked().trim().to_owned();
            if t.is_empty() {
                return;
            }
            let d = normalize_date(&due.get_untracked());
            let d = (!d.is_empty()).then_some(d);
            session.change(|n| {
                n.add_commitment(t, d, Some(ask.clone()), &now_rfc3339());
            });
            open.set(false);
            dom::focus_after_render(open_id.clone());
        }
    };
    view! {
        {
            let (text_id, due_id) = (text_id.clone(), due_id.clone());
            move || if open.get() {
                let add = add.clone();
                let add2 = add.clone();
                view! {
                    <div class="commit-form" role="group" aria-label="New commitment">
                        <div class="field">
                            <label for=text_id.clone()>"What you will do"</label>
                            <input id=text_id.clone() type="text" dir="auto" prop:value=move || text.get()
                                on:input:target=move |ev| text.set(ev.target().value())/>
                        </div>
                        <div class="field">
                            <label for=due_id.clone()>"By when"</label>
                            <p class="hint">"A day, such as 15 Jan 2027"</p>
                            <input id=due_id.clone() type="text" prop:value=move || due.get()
                                on:input:target=move |ev| due.set(ev.target().value())
                                on:keydown=move |ev| if ev.key() == "Enter" { ev.prevent_default(); add2() }/>
                        </div>
                        <button type="button" class="primary" on:click=move |_| add()>"Add commitment"</button>
                        <button type="button" on:click=move |_| open.set(false)>"Cancel"</button>
                    </div>
                }.into_any()
            } else {
                let text_id = text_id.clone();
                view! {
                    <button type="button" id=open_id.clone() class="no-print" on:click=move |_| {
                        open.set(true);
                        dom::focus_after_render(text_id.clone());
                    }>"Make it a commitment"</button>
                }.into_any()
            }
        }
    }
}

#[component]
fn Commitments(session: NotesSession) -> impl IntoView {
    let today = today();
    view! {
        <section class="commitments" aria-labelledby="commitments-heading">
            <h2 id="commitments-heading">"Your commitments to them"</h2>
            {move || {
                let list = session.notes.with(|n| n.commitments.clone());
                if list.is_empty() {
                    return view! { <p class="muted">"None yet. Turn an ask into a commitment above."</p> }.into_any();
                }
                let today = today.clone();
                view! {
                    <ul class="commitment-list">
                        {list.into_iter().map(|c| {
                            let id = c.id.clone();
                            let box_id = format!("done-{}", c.id);
                            let overdue = c.is_overdue(&today);
                            view! {
                                <li class:done=c.done class:overdue=overdue>
                                    <label class="check" for=box_id.clone()>
                                        <input type="checkbox" id=box_id.clone() prop:checked=c.done
                                            on:change:target=move |ev| {
                                                let on = ev.target().checked();
                                                session.change(|n| { n.set_done(&id, on); });
                                            }/>
                                        <span dir="auto">{c.describe()}</span>
                                    </label>
                                    {overdue.then(|| view! { <strong class="overdue">" Overdue"</strong> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn ConversationLog(session: NotesSession) -> impl IntoView {
    let date = RwSignal::new(today());
    let summary = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let log = move || {
        let d = normalize_date(&date.get_untracked());
        if !crate::model::is_date(&d) {
            problem.set(Some("Write the date as a day, such as 12 Jan 2027.".into()));
            return;
        }
        problem.set(None);
        let s = summary.get_untracked().trim().to_owned();
        session.change(|n| {
            n.add_conversation(d, s);
        });
        summary.set(String::new());
        dom::focus_after_render("log-summary".into());
    };
    view! {
        <section class="conversation-log" aria-labelledby="log-heading">
            <h2 id="log-heading">"Conversations"</h2>
            {move || {
                let list = session.notes.with(|n| n.conversations.clone());
                (!list.is_empty()).then(|| view! {
                    <ol class="log">
                        {list.into_iter().rev().map(|c| view! {
                            <li><strong>{date_label(&c.date)}</strong>{(!c.summary.is_empty()).then(|| view! { " — " <span dir="auto">{c.summary.clone()}</span> })}</li>
                        }).collect_view()}
                    </ol>
                })
            }}
            <div class="log-form no-print" role="group" aria-label="Log a conversation">
                <div class="field">
                    <label for="log-date">"Date"</label>
                    <input id="log-date" type="text" prop:value=move || date.get()
                        on:input:target=move |ev| date.set(ev.target().value())/>
                </div>
                <div class="field">
                    <label for="log-summary">"What you talked about, in a few words"</label>
                    <textarea id="log-summary" rows="2" dir="auto" prop:value=move || summary.get()
                        on:input:target=move |ev| summary.set(ev.target().value())></textarea>
                </div>
                {move || problem.get().map(|p| view! { <div class="alert" role="alert"><p>{p}</p></div> })}
                <button type="button" on:click=move |_| log()>"Log this conversation"</button>
            </div>
            <div class="print-only write-space" aria-hidden="true">
                <h2>"Notes from this conversation"</h2>
            </div>
        </section>
    }
}
