//! The ringing banner: a call ringing in is shown above every screen but
//! the Calls list (where it is the first card), with the caller and its
//! Answer and Decline, so it is never missed because another tab is open.

use super::calls;
use super::widgets::Command;
use crate::engine::LiveCall;
use crate::protocol::CallState;
use crate::protocol::number::readable;
use egui::{Align, Layout, RichText};

/// The most ringing calls the banner lists; the others are on the Calls tab.
const MAX_SHOWN: usize = 3;

/// The calls ringing now, in the order they started ringing.
pub fn ringing(calls: &[LiveCall]) -> impl Iterator<Item = &LiveCall> {
    calls.iter().filter(|c| c.call.state == CallState::Ringing)
}

/// The banner (draw it only when [`ringing`] has a call).
pub fn banner_ui(ui: &mut egui::Ui, calls: &[LiveCall]) -> Option<Command> {
    let mut chosen = None;
    let all: Vec<&LiveCall> = ringing(calls).collect();
    for (place, call) in all.iter().take(MAX_SHOWN).enumerate() {
        let c = &call.call;
        ui.allocate_ui_with_layout(
            egui::vec2(ui.available_width(), 32.0),
            Layout::right_to_left(Align::Center),
            |ui| {
                if let Some(c) = calls::actions_ui(ui, egui::Id::unique(("ringing", place)), call) {
                    chosen = Some(c);
                }
                ui.with_layout(Layout::left_to_right(Align::Center), |ui| {
                    let who = crate::t!("ringing-is-calling", caller = call.label());
                    ui.add(egui::Label::new(RichText::new(who).strong()).truncate());
                    if call.name.is_some() {
                        ui.add(egui::Label::new(readable(&c.ani)).truncate());
                    }
                });
            },
        );
    }
    if all.len() > MAX_SHOWN {
        ui.label(crate::t!("ringing-more", count = all.len() - MAX_SHOWN));
    }
    chosen
}
