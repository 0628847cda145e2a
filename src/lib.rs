//! borne: a touch kiosk that orients residents towards the social rights and services
//! that concern them, in their language, with pictograms.
//!
//! The domain modules (content, session, hours, phone, i18n, config) know nothing of
//! Slint; [`ui`] alone talks to it.

// A panic is a dead screen in a bakery: outside tests, no unwrap, expect or panic.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod config;
pub mod content;
pub mod default_pack;
pub mod diagnostics;
pub mod eligibility;
pub mod emergency;
pub mod focus;
pub mod fuzzing;
pub mod handoff;
pub mod hours;
pub mod hours_week;
pub mod html;
pub mod i18n;
pub mod jack;
pub mod keypad;
pub mod maintenance;
pub mod offers;
pub mod phone;
pub mod places;
pub mod preview;
pub mod printing;
pub mod safe_fs;
pub mod scanner;
pub mod session;
pub mod speech;
pub mod stats;
pub mod tools_text;
pub mod ui;
pub mod update;
