//! What gives you energy: yesterday or a typical week as moments, each rated for energy and
//! for how absorbed the person was; the patterns the core finds (strongest first); the lists
//! for the deck in the person's words; and a nudge for each drainer.

use leptos::prelude::*;

use super::changes::DeckChanges;
use super::widgets::{bind, focus_after_remove, Choice, ChoiceItem, TextRows};
use super::{use_workshop, StepFrame, WorkshopCtx};
use crate::components::TextField;
use crate::services::dom;
use crate::workshop::energy::{
    ENERGY_LABELS, ENERGY_PROMPT, ENGAGEMENT_LABELS, ENGAGEMENT_PROMPT, SETTING_PROMPT,
    WHAT_PROMPT, WITH_WHOM_PROMPT,
};
use crate::workshop::{Episode, Frame, Nudge, Pattern, Step, WorkshopState};

/// Changes the energy work and keeps one nudge per drainer in step with it.
fn update_energy(ctx: WorkshopCtx, change: impl FnOnce(&mut WorkshopState)) {
    ctx.update(|s| {
        change(s);
        s.energy.refresh_nudges();
    });
}

/// Patterns shown before "n more".
const SHOWN_PATTERNS: usize = 5;

fn refresh(s: &mut WorkshopState) {
    s.energy.refresh_nudges();
}

fn frame_key(f: Frame) -> &'static str {
    match f {
        Frame::Yesterday => "yesterday",
        Frame::TypicalWeek => "week",
    }
}

fn nudge_key(n: Nudge) -> &'static str {
    match n {
        Nudge::Automate => "automate",
        Nudge::HandOff => "hand_off",
        Nudge::Reframe => "reframe",
    }
}

#[component]
pub fn EnergyStep() -> impl IntoView {
    let ctx = use_workshop();
    // A state resumed from an earlier version (or written elsewhere) may lack its nudges.
    let stale = ctx.state.with_untracked(|s| {
        let mut e = s.energy.clone();
        e.refresh_nudges();
        e.nudges != s.energy.nudges
    });
    if stale {
        update_energy(ctx, |_| {});
    }
    let frame = Memo::new(move |_| ctx.state.with(|s| s.energy.frame));
    let frames = [Frame::Yesterday, Frame::TypicalWeek]
        .into_iter()
        .map(|f| ChoiceItem::new(frame_key(f), f.label()))
        .collect();
    let on_frame = Callback::new(move |k: String| {
        let f = if k == "week" {
            Frame::TypicalWeek
        } else {
            Frame::Yesterday
        };
        ctx.update(|s| s.energy.frame = f);
    });
    let len = Memo::new(move |_| ctx.state.with(|s| s.energy.episodes.len()));
    let add = move |_| {
        let mut n = 0;
        update_energy(ctx, |s| {
            n = s.energy.add_episode(Episode::new("", "", "", 0, 2));
        });
        ctx.say(format!("Moment {} added.", n + 1));
        dom::focus_after_render(format!("moment-{n}-what"));
    };

    view! {
        <StepFrame step=Step::Energy>
            <Choice name="energy-frame" legend="Which stretch of time?" options=frames inline=true
                selected=Signal::derive(move || frame_key(frame.get()).to_owned()) on_change=on_frame/>
            <p class="prompt">{move || frame.get().prompt()}</p>
            <ol class="cards moments">
                <For each=move || 0..len.get() key=|i| *i children=move |i| view! { <Moment i=i/> }/>
            </ol>
            <button type="button" class="add" id="moment-add" on:click=add>"Add a moment"</button>
            <Patterns/>
            <Lists/>
            <Nudges/>
            <DeckChanges step=Step::Energy/>
        </StepFrame>
    }
}

/// One moment: what, who, where, and two ratings.
#[component]
fn Moment(i: usize) -> impl IntoView {
    let ctx = use_workshop();
    let text = |get: fn(&Episode) -> &String, set: fn(&mut Episode) -> &mut String| {
        let value = Memo::new(move |_| {
            ctx.state.with(|s| {
                s.energy
                    .episodes
                    .get(i)
                    .map(|e| get(e).clone())
                    .unwrap_or_default()
            })
        });
        let on_input = Callback::new(move |t: String| {
            update_energy(ctx, |s| {
                if let Some(e) = s.energy.episodes.get_mut(i) {
                    *set(e) = t;
                }
            });
        });
        (Signal::<String>::from(value), on_input)
    };
    let (what, on_what) = text(|e| &e.what, |e| &mut e.what);
    let (who, on_who) = text(|e| &e.with_whom, |e| &mut e.with_whom);
    let (place, on_place) = text(|e| &e.setting, |e| &mut e.setting);
    let energy = Memo::new(move |_| {
        ctx.state
            .with(|s| s.energy.episodes.get(i).map_or(0, |e| e.energy))
    });
    let engagement = Memo::new(move |_| {
        ctx.state
            .with(|s| s.energy.episodes.get(i).map_or(0, |e| e.engagement))
    });
    let energy_options = (-2i8..=2)
        .map(|v| ChoiceItem::new(v.to_string(), ENERGY_LABELS[(v + 2) as usize]))
        .collect();
    let engagement_options = (0u8..=4)
        .map(|v| ChoiceItem::new(v.to_string(), ENGAGEMENT_LABELS[usize::from(v)]))
        .collect();
    let on_energy = Callback::new(move |k: String| {
        if let Ok(v) = k.parse::<i8>() {
            update_energy(ctx, |s| {
                if let Some(e) = s.energy.episodes.get_mut(i) {
                    e.energy = v.clamp(-2, 2);
                }
            });
        }
    });
    let on_engagement = Callback::new(move |k: String| {
        if let Ok(v) = k.parse::<u8>() {
            update_energy(ctx, |s| {
                if let Some(e) = s.energy.episodes.get_mut(i) {
                    e.engagement = v.min(4);
                }
            });
        }
    });
    // Enter in "what" goes on to the next moment (adding one after the last).
    let next = Callback::new(move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() != "Enter" {
            return;
        }
        ev.prevent_default();
        let len = ctx.state.with_untracked(|s| s.energy.episodes.len());
        if i + 1 >= len {
            update_energy(ctx, |s| {
                s.energy.add_episode(Episode::new("", "", "", 0, 2));
            });
            ctx.say(format!("Moment {} added.", i + 2));
        }
        dom::focus_after_render(format!("moment-{}-what", i + 1));
    });
    let remove = move |_| {
        ctx.remove_row(
            format!("moment {}", i + 1),
            |s| &mut s.energy.episodes,
            i,
            Some(refresh),
            format!("moment-{i}-what"),
        );
        focus_after_remove("moment", "what", i, "moment-add".into());
    };
    view! {
        <li class="card moment">
            <div class="card-head">
                <h3>{format!("Moment {}", i + 1)}</h3>
                <button type="button" class="icon danger" aria-label=format!("Remove moment {}", i + 1)
                    on:click=remove>"×"</button>
            </div>
            <div class="card-grid">
                <TextField id=format!("moment-{i}-what") label=WHAT_PROMPT value=what on_input=on_what
                    placeholder="Planning next week's rota" on_keydown=next
                    hint="Enter goes on to the next moment"/>
                <TextField id=format!("moment-{i}-who") label=WITH_WHOM_PROMPT value=who on_input=on_who
                    placeholder="Sam and the team"/>
                <TextField id=format!("moment-{i}-where") label=SETTING_PROMPT value=place on_input=on_place
                    placeholder="On the ward"/>
            </div>
            <div class="ratings">
                <Choice name=format!("moment-{i}-energy") legend=ENERGY_PROMPT options=energy_options inline=true
                    selected=Signal::derive(move || energy.get().to_string()) on_change=on_energy/>
                <Choice name=format!("moment-{i}-engagement") legend=ENGAGEMENT_PROMPT options=engagement_options inline=true
                    selected=Signal::derive(move || engagement.get().to_string()) on_change=on_engagement/>
            </div>
        </li>
    }
}

/// What the moments show, energizers and drainers strongest first.
#[component]
fn Patterns() -> impl IntoView {
    let ctx = use_workshop();
    let episodes = Memo::new(move |_| ctx.state.with(|s| s.energy.episodes.clone()));
    let found = Memo::new(move |_| episodes.with(|e| crate::workshop::patterns(e)));
    let list = |mut items: Vec<Pattern>, empty: &'static str| {
        if items.is_empty() {
            return view! { <p class="muted">{empty}</p> }.into_any();
        }
        let item = |p: Pattern| {
            view! {
                <li dir="auto">
                    <span class="pattern-sentence">{p.sentence()}</span>
                    " "
                    <span class="muted pattern-kind">{p.kind.label()}</span>
                </li>
            }
        };
        // The strongest first; the long tail folded away.
        let rest = items.split_off(items.len().min(SHOWN_PATTERNS));
        let more = (!rest.is_empty()).then(|| {
            let n = rest.len();
            view! {
                <details class="more-patterns">
                    <summary>{format!("{n} more")}</summary>
                    <ol class="pattern-list" start=(SHOWN_PATTERNS + 1).to_string()>
                        {rest.into_iter().map(item).collect_view()}
                    </ol>
                </details>
            }
        });
        view! {
            <ol class="pattern-list">{items.into_iter().map(item).collect_view()}</ol>
            {more}
        }
        .into_any()
    };
    view! {
        <section class="patterns" aria-labelledby="patterns-heading">
            <h3 id="patterns-heading">"What the moments show"</h3>
            <p>{move || found.with(|f| f.share_sentence())}</p>
            <div class="two-columns">
                <div>
                    <h4>"Gives you energy"</h4>
                    {move || list(found.with(|f| f.energizers().to_vec()), "Nothing yet: rate a few moments that lifted you.")}
                </div>
                <div>
                    <h4>"Drains you"</h4>
                    {move || list(found.with(|f| f.drainers().to_vec()), "Nothing yet.")}
                </div>
            </div>
        </section>
    }
}

/// The energizers and drainers for the deck, in the person's words.
#[component]
fn Lists() -> impl IntoView {
    let ctx = use_workshop();
    let fill = move |_| {
        update_energy(ctx, |s| s.energy.suggest_names());
        let (e, d) = ctx
            .state
            .with_untracked(|s| (s.energy.energizer_names.len(), s.energy.drainer_names.len()));
        ctx.say(format!(
            "Your lists now hold {e} energizers and {d} drainers. Say them your way."
        ));
        dom::focus_after_render(if e > 0 {
            "energizers-0-text".into()
        } else {
            "energizers-add".into()
        });
    };
    view! {
        <section class="energy-lists" aria-labelledby="energy-lists-heading">
            <h3 id="energy-lists-heading">"Your lists for the deck"</h3>
            <p class="muted">
                "Start from the strongest patterns, then put them your way. Left empty, the \
                 strongest patterns go in your deck as they are."
            </p>
            <button type="button" id="energy-fill" on:click=fill>"Start from the patterns"</button>
            <div class="two-columns">
                <div>
                    <h4>"What gives me energy"</h4>
                    <TextRows id="energizers" item="Energizer" add_label="Add an energizer"
                        get=|s| &s.energy.energizer_names get_mut=|s| &mut s.energy.energizer_names
                        after=refresh/>
                </div>
                <div>
                    <h4>"What drains me"</h4>
                    <TextRows id="drainers" item="Drainer" add_label="Add a drainer"
                        get=|s| &s.energy.drainer_names get_mut=|s| &mut s.energy.drainer_names
                        after=refresh/>
                </div>
            </div>
        </section>
    }
}

/// For each drainer, one way to make it smaller: its own words, editable.
#[component]
fn Nudges() -> impl IntoView {
    let ctx = use_workshop();
    let len = Memo::new(move |_| ctx.state.with(|s| s.energy.nudges.len()));
    let row = move |i: usize| {
        let drainer = Memo::new(move |_| {
            ctx.state.with(|s| {
                s.energy
                    .nudges
                    .get(i)
                    .map(|n| n.drainer.clone())
                    .unwrap_or_default()
            })
        });
        let chosen = Memo::new(move |_| {
            ctx.state.with(|s| {
                s.energy
                    .nudges
                    .get(i)
                    .map_or("", |n| nudge_key(n.nudge))
                    .to_owned()
            })
        });
        let options = Nudge::ALL
            .into_iter()
            .map(|n| ChoiceItem::new(nudge_key(n), n.label()).with_detail(n.question()))
            .collect();
        let on_nudge = Callback::new(move |k: String| {
            if let Some(n) = Nudge::ALL.into_iter().find(|n| nudge_key(*n) == k) {
                ctx.update(|s| s.energy.set_nudge(i, n));
            }
        });
        let (sentence, on_sentence) = bind(
            move |s| {
                s.energy
                    .nudges
                    .get(i)
                    .map(|n| n.sentence.clone())
                    .unwrap_or_default()
            },
            move |s, t| s.energy.set_nudge_sentence(i, &t),
        );
        let legend = Signal::derive(move || format!("How to make “{}” smaller", drainer.get()));
        view! {
            <li class="card nudge">
                <h4 dir="auto">{drainer}</h4>
                <Choice name=format!("nudge-{i}") legend=legend options=options
                    selected=chosen on_change=on_nudge/>
                <TextField id=format!("nudge-{i}-sentence") label="What you will try" value=sentence
                    on_input=on_sentence multiline=true rows=2/>
            </li>
        }
    };
    view! {
        <section class="nudges" aria-labelledby="nudges-heading">
            <h3 id="nudges-heading">"Making the drainers smaller"</h3>
            {move || (len.get() == 0).then(|| view! {
                <p class="muted">"Once something drains you, a way to shrink it shows here."</p>
            })}
            <ol class="cards">
                <For each=move || 0..len.get() key=|i| *i children=row/>
            </ol>
        </section>
    }
}
