//! The dial screen: a number field that shows what will be dialled, a dial
//! pad, Dial clipboard, and the favourites.

use super::people::{Matches, is_a_name};
use super::widgets::{Command, Tone, labelled_field, numbers_ui, toned};
use crate::app::messages::{DeskRequest, PeopleFor};
use crate::history::people::Person;
use crate::protocol::DialNumber;
use crate::protocol::number::{MAX_NUMBER_TEXT, NumberError, normalize, readable};
use crate::settings::Favourite;
use crate::t;
use egui::RichText;
use std::time::SystemTime;

/// The callee's place and local time under the preview, marked when it is
/// outside 8:00-21:00 there.
fn local_time_ui(ui: &mut egui::Ui, number: &DialNumber, wall: SystemTime) {
    let Some(place) = crate::geo::place(number) else {
        return;
    };
    let time = crate::geo::local_time(&place, wall);
    if crate::geo::is_unsociable(&time) {
        let text = t!(
            "dial-local-time-night",
            time = time.to_string(),
            place = place.name.to_string()
        );
        ui.label(RichText::new(text).color(ui.visuals().error_fg_color));
    } else {
        ui.label(t!(
            "dial-local-time",
            time = time.to_string(),
            place = place.name.to_string()
        ));
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
                &t!("dial-number"),
                egui::TextEdit::singleline(&mut self.text)
                    .hint_text(t!("dial-number-hint"))
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
            if ui
                .add_enabled(can, toned(&t!("dial-dial"), Tone::Go))
                .clicked()
            {
                dial = true;
            }
        });
        match &preview {
            Ok(n) => {
                ui.label(t!(
                    "dial-will-dial",
                    number = n.for_reading(),
                    digits = n.ex_tn()
                ));
                local_time_ui(ui, n, wall);
            }
            Err(_) if !self.people.lines_for(&self.text).is_empty() => {
                if let Some(number) = self.people.ui(ui, &self.text) {
                    self.text.clear();
                    command = Some(Command::Request(DeskRequest::Dial { number }));
                }
            }
            Err(_) if self.text.trim().is_empty() => {
                ui.label(t!("dial-type-or-paste"));
            }
            Err(e) if unfinished(e) && !self.checked => {
                ui.label(t!("dial-keep-typing"));
            }
            Err(e) => {
                let text = if self.people.nobody(&self.text) {
                    t!("dial-cannot-dial-nobody", reason = e.to_string())
                } else {
                    t!("dial-cannot-dial", reason = e.to_string())
                };
                ui.label(RichText::new(text).color(ui.visuals().error_fg_color));
            }
        }
        ui.add_space(6.0);
        self.pad_ui(ui);
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(t!("dial-clipboard")).clicked() {
                command = Some(Command::Request(DeskRequest::DialClipboard {
                    from_hotkey: false,
                }));
            }
            if let Ok(n) = &preview
                && ui.button(t!("dial-add-favourite")).clicked()
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
            let hint = t!("calls-number-hint");
            let width = super::widgets::width_for_hint(ui, &hint, 220.0);
            let field = labelled_field(
                ui,
                &t!("calls-number"),
                egui::TextEdit::singleline(&mut self.text)
                    .hint_text(&hint)
                    .char_limit(MAX_NUMBER_TEXT)
                    .desired_width(width),
            );
            if field.changed() {
                self.checked = false;
            }
            if field.lost_focus() {
                self.checked = true;
                dial |= ui.input(|i| i.key_pressed(egui::Key::Enter));
            }
            dial |= ui
                .add_enabled(preview.is_ok(), toned(&t!("calls-call"), Tone::Go))
                .clicked();
        });
        match &preview {
            Ok(n) => {
                ui.label(t!(
                    "calls-will-dial",
                    number = n.for_reading(),
                    digits = n.ex_tn()
                ));
            }
            Err(_) if self.text.trim().is_empty() => {}
            Err(e) if unfinished(e) && !self.checked => {
                ui.label(t!("calls-keep-typing"));
            }
            Err(e) => {
                let text = t!("calls-cannot-dial", reason = e.to_string());
                ui.label(RichText::new(text).color(ui.visuals().error_fg_color));
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
        // `None`: the key that deletes the last digit.
        egui::Grid::new("pad").spacing([6.0, 6.0]).show(ui, |ui| {
            for row in [
                [Some("1"), Some("2"), Some("3")],
                [Some("4"), Some("5"), Some("6")],
                [Some("7"), Some("8"), Some("9")],
                [Some("+"), Some("0"), None],
            ] {
                for key in row {
                    let (shown, hint) = match key {
                        Some(digit) => (digit.to_string(), digit.to_string()),
                        None => (t!("dial-pad-delete"), t!("dial-pad-delete-hint")),
                    };
                    let button = egui::Button::new(RichText::new(shown).size(18.0))
                        .min_size(egui::vec2(48.0, 36.0));
                    if ui.add(button).on_hover_text(hint).clicked() {
                        self.checked = false;
                        match key {
                            Some(digit) => self.text.push_str(digit),
                            None => {
                                self.text.pop();
                            }
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
    ui.strong(t!("dial-favourites"));
    let mut command = None;
    for f in favourites {
        ui.horizontal(|ui| {
            ui.label(format!("{}  {}", f.name, readable(&f.number)));
            if let Ok(number) = normalize(&f.number)
                && ui
                    .add(toned(&t!("dial-favourite-call"), Tone::Go))
                    .clicked()
            {
                command = Some(Command::Request(DeskRequest::Dial { number }));
            }
            if ui.small_button(t!("dial-favourite-remove")).clicked() {
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
    // The window's id stays the same in every language.
    egui::Window::new(t!("dial-pick-title"))
        .id(egui::Id::unique("which-number"))
        .open(&mut open)
        .collapsible(false)
        .show(ctx, |ui| {
            chosen = numbers_ui(ui, &t!("dial-pick-clipboard"), list);
        });
    (chosen, !open)
}
