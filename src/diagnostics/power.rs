//! The power panel: restart the app, reboot, power off.
//!
//! Restarting the app is the UI's own doing: it leaves its event loop and the process
//! exits with [`RESTART_EXIT_CODE`]; systemd starts it again (`Restart=always`), and
//! the health panel then tells that restart from a crash. Rebooting and powering off
//! ask systemd: `systemctl reboot` run as the kiosk's user goes to logind over D-Bus,
//! which allows it through the image's polkit rule
//! (`kiosk-image/rootfs/etc/polkit-1/rules.d/50-borne.rules`) for that user only.

use std::path::Path;
use std::time::Duration;

use super::command::{self, CommandError};

/// The exit status of a restart asked from the maintenance screen (`EX_TEMPFAIL`:
/// "try again"), outside the statuses systemd and the app use otherwise.
pub const RESTART_EXIT_CODE: u8 = 75;

/// How long `systemctl` may take to hand the request to logind.
const DEADLINE: Duration = Duration::from_secs(10);

/// What the technician asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PowerAction {
    RestartApp,
    Reboot,
    PowerOff,
}

impl PowerAction {
    pub const ALL: [PowerAction; 3] = [PowerAction::RestartApp, PowerAction::Reboot, PowerAction::PowerOff];

    /// A stable word for the UI's Fluent keys and the log.
    pub fn as_str(self) -> &'static str {
        match self {
            PowerAction::RestartApp => "restart-app",
            PowerAction::Reboot => "reboot",
            PowerAction::PowerOff => "power-off",
        }
    }
}

/// What the UI does next once the action is under way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Leave the event loop and exit with this status.
    Exit(u8),
    /// systemd is stopping the machine: wait (it stops the app too).
    WaitForSystem,
}

/// Why systemd did not take the request.
#[derive(Debug, thiserror::Error)]
pub enum PowerError {
    #[error("systemctl is not installed (not the kiosk image?)")]
    NoSystemctl,
    #[error("systemd refused: the kiosk's user may not {action} (polkit rule missing?): {detail}")]
    Denied { action: &'static str, detail: String },
    #[error("systemctl {action} failed: {detail}")]
    Failed { action: &'static str, detail: String },
    #[error("systemctl {action} did not answer within {after:?}")]
    TimedOut { action: &'static str, after: Duration },
}

/// Starts `action`. Restarting the app only tells the UI to exit; rebooting and
/// powering off block until systemd has taken the request (seconds at worst), so call
/// it off the UI thread.
pub fn perform(action: PowerAction) -> Result<Next, PowerError> {
    perform_with(Path::new("systemctl"), action)
}

/// [`perform`] with the `systemctl` given (tests use a stand-in).
pub fn perform_with(systemctl: &Path, action: PowerAction) -> Result<Next, PowerError> {
    let verb = match action {
        PowerAction::RestartApp => {
            tracing::info!("maintenance: the app restarts");
            return Ok(Next::Exit(RESTART_EXIT_CODE));
        }
        PowerAction::Reboot => "reboot",
        PowerAction::PowerOff => "poweroff",
    };
    tracing::info!(action = action.as_str(), "maintenance: asking systemd");
    // Never a password prompt: the rule allows it, or the answer is no.
    let result = command::run(systemctl, &[verb, "--no-ask-password"], DEADLINE, 64 * 1024);
    result.map(|_| Next::WaitForSystem).map_err(|e| {
        let e = error(verb, e);
        tracing::warn!("maintenance: {e}");
        e
    })
}

fn error(action: &'static str, e: CommandError) -> PowerError {
    match e {
        CommandError::Missing(_) => PowerError::NoSystemctl,
        CommandError::TimedOut { after, .. } => PowerError::TimedOut { action, after },
        CommandError::Failed { stderr, .. } if is_denial(&stderr) => PowerError::Denied { action, detail: stderr },
        CommandError::Failed { stderr, status, .. } => PowerError::Failed {
            action,
            detail: if stderr.is_empty() { status.to_string() } else { stderr },
        },
        CommandError::Spawn { source, .. } => PowerError::Failed {
            action,
            detail: source.to_string(),
        },
    }
}

/// Whether systemctl's message is polkit's or logind's no.
fn is_denial(stderr: &str) -> bool {
    ["Access denied", "Interactive authentication required", "not authorized"]
        .iter()
        .any(|s| stderr.contains(s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::command::tests::script;

    #[test]
    fn restarting_the_app_is_an_exit_status() {
        let none = Path::new("/nonexistent/systemctl");
        assert_eq!(perform_with(none, PowerAction::RestartApp).unwrap(), Next::Exit(75));
    }

    #[test]
    fn systemctl_answers_are_typed() {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("args");
        let ok = script(dir.path(), "ok", &format!("echo \"$@\" > '{}'", log.display()));
        assert_eq!(perform_with(&ok, PowerAction::PowerOff).unwrap(), Next::WaitForSystem);
        assert_eq!(
            std::fs::read_to_string(&log).unwrap().trim(),
            "poweroff --no-ask-password"
        );
        let denied = script(
            dir.path(),
            "denied",
            "echo 'Failed to reboot system via logind: Access denied' >&2; exit 1",
        );
        let e = perform_with(&denied, PowerAction::Reboot).unwrap_err();
        assert!(matches!(e, PowerError::Denied { action: "reboot", .. }), "{e}");
        let broken = script(dir.path(), "broken", "exit 3");
        assert!(matches!(
            perform_with(&broken, PowerAction::Reboot),
            Err(PowerError::Failed { .. })
        ));
        let missing = perform_with(&dir.path().join("none"), PowerAction::Reboot);
        assert!(matches!(missing, Err(PowerError::NoSystemctl)));
    }
}
