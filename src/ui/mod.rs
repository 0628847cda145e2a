//! The only module that talks to Slint: it turns the session and the pack into what the
//! screens show, and the screens' callbacks into session steps.
//!
//! One presenter per screen family fills its part of the `AppState` global and answers
//! its callbacks: [`journey`] (attract, home, questions, results), [`nav`] (the
//! navigation bar and the language, help and emergency screens), [`ticket`],
//! [`mediator`], [`update_screen`] and [`listen`] (the Listen control: audio mode, volume);
//! [`preview`] is `borne preview`'s pair of windows (kiosk and operator's panel). The [`controller`] routes between them and owns
//! the shared state ([`context`]); [`io`] brings device events back to the UI thread.
//!
//! Architecture invariant: Rust never builds UI trees; it fills the `AppState`, `Theme`
//! and `L10n` globals and the `.slint` pages lay them out.

pub mod batch;
mod context;
pub mod controller;
mod eligibility;
pub mod headless;
mod io;
mod journey;
mod keys;
mod listen;
mod maintenance;
mod maintenance_actions;
mod maintenance_panels;
mod maintenance_rows;
mod mediator;
mod nav;
mod offer_photos;
mod offers;
mod online;
mod places;
pub mod preview;
mod preview_panel;
pub mod print;
mod ticket;
mod update_screen;
pub mod window;

#[allow(clippy::all, clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod generated {
    slint::include_modules!();
}

pub use context::Clocks;
pub use controller::Controller;
pub use generated::{
    AppState, AppWindow, CrumbData, DocData, L10n, Maintenance, MediatorRow, PrintPlace, PrintState, ScreenKind,
    ServiceData, Theme, TileData,
};
pub use generated::{FactRow, FilterButton, OfferCard, Offers};
pub use generated::{PreviewGroup, PreviewNode, PreviewOption, PreviewProblem, PreviewWindow};
pub use io::{Background, IoEvent, Notifier};
