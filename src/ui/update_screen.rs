//! The updating screen presenter: shown over everything while an operator's USB stick
//! is read — five steps with their state, a progress bar, then the outcome lines. Fills
//! `AppState.update-visible`, `update-steps`, `update-progress`, `update-result` and
//! `update-done`; owns [`IoEvent::Stick`](super::IoEvent::Stick). It has no callback:
//! nothing on it is for a resident to touch.

use std::cmp::Ordering;
use std::sync::Arc;
use std::time::Duration;

use slint::SharedString;

use super::context::{model, Ctx};
use super::generated::{AppState, UpdateStepData};
use crate::content::Pack;
use crate::update::usb::StickEvent;

/// How long the outcome stays when the stick is not removed (a desktop folder).
const OUTCOME_SHOWN: Duration = Duration::from_secs(60);

/// The updating screen's state while a stick is read.
#[derive(Debug, Clone)]
struct UpdateView {
    bundles: usize,
    /// 0 waiting, 1 running, 2 done, 3 failed, per step.
    steps: [i32; 5],
    progress: f32,
    /// Fluent keys of the outcome lines.
    result: Vec<&'static str>,
    done_at: Option<Duration>,
}

/// The stick being read, if any.
#[derive(Default)]
pub struct UpdatePresenter {
    view: Option<UpdateView>,
}

impl UpdatePresenter {
    /// A stick visit moved on. Returns the newly installed pack, to show at once.
    pub fn event(&mut self, ctx: &mut Ctx, ev: StickEvent) -> Option<Arc<Pack>> {
        match ev {
            StickEvent::Started { bundles } => {
                // Whatever a resident left on screen goes before an operator's work.
                ctx.end_visit();
                ctx.session.wipe();
                ctx.restore_theme();
                self.view = Some(UpdateView {
                    bundles: bundles.max(1),
                    steps: [0; 5],
                    progress: 0.0,
                    result: vec![],
                    done_at: None,
                });
            }
            StickEvent::Progress { bundle, step, fraction } => {
                if let Some(u) = &mut self.view {
                    u.progress_to(bundle, step.index(), fraction);
                }
            }
            StickEvent::Finished(outcome) => {
                let now = ctx.now();
                let u = self.view.as_mut()?;
                if outcome.bundles == 0 {
                    u.result.push("update-nothing");
                } else if outcome.installed.is_some() {
                    u.result.push("update-applied");
                    u.steps = [2; 5];
                    u.progress = 1.0;
                } else {
                    u.result.push("update-refused");
                    if let Some(s) = u.steps.iter_mut().find(|s| **s == 1) {
                        *s = 3;
                    }
                }
                if outcome.stats_written {
                    u.result.push("update-stats");
                }
                if !outcome.report_written {
                    u.result.push("update-write-failed");
                }
                u.done_at = Some(now);
                // Opened by the visit, off the UI thread.
                if let Some(p) = &outcome.pack {
                    tracing::info!(pack = %p.id, version = %p.version, "new content shown");
                }
                return outcome.pack;
            }
            StickEvent::Removed => self.view = None,
        }
        None
    }

    /// The outcome has been shown long enough: the screen closes. True when it did.
    pub fn expire(&mut self, now: Duration) -> bool {
        let Some(at) = self.view.as_ref().and_then(|u| u.done_at) else {
            return false;
        };
        if now.saturating_sub(at) < OUTCOME_SHOWN {
            return false;
        }
        self.view = None;
        true
    }

    pub fn fill(&self, ctx: &Ctx, state: &AppState<'_>) {
        state.set_update_visible(self.view.is_some());
        let Some(u) = &self.view else {
            state.set_update_done(false);
            return;
        };
        let steps: Vec<UpdateStepData> = crate::update::Step::ALL
            .iter()
            .zip(u.steps)
            .map(|(s, state)| UpdateStepData {
                key: s.key().into(),
                state,
            })
            .collect();
        state.set_update_steps(model(steps));
        state.set_update_progress(u.progress);
        let lines: Vec<SharedString> = u.result.iter().map(|k| ctx.tr(k).into()).collect();
        state.set_update_result(model(lines));
        state.set_update_done(u.done_at.is_some());
    }
}

impl UpdateView {
    /// Step `at` of bundle `bundle` is `fraction` done: earlier steps are done, later
    /// ones waiting, and the bar covers every bundle's five steps.
    fn progress_to(&mut self, bundle: usize, at: usize, fraction: f32) {
        for (i, s) in self.steps.iter_mut().enumerate() {
            *s = match i.cmp(&at) {
                Ordering::Less => 2,
                Ordering::Equal if fraction >= 1.0 => 2,
                Ordering::Equal => 1,
                Ordering::Greater => 0,
            };
        }
        let per = (at as f32 + fraction.clamp(0.0, 1.0)) / self.steps.len() as f32;
        self.progress = ((bundle as f32 + per) / self.bundles as f32).clamp(0.0, 1.0);
    }
}
