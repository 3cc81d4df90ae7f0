//! Career Deck: write your career strategy deck, keep it in your own browser, share it by link.
//!
//! `model` and `share` are the pure core (no browser types, tested natively); everything else
//! is the web shell and only exists when building for the browser.

pub mod model;
