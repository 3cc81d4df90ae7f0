//! Where notices appear; a polite live region so screen readers read them without
//! interrupting.

use leptos::prelude::*;

use crate::services::use_toasts;

#[component]
pub fn ToastRegion() -> impl IntoView {
    let toasts = use_toasts();
    view! {
        <div class="toasts" role="status" aria-live="polite">
            <For
                each=move || toasts.items.get()
                key=|t| t.id
                children=move |toast| {
                    let id = toast.id;
                    view! {
                        <div class="toast">
                            <span>{toast.message.clone()}</span>
                            {toast.action.map(|(label, action)| view! {
                                <button on:click=move |_| {
                                    toasts.dismiss(id);
                                    action.run(());
                                }>{label}</button>
                            })}
                            <button class="icon" aria-label="Dismiss" on:click=move |_| toasts.dismiss(id)>
                                "×"
                            </button>
                        </div>
                    }
                }
            />
        </div>
    }
}
