//! The hotkey on Windows and macOS, through global-hotkey.

use super::{Hotkey, KeySpec};
use global_hotkey::hotkey::HotKey;
use global_hotkey::{GlobalHotKeyEvent, GlobalHotKeyManager, HotKeyState};

pub fn register(
    key: &KeySpec,
    spec: &str,
    fire: impl Fn() + Send + Sync + 'static,
) -> Result<Hotkey, String> {
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
    let hotkey: HotKey = text.join("+").parse().map_err(|e| {
        format!(
            "the hotkey {} is not valid: {e}",
            crate::protocol::text::quoted(spec)
        )
    })?;
    let manager =
        GlobalHotKeyManager::new().map_err(|e| format!("cannot use global hotkeys here: {e}"))?;
    manager
        .register(hotkey)
        .map_err(|e| format!("cannot register {spec} (another program may use it): {e}"))?;
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
