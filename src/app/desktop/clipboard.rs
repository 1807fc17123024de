//! The clipboard and the primary selection, read off the UI thread.

use crate::app::messages::{Clip, ClipboardError, ClipboardReader};
use std::sync::Arc;

/// The system clipboard through arboard (on Wayland, the data-control
/// protocol where the compositor offers it: KDE, wlroots; not GNOME).
pub fn system() -> ClipboardReader {
    Arc::new(|clip| {
        let mut clipboard =
            arboard::Clipboard::new().map_err(|e| ClipboardError::Open(e.to_string()))?;
        match clip {
            Clip::Clipboard => clipboard
                .get_text()
                .map_err(|e| ClipboardError::NoText(e.to_string())),
            Clip::Selection => selection(&mut clipboard),
        }
    })
}

#[cfg(target_os = "linux")]
fn selection(clipboard: &mut arboard::Clipboard) -> Result<String, ClipboardError> {
    use arboard::{GetExtLinux, LinuxClipboardKind};
    clipboard
        .get()
        .clipboard(LinuxClipboardKind::Primary)
        .text()
        .map_err(|e| ClipboardError::NoSelection(e.to_string()))
}

#[cfg(not(target_os = "linux"))]
fn selection(_: &mut arboard::Clipboard) -> Result<String, ClipboardError> {
    Err(ClipboardError::NoSelectionHere)
}
