//! What the maintenance screen's buttons do to the kiosk: print a test ticket, roll the
//! content back, restart the app, reboot, power off. Each runs off the UI thread and
//! reports with an [`IoEvent::Maintenance`]; its outcome is said on the panel.

use std::sync::Arc;

use super::controller::Controller;
use super::io::IoEvent;
use super::maintenance::in_background;
use crate::content::Pack;
use crate::diagnostics::power::{self, Next, PowerAction};

/// How an action ended, back on the UI thread.
#[derive(Debug)]
pub enum Outcome {
    Printed(Result<(), crate::printing::transport::PrintError>),
    PrinterStatus(Result<(), crate::printing::transport::PrintError>),
    RolledBack(Result<Arc<Pack>, String>),
    Power(Result<Next, String>),
}

/// The home screen's ticket, numbered 0, on the configured printer.
pub fn print_test(c: &mut Controller) {
    let Some(bg) = c.background.clone() else {
        c.maintenance.pending.message = Some(("maint-printer-none".into(), String::new()));
        return;
    };
    let Some(job) = c.ticket.test_job(&c.ctx, &bg) else {
        c.maintenance.pending.message = Some(("maint-printer-none".into(), String::new()));
        return;
    };
    c.maintenance.pending.message = Some(("maint-printer-printing".into(), String::new()));
    if let Some(n) = c.notifier.clone() {
        bg.handle.spawn(async move {
            let result = crate::printing::job::run(&job, crate::printing::job::DEADLINE).await;
            n.send(IoEvent::Maintenance(Outcome::Printed(result)));
        });
    }
}

/// Back to the previous content, shown at once.
pub fn rollback(c: &mut Controller) {
    let data_dir = c.maintenance.config.data_dir.clone();
    let done = in_background(c.background.as_ref(), c.notifier.as_ref(), move || {
        let result = crate::update::store::rollback(&data_dir)
            .map_err(|e| e.to_string())
            .and_then(|_| crate::update::store::current(&data_dir).ok_or_else(|| "no current content".to_string()))
            .and_then(|path| crate::content::open_pack(&path).map_err(|e| e.to_string()))
            .map(Arc::new);
        IoEvent::Maintenance(Outcome::RolledBack(result))
    });
    if let Some(IoEvent::Maintenance(o)) = done {
        outcome(c, o);
    }
}

/// Restart the app, reboot or power off.
pub fn power(c: &mut Controller, id: &str) {
    let Some(action) = PowerAction::ALL.into_iter().find(|a| a.as_str() == id) else {
        return;
    };
    tracing::info!(action = action.as_str(), "maintenance: power action");
    let done = in_background(c.background.as_ref(), c.notifier.as_ref(), move || {
        IoEvent::Maintenance(Outcome::Power(power::perform(action).map_err(|e| e.to_string())))
    });
    if let Some(IoEvent::Maintenance(o)) = done {
        outcome(c, o);
    }
}

/// An action's outcome, on the UI thread.
pub fn outcome(c: &mut Controller, o: Outcome) {
    let p = &mut c.maintenance.pending;
    match o {
        Outcome::Printed(Ok(())) => p.message = Some(("maint-printer-printed".into(), String::new())),
        Outcome::Printed(Err(e)) => {
            p.message = Some(("maint-printer-failed".into(), e.code().to_string()));
            c.maintenance.last_print_error = Some(e.code().to_string());
        }
        Outcome::PrinterStatus(s) => c.maintenance.printer_status = Some(s.map_err(|e| e.code().to_string())),
        Outcome::RolledBack(Ok(pack)) => {
            p.message = Some(("maint-content-rolled-back".into(), pack.version.clone()));
            super::maintenance::rolled_back(c, pack);
        }
        Outcome::RolledBack(Err(e)) => p.message = Some(("maint-content-no-rollback".into(), e)),
        Outcome::Power(Ok(Next::Exit(code))) => {
            tracing::info!(code, "maintenance: the app restarts");
            c.exit_code = Some(code);
            let _ = slint::quit_event_loop();
        }
        Outcome::Power(Ok(Next::WaitForSystem)) => p.message = Some(("maint-power-under-way".into(), String::new())),
        Outcome::Power(Err(e)) => p.message = Some(("maint-power-failed".into(), e)),
    }
}

/// "Apply" a calibration, or "Rotate": tried at the next start, which comes at once.
pub fn try_display(c: &mut Controller, id: &str) {
    use crate::maintenance::display;
    let mp = &c.maintenance;
    let now = display::in_force(&mp.run_dir, mp.config.rotation);
    let setting = match id {
        "rotate" => now.rotated(),
        _ => mp.pending.result.as_ref().map(|cal| display::DisplaySetting {
            rotation: now.rotation,
            matrix: cal.matrix,
        }),
    };
    let Some(setting) = setting else { return };
    match display::propose(&mp.config.data_dir, &setting) {
        Ok(()) => {
            tracing::info!(rotation = setting.rotation, "display setting to try at the restart");
            restart(c);
        }
        Err(e) => c.maintenance.pending.message = Some(("maint-power-failed".into(), e.to_string())),
    }
}

/// "Keep": the setting on trial stays.
pub fn keep_trial(c: &mut Controller) {
    match crate::maintenance::display::keep(&c.maintenance.config.data_dir) {
        Ok(()) => {
            tracing::info!("display setting kept");
            c.maintenance.trial = None;
            c.maintenance.pending.message = Some(("maint-display-kept".into(), String::new()));
        }
        Err(e) => c.maintenance.pending.message = Some(("maint-power-failed".into(), e.to_string())),
    }
}

/// "Undo", or no tap in time: back to the kept setting, at a restart.
pub fn undo_trial(c: &mut Controller) {
    if let Err(e) = crate::maintenance::display::undo(&c.maintenance.config.data_dir) {
        tracing::warn!("display trial not removed: {e}");
    }
    c.maintenance.trial = None;
    restart(c);
}

/// Leaves the event loop asking for a restart (systemd starts the kiosk again).
fn restart(c: &mut Controller) {
    c.exit_code = Some(power::RESTART_EXIT_CODE);
    let _ = slint::quit_event_loop();
}

/// Asks the printer for its status, off the UI thread (the printer panel opens).
pub fn printer_status(c: &mut Controller) {
    let Some(target) = c.maintenance.config.printer.as_ref().map(|p| p.target.clone()) else {
        return;
    };
    let target = crate::printing::transport::Target::parse(&target);
    let done = in_background(c.background.as_ref(), c.notifier.as_ref(), move || {
        let s = crate::printing::transport::status(&target, std::time::Duration::from_secs(3));
        IoEvent::Maintenance(Outcome::PrinterStatus(s))
    });
    if let Some(IoEvent::Maintenance(o)) = done {
        outcome(c, o);
    }
}
