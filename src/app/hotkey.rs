//! The global clipboard-to-dial hotkey (default Ctrl+Alt+D). On Linux it
//! needs X11: without it we say the hotkey is unavailable instead of
//! registering one that would never fire.

use super::desk::UiRequest;
use super::link::UiLink;
use global_hotkey::hotkey::HotKey;
use global_hotkey::{GlobalHotKeyEvent, GlobalHotKeyManager, HotKeyState};
use tokio::sync::mpsc;

/// Why the hotkey is not available here, if it is not (Linux: X11 only).
pub fn unavailable_reason() -> Option<String> {
    if cfg!(target_os = "linux") {
        let display = std::env::var_os("DISPLAY").filter(|d| !d.is_empty());
        if display.is_none() {
            let wayland = std::env::var_os("WAYLAND_DISPLAY").is_some();
            return Some(if wayland {
                "The clipboard hotkey needs X11, and this Wayland session has no XWayland display; use Dial clipboard in the tray or the window.".into()
            } else {
                "The clipboard hotkey needs an X11 display, and there is none; use Dial clipboard in the tray or the window.".into()
            });
        }
    }
    None
}

/// A registered hotkey; dropping it unregisters.
pub struct Hotkey {
    manager: GlobalHotKeyManager,
    hotkey: HotKey,
}

impl Hotkey {
    /// Parses `spec` (`ctrl+alt+d`) and registers it; presses ask the desk to dial the clipboard.
    pub fn register(
        spec: &str,
        desk: mpsc::Sender<UiRequest>,
        ui: UiLink,
    ) -> Result<Hotkey, String> {
        if let Some(reason) = unavailable_reason() {
            return Err(reason);
        }
        let hotkey: HotKey = spec.parse().map_err(|e| {
            format!("the hotkey {spec:?} is not valid ({e}); write it like ctrl+alt+d")
        })?;
        let manager = GlobalHotKeyManager::new()
            .map_err(|e| format!("cannot use global hotkeys here: {e}"))?;
        manager
            .register(hotkey)
            .map_err(|e| format!("cannot register {spec} (another program may use it): {e}"))?;
        let id = hotkey.id();
        GlobalHotKeyEvent::set_event_handler(Some(move |event: GlobalHotKeyEvent| {
            let pressed = event.id() == id && event.state() == HotKeyState::Pressed;
            if pressed
                && desk
                    .try_send(UiRequest::DialClipboard { from_hotkey: true })
                    .is_err()
            {
                ui.error("skydial is busy; press the hotkey again in a moment.");
            }
        }));
        Ok(Hotkey { manager, hotkey })
    }
}

impl Drop for Hotkey {
    fn drop(&mut self) {
        let _ = self.manager.unregister(self.hotkey);
    }
}
