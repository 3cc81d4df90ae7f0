//! What matters to you: the value card sort, one card at a time (keys 1, 2, 3 or the
//! buttons; Backspace or the button takes the last one back), then narrowing to a band of
//! five to ten, then ranking with move up and down, and a line and a moment for the top five.
//! Every move is said in the live region.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::changes::DeckChanges;
use super::widgets::bind;
use super::{use_workshop, StepFrame, WorkshopCtx};
use crate::components::TextField;
use crate::model::Move;
use crate::services::dom;
use crate::workshop::values::TOP;
use crate::workshop::{Pile, SortError, SortPhase, Step};

#[component]
pub fn ValuesStep() -> impl IntoView {
    let ctx = use_workshop();
    let phase = Memo::new(move |_| ctx.state.with(|s| s.values.phase));
    let phases = [
        (SortPhase::Sort, "Sort the cards"),
        (SortPhase::Narrow, "Keep five to ten"),
        (SortPhase::Rank, "Put them in order"),
    ]
    .into_iter()
    .map(|(p, label)| {
        view! {
            <li class:current=move || phase.get() == p
                aria-current=move || (phase.get() == p).then_some("step")>{label}</li>
        }
    })
    .collect_view();
    view! {
        <StepFrame step=Step::Values>
            <ol class="phases" aria-label="Parts of this exercise">{phases}</ol>
            {move || match phase.get() {
                SortPhase::Sort => view! { <SortPass/> }.into_any(),
                SortPhase::Narrow => view! { <Narrow/> }.into_any(),
                SortPhase::Rank => view! { <Rank/> }.into_any(),
            }}
            <OwnValue/>
            <DeckChanges step=Step::Values/>
        </StepFrame>
    }
}

fn said_or_error(
    ctx: WorkshopCtx,
    result: Option<Result<String, SortError>>,
    error: RwSignal<Option<String>>,
) -> bool {
    match result {
        Some(Ok(text)) => {
            error.set(None);
            ctx.say(text);
            true
        }
        Some(Err(e)) => {
            let m = e.message();
            ctx.say(m.clone());
            error.set(Some(m));
            false
        }
        None => false,
    }
}

/// The quick pass: one card, three piles.
#[component]
fn SortPass() -> impl IntoView {
    let ctx = use_workshop();
    let error = RwSignal::new(None::<String>);
    let card = Memo::new(move |_| {
        ctx.state
            .with(|s| s.values.current_card().map(str::to_owned))
    });
    let counts = Memo::new(move |_| {
        ctx.state
            .with(|s| (s.values.sorted_count(), s.values.total()))
    });

    let place = move |pile: Pile| {
        let result = ctx.update(|s| {
            let r = s.values.place_current(pile);
            r.map(|text| match s.values.current_card() {
                Some(next) => format!("{text} Next: “{next}”."),
                None => text,
            })
        });
        if said_or_error(ctx, result, error) && card.get_untracked().is_none() {
            dom::focus_after_render("values-narrow".into());
        }
    };
    let undo = move || {
        let was_done = card.get_untracked().is_none();
        let result = ctx.update(|s| s.values.undo());
        if said_or_error(ctx, result, error) && was_done {
            // The card taken back is on show again, with its buttons.
            dom::focus_after_render("pile-very_important".into());
        }
    };
    let keys = move |ev: KeyboardEvent| {
        if ev.alt_key() || ev.meta_key() {
            return;
        }
        let key = ev.key();
        if ev.ctrl_key() {
            if key.eq_ignore_ascii_case("z") {
                ev.prevent_default();
                undo();
            }
            return;
        }
        if let Some(pile) = Pile::from_key(&key) {
            ev.prevent_default();
            if card.get_untracked().is_some() {
                place(pile);
            }
        } else if key == "Backspace" {
            ev.prevent_default();
            undo();
        }
    };
    let narrow = move |_| {
        let result = ctx.update(|s| s.values.start_narrowing());
        if said_or_error(ctx, result, error) {
            dom::focus_after_render("values-phase-heading".into());
        }
    };
    let pile_buttons = Pile::ALL
        .into_iter()
        .map(|pile| {
            let key = pile_key(pile);
            view! {
                <button type="button" class="pile-button" id=format!("pile-{key}")
                    aria-keyshortcuts=pile.shortcut().to_string()
                    on:click=move |_| place(pile)>
                    <span>{pile.label()}</span>
                    <kbd aria-hidden="true">{pile.shortcut().to_string()}</kbd>
                </button>
            }
        })
        .collect_view();

    view! {
        <div class="sort-pass">
            <h3 id="values-phase-heading" tabindex="-1">"Sort the cards"</h3>
            <p class="muted" id="sort-help">
                "One card at a time: is it very important to you, important, or less so? Press 1, 2 \
                 or 3, or choose a button. Backspace takes the last card back."
            </p>
            // Keys work anywhere in the group: on the card's buttons and on the card itself.
            <div class="sort-area" role="group" aria-labelledby="values-phase-heading"
                aria-describedby="sort-help" on:keydown=keys>
                {move || match card.get() {
                    Some(c) => view! {
                        <div class="value-card-wrap">
                            <p class="sort-count muted">
                                {move || { let (n, t) = counts.get(); format!("Card {} of {}", n + 1, t) }}
                            </p>
                            <p class="value-card" id="value-card" dir="auto">{c}</p>
                        </div>
                    }.into_any(),
                    None => view! {
                        <p class="value-card done" id="value-card">
                            {move || format!("All {} cards sorted.", counts.get().1)}
                        </p>
                    }.into_any(),
                }}
                <div class="pile-buttons" class:hidden=move || card.with(Option::is_none)>
                    {pile_buttons}
                </div>
                <div class="actions">
                    <button type="button" id="sort-undo" aria-keyshortcuts="Backspace"
                        on:click=move |_| undo()>"Take back the last card"</button>
                    <button type="button" id="values-narrow"
                        class:primary=move || card.with(Option::is_none)
                        on:click=narrow>
                        {move || if card.with(Option::is_none) {
                            "Narrow them down"
                        } else {
                            "Skip the rest and narrow down"
                        }}
                    </button>
                </div>
            </div>
            <crate::components::ErrorAlert message=error/>
            <Piles/>
        </div>
    }
}

fn pile_key(pile: Pile) -> &'static str {
    match pile {
        Pile::VeryImportant => "very_important",
        Pile::Important => "important",
        Pile::LessSo => "less_so",
    }
}

/// The three piles so far, folded away.
#[component]
fn Piles() -> impl IntoView {
    let ctx = use_workshop();
    Pile::ALL
        .into_iter()
        .map(|pile| {
            let cards = Memo::new(move |_| {
                ctx.state
                    .with(|s| s.values.pile(pile).into_iter().map(str::to_owned).collect::<Vec<_>>())
            });
            view! {
                <details class="pile">
                    <summary>{move || format!("{} ({})", pile.label(), cards.with(Vec::len))}</summary>
                    <ul class="chips">
                        {move || cards.get().into_iter().map(|c| view! { <li dir="auto">{c}</li> }).collect_view()}
                    </ul>
                </details>
            }
        })
        .collect_view()
}

/// Keep five to ten: set aside, or bring in.
#[component]
fn Narrow() -> impl IntoView {
    let ctx = use_workshop();
    let error = RwSignal::new(None::<String>);
    let band = Memo::new(move |_| ctx.state.with(|s| s.values.band.clone()));
    let pullable = Memo::new(move |_| {
        ctx.state.with(|s| {
            s.values
                .pullable()
                .into_iter()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
    });
    let status = Memo::new(move |_| ctx.state.with(|s| s.values.band_status()));

    let set_aside = move |i: usize, card: String| {
        let result = ctx.update(|s| s.values.band_remove(&card));
        if said_or_error(ctx, result, error) {
            let mut ids = vec![format!("band-{i}")];
            if let Some(b) = i.checked_sub(1) {
                ids.push(format!("band-{b}"));
            }
            ids.push("pull-0".into());
            ids.push("values-rank".into());
            dom::focus_first_after_render(ids);
        }
    };
    let choose = move |i: usize, card: String| {
        let result = ctx.update(|s| s.values.band_add(&card));
        if said_or_error(ctx, result, error) {
            let mut ids = vec![format!("pull-{i}")];
            if let Some(b) = i.checked_sub(1) {
                ids.push(format!("pull-{b}"));
            }
            ids.push("values-rank".into());
            dom::focus_first_after_render(ids);
        }
    };
    let rank = move |_| {
        let result = ctx.update(|s| s.values.start_ranking());
        if said_or_error(ctx, result, error) {
            dom::focus_after_render("values-phase-heading".into());
        }
    };
    let back = move |_| {
        ctx.update(|s| s.values.back_to_sorting());
        ctx.say("Back to sorting the cards.");
        dom::focus_after_render("values-phase-heading".into());
    };

    view! {
        <div class="narrow">
            <h3 id="values-phase-heading" tabindex="-1">"Keep the five to ten that matter most"</h3>
            <p class="band-status"><strong>{status}</strong></p>
            <div class="band-columns">
                <section aria-labelledby="band-heading">
                    <h4 id="band-heading">"Your chosen values"</h4>
                    <ul class="band-list">
                        {move || band.get().into_iter().enumerate().map(|(i, card)| {
                            let c = card.clone();
                            view! {
                                <li>
                                    <span dir="auto">{card.clone()}</span>
                                    <button type="button" class="small" id=format!("band-{i}")
                                        aria-label=format!("Set aside {card}")
                                        on:click=move |_| set_aside(i, c.clone())>"Set aside"</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
                <section aria-labelledby="pull-heading">
                    <h4 id="pull-heading">"Could also be chosen"</h4>
                    {move || pullable.with(Vec::is_empty).then(|| view! {
                        <p class="muted">"Nothing else to choose from: these are all your very important cards."</p>
                    })}
                    <ul class="band-list">
                        {move || pullable.get().into_iter().enumerate().map(|(i, card)| {
                            let c = card.clone();
                            view! {
                                <li>
                                    <span dir="auto">{card.clone()}</span>
                                    <button type="button" class="small" id=format!("pull-{i}")
                                        aria-label=format!("Choose {card}")
                                        on:click=move |_| choose(i, c.clone())>"Choose"</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            </div>
            <crate::components::ErrorAlert message=error/>
            <div class="actions">
                <button type="button" on:click=back>"Back to sorting"</button>
                <button type="button" class="primary" id="values-rank" on:click=rank>"Put them in order"</button>
            </div>
        </div>
    }
}

/// Rank the band with move up and down (buttons, or Alt+arrows), then a line and a moment
/// for each of the top five.
#[component]
fn Rank() -> impl IntoView {
    let ctx = use_workshop();
    let error = RwSignal::new(None::<String>);
    let len = Memo::new(move |_| ctx.state.with(|s| s.values.band.len()));
    let shift = move |i: usize, dir: Move| {
        let result = ctx.update(|s| s.values.rank_move(i, dir));
        if said_or_error(ctx, result, error) {
            let target = match dir {
                Move::Up => i - 1,
                Move::Down => i + 1,
            };
            let last = len.get_untracked().saturating_sub(1);
            let id = match dir {
                Move::Up if target == 0 => format!("rank-{target}-down"),
                Move::Down if target == last => format!("rank-{target}-up"),
                Move::Up => format!("rank-{target}-up"),
                Move::Down => format!("rank-{target}-down"),
            };
            dom::focus_after_render(id);
        }
    };
    let row = move |i: usize| {
        let card = Memo::new(move |_| {
            ctx.state
                .with(|s| s.values.band.get(i).cloned().unwrap_or_default())
        });
        let keys = move |ev: KeyboardEvent| {
            if !ev.alt_key() {
                return;
            }
            match ev.key().as_str() {
                "ArrowUp" if i > 0 => {
                    ev.prevent_default();
                    shift(i, Move::Up);
                }
                "ArrowDown" if i + 1 < len.get_untracked() => {
                    ev.prevent_default();
                    shift(i, Move::Down);
                }
                _ => {}
            }
        };
        view! {
            <li class="rank-row" class:top=move || { i < TOP } on:keydown=keys>
                <span class="rank-number" aria-hidden="true">{i + 1}</span>
                <span class="rank-card" dir="auto">{card}</span>
                {(i < TOP).then(|| view! { <span class="badge">"Top five"</span> })}
                <span class="row-buttons">
                    <button type="button" class="icon" id=format!("rank-{i}-up")
                        aria-label=move || format!("Move {} up", card.get())
                        aria-keyshortcuts="Alt+ArrowUp"
                        disabled=move || i == 0
                        on:click=move |_| shift(i, Move::Up)>"↑"</button>
                    <button type="button" class="icon" id=format!("rank-{i}-down")
                        aria-label=move || format!("Move {} down", card.get())
                        aria-keyshortcuts="Alt+ArrowDown"
                        disabled=move || { i + 1 >= len.get() }
                        on:click=move |_| shift(i, Move::Down)>"↓"</button>
                </span>
            </li>
        }
    };
    let top_len = Memo::new(move |_| len.get().min(TOP));
    let note = move |i: usize| {
        let card = Memo::new(move |_| {
            ctx.state
                .with(|s| s.values.band.get(i).cloned().unwrap_or_default())
        });
        let (meaning, set_meaning) = bind(
            move |s| {
                s.values
                    .band
                    .get(i)
                    .map(|c| s.values.note(c).meaning)
                    .unwrap_or_default()
            },
            move |s, t| {
                if let Some(c) = s.values.band.get(i).cloned() {
                    s.values.set_meaning(&c, &t);
                }
            },
        );
        let (moment, set_moment) = bind(
            move |s| {
                s.values
                    .band
                    .get(i)
                    .map(|c| s.values.note(c).moment)
                    .unwrap_or_default()
            },
            move |s, t| {
                if let Some(c) = s.values.band.get(i).cloned() {
                    s.values.set_moment(&c, &t);
                }
            },
        );
        let meaning_label =
            Signal::derive(move || format!("What “{}” means to you, in a line", card.get()));
        let moment_label = Signal::derive(move || format!("A moment “{}” showed", card.get()));
        view! {
            <li class="card top-value">
                <h4 dir="auto">{move || format!("{}. {}", i + 1, card.get())}</h4>
                // An example in the first only, so that empty fields never look filled in.
                <TextField id=format!("value-{i}-meaning") label=meaning_label value=meaning on_input=set_meaning
                    placeholder=(i == 0).then(|| "Doing the job properly, even when nobody checks".to_owned())/>
                <TextField id=format!("value-{i}-moment") label=moment_label value=moment on_input=set_moment
                    multiline=true rows=2 placeholder=(i == 0).then(|| "The night I stayed to fix the handover notes".to_owned())/>
            </li>
        }
    };
    let back = move |_| {
        ctx.update(|s| s.values.back_to_narrowing());
        ctx.say("Back to choosing your values.");
        dom::focus_after_render("values-phase-heading".into());
    };
    view! {
        <div class="rank">
            <h3 id="values-phase-heading" tabindex="-1">"Put them in order, most important first"</h3>
            <p class="muted">"Use the arrow buttons, or Alt with the up and down arrow keys. The first five are your top five."</p>
            <ol class="rank-list">
                <For each=move || 0..len.get() key=|i| *i children=row/>
            </ol>
            <crate::components::ErrorAlert message=error/>
            <h3>"Your top five"</h3>
            <p class="muted">"For each, a line on what it means to you and a moment it showed. The lines go in your deck; the moments go in your speaker notes."</p>
            <ol class="cards top-five">
                <For each=move || 0..top_len.get() key=|i| *i children=note/>
            </ol>
            <div class="actions">
                <button type="button" on:click=back>"Back to choosing"</button>
            </div>
        </div>
    }
}

/// A value of the person's own, at any point.
#[component]
fn OwnValue() -> impl IntoView {
    let ctx = use_workshop();
    let draft = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = draft.get_untracked();
        let result = ctx.update(|s| s.values.add_own(&name));
        if said_or_error(ctx, result, error) {
            draft.set(String::new());
        }
        dom::focus_after_render("own-value".into());
    };
    view! {
        <form class="own-value" on:submit=add>
            <label for="own-value">"A value of your own"</label>
            <p class="hint" id="own-value-hint">"Missing something that matters to you? Add it as a card."</p>
            <div class="inline-form">
                <input type="text" id="own-value" dir="auto" aria-describedby="own-value-hint"
                    prop:value=move || draft.get()
                    on:input:target=move |ev| draft.set(ev.target().value())/>
                <button type="submit">"Add card"</button>
            </div>
            <crate::components::ErrorAlert message=error/>
        </form>
    }
}
