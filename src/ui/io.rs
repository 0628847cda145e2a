//! The bridge from background work to the UI thread. Device tasks (printer, scanner,
//! keypad, headphone jack, USB sticks) run on tokio; each reports an [`IoEvent`] through a [`Notifier`], which
//! queues it and wakes the UI thread with `invoke_from_event_loop`. The router then
//! hands each event to the presenter that owns it.

use slint::ComponentHandle;

use super::generated::{AppState, AppWindow};
use crate::printing::transport::PrintError;

/// News from background work (tokio tasks), handled on the UI thread.
#[derive(Debug)]
pub enum IoEvent {
    /// A ticket was sent to the printer, or not.
    Printed {
        number: u16,
        result: Result<(), PrintError>,
    },
    /// The QR scanner read a line.
    Scanned(String),
    /// A USB stick visit moved on.
    Stick(crate::update::usb::StickEvent),
    /// A key of the keypad was pressed.
    Key(crate::keypad::Key),
    /// Headphones were plugged in (`true`) or out.
    Headphones(bool),
    /// The maintenance screen's figures, read off the UI thread.
    Diagnostics(Box<crate::diagnostics::Diagnostics>),
    /// A maintenance action ended.
    Maintenance(super::maintenance_actions::Outcome),
    /// Offer photos read and decoded.
    Photos(super::offers::Photos),
}

/// Hands [`IoEvent`]s from any thread to the controller: queues the event, then wakes
/// the UI thread with `invoke_from_event_loop`.
#[derive(Clone)]
pub struct Notifier {
    pub(super) tx: std::sync::mpsc::Sender<IoEvent>,
    pub(super) window: slint::Weak<AppWindow>,
}

impl Notifier {
    pub fn send(&self, event: IoEvent) {
        if self.tx.send(event).is_ok() {
            let _ = self
                .window
                .upgrade_in_event_loop(|w| w.global::<AppState>().invoke_io_ready());
        }
    }
}

/// Where background work runs, and the executable that prints tickets.
#[derive(Clone)]
pub struct Background {
    pub handle: tokio::runtime::Handle,
    pub exe: std::path::PathBuf,
}
