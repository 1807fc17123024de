//! The sign-in screen: server, DID, PIN, remember, CA file.

use super::widgets::{Command, labelled_field};
use crate::app::messages::DeskRequest;
use crate::engine::{ConnectionStatus, Snapshot};
use crate::protocol::Pin;
use crate::settings::Settings;
use crate::t;
use egui::RichText;

/// The form's state: what is typed, and whether a sign-in is under way.
#[derive(Default)]
pub struct SignIn {
    pub server: String,
    pub user: String,
    pin: String,
    remember: bool,
    ca_file: String,
    /// Sent; waiting for the engine to say how it went.
    pub pending: bool,
    /// Put the keyboard in the DID (or PIN) field at the next pass.
    pub focus: bool,
    /// Sign in was asked for: say what is missing.
    tried: bool,
    /// The keyboard left the DID field: say what is wrong with it.
    did_left: bool,
}

/// What is wrong with the DID as typed, if anything.
fn did_problem(did: &str) -> Option<String> {
    let did = did.trim();
    (did.is_empty() || !did.chars().all(|c| c.is_ascii_digit())).then(|| t!("sign-in-did-problem"))
}

/// An error under the field it is about (the grid's second column).
fn field_error_ui(ui: &mut egui::Ui, problem: Option<String>) {
    if let Some(problem) = problem {
        ui.label("");
        ui.label(RichText::new(problem).color(ui.visuals().error_fg_color));
        ui.end_row();
    }
}

impl SignIn {
    pub fn new(settings: &Settings) -> Self {
        Self {
            server: settings.server.clone(),
            user: settings.user.clone(),
            remember: settings.remember_pin,
            ca_file: settings
                .ca_file
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            focus: true,
            ..Self::default()
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, snap: &Snapshot) -> Option<Command> {
        ui.heading(t!("sign-in-title"));
        ui.label(t!("sign-in-intro"));
        if let ConnectionStatus::Stopped { reason } = &snap.status {
            ui.label(RichText::new(reason).color(ui.visuals().error_fg_color));
        }
        let mut submit = false;
        let mut pin_id = None;
        egui::Grid::new("sign_in")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                labelled_field(
                    ui,
                    &t!("sign-in-server"),
                    egui::TextEdit::singleline(&mut self.server).desired_width(320.0),
                );
                ui.end_row();
                let did = labelled_field(
                    ui,
                    &t!("sign-in-did"),
                    egui::TextEdit::singleline(&mut self.user).hint_text(t!("sign-in-did-hint")),
                );
                ui.end_row();
                self.did_left |= did.lost_focus();
                let show = self.tried || self.did_left;
                field_error_ui(ui, did_problem(&self.user).filter(|_| show));
                let pin = labelled_field(
                    ui,
                    &t!("sign-in-pin"),
                    egui::TextEdit::singleline(&mut self.pin).password(true),
                );
                pin_id = Some(pin.id);
                if self.focus {
                    // Asked again until egui has it (a new widget cannot take focus at once).
                    let target = if self.user.trim().is_empty() {
                        &did
                    } else {
                        &pin
                    };
                    self.focus = !target.has_focus();
                    target.request_focus();
                }
                if pin.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    submit = true;
                }
                ui.end_row();
                let pin_missing = self.tried && self.pin.trim().is_empty();
                field_error_ui(ui, pin_missing.then(|| t!("sign-in-pin-problem")));
                labelled_field(
                    ui,
                    &t!("sign-in-ca-file"),
                    egui::TextEdit::singleline(&mut self.ca_file),
                );
                ui.end_row();
                super::widgets::hint_under(ui, &t!("sign-in-ca-file-hint"));
            });
        ui.checkbox(&mut self.remember, t!("sign-in-remember"));
        ui.horizontal(|ui| {
            let label = if self.pending {
                t!("sign-in-signing-in")
            } else {
                t!("sign-in-submit")
            };
            if ui
                .add_enabled(!self.pending, egui::Button::new(label))
                .clicked()
            {
                submit = true;
            }
        });
        if !submit || self.pending {
            return None;
        }
        self.tried = did_problem(&self.user).is_some() || self.pin.trim().is_empty();
        if self.tried {
            // Said by the fields (drawn again at once).
            ui.ctx().request_repaint();
            return None;
        }
        self.pending = true;
        let pin = Pin::new(std::mem::take(&mut self.pin).trim());
        // The field's undo history holds copies of what was typed: drop it.
        if let Some(id) = pin_id {
            ui.data_mut(|d| d.remove::<egui::text_edit::TextEditState>(id));
        }
        let ca = self.ca_file.trim();
        Some(Command::Request(DeskRequest::SignIn {
            server: self.server.trim().to_string(),
            user: self.user.trim().to_string(),
            pin,
            remember: self.remember,
            ca_file: (!ca.is_empty()).then(|| ca.into()),
        }))
    }
}
