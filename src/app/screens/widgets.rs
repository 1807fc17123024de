//! What every screen shares: the [`Command`] a screen returns, and small
//! widgets.

use crate::app::messages::DeskRequest;
use crate::protocol::DialNumber;
use crate::settings::SettingsEdit;

/// What a screen asks for; applied once the frame is drawn.
#[must_use]
pub enum Command {
    /// Background work (the engine, the keyring, files): to the desk.
    Request(DeskRequest),
    /// Apply what the Settings screen changed (the hotkey is switched first
    /// if it changed).
    SaveSettings(Box<SettingsEdit>),
    AddFavourite(DialNumber),
    /// The favourite with this number (as saved).
    RemoveFavourite(String),
    DismissNotice(usize),
    /// Open the contact form with this number (Save as contact).
    SaveAsContact(String),
    /// Open the note editor on a call.
    EditNote(NoteEdit),
    /// Open the system's file chooser for contacts to import.
    ChooseContactsFile,
    /// Open the system's Save dialog to export the history in this format.
    ChooseExportFile(crate::history::export::Format),
}

/// A note being written on a call (the note editor's, `work.rs`).
pub struct NoteEdit {
    pub call_id: String,
    /// Who the call was with, for the editor's title.
    pub who: String,
    pub text: String,
}

/// A text field with a visible label that screen readers (and tests) find it by.
pub(crate) fn labelled_field(
    ui: &mut egui::Ui,
    label: &str,
    edit: egui::TextEdit<'_>,
) -> egui::Response {
    let l = ui.label(label);
    ui.add(edit).labelled_by(l.id)
}

/// The most numbers offered at once to pick from.
pub(crate) const MAX_NUMBERS_OFFERED: usize = 8;

/// "Which number?": under `heading` (the clipboard, or this text, has
/// several numbers), a button per number found, the one picked. The one
/// list for the clipboard's picker and the quick-dial prompt.
pub(crate) fn numbers_ui(
    ui: &mut egui::Ui,
    heading: &str,
    list: &[DialNumber],
) -> Option<DialNumber> {
    ui.label(heading);
    let mut chosen = None;
    for n in list.iter().take(MAX_NUMBERS_OFFERED) {
        if ui
            .button(crate::t!("pick-dial", number = n.for_reading()))
            .clicked()
        {
            chosen = Some(n.clone());
        }
    }
    if list.len() > MAX_NUMBERS_OFFERED {
        ui.small(crate::t!(
            "pick-more",
            count = list.len() - MAX_NUMBERS_OFFERED
        ));
    }
    chosen
}

/// How long a button that appeared or changed ignores clicks: a click meant
/// for what was there before (a double-click on Answer, a late click on
/// Decline) must not hold or hang up the call that took its place.
pub(crate) const SETTLE_SECS: f64 = 0.5;

/// Whether a click at `now` counts, on a button shown as it is since `since`
/// (both in seconds on one clock).
pub(crate) fn click_counts(since: f64, now: f64) -> bool {
    now - since >= SETTLE_SECS
}

/// What a steady button showed, for what (a call), since when, and the
/// last pass it was drawn.
#[derive(Clone)]
struct Shown {
    label: String,
    owner: egui::Id,
    since: f64,
    pass: u64,
}

/// When the button at `id` started showing `label` for `owner`: now if it
/// was not drawn in the previous pass or showed something else, or the same
/// words for another call (the list was reordered under the pointer).
fn shown_since(ui: &egui::Ui, id: egui::Id, owner: egui::Id, label: &str) -> f64 {
    let now = ui.input(|i| i.time);
    let pass = ui.ctx().cumulative_pass_nr();
    ui.data_mut(|d| {
        let fresh = Shown {
            label: label.to_string(),
            owner,
            since: now,
            pass,
        };
        let shown = d.get_temp_mut_or_insert_with(id, || fresh.clone());
        if shown.label != label || shown.owner != owner || shown.pass.saturating_add(1) < pass {
            *shown = fresh;
        } else {
            shown.pass = pass;
        }
        shown.since
    })
}

/// How a main action looks: green (start talking), red (end or refuse a
/// call), or as any button.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Tone {
    Go,
    Stop,
    Plain,
}

/// A button with its tone's colours.
pub(crate) fn toned(label: &str, tone: Tone) -> egui::Button<'static> {
    let fill = match tone {
        Tone::Go => super::theme::GO,
        Tone::Stop => super::theme::STOP,
        Tone::Plain => return egui::Button::new(label.to_string()),
    };
    egui::Button::new(egui::RichText::new(label).color(super::theme::ON_ACTION)).fill(fill)
}

/// The width of a call's action button: every action takes the same room,
/// so a button that replaces another is where it was.
pub(crate) const ACTION_WIDTH: f32 = 92.0;

/// A button in a fixed place (`id`, a place on the screen, so what it
/// remembers stays bounded) acting on `owner`, that ignores clicks for
/// [`SETTLE_SECS`] after it appeared, its label changed or it started
/// acting on another owner.
pub(crate) fn steady_button(
    ui: &mut egui::Ui,
    id: egui::Id,
    owner: egui::Id,
    label: &str,
    tone: Tone,
) -> egui::Response {
    let since = shown_since(ui, id, owner, label);
    let button = toned(label, tone).min_size(egui::vec2(ACTION_WIDTH, 28.0));
    let mut response = ui.add(button);
    if response.clicked() && !click_counts(since, ui.input(|i| i.time)) {
        tracing::debug!("a click on {label:?} {SETTLE_SECS} s after it appeared: ignored");
        response
            .flags
            .remove(egui::response::Flags::CLICKED | egui::response::Flags::FAKE_PRIMARY_CLICKED);
    }
    response
}

/// A text field's width that shows its whole `hint` (a longer language's
/// words are not cut short), at least `least` and at most what is left of
/// the row.
pub(crate) fn width_for_hint(ui: &egui::Ui, hint: &str, least: f32) -> f32 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let text = ui
        .painter()
        .layout_no_wrap(hint.to_string(), font, egui::Color32::PLACEHOLDER)
        .size()
        .x;
    let margins = 2.0 * ui.spacing().button_padding.x + 8.0;
    (text + margins)
        .max(least)
        .min(ui.available_width().max(least))
}

/// What a field in a two-column grid is for, in small text under it where
/// a hint inside the field would be cut short (a longer language's words).
pub(crate) fn hint_under(ui: &mut egui::Ui, hint: &str) {
    ui.label("");
    ui.add(egui::Label::new(egui::RichText::new(hint).small().weak()).wrap());
    ui.end_row();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_click_counts_only_half_a_second_after_the_button_appeared() {
        assert!(!click_counts(10.0, 10.0));
        assert!(!click_counts(10.0, 10.49));
        assert!(click_counts(10.0, 10.5));
        assert!(click_counts(10.0, 70.0));
        // A clock that went back (a new pass with an older time) does not count.
        assert!(!click_counts(10.0, 9.0));
    }
}
