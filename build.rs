//! Release builds on x86_64 Linux lay the binary's functions out in the
//! order `packaging/code-order.txt` gives (lld's --symbol-ordering-file, the
//! linker Rust uses there): the code the app runs in the tray first, then the
//! window's, so that a resident app maps a few dense megabytes of code
//! instead of most of the binary (see `packaging/code-order.py`, which
//! writes the file). `SKYDIAL_CODE_ORDER=off` builds without it (a linker
//! without the option, such as GNU ld).

use std::env;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=packaging/code-order.txt");
    println!("cargo:rerun-if-env-changed=SKYDIAL_CODE_ORDER");
    let var = |key: &str| env::var(key).unwrap_or_default();
    let wanted = var("PROFILE") == "release"
        && var("CARGO_CFG_TARGET_OS") == "linux"
        && var("CARGO_CFG_TARGET_ARCH") == "x86_64"
        && var("CARGO_CFG_TARGET_ENV") == "gnu"
        && var("SKYDIAL_CODE_ORDER") != "off";
    let order = Path::new(&var("CARGO_MANIFEST_DIR")).join("packaging/code-order.txt");
    if wanted && order.is_file() {
        println!(
            "cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={}",
            order.display()
        );
        // Names no longer in the binary (the code changed since) are skipped quietly.
        println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    }
}
