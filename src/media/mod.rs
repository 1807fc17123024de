//! The phone drives the desktop: media players that are playing are paused
//! when a call rings or is answered, and the ones skydial paused resume
//! when the last call ends (never one that was already paused, nor one the
//! user started or stopped meanwhile). Calls answered on the desk phone are
//! what this is for: skydial sees them as CONNECTED.
//!
//! Players are reached over MPRIS on D-Bus (Linux, [`mpris`]) or through
//! the system media session on Windows ([`windows`]); elsewhere there are
//! none. [`MediaPolicy`] (pure) says when to pause and when to resume;
//! [`follow`] runs it on the engine's snapshots.

#[cfg(target_os = "linux")]
pub mod mpris;
#[cfg(target_os = "windows")]
pub mod windows;

use crate::engine::EngineHandle;
use crate::protocol::CallState;

/// What to do with the players after the calls changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaStep {
    /// A call started ringing or connected while none was: pause what plays.
    Pause,
    /// The last call ended: resume what skydial paused.
    Resume,
    Nothing,
}

/// When to pause and resume, from the calls there are (pure).
#[derive(Debug, Clone, Default)]
pub struct MediaPolicy {
    busy: bool,
}

impl MediaPolicy {
    /// Whether a call in this state holds the players paused: one ringing,
    /// answered or on hold (not one being dialled: the user chose that).
    pub fn holds(state: CallState) -> bool {
        matches!(
            state,
            CallState::Ringing | CallState::Connected | CallState::Holding
        )
    }

    /// The calls now (their states): what to do.
    pub fn on_calls(&mut self, states: impl IntoIterator<Item = CallState>) -> MediaStep {
        let busy = states.into_iter().any(Self::holds);
        match (self.busy, busy) {
            (false, true) => {
                self.busy = true;
                MediaStep::Pause
            }
            (true, false) => {
                self.busy = false;
                MediaStep::Resume
            }
            _ => MediaStep::Nothing,
        }
    }
}

/// The players of this desktop.
pub struct MediaController {
    #[cfg(target_os = "linux")]
    inner: mpris::Mpris,
    #[cfg(target_os = "windows")]
    inner: windows::Sessions,
}

impl MediaController {
    /// The players on the session bus (Linux), or the system's media
    /// sessions (Windows).
    pub async fn new() -> Result<Self, MediaError> {
        Ok(Self {
            #[cfg(target_os = "linux")]
            inner: mpris::Mpris::session().await?,
            #[cfg(target_os = "windows")]
            inner: windows::Sessions::default(),
        })
    }

    /// On a bus of the caller's (a test's private bus).
    #[cfg(target_os = "linux")]
    pub async fn on_bus(address: &str) -> Result<Self, MediaError> {
        Ok(Self {
            inner: mpris::Mpris::at(address).await?,
        })
    }

    /// Pauses every player that is playing; remembers them. Returns how many.
    pub async fn pause_playing(&mut self) -> usize {
        #[cfg(any(target_os = "linux", target_os = "windows"))]
        return self.inner.pause_playing().await;
        #[cfg(not(any(target_os = "linux", target_os = "windows")))]
        0
    }

    /// Resumes the players [`Self::pause_playing`] paused that are still
    /// paused; forgets them. Returns how many.
    pub async fn resume_paused(&mut self) -> usize {
        #[cfg(any(target_os = "linux", target_os = "windows"))]
        return self.inner.resume_paused().await;
        #[cfg(not(any(target_os = "linux", target_os = "windows")))]
        0
    }
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum MediaError {
    #[error(
        "media players cannot be paused during calls: the session bus is not reachable ({0}); is a desktop session running?"
    )]
    Bus(String),
}

/// Follows the engine's calls and pauses and resumes the players; `enabled`
/// is the *pause media* setting, read as calls change (turned off during a
/// call, what was paused is still resumed). Ends with the engine.
pub async fn follow(
    engine: EngineHandle,
    mut controller: MediaController,
    enabled: impl Fn() -> bool + Send + 'static,
) {
    let mut snapshots = engine.snapshot();
    let mut policy = MediaPolicy::default();
    loop {
        let step = {
            let snap = snapshots.borrow_and_update();
            policy.on_calls(snap.calls.iter().map(|c| c.call.state))
        };
        match step {
            MediaStep::Pause if enabled() => {
                let n = controller.pause_playing().await;
                tracing::debug!("a call: paused {n} media player(s)");
            }
            MediaStep::Resume => {
                let n = controller.resume_paused().await;
                tracing::debug!("calls over: resumed {n} media player(s)");
            }
            _ => {}
        }
        if snapshots.changed().await.is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use CallState::*;

    #[test]
    fn pause_on_the_first_call_and_resume_after_the_last() {
        let mut p = MediaPolicy::default();
        assert_eq!(p.on_calls([Pending]), MediaStep::Nothing, "dialling");
        assert_eq!(p.on_calls([Pending, Ringing]), MediaStep::Pause);
        assert_eq!(p.on_calls([Connected]), MediaStep::Nothing);
        assert_eq!(p.on_calls([Holding, Ringing]), MediaStep::Nothing);
        assert_eq!(p.on_calls([Holding]), MediaStep::Nothing);
        assert_eq!(p.on_calls([]), MediaStep::Resume);
        assert_eq!(p.on_calls([]), MediaStep::Nothing);
        assert_eq!(p.on_calls([Pending]), MediaStep::Nothing);
        assert_eq!(p.on_calls([Connected]), MediaStep::Pause, "answered");
        assert_eq!(p.on_calls([Pending]), MediaStep::Resume);
    }
}
