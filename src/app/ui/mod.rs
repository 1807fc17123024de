//! The window. It draws the latest engine snapshot and sends requests; it
//! never blocks: everything slow goes to the desk (`UiRequest`) and comes back
//! as a `DeskReply`, with a repaint request.
//!
//! Each screen owns its state and returns the [`Command`] it wants done
//! (egui's `Command` pattern in its demo app): drawing never changes the
//! world, and the app applies what the frame asked for once it is drawn.

mod calls;
pub mod confirm;
mod contacts;
mod dial;
mod history;
pub mod quick_dial;
mod settings;
mod sign_in;
mod status;

use super::desk::UiRequest;
use super::desktop::Desktop;
use super::link::{DeskReply, Notice, UiLink};
use super::tray::TrayView;
use crate::engine::{ConnectionStatus, EngineHandle, Snapshot};
use crate::history::HistoryEntry;
use crate::protocol::number::{normalize, readable};
use crate::protocol::{CallState, DialNumber};
use crate::settings::{Favourite, Settings};
use egui::{Color32, RichText};
use std::collections::VecDeque;
use std::time::Duration;
use tokio::sync::{mpsc, watch};

/// What a screen asks for; applied once the frame is drawn.
#[must_use]
pub enum Command {
    /// Background work (the engine, the keyring, files): to the desk.
    Request(UiRequest),
    /// Save these settings (the hotkey is switched first if it changed).
    SaveSettings(Settings),
    AddFavourite(DialNumber),
    RemoveFavourite(usize),
    DismissNotice(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Calls,
    Dial,
    History,
    Contacts,
    Settings,
}

/// What the wiring hands the app.
pub struct Parts {
    pub engine: EngineHandle,
    pub desk: mpsc::Sender<UiRequest>,
    pub replies: std::sync::mpsc::Receiver<DeskReply>,
    pub link: UiLink,
    pub desktop: Desktop,
    pub settings: Settings,
    pub notices: Vec<Notice>,
    /// A banner saying this is the demo.
    pub demo: Option<String>,
    /// The window is only a link's question (no app was running).
    pub link_only: bool,
}

/// A link-only window's progress once the question is answered.
enum LinkOnly {
    Asking,
    Working,
    Done {
        error: bool,
        text: String,
        at: std::time::Instant,
    },
}

pub struct App {
    engine: EngineHandle,
    snapshot: watch::Receiver<Snapshot>,
    desk: mpsc::Sender<UiRequest>,
    replies: std::sync::mpsc::Receiver<DeskReply>,
    link: UiLink,
    desktop: Desktop,
    settings: Settings,
    tab: Tab,
    sign_in: sign_in::SignIn,
    dial: dial::Dial,
    contacts: contacts::Contacts,
    settings_screen: settings::SettingsScreen,
    history: Vec<HistoryEntry>,
    notices: VecDeque<Notice>,
    pick: Option<Vec<DialNumber>>,
    told_close_to_tray: bool,
    demo: Option<String>,
    /// Links waiting for Dial or Cancel, oldest first.
    links: VecDeque<confirm::Pending>,
    /// `Some`: the window is only a link's question.
    link_only: Option<LinkOnly>,
    /// What this frame's screens asked for.
    commands: Vec<Command>,
    /// The quick-dial prompt, while open.
    quick_dial: Option<quick_dial::QuickDial>,
    /// Passes run (`logic`), and the last one that drew the window (`ui`):
    /// whether the window was shown before the hotkey raised it.
    passes: u64,
    drawn_pass: u64,
    /// The desktop's light/dark preference and text size (the portal's).
    desktop_look: Appearance,
    /// What was last applied to egui: (dark, text scale).
    applied_look: Option<(Option<bool>, f32)>,
}

/// The desktop's appearance as far as it is known.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Appearance {
    /// `Some(true)`: dark, `Some(false)`: light, `None`: no preference known.
    pub dark: Option<bool>,
    /// The desktop's text size factor (1.0 when unknown).
    pub text_scale: Option<f32>,
}

pub(crate) fn clock(seconds: u64) -> String {
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
pub(crate) fn labelled_field(
    ui: &mut egui::Ui,
    label: &str,
    edit: egui::TextEdit<'_>,
) -> egui::Response {
    let l = ui.label(label);
    ui.add(edit).labelled_by(l.id)
}

impl App {
    pub fn new(parts: Parts) -> Self {
        Self {
            snapshot: parts.engine.snapshot(),
            engine: parts.engine,
            desk: parts.desk,
            replies: parts.replies,
            link: parts.link,
            desktop: parts.desktop,
            tab: Tab::Calls,
            sign_in: sign_in::SignIn::new(&parts.settings),
            dial: dial::Dial::default(),
            contacts: contacts::Contacts::default(),
            settings_screen: settings::SettingsScreen::new(&parts.settings),
            settings: parts.settings,
            history: Vec::new(),
            notices: parts.notices.into_iter().collect(),
            pick: None,
            told_close_to_tray: false,
            demo: parts.demo,
            links: VecDeque::new(),
            link_only: parts.link_only.then_some(LinkOnly::Asking),
            commands: Vec::new(),
            quick_dial: None,
            passes: 0,
            drawn_pass: 0,
            desktop_look: Appearance::default(),
            applied_look: None,
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

    fn notice(&mut self, error: bool, text: impl Into<String>) {
        self.notices.push_back(Notice {
            text: text.into(),
            error,
        });
        while self.notices.len() > 4 {
            self.notices.pop_front();
        }
    }

    /// Applies what the frame's screens asked for.
    fn run_commands(&mut self) {
        for command in std::mem::take(&mut self.commands) {
            match command {
                Command::Request(request) => self.request(request),
                Command::SaveSettings(new) => {
                    let old = self.settings.hotkey.clone();
                    if new.hotkey == old || self.desktop.change_hotkey(&new.hotkey, &old) {
                        self.request(UiRequest::SaveSettings(new));
                    }
                }
                Command::AddFavourite(number) => {
                    let mut s = self.settings.clone();
                    let known = s
                        .favourites
                        .iter()
                        .any(|f| normalize(&f.number).ok().as_ref() == Some(&number));
                    if !known {
                        s.favourites.push(Favourite {
                            name: number.for_reading(),
                            number: number.ex_tn().to_string(),
                        });
                        self.request(UiRequest::SaveSettings(s));
                    }
                }
                Command::RemoveFavourite(i) => {
                    let mut s = self.settings.clone();
                    if i < s.favourites.len() {
                        s.favourites.remove(i);
                        self.request(UiRequest::SaveSettings(s));
                    }
                }
                Command::DismissNotice(i) => {
                    self.notices.remove(i);
                }
            }
        }
    }

    fn drain_replies(&mut self) {
        while let Ok(reply) = self.replies.try_recv() {
            match reply {
                DeskReply::Notice(n) => {
                    self.sign_in.pending = false;
                    self.notice(n.error, n.text);
                }
                DeskReply::History(h) => self.history = h,
                DeskReply::Contacts(c) => self.contacts.found = c,
                DeskReply::PickNumber(list) => self.pick = Some(list),
                DeskReply::Settings(s) => {
                    self.settings_screen.reset(&s);
                    self.settings = *s;
                    self.sign_in.pending = false;
                }
                DeskReply::ConfirmLink { token, link } => {
                    // A link asked twice (two clicks) is asked about once.
                    if self.links.iter().any(|p| p.link == link) {
                        self.request(UiRequest::LinkAnswer { token, dial: false });
                    } else {
                        self.links.push_back(confirm::Pending::new(token, link));
                    }
                }
                DeskReply::LinkDone { error, text, .. } => match &mut self.link_only {
                    Some(state) => {
                        *state = LinkOnly::Done {
                            error,
                            text,
                            at: std::time::Instant::now(),
                        }
                    }
                    None => self.notice(error, text),
                },
                DeskReply::HotkeyStatus(status) => self.desktop.hotkey_status = status,
                DeskReply::QuickDial { text, paste } => match &mut self.quick_dial {
                    Some(open) => open.replace(text, paste),
                    None => {
                        // The window drew the pass before this one: it was shown.
                        let was_shown = self.drawn_pass + 1 >= self.passes;
                        self.quick_dial = Some(quick_dial::QuickDial::new(text, paste, !was_shown));
                    }
                },
                DeskReply::Appearance(look) => self.desktop_look = look,
                DeskReply::PinNeeded { user, reason } => {
                    self.sign_in.user = user;
                    self.sign_in.pending = false;
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
        let mut recents: Vec<(String, DialNumber)> = Vec::new();
        for entry in &self.history {
            if recents.len() >= 5 {
                break;
            }
            let Ok(number) = normalize(&entry.number) else {
                continue;
            };
            if recents.iter().any(|(_, n)| n == &number) {
                continue;
            }
            let label = match &entry.name {
                Some(name) => format!("{name} ({})", number.for_reading()),
                None => number.for_reading(),
            };
            recents.push((label, number));
        }
        TrayView {
            favourites: self
                .settings
                .favourites
                .iter()
                .filter_map(|f| Some((f.name.clone(), normalize(&f.number).ok()?)))
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
            // The screen just shown starts with the keyboard in its main field.
            match self.tab {
                Tab::Dial => self.dial.focus = true,
                Tab::Contacts => self.contacts.focus = true,
                _ => {}
            }
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
            self.commands
                .push(Command::Request(UiRequest::ImportContacts(path)));
        }
    }

    /// Per-pass logic that runs also while the window is hidden: replies, tray, close.
    pub fn logic(&mut self, ctx: &egui::Context) {
        self.passes += 1;
        self.drain_replies();
        self.apply_look(ctx);
        let snap = self.snapshot.borrow().clone();
        let view = self.tray_view(&snap);
        self.desktop.update_tray(&view);
        if ctx.input(|i| i.viewport().close_requested())
            && self.link_only.is_none()
            && self.settings.close_to_tray
            && self.desktop.can_hide_to_tray()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            if super::activation::wayland() {
                // Wayland cannot hide a window in place: the CPU shell lets
                // it go; the GPU shell's stays, minimised.
                ctx.send_viewport_cmd(egui::ViewportCommand::Minimized(true));
            }
            ctx.send_viewport_cmd(egui::ViewportCommand::Visible(false));
            if !self.told_close_to_tray {
                self.told_close_to_tray = true;
                self.link
                    .info("skydial keeps running in the tray; choose Quit there to exit.");
            }
        }
    }

    /// A notice for the user in the status area.
    pub fn say(&mut self, text: &str) {
        self.notice(false, text);
    }

    /// Before the first pass: the desktop's look read at start (see
    /// `appearance`) is applied now, since a theme set during a pass only
    /// shows from the next one.
    pub fn first_look(&mut self, ctx: &egui::Context) {
        self.drain_replies();
        self.apply_look(ctx);
    }

    /// Light or dark and the text size: the setting if it forces one, else
    /// the desktop's (followed as it changes), else the OS theme winit
    /// reports (Windows, macOS), else light, as GNOME's and KDE's own apps
    /// draw when the desktop says nothing.
    fn apply_look(&mut self, ctx: &egui::Context) {
        let dark = self.settings.forced_dark().or(self.desktop_look.dark);
        let scale = self.desktop_look.text_scale.unwrap_or(1.0);
        if self.applied_look == Some((dark, scale)) {
            return;
        }
        self.applied_look = Some((dark, scale));
        ctx.options_mut(|o| o.fallback_theme = egui::Theme::Light);
        ctx.set_theme(match dark {
            Some(true) => egui::ThemePreference::Dark,
            Some(false) => egui::ThemePreference::Light,
            None => egui::ThemePreference::System,
        });
        ctx.set_zoom_factor(scale);
        // Set during a pass, the new look shows from the next one.
        ctx.request_repaint();
        tracing::info!(
            "appearance: {}, text size x{scale} ({})",
            match ctx.theme() {
                egui::Theme::Dark => "dark",
                egui::Theme::Light => "light",
            },
            match dark {
                Some(_) if self.settings.forced_dark().is_some() => "the setting",
                Some(_) => "the desktop's preference",
                None => "no preference known",
            }
        );
    }

    /// The quick-dial prompt, if open: dials, or closes (hiding the window
    /// again if the hotkey had shown it).
    fn quick_dial_ui(&mut self, ctx: &egui::Context) {
        let Some(prompt) = &mut self.quick_dial else {
            return;
        };
        let Some(outcome) = prompt.modal_ui(ctx) else {
            return;
        };
        let rehide = prompt.rehide;
        self.quick_dial = None;
        match outcome {
            quick_dial::Outcome::Dial(number) => {
                self.commands
                    .push(Command::Request(UiRequest::Dial { number }));
                self.tab = Tab::Calls;
            }
            quick_dial::Outcome::Close => {}
        }
        if rehide && self.desktop.can_hide_to_tray() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Visible(false));
        }
    }

    /// A window that is only a link's question: the question, then what
    /// came of it; it closes itself once a call is placed or the user cancels.
    fn link_only_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        egui::CentralPanel::default().show(ui, |ui| {
            let Some(state) = &self.link_only else { return };
            match state {
                LinkOnly::Asking => {
                    if let Some(pending) = self.links.front_mut() {
                        if let Some(dial) = confirm::question_ui(ui, pending) {
                            let token = pending.token;
                            self.links.pop_front();
                            self.request(UiRequest::LinkAnswer { token, dial });
                            if dial {
                                self.link_only = Some(LinkOnly::Working);
                            } else {
                                self.link.quit();
                            }
                        }
                    } else if let Some(notice) = self.notices.back() {
                        // The link could not be read: say why, and close on request.
                        let colour = if notice.error {
                            Color32::from_rgb(0xd6, 0x30, 0x31)
                        } else {
                            ui.visuals().text_color()
                        };
                        ui.label(RichText::new(notice.text.clone()).color(colour));
                        let close = ui.button("Close");
                        close.request_focus();
                        if close.clicked() {
                            self.link.quit();
                        }
                    } else {
                        ui.spinner();
                    }
                }
                LinkOnly::Working => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label("Dialling…");
                    });
                }
                LinkOnly::Done { error, text, at } => {
                    let colour = if *error {
                        Color32::from_rgb(0xd6, 0x30, 0x31)
                    } else {
                        ui.visuals().text_color()
                    };
                    ui.label(RichText::new(text.clone()).color(colour));
                    let close = ui.button("Close");
                    if *error {
                        close.request_focus();
                    }
                    let linger = Duration::from_secs(3);
                    if close.clicked() || (!*error && at.elapsed() >= linger) {
                        self.link.quit();
                    } else if !*error {
                        ctx.request_repaint_after(linger.saturating_sub(at.elapsed()));
                    }
                }
            }
        });
    }

    /// The window's contents (only while it is shown).
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        // Screen readers name the window by its root node (only built while one listens).
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |root| root.set_label("skydial"));
        if self.link_only.is_some() {
            self.drain_replies();
            self.link_only_ui(ui);
            return;
        }
        self.handle_dropped_files(&ctx);
        let snap = self.snapshot.borrow().clone();
        egui::Panel::top("top").show(ui, |ui| self.top_ui(ui, &snap));
        let notices: Vec<Notice> = self.notices.iter().cloned().collect();
        egui::Panel::bottom("status").show(ui, |ui| {
            self.commands.extend(status::status_ui(ui, &snap, &notices));
        });
        egui::CentralPanel::default().show(ui, |ui| {
            let command = if !Self::signed_in(&snap) {
                self.sign_in.ui(ui, &snap)
            } else {
                match self.tab {
                    Tab::Calls => calls::calls_ui(ui, &snap.calls),
                    Tab::Dial => self.dial.ui(ui, &self.settings.favourites),
                    Tab::History => history::history_ui(ui, &self.history),
                    Tab::Contacts => self.contacts.ui(ui),
                    Tab::Settings => {
                        egui::ScrollArea::vertical()
                            .show(ui, |ui| {
                                self.settings_screen.ui(
                                    ui,
                                    &snap,
                                    &self.settings,
                                    &self.desktop.hotkey_status,
                                )
                            })
                            .inner
                    }
                }
            };
            self.commands.extend(command);
        });
        if let Some(pending) = self.links.front_mut()
            && let Some(dial) = confirm::modal_ui(&ctx, pending)
        {
            let token = pending.token;
            self.links.pop_front();
            self.commands
                .push(Command::Request(UiRequest::LinkAnswer { token, dial }));
        }
        self.quick_dial_ui(&ctx);
        if let Some(list) = &self.pick {
            let (chosen, closed) = dial::pick_ui(&ctx, list);
            if closed || chosen.is_some() {
                self.pick = None;
            }
            if let Some(number) = chosen {
                self.commands
                    .push(Command::Request(UiRequest::Dial { number }));
            }
        }
        self.run_commands();
        self.drawn_pass = self.passes;
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
