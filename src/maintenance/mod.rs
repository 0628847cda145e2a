//! The maintenance screen's domain, without Slint: the hidden gesture that leads to it
//! ([`gesture`]), the technician's PIN and its lockout ([`pin`]), and the PIN's place in
//! `borne.toml` ([`settings`]).
//!
//! `src/ui/` draws the screen and feeds these pieces with touches and a monotonic clock.

pub mod gesture;
pub mod pin;
pub mod settings;
