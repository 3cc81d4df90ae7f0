//! An opportunity board, read-only: who offers what, and each opportunity's details
//! (`BoardView`). `MatchedBoard` adds the reader's side: the board seen against one of their
//! decks (what would grow it first, with reasons, then readiness, then the rest), their "that
//! is my …" answers, raising a hand, and whom each opportunity fits on their team. All of it
//! is worked out here from the values and signals given; what the buttons do is the caller's.
//! All text is rendered as text.

use leptos::prelude::*;

use crate::board::{
    competency_key, is_hand_raised, match_board, team_fit, unmatched_competencies, Board, Mappings,
    NeedFit, Opportunity, OpportunityFit, OpportunityMatch,
};
use crate::model::{count, month_label, Deck, DeckRecord, DeckSummary};
use crate::services::dom;

/// One opportunity's details, as a card.
#[component]
pub fn OpportunityCard(
    opportunity: Opportunity,
    /// Extra content under the details (match reasons, actions).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let o = opportunity;
    let meta: Vec<String> = [
        Some(o.kind.label().to_owned()),
        o.starts
            .as_deref()
            .map(|s| format!("starts {}", month_label(s))),
        (!o.length.trim().is_empty()).then(|| o.length.clone()),
    ]
    .into_iter()
    .flatten()
    .collect();
    view! {
        <article class="card opportunity" aria-labelledby=format!("opp-{}", o.id)>
            <h3 id=format!("opp-{}", o.id) dir="auto">{o.title.clone()}</h3>
            <p class="muted">{meta.join(" · ")}</p>
            {(!o.summary.trim().is_empty()).then(|| view! { <p dir="auto">{o.summary.clone()}</p> })}
            {(!o.builds.is_empty()).then(|| view! {
                <p><strong>"Builds: "</strong><span dir="auto">{o.builds.join(", ")}</span></p>
            })}
            {(!o.needs.is_empty()).then(|| view! {
                <p><strong>"Needs: "</strong><span dir="auto">{o.needs.iter().map(|n| format!("{} {}", n.name, n.level)).collect::<Vec<_>>().join(", ")}</span></p>
            })}
            {(!o.contact.trim().is_empty()).then(|| view! { <p><strong>"Contact: "</strong><span dir="auto">{o.contact.clone()}</span></p> })}
            {children.map(|c| c())}
        </article>
    }
}

/// The board's title, who offers it and how to raise a hand.
#[component]
pub fn BoardHeading(board: Board) -> impl IntoView {
    view! {
        <header class="view-heading">
            <h1 dir="auto">{board.title.clone()}</h1>
            {board.from.clone().map(|f| view! { <p class="view-owner" dir="auto">{f}</p> })}
            {board.note.clone().map(|n| view! { <p class="board-note" dir="auto">{n}</p> })}
        </header>
    }
}

#[component]
pub fn BoardView(board: Board) -> impl IntoView {
    view! {
        <article class="board-view">
            <BoardHeading board=board.clone()/>
            {board.opportunities.is_empty().then(|| view! { <p class="muted">"No opportunities on this board yet."</p> })}
            <div class="opportunities">
                {board.opportunities.into_iter().map(|o| view! { <OpportunityCard opportunity=o/> }).collect_view()}
            </div>
        </article>
    }
}

/// What the reader brings to a board, as values, signals and callbacks.
#[derive(Clone, Copy)]
pub struct BoardReading {
    /// The reader's own decks, newest first. `None`: none in this browser.
    pub decks: Signal<Option<Vec<DeckSummary>>>,
    /// The deck matched against, as stored.
    pub deck: Signal<Option<DeckRecord>>,
    pub mappings: Signal<Mappings>,
    /// Kept copies of other people's decks, as (person, deck).
    pub team: Signal<Vec<(String, Deck)>>,
    /// Whether looking for the reader's decks is done.
    pub looked: Signal<bool>,
    /// A raise or lower is on its way.
    pub busy: Signal<bool>,
    /// What the last raise or lower did: (opportunity id, words).
    pub notice: Signal<Option<(String, String)>>,
    pub on_choose: Callback<String>,
    /// (board competency name, the reader's competency name).
    pub on_map: Callback<(String, String)>,
    pub on_unmap: Callback<String>,
    pub on_raise: Callback<String>,
    pub on_lower: Callback<String>,
}

/// A board seen by its reader: matched against their deck when they have one, with their
/// team's fit when they keep others' decks.
#[component]
pub fn MatchedBoard(board: Board, reading: BoardReading) -> impl IntoView {
    let board = StoredValue::new(board);
    let r = reading;
    let matches = Memo::new(move |_| {
        r.deck.with(|d| {
            d.as_ref().map(|rec| {
                r.mappings
                    .with(|m| board.with_value(|b| match_board(b, &rec.deck, m)))
            })
        })
    });
    let fits = Memo::new(move |_| {
        r.team.with(|team| {
            (!team.is_empty()).then(|| {
                r.mappings
                    .with(|m| board.with_value(|b| team_fit(b, team, m)))
            })
        })
    });
    let has_deck = Memo::new(move |_| r.deck.with(Option::is_some));
    let has_decks = Memo::new(move |_| r.decks.with(|d| d.as_ref().is_some_and(|d| !d.is_empty())));
    let heading = board.with_value(|b| b.clone());
    let empty = board.with_value(|b| b.opportunities.is_empty());

    let card = move |index: usize, m: Option<OpportunityMatch>| {
        let o = board.with_value(|b| b.opportunities.get(index).cloned());
        o.map(|o| {
            let fit = Signal::derive(move || {
                fits.with(|f| f.as_ref().and_then(|f| f.get(index).cloned()))
            });
            view! {
                <OpportunityCard opportunity=o.clone()>
                    {m.map(|m| view! { <MatchReasons m=m/> })}
                    <TeamFit fit=fit/>
                    <RaiseHand board=board opportunity_id=o.id.clone() reading=r/>
                </OpportunityCard>
            }
        })
    };

    view! {
        <div class="board-view matched-board">
            <BoardHeading board=heading/>
            <section class="match-panel" aria-labelledby="match-heading">
                {move || {
                    if !r.looked.get() {
                        return view! { <p class="muted" role="status">"Looking for your decks in this browser…"</p> }.into_any();
                    }
                    if has_decks.get() {
                        view! { <DeckChooser reading=r/> }.into_any()
                    } else {
                        view! { <HowMatchingWorks team=r.team/> }.into_any()
                    }
                }}
                {move || fits.with(Option::is_some).then(|| {
                    let n = r.team.with(Vec::len);
                    view! {
                        <p class="team-note">
                            {format!(
                                "You keep the decks of {} here: each opportunity says whom it would grow and who is ready.",
                                count(n, "person", "people")
                            )}
                        </p>
                    }
                })}
                {move || has_deck.get().then(|| view! { <SameSkill board=board reading=r/> })}
            </section>
            {empty.then(|| view! { <p class="muted">"No opportunities on this board yet."</p> })}
            {move || match matches.get() {
                Some(all) => {
                    let (grows, rest): (Vec<_>, Vec<_>) = all.into_iter().partition(OpportunityMatch::grows_deck);
                    let n = grows.len();
                    view! {
                        <section class="match-group" aria-labelledby="grows-heading">
                            <h2 id="grows-heading">"Would grow your deck"</h2>
                            {if n == 0 {
                                view! { <p class="muted">"None of these builds a competency you aim higher in yet. Below is everything on the board, with how ready you are for what each asks."</p> }.into_any()
                            } else {
                                view! { <p class="muted">{format!("{} building something you said you want to grow.", count(n, "opportunity", "opportunities"))}</p> }.into_any()
                            }}
                            <div class="opportunities">
                                {grows.into_iter().map(|m| card(m.index, Some(m))).collect_view()}
                            </div>
                        </section>
                        {(!rest.is_empty()).then(|| view! {
                            <section class="match-group" aria-labelledby="rest-heading">
                                <h2 id="rest-heading">{if n == 0 { "On this board" } else { "Also on this board" }}</h2>
                                <div class="opportunities">
                                    {rest.into_iter().map(|m| card(m.index, Some(m))).collect_view()}
                                </div>
                            </section>
                        })}
                    }.into_any()
                }
                None => {
                    let len = board.with_value(|b| b.opportunities.len());
                    view! {
                        <div class="opportunities">
                            {(0..len).map(|i| card(i, None)).collect_view()}
                        </div>
                    }.into_any()
                }
            }}
        </div>
    }
}

/// For a reader without a deck here: how matching would work, and that nothing leaves.
#[component]
fn HowMatchingWorks(team: Signal<Vec<(String, Deck)>>) -> impl IntoView {
    view! {
        <div class="how-matching">
            <h2 id="match-heading">"How matching works"</h2>
            <p>
                "If you keep a career deck in this browser, Career Deck puts first the opportunities that "
                "would grow it — those that build a competency you aim higher in — with the reasons, and "
                "says how ready you are for what each one asks."
            </p>
            <p>
                "It is worked out here, on your device: neither this board nor any deck is sent anywhere. "
                {move || if team.with(Vec::is_empty) {
                    "Nothing from this link is saved unless you keep it."
                } else {
                    "You have no deck of your own here, so only your team's fit is shown."
                }}
            </p>
        </div>
    }
}

/// Which of the reader's decks to match against.
#[component]
fn DeckChooser(reading: BoardReading) -> impl IntoView {
    let r = reading;
    let decks = move || r.decks.get().unwrap_or_default();
    let chosen = move || {
        r.deck
            .with(|d| d.as_ref().map(|d| d.deck.id.clone()).unwrap_or_default())
    };
    view! {
        <h2 id="match-heading">"What fits you"</h2>
        <p class="muted">
            "Matched on this device against your own deck: nothing is sent anywhere. Opportunities that "
            "build a competency you aim higher in come first."
        </p>
        {move || {
            let list = decks();
            if list.len() == 1 {
                let title = list.first().map(|s| s.title.clone()).unwrap_or_default();
                view! { <p>"Your deck: " <strong dir="auto">{title}</strong></p> }.into_any()
            } else {
                view! {
                    <div class="field deck-choice">
                        <label for="match-deck">"Match against"</label>
                        <select id="match-deck" prop:value=chosen
                            on:change:target=move |ev| r.on_choose.run(ev.target().value())>
                            {list.into_iter().map(|s| view! { <option value=s.id>{s.title}</option> }).collect_view()}
                        </select>
                    </div>
                }.into_any()
            }
        }}
    }
}

/// Why an opportunity fits: what it would grow, then each need.
#[component]
fn MatchReasons(m: OpportunityMatch) -> impl IntoView {
    let mapped_tag = || view! { <span class="tag mapped">"your match"</span> };
    view! {
        <ul class="reasons" aria-label="How it fits your deck">
            {m.grows.iter().map(|g| view! {
                <li class="reason grows" dir="auto">
                    {g.describe()}
                    {g.mapped.then(mapped_tag)}
                </li>
            }).collect_view()}
            {m.needs.iter().map(|n| {
                let class = if n.is_ready() { "reason ready" } else { "reason stretch" };
                let mapped = matches!(n, NeedFit::Ready { mapped_to: Some(_), .. } | NeedFit::Stretch { mapped_to: Some(_), .. });
                view! {
                    <li class=class dir="auto">{n.describe()}{mapped.then(mapped_tag)}</li>
                }
            }).collect_view()}
            {(m.needs.is_empty() && !m.grows_deck()).then(|| view! {
                <li class="reason muted">"It builds nothing you aim higher in, and asks for nothing in particular."</li>
            })}
        </ul>
    }
}

/// Whom on the reader's team an opportunity fits.
#[component]
fn TeamFit(fit: Signal<Option<OpportunityFit>>) -> impl IntoView {
    move || {
        fit.get().map(|f| {
            let grows = if f.grows.is_empty() {
                "no one yet".to_owned()
            } else {
                f.grows.join(", ")
            };
            let ready = if f.ready.is_empty() {
                "no one yet".to_owned()
            } else {
                f.ready.join(", ")
            };
            view! {
                <div class="team-fit">
                    <p><strong>"Would grow: "</strong><span dir="auto">{grows}</span></p>
                    <p><strong>"Ready now: "</strong><span dir="auto">{ready}</span></p>
                </div>
            }
        })
    }
}

/// Raise my hand, or take it back: one button that keeps its place (and focus) as it turns
/// from one into the other.
#[component]
fn RaiseHand(
    board: StoredValue<Board>,
    opportunity_id: String,
    reading: BoardReading,
) -> impl IntoView {
    let r = reading;
    let id = StoredValue::new(opportunity_id.clone());
    let raised = Memo::new(move |_| {
        r.deck.with(|d| {
            d.as_ref().map(|rec| {
                board.with_value(|b| id.with_value(|id| is_hand_raised(&rec.deck, b, id)))
            })
        })
    });
    let status_id = format!("hand-{opportunity_id}-status");
    let notice = move || {
        r.notice.with(|n| {
            n.as_ref()
                .filter(|(opp, _)| id.with_value(|id| id == opp))
                .map(|(_, text)| text.clone())
        })
    };
    // Only whether there is a deck at all rebuilds the button: raising and lowering change
    // its words, never the element, so focus stays on it.
    let available = Memo::new(move |_| raised.with(Option::is_some));
    move || {
        available.get().then(|| {
            view! {
                <div class="hand">
                    <button type="button" id=format!("hand-{}", id.get_value())
                        class=move || if raised.get() == Some(true) { "" } else { "primary" }
                        aria-describedby=status_id.clone()
                        // Never `disabled` while busy: that would drop focus to the page.
                        aria-disabled=move || r.busy.get().then_some("true")
                        on:click=move |_| {
                            if r.busy.get_untracked() {
                                return;
                            }
                            let opp = id.get_value();
                            if raised.get_untracked() == Some(true) { r.on_lower.run(opp) } else { r.on_raise.run(opp) }
                        }>
                        {move || if raised.get() == Some(true) { "Undo: lower my hand" } else { "Raise my hand" }}
                    </button>
                    <p class="hand-status" id=status_id.clone() role="status">
                        {move || notice().or_else(|| (raised.get() == Some(true)).then(|| "In your deck as a next step and an ask.".to_owned()))}
                    </p>
                </div>
            }
        })
    }
}

/// "Same skill, different words": the board's competencies that match none of the deck's,
/// each with a "that is my …" choice, and the answers given, each of which can be taken back.
#[component]
fn SameSkill(board: StoredValue<Board>, reading: BoardReading) -> impl IntoView {
    let r = reading;
    let unmatched = Memo::new(move |_| {
        r.deck.with(|d| {
            d.as_ref()
                .map(|rec| {
                    r.mappings
                        .with(|m| board.with_value(|b| unmatched_competencies(b, &rec.deck, m)))
                })
                .unwrap_or_default()
        })
    });
    let mine = Memo::new(move |_| {
        r.deck.with(|d| {
            d.as_ref()
                .map(|rec| {
                    rec.deck
                        .competencies_list()
                        .iter()
                        .map(|c| c.name.trim().to_owned())
                        .filter(|n| !n.is_empty())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    // The answers that touch this board, as (board's spelling, the reader's competency).
    let given = Memo::new(move |_| {
        r.mappings.with(|m| {
            board.with_value(|b| {
                let mut seen = std::collections::HashSet::new();
                b.opportunities
                    .iter()
                    .flat_map(|o| o.builds.iter().chain(o.needs.iter().map(|n| &n.name)))
                    .filter_map(|name| {
                        let key = competency_key(name);
                        let target = m.target(name)?;
                        seen.insert(key)
                            .then(|| (name.trim().to_owned(), target.to_owned()))
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let open = Memo::new(move |_| !unmatched.with(Vec::is_empty) || !given.with(Vec::is_empty));
    move || {
        open.get().then(|| view! {
            <details class="same-skill">
                <summary>
                    "Same skill, different words"
                    {move || {
                        let n = unmatched.with(Vec::len);
                        (n > 0).then(|| format!(" — {} not in your deck", count(n, "competency", "competencies")))
                    }}
                </summary>
                <p class="muted">
                    "If the board names something you have under another name, say which one it is. "
                    "Your answer is remembered in this browser and used for every board you open here."
                </p>
                <ul class="same-skill-list">
                    {move || unmatched.get().into_iter().enumerate().map(|(i, name)| {
                        let select_id = format!("same-skill-{i}");
                        let label = format!("“{name}” is my");
                        let for_map = name.clone();
                        view! {
                            <li class="field">
                                <label for=select_id.clone() dir="auto">{label}</label>
                                <select id=select_id on:change:target=move |ev| {
                                    let v = ev.target().value();
                                    if !v.is_empty() {
                                        r.on_map.run((for_map.clone(), v));
                                        // The row goes away: the next one's choice, else the answer just given.
                                        dom::focus_first_after_render(vec![
                                            format!("same-skill-{i}"),
                                            format!("same-skill-{}", i.saturating_sub(1)),
                                            "same-skill-undo-0".into(),
                                        ]);
                                    }
                                }>
                                    <option value="">"— not in my deck —"</option>
                                    {mine.get().into_iter().map(|c| view! { <option value=c.clone()>{c.clone()}</option> }).collect_view()}
                                </select>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                {move || {
                    let answers = given.get();
                    (!answers.is_empty()).then(|| view! {
                        <h3>"Your answers"</h3>
                        <ul class="same-skill-answers">
                            {answers.into_iter().enumerate().map(|(j, (board_name, yours))| {
                                let forget = board_name.clone();
                                let label = format!("Forget that “{board_name}” is your {yours}");
                                view! {
                                    <li>
                                        <span dir="auto">{format!("“{board_name}” is your {yours}")}</span>
                                        " "
                                        <button type="button" class="small" id=format!("same-skill-undo-{j}") aria-label=label
                                            on:click=move |_| {
                                                r.on_unmap.run(forget.clone());
                                                dom::focus_first_after_render(vec![
                                                    format!("same-skill-undo-{j}"),
                                                    format!("same-skill-undo-{}", j.saturating_sub(1)),
                                                    "same-skill-0".into(),
                                                ]);
                                            }>"Undo"</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    })
                }}
            </details>
        })
    }
}
