//! The only module that talks to Slint: it turns the session and the pack into what the
//! screens show, and the screens' callbacks into session steps.
//!
//! Architecture invariant: Rust never builds UI trees; it fills the `AppState`, `Theme`
//! and `L10n` globals and the `.slint` pages lay them out.

pub mod controller;
pub mod headless;
pub mod print;
pub mod window;

#[allow(clippy::all, clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod generated {
    slint::include_modules!();
}

pub use controller::{Background, Clocks, Controller, IoEvent, Notifier};
pub use generated::{
    AppState, AppWindow, CrumbData, DocData, L10n, MediatorRow, PrintState, ScreenKind, ServiceData, Theme, TileData,
};
