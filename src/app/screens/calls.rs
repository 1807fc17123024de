//! The calls screen: each call reads at a glance (the caller large, the
//! number and the number they dialled small, the state as a coloured chip,
//! the duration) and its actions are always in view. Text from the server or
//! a contact is cut to fit, whole on hover and for screen readers.

use super::widgets::Command;
use crate::app::messages::{CallAction, DeskRequest};
use crate::engine::LiveCall;
use crate::protocol::CallState;
use crate::protocol::number::readable;
use crate::protocol::text::clock;
use egui::{Align, Color32, Layout, RichText};

/// The state in words and its chip's colour.
fn state_chip(state: CallState) -> (&'static str, Color32) {
    match state {
        CallState::Ringing => ("Ringing", Color32::from_rgb(0xe6, 0x7e, 0x22)),
        CallState::Pending => ("Calling…", Color32::from_rgb(0x29, 0x80, 0xb9)),
        CallState::Connected => ("Connected", Color32::from_rgb(0x1f, 0x8a, 0x70)),
        CallState::Holding => ("On hold", Color32::from_rgb(0x8e, 0x44, 0xad)),
        CallState::Deleted => ("Ended", Color32::GRAY),
    }
}

pub fn calls_ui(ui: &mut egui::Ui, calls: &[LiveCall]) -> Option<Command> {
    if calls.is_empty() {
        ui.label("No calls right now.");
        ui.label(
            "Dial from the Dial tab, the tray, or press the hotkey with a number on the clipboard.",
        );
        return None;
    }
    let now = tokio::time::Instant::now();
    let mut chosen = None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        for call in calls {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                if let Some(c) = call_ui(ui, call, now) {
                    chosen = Some(c);
                }
            });
            ui.add_space(4.0);
        }
    });
    chosen
}

/// The state as a coloured pill, read by screen readers as its words.
fn chip_ui(ui: &mut egui::Ui, state: CallState) {
    let (text, color) = state_chip(state);
    let font = egui::FontId::proportional(13.0);
    let galley = ui
        .painter()
        .layout_no_wrap(text.to_string(), font, Color32::WHITE);
    let size = galley.size() + egui::vec2(16.0, 6.0);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    ui.painter().rect_filled(rect, size.y / 2.0, color);
    ui.painter()
        .galley(rect.center() - galley.size() / 2.0, galley, Color32::WHITE);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Label, true, text));
}

/// One call: the actions and the state first, from the right, so they are
/// always in view; the caller takes what width is left, cut to fit.
fn call_ui(ui: &mut egui::Ui, call: &LiveCall, now: tokio::time::Instant) -> Option<Command> {
    let c = &call.call;
    let mut chosen = None;
    // Two lines of text: the caller (18 pt) over the details.
    let row = egui::vec2(ui.available_width(), 44.0);
    ui.allocate_ui_with_layout(row, Layout::right_to_left(Align::Center), |ui| {
        // Right to left: the first button added is the rightmost.
        for &action in CallAction::offered(c.state).iter().rev() {
            if ui.button(action.label()).clicked() {
                chosen = Some(Command::Request(DeskRequest::Call {
                    action,
                    call: Some(c.id.clone()),
                }));
            }
        }
        if matches!(c.state, CallState::Connected | CallState::Holding)
            && let Some(note) = super::work::live_note_ui(ui, call)
        {
            chosen = Some(note);
        }
        ui.monospace(clock(call.duration_at(now)));
        chip_ui(ui, c.state);
        ui.with_layout(Layout::top_down(Align::Min), |ui| {
            let title = call.label();
            ui.add(egui::Label::new(RichText::new(title).size(18.0).strong()).truncate());
            let mut details = Vec::new();
            if call.name.is_some() {
                details.push(readable(&c.ani));
            }
            if let Some(clid) = &c.clid {
                details.push(format!("to {}", readable(clid)));
            }
            details.push(if c.originated { "outgoing" } else { "incoming" }.to_string());
            ui.add(egui::Label::new(RichText::new(details.join(" · ")).small()).truncate());
        });
    });
    chosen
}
