//! Calls as work in the window: the missed calls to do (Call back, Remind
//! me, Done; each goes by itself once the number is reached), *Export…* of
//! the history, and the note editor for a call (from a history row or a
//! live call).

use super::widgets::{Command, NoteEdit, labelled_field};
use crate::app::messages::{DeskRequest, RemindRequest};
use crate::contacts::caller_label_with_number;
use crate::history::MissedEntry;
use crate::history::export::Format;
use crate::protocol::number::normalize;
use crate::t;
use crate::work::reminders::{RemindAt, at_local};

/// The longest note the editor takes (characters).
pub const MAX_NOTE: usize = 4000;

/// The missed-calls list, the export's choices and the note editor.
pub struct WorkScreen {
    /// The open entries of the missed-calls list, the most recent first.
    pub missed: Vec<MissedEntry>,
    export_path: String,
    export_format: Format,
    /// The note editor, while open.
    pub note: Option<NoteEdit>,
}

impl Default for WorkScreen {
    fn default() -> Self {
        Self {
            missed: Vec::new(),
            export_path: default_export_path(Format::Csv),
            export_format: Format::Csv,
            note: None,
        }
    }
}

/// `skydial-calls.csv` in the Downloads folder (else the home folder).
fn default_export_path(format: Format) -> String {
    let dirs = directories::UserDirs::new();
    let dir = dirs
        .as_ref()
        .and_then(|d| d.download_dir().map(std::path::Path::to_path_buf))
        .or_else(|| dirs.as_ref().map(|d| d.home_dir().to_path_buf()))
        .unwrap_or_default();
    dir.join(format!("skydial-calls.{}", extension(format)))
        .display()
        .to_string()
}

pub(super) fn extension(format: Format) -> &'static str {
    match format {
        Format::Csv => "csv",
        Format::Json => "json",
    }
}

impl WorkScreen {
    /// The missed calls to do, above the history.
    pub fn missed_ui(&self, ui: &mut egui::Ui) -> Option<Command> {
        if self.missed.is_empty() {
            return None;
        }
        let mut command = None;
        ui.strong(t!("work-missed-to-do", count = self.missed.len()));
        egui::ScrollArea::vertical()
            .id_salt("missed")
            .max_height(160.0)
            .show(ui, |ui| {
                // Rows that wrap at the window's edge (see history's rows).
                for (i, entry) in self.missed.iter().enumerate() {
                    if i > 0 {
                        ui.separator();
                    }
                    ui.push_id(entry.entry, |ui| {
                        ui.horizontal_wrapped(|ui| {
                            ui.spacing_mut().item_spacing = egui::vec2(14.0, 6.0);
                            if let Some(c) = entry_ui(ui, entry) {
                                command = Some(c);
                            }
                        });
                    });
                }
            });
        ui.separator();
        command
    }

    /// *Export…*: the file and the format.
    pub fn export_ui(&mut self, ui: &mut egui::Ui) -> Option<Command> {
        let mut command = None;
        // Wrapped and no wider than the window: a row wider than the window
        // would widen the history below it past the window's edge.
        ui.horizontal_wrapped(|ui| {
            let width = (ui.available_width() - 24.0).clamp(120.0, 320.0);
            labelled_field(
                ui,
                &t!("work-export-to"),
                egui::TextEdit::singleline(&mut self.export_path).desired_width(width),
            );
            let before = self.export_format;
            egui::ComboBox::new("export-as", t!("work-export-as"))
                .selected_text(match self.export_format {
                    Format::Csv => "CSV",
                    Format::Json => "JSON",
                })
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.export_format, Format::Csv, "CSV");
                    ui.selectable_value(&mut self.export_format, Format::Json, "JSON");
                });
            if before != self.export_format {
                // The file's extension follows the format.
                let path = std::path::Path::new(self.export_path.trim());
                if path
                    .extension()
                    .is_some_and(|e| e == extension(before) || e == extension(self.export_format))
                {
                    self.export_path = path
                        .with_extension(extension(self.export_format))
                        .display()
                        .to_string();
                }
            }
            if ui
                .add_enabled(
                    !self.export_path.trim().is_empty(),
                    egui::Button::new(t!("work-export")),
                )
                .clicked()
            {
                command = Some(Command::Request(DeskRequest::Export {
                    file: self.export_path.trim().into(),
                    format: self.export_format,
                }));
            }
            if ui
                .button(crate::t!("export-choose-file"))
                .on_hover_text(crate::t!("export-choose-file-help"))
                .clicked()
            {
                command = Some(Command::ChooseExportFile(self.export_format));
            }
        });
        command
    }

    /// The note editor, over the window while open.
    pub fn note_ui(&mut self, ctx: &egui::Context) -> Option<Command> {
        let edit = self.note.as_mut()?;
        let mut command = None;
        let mut close = false;
        let shown = egui::Modal::new(egui::Id::unique("note-editor")).show(ctx, |ui| {
            ui.set_max_width(420.0);
            ui.strong(t!("work-note-title", who = edit.who.as_str()));
            let l = ui.label(t!("work-note"));
            ui.add(
                egui::TextEdit::multiline(&mut edit.text)
                    .char_limit(MAX_NOTE)
                    .desired_rows(4),
            )
            .labelled_by(l.id);
            ui.horizontal(|ui| {
                if ui.button(t!("work-note-save")).clicked() {
                    command = Some(Command::Request(DeskRequest::SetNote {
                        call_id: edit.call_id.clone(),
                        text: edit.text.trim().to_string(),
                    }));
                    close = true;
                }
                if ui.button(t!("work-note-cancel")).clicked() {
                    close = true;
                }
            });
        });
        if close || shown.should_close() {
            self.note = None;
        }
        command
    }
}

/// One entry: who, how many times and when last, and what to do.
fn entry_ui(ui: &mut egui::Ui, entry: &MissedEntry) -> Option<Command> {
    let who = caller_label_with_number(entry.name.as_deref(), &entry.number);
    ui.label(who);
    let last = {
        use chrono::TimeZone;
        let today = chrono::Local::now().date_naive();
        chrono::Local
            .timestamp_millis_opt(entry.last_at)
            .single()
            .map(|t| crate::i18n::time::when(t.naive_local(), today))
            .unwrap_or_default()
    };
    ui.label(t!("work-missed-times", count = entry.count, last = last));
    let mut command = None;
    {
        if let Ok(number) = normalize(&entry.number)
            && ui.small_button(t!("work-call-back")).clicked()
        {
            command = Some(Command::Request(DeskRequest::Dial { number }));
        }
        let remind = |when| {
            Command::Request(DeskRequest::Remind(Box::new(RemindRequest {
                number: entry.number.clone(),
                name: entry.name.clone(),
                entry: Some(entry.entry),
                call_id: Some(entry.last_call.clone()),
                when,
            })))
        };
        // Open while its *At…* field is clicked into: each choice closes it.
        let config = egui::containers::menu::MenuConfig::new()
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
        egui::containers::menu::MenuButton::new(t!("work-remind-me"))
            .config(config)
            .ui(ui, |ui| {
                let nine = chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default();
                for (label, when) in [
                    (t!("work-remind-in-15-minutes"), RemindAt::In15Minutes),
                    (t!("work-remind-in-an-hour"), RemindAt::InAnHour),
                    (
                        t!(
                            "work-remind-tomorrow",
                            time = crate::i18n::time::time_of_day(nine)
                        ),
                        RemindAt::TomorrowMorning,
                    ),
                ] {
                    if ui.button(label).clicked() {
                        command = Some(remind(when));
                        ui.close();
                    }
                }
                ui.separator();
                if let Some(at) = remind_at_ui(ui, entry.entry) {
                    command = Some(remind(RemindAt::At(at)));
                    ui.close();
                }
            });
        if ui.small_button(t!("work-missed-done")).clicked() {
            command = Some(Command::Request(DeskRequest::ResolveMissed(entry.entry)));
        }
    }
    command
}

/// *At…* in *Remind me*: a local date and time as typed (kept per entry
/// while the menu is open), checked as typed with the reason shown; the
/// time once *Set*.
fn remind_at_ui(ui: &mut egui::Ui, entry: i64) -> Option<chrono::DateTime<chrono::Utc>> {
    let id = egui::Id::unique(("remind-at", entry));
    let mut text = ui
        .data_mut(|d| d.get_temp::<String>(id))
        .unwrap_or_default();
    let mut at = None;
    ui.horizontal(|ui| {
        labelled_field(
            ui,
            &t!("work-remind-at"),
            egui::TextEdit::singleline(&mut text)
                .hint_text("2026-03-31 14:30")
                .char_limit(32)
                .desired_width(130.0),
        );
        let checked = (!text.trim().is_empty()).then(|| at_local(&text, &chrono::Local::now()));
        let ok = matches!(checked, Some(Ok(_)));
        if ui
            .add_enabled(ok, egui::Button::new(t!("work-remind-set")))
            .clicked()
        {
            at = checked.clone().and_then(Result::ok);
        }
        if let Some(Err(why)) = checked {
            ui.end_row();
            ui.colored_label(egui::Color32::from_rgb(0xd6, 0x30, 0x31), why);
        }
    });
    ui.data_mut(|d| {
        if at.is_some() {
            d.remove::<String>(id);
        } else {
            d.insert_temp(id, text);
        }
    });
    at
}

/// A history row's note and the rules' reason, and its note button (called
/// from the history screen's row).
pub fn row_extras_ui(ui: &mut egui::Ui, h: &crate::history::HistoryEntry) -> Option<Command> {
    let mut command = None;
    let label = if h.note.is_some() {
        t!("work-note-edit")
    } else {
        t!("work-note-add")
    };
    if ui.small_button(label).clicked() {
        command = Some(Command::EditNote(NoteEdit {
            call_id: h.call_id.clone(),
            who: caller_label_with_number(h.name.as_deref(), &h.number),
            text: h.note.clone().unwrap_or_default(),
        }));
    }
    if let Some(reason) = &h.reason {
        ui.small(reason.as_str());
    }
    if let Some(note) = &h.note {
        ui.label(t!("work-note-shown", note = note.as_str()));
    }
    command
}

/// The note button on a live call.
pub fn live_note_ui(ui: &mut egui::Ui, call: &crate::engine::LiveCall) -> Option<Command> {
    ui.small_button(t!("work-live-note")).clicked().then(|| {
        Command::EditNote(NoteEdit {
            call_id: call.call.id.as_str().to_string(),
            who: call.label(),
            text: String::new(),
        })
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code
    use super::*;
    use crate::i18n::{Locale, scoped};
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    #[test]
    fn the_missed_calls_to_do_and_export_speak_german_with_plurals() {
        let de = Locale::parse("de").unwrap();
        let now = crate::history::now_ms();
        let entry = MissedEntry {
            entry: 1,
            number: "6465551234".into(),
            name: Some("Ada Lovelace".into()),
            count: 3,
            first_at: now - 60_000,
            last_at: now,
            last_call: "c1".into(),
            resolved_at: None,
            resolved_by: None,
            resolved_call: None,
        };
        let mut screen = WorkScreen {
            missed: vec![entry],
            ..WorkScreen::default()
        };
        let mut harness = Harness::new_ui(|ui| {
            scoped(de, || {
                let _ = screen.missed_ui(ui);
                let _ = screen.export_ui(ui);
            });
        });
        harness.run();
        harness.get_by_label("Verpasste Anrufe zu erledigen (1)");
        harness.get_by_label("Zurückrufen");
        harness.get_by_label("Erinnern");
        harness.get_by_label("Exportieren…");
        let today = chrono::Local::now().date_naive();
        let last = {
            use chrono::TimeZone;
            let at = chrono::Local.timestamp_millis_opt(now).unwrap();
            scoped(de, || crate::i18n::time::when(at.naive_local(), today))
        };
        assert!(last.starts_with("Heute, "), "{last}");
        harness.get_by_label(&format!("3-mal verpasst, zuletzt {last}"));
        assert!(harness.query_by_label("Call back").is_none());
    }
}
