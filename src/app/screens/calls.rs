//! The calls screen: each call reads at a glance (the caller large, the
//! number and the number they dialled small, the state as a coloured chip,
//! the duration) and its actions are always in view. Text from the server or
//! a contact is cut to fit, whole on hover and for screen readers.

use super::widgets::Command;
use crate::app::messages::{CallAction, DeskRequest};
use crate::engine::LiveCall;
use crate::history::people::Source;
use crate::protocol::CallState;
use crate::protocol::number::readable;
use crate::protocol::text::clock;
use egui::{Align, Color32, Layout, RichText};
use std::time::SystemTime;

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

/// `wall` is the clock the callers' local times are read at.
pub fn calls_ui(ui: &mut egui::Ui, calls: &[LiveCall], wall: SystemTime) -> Option<Command> {
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
                if let Some(c) = call_ui(ui, call, now, wall) {
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
fn call_ui(
    ui: &mut egui::Ui,
    call: &LiveCall,
    now: tokio::time::Instant,
    wall: SystemTime,
) -> Option<Command> {
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
        if let Some(save) = save_as_contact_ui(ui, call.name.as_deref(), &c.ani) {
            chosen = Some(save);
        }
        ui.monospace(clock(call.duration_at(now)));
        chip_ui(ui, c.state);
        ui.with_layout(Layout::top_down(Align::Min), |ui| {
            let title = call.label();
            let title =
                ui.add(egui::Label::new(RichText::new(title).size(18.0).strong()).truncate());
            name_source_hover(title, call);
            let mut details = Vec::new();
            if call.name.is_some() {
                details.push(readable(&c.ani));
            }
            if let Some(clid) = &c.clid {
                details.push(format!("to {}", readable(clid)));
            }
            details.push(if c.originated { "outgoing" } else { "incoming" }.to_string());
            details.extend(place_words(&c.ani, wall));
            ui.add(egui::Label::new(RichText::new(details.join(" · ")).small()).truncate());
        });
    });
    chosen
}

/// Where the caller's name came from (the contacts, or which directory), one
/// hover away on the name.
fn name_source_hover(title: egui::Response, call: &LiveCall) {
    if let (Some(name), Some(source)) = (&call.name, &call.source) {
        title.on_hover_text(format!("{name}: {}", from_where(source)));
    }
}

/// Where the number is and the time there (`New York, NY, 16:40 EST`),
/// marked when it is outside 8:00-21:00 there.
pub(super) fn place_words(number: &str, wall: SystemTime) -> Option<String> {
    let (place, night) = crate::geo::where_and_when(number, wall)?;
    Some(if night {
        format!("{place} (night there)")
    } else {
        place
    })
}

/// *Save as contact* for a number nobody is named for (a call's, a history
/// row's): opens the contact form with it, asking for the name.
pub(super) fn save_as_contact_ui(
    ui: &mut egui::Ui,
    name: Option<&str>,
    number: &str,
) -> Option<Command> {
    if name.is_some() || crate::contacts::match_key(number).is_none() {
        return None;
    }
    ui.small_button("Save as contact")
        .on_hover_text(format!("Save {} as a contact", readable(number)))
        .clicked()
        .then(|| Command::SaveAsContact(number.to_string()))
}

/// Where a name came from, in words: `from your contacts`, `from the
/// directory Corp`.
pub(super) fn from_where(source: &Source) -> String {
    match source {
        Source::Contacts => "from your contacts".to_string(),
        Source::Directory(name) => format!("from the directory {name}"),
    }
}
