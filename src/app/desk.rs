//! The window's background helper: everything the UI asks for that could
//! block (the engine, the keyring, the database, the clipboard, files) runs
//! here on the tokio runtime, and the answer comes back through [`UiLink`].

use super::link::{DeskReply, UiLink};
use super::popups::PopCommand;
use crate::client::ClientConfig;
use crate::client::url::api_url;
use crate::engine::{EngineCommand, EngineEvent, EngineHandle, LiveCall};
use crate::protocol::number::{find_numbers, normalize};
use crate::protocol::{CallState, Credentials, DialNumber, Pin};
use crate::secrets::{Account, Secrets};
use crate::settings::{self, Settings};
use std::path::PathBuf;
use std::sync::Arc;
use tokio::sync::{mpsc, watch};

/// The most clipboard text searched for numbers: 64 KiB (a long e-mail).
pub const MAX_CLIPBOARD_BYTES: usize = 64 * 1024;

/// Reads the clipboard's text (blocking; called off the UI thread).
pub type ClipboardReader = Arc<dyn Fn() -> Result<String, String> + Send + Sync>;

/// Shows a desktop notification (summary, body).
pub type Notifier = Arc<dyn Fn(&str, &str) + Send + Sync>;

/// The system clipboard through arboard.
pub fn system_clipboard() -> ClipboardReader {
    Arc::new(|| {
        let mut clipboard = arboard::Clipboard::new()
            .map_err(|e| format!("cannot open the clipboard ({e}); is a display available?"))?;
        clipboard
            .get_text()
            .map_err(|e| format!("the clipboard holds no text ({e})"))
    })
}

/// What the window (or the tray, or the hotkey) asks for.
#[derive(Debug, Clone)]
pub enum UiRequest {
    SignIn {
        server: String,
        user: String,
        pin: Pin,
        remember: bool,
        ca_file: Option<PathBuf>,
    },
    /// Sign in with the PIN kept in the keyring, if there is one.
    SignInRemembered,
    /// Sign in with this account now (`--demo`, or `--server`/`--user` with `SKYDIAL_PIN`).
    SignInWith(ClientConfig),
    SignOut {
        forget_pin: bool,
    },
    /// A call command; `what` names it in messages ("answer the call").
    Call {
        what: String,
        command: EngineCommand,
    },
    Dial {
        number: DialNumber,
    },
    /// Dial the number on the clipboard; `from_hotkey` also pops a notification.
    DialClipboard {
        from_hotkey: bool,
    },
    LoadHistory,
    MarkSeen(Option<i64>),
    SearchContacts(String),
    ImportContacts(PathBuf),
    SaveSettings(Settings),
    /// Flip do-not-disturb (from the tray).
    ToggleDnd,
}

/// Where the desk keeps things.
pub struct DeskConfig {
    pub settings_path: Option<PathBuf>,
    pub secrets: Secrets,
    pub clipboard: ClipboardReader,
    /// A desktop notification for hotkey feedback (`None`: window notices only).
    pub notify: Option<Notifier>,
}

pub struct Desk {
    engine: EngineHandle,
    ui: UiLink,
    config: DeskConfig,
    settings: watch::Sender<Settings>,
    pops: Option<mpsc::Sender<PopCommand>>,
}

/// Starts the desk on the current runtime; returns the sender the UI uses.
/// The channel the window, the tray, the hotkey and the screen pops send
/// their requests on (made before any of them, so each can hold a sender).
pub fn channel() -> (mpsc::Sender<UiRequest>, mpsc::Receiver<UiRequest>) {
    mpsc::channel(64)
}

/// Starts the desk on the current runtime. `pops` shows screen pops for the
/// ringing calls it lets through (`None`: no screen pops).
pub fn spawn(
    engine: EngineHandle,
    ui: UiLink,
    config: DeskConfig,
    settings: watch::Sender<Settings>,
    requests: mpsc::Receiver<UiRequest>,
    pops: Option<mpsc::Sender<PopCommand>>,
) {
    let desk = Desk {
        engine,
        ui,
        config,
        settings,
        pops,
    };
    tokio::spawn(desk.run(requests));
}

impl Desk {
    async fn run(self, mut requests: mpsc::Receiver<UiRequest>) {
        let mut events = self.engine.events();
        let this = Arc::new(self);
        this.load_history().await;
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
                        this.pop(PopCommand::Close(call.call.id));
                    }
                    Ok(EngineEvent::Ended { call, .. }) => {
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

    /// A call rings: the one place that decides what happens. Under do not
    /// disturb it is ignored through the API (and logged as missed);
    /// otherwise it gets a screen pop, if those are on.
    fn ringing(&self, call: LiveCall) {
        let (dnd, notifications) = {
            let s = self.settings.borrow();
            (s.do_not_disturb, s.notifications)
        };
        if dnd {
            let engine = self.engine.clone();
            let ui = self.ui.clone();
            tokio::spawn(async move {
                let ignore = EngineCommand::Ignore {
                    call: Some(call.call.id),
                };
                if let Err(e) = engine.send(ignore).await {
                    ui.error(format!("Do not disturb could not ignore a call: {e}"));
                }
            });
        } else if notifications {
            self.pop(PopCommand::Show(call));
        }
    }

    fn pop(&self, command: PopCommand) {
        if let Some(pops) = &self.pops
            && pops.try_send(command).is_err()
        {
            tracing::warn!("screen pops are behind; one was skipped");
        }
    }

    async fn blocking<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> Result<T, String> + Send + 'static,
    ) -> Result<T, String> {
        tokio::task::spawn_blocking(f)
            .await
            .unwrap_or_else(|e| Err(format!("background task failed: {e}")))
    }

    async fn handle(self: Arc<Self>, request: UiRequest) {
        match request {
            UiRequest::SignIn {
                server,
                user,
                pin,
                remember,
                ca_file,
            } => self.sign_in(server, user, pin, remember, ca_file).await,
            UiRequest::SignInRemembered => self.sign_in_remembered().await,
            UiRequest::SignInWith(config) => {
                if let Err(e) = self.engine.send(EngineCommand::SignIn(config)).await {
                    self.ui.error(e.to_string());
                }
            }
            UiRequest::SignOut { forget_pin } => {
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
            UiRequest::Call { what, command } => match self.engine.send(command).await {
                Ok(true) => {}
                Ok(false) => self.ui.error(format!(
                    "Could not {what}: the call is no longer in that state."
                )),
                Err(e) => self.ui.error(format!("Could not {what}: {e}")),
            },
            UiRequest::Dial { number } => self.dial(number, false).await,
            UiRequest::DialClipboard { from_hotkey } => self.dial_clipboard(from_hotkey).await,
            UiRequest::LoadHistory => self.load_history().await,
            UiRequest::MarkSeen(row) => {
                if let Err(e) = self.engine.send(EngineCommand::MarkSeen { row }).await {
                    self.ui.error(format!("Could not mark as seen: {e}"));
                }
                self.load_history().await;
            }
            UiRequest::SearchContacts(query) => match self.engine.search_contacts(query).await {
                Ok(list) => self.ui.send(DeskReply::Contacts(list)),
                Err(e) => self.ui.error(format!("Could not search contacts: {e}")),
            },
            UiRequest::ImportContacts(file) => {
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
                                .handle(UiRequest::SearchContacts(String::new())),
                        )
                        .await;
                    }
                    Err(e) => self.ui.error(format!("Could not import contacts: {e}")),
                }
            }
            UiRequest::SaveSettings(new) => self.save_settings(new).await,
            UiRequest::ToggleDnd => {
                let mut s = self.settings.borrow().clone();
                s.do_not_disturb = !s.do_not_disturb;
                self.ui.info(if s.do_not_disturb {
                    "Do not disturb is on: ringing calls are ignored and logged as missed."
                } else {
                    "Do not disturb is off."
                });
                self.save_settings(s).await;
            }
        }
    }

    async fn save_settings(&self, new: Settings) {
        self.settings.send_replace(new.clone());
        if let Some(path) = self.config.settings_path.clone() {
            let result = self.blocking(move || settings::save(&path, &new)).await;
            if let Err(e) = result {
                self.ui.error(e);
            }
        }
        self.ui
            .send(DeskReply::Settings(self.settings.borrow().clone()));
    }

    async fn sign_in(
        &self,
        server: String,
        user: String,
        pin: Pin,
        remember: bool,
        ca_file: Option<PathBuf>,
    ) {
        let user = user.trim().to_string();
        if user.is_empty() || !user.chars().all(|c| c.is_ascii_digit()) {
            self.ui
                .error("Enter your DID: your 10-digit phone number, digits only.");
            return;
        }
        if pin.is_empty() {
            self.ui
                .error("Enter your PIN (the one you use for voicemail).");
            return;
        }
        let url = match api_url(&server) {
            Ok(url) => url,
            Err(e) => {
                self.ui.error(e.to_string());
                return;
            }
        };
        let config = ClientConfig {
            url: url.clone(),
            credentials: Credentials::new(user.clone(), pin.clone()),
            ca_file: ca_file.clone(),
        };
        if let Err(e) = self.engine.send(EngineCommand::SignIn(config)).await {
            self.ui.error(e.to_string());
            return;
        }
        let mut settings = self.settings.borrow().clone();
        // What was typed may hold a path to /bobl/bobl or a trailing slash: keep the base URL.
        settings.server = crate::client::url::base_url(&url);
        settings.user = user.clone();
        settings.ca_file = ca_file;
        settings.remember_pin = remember;
        let secrets = self.config.secrets.clone();
        let account = Account::new(&settings.server, &user);
        if remember {
            if let Err(e) = self.blocking(move || secrets.save(&account, &pin)).await {
                settings.remember_pin = false;
                self.ui.error(format!(
                    "No keyring is available ({e}): skydial will ask for the PIN at each start. It is never written to a file."
                ));
            }
        } else {
            let _ = self.blocking(move || secrets.forget(&account)).await;
        }
        self.save_settings(settings).await;
    }

    async fn sign_in_remembered(&self) {
        let settings = self.settings.borrow().clone();
        if settings.user.is_empty() {
            return;
        }
        if !settings.remember_pin {
            self.ui.send(DeskReply::PinNeeded {
                user: settings.user,
                reason: None,
            });
            return;
        }
        let secrets = self.config.secrets.clone();
        let account = Account::new(&settings.server, &settings.user);
        match self.blocking(move || secrets.load(&account)).await {
            Ok(Some(pin)) => {
                self.sign_in(settings.server, settings.user, pin, true, settings.ca_file)
                    .await;
            }
            Ok(None) => self.ui.send(DeskReply::PinNeeded {
                user: settings.user,
                reason: None,
            }),
            Err(e) => self.ui.send(DeskReply::PinNeeded {
                user: settings.user,
                reason: Some(format!(
                    "The keyring could not be read ({e}); enter the PIN."
                )),
            }),
        }
    }

    async fn dial(&self, number: DialNumber, from_clipboard: bool) {
        let endpoint =
            Some(self.settings.borrow().endpoint.trim().to_string()).filter(|e| !e.is_empty());
        let shown = number.for_reading();
        match self
            .engine
            .send(EngineCommand::Dial { number, endpoint })
            .await
        {
            Ok(true) => self.feedback(from_clipboard, false, &format!("Dialling {shown}")),
            Ok(false) => self.feedback(
                from_clipboard,
                true,
                &format!("The server did not place the call to {shown}; dial it on the phone."),
            ),
            Err(e) => self.feedback(from_clipboard, true, &format!("Cannot dial {shown}: {e}")),
        }
    }

    /// A message in the window, and as a notification when it came from the hotkey
    /// (the window may be hidden).
    fn feedback(&self, pop: bool, error: bool, text: &str) {
        if error {
            self.ui.error(text);
        } else {
            self.ui.info(text);
        }
        if pop && let Some(notify) = &self.config.notify {
            notify("skydial", text);
        }
    }

    async fn dial_clipboard(&self, from_hotkey: bool) {
        let read = self.config.clipboard.clone();
        let text = match self.blocking(move || read()).await {
            Ok(text) => text,
            Err(e) => {
                self.feedback(
                    from_hotkey,
                    true,
                    &format!("Cannot dial the clipboard: {e}"),
                );
                return;
            }
        };
        if text.len() > MAX_CLIPBOARD_BYTES {
            self.feedback(
                from_hotkey,
                true,
                &format!(
                    "Nothing dialled: the clipboard holds {} KB of text, more than skydial reads ({} KB). Copy just the phone number.",
                    text.len() / 1024,
                    MAX_CLIPBOARD_BYTES / 1024
                ),
            );
            return;
        }
        let found = find_numbers(&text);
        match found.len() {
            0 => {
                let reason = match normalize(text.trim()) {
                    Err(e) if text.trim().chars().count() <= 40 => e.to_string(),
                    _ => "no phone number was found in the copied text".to_string(),
                };
                self.feedback(
                    from_hotkey,
                    true,
                    &format!("Nothing to dial on the clipboard: {reason}"),
                );
            }
            1 => {
                if let Some(number) = found.into_iter().next() {
                    self.dial(number, from_hotkey).await;
                }
            }
            _ => {
                self.ui.send(DeskReply::PickNumber(found));
                self.ui.raise_window();
            }
        }
    }

    async fn load_history(&self) {
        match self.engine.history(200).await {
            Ok(list) => self.ui.send(DeskReply::History(list)),
            Err(e) => self
                .ui
                .error(format!("Could not read the call history: {e}")),
        }
    }
}
