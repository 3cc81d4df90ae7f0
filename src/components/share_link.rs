//! The parts of a share screen that decks and boards have in common: the passphrase field,
//! the list of problems that stop a link, and the link just made (focused and in view, its
//! length and where it can go, Copy, and a QR code when a phone can read it — shown as large
//! as the screen allows).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::model::thousands;
use crate::services::{crypto, dom};
use crate::share::{passphrase_strength, LinkFit, MadeLink, QrPath};

/// Why no link was made, as the screen shows it: a sentence, and each problem with a link to
/// its place in the editor.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareProblems {
    pub lead: String,
    pub items: Vec<(String, String)>,
}

impl ShareProblems {
    /// A problem with nothing to link to.
    pub fn plain(lead: impl Into<String>) -> ShareProblems {
        ShareProblems {
            lead: lead.into(),
            items: Vec::new(),
        }
    }
}

/// The problems, in an alert that takes focus (`share-problems`).
#[component]
pub fn ShareProblemList(problems: RwSignal<Option<ShareProblems>>) -> impl IntoView {
    move || {
        problems.get().map(|p| {
            view! {
                <div class="alert" role="alert" id="share-problems" tabindex="-1">
                    <p>{p.lead}</p>
                    {(!p.items.is_empty()).then(|| view! {
                        <ul>{p.items.into_iter().map(|(text, to)| view! { <li><a href=to dir="auto">{text}</a></li> }).collect_view()}</ul>
                    })}
                </div>
            }
        })
    }
}

/// The optional passphrase, with its strength. `told_to` says whom to tell it ("the person",
/// "people"); Enter makes the link. Typing one starts the crypto worker, so that the key is
/// derived at once when the link is made.
#[component]
pub fn PassphraseField(
    passphrase: RwSignal<String>,
    told_to: &'static str,
    on_enter: Callback<()>,
) -> impl IntoView {
    let strength = move || passphrase_strength(passphrase.get().trim());
    view! {
        <div class="field">
            <label for="share-passphrase">"Passphrase (optional)"</label>
            <p class="guide" id="share-passphrase-note">
                {format!("The passphrase is not in the link and is never stored. Tell it to {told_to} ")}
                "another way — in person, by phone, or in a different app from the link. "
                "Spaces before or after it don't count."
            </p>
            <input id="share-passphrase" type="password" autocomplete="off" data-lpignore="true"
                data-1p-ignore="true" aria-describedby="share-passphrase-note share-strength"
                prop:value=move || passphrase.get()
                on:input:target=move |ev| {
                    let typed = ev.target().value();
                    if !typed.trim().is_empty() {
                        crypto::prepare();
                    }
                    passphrase.set(typed);
                }
                on:keydown=move |ev| if ev.key() == "Enter" { ev.prevent_default(); on_enter.run(()) }/>
            <p id="share-strength" class="strength" data-strength=move || strength().label()>{move || strength().hint()}</p>
        </div>
    }
}

/// Codes with more modules than this need a phone held close to a large screen.
const DENSE_MODULES: usize = 100;

/// A link just made. `fit` says where a link of its length can go, `after` what to know once
/// it is sent, `what` is "deck" or "board" (for the QR code's caption).
#[component]
pub fn LinkResult(
    made: MadeLink,
    fit: &'static str,
    after: &'static str,
    what: &'static str,
) -> impl IntoView {
    let copied = RwSignal::new(None::<&'static str>);
    let full_screen = RwSignal::new(false);
    let url = StoredValue::new(made.url.clone());
    let copy = move |_| {
        spawn_local(async move {
            if dom::copy_text(&url.get_value()).await {
                copied.try_set(Some("Link copied."));
            } else {
                dom::select_text("share-link");
                copied.try_set(Some(
                    "Your browser blocked copying. The link is selected: press Ctrl+C (⌘C on a Mac).",
                ));
            }
        });
    };
    let qr = made.qr.clone();
    view! {
        <div class="link-result">
            <h2>{if made.locked { "Your locked link" } else { "Your link" }}</h2>
            <label for="share-link">"Share link"</label>
            <textarea id="share-link" readonly rows="4" prop:value=made.url.clone()></textarea>
            <p class="muted">
                {format!("{} characters. ", thousands(made.url.len()))}
                {fit}
                " Once sent, a link can't be taken back: whoever has it can open it."
                {after}
            </p>
            <div class="actions">
                <button type="button" class="primary" on:click=copy>"Copy link"</button>
                <span role="status" class="copied">{move || copied.get()}</span>
            </div>
            {qr.filter(|_| made.fit == LinkFit::Qr).map(|qr| {
                let dense = qr.modules > DENSE_MODULES;
                let big = qr.clone();
                view! {
                    <figure class="qr">
                        <QrCode qr=qr/>
                        <figcaption>
                            {if dense {
                                "Scan with a phone camera from close up: this code is dense. Show it full screen for an easier scan.".to_owned()
                            } else {
                                format!("Scan with a phone camera to open the {what} there.")
                            }}
                        </figcaption>
                        <button type="button" id="qr-full" on:click=move |_| {
                            full_screen.set(true);
                            dom::focus_after_render("qr-close".into());
                        }>"Show QR code full screen"</button>
                    </figure>
                    {move || full_screen.get().then(|| {
                        let big = big.clone();
                        view! {
                            <div class="qr-full" role="dialog" aria-modal="true" aria-label="QR code of the share link"
                                on:keydown=move |ev| if ev.key() == "Escape" {
                                    full_screen.set(false);
                                    dom::focus_after_render("qr-full".into());
                                }>
                                <QrCode qr=big/>
                                <button type="button" id="qr-close" class="primary" on:click=move |_| {
                                    full_screen.set(false);
                                    dom::focus_after_render("qr-full".into());
                                }>"Close"</button>
                            </div>
                        }
                    })}
                }
            })}
        </div>
    }
}

#[component]
fn QrCode(qr: QrPath) -> impl IntoView {
    let side = (qr.modules + 2 * QrPath::QUIET_ZONE).to_string();
    view! {
        <svg viewBox=qr.view_box() role="img" aria-label="QR code of the share link" shape-rendering="crispEdges">
            <rect x="-4" y="-4" width=side.clone() height=side fill="#fff"></rect>
            <path d=qr.d.clone() fill="#000"></path>
        </svg>
    }
}
