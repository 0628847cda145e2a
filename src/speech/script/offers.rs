//! What the offers screens say: the same texts as the screens ([`crate::offers::text`]),
//! in the order they are laid out.

use super::{place, Lines, ScriptError};
use crate::offers::browse::{Browse, View};
use crate::offers::text::{FilterKind, Words};
use crate::offers::{facets, Offer};

/// An offers node as `src/ui/offers.rs` fills it for `b`.
pub(super) fn offers(l: &mut Lines<'_, '_>, node: &str, b: &Browse, per_page: usize) -> Result<(), ScriptError> {
    let pack = l.scene.pack;
    let n = pack
        .node(node)
        .ok_or_else(|| ScriptError::UnknownNode(node.to_string()))?;
    let today = l.scene.now.date();
    let w = Words {
        l10n: l.scene.l10n,
        lang: l.scene.lang,
    };
    let lang = l.scene.lang;
    let find = |id: &str| -> Option<&Offer> { pack.offers.iter().find(|o| o.id == id) };
    match b.view() {
        View::List => {
            l.pack(&format!("node-{node}"));
            let shown = b.filter.apply(&pack.offers, &n.landlords, today);
            l.data(lang, &w.count(shown.len()));
            for k in FilterKind::ALL {
                let (label, value) = w.filter_button(k, &b.filter);
                l.data(lang, &[label, value].join(" "));
            }
            let per_page = per_page.max(1);
            let pages = shown.len().div_ceil(per_page).max(1);
            let first = b.page.min(pages - 1) * per_page;
            for &i in shown.iter().skip(first).take(per_page) {
                l.data(lang, &w.card(&pack.offers[i], today).spoken());
            }
        }
        View::Picker(p) => {
            l.data(lang, &w.picker_question(p));
            let f = facets(&b.filter, &pack.offers, &n.landlords, today);
            l.chrome("offers-all");
            match p {
                crate::offers::browse::Picker::Commune => {
                    f.communes.iter().for_each(|(c, k)| l.data(lang, &w.with_count(c, *k)))
                }
                crate::offers::browse::Picker::Rooms => f
                    .rooms
                    .iter()
                    .for_each(|(r, k)| l.data(lang, &w.with_count(&w.rooms_choice(*r), *k))),
                crate::offers::browse::Picker::Rent => f
                    .max_totals
                    .iter()
                    .for_each(|(m, k)| l.data(lang, &w.with_count(&w.up_to(*m), *k))),
            }
        }
        View::Offer(id) => {
            let Some(o) = find(id) else { return Ok(()) };
            let card = w.card(o, today);
            l.data(lang, &[card.title, card.commune].join(", "));
            for (label, value) in w.facts(o, &landlord(l, o), today) {
                l.data(lang, &[label, value].join(" : "));
            }
            l.chrome("offers-how-to-apply");
        }
        View::Apply(id) => {
            let Some(o) = find(id) else { return Ok(()) };
            l.chrome("offers-apply-title");
            l.data(lang, &w.apply_text(&landlord(l, o), &o.reference));
            let docs: Vec<_> = n.documents.iter().filter_map(|d| pack.document(d)).collect();
            if !docs.is_empty() {
                l.chrome("result-documents");
            }
            for d in docs {
                l.pack(&format!("doc-{}", d.id));
            }
            l.chrome("ticket-button");
            if pack.service(&o.landlord).is_some() {
                l.chrome("result-where");
                place(l, &o.landlord);
            }
        }
    }
    Ok(())
}

fn landlord(l: &Lines<'_, '_>, o: &Offer) -> String {
    match l.scene.pack.service(&o.landlord) {
        Some(s) => l.scene.pack.service_name(l.scene.lang, s),
        None => o.landlord.clone(),
    }
}
