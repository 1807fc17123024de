//! The history screen: recent calls by day, newest first, each with its
//! direction and how long it was talked; missed ones marked until seen. A
//! search box (name or number) and a Missed/All choice narrow the list.

use super::widgets::{Command, labelled_field};
use crate::app::messages::DeskRequest;
use crate::contacts::caller_label_with_number;
use crate::history::HistoryEntry;
use crate::i18n::time;
use crate::protocol::number::normalize;
use crate::t;
use chrono::{NaiveDate, TimeZone};
use egui::RichText;

#[derive(Default)]
pub struct HistoryScreen {
    /// What the search box holds.
    search: String,
    /// Only missed calls.
    missed_only: bool,
}

/// Whether `h` is found by `search` (a part of the name, or of the number's
/// digits) and passes the Missed filter.
pub fn shown(h: &HistoryEntry, search: &str, missed_only: bool) -> bool {
    if missed_only && !h.missed {
        return false;
    }
    let search = search.trim();
    if search.is_empty() {
        return true;
    }
    let digits: String = search.chars().filter(char::is_ascii_digit).collect();
    let by_name = h
        .name
        .as_deref()
        .is_some_and(|n| n.to_lowercase().contains(&search.to_lowercase()));
    let by_number = !digits.is_empty() && h.number.contains(&digits);
    by_name || by_number
}

/// How a day is headed: Today, Yesterday, the weekday within the week,
/// then the date (with the year when it is not this year's), as the
/// user's language writes them.
pub fn day_heading(day: NaiveDate, today: NaiveDate) -> String {
    time::day(day, today)
}

/// The local day and time a call started.
fn local(h: &HistoryEntry) -> Option<chrono::DateTime<chrono::Local>> {
    chrono::Local.timestamp_millis_opt(h.started_at).single()
}

impl HistoryScreen {
    pub fn ui(&mut self, ui: &mut egui::Ui, history: &[HistoryEntry]) -> Option<Command> {
        let mut command = None;
        ui.horizontal_wrapped(|ui| {
            let hint = t!("history-search-hint");
            let width = super::widgets::width_for_hint(ui, &hint, 160.0);
            labelled_field(
                ui,
                &t!("history-search"),
                egui::TextEdit::singleline(&mut self.search)
                    .hint_text(&hint)
                    .desired_width(width),
            );
            ui.selectable_value(&mut self.missed_only, false, t!("history-all"));
            ui.selectable_value(&mut self.missed_only, true, t!("history-missed-only"));
            if ui.button(t!("history-refresh")).clicked() {
                command = Some(Command::Request(DeskRequest::LoadHistory));
            }
            if history.iter().any(|h| h.missed && !h.seen)
                && ui.button(t!("history-mark-all-seen")).clicked()
            {
                command = Some(Command::Request(DeskRequest::MarkSeen(None)));
            }
        });
        if history.is_empty() {
            ui.label(t!("history-empty"));
            return command;
        }
        let listed: Vec<&HistoryEntry> = history
            .iter()
            .filter(|h| shown(h, &self.search, self.missed_only))
            .collect();
        if listed.is_empty() {
            ui.label(t!("history-no-match"));
            return command;
        }
        let today = chrono::Local::now().date_naive();
        // Both ways: at the smallest window a row's buttons are reached by scrolling.
        egui::ScrollArea::vertical().show(ui, |ui| {
            let mut day = None;
            let mut rows: Vec<&HistoryEntry> = Vec::new();
            for h in listed {
                let this_day = local(h).map(|t| t.date_naive());
                if this_day != day && !rows.is_empty() {
                    command = day_ui(ui, day, today, &rows).or(command.take());
                    rows.clear();
                }
                day = this_day;
                rows.push(h);
            }
            if !rows.is_empty() {
                command = day_ui(ui, day, today, &rows).or(command.take());
            }
        });
        command
    }
}

/// One day's calls under its heading.
fn day_ui(
    ui: &mut egui::Ui,
    day: Option<NaiveDate>,
    today: NaiveDate,
    rows: &[&HistoryEntry],
) -> Option<Command> {
    let heading = day.map_or_else(|| t!("history-unknown-day"), |d| day_heading(d, today));
    ui.add_space(4.0);
    ui.strong(heading);
    let mut command = None;
    // Each call a row that wraps at the window's edge (its buttons on a
    // second line when longer words need the room), not a grid: a grid's
    // columns cannot wrap, and German or French pushed the buttons out of view.
    for (i, h) in rows.iter().enumerate() {
        if i > 0 {
            ui.separator();
        }
        ui.push_id(h.row, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.spacing_mut().item_spacing = egui::vec2(8.0, 6.0);
                if let Some(c) = row_ui(ui, h) {
                    command = Some(c);
                }
            });
        });
    }
    command
}

fn row_ui(ui: &mut egui::Ui, h: &HistoryEntry) -> Option<Command> {
    super::avatar::avatar_ui(ui, h.name.as_deref(), 24.0);
    ui.label(
        local(h)
            .map(|at| time::time_of_day(at.time()))
            .unwrap_or_default(),
    );
    ui.label(caller_label_with_number(h.name.as_deref(), &h.number));
    ui.label(if h.direction == "in" {
        t!("history-incoming")
    } else {
        t!("history-outgoing")
    });
    let outcome = match (h.ended_at, h.missed, h.seen) {
        (None, ..) => RichText::new(t!("history-in-progress")),
        (Some(_), true, false) => RichText::new(t!("history-missed-new"))
            .color(ui.visuals().error_fg_color)
            .strong(),
        (Some(_), true, true) => RichText::new(t!("history-missed")),
        (Some(end), false, _) => match h.answered_at {
            Some(start) => RichText::new(t!(
                "history-talked",
                duration = time::duration(((end - start).max(0) / 1000) as u64)
            )),
            None => RichText::new(t!("history-no-answer")),
        },
    };
    ui.label(outcome);
    let mut command = None;
    {
        if let Ok(number) = normalize(&h.number)
            && ui.small_button(t!("history-call-back")).clicked()
        {
            command = Some(Command::Request(DeskRequest::Dial { number }));
        }
        if h.missed && !h.seen && ui.small_button(t!("history-mark-seen")).clicked() {
            command = Some(Command::Request(DeskRequest::MarkSeen(Some(h.row))));
        }
        if let Some(c) = super::calls::save_as_contact_ui(ui, h.name.as_deref(), &h.number) {
            command = Some(c);
        }
        if let Some(c) = super::work::row_extras_ui(ui, h) {
            command = Some(c);
        }
    }
    command
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: Option<&str>, number: &str, missed: bool) -> HistoryEntry {
        HistoryEntry {
            row: 1,
            call_id: "1".into(),
            number: number.into(),
            name: name.map(str::to_string),
            clid: None,
            direction: "in".into(),
            started_at: 0,
            answered_at: None,
            ended_at: Some(1),
            state: "DELETED".into(),
            missed,
            seen: false,
            resolved: false,
            note: None,
            reason: None,
        }
    }

    #[test]
    fn search_finds_a_name_part_or_the_digits_and_missed_narrows() {
        let grace = entry(Some("Grace Hopper"), "4155550177", false);
        let unknown = entry(None, "2125550142", true);
        assert!(shown(&grace, "", false));
        assert!(shown(&grace, "hop", false));
        assert!(
            shown(&grace, "(415) 555", false),
            "digits as typed with punctuation"
        );
        assert!(!shown(&grace, "212", false));
        assert!(!shown(&grace, "ada", false));
        assert!(!shown(&grace, "", true), "not missed");
        assert!(shown(&unknown, "0142", true));
        assert!(!shown(&unknown, "grace", true));
    }

    #[test]
    fn days_are_headed_today_yesterday_the_weekday_then_by_date() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        assert_eq!(day_heading(today, today), "Today");
        assert_eq!(day_heading(today.pred_opt().unwrap(), today), "Yesterday");
        assert_eq!(
            day_heading(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(), today),
            "Tuesday"
        );
        assert_eq!(
            day_heading(NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(), today),
            "November 26"
        );
        assert_eq!(
            day_heading(NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(), today),
            "December 31, 2025"
        );
        let german = crate::i18n::Locale::parse("de").unwrap();
        crate::i18n::scoped(german, || {
            assert_eq!(day_heading(today, today), "Heute");
            assert_eq!(
                day_heading(NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(), today),
                "31. Dezember 2025"
            );
        });
    }
}
