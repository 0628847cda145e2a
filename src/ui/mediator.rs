//! The mediator presenter: what a mediator sees after scanning a ticket on this kiosk —
//! French headings (number, when, where, language, any problem), then the path, the
//! result, documents and places in the resident's language beside French. Fills
//! `AppState.mediator-*`, `resident-*` and `french-font`; answers `mediator-continue`
//! and `mediator-end`; owns [`IoEvent::Scanned`](super::IoEvent::Scanned).

use slint::{Image, SharedString};

use super::context::{model, Ctx};
use super::controller::Binder;
use super::generated::{AppState, MediatorRow};
use crate::content::NodeKind;
use crate::handoff::summary as handoff_summary;
use crate::i18n;

/// What the mediator view shows above the rows.
#[derive(Debug, Clone, Default)]
struct MediatorView {
    /// French lines: number, when and where, language.
    heading: Vec<String>,
    /// Why the path cannot be shown, in French.
    problem: Option<String>,
}

/// The view of the last scanned ticket, kept while its visit goes on.
#[derive(Default)]
pub struct MediatorPresenter {
    view: Option<MediatorView>,
}

/// Wires the mediator view's callbacks.
pub fn connect(bind: &Binder, state: &AppState<'_>) {
    state.on_mediator_continue(bind.step(|c| {
        let now = c.ctx.now();
        c.ctx.session.back(now);
    }));
    state.on_mediator_end(bind.step(|c| {
        c.ctx.end_visit();
        c.ctx.session.wipe();
        c.ctx.restore_theme();
        tracing::info!("mediator ended the visit");
    }));
}

impl MediatorPresenter {
    /// The view goes with its visit.
    pub fn clear(&mut self) {
        self.view = None;
    }

    /// The visit is over: the scanned ticket's lines leave the window too.
    pub fn clear_window(state: &AppState<'_>) {
        state.set_mediator_ticket(SharedString::new());
        state.set_mediator_when(SharedString::new());
        state.set_mediator_language(SharedString::new());
        state.set_mediator_problem(SharedString::new());
        state.set_mediator_rows(model(Vec::new()));
    }

    /// A mediator scanned a code: the visit of that ticket, on this kiosk.
    pub fn scanned(&mut self, ctx: &mut Ctx, code: &str) {
        let now = ctx.now();
        let pack = ctx.pack.clone();
        // A mediator's reading is not a resident's visit: not counted.
        ctx.end_visit();
        match crate::handoff::Payload::decode(code.trim()) {
            Ok(p) => {
                let (summary, _) = handoff_summary::summarize(&p, Some(&pack));
                tracing::info!(
                    ticket = summary.ticket,
                    matched = summary.path.is_some(),
                    "ticket scanned"
                );
                let lang = summary
                    .language
                    .as_deref()
                    .filter(|l| i18n::language(l).is_some() && pack.languages.iter().any(|x| x.code == *l));
                ctx.session.resume(&pack, lang, summary.path.as_deref(), now);
                ctx.restore_theme();
                self.view = Some(MediatorView {
                    heading: summary.heading,
                    problem: summary.problem,
                });
            }
            Err(e) => {
                tracing::info!("unreadable code scanned: {e}");
                ctx.session.resume(&pack, None, None, now);
                ctx.restore_theme();
                self.view = Some(MediatorView {
                    heading: vec![],
                    problem: Some(handoff_summary::unreadable(&e)),
                });
            }
        }
    }

    /// French headings for the mediator, then the ticket's path and results in the
    /// resident's language beside French.
    pub fn fill(&self, ctx: &mut Ctx, state: &AppState<'_>) {
        let lang = ctx.lang();
        let fr = ctx.pack.default_language.clone();
        let view = self.view.clone().unwrap_or_default();
        let line = |i: usize| SharedString::from(view.heading.get(i).cloned().unwrap_or_default());
        state.set_mediator_ticket(line(0));
        state.set_mediator_when(line(1));
        state.set_mediator_language(line(2));
        state.set_mediator_problem(view.problem.clone().unwrap_or_default().into());
        let texts = handoff_summary::Texts::new();
        state.set_mediator_french_label(texts.t("kiosk-french", &[]).into());
        state.set_mediator_continue_fr(texts.t("kiosk-continue", &[]).into());
        state.set_mediator_end_fr(texts.t("kiosk-end", &[]).into());
        state.set_resident_language_name(i18n::language(&lang).map(|l| l.name).unwrap_or_default().into());
        state.set_resident_rtl(i18n::is_rtl(&lang));
        // Named, not left empty: an empty family would take the resident's script font
        // (with its taller lines) from the window.
        let french_font = match i18n::font_family(&fr) {
            "" => "Noto Sans",
            f => f,
        };
        state.set_french_font(french_font.into());
        let rows = Rows {
            ctx,
            fr,
            texts,
            rows: Vec::new(),
        }
        .build();
        state.set_mediator_rows(model(rows));
    }
}

/// The rows of the mediator view, built one node of the path at a time.
struct Rows<'a> {
    ctx: &'a mut Ctx,
    fr: String,
    texts: handoff_summary::Texts,
    rows: Vec<MediatorRow>,
}

impl Rows<'_> {
    fn build(mut self) -> Vec<MediatorRow> {
        let path = self.ctx.session.path().to_vec();
        for id in path.iter().skip(1) {
            let Some(node) = self.ctx.pack.node(id).cloned() else {
                continue;
            };
            let (r, f) = self.both(&format!("node-{id}"));
            let picto = self.ctx.picto(&node.pictogram);
            self.row(r, f, true, picto);
            if node.kind != NodeKind::Result {
                continue;
            }
            let (r, f) = self.both(&format!("node-{id}.text"));
            self.row(r, f, false, Image::default());
            self.documents(&node.documents);
            self.places(&node.services);
        }
        self.rows
    }

    fn documents(&mut self, documents: &[String]) {
        if documents.is_empty() {
            return;
        }
        let heading = (self.ctx.tr("result-documents"), self.texts.t("kiosk-documents", &[]));
        self.row(heading.0, heading.1, true, Image::default());
        for d in documents {
            let (r, f) = self.both(&format!("doc-{d}"));
            let picto = self
                .ctx
                .pack
                .document(d)
                .map(|x| x.pictogram.clone())
                .unwrap_or_default();
            let picto = self.ctx.picto(&picto);
            self.row(r, f, false, picto);
        }
    }

    fn places(&mut self, services: &[String]) {
        if services.is_empty() {
            return;
        }
        let heading = (self.ctx.tr("result-where"), self.texts.t("kiosk-where", &[]));
        self.row(heading.0, heading.1, true, Image::default());
        for s in services {
            if let Some(svc) = self.ctx.pack.service(s) {
                let name = svc.nom.clone();
                let picto = svc.pictogram.clone();
                let picto = self.ctx.picto(&picto);
                self.row(name.clone(), name, false, picto);
            }
        }
    }

    /// A pack text in the resident's language and in French.
    fn both(&self, key: &str) -> (String, String) {
        let fr_text = self.ctx.pack.text(&self.fr, key).map(|t| t.value).unwrap_or_default();
        (self.ctx.text(key), fr_text)
    }

    fn row(&mut self, resident: String, french: String, heading: bool, picto: Image) {
        self.rows.push(MediatorRow {
            resident: resident.into(),
            french: french.into(),
            heading,
            picto,
        });
    }
}
