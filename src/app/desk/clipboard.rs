//! The hotkey and *Dial clipboard*: the clipboard's (or the selection's)
//! text, dialled or offered in the quick-dial prompt.

use super::Desk;
use super::links::ask_first;
use crate::app::messages::limits::{MAX_CLIPBOARD_BYTES, MAX_QUICK_DIAL_CHARS};
use crate::app::messages::{Asker, Clip, DeskReply, ReplyTo};
use crate::protocol::DialNumber;
use crate::protocol::number::{NoNumber, NumberError, numbers_in};
use crate::t;
use std::sync::Arc;

/// What to do with the text read to be dialled at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClipboardDial {
    Dial(DialNumber),
    /// Several numbers: the window asks which.
    Pick(Vec<DialNumber>),
    /// Nothing is dialled, and why (a sentence for the user).
    Refuse(String),
}

/// What to dial from `text`, read from `clip` (the rule the quick-dial
/// prompt follows too: [`numbers_in`]).
pub fn clipboard_dial(text: &str, clip: Clip) -> ClipboardDial {
    if text.len() > MAX_CLIPBOARD_BYTES {
        return ClipboardDial::Refuse(t!(
            "notice-clipboard-too-big",
            clip = clip.key(),
            size = text.len() / 1024,
            most = MAX_CLIPBOARD_BYTES / 1024
        ));
    }
    let reason = match numbers_in(text) {
        Ok(mut found) if found.len() == 1 => return ClipboardDial::Dial(found.remove(0)),
        Ok(found) if found.len() > 1 => return ClipboardDial::Pick(found),
        Ok(_) => NumberError::Empty.to_string(),
        Err(NoNumber::Invalid(e)) => e.to_string(),
        Err(NoNumber::NotFound) => t!("notice-clipboard-no-number"),
    };
    ClipboardDial::Refuse(t!(
        "notice-clipboard-nothing",
        clip = clip.key(),
        reason = reason
    ))
}

impl Desk {
    /// The hotkey, the tray's Dial clipboard (`from_hotkey`), or the dial
    /// screen's button: reads the clipboard (or the selection), then opens
    /// the quick-dial prompt with it (the hotkey's default) or dials it.
    pub(super) async fn dial_clipboard(self: Arc<Self>, from_hotkey: bool) {
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
        let decided = match text {
            Ok(text) => clipboard_dial(&text, clip),
            Err(e) => ClipboardDial::Refuse(t!(
                "notice-clipboard-unreadable",
                clip = clip.key(),
                error = e.to_string()
            )),
        };
        match decided {
            // Premium-rate and international: asked in the window, as a link.
            ClipboardDial::Dial(number) if ask_first(&number) => {
                let link = crate::protocol::link::Link {
                    number,
                    extension: None,
                };
                self.ask(link, Asker::Clipboard, ReplyTo::new().0).await;
            }
            ClipboardDial::Dial(number) => {
                let outcome = self.queue_call(number).await.await;
                match outcome {
                    Ok(text) => self.dialling(from_hotkey, &text),
                    Err(f) => self.feedback(from_hotkey, true, &f.message),
                }
            }
            ClipboardDial::Pick(found) => {
                self.ui.send(DeskReply::PickNumber(found));
                self.ui.raise_window();
            }
            ClipboardDial::Refuse(why) => self.feedback(from_hotkey, true, &why),
        }
    }

    /// Opens the quick-dial prompt in the window (shown and focused), with
    /// the text read (where the desktop let skydial read it in the
    /// background) or empty (the prompt pastes once it has the focus).
    fn quick_dial(&self, text: Option<String>, clip: Clip) {
        let text = text
            .map(|t| crate::protocol::text::truncate_chars(t.trim(), MAX_QUICK_DIAL_CHARS))
            .filter(|t| !t.is_empty());
        let was_shown = self.ui.raise_window();
        self.ui.send(DeskReply::QuickDial {
            text,
            paste: clip == Clip::Clipboard,
            rehide: !was_shown,
        });
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code
    use super::*;
    use crate::protocol::number::normalize;

    #[test]
    fn the_clipboard_gives_one_number_several_or_a_reason() {
        let n = |t: &str| normalize(t).unwrap();
        assert_eq!(
            clipboard_dial("Call Ada at 646-555-1234, thanks", Clip::Clipboard),
            ClipboardDial::Dial(n("6465551234"))
        );
        assert_eq!(
            clipboard_dial(
                "Sales +1 (212) 555-0142, support 757.555.0123",
                Clip::Clipboard
            ),
            ClipboardDial::Pick(vec![n("2125550142"), n("7575550123")])
        );
        let refused = |t: &str, clip| match clipboard_dial(t, clip) {
            ClipboardDial::Refuse(why) => why,
            other => panic!("{other:?}"),
        };
        assert!(refused("555-CALL-NOW", Clip::Clipboard).contains("letters"));
        assert!(refused("", Clip::Selection).starts_with("Nothing to dial in the selected text"));
        assert!(refused(&"words ".repeat(20), Clip::Clipboard).contains("no phone number"));
        let huge = format!("2125550142 {}", "x".repeat(MAX_CLIPBOARD_BYTES));
        assert!(refused(&huge, Clip::Clipboard).contains("Copy just the phone number"));
    }
}
