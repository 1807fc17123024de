//! The desktop's light or dark preference and text size from the first
//! frame: read from the desktop portal as the app starts (alongside the rest
//! of the start-up), waited for before the window is first drawn, but never
//! longer than [`FIRST_LOOK_WAIT`] from the start of the read, then followed
//! as it changes.

use crate::app::messages::{Appearance, DeskReply, UiLink};
use std::time::{Duration, Instant};
use tokio::sync::watch;

/// The longest the first frame waits for the desktop's answer. A running
/// portal answers in a few milliseconds; one not running yet is not waited
/// for at all (D-Bus starts it with its backends, which takes longer), and
/// a hung one must not hold the window back: past this the window is drawn
/// light, and turns dark when a late answer says so.
pub const FIRST_LOOK_WAIT: Duration = Duration::from_millis(300);

/// The desktop's look being read: `None` until the first answer (or the
/// news that there is none).
#[derive(Debug, Clone)]
pub struct FirstLook {
    look: watch::Receiver<Option<Appearance>>,
    started: Instant,
}

impl FirstLook {
    /// Reads what `look` will hold (tests hand one in).
    pub fn new(look: watch::Receiver<Option<Appearance>>) -> Self {
        Self {
            look,
            started: Instant::now(),
        }
    }

    /// Starts reading the desktop's look (Linux: the portal); `None` where
    /// the platform's own theme reaches the window (winit's, on Windows and
    /// macOS).
    pub fn start(runtime: &tokio::runtime::Handle) -> Option<Self> {
        #[cfg(target_os = "linux")]
        {
            let (tx, rx) = watch::channel(None);
            super::portal::follow_appearance(runtime, move |look| {
                let _ = tx.send(Some(look));
            });
            Some(Self::new(rx))
        }
        #[cfg(not(target_os = "linux"))]
        {
            let _ = runtime;
            None
        }
    }

    /// Waits (up to what is left of [`FIRST_LOOK_WAIT`]; not at all for a
    /// window that starts hidden) for the first answer and gives it to the
    /// window before its first frame; later changes follow as they come.
    pub fn apply(mut self, runtime: &tokio::runtime::Handle, ui: &UiLink, shown: bool) {
        let left = if shown {
            FIRST_LOOK_WAIT.saturating_sub(self.started.elapsed())
        } else {
            Duration::ZERO
        };
        let first = runtime.block_on(async {
            tokio::time::timeout(left, self.look.wait_for(Option::is_some))
                .await
                .ok()
                .and_then(|r| r.ok().and_then(|look| *look))
        });
        match first {
            Some(look) => {
                tracing::info!(
                    ms = self.started.elapsed().as_millis(),
                    "the desktop's light/dark preference read in time for the window"
                );
                ui.send(DeskReply::Appearance(look));
            }
            None if shown => tracing::info!(
                "the desktop did not say light or dark within {} ms: light until it does",
                FIRST_LOOK_WAIT.as_millis()
            ),
            None => {}
        }
        if first.is_none() {
            // An answer that came meanwhile (or comes later) is sent below.
            self.look.mark_changed();
        } else {
            self.look.mark_unchanged();
        }
        let ui = ui.clone();
        runtime.spawn(async move {
            while self.look.changed().await.is_ok() {
                let look = *self.look.borrow_and_update();
                if let Some(look) = look {
                    ui.send(DeskReply::Appearance(look));
                }
            }
        });
    }
}
