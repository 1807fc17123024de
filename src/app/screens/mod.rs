//! The window. It draws the latest engine snapshot and sends requests; it
//! never blocks: everything slow goes to the desk (`DeskRequest`) and comes back
//! as a `DeskReply`, with a repaint request.
//!
//! Each screen owns its state and returns the [`Command`] it wants done
//! (egui's `Command` pattern in its demo app): drawing never changes the
//! world, and the app applies what the frame asked for once it is drawn.

mod avatar;
mod calls;
pub mod confirm;
mod contacts;
mod dial;
mod directories;
mod history;
#[cfg(test)]
mod language_tests;
mod link_only;
mod logic;
mod notices;
mod people;
pub mod quick_dial;
mod ringing;
mod rules;
mod settings;
mod shortcuts;
mod sign_in;
mod status;
pub mod theme;
mod widgets;
mod window;
mod work;

use crate::app::desktop::Desktop;
use crate::app::messages::{Appearance, DeskReply, DeskRequest, DeskSender, Notice, UiLink};
use crate::engine::{ConnectionStatus, EngineHandle, Snapshot};
use crate::history::HistoryEntry;
use crate::protocol::DialNumber;
use crate::settings::Settings;
use std::collections::VecDeque;
use tokio::sync::watch;
use widgets::Command;

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
    pub desk: DeskSender,
    pub replies: std::sync::mpsc::Receiver<DeskReply>,
    pub link: UiLink,
    pub desktop: Desktop,
    /// The settings as the desk (their owner) last published them.
    pub settings: watch::Receiver<Settings>,
    pub notices: Vec<Notice>,
    /// A banner saying this is the demo.
    pub demo: Option<String>,
    /// The window is only a link's question (no app was running).
    pub link_only: bool,
    /// The company directories' status (`None`: no directory service).
    pub directories: Option<watch::Receiver<Vec<crate::directory::DirectoryStatus>>>,
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
    desk: DeskSender,
    replies: std::sync::mpsc::Receiver<DeskReply>,
    link: UiLink,
    desktop: Desktop,
    /// The desk's settings (it owns them; screens send what the user changed).
    settings_rx: watch::Receiver<Settings>,
    /// The last of them seen, read each pass.
    settings: Settings,
    tab: Tab,
    sign_in: sign_in::SignIn,
    dial: dial::Dial,
    contacts: contacts::Contacts,
    settings_screen: settings::SettingsScreen,
    history_screen: history::HistoryScreen,
    history: Vec<HistoryEntry>,
    /// Calls as work: the missed calls to do, the export, the note editor.
    work: work::WorkScreen,
    notices: notices::Notices,
    /// The status was Connected at the last pass (errors go when it becomes so).
    was_connected: bool,
    /// The window's clock at this pass (egui's, in seconds).
    now: f64,
    pick: Option<Vec<DialNumber>>,
    told_close_to_tray: bool,
    /// The tray icon was clicked (applied in the next `logic`).
    toggle_window: bool,
    demo: Option<String>,
    /// Links waiting for Dial or Cancel, oldest first.
    links: VecDeque<confirm::Pending>,
    /// `Some`: the window is only a link's question.
    link_only: Option<LinkOnly>,
    /// What this frame's screens asked for.
    commands: Vec<Command>,
    /// The quick-dial prompt, while open.
    quick_dial: Option<quick_dial::QuickDial>,
    /// The desktop's light/dark preference and text size (the portal's).
    desktop_look: Appearance,
    /// What was last applied to egui: (dark, text scale).
    applied_look: Option<(Option<bool>, f32)>,
    /// Settings' Directories section, and the service's status it lists.
    directories: directories::Directories,
    directories_rx: Option<watch::Receiver<Vec<crate::directory::DirectoryStatus>>>,
}

impl App {
    pub fn new(parts: Parts) -> Self {
        let settings = parts.settings.borrow().clone();
        Self {
            snapshot: parts.engine.snapshot(),
            engine: parts.engine,
            desk: parts.desk,
            replies: parts.replies,
            link: parts.link,
            desktop: parts.desktop,
            tab: Tab::Calls,
            sign_in: sign_in::SignIn::new(&settings),
            dial: dial::Dial::default(),
            contacts: contacts::Contacts::default(),
            settings_screen: settings::SettingsScreen::new(&settings),
            history_screen: history::HistoryScreen::default(),
            settings,
            settings_rx: parts.settings,
            history: Vec::new(),
            work: work::WorkScreen::default(),
            notices: notices::Notices::new(parts.notices, 0.0),
            now: 0.0,
            was_connected: false,
            pick: None,
            told_close_to_tray: false,
            toggle_window: false,
            demo: parts.demo,
            links: VecDeque::new(),
            link_only: parts.link_only.then_some(LinkOnly::Asking),
            commands: Vec::new(),
            quick_dial: None,
            desktop_look: Appearance::default(),
            applied_look: None,
            directories: directories::Directories::default(),
            directories_rx: parts.directories,
        }
    }

    /// The engine behind the window (tests read its snapshot).
    pub fn engine(&self) -> &EngineHandle {
        &self.engine
    }

    /// The sender the window's requests go through (tests send what the
    /// tray would).
    pub fn sender(&self) -> &DeskSender {
        &self.desk
    }

    pub(super) fn request(&mut self, request: DeskRequest) {
        self.desk.send(request);
    }

    pub(super) fn notice(&mut self, error: bool, text: impl Into<String>) {
        self.notices.push(
            Notice {
                text: text.into(),
                error,
            },
            self.now,
        );
    }

    pub(super) fn signed_in(snap: &Snapshot) -> bool {
        !matches!(
            snap.status,
            ConnectionStatus::SignedOut | ConnectionStatus::Stopped { .. }
        )
    }
}
