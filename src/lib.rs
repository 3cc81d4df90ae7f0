//! Career Deck: write your career strategy deck, keep it in your own browser, share it by link.
//!
//! The pure core — `model`, `board`, `manager`, `slides`, `workshop`, `share`, `routes` — has no browser types and
//! is tested natively. The web shell — `app`, `features`, `components`, `services`,
//! `storage` — only exists when building for the browser. See docs/architecture.md for who
//! may import whom.

pub mod board;
pub mod manager;
pub mod model;
pub mod routes;
pub mod share;
pub mod slides;
pub mod workshop;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod features;
#[cfg(target_arch = "wasm32")]
pub mod services;
#[cfg(target_arch = "wasm32")]
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub use app::App;
