//! The real binary on a virtual desktop: screen pop and its Answer action,
//! the clipboard hotkey, the tray's quick-dial menu, a screenshot, a screen
//! reader's view over AT-SPI. The work is in `tests/desktop/e2e.py`, which
//! starts its own Xvfb, session bus, notification server and tray host, and
//! `tests/desktop/wayland.py` (Weston, a test desktop portal); then the real
//! desktop components users have: `pops.py` (dunst, xfce4-notifyd),
//! `trays.py` (xfce4-panel, gtk-sni-tray), `chooser.py` (the real
//! desktop portal's file chooser, GTK's) and `sway.py` (headless sway with
//! waybar and mako), and the desktops users have: `gnome.py` (GNOME Shell)
//! and `kde.py` (KDE Plasma), each run as an unprivileged user with buses of
//! its own. `bash tests/run` installs what they need.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code
// A Linux desktop (Xvfb, Weston, D-Bus, AT-SPI): Windows has tests/windows/run.
#![cfg(target_os = "linux")]

use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// Far above a normal run (under a minute), far below CI's limit.
const TIMEOUT: Duration = Duration::from_secs(600);

#[test]
fn desktop_end_to_end_in_the_cpu_shell() {
    end_to_end("e2e", "cpu");
}

/// Mesa's llvmpipe serves OpenGL under Xvfb (bash tests/run installs it).
#[test]
fn desktop_end_to_end_in_the_gpu_shell() {
    end_to_end("e2e", "gpu");
}

/// Weston's headless backend, no X server; a test desktop portal serves
/// GlobalShortcuts and Settings (`tests/desktop/wayland.py`).
#[test]
fn desktop_end_to_end_on_wayland() {
    end_to_end("wayland", "cpu");
}

/// The GPU shell on Wayland: eframe's glow through EGL, which Mesa's
/// llvmpipe serves on Weston's headless backend.
#[test]
fn desktop_end_to_end_on_wayland_in_the_gpu_shell() {
    end_to_end("wayland", "gpu");
}

/// dunst: a pop per call, Answer and Ignore through its context menu, its
/// default action, Save as contact, the pop closed on hang-up, Quit,
/// SIGTERM and SIGINT.
#[test]
fn screen_pops_on_dunst() {
    real_desktop("pops", "SKYDIAL_POPS", "dunst");
}

/// xfce4-notifyd: the same, its buttons clicked with xdotool.
#[test]
fn screen_pops_on_xfce4_notifyd() {
    real_desktop("pops", "SKYDIAL_POPS", "xfce4-notifyd");
}

/// The Contacts screen's *Choose a file…* against the real
/// xdg-desktop-portal with its GTK backend: a vCard chosen in GTK's dialog
/// is imported, a cancelled one does nothing, and with no portal the window
/// says so and a typed path still imports (about 35 s).
#[test]
fn file_chooser_through_the_real_portal_gtk() {
    real_desktop("chooser", "SKYDIAL_RENDERER", "cpu");
}

/// xfce4-panel's systray: the icon drawn (idle, ringing, missed), a left
/// click shows and hides the window, the menu's entries clicked on the panel.
#[test]
fn tray_on_xfce4_panel() {
    real_desktop("trays", "SKYDIAL_TRAY", "xfce4-panel");
}

/// gtk-sni-tray-standalone with status-notifier-watcher: the same.
#[test]
fn tray_on_gtk_sni_tray() {
    real_desktop("trays", "SKYDIAL_TRAY", "gtk-sni-tray");
}

/// Headless sway (as an unprivileged user) with waybar's tray and mako, the
/// CPU shell: the window and the tray icon follow every call (they froze
/// from the first ring), mako's actions, a tray click, SIGTERM.
#[test]
fn sway_with_waybar_and_mako() {
    end_to_end("sway", "cpu");
}

/// The same in the GPU shell (eframe's glow through EGL, llvmpipe).
#[test]
fn sway_with_waybar_and_mako_in_the_gpu_shell() {
    end_to_end("sway", "gpu");
}

/// GNOME Shell 43 headless (Wayland) with the AppIndicator extension, the
/// real desktop portal and its GNOME backend (`tests/desktop/gnome.py`).
#[test]
fn gnome_shell_in_the_cpu_shell() {
    end_to_end("gnome", "cpu");
}

#[test]
fn gnome_shell_in_the_gpu_shell() {
    end_to_end("gnome", "gpu");
}

/// KDE Plasma 5.27: KWin (Wayland) in a window on Xvfb, plasmashell, the
/// real desktop portal and its KDE backend, KGlobalAccel
/// (`tests/desktop/kde.py`).
#[test]
fn kde_plasma_in_the_cpu_shell() {
    end_to_end("kde", "cpu");
}

#[test]
fn kde_plasma_in_the_gpu_shell() {
    end_to_end("kde", "gpu");
}

/// The real app in German and in French (SKYDIAL_LANG=de, fr), read as a
/// screen reader reads it: the tabs, a call's Answer, Settings' Language
/// choice and the hotkey's status through AT-SPI, a screen pop's title and
/// actions as the notification server gets them; the expected words come
/// from `assets/i18n/*.ftl` (`tests/desktop/languages.py`, about 3 s).
#[test]
fn in_german_and_french_through_the_accessibility_tree() {
    end_to_end("languages", "cpu");
}

/// The real shells are heavy (GNOME Shell, KWin with plasmashell): one at
/// a time, or on two cores their start-up alone runs past the checks' waits.
static REAL_DESKTOP: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn end_to_end(script: &str, renderer: &str) {
    run(script, renderer, "SKYDIAL_RENDERER", renderer);
}

/// `tests/desktop/{script}.py` with `var` set to `value` (which desktop component).
fn real_desktop(script: &str, var: &str, value: &str) {
    run(script, value, var, value);
}

fn run(script: &str, tag: &str, var: &str, value: &str) {
    let _one_at_a_time = matches!(script, "gnome" | "kde" | "sway")
        .then(|| REAL_DESKTOP.lock().unwrap_or_else(|p| p.into_inner()));
    // Debian's python3 has python3-dbus and python3-gi; a pyenv python may not.
    let python = if Path::new("/usr/bin/python3").exists() {
        "/usr/bin/python3"
    } else {
        "python3"
    };
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let shot = dir.join(format!("skydial-window-{tag}.png"));
    let log_path = dir.join(format!("skydial-{script}-{tag}.log"));
    let log = std::fs::File::create(&log_path).unwrap();
    // Output to a file, not a pipe: a daemon left behind would hold a pipe open forever.
    // Its own process group: whatever the script started goes with it, even if it crashes.
    let mut child = Command::new(python)
        .arg(format!("tests/desktop/{script}.py"))
        .arg(env!("CARGO_BIN_EXE_skydial"))
        .args((script == "e2e").then_some(&shot))
        .env(var, value)
        .env("SKYDIAL_LANG", "en")
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .process_group(0)
        .spawn()
        .expect("cannot run python3: install it (bash tests/run does)");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if started.elapsed() > TIMEOUT {
            break None;
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    let _ = Command::new("bash")
        .args(["-c", &format!("kill -KILL -- -{} 2>/dev/null", child.id())])
        .status();
    let _ = child.wait();
    let out = std::fs::read_to_string(&log_path).unwrap_or_default();
    println!("{out}");
    let status = status
        .unwrap_or_else(|| panic!("the desktop end-to-end test ran over {TIMEOUT:?}:\n{out}"));
    assert!(
        status.success(),
        "the desktop end-to-end test {script} ({tag}) failed (bash tests/run installs what it needs):\n{out}"
    );
    // The script exits 0 only when every one of its checks ran and passed.
    assert!(out.contains(" passed, 0 failed"), "{out}");
    if script == "e2e" {
        assert!(shot.exists(), "no screenshot at {}", shot.display());
    }
}
