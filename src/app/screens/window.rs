//! The window's contents, drawn only while it is shown: the tabs, the
//! screens, the status area, and the questions over them (a link, the
//! quick-dial prompt, which number).

use super::widgets::Command;
use super::{App, Tab, calls, confirm, dial, history, quick_dial, status};
use crate::app::messages::{DeskRequest, Notice};
use crate::engine::{ConnectionStatus, Snapshot};
use egui::{Color32, RichText};
use std::time::Duration;

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
                    Tab::History => {
                        let missed = self.work.missed_ui(ui);
                        let export = self.work.export_ui(ui);
                        let history = history::history_ui(ui, &self.history);
                        missed.or(export).or(history)
                    }
                    Tab::Contacts => self.contacts.ui(ui),
                    Tab::Settings => {
                        egui::ScrollArea::vertical()
                            .show(ui, |ui| {
                                self.settings_screen
                                    .ui(ui, &snap, &self.desktop.hotkey_status())
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

    pub(super) fn top_ui(&mut self, ui: &mut egui::Ui, snap: &Snapshot) {
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
                // Missed calls still to do (not unseen rows): they go once called back or done.
                let history = if snap.open_missed > 0 {
                    format!("History ({} missed)", snap.open_missed)
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
        let Some(outcome) = prompt.modal_ui(ctx) else {
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
