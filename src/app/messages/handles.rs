//! How the desk reaches the desktop without importing it: the clipboard
//! reader and the notifier, handed to it at start (tests hand their own).

use super::Clip;
use std::sync::Arc;

/// Reads the clipboard's (or the selection's) text (blocking; called off
/// the UI thread).
pub type ClipboardReader = Arc<dyn Fn(Clip) -> Result<String, ClipboardError> + Send + Sync>;

/// Why the clipboard (or the selection) could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ClipboardError {
    #[error("cannot open the clipboard ({0}); is a display available?")]
    Open(String),
    #[error("the clipboard holds no text ({0})")]
    NoText(String),
    #[error("no text is selected, or the desktop does not share it ({0})")]
    NoSelection(String),
    #[error("this system has no selection to read: set the hotkey to read the clipboard")]
    NoSelectionHere,
}

/// Shows a desktop notification (summary, body).
pub type Notifier = Arc<dyn Fn(&str, &str) + Send + Sync>;
