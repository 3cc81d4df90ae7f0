//! A link just made: the link itself (focused and in view), its length and where it can go,
//! Copy, and a QR code when a phone can read it — shown as large as the screen allows.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::model::thousands;
use crate::services::dom;
use crate::share::{LinkFit, MadeLink, QrPath};

/// Codes with more modules than this need a phone held close to a large screen.
const DENSE_MODULES: usize = 100;

#[component]
pub fn LinkResult(made: MadeLink) -> impl IntoView {
    let copied = RwSignal::new(None::<&'static str>);
    let full_screen = RwSignal::new(false);
    let url = StoredValue::new(made.url.clone());
    let copy = move |_| {
        spawn_local(async move {
            if dom::copy_text(&url.get_value()).await {
                copied.set(Some("Link copied."));
            } else {
                dom::select_text("share-link");
                copied.set(Some(
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
                {made.fit.description()}
                " Once sent, a link can't be taken back: whoever has it can open it."
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
                                "Scan with a phone camera from close up: this code is dense. Show it full screen for an easier scan."
                            } else {
                                "Scan with a phone camera to open the deck there."
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
