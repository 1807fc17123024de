//! The window's background helper: everything the UI asks for that could
//! block (the engine, the keyring, the database, the clipboard, files) runs
//! here on the tokio runtime, and the answer comes back through [`UiLink`].

mod account;
mod clipboard;
mod data;
mod dial;
mod external;
mod links;
mod ring;
mod settings;

use crate::app::messages::{
    ClipboardReader, DeskReply, DeskRequest, Notifier, PopCommand, ReplyTo, UiLink,
};
use crate::engine::{EngineCommand, EngineEvent, EngineHandle};
use crate::hooks::{HookEvent, HookRunner};
use crate::protocol::CallState;
use crate::protocol::link::Link;
use crate::secrets::{Account, Secrets};
use crate::settings::Settings;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use tokio::sync::{mpsc, watch};

/// Exit statuses a later `skydial` gets back (the command line's, see
/// `skydial --help`).
pub mod status {
    pub const OK: u8 = 0;
    pub const FALSE: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const AUTH: u8 = 3;
    pub const CONNECTION: u8 = 5;
    /// The user said no (Cancel on a link's question).
    pub const CANCELLED: u8 = 6;
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
}

pub struct Desk {
    engine: EngineHandle,
    ui: UiLink,
    config: DeskConfig,
    settings: watch::Sender<Settings>,
    pops: Option<mpsc::Sender<PopCommand>>,
    /// The call page and the call hook.
    hooks: HookRunner,
    /// Inbound calls seen ringing: their CONNECTED is an answer.
    rang: std::sync::Mutex<std::collections::HashSet<crate::protocol::CallId>>,
    /// Links waiting for the user's answer, by token.
    links: std::sync::Mutex<HashMap<u64, (Link, ReplyTo)>>,
    next_token: AtomicU64,
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
    let desk = Desk {
        hooks,
        rang: std::sync::Mutex::default(),
        engine,
        ui,
        config,
        settings,
        pops,
        links: std::sync::Mutex::new(HashMap::new()),
        next_token: AtomicU64::new(1),
    };
    tokio::spawn(desk.run(requests));
}

impl Desk {
    async fn run(self, mut requests: mpsc::Receiver<DeskRequest>) {
        let mut events = self.engine.events();
        let this = Arc::new(self);
        if !this.config.link_only {
            this.load_history().await;
        }
        loop {
            tokio::select! {
                request = requests.recv() => {
                    let Some(request) = request else { return };
                    // Each request runs on its own so a slow keyring never holds up a hang-up.
                    let desk = this.clone();
                    tokio::spawn(async move { desk.handle(request).await });
                }
                event = events.recv() => match event {
                    Ok(EngineEvent::Ringing(call)) => this.ringing(call),
                    Ok(EngineEvent::Changed(call)) if call.call.state != CallState::Ringing => {
                        let answered = call.call.state == CallState::Connected
                            && this.rang.lock().is_ok_and(|mut r| r.remove(&call.call.id));
                        if answered {
                            this.hook(HookEvent::Answer, &call);
                        }
                        this.pop(PopCommand::Close(call.call.id));
                    }
                    Ok(EngineEvent::Ended { call, .. }) => {
                        if let Ok(mut rang) = this.rang.lock() {
                            rang.remove(&call.call.id);
                        }
                        this.hook(HookEvent::End, &call);
                        this.pop(PopCommand::Close(call.call.id));
                        this.load_history().await;
                    }
                    Ok(_) => {}
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => this.load_history().await,
                    Err(tokio::sync::broadcast::error::RecvError::Closed) => return,
                },
            }
        }
    }

    pub(super) async fn blocking<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> Result<T, String> + Send + 'static,
    ) -> Result<T, String> {
        tokio::task::spawn_blocking(f)
            .await
            .unwrap_or_else(|e| Err(format!("background task failed: {e}")))
    }

    async fn handle(self: Arc<Self>, request: DeskRequest) {
        match request {
            DeskRequest::SignIn {
                server,
                user,
                pin,
                remember,
                ca_file,
            } => self.sign_in(server, user, pin, remember, ca_file).await,
            DeskRequest::SignInRemembered => self.sign_in_remembered().await,
            DeskRequest::SignInWith(config) => {
                if let Err(e) = self.engine.send(EngineCommand::SignIn(config)).await {
                    self.ui.error(e.to_string());
                }
            }
            DeskRequest::SignOut { forget_pin } => {
                let _ = self.engine.send(EngineCommand::SignOut).await;
                let account = {
                    let s = self.settings.borrow();
                    Account::new(&s.server, &s.user)
                };
                if forget_pin && !account.user.is_empty() {
                    let secrets = self.config.secrets.clone();
                    if let Err(e) = self.blocking(move || secrets.forget(&account)).await {
                        self.ui
                            .error(format!("Could not remove the PIN from the keyring: {e}"));
                    }
                }
                self.ui.info("Signed out.");
            }
            DeskRequest::Call { what, command } => match self.engine.send(command).await {
                Ok(true) => {}
                Ok(false) => self.ui.error(format!(
                    "Could not {what}: the call is no longer in that state."
                )),
                Err(e) => self.ui.error(format!("Could not {what}: {e}")),
            },
            DeskRequest::Dial { number } => self.dial(number, false).await,
            DeskRequest::DialClipboard { from_hotkey } => self.dial_clipboard(from_hotkey).await,
            DeskRequest::LoadHistory => self.load_history().await,
            DeskRequest::MarkSeen(row) => {
                if let Err(e) = self.engine.send(EngineCommand::MarkSeen { row }).await {
                    self.ui.error(format!("Could not mark as seen: {e}"));
                }
                self.load_history().await;
            }
            DeskRequest::SearchContacts(query) => match self.engine.search_contacts(query).await {
                Ok(list) => self.ui.send(DeskReply::Contacts(list)),
                Err(e) => self.ui.error(format!("Could not search contacts: {e}")),
            },
            DeskRequest::ImportContacts(file) => {
                let shown = file.display().to_string();
                // Reading the file blocks; the database is the engine's.
                let read = self
                    .blocking(move || crate::contacts::read_file(&file).map_err(|e| e.to_string()))
                    .await;
                let result = match read {
                    Ok(contacts) => {
                        let read = contacts.len();
                        self.engine
                            .import_contacts(contacts)
                            .await
                            .map(|added| (read, added))
                            .map_err(|e| e.to_string())
                    }
                    Err(e) => Err(e),
                };
                match result {
                    Ok((read, added)) => {
                        self.ui.info(format!(
                            "Imported {shown}: {read} numbers read, {added} new."
                        ));
                        Box::pin(
                            self.clone()
                                .handle(DeskRequest::SearchContacts(String::new())),
                        )
                        .await;
                    }
                    Err(e) => self.ui.error(format!("Could not import contacts: {e}")),
                }
            }
            DeskRequest::SaveSettings(new) => self.save_settings(new).await,
            DeskRequest::ToggleDnd => {
                let mut s = self.settings.borrow().clone();
                s.do_not_disturb = !s.do_not_disturb;
                self.ui.info(if s.do_not_disturb {
                    "Do not disturb is on: ringing calls are ignored and logged as missed."
                } else {
                    "Do not disturb is off."
                });
                self.save_settings(s).await;
            }
            DeskRequest::External { request, reply } => self.external(request, reply).await,
            DeskRequest::LinkAnswer { token, dial } => self.link_answer(token, dial).await,
        }
    }
}
