//! The global clipboard-to-dial hotkey (default Ctrl+Alt+D).
//!
//! On Linux under X11 it is a key grab on the root window, read by a thread
//! that sleeps in `wait_for_event` (the global-hotkey crate polls every 50
//! ms, which alone costs more idle CPU than the rest of the app). In a
//! Wayland session (where an X11 grab only sees keys while an X11 window has
//! the focus) it is registered with KDE's KGlobalAccel or bound through the
//! desktop portal's GlobalShortcuts (`kglobalaccel.rs` picks), which lets
//! the user rebind it in the desktop's settings. Where neither
//! works we say so (and how to bind `skydial quick-dial` by hand) instead of
//! registering one that never fires. On macOS and Windows, global-hotkey
//! does the work.

use super::desk::UiRequest;
use super::link::UiLink;
use tokio::sync::mpsc;

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

/// A hotkey spec such as `ctrl+alt+d`: modifiers, then one key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeySpec {
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
    pub super_key: bool,
    /// `a`..`z`, `0`..`9`, `f1`..`f12`, or `space`.
    pub key: String,
}

/// Reads `ctrl+alt+d` (case and spaces do not matter).
pub fn parse_spec(spec: &str) -> Result<KeySpec, String> {
    let bad = |why: &str| {
        format!(
            "the hotkey {} is not valid ({why}); write it like ctrl+alt+d",
            crate::protocol::text::quoted(spec)
        )
    };
    let mut out = KeySpec {
        ctrl: false,
        alt: false,
        shift: false,
        super_key: false,
        key: String::new(),
    };
    let tokens: Vec<String> = spec
        .split('+')
        .map(|t| t.trim().to_ascii_lowercase())
        .collect();
    let Some((key, mods)) = tokens.split_last() else {
        return Err(bad("it is empty"));
    };
    for m in mods {
        match m.as_str() {
            "ctrl" | "control" => out.ctrl = true,
            "alt" | "option" => out.alt = true,
            "shift" => out.shift = true,
            "super" | "meta" | "win" | "cmd" => out.super_key = true,
            other => {
                return Err(bad(&format!(
                    "unknown modifier {}",
                    crate::protocol::text::quoted(other)
                )));
            }
        }
    }
    let valid = match key.as_str() {
        k if k.len() == 1 => k.chars().all(|c| c.is_ascii_alphanumeric()),
        "space" => true,
        k => k
            .strip_prefix('f')
            .and_then(|n| n.parse::<u8>().ok())
            .is_some_and(|n| (1..=12).contains(&n)),
    };
    if !valid {
        return Err(bad("the key must be a letter, a digit, F1 to F12 or space"));
    }
    if !(out.ctrl || out.alt || out.super_key) {
        return Err(bad(
            "use at least Ctrl, Alt or Super, or typing would trigger it",
        ));
    }
    out.key = key.clone();
    Ok(out)
}

/// A registered hotkey; it stays registered while this lives, and dropping it
/// releases the key at once (so another one can be registered right after).
pub struct Hotkey {
    #[cfg(not(target_os = "linux"))]
    _manager: global_hotkey::GlobalHotKeyManager,
    #[cfg(not(target_os = "linux"))]
    hotkey: global_hotkey::hotkey::HotKey,
    #[cfg(target_os = "linux")]
    _grab: Option<platform::Grab>,
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
        desk: mpsc::Sender<UiRequest>,
        ui: UiLink,
        runtime: &tokio::runtime::Handle,
    ) -> Result<(Self, String), String> {
        if let Some(reason) = unavailable_reason() {
            return Err(reason);
        }
        let key = parse_spec(spec)?;
        let told = ui.clone();
        let fire = move || {
            if desk
                .try_send(UiRequest::DialClipboard { from_hotkey: true })
                .is_err()
            {
                told.error("skydial is busy; press the hotkey again in a moment.");
            }
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

/// The hotkey through KGlobalAccel or the desktop portal (a Wayland session).
#[cfg(target_os = "linux")]
fn portal_hotkey(
    key: &KeySpec,
    spec: &str,
    fire: impl Fn() + Send + Sync + 'static,
    ui: UiLink,
    runtime: &tokio::runtime::Handle,
) -> (Hotkey, String) {
    use super::link::DeskReply;
    use super::portal::{ShortcutNews, Via};
    let keep = super::kglobalaccel::bind_shortcut(runtime, key, move |news| {
        let status = match news {
            ShortcutNews::Activated => {
                fire();
                return;
            }
            ShortcutNews::Bound(keys, via) | ShortcutNews::Changed(keys, via) => {
                // The desktop's words for the keys: shown as text, and short.
                let keys = crate::protocol::text::truncate_chars(keys.trim(), 60);
                let keys = crate::protocol::text::printable(&keys);
                format!(
                    "{} dials the number on the clipboard ({}).",
                    if keys.is_empty() {
                        "The desktop's shortcut"
                    } else {
                        &keys
                    },
                    match via {
                        Via::Portal =>
                            "a desktop shortcut, through the desktop portal: change it in your desktop's keyboard settings",
                        Via::KGlobalAccel =>
                            "a KDE global shortcut, registered with KGlobalAccel: change it in System Settings, Shortcuts, under skydial",
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

#[cfg(target_os = "linux")]
mod platform {
    use super::{Hotkey, KeySpec};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    use x11rb::connection::Connection;
    use x11rb::protocol::Event;
    use x11rb::protocol::xproto::{
        AtomEnum, ClientMessageEvent, ConnectionExt, CreateWindowAux, EventMask, GrabMode, ModMask,
        Window, WindowClass,
    };
    use x11rb::rust_connection::RustConnection;

    /// The key grab, its connection, and how to wake the thread that reads it.
    pub struct Grab {
        conn: Arc<RustConnection>,
        root: Window,
        keycode: u8,
        grabbed: Vec<ModMask>,
        /// An input-only window of ours: a message sent to it wakes the thread.
        wake: Window,
        stop: Arc<AtomicBool>,
    }

    impl Drop for Grab {
        fn drop(&mut self) {
            for mods in &self.grabbed {
                let _ = self.conn.ungrab_key(self.keycode, self.root, *mods);
            }
            self.stop.store(true, Ordering::SeqCst);
            let wake = ClientMessageEvent::new(32, self.wake, AtomEnum::NOTICE, [0u32; 5]);
            let _ = self
                .conn
                .send_event(false, self.wake, EventMask::NO_EVENT, wake);
            // A round trip: the X server has released the key when this returns.
            if let Ok(cookie) = self.conn.get_input_focus() {
                let _ = cookie.reply();
            }
        }
    }

    fn keysym(key: &str) -> u32 {
        match key {
            "space" => 0x20,
            k if k.len() == 1 => k.as_bytes()[0] as u32,
            // F1 is 0xffbe, then one apart.
            k => 0xffbe + k[1..].parse::<u32>().unwrap_or(1) - 1,
        }
    }

    pub fn register(
        key: &KeySpec,
        spec: &str,
        fire: impl Fn() + Send + 'static,
    ) -> Result<Hotkey, String> {
        let fail = |e: &dyn std::fmt::Display| format!("cannot register the hotkey {spec}: {e}");
        let (conn, screen) = x11rb::connect(None).map_err(|e| fail(&e))?;
        let conn = Arc::new(conn);
        let root = conn
            .setup()
            .roots
            .get(screen)
            .map(|s| s.root)
            .ok_or_else(|| fail(&"no X screen"))?;
        let (min, max) = (conn.setup().min_keycode, conn.setup().max_keycode);
        let mapping = conn
            .get_keyboard_mapping(min, max - min + 1)
            .map_err(|e| fail(&e))?
            .reply()
            .map_err(|e| fail(&e))?;
        let per = usize::from(mapping.keysyms_per_keycode).max(1);
        let wanted = keysym(&key.key);
        let keycode = mapping
            .keysyms
            .chunks(per)
            .position(|syms| syms.contains(&wanted))
            .and_then(|i| u8::try_from(i).ok())
            .map(|i| min + i)
            .ok_or_else(|| fail(&format!("the keyboard has no {} key", key.key)))?;
        let mut mods = ModMask::from(0u16);
        for (on, m) in [
            (key.ctrl, ModMask::CONTROL),
            (key.alt, ModMask::M1),
            (key.shift, ModMask::SHIFT),
            (key.super_key, ModMask::M4),
        ] {
            if on {
                mods |= m;
            }
        }
        let wake = conn.generate_id().map_err(|e| fail(&e))?;
        conn.create_window(
            0,
            wake,
            root,
            0,
            0,
            1,
            1,
            0,
            WindowClass::INPUT_ONLY,
            0,
            &CreateWindowAux::new(),
        )
        .map_err(|e| fail(&e))?;
        let stop = Arc::new(AtomicBool::new(false));
        // Dropped on any early return below: releases what was grabbed so far.
        let mut grab = Grab {
            conn: conn.clone(),
            root,
            keycode,
            grabbed: Vec::new(),
            wake,
            stop: stop.clone(),
        };
        // Grab with and without Caps Lock and Num Lock, which X counts as modifiers.
        for extra in [
            ModMask::from(0u16),
            ModMask::LOCK,
            ModMask::M2,
            ModMask::LOCK | ModMask::M2,
        ] {
            conn.grab_key(
                true,
                root,
                mods | extra,
                keycode,
                GrabMode::ASYNC,
                GrabMode::ASYNC,
            )
            .map_err(|e| fail(&e))?
            .check()
            .map_err(|_| fail(&"another program already uses it"))?;
            grab.grabbed.push(mods | extra);
        }
        conn.flush().map_err(|e| fail(&e))?;
        std::thread::Builder::new()
            .name("skydial-hotkey".into())
            .spawn(move || {
                // Sleeps until the X server sends an event: no polling.
                while let Ok(event) = conn.wait_for_event() {
                    match event {
                        Event::KeyPress(press) if press.detail == keycode => fire(),
                        Event::ClientMessage(_) if stop.load(Ordering::SeqCst) => return,
                        _ => {}
                    }
                }
                tracing::warn!(
                    "the X connection for the hotkey closed; the hotkey no longer works"
                );
            })
            .map_err(|e| fail(&e))?;
        Ok(Hotkey {
            _grab: Some(grab),
            _portal: None,
        })
    }
}

#[cfg(not(target_os = "linux"))]
impl Drop for Hotkey {
    fn drop(&mut self) {
        let _ = self._manager.unregister(self.hotkey);
    }
}

#[cfg(not(target_os = "linux"))]
mod platform {
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
        let manager = GlobalHotKeyManager::new()
            .map_err(|e| format!("cannot use global hotkeys here: {e}"))?;
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs() {
        let k = parse_spec("Ctrl+Alt+D").unwrap();
        assert!(k.ctrl && k.alt && !k.shift && k.key == "d");
        assert_eq!(parse_spec("super + f9").unwrap().key, "f9");
        assert!(parse_spec("ctrl+alt+").is_err());
        assert!(parse_spec("d").unwrap_err().contains("at least"));
        assert!(parse_spec("hyper+d").unwrap_err().contains("modifier"));
        assert!(parse_spec("ctrl+f13").is_err());
        assert!(parse_spec("ctrl+é").is_err());
    }
}
