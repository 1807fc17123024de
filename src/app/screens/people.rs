//! Dialling by name: what the dial field and the quick-dial prompt show
//! when letters are typed. The people found (in the contacts and the
//! synced directories, searched by the desk as the user types) are listed
//! one line per number, with its kind and where the name came from; Up and
//! Down move the choice, Enter (or a click) dials it.

use crate::contacts::split_extension;
use crate::history::people::Person;
use crate::protocol::DialNumber;
use crate::protocol::number::{normalize, readable};
use egui::{Key, Modifiers};

/// The most lines shown.
const MAX_LINES: usize = 12;

/// One number of one person, as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// `Ada Lovelace (Corp Ltd)`.
    pub who: String,
    /// `work`, `mobile` (in the user's language).
    pub kind: String,
    /// The number as the contact or directory wrote it.
    pub number: String,
    /// `contacts` (in the user's language) or the directory's name.
    pub source: String,
    /// What Enter dials (a number with an extension dials its line; the API
    /// sends no tones). `None`: not a number the phone can dial.
    pub dial: Option<DialNumber>,
}

impl Line {
    /// The words on the line, and its accessible label.
    pub fn text(&self) -> String {
        format!(
            "{}, {}, {}, {}",
            self.who,
            self.kind,
            readable(&self.number),
            self.source
        )
    }
}

/// Whether `text` is a name to look up rather than a number: it has letters
/// and is not a number (`1-800-FLOWERS` is one).
pub fn is_a_name(text: &str) -> bool {
    text.chars().any(char::is_alphabetic) && normalize(text).is_err()
}

/// The people found for a field's text.
#[derive(Default)]
pub struct Matches {
    /// The text the lines answer.
    query: String,
    lines: Vec<Line>,
    selected: usize,
}

impl Matches {
    /// Takes the people found for `query`; dropped unless it is still what
    /// the field holds (an older answer arriving late).
    pub fn found(&mut self, field: &str, query: String, people: &[Person]) {
        if query != field {
            return;
        }
        self.lines = lines(people);
        self.query = query;
        self.selected = 0;
    }

    /// The lines for `field`, if they answer it.
    pub fn lines_for(&self, field: &str) -> &[Line] {
        if self.query == field && is_a_name(field) {
            &self.lines
        } else {
            &[]
        }
    }

    /// What Enter dials for `field`: the chosen line's number.
    pub fn chosen(&self, field: &str) -> Option<DialNumber> {
        self.lines_for(field)
            .get(self.selected)
            .and_then(|l| l.dial.clone())
    }

    /// Up and Down move the choice (taken from the keyboard before the field
    /// sees them, while there are lines to move in).
    pub fn keys(&mut self, ui: &egui::Ui, field: &str) {
        let count = self.lines_for(field).len();
        if count == 0 {
            return;
        }
        let (down, up) = ui.input_mut(|i| {
            (
                i.consume_key(Modifiers::NONE, Key::ArrowDown),
                i.consume_key(Modifiers::NONE, Key::ArrowUp),
            )
        });
        if down {
            self.selected = (self.selected + 1).min(count - 1);
        }
        if up {
            self.selected = self.selected.saturating_sub(1);
        }
    }

    /// Whether the search for `field` found nobody.
    pub fn nobody(&self, field: &str) -> bool {
        self.query == field && is_a_name(field) && self.lines.is_empty()
    }

    /// The list under the field (nothing while it has no lines); a click
    /// dials that line.
    pub fn ui(&self, ui: &mut egui::Ui, field: &str) -> Option<DialNumber> {
        let lines = self.lines_for(field);
        if lines.is_empty() {
            return None;
        }
        let mut chosen = None;
        for (i, line) in lines.iter().enumerate() {
            let text = line.text();
            let row = ui.add_enabled(
                line.dial.is_some(),
                egui::Button::selectable(i == self.selected, text.clone()),
            );
            if i == self.selected {
                row.scroll_to_me(None);
            }
            if row.clicked() {
                chosen = line.dial.clone();
            }
        }
        ui.label(
            egui::RichText::new(crate::t!("people-keys-hint"))
                .small()
                .weak(),
        );
        chosen
    }
}

/// One line per person and number, the first [`MAX_LINES`].
fn lines(people: &[Person]) -> Vec<Line> {
    let mut out = Vec::new();
    for p in people {
        let who = if p.company.is_empty() {
            p.name.clone()
        } else {
            format!("{} ({})", p.name, p.company)
        };
        for n in &p.numbers {
            if out.len() >= MAX_LINES {
                return out;
            }
            out.push(Line {
                who: who.clone(),
                kind: super::contacts::kind_label(n.kind),
                number: n.number.clone(),
                source: super::contacts::source_label(&p.source),
                dial: normalize(split_extension(&n.number).0).ok(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code
    use super::*;
    use crate::history::people::{Number, NumberKind, Source};

    fn ada() -> Person {
        Person {
            id: 1,
            source: Source::Directory("Corp".into()),
            name: "Ada Lovelace".into(),
            company: "Analytical".into(),
            department: String::new(),
            title: String::new(),
            numbers: vec![
                Number::new(NumberKind::Work, "+1 646 555 1234 x22").unwrap(),
                Number::new(NumberKind::Mobile, "(917) 555-0100").unwrap(),
            ],
        }
    }

    #[test]
    fn names_not_numbers_are_looked_up() {
        assert!(is_a_name("ada"));
        assert!(!is_a_name("1-800-FLOWERS"), "a vanity number dials");
        assert!(!is_a_name("646 555 1234"));
        assert!(!is_a_name(""));
    }

    #[test]
    fn a_line_per_number_with_its_kind_and_source_and_late_answers_dropped() {
        let mut m = Matches::default();
        m.found("ad", "a".into(), &[ada()]);
        assert!(m.lines_for("ad").is_empty(), "an answer to older text");
        m.found("ada", "ada".into(), &[ada()]);
        let lines = m.lines_for("ada");
        assert_eq!(
            lines.iter().map(Line::text).collect::<Vec<_>>(),
            [
                "Ada Lovelace (Analytical), work, +1 646 555 1234 x22, Corp",
                "Ada Lovelace (Analytical), mobile, (917) 555-0100, Corp"
            ]
        );
        // The extension's line is dialled.
        assert_eq!(m.chosen("ada").unwrap().ex_tn(), "6465551234");
        m.selected = 1;
        assert_eq!(m.chosen("ada").unwrap().ex_tn(), "9175550100");
        assert!(m.chosen("adam").is_none(), "the field moved on");
    }
}
