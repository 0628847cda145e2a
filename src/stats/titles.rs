//! The French titles of the pack's nodes for the statistics report: a funder reads
//! "Aide pour payer le loyer", not `housing-apl`. The counters keep ids only (the CSV
//! files too); the titles are those of the pack in use when a report is written, set
//! where a pack is opened (the kiosk at start and when it switches packs, `borne
//! stats`), so that every way a report is written (a command, a stick's export and
//! merge on the kiosk) finds them without carrying a pack through the statistics code.

use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};

use crate::content::Pack;

/// Node id → title in the pack's default language; `None` until a pack is in use.
static TITLES: RwLock<Option<Arc<BTreeMap<String, String>>>> = RwLock::new(None);

/// The titles of `pack`'s nodes, for the reports written from now on.
pub fn use_pack(pack: &Pack) {
    let titles: BTreeMap<String, String> = pack
        .nodes
        .iter()
        .filter_map(|n| {
            let t = pack.text(&pack.default_language, &format!("node-{}", n.id))?;
            Some((n.id.clone(), t.value))
        })
        .collect();
    // A poisoned lock only means a writer panicked midway: the map is replaced whole.
    let mut slot = TITLES.write().unwrap_or_else(|e| e.into_inner());
    *slot = Some(Arc::new(titles));
}

/// The titles in use, if a pack was given.
pub fn current() -> Option<Arc<BTreeMap<String, String>>> {
    TITLES.read().unwrap_or_else(|e| e.into_inner()).clone()
}
