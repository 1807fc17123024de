//! How background code reaches the window: replies, notices, and viewport
//! commands, each followed by a repaint request so the UI thread wakes up.

use super::{DeskReply, Notice};
use std::sync::mpsc;

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
