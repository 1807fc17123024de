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
    SaveSettings(SettingsEdit),
    AddFavourite(DialNumber),
    /// The favourite with this number (as saved).
    RemoveFavourite(String),
    DismissNotice(usize),
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
