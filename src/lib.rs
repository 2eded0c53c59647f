//! Pairwise: an embeddable widget for rating two model answers to a coding
//! question. The pure core lives in [`model`]; [`markdown`] turns untrusted
//! Markdown into safe HTML; [`events`] is the one typed way out to the host;
//! [`components`] is the Leptos UI and [`host`] the JavaScript-facing API;
//! [`highlight`] colours code blocks (a small table-driven lexer, no
//! dependencies); `schema` (native builds only) writes the public contract
//! as JSON Schema.

pub mod components;
pub mod diff;
pub mod events;
pub mod highlight;
pub mod host;
pub mod i18n;
pub mod json;
pub mod markdown;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;

pub use components::{Pairwise, RaterOptions, Theme};
pub use host::{mount, WidgetHandle};
