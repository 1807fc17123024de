//! The Settings screen's *Rules for ringing calls*: do not disturb outside
//! working hours (the hours per weekday), do not disturb until a time, the
//! VIPs who ring through it, and the numbers always ignored (spam). It
//! edits the Settings screen's draft, saved with the rest.

use super::widgets::labelled_field;
use crate::settings::Settings;
use crate::t;
use crate::work::rules::{Rules, in_one_hour, until_setting};

/// The lists as typed, one entry a line (kept between passes, so a line
/// being typed is not tidied away under the cursor).
#[derive(Default)]
pub struct RulesText {
    vip: String,
    ignore: String,
}

/// The entries of a list as typed: one a line, blanks left out.
fn entries(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// A list's text field: it shows the draft's list again when that changed
/// elsewhere (a save, Revert, a change from the tray).
fn list_field(
    ui: &mut egui::Ui,
    label: &str,
    hint: String,
    text: &mut String,
    list: &mut Vec<String>,
) {
    if entries(text) != *list {
        *text = list.join("\n");
    }
    let field = labelled_field(
        ui,
        label,
        egui::TextEdit::multiline(text)
            .desired_rows(3)
            .hint_text(hint),
    );
    if field.changed() {
        *list = entries(text);
    }
}

impl RulesText {
    /// The section, with the rules' problems under it (shown, not blocking
    /// a save: what cannot be read is left out, as the rules say).
    pub fn ui(&mut self, ui: &mut egui::Ui, draft: &mut Settings) {
        ui.separator();
        egui::CollapsingHeader::new(t!("rules"))
            .id_salt("rules-for-ringing-calls")
            .show(ui, |ui| self.rules_ui(ui, draft));
    }

    pub(super) fn rules_ui(&mut self, ui: &mut egui::Ui, draft: &mut Settings) {
        ui.small(t!("rules-about"));
        let rules = &mut *draft.rules;
        ui.checkbox(
            &mut rules.dnd_outside_working_hours,
            t!("rules-outside-working-hours"),
        );
        if rules.dnd_outside_working_hours {
            egui::Grid::new("working-hours")
                .num_columns(2)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    let hours = &mut rules.working_hours;
                    for (day, text) in [
                        (t!("rules-working-hours-monday"), &mut hours.mon),
                        (t!("rules-working-hours-tuesday"), &mut hours.tue),
                        (t!("rules-working-hours-wednesday"), &mut hours.wed),
                        (t!("rules-working-hours-thursday"), &mut hours.thu),
                        (t!("rules-working-hours-friday"), &mut hours.fri),
                        (t!("rules-working-hours-saturday"), &mut hours.sat),
                        (t!("rules-working-hours-sunday"), &mut hours.sun),
                    ] {
                        labelled_field(
                            ui,
                            &day,
                            egui::TextEdit::singleline(text)
                                .hint_text(t!("rules-working-hours-hint")),
                        );
                        ui.end_row();
                    }
                });
        }
        ui.horizontal(|ui| {
            labelled_field(
                ui,
                &t!("rules-dnd-until"),
                egui::TextEdit::singleline(&mut draft.rules.dnd_until)
                    .hint_text("2026-03-31T17:00:00+02:00")
                    .desired_width(220.0),
            );
            let now = chrono::Local::now();
            if ui.small_button(t!("rules-dnd-for-an-hour")).clicked() {
                draft.rules.dnd_until = until_setting(in_one_hour(&now), &now);
            }
            if ui.small_button(t!("rules-dnd-until-tomorrow")).clicked() {
                let (parsed, _) = Rules::from_settings(draft);
                draft.rules.dnd_until = until_setting(parsed.tomorrow(&now), &now);
            }
            if !draft.rules.dnd_until.is_empty() && ui.small_button(t!("rules-dnd-clear")).clicked()
            {
                draft.rules.dnd_until.clear();
            }
        });
        let rules = &mut *draft.rules;
        list_field(
            ui,
            &t!("rules-vip"),
            t!("rules-vip-hint"),
            &mut self.vip,
            &mut rules.vip,
        );
        list_field(
            ui,
            &t!("rules-ignore"),
            t!("rules-ignore-hint"),
            &mut self.ignore,
            &mut rules.ignore_numbers,
        );
        ui.checkbox(&mut draft.pause_media, t!("rules-pause-media"));
        let (_, problems) = Rules::from_settings(draft);
        for problem in problems {
            ui.label(egui::RichText::new(problem).color(egui::Color32::from_rgb(0xd6, 0x30, 0x31)));
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code
    use super::*;
    use crate::i18n::{Locale, scoped};
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    #[test]
    fn the_rules_and_their_problems_speak_german() {
        let de = Locale::parse("de").unwrap();
        let mut draft = Settings::default();
        draft.rules.dnd_outside_working_hours = true;
        draft.rules.working_hours.mon = "9-5".into();
        let mut text = RulesText::default();
        let mut harness = Harness::new_ui(|ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                scoped(de, || text.rules_ui(ui, &mut draft));
            });
        });
        harness.run();
        harness.get_by_label("Nicht stören außerhalb der Arbeitszeit");
        harness.get_by_label("Arbeitszeit am Montag");
        harness.get_by_label("Eine Stunde lang");
        harness.get_by_label("Immer ignorieren (Spam)");
        // A problem is said under the rules, naming the field.
        harness.get_by_label(
            "Arbeitszeit am Montag: \u{201c}9-5\u{201d} ist keine Zeitspanne wie 09:00-17:30",
        );
        assert!(harness.query_by_label("Working hours on Monday").is_none());
    }
}
