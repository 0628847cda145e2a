//! The handoff from a resident to a mediator: the ticket's payload (content
//! identifiers only), its QR code, what a mediator reads from it in French, and the
//! offline page that reads it in a browser.

#[cfg(test)]
#[cfg(test)]
pub(crate) mod fuzz;
pub mod mediator_page;
mod payload;
pub mod qr;
pub mod summary;

pub use payload::*;
