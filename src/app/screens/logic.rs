//! What runs every pass, also while the window is hidden: the desk's
//! replies, the settings the desk published, the tray, close-to-tray, the
//! look; and the commands the screens returned.

use super::widgets::Command;
use super::{App, LinkOnly, confirm, quick_dial};
use crate::app::desktop::tray::TrayView;
use crate::app::messages::{DeskReply, DeskRequest, PeopleFor};
use crate::contacts::caller_label_with_number;
use crate::engine::{ConnectionStatus, LiveCall, Snapshot};
use crate::history::people::Person;
use crate::protocol::number::normalize;
use crate::protocol::{CallState, DialNumber};

impl App {
    /// Per-pass logic that runs also while the window is hidden: replies, tray, close.
    pub fn logic(&mut self, ctx: &egui::Context) {
        self.now = ctx.input(|i| i.time);
        self.drain_replies();
        self.follow_settings();
        self.apply_look(ctx);
        if std::mem::take(&mut self.toggle_window) {
            self.toggle_window(ctx);
        }
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
                self.link.info(crate::t!("notice-close-to-tray"));
            }
        }
    }

    /// A click on the tray icon: hides the window when it is shown and has the
    /// focus (the user looked at it and is done), else shows and focuses it.
    fn toggle_window(&mut self, ctx: &egui::Context) {
        let focused = ctx.input(|i| i.viewport().focused == Some(true));
        if self.link.is_shown() && focused && self.desktop.can_hide_to_tray() {
            tracing::info!("tray icon clicked: hiding the window");
            self.link.hide_window();
        } else {
            tracing::info!("tray icon clicked: showing the window");
            self.link.raise_window();
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
                Command::SaveAsContact(number) => {
                    self.contacts.save_as_contact(&number);
                    self.tab = super::Tab::Contacts;
                }
                Command::EditNote(mut edit) => {
                    // A live call's note written before (the history has it once read).
                    if edit.text.is_empty()
                        && let Some(h) = self.history.iter().find(|h| h.call_id == edit.call_id)
                    {
                        edit.text = h.note.clone().unwrap_or_default();
                    }
                    self.work.note = Some(edit);
                }
                Command::ChooseContactsFile => self.desktop.choose_contacts_file(),
                Command::ChooseExportFile(format) => {
                    let extension = super::work::extension(format);
                    self.desktop.choose_file(
                        crate::app::desktop::file_chooser::Ask::history_export(extension),
                        move |file| DeskRequest::Export { file, format },
                    );
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
                DeskReply::Dialling(text) => self.notices.push_dialling(text, self.now),
                DeskReply::History(h) => self.history = h,
                // Contacts were imported: the screen searches again.
                DeskReply::Contacts(_) => self.contact_changed(),
                DeskReply::People { to, query, people } => self.people_found(to, query, &people),
                DeskReply::ContactChanged => self.contact_changed(),
                DeskReply::Missed(m) => self.work.missed = m,
                DeskReply::PickNumber(list) => self.pick = Some(list),
                DeskReply::ConfirmLink {
                    token,
                    link,
                    asker,
                    caller,
                } => {
                    // A link asked twice (two clicks) is asked about once.
                    if self.links.iter().any(|p| p.link == link) {
                        self.request(DeskRequest::LinkAnswer { token, dial: false });
                    } else {
                        let pending = confirm::Pending::new(token, link, asker);
                        self.links.push_back(pending.naming(caller));
                    }
                }
                DeskReply::LinkDone {
                    error,
                    placed,
                    text,
                    ..
                } => match &mut self.link_only {
                    Some(state) => {
                        *state = LinkOnly::Done {
                            error,
                            text,
                            at: std::time::Instant::now(),
                        }
                    }
                    None if placed => self.notices.push_dialling(text, self.now),
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
                DeskReply::ToggleWindow => self.toggle_window = true,
                DeskReply::ShowCalls => self.tab = super::Tab::Calls,
                DeskReply::ShowMissed => self.tab = super::Tab::History,
                DeskReply::SaveAsContact { number, name } => {
                    self.contacts.save_caller(&number, name.as_deref());
                    self.tab = super::Tab::Contacts;
                }
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

    /// People found for a field: each field takes only its own, and only
    /// while it still holds what was searched.
    fn people_found(&mut self, to: PeopleFor, query: String, people: &[Person]) {
        match to {
            PeopleFor::Dial => self.dial.people_found(query, people),
            PeopleFor::QuickDial => {
                if let Some(prompt) = &mut self.quick_dial {
                    prompt.people_found(query, people);
                }
            }
            PeopleFor::Contacts => self.contacts.people_found(query, people),
        }
    }

    /// A contact was saved or deleted: the contacts screen shows it.
    fn contact_changed(&mut self) {
        self.contacts.saved();
        let query = self.contacts.query().to_string();
        self.request(DeskRequest::SearchPeople {
            query,
            to: PeopleFor::Contacts,
        });
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
        let dnd_until = self.dnd_until();
        TrayView {
            favourites: self
                .settings
                .favourites
                .iter()
                .filter_map(|f| Some((f.name.clone(), normalize(&f.number).ok()?)))
                .collect(),
            recents,
            dnd: self.settings.do_not_disturb || dnd_until.is_some(),
            dnd_until,
            ringing: snap
                .calls
                .iter()
                .find(|c| c.call.state == CallState::Ringing)
                .map(LiveCall::label),
            open_missed: snap.open_missed,
            online: snap.status == ConnectionStatus::Connected,
        }
    }

    /// Until when do not disturb is on by a time (`rules.dnd_until`, set
    /// from the tray or Settings), while that time is ahead.
    pub(super) fn dnd_until(&self) -> Option<String> {
        if self.settings.rules.dnd_until.is_empty() {
            return None;
        }
        crate::work::rules::Rules::from_settings(&self.settings)
            .0
            .until_ahead(&chrono::Local::now())
    }

    /// A notice for the user in the status area.
    pub fn say(&mut self, text: &str) {
        self.notice(false, text);
    }

    /// Before the first pass: the desktop's look read at start (see
    /// `desktop::appearance`) is applied now, since a theme set during a
    /// pass only shows from the next one.
    pub fn first_look(&mut self, ctx: &egui::Context) {
        self.drain_replies();
        self.apply_look(ctx);
    }

    /// Light or dark and the text size: the setting if it forces one, else
    /// the desktop's (followed as it changes), else the OS theme winit
    /// reports (Windows, macOS), else light, as GNOME's and KDE's own apps
    /// draw when the desktop says nothing.
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
}
