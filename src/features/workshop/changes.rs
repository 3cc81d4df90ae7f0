//! "Into your deck": what a step would change, each change with what the deck holds now and
//! what it would hold, and a tick. Additions start ticked, replacements unticked; only the
//! ticked ones are made, in one edit, so one Undo takes the whole step back.

use leptos::prelude::*;

use super::use_workshop;
use crate::services::dom;
use crate::workshop::{apply, propose, ChangeKind, Proposal, Step, WorkshopState};

/// The proposal on screen, with the state it was made from (to notice it going stale).
#[derive(Clone, PartialEq)]
struct Shown {
    proposal: Proposal,
    from: WorkshopState,
}

#[component]
pub fn DeckChanges(step: Step) -> impl IntoView {
    let ctx = use_workshop();
    let session = ctx.session;
    let key = step.key();
    let shown = RwSignal::new(None::<Shown>);
    let ticks = RwSignal::new(Vec::<bool>::new());
    let applied = RwSignal::new(None::<String>);
    let heading_id = format!("changes-{key}-heading");
    let summary_id = format!("changes-{key}-summary");
    let done_id = format!("changes-{key}-done");

    let show = {
        let summary_id = summary_id.clone();
        move |_| {
            let from = ctx.state.get_untracked();
            let proposal = session.deck.with_untracked(|d| propose(step, &from, d));
            ticks.set(proposal.suggested_ticks());
            ctx.say(proposal_sentence(&proposal));
            shown.set(Some(Shown { proposal, from }));
            applied.set(None);
            dom::focus_after_render(summary_id.clone());
        }
    };
    let stale = Memo::new(move |_| {
        shown.with(|s| {
            s.as_ref()
                .is_some_and(|s| ctx.state.with(|now| *now != s.from))
        })
    });
    let put_in = {
        let done_id = done_id.clone();
        move |_| {
            let Some(s) = shown.get_untracked() else {
                return;
            };
            let accepted = ticks.get_untracked();
            let mut made = 0;
            session.seal();
            session.edit_lists(&format!("workshop-{key}"), |d| {
                made = apply(&s.proposal, &accepted, d);
            });
            session.seal();
            let message = match made {
                0 => "Nothing changed in your deck.".to_owned(),
                1 => "Made 1 change to your deck. Undo takes it back.".to_owned(),
                n => format!("Made {n} changes to your deck. One Undo takes them all back."),
            };
            if made > 0 {
                ctx.last_applied.set(Some(step));
                ctx.update(|st| st.mark_done(step));
            }
            ctx.say(message.clone());
            applied.set(Some(message));
            shown.set(None);
            dom::focus_after_render(done_id.clone());
        }
    };
    let cancel = {
        let show_id = format!("changes-{key}-show");
        move |_| {
            shown.set(None);
            dom::focus_after_render(show_id.clone());
        }
    };
    let take_back = {
        let show_id = format!("changes-{key}-show");
        move |_| {
            session.undo();
            ctx.last_applied.set(None);
            let message = "Took those changes back out of your deck.".to_owned();
            ctx.say(message.clone());
            applied.set(Some(message));
            dom::focus_after_render(show_id.clone());
        }
    };
    let can_take_back = move || ctx.last_applied.get() == Some(step) && session.can_undo();

    let list = move || {
        shown.get().map(|s| {
            let p = s.proposal;
            if p.changes.is_empty() {
                return view! {
                    <p id=summary_id.clone() tabindex="-1" class="muted">
                        "Nothing to put in your deck yet: write a few answers above first."
                    </p>
                }
                .into_any();
            }
            let rows = p
                .changes
                .iter()
                .enumerate()
                .map(|(i, c)| change_row(key, i, c, ticks))
                .collect_view();
            let sentence = proposal_sentence(&p);
            let all_kept = p.is_empty();
            view! {
                <p id=summary_id.clone() tabindex="-1" class="changes-summary">{sentence}</p>
                <ul class="changes">{rows}</ul>
                {move || stale.get().then(|| view! {
                    <p class="hint">"Your answers changed since: show the changes again to include them."</p>
                })}
                <div class="actions">
                    {(!all_kept).then(|| view! {
                        <button type="button" class="primary" id=format!("changes-{key}-apply")
                            on:click=put_in.clone()>"Put the ticked changes in my deck"</button>
                    })}
                    <button type="button" on:click=cancel.clone()>
                        {if all_kept { "Close" } else { "Not now" }}
                    </button>
                </div>
            }
            .into_any()
        })
    };

    view! {
        <section class="deck-changes" aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone()>"Into your deck"</h3>
            <p class="muted">
                "Nothing in your deck changes until you say so. You see each change before and \
                 after, and one Undo takes the whole step back."
            </p>
            <button type="button" id=format!("changes-{key}-show") on:click=show>
                "Show what changes in my deck"
            </button>
            {list}
            {move || applied.get().map(|m| {
                let take_back = take_back.clone();
                view! {
                    <div class="applied">
                        <p id=done_id.clone() tabindex="-1">{m}</p>
                        {move || can_take_back().then(|| view! {
                            <button type="button" on:click=take_back.clone()>"Take it back"</button>
                        })}
                    </div>
                }
            })}
        </section>
    }
}

fn proposal_sentence(p: &Proposal) -> String {
    if p.changes.is_empty() {
        "Nothing to put in your deck yet.".to_owned()
    } else {
        p.sentence()
    }
}

fn change_row(
    key: &'static str,
    i: usize,
    c: &crate::workshop::ProposedChange,
    ticks: RwSignal<Vec<bool>>,
) -> impl IntoView {
    let label_id = format!("change-{key}-{i}-label");
    let after_id = format!("change-{key}-{i}-after");
    let before_id = format!("change-{key}-{i}-before");
    let kind = c.kind;
    let tick = match kind {
        ChangeKind::Keep => None,
        _ => Some(view! {
            <input type="checkbox" id=format!("change-{key}-{i}")
                aria-labelledby=format!("{label_id} {after_id}")
                aria-describedby=(kind == ChangeKind::Replace).then(|| before_id.clone())
                prop:checked=move || ticks.with(|t| t.get(i).copied().unwrap_or(false))
                on:change:target=move |ev| {
                    let on = ev.target().checked();
                    ticks.update(|t| {
                        if let Some(slot) = t.get_mut(i) {
                            *slot = on;
                        }
                    });
                }/>
        }),
    };
    let after_label = match kind {
        ChangeKind::Add => "Adds",
        ChangeKind::Replace => "After",
        ChangeKind::Keep => "In your deck",
    };
    let data_kind = match kind {
        ChangeKind::Add => "add",
        ChangeKind::Replace => "replace",
        ChangeKind::Keep => "keep",
    };
    view! {
        <li class="change" data-kind=data_kind>
            <div class="change-head">
                <label class="check" for=(kind != ChangeKind::Keep).then(|| format!("change-{key}-{i}"))>
                    {tick}
                    <span id=label_id>{c.label.clone()}</span>
                </label>
                <span class="badge">{kind.label()}</span>
            </div>
            <div class="before-after">
                {(kind == ChangeKind::Replace).then(|| view! {
                    <div class="before">
                        <p class="ba-label">"Now"</p>
                        <p class="ba-text" id=before_id.clone() dir="auto">{lines_or_empty(&c.before)}</p>
                    </div>
                })}
                <div class="after">
                    <p class="ba-label">{after_label}</p>
                    <p class="ba-text" id=after_id dir="auto">{lines_or_empty(&c.after)}</p>
                </div>
            </div>
        </li>
    }
}

fn lines_or_empty(text: &str) -> String {
    if text.trim().is_empty() {
        "(empty)".to_owned()
    } else {
        text.to_owned()
    }
}
