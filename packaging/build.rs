//! The Windows program's resources: its icon (Explorer, the Start menu, the
//! taskbar, and the window itself: see `src/app/shells/cpu.rs`), its version
//! information (the file's Properties), and its manifest (per-monitor DPI
//! awareness v2, common controls v6, UTF-8 as the active code page, no
//! elevation). Compiled with mingw-w64's `windres` (`$WINDRES` names another)
//! into an object linked into `skydial.exe`; nothing happens for other
//! targets. The icon file is made here from the PNGs in `assets/icons`
//! (an ICO holding PNG images), so no binary is kept in the repository.
//!
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
use std::path::{Path, PathBuf};
use std::process::Command;

/// The icon's sizes, each from `assets/icons/hicolor/NxN/apps/`.
const ICON_SIZES: [u32; 6] = [16, 24, 32, 48, 64, 256];

fn main() {
    println!("cargo:rerun-if-changed=packaging/build.rs");
    println!("cargo:rerun-if-env-changed=WINDRES");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        linux_link();
        return;
    }
    if let Err(e) = windows_resources() {
        // A Windows build without its manifest would run blurry, in the
        // legacy code page: better no build.
        println!("cargo::error=cannot build skydial.exe's resources: {e}");
    }
}

fn windows_resources() -> Result<(), String> {
    let out = PathBuf::from(std::env::var("OUT_DIR").map_err(|e| e.to_string())?);
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?);
    let version = std::env::var("CARGO_PKG_VERSION").map_err(|e| e.to_string())?;

    let icon = out.join("skydial.ico");
    let pngs = ICON_SIZES
        .iter()
        .map(|size| {
            let path = root.join(format!(
                "assets/icons/hicolor/{size}x{size}/apps/io.github.skydial.Skydial.png"
            ));
            println!("cargo:rerun-if-changed={}", path.display());
            std::fs::read(&path)
                .map(|png| (*size, png))
                .map_err(|e| format!("{}: {e}", path.display()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    write(&icon, &ico(&pngs)?)?;

    let manifest = out.join("skydial.manifest");
    write(&manifest, manifest_xml(&version).as_bytes())?;

    let rc = out.join("skydial.rc");
    write(&rc, resource_script(&version, &icon, &manifest).as_bytes())?;

    let msvc = std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("msvc");
    // link.exe takes a compiled .res as it is; GNU ld an object file.
    let object = out.join(if msvc { "skydial.res" } else { "skydial-res.o" });
    let windres = windres();
    let ran = Command::new(&windres)
        .arg("--input")
        .arg(&rc)
        .arg("--output")
        .arg(&object)
        .args(["--output-format", if msvc { "res" } else { "coff" }])
        .args(["--codepage", "65001"])
        .output()
        .map_err(|e| {
            format!("cannot run {windres} ({e}); install mingw-w64 (Debian: binutils-mingw-w64-x86-64) or set WINDRES")
        })?;
    if !ran.status.success() {
        return Err(format!(
            "{windres} failed ({}): {}",
            ran.status,
            String::from_utf8_lossy(&ran.stderr).trim()
        ));
    }
    // Only the program: test executables need no icon or manifest.
    println!("cargo:rustc-link-arg-bins={}", object.display());
    Ok(())
}

/// `$WINDRES`, else the mingw-w64 one for the target's architecture.
fn windres() -> String {
    if let Ok(windres) = std::env::var("WINDRES")
        && !windres.is_empty()
    {
        return windres;
    }
    match std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() {
        Ok("x86") => "i686-w64-mingw32-windres".into(),
        Ok("aarch64") => "aarch64-w64-mingw32-windres".into(),
        _ => "x86_64-w64-mingw32-windres".into(),
    }
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// An ICO file holding each (size, PNG) as it is (Windows Vista and later
/// read PNG images in icons).
fn ico(images: &[(u32, Vec<u8>)]) -> Result<Vec<u8>, String> {
    let count = u16::try_from(images.len()).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    out.extend_from_slice(&0u16.to_le_bytes()); // reserved
    out.extend_from_slice(&1u16.to_le_bytes()); // an icon
    out.extend_from_slice(&count.to_le_bytes());
    let mut offset = 6 + 16 * u32::from(count);
    for (size, png) in images {
        // 256 is written as 0.
        let side = u8::try_from(*size % 256).map_err(|e| e.to_string())?;
        let len = u32::try_from(png.len()).map_err(|e| e.to_string())?;
        out.extend_from_slice(&[side, side, 0, 0]);
        out.extend_from_slice(&1u16.to_le_bytes()); // colour planes
        out.extend_from_slice(&32u16.to_le_bytes()); // bits per pixel
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&offset.to_le_bytes());
        offset += len;
    }
    for (_, png) in images {
        out.extend_from_slice(png);
    }
    Ok(out)
}

/// `0.1.0` as the four numbers of a Windows version, `0,1,0,0`.
fn version_numbers(version: &str) -> String {
    let mut parts: Vec<u16> = version
        .split(['.', '-', '+'])
        .take(3)
        .map(|p| p.parse().unwrap_or(0))
        .collect();
    parts.resize(4, 0);
    parts
        .iter()
        .map(u16::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

/// A path inside an .rc string: forward slashes, quotes doubled.
fn rc_path(path: &Path) -> String {
    path.display()
        .to_string()
        .replace('\\', "/")
        .replace('"', "\"\"")
}

fn resource_script(version: &str, icon: &Path, manifest: &Path) -> String {
    let numbers = version_numbers(version);
    format!(
        r#"#pragma code_page(65001)
// Resource 1: the program's icon (the first icon is the one Explorer shows).
1 ICON "{icon}"
// CREATEPROCESS_MANIFEST_RESOURCE_ID, RT_MANIFEST
1 24 "{manifest}"
1 VERSIONINFO
FILEVERSION {numbers}
PRODUCTVERSION {numbers}
FILEFLAGSMASK 0x3f
FILEFLAGS 0x0
FILEOS 0x40004
FILETYPE 0x1
FILESUBTYPE 0x0
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904b0"
    BEGIN
      VALUE "CompanyName", "The skydial developers"
      VALUE "FileDescription", "skydial: dial, control calls and see who is calling on your ShoreTel Sky desk phone"
      VALUE "FileVersion", "{version}"
      VALUE "InternalName", "skydial"
      VALUE "LegalCopyright", "MIT OR Apache-2.0"
      VALUE "OriginalFilename", "skydial.exe"
      VALUE "ProductName", "skydial"
      VALUE "ProductVersion", "{version}"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
"#,
        icon = rc_path(icon),
        manifest = rc_path(manifest),
    )
}

fn manifest_xml(version: &str) -> String {
    let numbers = version_numbers(version).replace(',', ".");
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<assembly xmlns="urn:schemas-microsoft-com:asm.v1" manifestVersion="1.0">
  <assemblyIdentity type="win32" name="io.github.skydial.Skydial" version="{numbers}"/>
  <description>skydial</description>
  <dependency>
    <dependentAssembly>
      <assemblyIdentity type="win32" name="Microsoft.Windows.Common-Controls" version="6.0.0.0"
        processorArchitecture="*" publicKeyToken="6595b64144ccf1df" language="*"/>
    </dependentAssembly>
  </dependency>
  <compatibility xmlns="urn:schemas-microsoft-com:compatibility.v1">
    <application>
      <!-- Windows 10 and 11 -->
      <supportedOS Id="{{8e0f7a12-bfb3-4fe8-b9a5-48fd50a15a9a}}"/>
    </application>
  </compatibility>
  <application xmlns="urn:schemas-microsoft-com:asm.v3">
    <windowsSettings>
      <dpiAware xmlns="http://schemas.microsoft.com/SMI/2005/WindowsSettings">true/pm</dpiAware>
      <dpiAwareness xmlns="http://schemas.microsoft.com/SMI/2016/WindowsSettings">PerMonitorV2, PerMonitor</dpiAwareness>
      <activeCodePage xmlns="http://schemas.microsoft.com/SMI/2019/WindowsSettings">UTF-8</activeCodePage>
      <longPathAware xmlns="http://schemas.microsoft.com/SMI/2016/WindowsSettings">true</longPathAware>
    </windowsSettings>
  </application>
  <trustInfo xmlns="urn:schemas-microsoft-com:asm.v3">
    <security>
      <requestedPrivileges>
        <requestedExecutionLevel level="asInvoker" uiAccess="false"/>
      </requestedPrivileges>
    </security>
  </trustInfo>
</assembly>
"#
    )
}

/// Linux release builds: the code order and packed relocations.
fn linux_link() {
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
