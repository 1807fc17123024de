//! What the app remembers between runs (never the PIN: that is in the keyring).

use crate::t;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// A number the user wants one click away (tray and dial screen).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Favourite {
    pub name: String,
    pub number: String,
}

/// The hours calls ring on each weekday: `09:00-17:30`, several spans with
/// commas (`08:00-12:00, 13:00-17:00`), one that crosses midnight
/// (`22:00-06:00`, counted from the day it starts), `00:00-24:00` all day,
/// blank none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkingHours {
    pub mon: String,
    pub tue: String,
    pub wed: String,
    pub thu: String,
    pub fri: String,
    pub sat: String,
    pub sun: String,
}

impl Default for WorkingHours {
    fn default() -> Self {
        let day = || "09:00-17:00".to_string();
        Self {
            mon: day(),
            tue: day(),
            wed: day(),
            thu: day(),
            fri: day(),
            sat: String::new(),
            sun: String::new(),
        }
    }
}

/// The rules for ringing calls, as the settings file keeps them (the
/// `rules` object).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RuleSettings {
    /// Do not disturb outside `working_hours`.
    pub dnd_outside_working_hours: bool,
    /// The hours calls ring, per weekday.
    pub working_hours: WorkingHours,
    /// Do not disturb until this time (ISO 8601; blank: not set), from the
    /// tray's *for an hour* and *until tomorrow*.
    pub dnd_until: String,
    /// Numbers, or contact names, that ring through do not disturb.
    pub vip: Vec<String>,
    /// Numbers (or prefixes ending in `*`) always ignored: spam.
    pub ignore_numbers: Vec<String>,
    /// Keys this version does not know: kept.
    #[serde(flatten)]
    pub other: serde_json::Map<String, serde_json::Value>,
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
    /// What the hotkey (and the tray's Dial clipboard) does: `prompt` opens
    /// the quick-dial prompt with the text in it, `dial` dials at once.
    pub hotkey_action: String,
    /// What the hotkey reads: `clipboard`, or `selection` (the highlighted
    /// text: X11's and Wayland's primary selection).
    pub hotkey_reads: String,
    /// Light or dark: `system` (follow the desktop), `light` or `dark`.
    pub theme: String,
    /// The language: `system` (`LANGUAGE`/`LC_ALL`/`LC_MESSAGES`/`LANG`,
    /// the Windows UI language), or a tag like `de`, `fr-CA`, `en-GB`.
    /// `SKYDIAL_LANG` overrides it. See [`crate::i18n::choices`].
    pub language: String,
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
    /// Dial `tel:`/`callto:` links without asking (never international or
    /// premium-rate numbers: those are always asked about).
    pub trusted_links: bool,
    /// Start hidden in the tray at login (an autostart entry, written or
    /// removed when this is saved).
    pub start_at_login: bool,
    /// A page (a CRM's) opened when a call rings or is answered, and a
    /// program run when one rings, is answered or ends.
    pub hooks: crate::hooks::HookSettings,
    /// The rules for ringing calls (`work::rules`; they work only while
    /// skydial runs). Boxed: settings travel by value in the app's messages.
    pub rules: Box<RuleSettings>,
    /// Pause media players while a call rings or is live, and resume the
    /// ones skydial paused when the last call ends.
    pub pause_media: bool,

    /// Company directories (LDAP, CardDAV) synced for callers' names; their
    /// passwords are in the keyring, never here.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub directories: Vec<crate::directory::DirectoryConfig>,
    /// Keys this version does not know (a newer version's, or the user's):
    /// kept as they were when the file is saved.
    #[serde(flatten)]
    pub other: serde_json::Map<String, serde_json::Value>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            server: crate::client::url::DEFAULT_SERVER.to_string(),
            user: String::new(),
            ca_file: None,
            remember_pin: true,
            endpoint: String::new(),
            hotkey: "ctrl+alt+d".into(),
            hotkey_action: "prompt".into(),
            hotkey_reads: "clipboard".into(),
            theme: "system".into(),
            language: "system".into(),
            notifications: true,
            do_not_disturb: false,
            start_minimised: false,
            close_to_tray: true,
            renderer: "auto".into(),
            favourites: Vec::new(),
            trusted_links: false,
            start_at_login: false,
            hooks: crate::hooks::HookSettings::default(),
            rules: Box::default(),
            pause_media: true,

            directories: Vec::new(),
            other: serde_json::Map::new(),
        }
    }
}

impl Settings {
    /// The hotkey dials at once (else it opens the quick-dial prompt).
    pub fn hotkey_dials_at_once(&self) -> bool {
        self.hotkey_action.trim().eq_ignore_ascii_case("dial")
    }

    /// The hotkey reads the selection (else the clipboard).
    pub fn hotkey_reads_selection(&self) -> bool {
        self.hotkey_reads.trim().eq_ignore_ascii_case("selection")
    }

    /// The forced theme: `Some(true)` dark, `Some(false)` light, `None`
    /// follow the desktop (anything else than `light`/`dark` does).
    pub fn forced_dark(&self) -> Option<bool> {
        match self.theme.trim().to_ascii_lowercase().as_str() {
            "dark" => Some(true),
            "light" => Some(false),
            _ => None,
        }
    }
}

/// Calls `$then!` with the name of every field of [`Settings`]; the list is
/// checked against the struct (a field added there and not here does not
/// compile), so an edit can never leave one out.
macro_rules! every_field {
    ($then:ident) => {
        $then!(
            server,
            user,
            ca_file,
            remember_pin,
            endpoint,
            hotkey,
            hotkey_action,
            hotkey_reads,
            theme,
            language,
            notifications,
            do_not_disturb,
            start_minimised,
            close_to_tray,
            renderer,
            favourites,
            trusted_links,
            start_at_login,
            hooks,
            rules,
            pause_media,
            directories,
            other
        )
    };
}

/// What the user changed on the Settings screen: the fields whose values
/// differ from the settings the editing began from. Applied to the settings
/// as they are when it arrives, it changes those fields only, so a change
/// made meanwhile elsewhere (the tray's do not disturb) stays.
#[derive(Debug, Clone, PartialEq)]
pub struct SettingsEdit {
    edited: Settings,
    changed: Vec<&'static str>,
}

impl SettingsEdit {
    /// The fields of `edited` that differ from `base`.
    pub fn between(base: &Settings, edited: &Settings) -> Self {
        macro_rules! differing {
            ($($field:ident),*) => {{
                let Settings { $($field: _),* } = edited;
                let mut changed = Vec::new();
                $(
                    if base.$field != edited.$field {
                        changed.push(stringify!($field));
                    }
                )*
                changed
            }};
        }
        Self {
            edited: edited.clone(),
            changed: every_field!(differing),
        }
    }

    /// Nothing was changed.
    pub fn is_empty(&self) -> bool {
        self.changed.is_empty()
    }

    /// The new hotkey, if the edit changes it.
    pub fn hotkey(&self) -> Option<&str> {
        self.changed
            .contains(&"hotkey")
            .then_some(self.edited.hotkey.as_str())
    }

    /// `settings` with this edit's fields changed, the others as they are.
    pub fn applied_to(&self, settings: &Settings) -> Settings {
        macro_rules! apply {
            ($($field:ident),*) => {{
                let mut applied = settings.clone();
                $(
                    if self.changed.contains(&stringify!($field)) {
                        applied.$field = self.edited.$field.clone();
                    }
                )*
                applied
            }};
        }
        every_field!(apply)
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

/// Why the settings file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("{}", t!(
        "settings-unreadable",
        path = .path.display().to_string(),
        line = *.line,
        column = *.column,
        error = .reason.clone(),
        file = .path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
    ))]
    Unreadable {
        path: PathBuf,
        line: usize,
        column: usize,
        reason: String,
    },
    #[error("{}", t!("settings-cannot-read", path = .path.display().to_string(), error = .source.to_string()))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", t!("settings-cannot-save", path = .path.display().to_string(), error = .reason.clone()))]
    Save { path: PathBuf, reason: String },
}

/// Reads the settings; a missing file gives the defaults. A file that cannot
/// be read is an error that says where (the line and column) and what to do;
/// the file is left as it is (the caller uses the defaults meanwhile).
pub fn load(path: &Path) -> Result<Settings, SettingsError> {
    match std::fs::read_to_string(path) {
        Ok(text) => serde_json::from_str(&text).map_err(|e| SettingsError::Unreadable {
            path: path.to_path_buf(),
            line: e.line(),
            column: e.column(),
            reason: serde_error(&e),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Settings::default()),
        Err(source) => Err(SettingsError::Read {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// The *Language* setting of the settings file at `path`, read on its own
/// so that the language is known before anything is said (a file that
/// cannot be read says `system`: the app reports it, in that language).
pub fn saved_language(path: Option<&Path>) -> String {
    #[derive(Deserialize)]
    struct OnlyLanguage {
        language: Option<String>,
    }
    path.and_then(|p| std::fs::read(p).ok())
        .and_then(|bytes| serde_json::from_slice::<OnlyLanguage>(&bytes).ok())
        .and_then(|s| s.language)
        .unwrap_or_else(|| "system".into())
}

/// Chooses the language for this run from `SKYDIAL_LANG`, the saved
/// *Language* setting and the system's, before anything is said.
pub fn choose_language() -> crate::i18n::Locale {
    crate::i18n::choose(&saved_language(default_path().as_deref()))
}

/// serde's words without its own " at line L column C" (said separately).
fn serde_error(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// Writes the settings atomically and privately (0600 in a 0700 directory):
/// a crash or a full disk never leaves half a file. A file there that cannot
/// be read (the user's, mid-edit) is kept beside as `settings.json.broken`
/// (or `.broken-2`, ...) rather than lost.
pub fn save(path: &Path, settings: &Settings) -> Result<(), SettingsError> {
    let fail = |e: &dyn std::fmt::Display| SettingsError::Save {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    if let Ok(old) = std::fs::read(path)
        && serde_json::from_slice::<serde_json::Value>(&old).is_err()
    {
        keep_broken(path, &old).map_err(|e| fail(&e))?;
    }
    let text = serde_json::to_string_pretty(settings).map_err(|e| fail(&e))?;
    crate::files::replace_private(path, text.as_bytes()).map_err(|e| fail(&e))
}

fn keep_broken(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    for n in 1..100 {
        let suffix = if n == 1 {
            ".broken".to_string()
        } else {
            format!(".broken-{n}")
        };
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let copy = PathBuf::from(name);
        if !copy.exists() {
            return crate::files::replace_private(&copy, contents);
        }
    }
    Ok(())
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
        let loaded = load(&path).unwrap();
        assert_eq!(loaded.hotkey, "ctrl+alt+d");
        assert!(!loaded.hotkey_dials_at_once(), "the prompt by default");
        assert!(!loaded.hotkey_reads_selection());
        assert_eq!(loaded.forced_dark(), None);
        assert_eq!(loaded.language, "system");
        assert_eq!(saved_language(Some(&path)), "system");
        std::fs::write(&path, r#"{"language":"fr-CA","user":"1"}"#).unwrap();
        assert_eq!(load(&path).unwrap().language, "fr-CA");
        assert_eq!(saved_language(Some(&path)), "fr-CA");
        std::fs::write(&path, "{broken").unwrap();
        assert_eq!(saved_language(Some(&path)), "system");
        assert_eq!(
            saved_language(Some(&dir.path().join("none.json"))),
            "system"
        );
        assert_eq!(saved_language(None), "system");
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(!text.contains("pin"), "no PIN field");
    }

    #[test]
    fn unknown_keys_are_kept_on_save() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        std::fs::write(
            &path,
            r#"{"user":"6465551000","from_a_newer_version":{"x":[1,2]},"note":"mine","rules":{"vip":["2125550142"],"newer_rule":true}}"#,
        )
        .unwrap();
        let mut s = load(&path).unwrap();
        s.hotkey = "ctrl+alt+k".into();
        save(&path, &s).unwrap();
        let saved: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(saved["from_a_newer_version"]["x"][1], 2);
        assert_eq!(saved["note"], "mine");
        assert_eq!(saved["hotkey"], "ctrl+alt+k");
        assert_eq!(saved["rules"]["newer_rule"], true);
        assert_eq!(saved["rules"]["vip"][0], "2125550142");
        assert_eq!(saved["rules"]["working_hours"]["mon"], "09:00-17:00");
        assert_eq!(saved["pause_media"], true);
    }

    #[test]
    fn directories_are_kept_with_keys_of_their_own_and_no_password() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        std::fs::write(
            &path,
            r#"{"directories":[{"name":"Corp","url":"ldaps://dc1.corp.example.com","user":"ada@corp.example.com","page_hint":7}]}"#,
        )
        .unwrap();
        let mut s = load(&path).unwrap();
        assert_eq!(s.directories[0].name, "Corp");
        s.directories[0].sync_minutes = Some(30);
        save(&path, &s).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        let saved: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(saved["directories"][0]["page_hint"], 7, "unknown keys kept");
        assert_eq!(saved["directories"][0]["sync_minutes"], 30);
        assert!(!text.contains("password"));
        // None: the key is left out.
        save(&path, &Settings::default()).unwrap();
        assert!(
            !std::fs::read_to_string(&path)
                .unwrap()
                .contains("directories")
        );
    }

    #[test]
    fn a_broken_file_is_reported_with_its_line_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        let broken = "{\n  \"user\": \"6465551000\",\n  \"hotkey\": ctrl+alt+d\n}\n";
        std::fs::write(&path, broken).unwrap();
        let err = load(&path).unwrap_err().to_string();
        assert!(err.contains("line 3"), "{err}");
        assert!(err.contains("leaves the file"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), broken, "untouched");
        // Saving keeps the broken file beside, whole.
        save(&path, &Settings::default()).unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.path().join("settings.json.broken")).unwrap(),
            broken
        );
        assert!(load(&path).is_ok());
    }

    #[test]
    fn an_edit_changes_its_fields_only() {
        let base = Settings::default();
        let mut edited = base.clone();
        edited.endpoint = "0010492e1234".into();
        edited.hooks.url_on_ring = "https://crm.example.com/?n={number}".into();
        let edit = SettingsEdit::between(&base, &edited);
        assert!(!edit.is_empty());
        assert_eq!(edit.hotkey(), None);
        // Meanwhile do not disturb was switched on elsewhere: it stays on.
        let now = Settings {
            do_not_disturb: true,
            ..base.clone()
        };
        let applied = edit.applied_to(&now);
        assert!(applied.do_not_disturb);
        assert_eq!(applied.endpoint, "0010492e1234");
        assert_eq!(applied.hooks, edited.hooks);
        assert_eq!(
            SettingsEdit::between(&applied, &applied).applied_to(&now),
            now
        );
        edited.hotkey = "ctrl+alt+k".into();
        assert_eq!(
            SettingsEdit::between(&base, &edited).hotkey(),
            Some("ctrl+alt+k")
        );
    }
}
