//! The quick-dial prompt: what the hotkey opens (by default). A focused
//! field with the clipboard's text (read in the background where the
//! desktop allows it, else pasted once the prompt has the focus), the
//! number as it will be dialled, **Dial** on Enter, closed by Escape.

use super::people::{Matches, is_a_name};
use super::widgets::numbers_ui;
use crate::history::people::Person;
use crate::protocol::DialNumber;
use crate::protocol::number::{NoNumber, numbers_in};
use crate::t;
use egui::RichText;

/// The most characters the field holds (a few lines around a number).
const MAX_CHARS: usize = crate::app::messages::limits::MAX_QUICK_DIAL_CHARS;

pub struct QuickDial {
    text: String,
    /// The field has been given the focus (once, when the prompt opens).
    focused: bool,
    /// Paste the clipboard into the field once it has the focus (the text
    /// could not be read in the background).
    paste: bool,
    /// Close by hiding the window again: it was hidden when the prompt opened.
    pub rehide: bool,
    /// What `text` offers to dial, worked out when it changes.
    seen: Option<String>,
    found: Result<Vec<DialNumber>, NoNumber>,
    /// The people a name typed finds.
    people: Matches,
    /// A name to look up (the app sends it to the desk).
    search: Option<String>,
}

/// What the user did with the prompt.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Dial(DialNumber),
    Close,
}

impl QuickDial {
    /// `text`: what was read; `None` with `paste`: paste once focused.
    pub fn new(text: Option<String>, paste: bool, rehide: bool) -> Self {
        Self {
            paste: paste && text.is_none(),
            text: text.unwrap_or_default(),
            focused: false,
            rehide,
            seen: None,
            found: Ok(Vec::new()),
            people: Matches::default(),
            search: None,
        }
    }

    /// The name to look up, if the field changed to one.
    pub fn take_search(&mut self) -> Option<String> {
        self.search.take()
    }

    /// People found for what the field held.
    pub fn people_found(&mut self, query: String, people: &[Person]) {
        self.people.found(&self.text, query, people);
    }

    /// Shows newer text (the hotkey pressed again while the prompt is open).
    pub fn replace(&mut self, text: Option<String>, paste: bool) {
        let rehide = self.rehide;
        *self = Self::new(text, paste, rehide);
    }

    /// The numbers in the field ([`numbers_in`], the clipboard's rule too),
    /// worked out when it changes.
    fn found(&mut self) -> &Result<Vec<DialNumber>, NoNumber> {
        if self.seen.as_deref() != Some(self.text.as_str()) {
            self.found = numbers_in(&self.text);
            self.seen = Some(self.text.clone());
        }
        &self.found
    }

    fn body_ui(&mut self, ui: &mut egui::Ui) -> Option<Outcome> {
        let mut outcome = None;
        ui.heading(t!("quick-dial-title"));
        self.people.keys(ui, &self.text);
        let label = ui.label(t!("quick-dial-field"));
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut self.text)
                    .hint_text(t!("quick-dial-hint"))
                    .char_limit(MAX_CHARS)
                    .desired_width(340.0),
            )
            .labelled_by(label.id);
        if !self.focused {
            self.focused = true;
            field.request_focus();
        }
        if self.paste && field.has_focus() {
            // The clipboard is read by the window now that it has the focus
            // (GNOME shares it with the focused window only).
            self.paste = false;
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::RequestPaste);
        }
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if field.changed() && is_a_name(&self.text) {
            self.search = Some(self.text.clone());
        }
        let found = self.found().clone();
        let by_name = self.people.chosen(&self.text);
        match &found {
            Err(_) if !self.people.lines_for(&self.text).is_empty() => {
                if let Some(n) = self.people.ui(ui, &self.text) {
                    outcome = Some(Outcome::Dial(n));
                }
            }
            Ok(list) if list.len() == 1 => {
                let n = &list[0];
                ui.label(
                    RichText::new(t!("quick-dial-will-dial", number = n.for_reading())).strong(),
                );
                ui.label(RichText::new(t!("quick-dial-phone-dials", digits = n.ex_tn())).small());
            }
            Ok(list) if list.is_empty() => {
                ui.label(t!("quick-dial-type-or-paste"));
            }
            Ok(list) => {
                if let Some(n) = numbers_ui(ui, &t!("quick-dial-several"), list) {
                    outcome = Some(Outcome::Dial(n));
                }
            }
            Err(e) => {
                let why = match e {
                    NoNumber::Invalid(e) => e.to_string(),
                    NoNumber::NotFound => t!("quick-dial-no-number"),
                };
                let text = if self.people.nobody(&self.text) {
                    t!("quick-dial-cannot-dial-nobody", reason = why)
                } else {
                    t!("quick-dial-cannot-dial", reason = why)
                };
                ui.label(RichText::new(text).color(ui.visuals().error_fg_color));
            }
        }
        let one = match &found {
            Ok(list) if list.len() == 1 => list.first().cloned(),
            _ => by_name,
        };
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(one.is_some(), egui::Button::new(t!("quick-dial-dial")))
                .clicked()
                && let Some(n) = &one
            {
                outcome = Some(Outcome::Dial(n.clone()));
            }
            if ui.button(t!("quick-dial-close")).clicked() {
                outcome = Some(Outcome::Close);
            }
        });
        ui.label(RichText::new(t!("quick-dial-keys")).small().weak());
        if outcome.is_none()
            && enter
            && let Some(n) = one
        {
            outcome = Some(Outcome::Dial(n));
        } else if outcome.is_none() && enter {
            // Nothing to dial yet: keep typing.
            field.request_focus();
        }
        if outcome.is_none() && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            outcome = Some(Outcome::Close);
        }
        outcome
    }

    /// The prompt over the window; `Some` once dialled or closed.
    pub fn modal_ui(&mut self, ctx: &egui::Context) -> Option<Outcome> {
        let mut outcome = None;
        let shown = egui::Modal::new(egui::Id::unique("quick-dial")).show(ctx, |ui| {
            ui.set_max_width(400.0);
            outcome = self.body_ui(ui);
        });
        if outcome.is_none() && shown.should_close() {
            outcome = Some(Outcome::Close);
        }
        outcome
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code
    use super::*;

    #[test]
    fn the_field_offers_one_number_several_or_says_why_not() {
        let mut q = QuickDial::new(Some("+1 (646) 555-1234".into()), true, false);
        assert!(!q.paste, "text was read: nothing to paste");
        assert_eq!(q.found().as_ref().unwrap().len(), 1);
        q.text = "Ada: 646-555-1234, or her desk 212 555 0142".into();
        assert_eq!(q.found().as_ref().unwrap().len(), 2);
        q.text = "12ab".into();
        assert!(q.found().is_err());
        q.text = String::new();
        assert!(q.found().as_ref().unwrap().is_empty());
        let empty = QuickDial::new(None, true, true);
        assert!(empty.paste && empty.rehide);
    }
}
