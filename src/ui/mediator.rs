//! The mediator presenter: what a mediator sees after scanning a ticket on this kiosk —
//! French headings (number, when, where, language, any problem), then the path, the
//! result, documents and places in the resident's language beside French. Fills
//! `AppState.mediator-*`, `resident-*` and `french-font`; answers `mediator-continue`
//! and `mediator-end`; owns [`IoEvent::Scanned`](super::IoEvent::Scanned).
//!
//! A discreet ticket carries no path: the view says so in both languages, and the
//! visit resumes from home.

use chrono::NaiveDateTime;
use slint::{Image, SharedString};

use super::context::{model, Ctx};
use super::controller::Binder;
use super::generated::{AppState, MediatorRow};
use crate::content::{NodeKind, Pack};
use crate::handoff::summary as handoff_summary;
use crate::i18n;

/// What the mediator view shows above the rows.
#[derive(Debug, Clone, Default)]
struct MediatorView {
    /// French lines: number, when and where, language.
    heading: Vec<String>,
    /// Why the path cannot be shown, in French.
    problem: Option<String>,
    /// The ticket is about a discreet result: its path is not written on it.
    discreet: bool,
}

/// What a scanned code opens: the view, and the visit to resume.
#[derive(Debug, Default)]
struct Scan {
    view: MediatorView,
    /// The resident's language, when this kiosk has it.
    lang: Option<String>,
    /// The ticket's path in this pack, when it carries one that matches.
    path: Option<Vec<String>>,
}

/// Reads a scanned code against the kiosk's pack at `now` (the wall clock). It needs
/// no session and no window, so that any input can be fed to it in tests.
fn scan(code: &str, pack: &Pack, now: NaiveDateTime) -> Scan {
    match handoff_summary::read(code, Some(pack), now) {
        Ok((summary, _)) => {
            tracing::info!(
                ticket = summary.ticket,
                matched = summary.path.is_some(),
                "ticket scanned"
            );
            let lang = summary
                .language
                .filter(|l| i18n::language(l).is_some() && pack.languages.iter().any(|x| x.code == *l));
            Scan {
                view: MediatorView {
                    heading: summary.heading,
                    problem: summary.problem,
                    discreet: summary.discreet,
                },
                lang,
                path: summary.path,
            }
        }
        Err(e) => {
            tracing::info!("unreadable code scanned: {e}");
            Scan {
                view: MediatorView {
                    problem: Some(handoff_summary::unreadable(&e)),
                    ..MediatorView::default()
                },
                ..Scan::default()
            }
        }
    }
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
        let scan = scan(code.trim(), &pack, (ctx.clocks.wall)());
        ctx.session
            .resume(&pack, scan.lang.as_deref(), scan.path.as_deref(), now);
        ctx.restore_theme();
        self.view = Some(scan.view);
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
        let mut rows = Rows {
            ctx,
            fr,
            texts,
            rows: Vec::new(),
        };
        if view.discreet {
            // Told to both: the resident in their language, the mediator in French.
            let note = (rows.ctx.tr("mediator-discreet"), rows.texts.t("kiosk-discreet", &[]));
            rows.row(note.0, note.1, false, Image::default());
        }
        let rows = rows.build();
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
                let name = self.ctx.pack.service_name(&self.ctx.lang(), svc);
                let name_fr = self.ctx.pack.service_name(&self.fr, svc);
                let picto = svc.pictogram.clone();
                let picto = self.ctx.picto(&picto);
                self.row(name, name_fr, false, picto);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handoff::fuzz;

    #[test]
    fn random_scans_never_panic_and_never_show_a_discreet_path() {
        let pack = fuzz::default_pack();
        let mut rng = fuzz::Rng::new(11);
        for _ in 0..3000 {
            let now = fuzz::now(&mut rng);
            let code = fuzz::code(&mut rng, pack);
            let s = scan(&code, pack, now);
            // Either a ticket's heading or why it cannot be read.
            assert!(s.view.heading.len() == 3 || s.view.problem.is_some(), "{code}");
            if s.view.discreet {
                assert_eq!(s.path, None);
            }
            if let Some(path) = &s.path {
                assert_eq!(path.first(), Some(&pack.root));
            }
        }
    }

    #[test]
    fn finding_8_a_discreet_ticket_opens_no_path_on_the_kiosk() {
        let pack = fuzz::default_pack();
        let path = crate::ui::headless::path_to(pack, "emergency-violence").expect("path");
        let at = chrono::NaiveDateTime::default();
        let code = crate::handoff::Payload::for_path(pack, &path, "ar", "k", 3, at)
            .expect("payload")
            .encode();
        let s = scan(&code, pack, at);
        assert!(s.view.discreet);
        assert_eq!(s.path, None);
        assert_eq!(s.lang.as_deref(), Some("ar"));
        assert_eq!(s.view.problem, None);
    }
}
