//! The maintenance screen's domain, without Slint: the hidden gesture that leads to it
//! ([`gesture`]), the technician's PIN and its lockout ([`pin`]), the PIN's place in
//! `borne.toml` ([`settings`]), touch calibration ([`calibration`]), and a rotation or
//! calibration tried, then kept or undone ([`display`]).
//!
//! `src/ui/` draws the screen and feeds these pieces with touches and a monotonic clock.

pub mod calibration;
pub mod display;
pub mod gesture;
pub mod pin;
pub mod settings;
