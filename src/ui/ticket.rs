//! The ticket presenter: "My ticket" (a QR code of the path, its number, the places to
//! show it) and "Print my ticket". Fills `AppState.ticket-qr`, `ticket-code`,
//! `ticket-number`, `help-places`, `can-print`, `print-state` and `print-message`;
//! answers `show-ticket` and `print-ticket`; owns the print job and its
//! [`IoEvent::Printed`](super::IoEvent::Printed) answer.

use chrono::NaiveDateTime;

use super::context::Ctx;
use super::controller::Binder;
use super::generated::{AppState, PrintState};
use super::io::{Background, IoEvent, Notifier};
use super::places;
use crate::config::Config;
use crate::printing::job::{self as print_job, PrintJob};
use crate::printing::transport::PrintError;
use crate::stats::{Event, TicketOutcome};

/// The ticket on screen: what its QR holds and when it was issued (printing draws
/// the same one).
#[derive(Debug, Clone)]
struct ShownTicket {
    number: u16,
    code: String,
    at: NaiveDateTime,
}

/// The ticket screen's state, kept while it is open.
pub struct TicketPresenter {
    kiosk_name: String,
    mediator_url: Option<String>,
    config_file: Option<std::path::PathBuf>,
    /// A printer is configured.
    can_print: bool,
    /// Number of the next ticket; counts from 1 since start-up.
    next_number: u16,
    shown: Option<ShownTicket>,
    print_state: PrintState,
    print_error: Option<PrintError>,
    /// The ticket whose print job is running. Kept across screens and visits: the
    /// kiosk has one printer, so it runs one job at a time, whatever the screens do.
    in_flight: Option<u16>,
}

/// Wires the ticket screen's callbacks.
pub fn connect(bind: &Binder, state: &AppState<'_>) {
    state.on_show_ticket(bind.step(|c| {
        let now = c.ctx.now();
        c.ctx.session.open(crate::session::Overlay::Ticket, now);
        c.ctx.stat(Event::Ticket(TicketOutcome::Shown));
    }));
    state.on_print_ticket(bind.step(|c| {
        let now = c.ctx.now();
        c.ctx.session.activity(now);
        let (bg, notifier) = (c.background.clone(), c.notifier.clone());
        c.ticket.print(&c.ctx, bg, notifier);
    }));
}

impl TicketPresenter {
    pub fn new(config: &Config) -> Self {
        TicketPresenter {
            kiosk_name: config.kiosk_name.clone(),
            mediator_url: config.mediator_url.clone(),
            config_file: config.file.clone(),
            can_print: config.printer.is_some(),
            next_number: 1,
            shown: None,
            print_state: PrintState::Idle,
            print_error: None,
            in_flight: None,
        }
    }

    /// The ticket screen closed: its ticket and print state go.
    pub fn close(&mut self) {
        self.shown = None;
        self.print_state = PrintState::Idle;
        self.print_error = None;
    }

    /// The visit changed under the screen (a scan, new content): the ticket shown goes.
    pub fn forget(&mut self) {
        self.shown = None;
    }

    /// The printer's answer for ticket `number`; dropped when another ticket is shown.
    pub fn printed(&mut self, ctx: &Ctx, number: u16, result: Result<(), PrintError>) {
        if self.in_flight == Some(number) {
            self.in_flight = None;
        }
        if self.shown.as_ref().map(|t| t.number) != Some(number) {
            return;
        }
        match result {
            Ok(()) => {
                ctx.stat(Event::Ticket(TicketOutcome::Printed));
                tracing::info!(ticket = number, "ticket printed");
                self.print_state = PrintState::Printed;
                self.print_error = None;
            }
            Err(e) => {
                ctx.stat(Event::Ticket(TicketOutcome::Failed));
                tracing::warn!(ticket = number, error = e.code(), "ticket not printed: {e}");
                self.print_state = PrintState::Failed;
                self.print_error = Some(e);
            }
        }
    }

    /// A test ticket (the home screen's, in French, numbered 1) for the maintenance
    /// screen; `None` without a printer or a compiled pack file.
    pub fn test_job(&self, ctx: &Ctx, bg: &Background) -> Option<PrintJob> {
        if !self.can_print {
            return None;
        }
        Some(PrintJob {
            exe: bg.exe.clone(),
            config: self.config_file.clone(),
            pack_file: ctx.pack.file.clone()?,
            path: vec![ctx.pack.root.clone()],
            lang: ctx.pack.default_language.clone(),
            number: 1,
            at: (ctx.clocks.wall)(),
        })
    }

    /// Sends the ticket on screen to the printer, off the UI thread.
    fn print(&mut self, ctx: &Ctx, background: Option<Background>, notifier: Option<Notifier>) {
        if self.print_state == PrintState::Printing || self.in_flight.is_some() || !self.can_print {
            return;
        }
        let (Some(bg), Some(notifier), Some(t)) = (background, notifier, self.shown.clone()) else {
            return;
        };
        self.print_state = PrintState::Printing;
        let Some(pack_file) = ctx.pack.file.clone() else {
            self.print_state = PrintState::Failed;
            self.print_error = Some(PrintError::Io("the pack has no file".into()));
            return;
        };
        self.in_flight = Some(t.number);
        let job = PrintJob {
            exe: bg.exe.clone(),
            config: self.config_file.clone(),
            pack_file,
            path: ctx.session.path().to_vec(),
            lang: ctx.lang(),
            number: t.number,
            at: t.at,
        };
        bg.handle.spawn(async move {
            let result = print_job::run(&job, print_job::DEADLINE).await;
            notifier.send(IoEvent::Printed {
                number: job.number,
                result,
            });
        });
    }

    /// The number of the ticket on screen (said by audio mode).
    pub fn shown_number(&self) -> Option<u16> {
        self.shown.as_ref().map(|t| t.number)
    }

    /// The ticket of the path so far: a QR code of its payload, its number, and where
    /// to show it. One number per opening of the ticket screen.
    pub fn fill(&mut self, ctx: &mut Ctx, state: &AppState<'_>) {
        let ShownTicket { number, code, .. } = self.issue(ctx);
        state.set_ticket_qr(super::print::qr_image(&code, 640));
        state.set_ticket_code(code.into());
        state.set_can_print(self.can_print);
        // A job started from an earlier ticket screen still runs: this ticket waits.
        let print_state = match (self.print_state, self.in_flight) {
            (PrintState::Idle, Some(_)) => PrintState::Printing,
            (s, _) => s,
        };
        state.set_print_state(print_state);
        let message = match (print_state, &self.print_error) {
            (PrintState::Idle, _) => String::new(),
            (PrintState::Printing, _) => ctx.tr("ticket-printing"),
            (PrintState::Printed, _) => ctx.tr("ticket-printed"),
            (PrintState::Failed, Some(PrintError::PaperOut)) => ctx.tr("ticket-print-no-paper"),
            (PrintState::Failed, _) => ctx.tr("ticket-print-failed"),
        };
        state.set_print_message(message.into());
        state.set_ticket_number(ctx.tr_args("ticket-number", &[("number", &number.to_string())]).into());
        state.set_help_places(places::help_places(ctx));
    }

    /// The visit is over: its ticket leaves the window too.
    pub fn clear(state: &AppState<'_>) {
        state.set_ticket_qr(Default::default());
        state.set_ticket_code(Default::default());
        state.set_ticket_number(Default::default());
        state.set_print_message(Default::default());
        state.set_help_places(super::context::model(Vec::new()));
    }

    /// The ticket on screen, issued on the screen's first fill.
    fn issue(&mut self, ctx: &Ctx) -> ShownTicket {
        if let Some(t) = &self.shown {
            return t.clone();
        }
        let number = self.next_number;
        self.next_number = self.next_number.wrapping_add(1).max(1);
        let now = (ctx.clocks.wall)();
        let payload = crate::handoff::Payload::for_path(
            &ctx.pack,
            ctx.session.path(),
            ctx.session.language(),
            &self.kiosk_name,
            number,
            now,
        );
        let code = payload.map(|p| p.encode()).unwrap_or_default();
        let text = match &self.mediator_url {
            Some(url) => format!("{url}#{code}"),
            None => code,
        };
        let t = ShownTicket {
            number,
            code: text,
            at: now,
        };
        self.shown = Some(t.clone());
        t
    }
}
