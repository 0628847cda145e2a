//! Speech output: every screen of the kiosk said aloud in the resident's language
//! (EN 301 549, 5.1.3: closed functionality without sight).
//!
//! Data flow: [`script`] lists what a screen says ([`Utterance`]s, each with the Fluent
//! message it comes from); [`render::plan`] decides how each is said (the pack's
//! recording, else eSpeak NG's voice for the language, else a notice in French and
//! English that the language cannot be heard yet); [`render::render`] makes one sound
//! of it ([`wav::Pcm`], 22,050 Hz mono), running [`synth`] for what is not recorded.
//! Nothing here knows Slint. The script and the plan are quick (strings only) and need
//! the chrome's [`Localizer`](crate::i18n::Localizer), which stays on the thread that
//! made it: the UI builds them on its thread ([`plan_screen`]), then sends the plan and
//! an `Arc<Pack>` to a worker that calls [`render()`], which blocks on the synthesiser,
//! and plays the result. `borne speak` does both in turn ([`speak_screen`]) and writes
//! a WAV file.

pub mod numbers;
pub mod player;
pub mod render;
pub mod script;
pub mod synth;
pub mod voice;
pub mod wav;

pub use player::{Command, Player};
pub use render::{plan, render, say, Plan, Rendered, Said, Take};
pub use script::{parts, script, Part, Scene, Screen, ScriptError, Source, Utterance};
pub use synth::{Synth, SynthError};
pub use voice::{voice, Voice};

/// Why a screen could not be spoken.
#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    #[error(transparent)]
    Script(#[from] ScriptError),
    #[error(transparent)]
    Synth(#[from] SynthError),
    #[error(transparent)]
    Store(#[from] crate::content::StoreError),
    #[error("the recording {key} ({lang}) cannot be played: {source}")]
    Recording {
        lang: String,
        key: String,
        source: wav::WavError,
    },
}

/// A screen's plan: its utterances and how each will be said.
pub fn plan_screen(scene: &Scene<'_>, screen: &Screen) -> Result<Plan, SpeechError> {
    let utterances = script(scene, screen)?;
    Ok(plan(scene.pack, scene.l10n, scene.lang, utterances))
}

/// A screen said aloud, in one sound. Blocks for the synthesis: call it off the UI
/// thread.
pub fn speak_screen(scene: &Scene<'_>, screen: &Screen, synth: &Synth) -> Result<(Plan, Rendered), SpeechError> {
    let plan = plan_screen(scene, screen)?;
    let rendered = render(scene.pack, &plan, synth)?;
    Ok((plan, rendered))
}
