//! What the app remembers between runs (never the PIN: that is in the keyring).

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// A number the user wants one click away (tray and dial screen).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Favourite {
    pub name: String,
    pub number: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub server: String,
    pub user: String,
    /// Extra CA certificates to trust (company TLS proxy).
    pub ca_file: Option<PathBuf>,
    /// Keep the PIN in the OS keyring.
    pub remember_pin: bool,
    /// The phone's MAC, blank unless provisioning needs it.
    pub endpoint: String,
    /// The clipboard-to-dial hotkey, like `ctrl+alt+d`.
    pub hotkey: String,
    /// Screen pops for ringing calls.
    pub notifications: bool,
    /// Do not disturb: ringing calls are ignored through the API (and logged as missed).
    pub do_not_disturb: bool,
    pub start_minimised: bool,
    /// Closing the window keeps skydial running in the tray.
    pub close_to_tray: bool,
    /// How the window is drawn: `auto`, `cpu` or `gpu`.
    pub renderer: String,
    pub favourites: Vec<Favourite>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            server: crate::client::url::DEFAULT_SERVER.to_string(),
            user: String::new(),
            ca_file: None,
            remember_pin: true,
            endpoint: String::new(),
            hotkey: "ctrl+alt+d".into(),
            notifications: true,
            do_not_disturb: false,
            start_minimised: false,
            close_to_tray: true,
            renderer: "auto".into(),
            favourites: Vec::new(),
        }
    }
}

/// `SKYDIAL_CONFIG_DIR`, else the platform's (`~/.config/skydial` on Linux).
pub fn config_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("SKYDIAL_CONFIG_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "skydial").map(|d| d.config_dir().to_path_buf())
}

pub fn default_path() -> Option<PathBuf> {
    config_dir().map(|d| d.join("settings.json"))
}

/// Reads the settings; a missing file gives the defaults, a damaged one is an
/// error that says where it is (the defaults are used meanwhile).
pub fn load(path: &Path) -> Result<Settings, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => serde_json::from_str(&text).map_err(|e| {
            format!(
                "the settings file {} is damaged ({e}); using defaults. Fix or delete it",
                path.display()
            )
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Settings::default()),
        Err(e) => Err(format!(
            "cannot read the settings file {}: {e}",
            path.display()
        )),
    }
}

/// Writes the settings atomically and privately (0600 in a 0700 directory):
/// a crash or a full disk never leaves half a file.
pub fn save(path: &Path, settings: &Settings) -> Result<(), String> {
    let fail =
        |e: &dyn std::fmt::Display| format!("cannot save settings to {}: {e}", path.display());
    let text = serde_json::to_string_pretty(settings).map_err(|e| fail(&e))?;
    crate::files::replace_private(path, text.as_bytes()).map_err(|e| fail(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_tolerates_missing_fields() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        assert_eq!(load(&path).unwrap(), Settings::default());
        let mut s = Settings {
            user: "6465551000".into(),
            ..Settings::default()
        };
        s.favourites.push(Favourite {
            name: "Desk".into(),
            number: "1234".into(),
        });
        save(&path, &s).unwrap();
        assert_eq!(load(&path).unwrap(), s);
        std::fs::write(&path, r#"{"user":"1"}"#).unwrap();
        assert_eq!(load(&path).unwrap().hotkey, "ctrl+alt+d");
        std::fs::write(&path, "{").unwrap();
        assert!(load(&path).unwrap_err().contains("damaged"));
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(!text.contains("pin"), "no PIN field");
    }
}
