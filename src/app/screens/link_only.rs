//! A window that is only a link's question (no app was running): the
//! question, then what came of it.

use super::{App, LinkOnly, confirm};
use crate::app::messages::DeskRequest;
use crate::t;
use egui::RichText;
use std::time::Duration;

impl App {
    /// A window that is only a link's question: the question, then what
    /// came of it; it closes itself once a call is placed or the user cancels.
    pub(super) fn link_only_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        egui::CentralPanel::default().show(ui, |ui| {
            let Some(state) = &self.link_only else { return };
            match state {
                LinkOnly::Asking => {
                    if let Some(pending) = self.links.front_mut() {
                        if let Some(dial) = confirm::question_ui(ui, pending) {
                            let token = pending.token;
                            self.links.pop_front();
                            self.request(DeskRequest::LinkAnswer { token, dial });
                            if dial {
                                self.link_only = Some(LinkOnly::Working);
                            } else {
                                self.link.quit();
                            }
                        }
                    } else if let Some(notice) = self.notices.last() {
                        // The link could not be read: say why, and close on request.
                        let colour = if notice.error {
                            ui.visuals().error_fg_color
                        } else {
                            ui.visuals().text_color()
                        };
                        ui.label(RichText::new(notice.text.clone()).color(colour));
                        let close = ui.button(t!("link-only-close"));
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
                        ui.label(t!("link-only-dialling"));
                    });
                }
                LinkOnly::Done { error, text, at } => {
                    let colour = if *error {
                        ui.visuals().error_fg_color
                    } else {
                        ui.visuals().text_color()
                    };
                    ui.label(RichText::new(text.clone()).color(colour));
                    let close = ui.button(t!("link-only-close"));
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
}
