//! The hotkey and *Dial clipboard*: the clipboard's (or the selection's)
//! text, dialled or offered in the quick-dial prompt.

use crate::app::messages::limits::{MAX_CLIPBOARD_BYTES, MAX_QUICK_DIAL_CHARS};
use crate::app::messages::{Clip, DeskReply};
use crate::protocol::number::{find_numbers, normalize};

use super::Desk;

impl Desk {
    /// The hotkey, the tray's Dial clipboard (`from_hotkey`), or the dial
    /// screen's button: reads the clipboard (or the selection), then opens
    /// the quick-dial prompt with it (the hotkey's default) or dials it.
    pub(super) async fn dial_clipboard(&self, from_hotkey: bool) {
        let (prompt, clip) = {
            let s = self.settings.borrow();
            let clip = if s.hotkey_reads_selection() {
                Clip::Selection
            } else {
                Clip::Clipboard
            };
            (from_hotkey && !s.hotkey_dials_at_once(), clip)
        };
        let read = self.config.clipboard.clone();
        let text = self.blocking(move || read(clip)).await;
        if prompt {
            self.quick_dial(text.ok(), clip);
            return;
        }
        let text = match text {
            Ok(text) => text,
            Err(e) => {
                self.feedback(
                    from_hotkey,
                    true,
                    &format!("Cannot dial {}: {e}", clip.name()),
                );
                return;
            }
        };
        if text.len() > MAX_CLIPBOARD_BYTES {
            self.feedback(
                from_hotkey,
                true,
                &format!(
                    "Nothing dialled: {} holds {} KB of text, more than skydial reads ({} KB). Copy just the phone number.",
                    clip.name(),
                    text.len() / 1024,
                    MAX_CLIPBOARD_BYTES / 1024
                ),
            );
            return;
        }
        let found = find_numbers(&text);
        match found.len() {
            0 => {
                let reason = match normalize(text.trim()) {
                    Err(e) if text.trim().chars().count() <= 40 => e.to_string(),
                    _ => "no phone number was found in the copied text".to_string(),
                };
                self.feedback(
                    from_hotkey,
                    true,
                    &format!("Nothing to dial in {}: {reason}", clip.name()),
                );
            }
            1 => {
                if let Some(number) = found.into_iter().next() {
                    self.dial(number, from_hotkey).await;
                }
            }
            _ => {
                self.ui.send(DeskReply::PickNumber(found));
                self.ui.raise_window();
            }
        }
    }

    /// Opens the quick-dial prompt in the window (shown and focused), with
    /// the text read (where the desktop let skydial read it in the
    /// background) or empty (the prompt pastes once it has the focus).
    pub(super) fn quick_dial(&self, text: Option<String>, clip: Clip) {
        let text = text
            .map(|t| crate::protocol::text::truncate_chars(t.trim(), MAX_QUICK_DIAL_CHARS))
            .filter(|t| !t.is_empty());
        self.ui.send(DeskReply::QuickDial {
            text,
            paste: clip == Clip::Clipboard,
        });
        self.ui.raise_window();
    }
}
