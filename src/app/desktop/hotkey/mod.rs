//! The global clipboard-to-dial hotkey (default Ctrl+Alt+D).
//!
//! On Linux under X11 it is a key grab on the root window, read by a thread
//! that sleeps in `wait_for_event` (the global-hotkey crate polls every 50
//! ms, which alone costs more idle CPU than the rest of the app). In a
//! Wayland session (where an X11 grab only sees keys while an X11 window has
//! the focus) it is bound through the desktop portal's GlobalShortcuts,
//! which lets the user rebind it in the desktop's settings. Where neither
//! works we say so (and how to bind `skydial quick-dial` by hand) instead of
//! registering one that never fires. On macOS and Windows, global-hotkey
//! does the work.

#[cfg(not(target_os = "linux"))]
mod global;
pub mod keyspec;
#[cfg(target_os = "linux")]
mod x11;
#[cfg(not(target_os = "linux"))]
use global as platform;
#[cfg(target_os = "linux")]
use x11 as platform;

use crate::app::messages::{DeskRequest, DeskSender, UiLink};
use keyspec::{KeySpec, parse_spec};

/// What to do where no global hotkey can be had.
pub const BY_HAND: &str = "use Dial clipboard in the tray, or bind a key to the command `skydial quick-dial` in your desktop's keyboard settings";

/// Why the hotkey is not available here, if it is not (Linux: neither X11
/// nor a Wayland session, whose portal is asked later).
pub fn unavailable_reason() -> Option<String> {
    if cfg!(target_os = "linux") && !wayland_session() {
        let display = std::env::var_os("DISPLAY").filter(|d| !d.is_empty());
        if display.is_none() {
            return Some(format!(
                "The clipboard hotkey needs a desktop session (X11 or Wayland), and there is none: {BY_HAND}."
            ));
        }
    }
    None
}

/// A Wayland session: the hotkey goes through the desktop portal.
pub fn wayland_session() -> bool {
    std::env::var_os("WAYLAND_DISPLAY").is_some_and(|d| !d.is_empty())
}

/// A registered hotkey; it stays registered while this lives, and dropping it
/// releases the key at once (so another one can be registered right after).
pub struct Hotkey {
    #[cfg(not(target_os = "linux"))]
    _manager: global_hotkey::GlobalHotKeyManager,
    #[cfg(not(target_os = "linux"))]
    hotkey: global_hotkey::hotkey::HotKey,
    #[cfg(target_os = "linux")]
    _grab: Option<x11::Grab>,
    /// Keeps the portal session (Wayland); dropped, the session is closed
    /// and the desktop releases the keys.
    #[cfg(target_os = "linux")]
    _portal: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Hotkey {
    /// Registers `spec`; presses ask the desk to dial the clipboard. `Ok`
    /// also says what the hotkey does now (through the portal the desktop
    /// answers later, as a `DeskReply::HotkeyStatus`).
    pub fn register(
        spec: &str,
        desk: DeskSender,
        ui: UiLink,
        runtime: &tokio::runtime::Handle,
    ) -> Result<(Self, String), String> {
        if let Some(reason) = unavailable_reason() {
            return Err(reason);
        }
        let key = parse_spec(spec)?;
        let fire = move || {
            desk.send(DeskRequest::DialClipboard { from_hotkey: true });
        };
        #[cfg(target_os = "linux")]
        if wayland_session() {
            return Ok(portal_hotkey(&key, spec, fire, ui, runtime));
        }
        let _ = runtime;
        drop(ui);
        let hotkey = platform::register(&key, spec, fire)?;
        Ok((hotkey, format!("{spec} dials the number on the clipboard.")))
    }
}

/// The hotkey through the desktop portal (a Wayland session).
#[cfg(target_os = "linux")]
fn portal_hotkey(
    key: &KeySpec,
    spec: &str,
    fire: impl Fn() + Send + Sync + 'static,
    ui: UiLink,
    runtime: &tokio::runtime::Handle,
) -> (Hotkey, String) {
    use super::portal::ShortcutNews;
    use crate::app::messages::DeskReply;
    let keep = super::portal::bind_shortcut(runtime, key.portal_trigger(), move |news| {
        let status = match news {
            ShortcutNews::Activated => {
                fire();
                return;
            }
            ShortcutNews::Bound(keys) | ShortcutNews::Changed(keys) => {
                // The desktop's words for the keys: shown as text, and short.
                let keys = crate::protocol::text::truncate_chars(keys.trim(), 60);
                let keys = crate::protocol::text::printable(&keys);
                format!(
                    "{} dials the number on the clipboard (a desktop shortcut: change it in your desktop's keyboard settings).",
                    if keys.is_empty() {
                        "The desktop's shortcut"
                    } else {
                        &keys
                    }
                )
            }
            ShortcutNews::Failed(why) => {
                let text = format!(
                    "The desktop did not give skydial a global shortcut ({why}); {BY_HAND}."
                );
                ui.info(text.clone());
                text
            }
        };
        ui.send(DeskReply::HotkeyStatus(status));
    });
    (
        Hotkey {
            _grab: None,
            _portal: Some(keep),
        },
        format!("Asking the desktop for the shortcut {spec}…"),
    )
}
