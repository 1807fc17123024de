//! The calls screen: the live calls, each with the actions its state allows.

use super::{Command, clock};
use crate::app::desk::UiRequest;
use crate::engine::{EngineCommand, LiveCall};
use crate::protocol::CallState;
use crate::protocol::number::readable;

/// The action a call's button asks for, named for messages.
fn action(what: &str, command: EngineCommand) -> Command {
    Command::Request(UiRequest::Call {
        what: what.to_string(),
        command,
    })
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
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
    egui::Grid::new("calls")
        .num_columns(5)
        .striped(true)
        .spacing([16.0, 10.0])
        .show(ui, |ui| {
            for call in calls {
                let c = &call.call;
                ui.vertical(|ui| {
                    match &call.name {
                        Some(name) => {
                            ui.strong(name);
                            ui.label(readable(&c.ani));
                        }
                        None => {
                            ui.strong(readable(&c.ani));
                        }
                    }
                    if let Some(clid) = &c.clid {
                        ui.small(format!("to {}", readable(clid)));
                    }
                });
                ui.label(if c.originated { "Outgoing" } else { "Incoming" });
                ui.label(match c.state {
                    CallState::Ringing => "Ringing",
                    CallState::Pending => "Calling…",
                    CallState::Connected => "Connected",
                    CallState::Holding => "On hold",
                    CallState::Deleted => "Ended",
                });
                ui.monospace(clock(call.duration_at(now)));
                ui.horizontal(|ui| {
                    let id = Some(c.id.clone());
                    let mut button = |label: &str, what: &str, command: EngineCommand| {
                        if ui.button(label).clicked() {
                            chosen = Some(action(what, command));
                        }
                    };
                    match c.state {
                        CallState::Ringing => {
                            button(
                                "Answer",
                                "answer the call",
                                EngineCommand::Answer { call: id.clone() },
                            );
                            button(
                                "Ignore",
                                "ignore the call",
                                EngineCommand::Ignore { call: id },
                            );
                        }
                        CallState::Connected => {
                            button(
                                "Hold",
                                "hold the call",
                                EngineCommand::Hold { call: id.clone() },
                            );
                            button("Hang up", "hang up", EngineCommand::Release { call: id });
                        }
                        CallState::Holding => {
                            button(
                                "Resume",
                                "resume the call",
                                EngineCommand::Resume { call: id.clone() },
                            );
                            button("Hang up", "hang up", EngineCommand::Release { call: id });
                        }
                        CallState::Pending => {
                            button("Hang up", "hang up", EngineCommand::Release { call: id });
                        }
                        CallState::Deleted => {}
                    }
                });
                ui.end_row();
            }
        });
    chosen
}
