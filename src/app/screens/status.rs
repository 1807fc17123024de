//! The status area, always visible: the connection, the last error, the
//! history's state, and notices the user can dismiss.

use super::widgets::Command;
use crate::app::messages::Notice;
use crate::engine::{ConnectionStatus, Snapshot};
use crate::protocol::number::readable;
use crate::t;
use egui::{Color32, RichText};

pub fn status_ui(ui: &mut egui::Ui, snap: &Snapshot, notices: &[Notice]) -> Option<Command> {
    let now = tokio::time::Instant::now();
    let (color, text) = match &snap.status {
        ConnectionStatus::Connected => (
            Color32::from_rgb(0x1f, 0x8a, 0x70),
            snap.status.describe(now),
        ),
        // Why it stopped is said on the sign-in screen, by the fields, once.
        ConnectionStatus::SignedOut | ConnectionStatus::Stopped { .. } => {
            (Color32::GRAY, ConnectionStatus::SignedOut.describe(now))
        }
        other => (Color32::from_rgb(0xe6, 0x7e, 0x22), other.describe(now)),
    };
    ui.horizontal_wrapped(|ui| {
        let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
        ui.painter().circle_filled(rect.center(), 5.0, color);
        let line = match snap.user.as_deref() {
            Some(user) => t!("status-as-user", status = text, user = readable(user)),
            None => text,
        };
        ui.label(line).on_hover_text(t!("status-hint"));
    });
    if let Some(err) = &snap.last_error
        && !matches!(snap.status, ConnectionStatus::Stopped { .. })
    {
        ui.label(RichText::new(err).color(ui.visuals().error_fg_color));
    }
    if let Some(err) = &snap.history_error {
        ui.label(RichText::new(err).color(ui.visuals().warn_fg_color));
    }
    let mut dismiss = None;
    for (i, notice) in notices.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            let color = if notice.error {
                ui.visuals().error_fg_color
            } else {
                ui.visuals().text_color()
            };
            ui.label(RichText::new(&notice.text).color(color));
            if ui.small_button(t!("status-dismiss")).clicked() {
                dismiss = Some(Command::DismissNotice(i));
            }
        });
    }
    dismiss
}
