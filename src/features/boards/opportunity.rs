//! One opportunity of the board, as a card: title, type, summary, the competencies it builds
//! (a list: Enter adds the next, Backspace in an empty one removes it), the competencies it
//! needs with a level, when it starts (tidied on leaving the box), how long, whom to contact.
//! Moved and removed with the row buttons; focus follows.

use leptos::prelude::*;

use super::editor::BoardCtx;
use super::guidance;
use crate::board::{BoardField, Need, NeedField, OppField, Opportunity, OpportunityType};
use crate::components::{GuideNote, LevelPicker, RowButtons, TextField};
use crate::model::{limits::MAX_LIST_ITEMS, normalize_month, Move};
use crate::services::{dom, use_toasts};

/// A change to one of an opportunity's lists (builds or needs).
type ListChange<T> = Box<dyn FnOnce(&mut Vec<T>)>;

/// The opportunity with this id, and where it is.
fn locate(b: &crate::board::Board, id: &str) -> Option<(usize, Opportunity)> {
    b.opportunities
        .iter()
        .position(|o| o.id == id)
        .map(|i| (i, b.opportunities[i].clone()))
}

#[component]
pub fn OpportunityEditor(id: String, ids: Memo<Vec<String>>) -> impl IntoView {
    let ctx = expect_context::<BoardCtx>();
    let session = ctx.session;
    let toasts = use_toasts();
    let oid = StoredValue::new(id.clone());
    // Re-evaluated on every change of the board, but only tells this card when its own
    // opportunity (or its place) changed.
    let found = Memo::new(move |_| session.board.with(|b| oid.with_value(|id| locate(b, id))));
    let index = Memo::new(move |_| found.with(|f| f.as_ref().map_or(0, |(i, _)| *i)));
    let value = move |get: fn(&Opportunity) -> String| {
        Signal::derive(move || found.with(|f| f.as_ref().map(|(_, o)| get(o)).unwrap_or_default()))
    };
    // Changes this opportunity; `key` names the field for undo.
    let edit = move |key: &str, change: Box<dyn FnOnce(&mut Opportunity)>| {
        let id = oid.get_value();
        session.edit(&format!("{id}-{key}"), move |b| {
            if let Some(o) = b.opportunities.iter_mut().find(|o| o.id == id) {
                change(o);
            }
        });
    };
    let text_edit = move |key: &'static str, set: fn(&mut Opportunity, String)| {
        Callback::new(move |t: String| edit(key, Box::new(move |o| set(o, t))))
    };
    let issue = move |field: OppField| {
        Signal::derive(move || {
            let i = index.get();
            ctx.issues.with(|v| {
                crate::board::BoardIssue::message_for(v, &BoardField::Opportunity(i, field))
            })
        })
    };
    let seal = Callback::new(move |()| session.seal());
    let dom_id = move |what: &str| format!("o-{}-{what}", oid.get_value());

    let heading = move || {
        let t = found.with(|f| f.as_ref().map(|(_, o)| o.title.clone()).unwrap_or_default());
        if t.trim().is_empty() {
            format!("Opportunity {}", index.get() + 1)
        } else {
            t
        }
    };
    let first = Signal::derive(move || index.get() == 0);
    let last = Signal::derive(move || index.get() + 1 >= ids.with(Vec::len));
    let reorder = Callback::new(move |dir: Move| {
        let i = index.get_untracked();
        let len = ids.with_untracked(Vec::len);
        let to = match dir {
            Move::Up if i > 0 => i - 1,
            Move::Down if i + 1 < len => i + 1,
            _ => return,
        };
        session.edit("opportunity-move", |b| b.opportunities.swap(i, to));
        let (button, other) = if dir == Move::Up {
            ("up", "down")
        } else {
            ("down", "up")
        };
        dom::focus_first_after_render(vec![dom_id(button), dom_id(other)]);
    });
    let remove = Callback::new(move |()| {
        let i = index.get_untracked();
        let Some((_, removed)) = found.get_untracked() else {
            return;
        };
        session.edit("opportunity-remove", |b| {
            if i < b.opportunities.len() {
                b.opportunities.remove(i);
            }
        });
        // The card now in this place, else the one before, else "Add opportunity".
        let mut targets = ids.with_untracked(|v| {
            [v.get(i), i.checked_sub(1).and_then(|p| v.get(p))]
                .into_iter()
                .flatten()
                .map(|id| format!("o-{id}-title"))
                .collect::<Vec<_>>()
        });
        targets.push("opportunity-add".into());
        dom::focus_first_after_render(targets);
        let title = removed.title.trim().to_owned();
        let what = if title.is_empty() {
            "the opportunity".to_owned()
        } else {
            format!("“{title}”")
        };
        let restore = Callback::new(move |()| {
            let back = removed.clone();
            let focus = format!("o-{}-title", back.id);
            session.edit("opportunity-restore", move |b| {
                if b.opportunity(&back.id).is_none() {
                    let at = i.min(b.opportunities.len());
                    b.opportunities.insert(at, back);
                }
            });
            dom::focus_after_render(focus);
        });
        toasts.show(format!("Removed {what}."), Some(("Undo", restore)));
    });
    let type_id = dom_id("type");
    let kind = Signal::derive(move || {
        found.with(|f| f.as_ref().map_or(OpportunityType::Role, |(_, o)| o.kind))
    });
    let starts_edit = Callback::new(move |t: String| {
        edit(
            "starts",
            Box::new(move |o| o.starts = (!t.trim().is_empty()).then_some(t)),
        )
    });
    // Months are tidied when the person leaves the box ("March 2027" → 2027-03), never while
    // they type.
    let tidy_starts = Callback::new(move |()| {
        let typed = found.with_untracked(|f| f.as_ref().and_then(|(_, o)| o.starts.clone()));
        if let Some(typed) = typed {
            let tidy = normalize_month(&typed);
            if tidy != typed {
                edit("starts", Box::new(move |o| o.starts = Some(tidy)));
            }
        }
        session.seal();
    });

    view! {
        <li class="card opportunity-card" id=dom_id("card")>
            <div class="card-head">
                <h3 dir="auto">{heading}</h3>
                <RowButtons id=format!("o-{}", oid.get_value()) first=first last=last on_move=reorder on_remove=remove/>
            </div>
            <div class="card-grid">
                <TextField id=dom_id("title") label="Title" value=value(|o| o.title.clone())
                    guide=guidance::OPPORTUNITY
                    on_input=text_edit("title", |o, t| o.title = t) error=issue(OppField::Title) on_blur=seal/>
                <div class="field">
                    <label for=type_id.clone()>"Type"</label>
                    <select id=type_id
                        prop:value=move || kind.get().as_str()
                        on:change:target=move |ev| {
                            if let Some(t) = OpportunityType::parse(&ev.target().value()) {
                                edit("type", Box::new(move |o| o.kind = t));
                            }
                        }>
                        {OpportunityType::ALL.into_iter().map(|t| view! { <option value=t.as_str()>{t.label()}</option> }).collect_view()}
                    </select>
                </div>
            </div>
            <TextField id=dom_id("summary") label="Summary" value=value(|o| o.summary.clone()) multiline=true rows=2
                guide=guidance::SUMMARY
                on_input=text_edit("summary", |o, t| o.summary = t) error=issue(OppField::Summary) on_blur=seal/>
            <BuildsList found=found index=index oid=oid/>
            <NeedsList found=found index=index oid=oid/>
            <div class="card-grid">
                <TextField id=dom_id("starts") label="Starts" value=value(|o| o.starts.clone().unwrap_or_default())
                    hint="A month, such as 2027-03 or March 2027; empty if there is no set start" placeholder="March 2027"
                    on_input=starts_edit error=issue(OppField::Starts) on_blur=tidy_starts/>
                <TextField id=dom_id("length") label="How long" value=value(|o| o.length.clone())
                    placeholder="9 months"
                    on_input=text_edit("length", |o, t| o.length = t) error=issue(OppField::Length) on_blur=seal/>
                <TextField id=dom_id("contact") label="Whom to contact" value=value(|o| o.contact.clone())
                    placeholder="Name, or how to reach them"
                    on_input=text_edit("contact", |o, t| o.contact = t) error=issue(OppField::Contact) on_blur=seal/>
            </div>
        </li>
    }
}

/// The competencies an opportunity builds: a list of short texts.
#[component]
fn BuildsList(
    found: Memo<Option<(usize, Opportunity)>>,
    index: Memo<usize>,
    oid: StoredValue<String>,
) -> impl IntoView {
    let ctx = expect_context::<BoardCtx>();
    let session = ctx.session;
    let count = Memo::new(move |_| found.with(|f| f.as_ref().map_or(0, |(_, o)| o.builds.len())));
    let base = move || format!("o-{}-build", oid.get_value());
    let change = move |key: String, f: ListChange<String>| {
        let id = oid.get_value();
        session.edit(&format!("{id}-{key}"), move |b| {
            if let Some(o) = b.opportunities.iter_mut().find(|o| o.id == id) {
                f(&mut o.builds);
            }
        });
    };
    let insert = move |at: usize| {
        change(
            "builds-add".into(),
            Box::new(move |v| v.insert(at.min(v.len()), String::new())),
        );
        dom::focus_after_render(format!("{}-{at}", base()));
    };
    let add_id = format!("o-{}-builds", oid.get_value());
    let rows = move || {
        (0..count.get())
            .map(|j| {
                let id = format!("{}-{j}", base());
                let value = Signal::derive(move || {
                    found.with(|f| f.as_ref().and_then(|(_, o)| o.builds.get(j).cloned()).unwrap_or_default())
                });
                let error = Signal::derive(move || {
                    let i = index.get();
                    ctx.issues.with(|v| crate::board::BoardIssue::message_for(v, &BoardField::Build(i, j)))
                });
                let on_input = Callback::new(move |t: String| {
                    change(
                        format!("build-{j}"),
                        Box::new(move |v| {
                            if let Some(item) = v.get_mut(j) {
                                *item = t;
                            }
                        }),
                    )
                });
                let remove = Callback::new(move |()| {
                    change("builds-remove".into(), Box::new(move |v| {
                        if j < v.len() {
                            v.remove(j);
                        }
                    }));
                    dom::focus_first_after_render(vec![
                        format!("{}-{j}", base()),
                        format!("{}-{}", base(), j.saturating_sub(1)),
                        format!("o-{}-builds", oid.get_value()),
                    ]);
                });
                let keys = Callback::new(move |ev: leptos::ev::KeyboardEvent| {
                    let empty = value.with_untracked(String::is_empty);
                    match ev.key().as_str() {
                        "Enter" => {
                            ev.prevent_default();
                            if count.get_untracked() < MAX_LIST_ITEMS {
                                insert(j + 1);
                            }
                        }
                        "Backspace" if empty => {
                            ev.prevent_default();
                            remove.run(());
                        }
                        _ => {}
                    }
                });
                let label = format!("Builds, competency {}", j + 1);
                view! {
                    <li class="list-row">
                        <TextField id=id label=label value=value on_input=on_input error=error hide_label=true
                            placeholder="System design" on_keydown=keys on_blur=Callback::new(move |()| session.seal())/>
                        <button type="button" class="icon danger" aria-label=format!("Remove competency {} it builds", j + 1)
                            on:click=move |_| remove.run(())>"×"</button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="sub-list builds">
            <legend>"Competencies it builds"</legend>
            <GuideNote guide=guidance::BUILDS id=format!("o-{}-builds-tip", oid.get_value())/>
            <ul class="board-text-list">{rows}</ul>
            <button type="button" class="add small" id=add_id on:click=move |_| insert(count.get_untracked())
                disabled={move || count.get() >= MAX_LIST_ITEMS}>"Add a competency it builds"</button>
        </fieldset>
    }
}

/// The competencies an opportunity asks for, each with the level asked.
#[component]
fn NeedsList(
    found: Memo<Option<(usize, Opportunity)>>,
    index: Memo<usize>,
    oid: StoredValue<String>,
) -> impl IntoView {
    let ctx = expect_context::<BoardCtx>();
    let session = ctx.session;
    let count = Memo::new(move |_| found.with(|f| f.as_ref().map_or(0, |(_, o)| o.needs.len())));
    let base = move || format!("o-{}-need", oid.get_value());
    let change = move |key: String, f: ListChange<Need>| {
        let id = oid.get_value();
        session.edit(&format!("{id}-{key}"), move |b| {
            if let Some(o) = b.opportunities.iter_mut().find(|o| o.id == id) {
                f(&mut o.needs);
            }
        });
    };
    let add = move |_| {
        let at = count.get_untracked();
        change(
            "needs-add".into(),
            Box::new(|v| {
                v.push(Need {
                    name: String::new(),
                    level: 2,
                })
            }),
        );
        dom::focus_after_render(format!("{}-{at}-name", base()));
    };
    let rows = move || {
        (0..count.get())
            .map(|j| {
                let need = move || found.with(|f| f.as_ref().and_then(|(_, o)| o.needs.get(j).cloned()));
                let name = Signal::derive(move || need().map(|n| n.name).unwrap_or_default());
                let level = Signal::derive(move || need().map_or(0, |n| n.level));
                let error = move |field: NeedField| {
                    Signal::derive(move || {
                        let i = index.get();
                        ctx.issues.with(|v| crate::board::BoardIssue::message_for(v, &BoardField::Need(i, j, field)))
                    })
                };
                let on_name = Callback::new(move |t: String| {
                    change(format!("need-{j}-name"), Box::new(move |v| {
                        if let Some(n) = v.get_mut(j) {
                            n.name = t;
                        }
                    }))
                });
                let on_level = Callback::new(move |l: u8| {
                    change(format!("need-{j}-level"), Box::new(move |v| {
                        if let Some(n) = v.get_mut(j) {
                            n.level = l;
                        }
                    }))
                });
                let remove = move |_| {
                    change("needs-remove".into(), Box::new(move |v| {
                        if j < v.len() {
                            v.remove(j);
                        }
                    }));
                    dom::focus_first_after_render(vec![
                        format!("{}-{j}-name", base()),
                        format!("{}-{}-name", base(), j.saturating_sub(1)),
                        format!("o-{}-needs", oid.get_value()),
                    ]);
                };
                let legend = Signal::derive(move || {
                    let n = name.get();
                    if n.trim().is_empty() { format!("Level asked, competency {}", j + 1) } else { format!("Level asked in {}", n.trim()) }
                });
                view! {
                    <li class="need-row">
                        <div class="need-head">
                            <TextField id=format!("{}-{j}-name", base()) label=format!("Needs, competency {}", j + 1)
                                value=name on_input=on_name error=error(NeedField::Name) placeholder="SQL"
                                on_blur=Callback::new(move |()| session.seal())/>
                            <button type="button" class="icon danger" aria-label=format!("Remove competency {} it needs", j + 1)
                                on:click=remove>"×"</button>
                        </div>
                        <LevelPickerLabelled name=format!("{}-{j}-level", base()) legend=legend value=level on_change=on_level/>
                        {move || error(NeedField::Level).get().map(|e| view! { <p class="field-error">{e}</p> })}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="sub-list needs">
            <legend>"Competencies it needs"</legend>
            <GuideNote guide=guidance::NEEDS id=format!("o-{}-needs-tip", oid.get_value())/>
            <ul class="need-list">{rows}</ul>
            <button type="button" class="add small" id=format!("o-{}-needs", oid.get_value()) on:click=add
                disabled={move || count.get() >= MAX_LIST_ITEMS}>"Add a competency it needs"</button>
        </fieldset>
    }
}

/// The level picker with a legend that follows the need's name.
#[component]
fn LevelPickerLabelled(
    name: String,
    legend: Signal<String>,
    value: Signal<u8>,
    on_change: Callback<u8>,
) -> impl IntoView {
    // The picker's legend is plain text: rebuilt when the need is renamed.
    move || {
        let name = name.clone();
        view! { <LevelPicker name=name legend=legend.get() value=value on_change=on_change/> }
    }
}
