//! The global clipboard-to-dial hotkey (default Ctrl+Alt+D).
//!
//! On Linux under X11 it is a key grab on the root window, read by a thread
//! that sleeps in `wait_for_event` (the global-hotkey crate polls every 50
//! ms, which alone costs more idle CPU than the rest of the app). In a
//! Wayland session (where an X11 grab only sees keys while an X11 window has
//! the focus) it is registered with KDE's KGlobalAccel or bound through the
//! desktop portal's GlobalShortcuts (`kglobalaccel.rs` picks),
//! which lets the user rebind it in the desktop's settings. Where neither
//! works we say so (and how to bind `skydial quick-dial` by hand) instead of
//! registering one that never fires. On macOS and Windows, global-hotkey
//! does the work.

#[cfg(not(target_os = "linux"))]
mod global;
pub mod keyspec;
#[cfg(target_os = "linux")]
pub mod kglobalaccel;
#[cfg(target_os = "linux")]
mod x11;
#[cfg(not(target_os = "linux"))]
use global as platform;
#[cfg(target_os = "linux")]
use x11 as platform;

mod status;

use crate::app::messages::{DeskRequest, DeskSender, UiLink};
use keyspec::{KeySpec, parse_spec};
pub use status::{HotkeyError, HotkeyStatus};
use tokio::sync::watch;

/// Whether the hotkey can be had here (Linux: X11, or a Wayland session,
/// whose portal is asked later).
fn session_available() -> bool {
    !cfg!(target_os = "linux")
        || wayland_session()
        || std::env::var_os("DISPLAY").is_some_and(|d| !d.is_empty())
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
    /// Registers `spec`; presses ask the desk to dial the clipboard. What
    /// the hotkey does now goes to `status` (through the portal, also what
    /// the desktop answers later).
    pub fn register(
        spec: &str,
        desk: DeskSender,
        ui: UiLink,
        runtime: &tokio::runtime::Handle,
        status: &watch::Sender<HotkeyStatus>,
    ) -> Result<Self, HotkeyError> {
        if !session_available() {
            return Err(HotkeyError::NoSession);
        }
        let key = parse_spec(spec)?;
        let fire = move || {
            desk.send(DeskRequest::DialClipboard { from_hotkey: true });
        };
        #[cfg(target_os = "linux")]
        if wayland_session() {
            status.send_replace(HotkeyStatus::Asking(spec.to_string()));
            return Ok(portal_hotkey(&key, fire, ui, runtime, status.clone()));
        }
        let _ = runtime;
        drop(ui);
        let hotkey = platform::register(&key, spec, fire)?;
        status.send_replace(HotkeyStatus::Registered(spec.to_string()));
        Ok(hotkey)
    }
}

/// The hotkey through KGlobalAccel or the desktop portal (a Wayland session).
#[cfg(target_os = "linux")]
fn portal_hotkey(
    key: &KeySpec,
    fire: impl Fn() + Send + Sync + 'static,
    ui: UiLink,
    runtime: &tokio::runtime::Handle,
    status: watch::Sender<HotkeyStatus>,
) -> Hotkey {
    use super::portal::{ShortcutNews, Via};
    let keep = kglobalaccel::bind_shortcut(runtime, key, move |news| {
        let now = match news {
            ShortcutNews::Activated => {
                fire();
                return;
            }
            ShortcutNews::Bound(keys, Via::Portal) | ShortcutNews::Changed(keys, Via::Portal) => {
                HotkeyStatus::Desktop(keys)
            }
            ShortcutNews::Bound(keys, Via::KGlobalAccel)
            | ShortcutNews::Changed(keys, Via::KGlobalAccel) => HotkeyStatus::Kde(keys),
            ShortcutNews::Failed(why) => {
                let text = HotkeyError::refused(&why.to_string()).to_string();
                ui.info(text.clone());
                HotkeyStatus::Unavailable(text)
            }
        };
        status.send_replace(now);
        ui.repaint();
    });
    Hotkey {
        _grab: None,
        _portal: Some(keep),
    }
}
