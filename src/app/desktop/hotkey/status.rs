//! What the hotkey does now, or why there is none: the one place its
//! words are written (Settings shows them), and its errors.

use super::keyspec::KeySpecError;
use crate::t;

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
            Self::Off => f.write_str(&t!("hotkey-status-off")),
            Self::Saved(spec) => f.write_str(&t!("hotkey-status-saved", keys = spec.as_str())),
            Self::Registered(spec) => {
                f.write_str(&t!("hotkey-status-registered", keys = spec.as_str()))
            }
            Self::Asking(spec) => f.write_str(&t!("hotkey-status-asking", keys = spec.as_str())),
            Self::Desktop(keys) | Self::Kde(keys) => {
                // The desktop's words for the keys: shown as text, and short.
                let keys = crate::protocol::text::truncate_chars(keys.trim(), 60);
                let keys = crate::protocol::text::printable(&keys).into_owned();
                let kde = matches!(self, Self::Kde(_));
                f.write_str(&match (kde, keys.is_empty()) {
                    (true, true) => t!("hotkey-status-kde-unnamed"),
                    (true, false) => t!("hotkey-status-kde", keys = keys),
                    (false, true) => t!("hotkey-status-desktop-unnamed"),
                    (false, false) => t!("hotkey-status-desktop", keys = keys),
                })
            }
            Self::Unavailable(why) | Self::Refused(why) => f.write_str(why),
            Self::NotChanged {
                why,
                old: Some(old),
            } => f.write_str(&t!(
                "hotkey-status-not-changed-old",
                why = why.as_str(),
                old = old.as_str()
            )),
            Self::NotChanged { why, old: None } => {
                f.write_str(&t!("hotkey-status-not-changed", why = why.as_str()))
            }
        }
    }
}

/// Why a hotkey could not be had.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HotkeyError {
    #[error("{}", t!("hotkey-no-session"))]
    NoSession,
    #[error(transparent)]
    Spec(#[from] KeySpecError),
    #[error("{}", t!("hotkey-register", keys = spec.as_str(), why = why.as_str()))]
    Register { spec: String, why: String },
    #[error("{}", t!("hotkey-no-global", why = .0.as_str()))]
    NoGlobalHotkeys(String),
    #[error("{}", t!("hotkey-taken", keys = spec.as_str(), why = why.as_str()))]
    Taken { spec: String, why: String },
    #[error("{}", t!("hotkey-refused", why = .0.as_str()))]
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
        assert!(
            text.ends_with("); use Dial clipboard in the tray, or bind a key to the command `skydial quick-dial` in your desktop's keyboard settings."),
            "{text}"
        );
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
        let de = crate::i18n::Locale::parse("de").unwrap();
        assert_eq!(
            crate::i18n::scoped(de, || HotkeyStatus::Kde("Ctrl+Alt+D".into()).to_string()),
            "Ctrl+Alt+D wählt die Nummer in der Zwischenablage (ein globales KDE-Kürzel, bei KGlobalAccel registriert: Ändern Sie es in den Systemeinstellungen unter Kurzbefehle, skydial)."
        );
        let fr = crate::i18n::Locale::parse("fr").unwrap();
        assert_eq!(
            crate::i18n::scoped(fr, || HotkeyError::NoSession.to_string()),
            "Le raccourci du presse-papiers a besoin d’une session de bureau (X11 ou Wayland), et il n’y en a pas\u{a0}: utilisez «\u{a0}Composer le presse-papiers\u{a0}» dans la zone de notification, ou associez une touche à la commande `skydial quick-dial` dans les réglages du clavier de votre bureau."
        );
    }
}
