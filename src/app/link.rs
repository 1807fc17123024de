//! How background code reaches the window: replies, notices, and viewport
//! commands, each followed by a repaint request so the UI thread wakes up.

use crate::contacts::Contact;
use crate::history::HistoryEntry;
use crate::protocol::DialNumber;
use crate::protocol::link::Link;
use crate::settings::Settings;
use std::sync::mpsc;

/// A message for the user, shown in the status area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
}

/// What background work sends back to the window.
#[derive(Debug, Clone)]
pub enum DeskReply {
    Notice(Notice),
    History(Vec<HistoryEntry>),
    Contacts(Vec<Contact>),
    /// The clipboard held several numbers: let the user pick one.
    PickNumber(Vec<DialNumber>),
    Settings(Box<Settings>),
    /// A link asks to dial: the user says Dial or Cancel (answered with
    /// `UiRequest::LinkAnswer` and this token).
    ConfirmLink {
        token: u64,
        link: Link,
    },
    /// What came of a link (dialled, cancelled, failed).
    LinkDone {
        token: u64,
        error: bool,
        text: String,
    },
    /// The hotkey asks for the quick-dial prompt: with the text read in the
    /// background, or none (the desktop does not share it with a window
    /// that has no focus); `paste`: the prompt pastes the clipboard once it
    /// has the focus.
    QuickDial {
        text: Option<String>,
        paste: bool,
    },
    /// The desktop's light/dark preference or text size (changed).
    Appearance(super::ui::Appearance),
    /// What the hotkey does now (the desktop portal answered, or the user
    /// rebound it in the desktop's settings).
    HotkeyStatus(String),
    /// Signing in needs the PIN typed (none kept, or no keyring).
    PinNeeded {
        user: String,
        reason: Option<String>,
    },
}

/// A cloneable way for any thread to reach the UI.
#[derive(Clone)]
pub struct UiLink {
    ctx: egui::Context,
    replies: mpsc::Sender<DeskReply>,
}

impl UiLink {
    pub fn new(ctx: egui::Context) -> (Self, mpsc::Receiver<DeskReply>) {
        let (replies, rx) = mpsc::channel();
        (Self { ctx, replies }, rx)
    }

    pub fn send(&self, reply: DeskReply) {
        // The window may be gone while the app shuts down: nothing to tell then.
        let _ = self.replies.send(reply);
        self.ctx.request_repaint();
    }

    pub fn info(&self, text: impl Into<String>) {
        self.send(DeskReply::Notice(Notice {
            text: text.into(),
            error: false,
        }));
    }

    pub fn error(&self, text: impl Into<String>) {
        self.send(DeskReply::Notice(Notice {
            text: text.into(),
            error: true,
        }));
    }

    pub fn repaint(&self) {
        self.ctx.request_repaint();
    }

    /// Shows the window without taking keyboard focus from what the user is doing.
    pub fn show_window(&self) {
        super::activation::showing();
        self.ctx
            .send_viewport_cmd(egui::ViewportCommand::Visible(true));
        self.ctx
            .send_viewport_cmd(egui::ViewportCommand::Minimized(false));
        self.ctx
            .send_viewport_cmd(egui::ViewportCommand::RequestUserAttention(
                egui::UserAttentionType::Informational,
            ));
        self.ctx.request_repaint();
    }

    /// Shows the window and gives it focus (the user asked for it).
    pub fn raise_window(&self) {
        self.show_window();
        self.ctx.send_viewport_cmd(egui::ViewportCommand::Focus);
    }

    pub fn quit(&self) {
        self.ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        self.ctx.request_repaint();
    }
}
