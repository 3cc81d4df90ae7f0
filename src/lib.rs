//! Career Deck: write your career strategy deck, keep it in your own browser, share it by link.
//!
//! The pure core — `model`, `share`, `routes`, `guidance`, `strength` — has no browser types
//! and is tested natively. The web shell — `app`, `pages`, `components`, `services`,
//! `storage` — only exists when building for the browser.

pub mod guidance;
pub mod model;
pub mod routes;
pub mod share;
pub mod strength;
pub mod workshop;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod services;
#[cfg(target_arch = "wasm32")]
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub use app::App;
