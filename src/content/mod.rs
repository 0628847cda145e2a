//! Content packs: the operator's source folder, its checker, its compiler into SQLite,
//! and the compiled store the kiosk reads at run time.
//!
//! Data flow: `source` parses a folder (keeping line numbers), `check` reports every
//! problem at once, `compile` writes a SQLite file, `store` opens that file into an
//! immutable in-memory [`Pack`] shared by the session and the UI.

pub mod check;
pub mod compile;
pub mod coverage;
pub mod coverage_report;
pub mod diagnostic;
pub mod ftl;
pub mod import;
pub mod model;
pub mod online;
pub mod proof;
pub mod source;
pub mod store;
mod store_offers;
mod store_online;
mod store_places;
mod store_tables;
pub mod svg;
pub mod table;
pub mod thematiques;

pub use check::{check_dir, check_dir_at};
pub use compile::{build_dir, compile_pack};
pub use diagnostic::{Diagnostic, Report, Severity};
pub use model::{Closure, Document, Node, NodeKind, OfferPhotos, Pack, Procedure, Recording, Service, Shown};
pub use store::{open_pack, read_recording, StoreError};
pub use store_offers::read_offer_photo;

/// Whether `id` is a valid stable id: `a-z`, `0-9`, `-`, 1 to 48 characters.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 48
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

#[cfg(test)]
mod tests {
    use super::is_valid_id;

    #[test]
    fn ids() {
        assert!(is_valid_id("housing-apl"));
        assert!(is_valid_id("a1"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("Housing"));
        assert!(!is_valid_id("-x"));
        assert!(!is_valid_id("a_b"));
        assert!(!is_valid_id(&"a".repeat(49)));
    }
}
