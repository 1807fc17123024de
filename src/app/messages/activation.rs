//! Bringing the window back on Wayland.
//!
//! A Wayland client cannot unminimise or raise its own window: only the
//! compositor may, and winit 0.30 ignores `set_minimized(false)`,
//! `set_visible` and `focus_window` there. What a client can do is map a new
//! window, handing the compositor an XDG activation token (`xdg_activation_v1`)
//! that says the user asked for it: the token the desktop gave the process
//! that asked (a second `skydial` launched from the dock or a link carries
//! `XDG_ACTIVATION_TOKEN`, X11's `DESKTOP_STARTUP_ID`; a tray host hands one
//! with a click). So on Wayland the CPU shell shows the window by making it
//! anew with the latest token (see `window.rs`); without one the compositor
//! may leave it without the focus. The GPU shell (eframe) cannot make its
//! window anew: there the desktop is asked for attention instead, and the
//! user is told.
//!
//! Tokens reach the shell through one slot for the process (a process has
//! one window): whoever receives a token offers it, the shell takes it when
//! it next shows the window.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// A token older than this is not used (GNOME lets a launch's token lapse
/// after 15 s; a stale one would only be refused).
const TOKEN_LIFETIME: Duration = Duration::from_secs(10);

static PENDING: Mutex<Option<(String, Instant)>> = Mutex::new(None);

/// The activation token this process was started with, if any.
pub fn token_from_env() -> Option<String> {
    crate::instance::activation_token()
}

/// Keeps `token` for the next time the window is shown.
pub fn offer(token: &str) {
    if let Some(token) = crate::instance::valid_token(token) {
        *PENDING.lock().unwrap_or_else(|p| p.into_inner()) = Some((token, Instant::now()));
    }
}

/// The token offered last, if it is recent; it is used once.
pub fn take() -> Option<String> {
    let taken = PENDING.lock().unwrap_or_else(|p| p.into_inner()).take();
    taken.and_then(|(token, at)| (at.elapsed() < TOKEN_LIFETIME).then_some(token))
}

static SHOWING: AtomicBool = AtomicBool::new(false);

/// The window was asked to show itself (a shell that cannot do it on
/// Wayland says so: see [`take_showing`]).
pub fn showing() {
    SHOWING.store(true, Ordering::SeqCst);
}

/// Whether the window was asked to show itself since the last call.
pub fn take_showing() -> bool {
    SHOWING.swap(false, Ordering::SeqCst)
}

/// A Wayland session: the window cannot be unminimised or hidden in place.
pub fn wayland() -> bool {
    cfg!(target_os = "linux") && std::env::var_os("WAYLAND_DISPLAY").is_some_and(|d| !d.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_kept_once_and_only_if_it_looks_like_one() {
        use crate::instance::{MAX_TOKEN_BYTES, valid_token};
        assert_eq!(valid_token(" abc_TIME123 "), Some("abc_TIME123".into()));
        assert_eq!(valid_token(""), None);
        assert_eq!(valid_token("two words"), None);
        assert_eq!(valid_token("bell\u{7}"), None);
        assert_eq!(valid_token(&"x".repeat(MAX_TOKEN_BYTES + 1)), None);
        offer("first");
        offer("second");
        assert_eq!(take(), Some("second".into()));
        assert_eq!(take(), None);
    }
}
