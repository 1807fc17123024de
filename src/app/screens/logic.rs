//! What runs every pass, also while the window is hidden: the desk's
//! replies, the settings the desk published, the tray, close-to-tray, the
//! look; and the commands the screens returned.

use super::widgets::Command;
use super::{App, LinkOnly, confirm, quick_dial};
use crate::app::desktop::tray::TrayView;
use crate::app::messages::{DeskReply, DeskRequest};
use crate::contacts::caller_label_with_number;
use crate::engine::{ConnectionStatus, LiveCall, Snapshot};
use crate::protocol::number::normalize;
use crate::protocol::{CallState, DialNumber};

impl App {
    /// Per-pass logic that runs also while the window is hidden: replies, tray, close.
    pub fn logic(&mut self, ctx: &egui::Context) {
        self.now = ctx.input(|i| i.time);
        self.drain_replies();
        self.follow_settings();
        self.apply_look(ctx);
        let snap = self.snapshot.borrow().clone();
        let connected = snap.status == ConnectionStatus::Connected;
        let now = self.now;
        self.notices.tidy(
            now,
            snap.calls.iter().any(|c| c.call.originated),
            connected && !self.was_connected,
        );
        self.was_connected = connected;
        if let Some(next) = self.notices.next_expiry(now) {
            ctx.request_repaint_after(next);
        }
        let view = self.tray_view(&snap);
        self.desktop.update_tray(&view);
        if ctx.input(|i| i.viewport().close_requested())
            && self.link_only.is_none()
            && self.settings.close_to_tray
            && self.desktop.can_hide_to_tray()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.link.hide_window();
            if !self.told_close_to_tray {
                self.told_close_to_tray = true;
                self.link
                    .info("skydial keeps running in the tray; choose Quit there to exit.");
            }
        }
    }

    /// Applies what the frame's screens asked for.
    pub(super) fn run_commands(&mut self) {
        for command in std::mem::take(&mut self.commands) {
            match command {
                Command::Request(request) => self.request(request),
                Command::SaveSettings(edit) => {
                    let old = self.settings.hotkey.clone();
                    let switched = match edit.hotkey() {
                        Some(new) => self.desktop.change_hotkey(new, &old),
                        None => true,
                    };
                    if !switched {
                        self.settings_screen.hotkey_refused();
                    } else if self.desk.send(DeskRequest::EditSettings(edit)) {
                        self.settings_screen.sent();
                    }
                }
                Command::AddFavourite(number) => self.request(DeskRequest::AddFavourite(number)),
                Command::RemoveFavourite(number) => {
                    self.request(DeskRequest::RemoveFavourite(number));
                }
                Command::DismissNotice(i) => {
                    self.notices.remove(i);
                }
            }
        }
    }

    pub(super) fn drain_replies(&mut self) {
        while let Ok(reply) = self.replies.try_recv() {
            match reply {
                DeskReply::Notice(n) => {
                    self.sign_in.pending = false;
                    self.notice(n.error, n.text);
                }
                DeskReply::History(h) => self.history = h,
                DeskReply::Contacts(c) => self.contacts.found = c,
                DeskReply::PickNumber(list) => self.pick = Some(list),
                DeskReply::ConfirmLink { token, link } => {
                    // A link asked twice (two clicks) is asked about once.
                    if self.links.iter().any(|p| p.link == link) {
                        self.request(DeskRequest::LinkAnswer { token, dial: false });
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
                DeskReply::QuickDial {
                    text,
                    paste,
                    rehide,
                } => match &mut self.quick_dial {
                    Some(open) => open.replace(text, paste),
                    None => self.quick_dial = Some(quick_dial::QuickDial::new(text, paste, rehide)),
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

    /// Takes the settings the desk published, if they changed.
    pub(super) fn follow_settings(&mut self) {
        if !self.settings_rx.has_changed().unwrap_or(false) {
            return;
        }
        let new = self.settings_rx.borrow_and_update().clone();
        self.settings_screen.follow(&new);
        self.settings = new;
        // A sign-in the desk finished saves the account.
        self.sign_in.pending = false;
    }

    pub(super) fn tray_view(&self, snap: &Snapshot) -> TrayView {
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
            let label = caller_label_with_number(entry.name.as_deref(), &entry.number);
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
                .map(LiveCall::label),
            unseen_missed: snap.unseen_missed,
            online: snap.status == ConnectionStatus::Connected,
        }
    }

    /// Light or dark and the text size: the setting if it forces one, else
    /// the desktop's (followed as it changes), else egui's own (the OS
    /// theme winit reports).
    pub(super) fn apply_look(&mut self, ctx: &egui::Context) {
        let dark = self.settings.forced_dark().or(self.desktop_look.dark);
        let scale = self.desktop_look.text_scale.unwrap_or(1.0);
        if self.applied_look == Some((dark, scale)) {
            return;
        }
        if self.applied_look.is_none() {
            ctx.all_styles_mut(super::theme::style);
        }
        self.applied_look = Some((dark, scale));
        ctx.set_theme(match dark {
            Some(true) => egui::ThemePreference::Dark,
            Some(false) => egui::ThemePreference::Light,
            None => egui::ThemePreference::System,
        });
        ctx.set_zoom_factor(scale);
        tracing::info!(
            "appearance: {}, text size x{scale}",
            match dark {
                Some(true) => "dark",
                Some(false) => "light",
                None => "the system's",
            }
        );
    }
}
