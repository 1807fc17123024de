//! The window. It draws the latest engine snapshot and sends requests; it
//! never blocks: everything slow goes to the desk (`UiRequest`) and comes back
//! as a `DeskReply`, with a repaint request.

use super::desk::{self, DeskConfig, UiRequest};
use super::hotkey::Hotkey;
use super::link::{DeskReply, Notice, UiLink};
use super::popups;
use super::tray::{Tray, TrayView};
use crate::client::ClientConfig;
use crate::contacts::Contact;
use crate::engine::{ConnectionStatus, EngineCommand, EngineHandle, Snapshot};
use crate::history::HistoryEntry;
use crate::protocol::number::{normalize, readable};
use crate::protocol::{CallState, DialNumber, Pin};
use crate::settings::{Favourite, Settings};
use egui::{Color32, RichText};
use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use tokio::sync::{mpsc, watch};

/// How the window signs in at start.
pub enum AutoSignIn {
    /// Show the sign-in screen (with the PIN from the keyring if one is kept).
    Remembered,
    /// Sign in with this account now (`--demo`, or `--server`/`--user` with `SKYDIAL_PIN`).
    Now(ClientConfig),
}

/// Everything the window needs, injected (tests give a simulator-backed engine).
pub struct Services {
    pub runtime: tokio::runtime::Handle,
    pub engine: EngineHandle,
    pub desk: DeskConfig,
    pub settings: Settings,
    /// Tray, global hotkey and screen pops (off in UI tests).
    pub desktop: bool,
    pub notices: Vec<Notice>,
    pub auto_sign_in: AutoSignIn,
    /// A banner saying this is the demo.
    pub demo: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Calls,
    Dial,
    History,
    Contacts,
    Settings,
}

#[derive(Default)]
struct SignInForm {
    server: String,
    user: String,
    pin: String,
    remember: bool,
    ca_file: String,
    /// Sent; waiting for the engine to say how it went.
    pending: bool,
}

pub struct App {
    engine: EngineHandle,
    snapshot: watch::Receiver<Snapshot>,
    desk: mpsc::Sender<UiRequest>,
    replies: std::sync::mpsc::Receiver<DeskReply>,
    link: UiLink,
    settings: Settings,
    draft: Settings,
    tab: Tab,
    form: SignInForm,
    dial_text: String,
    history: Vec<HistoryEntry>,
    contacts: Vec<Contact>,
    contact_query: String,
    import_path: String,
    notices: VecDeque<Notice>,
    pick: Option<Vec<DialNumber>>,
    tray: Option<Tray>,
    tray_host: Arc<AtomicBool>,
    /// Held so the hotkey stays registered; replaced when Settings change it.
    hotkey: Option<Hotkey>,
    /// Tray, hotkey and screen pops are on (off in UI tests).
    desktop: bool,
    hotkey_status: String,
    quitting: Arc<AtomicBool>,
    told_close_to_tray: bool,
    demo: Option<String>,
    /// Put the keyboard focus in the main field of the screen just shown.
    focus_field: bool,
}

fn clock(seconds: u64) -> String {
    if seconds >= 3600 {
        format!(
            "{}:{:02}:{:02}",
            seconds / 3600,
            seconds / 60 % 60,
            seconds % 60
        )
    } else {
        format!("{}:{:02}", seconds / 60, seconds % 60)
    }
}

/// A text field with a visible label that screen readers (and tests) find it by.
fn labelled_field(ui: &mut egui::Ui, label: &str, edit: egui::TextEdit<'_>) -> egui::Response {
    let l = ui.label(label);
    ui.add(edit).labelled_by(l.id)
}

impl App {
    pub fn new(ctx: &egui::Context, services: Services) -> App {
        let _guard = services.runtime.enter();
        let (link, replies) = UiLink::new(ctx.clone());
        let (settings_tx, settings_rx) = watch::channel(services.settings.clone());
        let desk = desk::spawn(
            services.engine.clone(),
            link.clone(),
            services.desk,
            settings_tx,
        );
        let snapshot = services.engine.snapshot();

        // Repaint when the engine publishes; otherwise the window sleeps.
        let mut watcher = services.engine.snapshot();
        let repaint = link.clone();
        services.runtime.spawn(async move {
            while watcher.changed().await.is_ok() {
                repaint.repaint();
            }
        });

        let quitting = Arc::new(AtomicBool::new(false));
        let tray_host = Arc::new(AtomicBool::new(false));
        let mut notices: VecDeque<Notice> = services.notices.into_iter().collect();
        let (mut tray, mut hotkey) = (None, None);
        let hotkey_status;
        if services.desktop {
            popups::spawn(services.engine.clone(), settings_rx, link.clone());
            match Tray::new(link.clone(), desk.clone(), quitting.clone()) {
                Ok(t) => {
                    tray = Some(t);
                    let flag = tray_host.clone();
                    let told = link.clone();
                    services.runtime.spawn(async move { match super::tray::tray_host_present().await {
                        Ok(true) => flag.store(true, Ordering::SeqCst),
                        Ok(false) => told.info(
                            "No system tray is running here: the window stays reachable and closing it quits skydial.",
                        ),
                        Err(e) => told.info(format!("Cannot check for a system tray ({e}); closing the window quits skydial.")),
                    }});
                }
                Err(e) => notices.push_back(Notice {
                    text: format!("No system tray here ({e}): the window stays reachable and closing it quits skydial."),
                    error: false,
                }),
            }
            match Hotkey::register(&services.settings.hotkey, desk.clone(), link.clone()) {
                Ok(h) => {
                    hotkey_status = format!(
                        "{} dials the number on the clipboard.",
                        services.settings.hotkey
                    );
                    hotkey = Some(h);
                }
                Err(e) => {
                    hotkey_status = e.clone();
                    notices.push_back(Notice {
                        text: e,
                        error: false,
                    });
                }
            }
        } else {
            hotkey_status = "Not registered (no desktop integration).".into();
        }

        let mut form = SignInForm {
            server: services.settings.server.clone(),
            user: services.settings.user.clone(),
            remember: services.settings.remember_pin,
            ca_file: services
                .settings
                .ca_file
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            ..SignInForm::default()
        };
        match services.auto_sign_in {
            AutoSignIn::Now(config) => {
                form.server = config.url.origin().ascii_serialization();
                form.user = config.credentials.user.clone();
                let engine = services.engine.clone();
                let told = link.clone();
                services.runtime.spawn(async move {
                    if let Err(e) = engine.send(EngineCommand::SignIn(config)).await {
                        told.error(e.to_string());
                    }
                });
            }
            AutoSignIn::Remembered => {
                let _ = desk.try_send(UiRequest::SignInRemembered);
            }
        }

        App {
            engine: services.engine,
            snapshot,
            desk,
            replies,
            link,
            draft: services.settings.clone(),
            settings: services.settings,
            tab: Tab::Calls,
            form,
            dial_text: String::new(),
            history: Vec::new(),
            contacts: Vec::new(),
            contact_query: String::new(),
            import_path: String::new(),
            notices,
            pick: None,
            tray,
            tray_host,
            hotkey,
            desktop: services.desktop,
            hotkey_status,
            quitting,
            told_close_to_tray: false,
            demo: services.demo,
            focus_field: true,
        }
    }

    /// The engine behind the window (tests read its snapshot).
    pub fn engine(&self) -> &EngineHandle {
        &self.engine
    }

    fn request(&mut self, request: UiRequest) {
        if let Err(e) = self.desk.try_send(request) {
            self.notice(
                true,
                format!("skydial is busy ({e}); try again in a moment."),
            );
        }
    }

    fn call_command(&mut self, what: &str, command: EngineCommand) {
        self.request(UiRequest::Call {
            what: what.to_string(),
            command,
        });
    }

    fn notice(&mut self, error: bool, text: impl Into<String>) {
        self.notices.push_back(Notice {
            text: text.into(),
            error,
        });
        while self.notices.len() > 4 {
            self.notices.pop_front();
        }
    }

    fn drain_replies(&mut self) {
        while let Ok(reply) = self.replies.try_recv() {
            match reply {
                DeskReply::Notice(n) => {
                    self.form.pending = false;
                    self.notice(n.error, n.text);
                }
                DeskReply::History(h) => self.history = h,
                DeskReply::Contacts(c) => self.contacts = c,
                DeskReply::PickNumber(list) => self.pick = Some(list),
                DeskReply::Settings(s) => {
                    self.settings = s.clone();
                    self.draft = s;
                    self.form.pending = false;
                }
                DeskReply::PinNeeded { user, reason } => {
                    self.form.user = user;
                    self.form.pending = false;
                    if let Some(reason) = reason {
                        self.notice(true, reason);
                    }
                }
            }
        }
    }

    fn signed_in(snap: &Snapshot) -> bool {
        !matches!(
            snap.status,
            ConnectionStatus::SignedOut | ConnectionStatus::Stopped { .. }
        )
    }

    fn tray_view(&self, snap: &Snapshot) -> TrayView {
        let mut recents: Vec<(String, String)> = Vec::new();
        for entry in &self.history {
            if recents.len() >= 5 {
                break;
            }
            if recents.iter().any(|(_, n)| n == &entry.number) || normalize(&entry.number).is_err()
            {
                continue;
            }
            let label = match &entry.name {
                Some(name) => format!("{name} ({})", readable(&entry.number)),
                None => readable(&entry.number),
            };
            recents.push((label, entry.number.clone()));
        }
        TrayView {
            favourites: self
                .settings
                .favourites
                .iter()
                .map(|f| (f.name.clone(), f.number.clone()))
                .collect(),
            recents,
            dnd: self.settings.do_not_disturb,
            ringing: snap
                .calls
                .iter()
                .find(|c| c.call.state == CallState::Ringing)
                .map(|c| c.name.clone().unwrap_or_else(|| readable(&c.call.ani))),
            unseen_missed: snap.unseen_missed,
            online: snap.status == ConnectionStatus::Connected,
        }
    }

    // ---- panels ----

    fn top_ui(&mut self, ui: &mut egui::Ui, snap: &Snapshot) {
        let before = self.tab;
        ui.horizontal(|ui| {
            ui.heading("skydial");
            if Self::signed_in(snap) {
                ui.separator();
                ui.selectable_value(
                    &mut self.tab,
                    Tab::Calls,
                    format!("Calls ({})", snap.calls.len()),
                )
                .on_hover_text("Calls on your phone now");
                ui.selectable_value(&mut self.tab, Tab::Dial, "Dial");
                let history = if snap.unseen_missed > 0 {
                    format!("History ({} missed)", snap.unseen_missed)
                } else {
                    "History".to_string()
                };
                ui.selectable_value(&mut self.tab, Tab::History, history);
                ui.selectable_value(&mut self.tab, Tab::Contacts, "Contacts");
                ui.selectable_value(&mut self.tab, Tab::Settings, "Settings");
            }
            if self.settings.do_not_disturb {
                ui.label(
                    RichText::new("Do not disturb").color(Color32::from_rgb(0xd6, 0x30, 0x31)),
                );
            }
        });
        if let Some(demo) = &self.demo {
            ui.label(RichText::new(demo).small());
        }
        if self.tab != before {
            self.focus_field = true;
        }
    }

    fn status_ui(&mut self, ui: &mut egui::Ui, snap: &Snapshot) {
        let now = tokio::time::Instant::now();
        let (color, text) = match &snap.status {
            ConnectionStatus::Connected => {
                (Color32::from_rgb(0x1f, 0x8a, 0x70), "Connected".to_string())
            }
            ConnectionStatus::SignedOut => (Color32::GRAY, "Signed out".to_string()),
            other => (Color32::from_rgb(0xe6, 0x7e, 0x22), other.describe(now)),
        };
        ui.horizontal_wrapped(|ui| {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
            ui.painter().circle_filled(rect.center(), 5.0, color);
            let who = snap
                .user
                .as_deref()
                .map(|u| format!(" as {}", readable(u)))
                .unwrap_or_default();
            ui.label(format!("{text}{who}"))
                .on_hover_text("Connection to the Sky API");
        });
        if let Some(err) = &snap.last_error
            && !matches!(snap.status, ConnectionStatus::Stopped { .. })
        {
            ui.label(RichText::new(err).color(Color32::from_rgb(0xd6, 0x30, 0x31)));
        }
        if let Some(err) = &snap.history_error {
            ui.label(RichText::new(err).color(Color32::from_rgb(0xe6, 0x7e, 0x22)));
        }
        let mut dismiss = None;
        for (i, notice) in self.notices.iter().enumerate() {
            ui.horizontal_wrapped(|ui| {
                let color = if notice.error {
                    Color32::from_rgb(0xd6, 0x30, 0x31)
                } else {
                    ui.visuals().text_color()
                };
                ui.label(RichText::new(&notice.text).color(color));
                if ui.small_button("Dismiss").clicked() {
                    dismiss = Some(i);
                }
            });
        }
        if let Some(i) = dismiss {
            self.notices.remove(i);
        }
    }

    fn sign_in_ui(&mut self, ui: &mut egui::Ui, snap: &Snapshot) {
        ui.heading("Sign in to ShoreTel Sky");
        ui.label("Your ShoreTel Sky number (DID) and the PIN you use for voicemail.");
        if let ConnectionStatus::Stopped { reason } = &snap.status {
            ui.label(RichText::new(reason).color(Color32::from_rgb(0xd6, 0x30, 0x31)));
        }
        let mut submit = false;
        let mut pin_id = None;
        egui::Grid::new("sign_in")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                labelled_field(
                    ui,
                    "Server",
                    egui::TextEdit::singleline(&mut self.form.server).desired_width(320.0),
                );
                ui.end_row();
                let did = labelled_field(
                    ui,
                    "DID",
                    egui::TextEdit::singleline(&mut self.form.user).hint_text("6465551000"),
                );
                ui.end_row();
                let pin = labelled_field(
                    ui,
                    "PIN",
                    egui::TextEdit::singleline(&mut self.form.pin).password(true),
                );
                pin_id = Some(pin.id);
                if self.focus_field {
                    // Asked again until egui has it (a new widget cannot take focus at once).
                    let target = if self.form.user.trim().is_empty() {
                        &did
                    } else {
                        &pin
                    };
                    self.focus_field = !target.has_focus();
                    target.request_focus();
                }
                if pin.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    submit = true;
                }
                ui.end_row();
                labelled_field(
                    ui,
                    "CA certificate file (optional)",
                    egui::TextEdit::singleline(&mut self.form.ca_file)
                        .hint_text("only behind a company TLS proxy"),
                );
                ui.end_row();
            });
        ui.checkbox(
            &mut self.form.remember,
            "Remember PIN in the system keyring",
        );
        ui.horizontal(|ui| {
            let label = if self.form.pending {
                "Signing in…"
            } else {
                "Sign in"
            };
            if ui
                .add_enabled(!self.form.pending, egui::Button::new(label))
                .clicked()
            {
                submit = true;
            }
        });
        if submit && !self.form.pending {
            self.form.pending = true;
            let pin = Pin::new(std::mem::take(&mut self.form.pin).trim());
            // The field's undo history holds copies of what was typed: drop it.
            if let Some(id) = pin_id {
                ui.data_mut(|d| d.remove::<egui::text_edit::TextEditState>(id));
            }
            let ca = self.form.ca_file.trim();
            self.request(UiRequest::SignIn {
                server: self.form.server.trim().to_string(),
                user: self.form.user.trim().to_string(),
                pin,
                remember: self.form.remember,
                ca_file: (!ca.is_empty()).then(|| ca.into()),
            });
        }
    }

    fn calls_ui(&mut self, ui: &mut egui::Ui, snap: &Snapshot) {
        if snap.calls.is_empty() {
            ui.label("No calls right now.");
            ui.label("Dial from the Dial tab, the tray, or press the hotkey with a number on the clipboard.");
            return;
        }
        let now = tokio::time::Instant::now();
        let mut action: Option<(&'static str, EngineCommand)> = None;
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        egui::Grid::new("calls")
            .num_columns(5)
            .striped(true)
            .spacing([16.0, 10.0])
            .show(ui, |ui| {
                for call in &snap.calls {
                    let c = &call.call;
                    ui.vertical(|ui| {
                        match &call.name {
                            Some(name) => {
                                ui.strong(name);
                                ui.label(readable(&c.ani));
                            }
                            None => {
                                ui.strong(readable(&c.ani));
                            }
                        }
                        if let Some(clid) = &c.clid {
                            ui.small(format!("to {}", readable(clid)));
                        }
                    });
                    ui.label(if c.originated { "Outgoing" } else { "Incoming" });
                    ui.label(match c.state {
                        CallState::Ringing => "Ringing",
                        CallState::Pending => "Calling…",
                        CallState::Connected => "Connected",
                        CallState::Holding => "On hold",
                        CallState::Deleted => "Ended",
                    });
                    ui.monospace(clock(call.duration_at(now)));
                    ui.horizontal(|ui| {
                        let id = Some(c.id.clone());
                        match c.state {
                            CallState::Ringing => {
                                if ui.button("Answer").clicked() {
                                    action = Some((
                                        "answer the call",
                                        EngineCommand::Answer { call: id.clone() },
                                    ));
                                }
                                if ui.button("Ignore").clicked() {
                                    action = Some((
                                        "ignore the call",
                                        EngineCommand::Ignore { call: id },
                                    ));
                                }
                            }
                            CallState::Connected => {
                                if ui.button("Hold").clicked() {
                                    action = Some((
                                        "hold the call",
                                        EngineCommand::Hold { call: id.clone() },
                                    ));
                                }
                                if ui.button("Hang up").clicked() {
                                    action = Some(("hang up", EngineCommand::Release { call: id }));
                                }
                            }
                            CallState::Holding => {
                                if ui.button("Resume").clicked() {
                                    action = Some((
                                        "resume the call",
                                        EngineCommand::Resume { call: id.clone() },
                                    ));
                                }
                                if ui.button("Hang up").clicked() {
                                    action = Some(("hang up", EngineCommand::Release { call: id }));
                                }
                            }
                            CallState::Pending => {
                                if ui.button("Hang up").clicked() {
                                    action = Some(("hang up", EngineCommand::Release { call: id }));
                                }
                            }
                            CallState::Deleted => {}
                        }
                    });
                    ui.end_row();
                }
            });
        if let Some((what, command)) = action {
            self.call_command(what, command);
        }
    }

    fn dial_ui(&mut self, ui: &mut egui::Ui) {
        let preview = normalize(&self.dial_text);
        let mut dial = false;
        ui.horizontal(|ui| {
            let field = labelled_field(
                ui,
                "Number",
                egui::TextEdit::singleline(&mut self.dial_text)
                    .hint_text("+1 (646) 555-1234, 1234, tel:…")
                    .char_limit(crate::protocol::number::MAX_NUMBER_TEXT)
                    .desired_width(260.0),
            );
            if self.focus_field {
                self.focus_field = !field.has_focus();
                field.request_focus();
            }
            if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                dial = true;
            }
            if ui
                .add_enabled(preview.is_ok(), egui::Button::new("Dial"))
                .clicked()
            {
                dial = true;
            }
        });
        match &preview {
            Ok(n) => {
                ui.label(format!("Will dial {} ({})", n.for_reading(), n.ex_tn()));
            }
            Err(_) if self.dial_text.trim().is_empty() => {
                ui.label("Type or paste a number.");
            }
            Err(e) => {
                ui.label(
                    RichText::new(format!("Cannot dial: {e}"))
                        .color(Color32::from_rgb(0xd6, 0x30, 0x31)),
                );
            }
        }
        ui.add_space(6.0);
        egui::Grid::new("pad").spacing([6.0, 6.0]).show(ui, |ui| {
            for row in [
                ["1", "2", "3"],
                ["4", "5", "6"],
                ["7", "8", "9"],
                ["+", "0", "Del"],
            ] {
                for key in row {
                    let button = egui::Button::new(RichText::new(key).size(18.0))
                        .min_size(egui::vec2(48.0, 36.0));
                    let label = if key == "Del" {
                        "Delete the last digit"
                    } else {
                        key
                    };
                    if ui.add(button).on_hover_text(label).clicked() {
                        if key == "Del" {
                            self.dial_text.pop();
                        } else {
                            self.dial_text.push_str(key);
                        }
                    }
                }
                ui.end_row();
            }
        });
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button("Dial clipboard").clicked() {
                self.request(UiRequest::DialClipboard { from_hotkey: false });
            }
            if let Ok(n) = &preview
                && ui.button("Add to favourites").clicked()
            {
                let mut s = self.settings.clone();
                if !s
                    .favourites
                    .iter()
                    .any(|f| normalize(&f.number).ok().as_ref() == Some(n))
                {
                    s.favourites.push(Favourite {
                        name: n.for_reading(),
                        number: n.ex_tn().to_string(),
                    });
                    self.request(UiRequest::SaveSettings(s));
                }
            }
        });
        if dial && let Ok(n) = preview {
            self.request(UiRequest::Dial {
                number: n.ex_tn().to_string(),
            });
            self.dial_text.clear();
        }
        if !self.settings.favourites.is_empty() {
            ui.separator();
            ui.strong("Favourites");
            let mut remove = None;
            let mut call = None;
            for (i, f) in self.settings.favourites.iter().enumerate() {
                ui.horizontal(|ui| {
                    ui.label(format!("{}  {}", f.name, readable(&f.number)));
                    if ui.small_button("Call").clicked() {
                        call = Some(f.number.clone());
                    }
                    if ui.small_button("Remove").clicked() {
                        remove = Some(i);
                    }
                });
            }
            if let Some(number) = call {
                self.request(UiRequest::Dial { number });
            }
            if let Some(i) = remove {
                let mut s = self.settings.clone();
                s.favourites.remove(i);
                self.request(UiRequest::SaveSettings(s));
            }
        }
    }

    fn history_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            if ui.button("Refresh").clicked() {
                self.request(UiRequest::LoadHistory);
            }
            if self.history.iter().any(|h| h.missed && !h.seen)
                && ui.button("Mark all missed as seen").clicked()
            {
                self.request(UiRequest::MarkSeen(None));
            }
        });
        if self.history.is_empty() {
            ui.label("No calls yet.");
            return;
        }
        let mut request = None;
        egui::ScrollArea::vertical().show(ui, |ui| {
            egui::Grid::new("history")
                .num_columns(5)
                .striped(true)
                .spacing([14.0, 6.0])
                .show(ui, |ui| {
                    for h in &self.history {
                        let when = {
                            use chrono::TimeZone;
                            chrono::Local
                                .timestamp_millis_opt(h.started_at)
                                .single()
                                .map(|t| t.format("%b %d %H:%M").to_string())
                                .unwrap_or_default()
                        };
                        ui.label(when);
                        let who = match &h.name {
                            Some(n) => format!("{n} {}", readable(&h.number)),
                            None => readable(&h.number),
                        };
                        ui.label(who);
                        ui.label(if h.direction == "in" {
                            "Incoming"
                        } else {
                            "Outgoing"
                        });
                        let outcome = match (h.ended_at, h.missed, h.seen) {
                            (None, ..) => RichText::new("In progress"),
                            (Some(_), true, false) => RichText::new("Missed (new)")
                                .color(Color32::from_rgb(0xd6, 0x30, 0x31))
                                .strong(),
                            (Some(_), true, true) => RichText::new("Missed"),
                            (Some(end), false, _) => match h.answered_at {
                                Some(start) => RichText::new(format!(
                                    "Talked {}",
                                    clock(((end - start).max(0) / 1000) as u64)
                                )),
                                None => RichText::new("No answer"),
                            },
                        };
                        ui.label(outcome);
                        ui.horizontal(|ui| {
                            if normalize(&h.number).is_ok()
                                && ui.small_button("Call back").clicked()
                            {
                                request = Some(UiRequest::Dial {
                                    number: h.number.clone(),
                                });
                            }
                            if h.missed && !h.seen && ui.small_button("Mark seen").clicked() {
                                request = Some(UiRequest::MarkSeen(Some(h.row)));
                            }
                        });
                        ui.end_row();
                    }
                });
        });
        if let Some(r) = request {
            self.request(r);
        }
    }

    fn contacts_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let field = labelled_field(
                ui,
                "Search contacts",
                egui::TextEdit::singleline(&mut self.contact_query),
            );
            if self.focus_field {
                self.focus_field = !field.has_focus();
                field.request_focus();
            }
            if field.changed() {
                let q = self.contact_query.clone();
                self.request(UiRequest::SearchContacts(q));
            }
        });
        ui.horizontal(|ui| {
            labelled_field(
                ui,
                "Import file",
                egui::TextEdit::singleline(&mut self.import_path)
                    .hint_text("/path/to/contacts.vcf or .csv"),
            );
            if ui
                .add_enabled(
                    !self.import_path.trim().is_empty(),
                    egui::Button::new("Import"),
                )
                .clicked()
            {
                let path = self.import_path.trim().into();
                self.request(UiRequest::ImportContacts(path));
            }
        });
        ui.small("You can also drop a .vcf or .csv file on the window.");
        ui.separator();
        if self.contacts.is_empty() {
            ui.label(if self.contact_query.is_empty() {
                "Search by name or number."
            } else {
                "No contact matches."
            });
            return;
        }
        let mut dial = None;
        egui::ScrollArea::vertical().show(ui, |ui| {
            for c in &self.contacts {
                ui.horizontal(|ui| {
                    ui.label(format!("{}  {}", c.name, readable(&c.number)));
                    if normalize(&c.number).is_ok() && ui.small_button("Call").clicked() {
                        dial = Some(c.number.clone());
                    }
                });
            }
        });
        if let Some(number) = dial {
            self.request(UiRequest::Dial { number });
        }
    }

    fn settings_ui(&mut self, ui: &mut egui::Ui, snap: &Snapshot) {
        ui.strong("Account");
        ui.label(format!(
            "Signed in as {} on {}",
            snap.user.as_deref().map(readable).unwrap_or_default(),
            self.settings.server
        ));
        ui.horizontal(|ui| {
            if ui.button("Sign out").clicked() {
                self.request(UiRequest::SignOut { forget_pin: false });
            }
            if ui.button("Sign out and forget PIN").clicked() {
                self.request(UiRequest::SignOut { forget_pin: true });
            }
        });
        ui.separator();
        ui.strong("Phone and calls");
        egui::Grid::new("settings")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                labelled_field(
                    ui,
                    "Phone endpoint (MAC)",
                    egui::TextEdit::singleline(&mut self.draft.endpoint)
                        .hint_text("leave blank unless your provisioning needs it"),
                );
                ui.end_row();
                labelled_field(
                    ui,
                    "Clipboard hotkey",
                    egui::TextEdit::singleline(&mut self.draft.hotkey),
                );
                ui.end_row();
            });
        ui.small(&self.hotkey_status);
        ui.checkbox(
            &mut self.draft.notifications,
            "Screen pops for ringing calls",
        );
        ui.checkbox(
            &mut self.draft.do_not_disturb,
            "Do not disturb (ringing calls are ignored and logged as missed)",
        );
        ui.checkbox(
            &mut self.draft.start_minimised,
            "Start minimised to the tray",
        );
        ui.checkbox(
            &mut self.draft.close_to_tray,
            "Closing the window keeps skydial in the tray",
        );
        let changed = self.draft != self.settings;
        ui.horizontal(|ui| {
            if ui
                .add_enabled(changed, egui::Button::new("Save settings"))
                .clicked()
            {
                let draft = self.draft.clone();
                let hotkey_ok =
                    draft.hotkey == self.settings.hotkey || self.change_hotkey(&draft.hotkey);
                if hotkey_ok {
                    self.request(UiRequest::SaveSettings(draft));
                }
            }
            if ui
                .add_enabled(changed, egui::Button::new("Revert"))
                .clicked()
            {
                self.draft = self.settings.clone();
            }
        });
    }

    /// Switches the global hotkey to `spec` at once. On failure the old one
    /// stays in use, the reason is shown, and false says not to save.
    fn change_hotkey(&mut self, spec: &str) -> bool {
        if let Err(e) = super::hotkey::parse_spec(spec) {
            self.hotkey_status = e;
            return false;
        }
        if !self.desktop {
            self.hotkey_status =
                format!("{spec} is saved (no desktop integration to register it).");
            return true;
        }
        // Release the old key first: the new one may be the same keys spelt differently.
        self.hotkey = None;
        match Hotkey::register(spec, self.desk.clone(), self.link.clone()) {
            Ok(h) => {
                self.hotkey = Some(h);
                self.hotkey_status = format!("{spec} dials the number on the clipboard.");
                true
            }
            Err(e) => {
                let old = self.settings.hotkey.clone();
                self.hotkey = Hotkey::register(&old, self.desk.clone(), self.link.clone()).ok();
                self.hotkey_status = if self.hotkey.is_some() {
                    format!("{e}. {old} still dials the clipboard; the hotkey was not changed.")
                } else {
                    format!("{e}. The hotkey was not changed.")
                };
                false
            }
        }
    }

    fn pick_ui(&mut self, ctx: &egui::Context) {
        let Some(list) = self.pick.clone() else {
            return;
        };
        let mut open = true;
        let mut chosen = None;
        egui::Window::new("Which number?")
            .open(&mut open)
            .collapsible(false)
            .show(ctx, |ui| {
                ui.label("The clipboard holds several numbers. Pick the one to dial:");
                for n in &list {
                    if ui.button(format!("Dial {}", n.for_reading())).clicked() {
                        chosen = Some(n.ex_tn().to_string());
                    }
                }
            });
        if let Some(number) = chosen {
            self.request(UiRequest::Dial { number });
            self.pick = None;
        } else if !open {
            self.pick = None;
        }
    }

    fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<std::path::PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        for path in dropped {
            self.tab = Tab::Contacts;
            self.request(UiRequest::ImportContacts(path));
        }
    }
}

impl App {
    /// Per-pass logic that runs also while the window is hidden: replies, tray, close.
    pub fn logic(&mut self, ctx: &egui::Context) {
        self.drain_replies();
        let snap = self.snapshot.borrow().clone();
        let view = self.tray_view(&snap);
        if let Some(tray) = &mut self.tray {
            tray.update(&view);
        }
        if ctx.input(|i| i.viewport().close_requested()) {
            let to_tray = self.settings.close_to_tray
                && self.tray.is_some()
                && self.tray_host.load(Ordering::SeqCst)
                && !self.quitting.load(Ordering::SeqCst);
            if to_tray {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                ctx.send_viewport_cmd(egui::ViewportCommand::Visible(false));
                if !self.told_close_to_tray {
                    self.told_close_to_tray = true;
                    self.link
                        .info("skydial keeps running in the tray; choose Quit there to exit.");
                }
            }
        }
    }

    /// The window's contents (only while it is shown).
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        // Screen readers name the window by its root node (only built while one listens).
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |root| root.set_label("skydial"));
        self.handle_dropped_files(&ctx);
        let snap = self.snapshot.borrow().clone();
        egui::Panel::top("top").show(ui, |ui| self.top_ui(ui, &snap));
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui, &snap));
        egui::CentralPanel::default().show(ui, |ui| {
            if !Self::signed_in(&snap) {
                self.sign_in_ui(ui, &snap);
                return;
            }
            match self.tab {
                Tab::Calls => self.calls_ui(ui, &snap),
                Tab::Dial => self.dial_ui(ui),
                Tab::History => self.history_ui(ui),
                Tab::Contacts => self.contacts_ui(ui),
                Tab::Settings => self.settings_ui(ui, &snap),
            }
        });
        self.pick_ui(&ctx);
        // Durations and retry countdowns tick once a second; otherwise the window sleeps.
        let ticking = !snap.calls.is_empty()
            || matches!(
                snap.status,
                ConnectionStatus::Reconnecting { .. } | ConnectionStatus::PhoneLoggedOut { .. }
            );
        if ticking {
            ctx.request_repaint_after(Duration::from_secs(1));
        }
    }
}
