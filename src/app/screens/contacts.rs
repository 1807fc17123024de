//! The contacts screen: search the contacts and the company directories by
//! name, company or number, call any number found, add, edit and delete
//! the user's own contacts (a directory's people are the directory's), and
//! import vCard or CSV files. The contact form is also what *Save as
//! contact* on a call or a history row opens.

use super::widgets::{Command, labelled_field};
use crate::app::messages::{DeskRequest, PeopleFor};
use crate::history::people::{ContactChange, ContactEdit, NumberKind, Person, Source};
use crate::protocol::number::{normalize, readable};
use crate::t;

/// The kinds a number can be given in the form.
const KINDS: [NumberKind; 5] = [
    NumberKind::Work,
    NumberKind::Mobile,
    NumberKind::Home,
    NumberKind::Ip,
    NumberKind::Other,
];

/// The most numbers the form holds.
const MAX_FORM_NUMBERS: usize = 10;

/// A number's kind as a person reads it: `work`, `mobile`, `IP phone`.
pub(crate) fn kind_label(kind: NumberKind) -> String {
    match kind {
        NumberKind::Work => t!("contacts-kind-work"),
        NumberKind::Mobile => t!("contacts-kind-mobile"),
        NumberKind::Home => t!("contacts-kind-home"),
        NumberKind::Ip => t!("contacts-kind-ip"),
        NumberKind::Other => t!("contacts-kind-other"),
    }
}

/// Where a person's name came from: the user's contacts, or a directory
/// (its name).
pub(crate) fn source_label(source: &Source) -> String {
    match source {
        Source::Contacts => t!("contacts-source-contacts"),
        Source::Directory(name) => name.clone(),
    }
}

#[derive(Default)]
pub struct Contacts {
    query: String,
    import_path: String,
    /// The last search's people, and the text they answer.
    found: Vec<Person>,
    found_for: String,
    /// Put the keyboard in the search field at the next pass.
    pub focus: bool,
    /// The people listed with nothing typed were asked for since the
    /// screen was opened.
    listed: bool,
    /// The contact being added or edited.
    form: Option<ContactForm>,
    /// The contact whose Delete awaits its confirmation: (row, name).
    deleting: Option<(i64, String)>,
}

impl Contacts {
    /// The screen is shown: the keyboard goes to the search field, and
    /// with nothing typed the people are listed afresh.
    pub fn opened(&mut self) {
        self.focus = true;
        self.listed = false;
    }

    /// What the search field holds.
    pub fn query(&self) -> &str {
        &self.query
    }

    /// People found for `query`; kept only if the field still holds it.
    pub fn people_found(&mut self, query: String, people: &[Person]) {
        if query == self.query {
            self.found = people.to_vec();
            self.found_for = query;
        }
    }

    /// A change was saved: the form closes.
    pub fn saved(&mut self) {
        self.form = None;
        self.deleting = None;
    }

    fn search(&self) -> Command {
        Command::Request(DeskRequest::SearchPeople {
            query: self.query.clone(),
            to: PeopleFor::Contacts,
        })
    }

    pub fn ui(&mut self, ui: &mut egui::Ui) -> Option<Command> {
        let mut command = None;
        // Nothing typed: the contacts and directories are listed.
        if !self.listed && self.query.trim().is_empty() {
            self.listed = true;
            command = Some(self.search());
        }
        if let Some(form) = &mut self.form {
            match form.ui(ui) {
                Some(FormOutcome::Save(change)) => {
                    return Some(Command::Request(DeskRequest::ChangeContact(change)));
                }
                Some(FormOutcome::Cancel) => self.form = None,
                None => return command,
            }
        }
        ui.horizontal(|ui| {
            let field = labelled_field(
                ui,
                &t!("contacts-search"),
                egui::TextEdit::singleline(&mut self.query),
            );
            if self.focus {
                self.focus = !field.has_focus();
                field.request_focus();
            }
            if field.changed() {
                command = Some(self.search());
            }
            if ui.button(t!("contacts-new")).clicked() {
                self.form = Some(ContactForm::new(None, ContactEdit::default()));
            }
        });
        // Wrapped: a longer language's buttons take a second line.
        ui.horizontal_wrapped(|ui| {
            let width = (ui.available_width() - 24.0).clamp(120.0, 280.0);
            labelled_field(
                ui,
                &t!("contacts-import-file"),
                egui::TextEdit::singleline(&mut self.import_path)
                    .hint_text(t!("contacts-import-file-hint"))
                    .desired_width(width),
            );
            if ui
                .add_enabled(
                    !self.import_path.trim().is_empty(),
                    egui::Button::new(t!("contacts-import")),
                )
                .clicked()
            {
                let path = self.import_path.trim().into();
                command = Some(Command::Request(DeskRequest::ImportContacts(path)));
            }
            if ui
                .button(crate::t!("contacts-choose-file"))
                .on_hover_text(crate::t!("contacts-choose-file-help"))
                .clicked()
            {
                command = Some(Command::ChooseContactsFile);
            }
        });
        ui.small(t!("contacts-drop-hint"));
        ui.separator();
        if let Some((id, name)) = self.deleting.clone() {
            ui.horizontal(|ui| {
                ui.label(t!("contacts-delete-question", name = name.as_str()));
                if ui.button(t!("contacts-delete-confirm")).clicked() {
                    self.deleting = None;
                    command = Some(Command::Request(DeskRequest::ChangeContact(
                        ContactChange::Delete(id),
                    )));
                }
                if ui.button(t!("contacts-delete-keep")).clicked() {
                    self.deleting = None;
                }
            });
        }
        let shown = if self.found_for == self.query {
            &self.found[..]
        } else {
            &[]
        };
        if shown.is_empty() {
            ui.label(if self.query.trim().is_empty() {
                t!("contacts-none-yet")
            } else {
                t!("contacts-nobody-matches")
            });
            return command;
        }
        let mut edit = None;
        egui::ScrollArea::vertical().show(ui, |ui| {
            for p in shown {
                if let Some(c) = person_ui(ui, p, &mut edit, &mut self.deleting) {
                    command = Some(c);
                }
            }
        });
        if let Some(p) = edit {
            self.form = Some(ContactForm::of(&p));
        }
        command
    }

    /// Opens the form for a new contact with `number` (Save as contact).
    pub fn save_as_contact(&mut self, number: &str) {
        self.save_caller(number, None);
    }

    /// Opens the form for a new contact with `number` and, when the call
    /// carried one (a directory's), `name` (a screen pop's Save as contact).
    pub fn save_caller(&mut self, number: &str, name: Option<&str>) {
        let edit = ContactEdit {
            name: name.unwrap_or_default().to_string(),
            company: String::new(),
            numbers: vec![(NumberKind::Work, number.to_string())],
        };
        self.form = Some(ContactForm::new(None, edit));
    }
}

/// One person: the name (and where it came from), each number with its
/// kind and Call; Edit and Delete for the user's own contacts.
fn person_ui(
    ui: &mut egui::Ui,
    p: &Person,
    edit: &mut Option<Person>,
    deleting: &mut Option<(i64, String)>,
) -> Option<Command> {
    let mut command = None;
    ui.horizontal(|ui| {
        let who = if p.company.is_empty() {
            p.name.clone()
        } else {
            format!("{} ({})", p.name, p.company)
        };
        ui.strong(who).on_hover_text(t!(
            "contacts-person-from",
            name = p.name.as_str(),
            source = super::calls::from_where(&p.source)
        ));
        ui.small(source_label(&p.source));
        if p.source == Source::Contacts {
            if ui
                .small_button(t!("contacts-edit"))
                .on_hover_text(t!("contacts-edit-who", name = p.name.as_str()))
                .clicked()
            {
                *edit = Some(p.clone());
            }
            if ui
                .small_button(t!("contacts-delete"))
                .on_hover_text(t!("contacts-delete-who", name = p.name.as_str()))
                .clicked()
            {
                *deleting = Some((p.id, p.name.clone()));
            }
        }
    });
    for n in &p.numbers {
        ui.horizontal(|ui| {
            ui.add_space(16.0);
            ui.label(format!("{}  {}", kind_label(n.kind), readable(&n.number)));
            let line = crate::contacts::split_extension(&n.number).0;
            if let Ok(number) = normalize(line)
                && ui
                    .small_button(t!("contacts-call"))
                    .on_hover_text(t!(
                        "contacts-call-who",
                        name = p.name.as_str(),
                        kind = kind_label(n.kind)
                    ))
                    .clicked()
            {
                command = Some(Command::Request(DeskRequest::Dial { number }));
            }
        });
    }
    ui.add_space(4.0);
    command
}

/// What came of the contact form.
pub enum FormOutcome {
    Save(ContactChange),
    Cancel,
}

/// The form adding or editing one of the user's contacts.
pub struct ContactForm {
    /// The row edited; `None`: a new contact.
    id: Option<i64>,
    name: String,
    company: String,
    numbers: Vec<(NumberKind, String)>,
    /// Why Save was refused.
    error: Option<String>,
    focused: bool,
}

impl ContactForm {
    fn new(id: Option<i64>, edit: ContactEdit) -> Self {
        let mut numbers = edit.numbers;
        if numbers.is_empty() {
            numbers.push((NumberKind::Work, String::new()));
        }
        Self {
            id,
            name: edit.name,
            company: edit.company,
            numbers,
            error: None,
            focused: false,
        }
    }

    fn of(p: &Person) -> Self {
        let edit = ContactEdit {
            name: p.name.clone(),
            company: p.company.clone(),
            numbers: p
                .numbers
                .iter()
                .map(|n| (n.kind, n.number.clone()))
                .collect(),
        };
        Self::new(Some(p.id), edit)
    }

    /// The form; `Some` once saved (checked) or cancelled.
    pub fn ui(&mut self, ui: &mut egui::Ui) -> Option<FormOutcome> {
        let mut outcome = None;
        ui.heading(if self.id.is_some() {
            t!("contacts-form-edit")
        } else {
            t!("contacts-form-new")
        });
        egui::Grid::new("contact-form")
            .num_columns(2)
            .spacing([8.0, 6.0])
            .show(ui, |ui| {
                let name = labelled_field(
                    ui,
                    &t!("contacts-form-name"),
                    egui::TextEdit::singleline(&mut self.name).char_limit(200),
                );
                if !self.focused {
                    self.focused = true;
                    name.request_focus();
                }
                ui.end_row();
                labelled_field(
                    ui,
                    &t!("contacts-form-company"),
                    egui::TextEdit::singleline(&mut self.company).char_limit(200),
                );
                ui.end_row();
            });
        let mut remove = None;
        for (i, (kind, number)) in self.numbers.iter_mut().enumerate() {
            ui.horizontal(|ui| {
                // Named for screen readers (and tests): it has no label of
                // its own.
                let name = t!("contacts-form-kind", position = i + 1);
                egui::ComboBox::from_id_salt(("kind", i))
                    .selected_text(kind_label(*kind))
                    .show_ui(ui, |ui| {
                        for k in KINDS {
                            ui.selectable_value(kind, k, kind_label(k));
                        }
                    })
                    .response
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &name));
                labelled_field(
                    ui,
                    &t!("contacts-form-number", position = i + 1),
                    egui::TextEdit::singleline(number)
                        .char_limit(crate::contacts::MAX_NUMBER_CHARS)
                        .desired_width(200.0),
                );
                if ui
                    .small_button(t!("contacts-form-remove"))
                    .on_hover_text(t!("contacts-form-remove-number", position = i + 1))
                    .clicked()
                {
                    remove = Some(i);
                }
            });
        }
        if let Some(i) = remove {
            self.numbers.remove(i);
        }
        if self.numbers.len() < MAX_FORM_NUMBERS
            && ui.button(t!("contacts-form-add-number")).clicked()
        {
            self.numbers.push((NumberKind::Mobile, String::new()));
        }
        if let Some(e) = &self.error {
            ui.colored_label(egui::Color32::from_rgb(0xd6, 0x30, 0x31), e);
        }
        ui.horizontal(|ui| {
            let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.button(t!("contacts-form-save")).clicked() || enter {
                outcome = self.checked().map(FormOutcome::Save);
            }
            if ui.button(t!("contacts-form-cancel")).clicked()
                || ui.input(|i| i.key_pressed(egui::Key::Escape))
            {
                outcome = Some(FormOutcome::Cancel);
            }
        });
        outcome
    }

    /// The change to save, or `None` with the reason shown.
    fn checked(&mut self) -> Option<ContactChange> {
        let edit = ContactEdit {
            name: self.name.trim().to_string(),
            company: self.company.trim().to_string(),
            numbers: self
                .numbers
                .iter()
                .filter(|(_, n)| !n.trim().is_empty())
                .map(|(k, n)| (*k, n.trim().to_string()))
                .collect(),
        };
        if let Err(e) = edit.check() {
            self.error = Some(t!("contacts-form-cannot-save", error = e));
            return None;
        }
        self.error = None;
        Some(match self.id {
            Some(id) => ContactChange::Update(id, edit),
            None => ContactChange::Add(edit),
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code
    use super::*;

    #[test]
    fn the_form_refuses_what_cannot_be_saved_and_drops_empty_numbers() {
        let mut form = ContactForm::new(None, ContactEdit::default());
        assert!(form.checked().is_none());
        assert!(form.error.as_ref().unwrap().contains("needs a name"));
        form.name = " Ada ".into();
        form.numbers = vec![
            (NumberKind::Work, "646 555 1234".into()),
            (NumberKind::Mobile, "  ".into()),
        ];
        assert_eq!(
            form.checked(),
            Some(ContactChange::Add(ContactEdit {
                name: "Ada".into(),
                company: String::new(),
                numbers: vec![(NumberKind::Work, "646 555 1234".into())],
            }))
        );
        form.id = Some(7);
        form.numbers[0].1 = "12ab".into();
        assert!(form.checked().is_none());
        assert!(form.error.as_ref().unwrap().contains("not a phone number"));
    }

    #[test]
    fn the_screen_and_the_form_speak_german() {
        use crate::i18n::{Locale, scoped};
        use egui_kittest::Harness;
        use egui_kittest::kittest::Queryable;
        let de = Locale::parse("de").unwrap();
        let mut contacts = Contacts::default();
        let mut harness = Harness::new_ui(|ui| {
            let _ = scoped(de, || contacts.ui(ui));
        });
        harness.run();
        harness.get_by_label("Kontakte durchsuchen");
        harness.get_by_label("Neuer Kontakt");
        harness.get_by_label("Datei importieren");
        assert!(harness.query_by_label("Search contacts").is_none());
        drop(harness);

        contacts.save_as_contact("646 555 1234");
        let mut harness = Harness::new_ui(|ui| {
            let _ = scoped(de, || contacts.ui(ui));
        });
        harness.run();
        harness.get_by_label("Kontakt speichern");
        harness.get_by_label("Nummer 1");
        harness.get_by_label("Firma");
        harness.get_by_label("Art der Nummer 1");
    }

    /// A pop's Save as contact: a new contact with the caller's number and
    /// the name the call carried, which saves as it is.
    #[test]
    fn a_caller_is_saved_with_the_name_the_call_carried() {
        let mut screen = Contacts::default();
        screen.save_caller("7575550123", Some("Grace Hopper"));
        let form = screen.form.as_mut().unwrap();
        assert_eq!(
            form.checked(),
            Some(ContactChange::Add(ContactEdit {
                name: "Grace Hopper".into(),
                company: String::new(),
                numbers: vec![(NumberKind::Work, "7575550123".into())],
            }))
        );
        screen.save_caller("7575550123", None);
        let form = screen.form.as_mut().unwrap();
        assert!(
            form.name.is_empty() && form.checked().is_none(),
            "asks for the name"
        );
    }
}
