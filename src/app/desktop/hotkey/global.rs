//! The hotkey on Windows and macOS, through global-hotkey.

use super::{Hotkey, HotkeyError, KeySpec};
use global_hotkey::hotkey::HotKey;
use global_hotkey::{GlobalHotKeyEvent, GlobalHotKeyManager, HotKeyState};

pub fn register(
    key: &KeySpec,
    spec: &str,
    fire: impl Fn() + Send + Sync + 'static,
) -> Result<Hotkey, HotkeyError> {
    let mut text = Vec::new();
    for (on, name) in [
        (key.ctrl, "ctrl"),
        (key.alt, "alt"),
        (key.shift, "shift"),
        (key.super_key, "super"),
    ] {
        if on {
            text.push(name.to_string());
        }
    }
    text.push(key.key.clone());
    let hotkey = text
        .join("+")
        .parse::<HotKey>()
        .map_err(|e| HotkeyError::Register {
            spec: spec.to_string(),
            why: crate::t!("hotkey-why-unreadable", error = e.to_string()),
        })?;
    let manager =
        GlobalHotKeyManager::new().map_err(|e| HotkeyError::NoGlobalHotkeys(e.to_string()))?;
    manager.register(hotkey).map_err(|e| HotkeyError::Taken {
        spec: spec.to_string(),
        why: e.to_string(),
    })?;
    let id = hotkey.id();
    GlobalHotKeyEvent::set_event_handler(Some(move |event: GlobalHotKeyEvent| {
        if event.id() == id && event.state() == HotKeyState::Pressed {
            fire();
        }
    }));
    Ok(Hotkey {
        _manager: manager,
        hotkey,
    })
}

impl Drop for Hotkey {
    fn drop(&mut self) {
        let _ = self._manager.unregister(self.hotkey);
    }
}
