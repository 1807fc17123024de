//! The dial screen: a number field that shows what will be dialled, a dial
//! pad, Dial clipboard, and the favourites.

use super::people::{Matches, is_a_name};
use super::widgets::{Command, Tone, labelled_field, numbers_ui, toned};
use crate::app::messages::{DeskRequest, PeopleFor};
use crate::history::people::Person;
use crate::protocol::DialNumber;
use crate::protocol::number::{MAX_NUMBER_TEXT, NumberError, normalize, readable};
use crate::settings::Favourite;
use egui::RichText;
use std::time::SystemTime;

/// The callee's place and local time under the preview, marked when it is
/// outside 8:00-21:00 there.
fn local_time_ui(ui: &mut egui::Ui, number: &DialNumber, wall: SystemTime) {
    let Some(place) = crate::geo::place(number) else {
        return;
    };
    let time = crate::geo::local_time(&place, wall);
    let text = format!("Local time there: {time} ({})", place.name);
    if crate::geo::is_unsociable(&time) {
        ui.label(
            RichText::new(format!("{text}: outside 8:00-21:00 there"))
                .color(ui.visuals().error_fg_color),
        );
    } else {
        ui.label(text);
    }
}

#[derive(Default)]
pub struct Dial {
    text: String,
    /// Put the keyboard in the number field at the next pass.
    pub focus: bool,
    /// The number was left (the keyboard went elsewhere) or dialled since it
    /// was last changed: a number that is only unfinished may be complained of.
    checked: bool,
    /// The people a name typed in the field finds.
    pub people: Matches,
}

/// Whether more digits could make `error` go: not said while the number is
/// being typed.
fn unfinished(error: &NumberError) -> bool {
    match error {
        NumberError::TooShort(_) | NumberError::SpeltTooShort(..) => true,
        NumberError::BadNorthAmericanLength(n) => *n < 10,
        _ => false,
    }
}

impl Dial {
    /// `wall`: the clock the callee's local time is read at.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        favourites: &[Favourite],
        wall: SystemTime,
    ) -> Option<Command> {
        let preview = normalize(&self.text);
        let mut command = None;
        let mut dial = false;
        self.people.keys(ui, &self.text);
        ui.horizontal(|ui| {
            let field = labelled_field(
                ui,
                "Number",
                egui::TextEdit::singleline(&mut self.text)
                    .hint_text("+1 (646) 555-1234, 1234, tel:…")
                    .char_limit(MAX_NUMBER_TEXT)
                    .desired_width(260.0),
            );
            if self.focus {
                self.focus = !field.has_focus();
                field.request_focus();
            }
            if field.changed() {
                self.checked = false;
            }
            if field.lost_focus() {
                self.checked = true;
                dial |= ui.input(|i| i.key_pressed(egui::Key::Enter));
            }
            if field.changed() && is_a_name(&self.text) {
                command = Some(Command::Request(DeskRequest::SearchPeople {
                    query: self.text.clone(),
                    to: PeopleFor::Dial,
                }));
            }
            let can = preview.is_ok() || self.people.chosen(&self.text).is_some();
            if ui.add_enabled(can, toned("Dial", Tone::Go)).clicked() {
                dial = true;
            }
        });
        match &preview {
            Ok(n) => {
                ui.label(format!("Will dial {} ({})", n.for_reading(), n.ex_tn()));
                local_time_ui(ui, n, wall);
            }
            Err(_) if !self.people.lines_for(&self.text).is_empty() => {
                if let Some(number) = self.people.ui(ui, &self.text) {
                    self.text.clear();
                    command = Some(Command::Request(DeskRequest::Dial { number }));
                }
            }
            Err(_) if self.text.trim().is_empty() => {
                ui.label("Type or paste a number.");
            }
            Err(e) if unfinished(e) && !self.checked => {
                ui.label("Keep typing: a 4-digit extension or a full 10-digit number.");
            }
            Err(e) => {
                let nobody = if self.people.nobody(&self.text) {
                    "; nor does it name anyone in your contacts or directories"
                } else {
                    ""
                };
                ui.label(
                    RichText::new(format!("Cannot dial: {e}{nobody}"))
                        .color(ui.visuals().error_fg_color),
                );
            }
        }
        ui.add_space(6.0);
        self.pad_ui(ui);
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button("Dial clipboard").clicked() {
                command = Some(Command::Request(DeskRequest::DialClipboard {
                    from_hotkey: false,
                }));
            }
            if let Ok(n) = &preview
                && ui.button("Add to favourites").clicked()
            {
                command = Some(Command::AddFavourite(n.clone()));
            }
        });
        let by_name = self.people.chosen(&self.text);
        if dial && let Some(number) = preview.ok().or(by_name) {
            self.text.clear();
            command = Some(Command::Request(DeskRequest::Dial { number }));
        }
        favourites_ui(ui, favourites).or(command)
    }

    /// The number field on the Calls screen when there are no calls: the
    /// same number as the Dial tab's (what is typed here is there too), its
    /// preview, and Call (or Enter).
    pub fn compact_ui(&mut self, ui: &mut egui::Ui) -> Option<Command> {
        let preview = normalize(&self.text);
        let mut dial = false;
        ui.horizontal(|ui| {
            let field = labelled_field(
                ui,
                "Number to call",
                egui::TextEdit::singleline(&mut self.text)
                    .hint_text("+1 (646) 555-1234, 1234, tel:…")
                    .char_limit(MAX_NUMBER_TEXT)
                    .desired_width(220.0),
            );
            if field.changed() {
                self.checked = false;
            }
            if field.lost_focus() {
                self.checked = true;
                dial |= ui.input(|i| i.key_pressed(egui::Key::Enter));
            }
            dial |= ui
                .add_enabled(preview.is_ok(), toned("Call", Tone::Go))
                .clicked();
        });
        match &preview {
            Ok(n) => {
                ui.label(format!("Will dial {} ({})", n.for_reading(), n.ex_tn()));
            }
            Err(_) if self.text.trim().is_empty() => {}
            Err(e) if unfinished(e) && !self.checked => {
                ui.label("Keep typing: a 4-digit extension or a full 10-digit number.");
            }
            Err(e) => {
                ui.label(
                    RichText::new(format!("Cannot dial: {e}")).color(ui.visuals().error_fg_color),
                );
            }
        }
        let number = preview.ok().filter(|_| dial)?;
        self.text.clear();
        Some(Command::Request(DeskRequest::Dial { number }))
    }

    /// People found for what the field held.
    pub fn people_found(&mut self, query: String, people: &[Person]) {
        self.people.found(&self.text, query, people);
    }

    fn pad_ui(&mut self, ui: &mut egui::Ui) {
        egui::Grid::new("pad").spacing([6.0, 6.0]).show(ui, |ui| {
            for row in [
                ["1", "2", "3"],
                ["4", "5", "6"],
                ["7", "8", "9"],
                ["+", "0", "Del"],
            ] {
                for key in row {
                    let button = egui::Button::new(RichText::new(key).size(18.0))
                        .min_size(egui::vec2(48.0, 36.0));
                    let label = if key == "Del" {
                        "Delete the last digit"
                    } else {
                        key
                    };
                    if ui.add(button).on_hover_text(label).clicked() {
                        self.checked = false;
                        if key == "Del" {
                            self.text.pop();
                        } else {
                            self.text.push_str(key);
                        }
                    }
                }
                ui.end_row();
            }
        });
    }
}

fn favourites_ui(ui: &mut egui::Ui, favourites: &[Favourite]) -> Option<Command> {
    if favourites.is_empty() {
        return None;
    }
    ui.separator();
    ui.strong("Favourites");
    let mut command = None;
    for f in favourites {
        ui.horizontal(|ui| {
            ui.label(format!("{}  {}", f.name, readable(&f.number)));
            if let Ok(number) = normalize(&f.number)
                && ui.add(toned("Call", Tone::Go)).clicked()
            {
                command = Some(Command::Request(DeskRequest::Dial { number }));
            }
            if ui.small_button("Remove").clicked() {
                command = Some(Command::RemoveFavourite(f.number.clone()));
            }
        });
    }
    command
}

/// "Which number?": the clipboard held several. Returns the one chosen, and
/// whether the window was closed.
pub fn pick_ui(ctx: &egui::Context, list: &[DialNumber]) -> (Option<DialNumber>, bool) {
    let mut open = true;
    let mut chosen = None;
    egui::Window::new("Which number?")
        .open(&mut open)
        .collapsible(false)
        .show(ctx, |ui| {
            chosen = numbers_ui(ui, "The clipboard", list);
        });
    (chosen, !open)
}
