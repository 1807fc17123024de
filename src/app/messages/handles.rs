//! How the desk reaches the desktop without importing it: the clipboard
//! reader and the notifier, handed to it at start (tests hand their own).

use super::Clip;
use std::sync::Arc;

/// Reads the clipboard's (or the selection's) text (blocking; called off
/// the UI thread).
pub type ClipboardReader = Arc<dyn Fn(Clip) -> Result<String, String> + Send + Sync>;

/// Shows a desktop notification (summary, body).
pub type Notifier = Arc<dyn Fn(&str, &str) + Send + Sync>;
