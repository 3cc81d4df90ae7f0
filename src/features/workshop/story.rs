//! Your story so far: two to six chapters with a high, a low and a turning point each, then
//! the person's own paragraph. The app offers prompts; it never writes the words.

use leptos::prelude::*;

use super::changes::DeckChanges;
use super::widgets::{bind, focus_after_remove, CommitField, Prompts};
use super::{use_workshop, StepFrame};
use crate::components::{ErrorAlert, TextField};
use crate::model::{is_year_month, month_label};
use crate::services::dom;
use crate::workshop::story::{
    CHAPTER_TITLE_PROMPT, HIGH_PROMPT, LOW_PROMPT, MAX_CHAPTERS, MIN_CHAPTERS, STORY_PROMPTS,
    TURNING_POINT_PROMPT,
};
use crate::workshop::Step;

/// A month as stored, shown the way a person reads it ("Mar 2019"), or as typed.
fn month_text(m: &Option<String>) -> String {
    match m.as_deref() {
        Some(v) if is_year_month(v) => month_label(v),
        Some(v) => v.to_owned(),
        None => String::new(),
    }
}

#[component]
pub fn StoryStep() -> impl IntoView {
    let ctx = use_workshop();
    let len = Memo::new(move |_| ctx.state.with(|s| s.story.chapters.len()));
    let add = move |_| match ctx.update(|s| s.story.add_chapter()).flatten() {
        Some(n) => {
            ctx.say(format!("Chapter {} added.", n + 1));
            dom::focus_after_render(format!("chapter-{n}-title"));
        }
        None => ctx.say(format!(
            "{MAX_CHAPTERS} chapters is the most that keeps a story's shape."
        )),
    };
    let issues = Signal::derive(move || {
        ctx.state.with(|s| {
            let list: Vec<String> = s.story.issues().into_iter().map(|i| i.message).collect();
            (!list.is_empty()).then(|| list.join(" "))
        })
    });
    let (paragraph, on_paragraph) =
        bind(|s| s.story.paragraph.clone(), |s, t| s.story.paragraph = t);
    let full = Memo::new(move |_| len.get() >= MAX_CHAPTERS);
    view! {
        <StepFrame step=Step::Story>
            <p class="muted">
                {format!("Between {MIN_CHAPTERS} and {MAX_CHAPTERS} chapters. Named chapters go on your \
                          roadmap as where you have been; the hardest moments stay here.")}
            </p>
            <ol class="cards chapters">
                <For each=move || 0..len.get() key=|i| *i children=move |i| view! { <ChapterCard i=i/> }/>
            </ol>
            <button type="button" class="add" id="chapter-add" aria-disabled=move || full.get().then_some("true")
                on:click=add>"Add a chapter"</button>
            <ErrorAlert message=issues/>
            <section class="story-paragraph" aria-labelledby="paragraph-heading">
                <h3 id="paragraph-heading">"Your story, in your words"</h3>
                <Prompts heading="To help you write it" prompts=STORY_PROMPTS/>
                <TextField id="story-paragraph" label="Your story" value=paragraph on_input=on_paragraph
                    multiline=true rows=6/>
                <p class="hint">"Nothing here is written for you: these are your words, and only yours go in the deck."</p>
            </section>
            <DeckChanges step=Step::Story/>
        </StepFrame>
    }
}

#[component]
fn ChapterCard(i: usize) -> impl IntoView {
    let ctx = use_workshop();
    let text = |get: fn(&crate::workshop::Chapter) -> &String,
                set: fn(&mut crate::workshop::Chapter) -> &mut String| {
        bind(
            move |s| {
                s.story
                    .chapters
                    .get(i)
                    .map(|c| get(c).clone())
                    .unwrap_or_default()
            },
            move |s, t| {
                if let Some(c) = s.story.chapters.get_mut(i) {
                    *set(c) = t;
                }
            },
        )
    };
    let (title, on_title) = text(|c| &c.title, |c| &mut c.title);
    let (high, on_high) = text(|c| &c.high, |c| &mut c.high);
    let (low, on_low) = text(|c| &c.low, |c| &mut c.low);
    let (turn, on_turn) = text(|c| &c.turning_point, |c| &mut c.turning_point);
    let from = Memo::new(move |_| {
        ctx.state.with(|s| {
            s.story
                .chapters
                .get(i)
                .map(|c| month_text(&c.from))
                .unwrap_or_default()
        })
    });
    let to = Memo::new(move |_| {
        ctx.state.with(|s| {
            s.story
                .chapters
                .get(i)
                .map(|c| month_text(&c.to))
                .unwrap_or_default()
        })
    });
    let on_from = Callback::new(move |t: String| {
        ctx.update(|s| s.story.set_from(i, &t));
    });
    let on_to = Callback::new(move |t: String| {
        ctx.update(|s| s.story.set_to(i, &t));
    });
    let remove = move |_| {
        ctx.remove_row(
            format!("chapter {}", i + 1),
            |s| &mut s.story.chapters,
            i,
            None,
            format!("chapter-{i}-title"),
        );
        focus_after_remove("chapter", "title", i, "chapter-add".into());
    };
    view! {
        <li class="card chapter">
            <div class="card-head">
                <h3>{format!("Chapter {}", i + 1)}</h3>
                <button type="button" class="icon danger" aria-label=format!("Remove chapter {}", i + 1)
                    on:click=remove>"×"</button>
            </div>
            <TextField id=format!("chapter-{i}-title") label="Its name" value=title on_input=on_title
                hint=CHAPTER_TITLE_PROMPT/>
            <div class="card-grid">
                <CommitField id=format!("chapter-{i}-from") label="When it began" value=from on_commit=on_from
                    hint="Such as March 2019"/>
                <CommitField id=format!("chapter-{i}-to") label="When it ended" value=to on_commit=on_to
                    hint="Leave empty if it goes on"/>
            </div>
            <TextField id=format!("chapter-{i}-high") label=HIGH_PROMPT value=high on_input=on_high
                multiline=true rows=2/>
            <TextField id=format!("chapter-{i}-low") label=LOW_PROMPT value=low on_input=on_low
                multiline=true rows=2/>
            <TextField id=format!("chapter-{i}-turn") label=TURNING_POINT_PROMPT value=turn on_input=on_turn
                multiline=true rows=2/>
        </li>
    }
}
