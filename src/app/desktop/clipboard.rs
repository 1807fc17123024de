//! The clipboard and the primary selection, read off the UI thread.

use crate::app::messages::{Clip, ClipboardReader};
use std::sync::Arc;

/// The system clipboard through arboard (on Wayland, the data-control
/// protocol where the compositor offers it: KDE, wlroots; not GNOME).
pub fn system() -> ClipboardReader {
    Arc::new(|clip| {
        let mut clipboard = arboard::Clipboard::new()
            .map_err(|e| format!("cannot open the clipboard ({e}); is a display available?"))?;
        match clip {
            Clip::Clipboard => clipboard
                .get_text()
                .map_err(|e| format!("the clipboard holds no text ({e})")),
            Clip::Selection => selection(&mut clipboard),
        }
    })
}

#[cfg(target_os = "linux")]
fn selection(clipboard: &mut arboard::Clipboard) -> Result<String, String> {
    use arboard::{GetExtLinux, LinuxClipboardKind};
    clipboard
        .get()
        .clipboard(LinuxClipboardKind::Primary)
        .text()
        .map_err(|e| format!("no text is selected, or the desktop does not share it ({e})"))
}

#[cfg(not(target_os = "linux"))]
fn selection(_: &mut arboard::Clipboard) -> Result<String, String> {
    Err("this system has no selection to read: set the hotkey to read the clipboard".into())
}
