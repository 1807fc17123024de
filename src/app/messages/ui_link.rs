//! How background code reaches the window: replies, notices, and viewport
//! commands, each followed by a repaint request so the UI thread wakes up.
//! It is also the window's visibility's one owner: every part shows, hides
//! or raises the window through it, so it knows whether the window is shown.

use super::{DeskReply, Notice};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

/// A cloneable way for any thread to reach the UI.
#[derive(Clone)]
pub struct UiLink {
    ctx: egui::Context,
    replies: mpsc::Sender<DeskReply>,
    /// The window is shown (not hidden in the tray).
    shown: Arc<AtomicBool>,
}

impl UiLink {
    /// The way to the window of `ctx`, which starts `shown` or hidden.
    pub fn new(ctx: egui::Context, shown: bool) -> (Self, mpsc::Receiver<DeskReply>) {
        let (replies, rx) = mpsc::channel();
        let shown = Arc::new(AtomicBool::new(shown));
        (
            Self {
                ctx,
                replies,
                shown,
            },
            rx,
        )
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

    /// The notice for a call placed, dropped once the call is listed.
    pub fn dialling(&self, text: impl Into<String>) {
        self.send(DeskReply::Dialling(text.into()));
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

    /// Whether the window is shown (not hidden in the tray).
    pub fn is_shown(&self) -> bool {
        self.shown.load(Ordering::SeqCst)
    }

    /// Shows the window without taking keyboard focus from what the user is
    /// doing; says whether it was shown already.
    pub fn show_window(&self) -> bool {
        super::activation::showing();
        let was_shown = self.shown.swap(true, Ordering::SeqCst);
        self.ctx
            .send_viewport_cmd(egui::ViewportCommand::Visible(true));
        self.ctx
            .send_viewport_cmd(egui::ViewportCommand::Minimized(false));
        self.ctx
            .send_viewport_cmd(egui::ViewportCommand::RequestUserAttention(
                egui::UserAttentionType::Informational,
            ));
        self.ctx.request_repaint();
        was_shown
    }

    /// Shows the window and gives it focus (the user asked for it); says
    /// whether it was shown already.
    pub fn raise_window(&self) -> bool {
        let was_shown = self.show_window();
        self.ctx.send_viewport_cmd(egui::ViewportCommand::Focus);
        was_shown
    }

    /// Hides the window (in the tray).
    pub fn hide_window(&self) {
        self.shown.store(false, Ordering::SeqCst);
        crate::memory::stir();
        if super::activation::wayland() {
            // Wayland cannot hide a window in place: the CPU shell lets it
            // go; the GPU shell's stays, minimised.
            self.ctx
                .send_viewport_cmd(egui::ViewportCommand::Minimized(true));
        }
        self.ctx
            .send_viewport_cmd(egui::ViewportCommand::Visible(false));
        self.ctx.request_repaint();
    }

    /// Shows the window, or hides it when it is shown and focused (a click
    /// on the tray icon); the window decides, as only it knows its focus.
    pub fn toggle_window(&self) {
        self.send(DeskReply::ToggleWindow);
    }

    /// Shows and focuses the window on its list of calls (a click on a screen pop).
    pub fn show_calls(&self) {
        let _ = self.replies.send(DeskReply::ShowCalls);
        self.raise_window();
    }

    /// Shows and focuses the window on the missed calls (a click on the
    /// notification of one).
    pub fn show_missed(&self) {
        let _ = self.replies.send(DeskReply::ShowMissed);
    }

    /// Shows and focuses the window on a new contact's form with `number`
    /// (and `name`, when the call carried one): *Save as contact* on a pop.
    pub fn save_as_contact(&self, number: String, name: Option<String>) {
        let _ = self.replies.send(DeskReply::SaveAsContact { number, name });
        self.raise_window();
    }

    pub fn quit(&self) {
        self.ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        self.ctx.request_repaint();
    }
}
