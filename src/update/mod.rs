//! Content updates from a USB stick: bundles (`FILE.borne`), minisign signatures, the
//! apply pipeline with its atomic switch, the report left on the stick.

pub mod bundle;
pub mod install;
pub mod report;
pub mod sign;
pub mod store;
pub mod token;
pub mod usb;

pub use install::{apply, Active, Installed, Options, Refusal, Step};
