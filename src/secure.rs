//! Keeping the PIN to this process while it holds one.
//!
//! A command-line process holding a PIN is made non-dumpable: the user's
//! other processes can then neither read its memory through /proc nor attach
//! a debugger. The desktop app cannot be: the XDG desktop portal opens
//! `/proc/PID/root` of every caller to learn whether it is sandboxed, and
//! answers a non-dumpable one with AccessDenied (xdg-desktop-portal 1.16:
//! "Unable to open /proc/PID/root"), which took away the light/dark
//! preference and the global shortcut on Wayland. So the desktop app stays
//! dumpable and is guarded by what does not need that: no core file ever
//! (`RLIMIT_CORE` 0), the kernel's Yama ptrace scope (at 1, the default of
//! Ubuntu's and the upstream kernel's Yama, the user's other processes
//! cannot attach to it or read `/proc/PID/mem`; a scope of 0 or no Yama is
//! reported at start), and the PIN wiped from memory when dropped
//! (`protocol::Pin`). Becoming non-dumpable after the portal had answered
//! would not help: a process that opened `/proc/PID/mem` before keeps it,
//! and any process of the user can ask the unlocked keyring for the PIN.

use std::sync::atomic::{AtomicBool, Ordering};

/// Set once the desktop app runs in this process (see [`desktop_app`]).
static DESKTOP_APP: AtomicBool = AtomicBool::new(false);

/// Marks the process as holding a secret: no core file is ever written, and
/// a command-line process also becomes non-dumpable (the desktop app stays
/// dumpable, see [`desktop_app`]). Cheap and idempotent: called wherever a
/// PIN is read or typed.
pub fn holding_pin() {
    #[cfg(target_os = "linux")]
    {
        use rustix::process::{DumpableBehavior, set_dumpable_behavior};
        no_core_files();
        if !DESKTOP_APP.load(Ordering::SeqCst)
            && let Err(e) = set_dumpable_behavior(DumpableBehavior::NotDumpable)
        {
            tracing::warn!("could not keep the PIN out of reach of other processes: {e}");
        }
    }
}

/// The desktop app runs in this process, from now on: it stays dumpable so
/// that the desktop portal answers it (undoing a command line's
/// [`holding_pin`] that read `SKYDIAL_PIN` before the window opened), writes
/// no core file, and says in the log when the kernel lets the user's other
/// processes read its memory.
pub fn desktop_app() {
    DESKTOP_APP.store(true, Ordering::SeqCst);
    #[cfg(target_os = "linux")]
    {
        use rustix::process::{DumpableBehavior, set_dumpable_behavior};
        no_core_files();
        if let Err(e) = set_dumpable_behavior(DumpableBehavior::Dumpable) {
            tracing::warn!("the desktop portal may refuse skydial: {e}");
        }
        let scope = std::fs::read_to_string(YAMA_PTRACE_SCOPE).ok();
        if let Some(warning) = ptrace_warning(scope.as_deref()) {
            tracing::warn!("{warning}");
        }
    }
}

/// Where the kernel's Yama module says who may attach to (and read the
/// memory of) a process.
const YAMA_PTRACE_SCOPE: &str = "/proc/sys/kernel/yama/ptrace_scope";

/// What to tell the user about Yama's ptrace scope (`None`: it keeps the
/// user's other processes out of skydial's memory).
pub fn ptrace_warning(scope: Option<&str>) -> Option<String> {
    const WHY: &str = "so any program you run can read skydial's memory, and the PIN in it, through /proc or a debugger";
    const FIX: &str = "set the sysctl kernel.yama.ptrace_scope to 1 (as Ubuntu does) to stop that";
    match scope.map(str::trim) {
        None => Some(format!(
            "this kernel has no Yama ptrace restriction ({YAMA_PTRACE_SCOPE} is missing), {WHY}"
        )),
        Some("0") => Some(format!("kernel.yama.ptrace_scope is 0, {WHY}; {FIX}")),
        Some(_) => None,
    }
}

/// No core file with the PIN in it: the kernel writes none at `RLIMIT_CORE`
/// 0, and systemd-coredump, which is handed the limit, keeps none. Only the
/// soft limit: programs skydial starts (the call hook) may raise it again.
#[cfg(target_os = "linux")]
fn no_core_files() {
    use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};
    let now = getrlimit(Resource::Core);
    if now.current == Some(0) {
        return;
    }
    let none = Rlimit {
        current: Some(0),
        maximum: now.maximum,
    };
    if let Err(e) = setrlimit(Resource::Core, none) {
        tracing::warn!("could not turn off core files (a crash could write the PIN to disk): {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One test, because the desktop mode is for the whole process.
    #[test]
    #[cfg(target_os = "linux")]
    fn the_command_line_is_not_dumpable_the_desktop_app_is_and_neither_dumps_core() {
        use rustix::process::{DumpableBehavior, Resource, dumpable_behavior, getrlimit};
        holding_pin();
        assert_eq!(dumpable_behavior().unwrap(), DumpableBehavior::NotDumpable);
        assert_eq!(getrlimit(Resource::Core).current, Some(0));
        // The window opens after the command line read SKYDIAL_PIN.
        desktop_app();
        assert_eq!(dumpable_behavior().unwrap(), DumpableBehavior::Dumpable);
        // Signing in again later (the engine calls this) keeps it so.
        holding_pin();
        assert_eq!(dumpable_behavior().unwrap(), DumpableBehavior::Dumpable);
        assert_eq!(getrlimit(Resource::Core).current, Some(0));
    }

    #[test]
    fn a_ptrace_scope_that_lets_other_processes_in_is_reported() {
        assert!(
            ptrace_warning(Some("0\n"))
                .unwrap()
                .contains("ptrace_scope is 0")
        );
        assert!(ptrace_warning(None).unwrap().contains("no Yama"));
        for kept_out in ["1\n", "2", "3"] {
            assert_eq!(ptrace_warning(Some(kept_out)), None);
        }
    }
}
