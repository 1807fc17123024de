//! The real binary on a virtual desktop: screen pop and its Answer action,
//! the clipboard hotkey, the tray's quick-dial menu, a screenshot. The work is
//! in `tests/desktop/e2e.py`, which starts its own Xvfb, session bus,
//! notification server and tray host; `bash tests/run` installs what it needs.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

use std::path::Path;
use std::process::Command;

#[test]
fn desktop_end_to_end() {
    // Debian's python3 has python3-dbus and python3-gi; a pyenv python may not.
    let python = if Path::new("/usr/bin/python3").exists() {
        "/usr/bin/python3"
    } else {
        "python3"
    };
    let shot = Path::new(env!("CARGO_TARGET_TMPDIR")).join("skydial-window.png");
    let out = Command::new(python)
        .arg("tests/desktop/e2e.py")
        .arg(env!("CARGO_BIN_EXE_skydial"))
        .arg(&shot)
        .output()
        .expect("cannot run python3: install it (bash tests/run does)");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    assert!(
        out.status.success(),
        "the desktop end-to-end test failed (bash tests/run installs Xvfb, dbus, xclip, xdotool, x11-apps, imagemagick, gnome-keyring, python3-dbus, python3-gi):\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains("9 passed, 0 failed"), "{stdout}");
    assert!(shot.exists(), "no screenshot at {}", shot.display());
}
