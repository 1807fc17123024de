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
    /// Save what the Settings screen changed (the hotkey is switched first
    /// if it changed).
    SaveSettings(Box<SettingsEdit>),
    AddFavourite(DialNumber),
    /// The favourite with this number (as saved).
    RemoveFavourite(String),
    DismissNotice(usize),
    /// Open the note editor on a call.
    EditNote(NoteEdit),
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

/// "Which number?": a button per number found in `what` (the clipboard,
/// this text), the one picked. The one list for the clipboard's picker and
/// the quick-dial prompt.
pub(crate) fn numbers_ui(ui: &mut egui::Ui, what: &str, list: &[DialNumber]) -> Option<DialNumber> {
    ui.label(format!("{what} has several numbers. Pick the one to dial:"));
    let mut chosen = None;
    for n in list.iter().take(MAX_NUMBERS_OFFERED) {
        if ui.button(format!("Dial {}", n.for_reading())).clicked() {
            chosen = Some(n.clone());
        }
    }
    if list.len() > MAX_NUMBERS_OFFERED {
        ui.small(format!(
            "{} more are not shown: copy just the number you want.",
            list.len() - MAX_NUMBERS_OFFERED
        ));
    }
    chosen
}
