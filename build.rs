//! How release builds on x86_64 Linux are linked, for a smaller resident app:
//!
//! - Functions in the order `packaging/code-order.txt` gives (lld's
//!   --symbol-ordering-file, the linker Rust uses there): the code the app
//!   runs in the tray first, then the window's, so that a resident app maps a
//!   few dense megabytes of code instead of most of the binary (see
//!   `packaging/code-order.py`, which writes the file). `SKYDIAL_CODE_ORDER=off`
//!   builds without it (a linker without the option, such as GNU ld).
//! - Relative relocations packed (DT_RELR) where the C library built against
//!   runs them (glibc 2.36 and later): the loader reads every relocation at
//!   start, and 23,000 of them took 545 KiB of the binary, resident for good.

use std::env;
use std::path::Path;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=packaging/code-order.txt");
    println!("cargo:rerun-if-env-changed=SKYDIAL_CODE_ORDER");
    let var = |key: &str| env::var(key).unwrap_or_default();
    let release_linux = var("PROFILE") == "release"
        && var("CARGO_CFG_TARGET_OS") == "linux"
        && var("CARGO_CFG_TARGET_ARCH") == "x86_64"
        && var("CARGO_CFG_TARGET_ENV") == "gnu";
    if !release_linux {
        return;
    }
    let order = Path::new(&var("CARGO_MANIFEST_DIR")).join("packaging/code-order.txt");
    if var("SKYDIAL_CODE_ORDER") != "off" && order.is_file() {
        println!(
            "cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={}",
            order.display()
        );
        // Names no longer in the binary (the code changed since) are skipped quietly.
        println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    }
    // Built for this machine (not cross-compiled) against glibc 2.36 or later.
    if var("HOST") == var("TARGET") && glibc_at_least(2, 36) {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}

/// Whether this machine's glibc (`getconf GNU_LIBC_VERSION`: "glibc 2.36") is
/// at least `major.minor`.
fn glibc_at_least(major: u32, minor: u32) -> bool {
    let Ok(out) = Command::new("getconf").arg("GNU_LIBC_VERSION").output() else {
        return false;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let Some(version) = text.trim().strip_prefix("glibc ") else {
        return false;
    };
    let mut parts = version.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
    let found = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
    found >= (major, minor)
}
