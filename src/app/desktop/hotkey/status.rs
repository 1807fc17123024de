//! What the hotkey does now, or why there is none: the one place its
//! words are written (Settings shows them), and its errors.

use super::BY_HAND;
use super::keyspec::KeySpecError;

/// What the hotkey does now, or why there is none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HotkeyStatus {
    /// No desktop integration (the window alone, as in UI tests).
    Off,
    /// Saved, with no desktop integration to register it.
    Saved(String),
    /// Registered: these keys dial.
    Registered(String),
    /// These keys were proposed to the desktop (its portal), which answers later.
    Asking(String),
    /// The desktop bound its shortcut through its portal: its words for the keys.
    Desktop(String),
    /// KDE's KGlobalAccel registered it: its words for the keys.
    Kde(String),
    /// There is no hotkey, and why.
    Unavailable(String),
    /// A new hotkey was refused, and why (the old one stays).
    Refused(String),
    /// A change could not be made, and why; `old` still dials (if it could
    /// be registered again).
    NotChanged { why: String, old: Option<String> },
}

impl std::fmt::Display for HotkeyStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Off => f.write_str("Not registered (no desktop integration)."),
            Self::Saved(spec) => {
                write!(
                    f,
                    "{spec} is saved (no desktop integration to register it)."
                )
            }
            Self::Registered(spec) => write!(f, "{spec} dials the number on the clipboard."),
            Self::Asking(spec) => write!(f, "Asking the desktop for the shortcut {spec}\u{2026}"),
            Self::Desktop(keys) | Self::Kde(keys) => {
                // The desktop's words for the keys: shown as text, and short.
                let keys = crate::protocol::text::truncate_chars(keys.trim(), 60);
                let keys = crate::protocol::text::printable(&keys);
                let keys = if keys.is_empty() {
                    "The desktop's shortcut"
                } else {
                    &keys
                };
                let how = if matches!(self, Self::Kde(_)) {
                    "a KDE global shortcut, registered with KGlobalAccel: change it in System Settings, Shortcuts, under skydial"
                } else {
                    "a desktop shortcut, through the desktop portal: change it in your desktop's keyboard settings"
                };
                write!(f, "{keys} dials the number on the clipboard ({how}).")
            }
            Self::Unavailable(why) | Self::Refused(why) => f.write_str(why),
            Self::NotChanged {
                why,
                old: Some(old),
            } => write!(
                f,
                "{why}. {old} still dials the clipboard; the hotkey was not changed."
            ),
            Self::NotChanged { why, old: None } => write!(f, "{why}. The hotkey was not changed."),
        }
    }
}

/// Why a hotkey could not be had.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HotkeyError {
    #[error(
        "The clipboard hotkey needs a desktop session (X11 or Wayland), and there is none: {BY_HAND}."
    )]
    NoSession,
    #[error(transparent)]
    Spec(#[from] KeySpecError),
    #[error("cannot register the hotkey {spec}: {why}")]
    Register { spec: String, why: String },
    #[error("cannot use global hotkeys here: {0}")]
    NoGlobalHotkeys(String),
    #[error("cannot register {spec} (another program may use it): {why}")]
    Taken { spec: String, why: String },
    #[error("The desktop did not give skydial a global shortcut ({0}); {BY_HAND}.")]
    Refused(String),
}

/// How much of the desktop's own words a refusal shows.
const DESKTOP_WORDS_MAX: usize = 200;

impl HotkeyError {
    /// The desktop (its portal, KGlobalAccel) refused the shortcut, in its
    /// words: cut and shown as text, like the desktop's other words.
    pub fn refused(why: &str) -> Self {
        let why = crate::protocol::text::truncate_chars(why.trim(), DESKTOP_WORDS_MAX);
        Self::Refused(crate::protocol::text::printable(&why).into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The desktop's error text is the desktop's: a megabyte with escape
    /// sequences and newlines is cut and shown as text.
    #[test]
    fn a_refusal_shows_the_desktops_words_cut_and_filtered() {
        let words = format!("no\u{1b}]0;owned\u{7}\nforged line {}", "x".repeat(1 << 20));
        let text = HotkeyError::refused(&words).to_string();
        assert!(text.starts_with("The desktop did not give skydial a global shortcut (no\u{fffd}]0;owned\u{fffd}\u{fffd}forged line xxx"), "{}", &text[..80]);
        assert!(!text.chars().any(char::is_control), "{text:?}");
        assert!(text.chars().count() < 200 + 200, "{}", text.len());
        assert!(text.ends_with(&format!("; {BY_HAND}.")), "{text}");
    }

    #[test]
    fn the_status_is_said_in_plain_words() {
        assert_eq!(
            HotkeyStatus::Desktop("  Ctrl+Alt+D\u{1b}[31m ".into()).to_string(),
            "Ctrl+Alt+D\u{fffd}[31m dials the number on the clipboard (a desktop shortcut, through the desktop portal: change it in your desktop's keyboard settings)."
        );
        assert!(
            HotkeyStatus::Desktop(String::new())
                .to_string()
                .starts_with("The desktop's shortcut")
        );
        let why = HotkeyError::Taken {
            spec: "ctrl+alt+k".into(),
            why: "in use".into(),
        }
        .to_string();
        assert_eq!(
            HotkeyStatus::NotChanged {
                why,
                old: Some("ctrl+alt+d".into())
            }
            .to_string(),
            "cannot register ctrl+alt+k (another program may use it): in use. ctrl+alt+d still dials the clipboard; the hotkey was not changed."
        );
    }
}
