//! The history screen: recent calls, missed ones marked until seen.

use super::widgets::Command;
use crate::app::messages::DeskRequest;
use crate::contacts::caller_label_with_number;
use crate::history::HistoryEntry;
use crate::protocol::number::normalize;
use crate::protocol::text::clock;
use egui::{Color32, RichText};

pub fn history_ui(ui: &mut egui::Ui, history: &[HistoryEntry]) -> Option<Command> {
    let mut command = None;
    ui.horizontal(|ui| {
        if ui.button("Refresh").clicked() {
            command = Some(Command::Request(DeskRequest::LoadHistory));
        }
        if history.iter().any(|h| h.missed && !h.seen)
            && ui.button("Mark all missed as seen").clicked()
        {
            command = Some(Command::Request(DeskRequest::MarkSeen(None)));
        }
    });
    if history.is_empty() {
        ui.label("No calls yet.");
        return command;
    }
    egui::ScrollArea::vertical().show(ui, |ui| {
        egui::Grid::new("history")
            .num_columns(5)
            .striped(true)
            .spacing([14.0, 6.0])
            .show(ui, |ui| {
                for h in history {
                    if let Some(c) = row_ui(ui, h) {
                        command = Some(c);
                    }
                    ui.end_row();
                }
            });
    });
    command
}

fn row_ui(ui: &mut egui::Ui, h: &HistoryEntry) -> Option<Command> {
    let when = {
        use chrono::TimeZone;
        chrono::Local
            .timestamp_millis_opt(h.started_at)
            .single()
            .map(|t| t.format("%b %d %H:%M").to_string())
            .unwrap_or_default()
    };
    ui.label(when);
    ui.label(caller_label_with_number(h.name.as_deref(), &h.number));
    ui.label(if h.direction == "in" {
        "Incoming"
    } else {
        "Outgoing"
    });
    let outcome = match (h.ended_at, h.missed, h.seen) {
        (None, ..) => RichText::new("In progress"),
        (Some(_), true, false) => RichText::new("Missed (new)")
            .color(Color32::from_rgb(0xd6, 0x30, 0x31))
            .strong(),
        (Some(_), true, true) => RichText::new("Missed"),
        (Some(end), false, _) => match h.answered_at {
            Some(start) => RichText::new(format!(
                "Talked {}",
                clock(((end - start).max(0) / 1000) as u64)
            )),
            None => RichText::new("No answer"),
        },
    };
    ui.label(outcome);
    let mut command = None;
    ui.horizontal(|ui| {
        if let Ok(number) = normalize(&h.number)
            && ui.small_button("Call back").clicked()
        {
            command = Some(Command::Request(DeskRequest::Dial { number }));
        }
        if h.missed && !h.seen && ui.small_button("Mark seen").clicked() {
            command = Some(Command::Request(DeskRequest::MarkSeen(Some(h.row))));
        }
        if let Some(c) = super::work::row_extras_ui(ui, h) {
            command = Some(c);
        }
    });
    command
}
