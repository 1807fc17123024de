//! The hotkey under X11: a key grab on the root window, read by a thread
//! that sleeps in `wait_for_event` until the X server sends an event (no
//! polling).

use super::{Hotkey, HotkeyError, KeySpec};
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
) -> Result<Hotkey, HotkeyError> {
    let fail = |e: &dyn std::fmt::Display| HotkeyError::Register {
        spec: spec.to_string(),
        why: e.to_string(),
    };
    let (conn, screen) = x11rb::connect(None).map_err(|e| fail(&e))?;
    let conn = Arc::new(conn);
    let root = conn
        .setup()
        .roots
        .get(screen)
        .map(|s| s.root)
        .ok_or_else(|| fail(&crate::t!("hotkey-why-no-screen")))?;
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
        .ok_or_else(|| fail(&crate::t!("hotkey-why-no-key", key = key.key.as_str())))?;
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
        .map_err(|_| fail(&crate::t!("hotkey-why-in-use")))?;
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
            tracing::warn!("the X connection for the hotkey closed; the hotkey no longer works");
        })
        .map_err(|e| fail(&e))?;
    Ok(Hotkey {
        _grab: Some(grab),
        _portal: None,
    })
}
