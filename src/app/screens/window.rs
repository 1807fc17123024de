//! The window's contents, drawn only while it is shown: the tabs, the
//! screens, the status area, and the questions over them (a link, the
//! quick-dial prompt, which number).

use super::widgets::Command;
use super::{App, Tab, calls, confirm, dial, quick_dial, ringing, shortcuts, status};
use crate::app::messages::{DeskRequest, Notice};
use crate::engine::{ConnectionStatus, Snapshot};
use crate::t;
use egui::RichText;
use std::time::Duration;

/// The widest a screen's content grows (about 90 characters of body text).
const MAX_CONTENT_WIDTH: f32 = 720.0;

/// A count on a tab's corner, painted over it so the tabs never move;
/// screen readers read it as `said` ("2 calls"). Nothing when `count` is 0.
fn badge_ui(ui: &mut egui::Ui, tab: &egui::Response, count: u64, said: &str) {
    if count == 0 {
        return;
    }
    let text = if count > 99 {
        "99+".to_string()
    } else {
        count.to_string()
    };
    let font = egui::FontId::proportional(super::theme::CAPTION);
    let galley = ui
        .painter()
        .layout_no_wrap(text, font, super::theme::ON_ACTION);
    let size = egui::vec2(
        (galley.size().x + 8.0).max(galley.size().y),
        galley.size().y,
    );
    let rect = egui::Rect::from_center_size(tab.rect.right_top() + egui::vec2(-2.0, 2.0), size);
    let painter = ui.painter().with_clip_rect(ui.clip_rect().expand(8.0));
    painter.rect_filled(rect, size.y / 2.0, super::theme::STOP);
    painter.galley(
        rect.center() - galley.size() / 2.0,
        galley,
        super::theme::ON_ACTION,
    );
    let response = ui.interact(rect, tab.id.with("badge"), egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Label, true, said));
}

impl App {
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
        if Self::signed_in(&snap) {
            self.commands
                .extend(shortcuts::shortcuts_ui(&ctx, &snap.calls));
        }
        egui::Panel::top("top").show(ui, |ui| self.top_ui(ui, &snap));
        // A call ringing in, above every screen (on the Calls tab it is the list's first card).
        if Self::signed_in(&snap)
            && self.tab != Tab::Calls
            && ringing::ringing(&snap.calls).next().is_some()
        {
            egui::Panel::top("ringing").show(ui, |ui| {
                self.commands.extend(ringing::banner_ui(ui, &snap.calls));
            });
        }
        let notices: Vec<Notice> = self.notices.list();
        egui::Panel::bottom("status").show(ui, |ui| {
            self.commands.extend(status::status_ui(ui, &snap, &notices));
        });
        egui::CentralPanel::default().show(ui, |ui| {
            Self::content_ui(ui, |ui| self.screen_ui(ui, &snap));
        });
        if let Some(pending) = self.links.front_mut()
            && let Some(dial) = confirm::modal_ui(&ctx, pending)
        {
            let token = pending.token;
            self.links.pop_front();
            self.commands
                .push(Command::Request(DeskRequest::LinkAnswer { token, dial }));
        }
        self.quick_dial_ui(&ctx);
        self.commands.extend(self.work.note_ui(&ctx));
        if let Some(list) = &self.pick {
            let (chosen, closed) = dial::pick_ui(&ctx, list);
            if closed || chosen.is_some() {
                self.pick = None;
            }
            if let Some(number) = chosen {
                self.commands
                    .push(Command::Request(DeskRequest::Dial { number }));
            }
        }
        self.run_commands();
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

    /// The screen the tab (or the sign-in) shows. Each scrolls when the
    /// window is too small for it (Calls and History scroll their lists).
    fn screen_ui(&mut self, ui: &mut egui::Ui, snap: &Snapshot) {
        let scrolled =
            |ui: &mut egui::Ui, add: &mut dyn FnMut(&mut egui::Ui) -> Option<Command>| {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, true])
                    .show(ui, |ui| add(ui))
                    .inner
            };
        let command = if !Self::signed_in(snap) {
            scrolled(ui, &mut |ui| self.sign_in.ui(ui, snap))
        } else {
            match self.tab {
                Tab::Calls if snap.calls.is_empty() => scrolled(ui, &mut |ui| {
                    calls::no_calls_ui(ui);
                    self.dial.compact_ui(ui)
                }),
                Tab::Calls => calls::calls_ui(ui, &snap.calls, std::time::SystemTime::now()),
                Tab::Dial => scrolled(ui, &mut |ui| {
                    self.dial
                        .ui(ui, &self.settings.favourites, std::time::SystemTime::now())
                }),
                Tab::History => {
                    let missed = self.work.missed_ui(ui);
                    let export = self.work.export_ui(ui);
                    let history = self.history_screen.ui(ui, &self.history);
                    missed.or(export).or(history)
                }
                Tab::Contacts => scrolled(ui, &mut |ui| self.contacts.ui(ui)),
                Tab::Settings => {
                    let hotkey = self.desktop.hotkey_status();
                    let status = self.directories_rx.as_ref().map(|rx| rx.borrow().clone());
                    scrolled(ui, &mut |ui| {
                        let command = self.settings_screen.ui(ui, snap, &hotkey);
                        let listed =
                            self.directories
                                .ui(ui, &self.settings.directories, status.as_deref());
                        listed.or(command)
                    })
                }
            }
        };
        // Dialled from the Dial tab: the Calls tab shows the new call.
        if self.tab == Tab::Dial
            && matches!(command, Some(Command::Request(DeskRequest::Dial { .. })))
        {
            self.tab = Tab::Calls;
        }
        self.commands.extend(command);
    }

    pub(super) fn top_ui(&mut self, ui: &mut egui::Ui, snap: &Snapshot) {
        let before = self.tab;
        // Wrapped: at the smallest window every tab keeps its whole name.
        ui.horizontal_wrapped(|ui| {
            ui.heading("skydial");
            if Self::signed_in(snap) {
                ui.separator();
                let calls = ui
                    .selectable_value(&mut self.tab, Tab::Calls, t!("tab-calls"))
                    .on_hover_text(t!("tab-calls-hint"));
                let n = snap.calls.len() as u64;
                badge_ui(ui, &calls, n, &t!("tab-calls-count", count = n));
                ui.selectable_value(&mut self.tab, Tab::Dial, t!("tab-dial"));
                let history = ui.selectable_value(&mut self.tab, Tab::History, t!("tab-history"));
                // Missed calls still to do (not unseen rows): they go once called back or done.
                let missed = snap.open_missed;
                badge_ui(ui, &history, missed, &crate::i18n::missed_calls(missed));
                ui.selectable_value(&mut self.tab, Tab::Contacts, t!("tab-contacts"));
                ui.selectable_value(&mut self.tab, Tab::Settings, t!("tab-settings"));
            }
            // Ticked while on by hand or until a time (the tray's, Settings'); a
            // click turns either off, or turns it on by hand (the desk decides).
            let until = self.dnd_until();
            let mut dnd = self.settings.do_not_disturb || until.is_some();
            let hint = match &until {
                Some(when) => t!("dnd-hint-until", until = when.as_str()),
                None => t!("dnd-hint"),
            };
            if ui
                .checkbox(&mut dnd, t!("dnd"))
                .on_hover_text(hint)
                .changed()
            {
                self.commands.push(Command::Request(DeskRequest::ToggleDnd));
            }
        });
        if let Some(demo) = &self.demo {
            ui.label(RichText::new(demo).small());
        }
        if self.tab != before {
            // The screen just shown starts with the keyboard in its main field.
            match self.tab {
                Tab::Dial => self.dial.focus = true,
                Tab::Contacts => self.contacts.opened(),
                _ => {}
            }
        }
    }

    /// The central panel's screen, at most [`MAX_CONTENT_WIDTH`] wide and
    /// centred, so a wide window does not put a caller's name and Answer
    /// a screen apart.
    pub(super) fn content_ui<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
        let full = ui.available_rect_before_wrap();
        let width = full.width().min(MAX_CONTENT_WIDTH);
        let rect = egui::Rect::from_min_size(
            egui::pos2(full.center().x - width / 2.0, full.top()),
            egui::vec2(width, full.height()),
        );
        ui.scope_builder(egui::UiBuilder::new().max_rect(rect), add)
            .inner
    }

    pub(super) fn handle_dropped_files(&mut self, ctx: &egui::Context) {
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
                .push(Command::Request(DeskRequest::ImportContacts(path)));
        }
    }

    /// The quick-dial prompt, if open: dials, or closes (hiding the window
    /// again if the hotkey had shown it).
    pub(super) fn quick_dial_ui(&mut self, ctx: &egui::Context) {
        let Some(prompt) = &mut self.quick_dial else {
            return;
        };
        let outcome = prompt.modal_ui(ctx);
        if let Some(query) = prompt.take_search() {
            self.commands
                .push(Command::Request(DeskRequest::SearchPeople {
                    query,
                    to: crate::app::messages::PeopleFor::QuickDial,
                }));
        }
        let Some(outcome) = outcome else {
            return;
        };
        let rehide = prompt.rehide;
        self.quick_dial = None;
        match outcome {
            quick_dial::Outcome::Dial(number) => {
                self.commands
                    .push(Command::Request(DeskRequest::Dial { number }));
                self.tab = Tab::Calls;
            }
            quick_dial::Outcome::Close => {}
        }
        if rehide && self.desktop.can_hide_to_tray() {
            self.link.hide_window();
        }
    }
}
