//! The window's background helper: everything the UI asks for that could
//! block (the engine, the keyring, the database, the clipboard, files) runs
//! here on the tokio runtime, and the answer comes back through [`UiLink`].
//!
//! Requests are handled in the order they came, each kind in its own lane
//! (see [`lanes`]): calls (answer, dial, hang up, links), the account
//! (signing in and out, the keyring), the history and contacts, and the
//! settings. A lane never waits for another: a keyring that takes a minute
//! to open at login does not hold up a hang-up.

mod account;
mod calls;
mod clipboard;
mod data;
mod dial;
mod external;
mod lanes;
mod links;
mod pending;
mod ring;
mod settings;
mod work;

pub use clipboard::{ClipboardDial, clipboard_dial};
pub use links::{ask_first, dial_unasked};
pub use ring::{CallNews, Reaction, hook_values, react};

use crate::app::messages::{ClipboardReader, DeskRequest, Notifier, PopCommand, UiLink};
use crate::engine::EngineHandle;
use crate::hooks::HookRunner;
use crate::secrets::Secrets;
use crate::settings::Settings;
use lanes::Lanes;
use std::path::PathBuf;
use std::sync::Arc;
use tokio::sync::broadcast::error::RecvError;
use tokio::sync::{mpsc, watch};

/// Work done on a blocking thread failed: its own error, or the thread.
#[derive(Debug)]
pub enum Blocked<E> {
    Failed(E),
    Task(tokio::task::JoinError),
}

impl<E> From<tokio::task::JoinError> for Blocked<E> {
    fn from(e: tokio::task::JoinError) -> Self {
        Self::Task(e)
    }
}

impl<E: std::fmt::Display> std::fmt::Display for Blocked<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Failed(e) => e.fmt(f),
            Self::Task(e) => f.write_str(&crate::t!("desk-task-failed", error = e.to_string())),
        }
    }
}

impl<E: std::error::Error + 'static> std::error::Error for Blocked<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Failed(e) => e.source(),
            Self::Task(e) => Some(e),
        }
    }
}

/// Where the desk keeps things.
pub struct DeskConfig {
    pub settings_path: Option<PathBuf>,
    pub secrets: Secrets,
    pub clipboard: ClipboardReader,
    /// A desktop notification for hotkey feedback (`None`: window notices only).
    pub notify: Option<Notifier>,
    /// Only a link's question: no engine session; a confirmed link is
    /// dialled with one request, with the PIN from the keyring.
    pub link_only: bool,
    /// How long to keep trying a keyring that cannot be read yet (at login
    /// it may come up after skydial) before asking for the PIN.
    pub keyring_patience: std::time::Duration,
    /// How the call page is opened (the system's browser; tests record it).
    pub url_opener: crate::hooks::UrlOpener,
    /// The company directories' service (`None`: no history database).
    pub directories: Option<crate::directory::DirectoryHandle>,
}

/// What every lane shares: the engine, the way to the window, the
/// configuration, the settings as they are now, the pops and the hooks.
pub struct Desk {
    engine: EngineHandle,
    ui: UiLink,
    config: DeskConfig,
    settings: watch::Receiver<Settings>,
    pops: Option<mpsc::Sender<PopCommand>>,
    /// The call page and the call hook.
    hooks: HookRunner,
    /// Questions waiting for the user's answer (links, and numbers asked
    /// about before dialling).
    questions: std::sync::Mutex<pending::Links>,
    /// Wakes the reminders task when a reminder is added (none in a
    /// link-only start).
    reminders: Option<crate::work::reminders::Poke>,
    /// The calls that rang with a screen pop (those told missed if unanswered).
    popped: std::sync::Mutex<ring::Popped>,
}

/// Starts the desk on the current runtime. `pops` shows screen pops for the
/// ringing calls it lets through (`None`: no screen pops).
pub fn spawn(
    engine: EngineHandle,
    ui: UiLink,
    config: DeskConfig,
    settings: watch::Sender<Settings>,
    requests: mpsc::Receiver<DeskRequest>,
    pops: Option<mpsc::Sender<PopCommand>>,
) {
    let hooks = HookRunner::with(
        settings.borrow().hooks.clone(),
        config.url_opener.clone(),
        crate::hooks::COMMAND_TIMEOUT,
    );
    let reminders = (!config.link_only)
        .then(|| crate::work::reminders::spawn(engine.clone(), crate::history::now_ms));
    let (poke, due) = reminders.unzip();
    let desk = Arc::new(Desk {
        hooks,
        engine,
        ui,
        config,
        settings: settings.subscribe(),
        pops,
        questions: Default::default(),
        reminders: poke,
        popped: Default::default(),
    });
    if let Some(due) = due {
        work::follow_reminders(desk.clone(), due);
    }
    tokio::spawn(run(desk, settings, requests));
}

/// The desk's loop: each request goes to its lane, in the order it came;
/// each call event is reacted to at once.
async fn run(
    desk: Arc<Desk>,
    settings: watch::Sender<Settings>,
    mut requests: mpsc::Receiver<DeskRequest>,
) {
    let mut events = desk.engine.events();
    let lanes = Lanes::spawn(&desk, settings);
    if !desk.config.link_only {
        lanes.push(DeskRequest::LoadHistory);
    }
    loop {
        // Whatever comes, the hidden app's memory is trimmed only once it is quiet again.
        crate::memory::stir();
        tokio::select! {
            request = requests.recv() => match request {
                Some(request) => lanes.push(request),
                None => return,
            },
            event = events.recv() => match event {
                Ok(crate::engine::EngineEvent::MissedResolved { entries }) => {
                    desk.on_resolved(entries);
                    lanes.push(DeskRequest::LoadHistory);
                }
                Ok(crate::engine::EngineEvent::Missed { call, entry }) => {
                    desk.on_missed(call, entry);
                }
                Ok(event) => {
                    if let Some((news, call)) = CallNews::of(event) {
                        desk.on_call(news, call, &lanes);
                    }
                }
                // Events were missed: the history shows what became of them.
                Err(RecvError::Lagged(_)) => lanes.push(DeskRequest::LoadHistory),
                Err(RecvError::Closed) => return,
            },
        }
    }
}

impl Desk {
    /// Runs `f` (the keyring, the clipboard, a file) on a blocking thread.
    pub(super) async fn blocking<T: Send + 'static, E: Send + 'static>(
        &self,
        f: impl FnOnce() -> Result<T, E> + Send + 'static,
    ) -> Result<T, Blocked<E>> {
        match tokio::task::spawn_blocking(f).await {
            Ok(done) => done.map_err(Blocked::Failed),
            Err(e) => Err(Blocked::Task(e)),
        }
    }

    /// A message in the window, and as a notification when it came from the hotkey
    /// (the window may be hidden).
    pub(super) fn feedback(&self, pop: bool, error: bool, text: &str) {
        if error {
            self.ui.error(text);
        } else {
            self.ui.info(text);
        }
        if pop && let Some(notify) = &self.config.notify {
            notify("skydial", text);
        }
    }

    /// A call was placed: "Dialling …" in the window until the call is
    /// listed, and as a notification when it came from the hotkey.
    pub(super) fn dialling(&self, pop: bool, text: &str) {
        self.ui.dialling(text);
        if pop && let Some(notify) = &self.config.notify {
            notify("skydial", text);
        }
    }
}
