//! The terminal a command was started from (Windows).
//!
//! `skydial.exe` is a GUI program (`windows_subsystem = "windows"` in
//! `main.rs`): started from the Start menu, Explorer, a link or the Run key
//! it opens no console window beside the app. A GUI program has no
//! standard output of its own, though, so a command (`skydial dial`,
//! `calls`, `--help`, an error) first attaches to the console of the
//! program that started it, when there is one: what it prints then shows in
//! that terminal. Output already going somewhere (a pipe, a file, a console
//! a parent passed on) is left as it is. The window never attaches: closing
//! the terminal it was started from would end it.

/// Attaches to the parent's console if standard output or error goes
/// nowhere (once; nothing to do elsewhere than on Windows).
pub fn attach() {
    #[cfg(windows)]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            use std::os::windows::io::AsRawHandle;
            let nowhere = std::io::stdout().as_raw_handle().is_null()
                || std::io::stderr().as_raw_handle().is_null();
            if nowhere {
                // No parent console (started from Explorer): nothing to print to.
                let _ = winsafe::AttachConsole(winsafe::PidParent::Parent);
            }
        });
    }
}
