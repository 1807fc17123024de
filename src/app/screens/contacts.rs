//! The contacts screen: search by name or number, import vCard or CSV files.

use super::widgets::{Command, labelled_field};
use crate::app::messages::DeskRequest;
use crate::contacts::Contact;
use crate::protocol::number::{normalize, readable};

#[derive(Default)]
pub struct Contacts {
    query: String,
    import_path: String,
    /// The last search's results.
    pub found: Vec<Contact>,
    /// Put the keyboard in the search field at the next pass.
    pub focus: bool,
}

impl Contacts {
    pub fn ui(&mut self, ui: &mut egui::Ui) -> Option<Command> {
        let mut command = None;
        ui.horizontal(|ui| {
            let field = labelled_field(
                ui,
                "Search contacts",
                egui::TextEdit::singleline(&mut self.query),
            );
            if self.focus {
                self.focus = !field.has_focus();
                field.request_focus();
            }
            if field.changed() {
                command = Some(Command::Request(DeskRequest::SearchContacts(
                    self.query.clone(),
                )));
            }
        });
        ui.horizontal(|ui| {
            labelled_field(
                ui,
                "Import file",
                egui::TextEdit::singleline(&mut self.import_path)
                    .hint_text("/path/to/contacts.vcf or .csv"),
            );
            if ui
                .add_enabled(
                    !self.import_path.trim().is_empty(),
                    egui::Button::new("Import"),
                )
                .clicked()
            {
                let path = self.import_path.trim().into();
                command = Some(Command::Request(DeskRequest::ImportContacts(path)));
            }
        });
        ui.small("You can also drop a .vcf or .csv file on the window.");
        ui.separator();
        if self.found.is_empty() {
            ui.label(if self.query.is_empty() {
                "Search by name or number."
            } else {
                "No contact matches."
            });
            return command;
        }
        egui::ScrollArea::vertical().show(ui, |ui| {
            for c in &self.found {
                ui.horizontal(|ui| {
                    ui.label(format!("{}  {}", c.name, readable(&c.number)));
                    if let Ok(number) = normalize(&c.number)
                        && ui.small_button("Call").clicked()
                    {
                        command = Some(Command::Request(DeskRequest::Dial { number }));
                    }
                });
            }
        });
        command
    }
}
