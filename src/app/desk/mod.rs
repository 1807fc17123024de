//! The window's background helper: everything the UI asks for that could
//! block (the engine, the keyring, the database, the clipboard, files) runs
//! here on the tokio runtime, and the answer comes back through [`UiLink`].

use crate::app::messages::limits::{MAX_CLIPBOARD_BYTES, MAX_QUICK_DIAL_CHARS};
use crate::app::messages::{
    Clip, ClipboardReader, DeskReply, DeskRequest, Notifier, PopCommand, ReplyTo, UiLink,
};
use crate::client::ClientConfig;
use crate::client::url::api_url;
use crate::client::{Client, Transport};
use crate::engine::{EngineCommand, EngineEvent, EngineHandle, LiveCall};
use crate::hooks::{HookEvent, HookRunner};
use crate::instance::{Reply, Request};
use crate::protocol::link::Link;
use crate::protocol::number::{find_numbers, normalize};
use crate::protocol::text::printable;
use crate::protocol::{CallState, Command, Credentials, DialNumber, Pin, ResultValue};
use crate::secrets::{Account, Secrets};
use crate::settings::{self, Settings};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
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
            return;
        }
        if let Ok(mut rang) = self.rang.lock() {
            // Bounded like the engine's live calls.
            if rang.len() < 256 {
                rang.insert(call.call.id.clone());
            }
        }
        self.hook(HookEvent::Ring, &call);
        if notifications {
            self.pop(PopCommand::Show(call));
        }
    }

    /// The call page and the call hook for `event` (rate-limited; a failure
    /// is told once, not per call).
    fn hook(&self, event: HookEvent, call: &LiveCall) {
        let ui = self.ui.clone();
        let _ = self
            .hooks
            .handle(event, call, move |message| ui.error(message));
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

    /// Another skydial's request.
    async fn external(&self, request: Request, reply: ReplyTo) {
        match request {
            Request::Raise => {
                self.ui.raise_window();
                reply.send(Reply::ok(
                    "skydial is already running: its window is shown.",
                ));
            }
            Request::Dial(text) => {
                let outcome = match normalize(&text) {
                    Ok(number) => self.place_call(number).await,
                    Err(e) => Err((
                        status::USAGE,
                        format!("Cannot dial \u{201c}{}\u{201d}: {e}", printable(&text)),
                    )),
                };
                let (error, text) = match &outcome {
                    Ok(text) => (false, text.clone()),
                    Err((_, text)) => (true, text.clone()),
                };
                self.feedback(false, error, &text);
                reply.send(match outcome {
                    Ok(text) => Reply::ok(text),
                    Err((code, text)) => Reply::failed(code, text),
                });
            }
            Request::Link(text) => self.link(&text, reply).await,
            Request::QuickDial => {
                self.dial_clipboard(true).await;
                reply.send(Reply::ok("Handed to skydial: see its window."));
            }
        }
    }

    /// A `tel:`/`callto:`/`sip:` link: asked about (Dial, Cancel), unless the
    /// user trusts links and the number is neither international nor premium-rate.
    async fn link(&self, text: &str, reply: ReplyTo) {
        let link = match crate::protocol::link::parse(text) {
            Ok(link) => link,
            Err(e) => {
                let message = format!("Nothing dialled from the link: {e}.");
                self.ui.error(&message);
                self.ui.raise_window();
                reply.send(Reply::failed(status::USAGE, message));
                return;
            }
        };
        let trusted = self.settings.borrow().trusted_links;
        if trusted && link.may_skip_confirmation() && !self.config.link_only {
            let outcome = self.place_call(link.number.clone()).await;
            self.link_outcome(0, &link, outcome, &reply);
            return;
        }
        let token = self.next_token.fetch_add(1, Ordering::Relaxed);
        if let Ok(mut links) = self.links.lock() {
            links.insert(token, (link.clone(), reply));
        }
        self.ui.send(DeskReply::ConfirmLink { token, link });
        self.ui.raise_window();
    }

    async fn link_answer(&self, token: u64, dial: bool) {
        let Some((link, reply)) = self.links.lock().ok().and_then(|mut l| l.remove(&token)) else {
            return;
        };
        let outcome = if dial {
            self.place_call(link.number.clone()).await
        } else {
            Err((
                status::CANCELLED,
                format!("Cancelled: {} was not dialled.", link.number.for_reading()),
            ))
        };
        self.link_outcome(token, &link, outcome, &reply);
    }

    fn link_outcome(
        &self,
        token: u64,
        link: &Link,
        outcome: Result<String, (u8, String)>,
        reply: &ReplyTo,
    ) {
        let (error, mut text, code) = match outcome {
            Ok(text) => (false, text, status::OK),
            Err((code, text)) => (code != status::CANCELLED, text, code),
        };
        if code == status::OK
            && let Some(ext) = &link.extension
        {
            text.push_str(&format!(
                " The link names extension {ext}: key it in on the phone when the call is answered."
            ));
        }
        self.ui.send(DeskReply::LinkDone {
            token,
            error,
            text: text.clone(),
        });
        reply.send(if code == status::OK {
            Reply::ok(text)
        } else {
            Reply::failed(code, text)
        });
    }

    /// Places a call: through the engine's session, or (a link-only start)
    /// with one request and the kept PIN. `Ok`: what to tell the user;
    /// `Err`: the exit status for another skydial, and what went wrong.
    async fn place_call(&self, number: DialNumber) -> Result<String, (u8, String)> {
        let endpoint =
            Some(self.settings.borrow().endpoint.trim().to_string()).filter(|e| !e.is_empty());
        let shown = number.for_reading();
        let placed = if self.config.link_only {
            self.dial_on_its_own(&number, endpoint).await?
        } else {
            match self
                .engine
                .send(EngineCommand::Dial { number, endpoint })
                .await
            {
                Ok(placed) => placed,
                Err(e) => {
                    let code = if matches!(e, crate::engine::EngineError::SignedOut) {
                        status::AUTH
                    } else {
                        status::CONNECTION
                    };
                    return Err((code, format!("Cannot dial {shown}: {e}")));
                }
            }
        };
        if placed {
            Ok(format!("Dialling {shown}"))
        } else {
            Err((
                status::FALSE,
                format!("The server did not place the call to {shown}; dial it on the phone."),
            ))
        }
    }

    /// One `dial` request with the saved account and the PIN kept in the
    /// keyring (no session, no subscription: nothing else runs).
    async fn dial_on_its_own(
        &self,
        number: &DialNumber,
        endpoint: Option<String>,
    ) -> Result<bool, (u8, String)> {
        let settings = self.settings.borrow().clone();
        let shown = number.for_reading();
        if settings.user.is_empty() {
            return Err((
                status::AUTH,
                format!(
                    "Cannot dial {shown}: skydial is not signed in yet. Open skydial, sign in, then use the link again."
                ),
            ));
        }
        let secrets = self.config.secrets.clone();
        let account = Account::new(&settings.server, &settings.user);
        let pin = match self.blocking(move || secrets.load(&account)).await {
            Ok(Some(pin)) => pin,
            Ok(None) => {
                return Err((
                    status::AUTH,
                    format!(
                        "Cannot dial {shown}: no PIN is kept for {}. Open skydial and sign in with \u{201c}Remember PIN\u{201d} ticked, or start skydial first; then use the link again.",
                        settings.user
                    ),
                ));
            }
            Err(e) => {
                return Err((
                    status::AUTH,
                    format!(
                        "Cannot dial {shown}: the keyring could not be read ({e}). Open skydial and sign in, then use the link again."
                    ),
                ));
            }
        };
        let fail =
            |e: &dyn std::fmt::Display| (status::CONNECTION, format!("Cannot dial {shown}: {e}"));
        let url = api_url(&settings.server).map_err(|e| fail(&e))?;
        let client = Client::new(ClientConfig {
            url,
            credentials: Credentials::new(settings.user.clone(), pin),
            ca_file: settings.ca_file.clone(),
        })
        .map_err(|e| fail(&e))?;
        let command = Command::Dial {
            number: number.ex_tn().to_string(),
            endpoint,
        };
        match client.call(&command, Transport::Post).await {
            Ok(Some(ResultValue::Boolean(placed))) => Ok(placed),
            Ok(_) => Err(fail(&"the server's answer was not true or false")),
            Err(e)
                if e.api().is_some_and(|a| {
                    matches!(
                        a.kind(),
                        crate::protocol::ApiErrorKind::AuthFailed
                            | crate::protocol::ApiErrorKind::Blocked
                    )
                }) =>
            {
                Err((status::AUTH, format!("Cannot dial {shown}: {e}")))
            }
            Err(e) => Err(fail(&e)),
        }
    }

    async fn save_settings(&self, mut new: Settings) {
        let before = self.settings.borrow().start_at_login;
        if new.start_at_login != before {
            let wanted = new.start_at_login;
            let applied = self.blocking(move || start_at_login(wanted)).await;
            match applied {
                Ok(text) => self.ui.info(text),
                Err(e) => {
                    new.start_at_login = before;
                    self.ui.error(e);
                }
            }
        }
        self.hooks.configure(new.hooks.clone());
        self.settings.send_replace(new.clone());
        if let Some(path) = self.config.settings_path.clone() {
            let result = self.blocking(move || settings::save(&path, &new)).await;
            if let Err(e) = result {
                self.ui.error(e);
            }
        }
        self.ui.send(DeskReply::Settings(Box::new(
            self.settings.borrow().clone(),
        )));
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
        let deadline = tokio::time::Instant::now() + self.config.keyring_patience;
        let mut wait = std::time::Duration::from_secs(2);
        let loaded = loop {
            let secrets = self.config.secrets.clone();
            let account = Account::new(&settings.server, &settings.user);
            let loaded = self.blocking(move || secrets.load(&account)).await;
            if loaded.is_ok() || tokio::time::Instant::now() + wait > deadline {
                break loaded;
            }
            tracing::info!("the keyring cannot be read yet; trying again in {wait:?}");
            tokio::time::sleep(wait).await;
            wait = (wait * 2).min(std::time::Duration::from_secs(15));
        };
        match loaded {
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
        match self.place_call(number).await {
            Ok(text) => self.feedback(from_clipboard, false, &text),
            Err((_, text)) => self.feedback(from_clipboard, true, &text),
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

    /// The hotkey, the tray's Dial clipboard (`from_hotkey`), or the dial
    /// screen's button: reads the clipboard (or the selection), then opens
    /// the quick-dial prompt with it (the hotkey's default) or dials it.
    async fn dial_clipboard(&self, from_hotkey: bool) {
        let (prompt, clip) = {
            let s = self.settings.borrow();
            let clip = if s.hotkey_reads_selection() {
                Clip::Selection
            } else {
                Clip::Clipboard
            };
            (from_hotkey && !s.hotkey_dials_at_once(), clip)
        };
        let read = self.config.clipboard.clone();
        let text = self.blocking(move || read(clip)).await;
        if prompt {
            self.quick_dial(text.ok(), clip);
            return;
        }
        let text = match text {
            Ok(text) => text,
            Err(e) => {
                self.feedback(
                    from_hotkey,
                    true,
                    &format!("Cannot dial {}: {e}", clip.name()),
                );
                return;
            }
        };
        if text.len() > MAX_CLIPBOARD_BYTES {
            self.feedback(
                from_hotkey,
                true,
                &format!(
                    "Nothing dialled: {} holds {} KB of text, more than skydial reads ({} KB). Copy just the phone number.",
                    clip.name(),
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
                    &format!("Nothing to dial in {}: {reason}", clip.name()),
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

    /// Opens the quick-dial prompt in the window (shown and focused), with
    /// the text read (where the desktop let skydial read it in the
    /// background) or empty (the prompt pastes once it has the focus).
    fn quick_dial(&self, text: Option<String>, clip: Clip) {
        let text = text
            .map(|t| crate::protocol::text::truncate_chars(t.trim(), MAX_QUICK_DIAL_CHARS))
            .filter(|t| !t.is_empty());
        self.ui.send(DeskReply::QuickDial {
            text,
            paste: clip == Clip::Clipboard,
        });
        self.ui.raise_window();
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

/// Writes (or removes) the entry that starts skydial hidden in the tray at
/// login; says what was done.
fn start_at_login(on: bool) -> Result<String, String> {
    if on {
        let exe = std::env::current_exe().map_err(|e| {
            format!("skydial cannot find its own program file ({e}), so it cannot start at login.")
        })?;
        let path = crate::autostart::enable(&exe)?;
        Ok(format!(
            "skydial starts hidden in the tray when you log in ({}).",
            path.display()
        ))
    } else {
        crate::autostart::disable()?;
        Ok("skydial no longer starts when you log in.".into())
    }
}
