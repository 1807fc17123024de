//! The settings' one owner: every change (the Settings screen's edit, the
//! tray's do not disturb, a favourite added or removed, the account signed
//! in) is applied here, one at a time in the order made, to the settings as
//! they are then; the result is published (the window and the tray read
//! it from a watch channel) and saved.

use super::Desk;
use crate::app::messages::{DeskRequest, DndSpan};
use crate::directory::{DirectoryConfig, Password};
use crate::protocol::DialNumber;
use crate::protocol::number::normalize;
use crate::protocol::text::printable;
use crate::settings::{self, Favourite, Settings, SettingsEdit};
use crate::t;
use crate::work::rules::{Rules, in_one_hour, until_setting};
use chrono::{DateTime, Local};
use std::path::PathBuf;
use std::sync::Arc;
use tokio::sync::{mpsc, watch};

/// A change to the settings.
#[derive(Debug, Clone)]
pub(super) enum SettingsChange {
    /// A company directory added in Settings, with its password (kept in
    /// the keyring before the directory is saved; never in the file).
    AddDirectory(Box<DirectoryConfig>, Option<Password>),
    /// The directory of this name removed (its names and password too).
    RemoveDirectory(String),
    Edit(Box<SettingsEdit>),
    /// Do not disturb flipped (asked at this time): on by hand, or off
    /// (with a *do not disturb until* still ahead).
    ToggleDnd(DateTime<Local>),
    /// Do not disturb for a while, from the time asked.
    DndFor(DndSpan, DateTime<Local>),
    AddFavourite(DialNumber),
    /// The favourite with this number (as saved).
    RemoveFavourite(String),
    /// Signed in: the account to remember.
    SignedIn {
        server: String,
        user: String,
        ca_file: Option<PathBuf>,
        remember_pin: bool,
    },
}

impl SettingsChange {
    /// The change a request asks for, if it asks for one.
    pub(super) fn asked(request: DeskRequest) -> Option<Self> {
        Some(match request {
            DeskRequest::EditSettings(edit) => Self::Edit(edit),
            DeskRequest::ToggleDnd => Self::ToggleDnd(Local::now()),
            DeskRequest::DndFor(span) => Self::DndFor(span, Local::now()),
            DeskRequest::AddFavourite(number) => Self::AddFavourite(number),
            DeskRequest::RemoveFavourite(number) => Self::RemoveFavourite(number),
            DeskRequest::AddDirectory { config, password } => Self::AddDirectory(config, password),
            DeskRequest::RemoveDirectory(name) => Self::RemoveDirectory(name),
            _ => return None,
        })
    }
}

/// `settings` with `change` made.
pub(super) fn changed(settings: &Settings, change: &SettingsChange) -> Settings {
    let mut new = settings.clone();
    match change {
        SettingsChange::Edit(edit) => return edit.applied_to(settings),
        SettingsChange::ToggleDnd(now) => {
            let on =
                new.do_not_disturb || Rules::from_settings(settings).0.until_ahead(now).is_some();
            new.do_not_disturb = !on;
            if on {
                new.rules.dnd_until.clear();
            }
        }
        SettingsChange::DndFor(span, now) => {
            let until = match span {
                DndSpan::AnHour => in_one_hour(now),
                DndSpan::UntilTomorrow => Rules::from_settings(settings).0.tomorrow(now),
            };
            new.rules.dnd_until = until_setting(until, now);
            // Off by hand, so that do not disturb ends then.
            new.do_not_disturb = false;
        }
        SettingsChange::AddDirectory(config, _) => {
            if !new.directories.iter().any(|d| d.name == config.name) {
                new.directories.push((**config).clone());
            }
        }
        SettingsChange::RemoveDirectory(name) => new.directories.retain(|d| &d.name != name),
        SettingsChange::AddFavourite(number) => {
            let known = new
                .favourites
                .iter()
                .any(|f| normalize(&f.number).ok().as_ref() == Some(number));
            if !known {
                new.favourites.push(Favourite {
                    name: number.for_reading(),
                    number: number.ex_tn().to_string(),
                });
            }
        }
        SettingsChange::RemoveFavourite(number) => {
            if let Some(i) = new.favourites.iter().position(|f| &f.number == number) {
                new.favourites.remove(i);
            }
        }
        SettingsChange::SignedIn {
            server,
            user,
            ca_file,
            remember_pin,
        } => {
            new.server.clone_from(server);
            new.user.clone_from(user);
            new.ca_file.clone_from(ca_file);
            new.remember_pin = *remember_pin;
        }
    }
    new
}

/// The settings lane: the owner of the settings.
pub(super) struct SettingsLane {
    desk: Arc<Desk>,
    settings: watch::Sender<Settings>,
}

impl SettingsLane {
    pub(super) fn new(desk: Arc<Desk>, settings: watch::Sender<Settings>) -> Self {
        Self { desk, settings }
    }

    pub(super) async fn run(self, mut changes: mpsc::Receiver<SettingsChange>) {
        while let Some(change) = changes.recv().await {
            self.apply(&change).await;
        }
    }

    async fn apply(&self, change: &SettingsChange) {
        let desk = &self.desk;
        let now = self.settings.borrow().clone();
        if let SettingsChange::AddDirectory(config, password) = change
            && !self.directory_added(&now, config, password.as_ref()).await
        {
            return;
        }
        let mut new = changed(&now, change);
        if new.start_at_login != now.start_at_login {
            let wanted = new.start_at_login;
            match desk.blocking(move || start_at_login(wanted)).await {
                Ok(text) => desk.ui.info(text),
                Err(e) => {
                    new.start_at_login = now.start_at_login;
                    desk.ui.error(e.to_string());
                }
            }
        }
        match change {
            SettingsChange::ToggleDnd(_) => desk.ui.info(if new.do_not_disturb {
                t!("notice-dnd-on")
            } else {
                t!("notice-dnd-off")
            }),
            SettingsChange::DndFor(_, at) => {
                if let Some(when) = Rules::from_settings(&new).0.until_ahead(at) {
                    desk.ui.info(t!("notice-dnd-until", when = when));
                }
            }
            _ => {}
        }
        if new.language != now.language {
            // Everything drawn from now on follows; SKYDIAL_LANG still wins.
            crate::i18n::choose(&new.language);
        }
        desk.hooks.configure(new.hooks.clone());
        let directories = (new.directories != now.directories).then(|| new.directories.clone());
        self.settings.send_replace(new.clone());
        desk.ui.repaint();
        if let Some(list) = directories {
            self.directories_changed(&now, list, change).await;
        }
        if let Some(path) = desk.config.settings_path.clone() {
            let result = desk.blocking(move || settings::save(&path, &new)).await;
            if let Err(e) = result {
                desk.ui.error(e.to_string());
            }
        }
    }
}

impl SettingsLane {
    /// Checks a directory added in Settings and keeps its password in the
    /// keyring; `false` (and the reason shown): it is not added.
    async fn directory_added(
        &self,
        now: &Settings,
        config: &DirectoryConfig,
        password: Option<&Password>,
    ) -> bool {
        let desk = &self.desk;
        if let Err(e) = config.check() {
            desk.ui
                .error(t!("notice-directory-not-added", error = e.to_string()));
            return false;
        }
        if now.directories.iter().any(|d| d.name == config.name) {
            desk.ui.error(t!(
                "notice-directory-name-taken",
                name = printable(&config.name)
            ));
            return false;
        }
        if let Some(password) = password.cloned() {
            let secrets = desk.config.secrets.clone();
            let key = config.keyring_key();
            if let Err(e) = desk
                .blocking(move || secrets.save_directory(&key, &password))
                .await
            {
                desk.ui.error(t!(
                    "notice-directory-password-not-kept",
                    name = printable(&config.name),
                    error = e.to_string(),
                    variable = crate::directory::PASSWORD_VARIABLE
                ));
            }
        }
        true
    }

    /// The directories changed: the service syncs new ones at once; a
    /// removed one's names and kept password go.
    async fn directories_changed(
        &self,
        now: &Settings,
        list: Vec<DirectoryConfig>,
        change: &SettingsChange,
    ) {
        let desk = &self.desk;
        let removed: Vec<DirectoryConfig> = now
            .directories
            .iter()
            .filter(|d| !list.iter().any(|n| n.name == d.name))
            .cloned()
            .collect();
        let Some(service) = desk.config.directories.clone() else {
            return;
        };
        if let Err(e) = service.set_directories(list).await {
            desk.ui
                .error(t!("notice-directories-not-updated", error = e.to_string()));
            return;
        }
        for gone in removed {
            let name = gone.name.clone();
            let _ = service.forget(name.clone()).await;
            let secrets = desk.config.secrets.clone();
            let key = gone.keyring_key();
            let _ = desk.blocking(move || secrets.forget_directory(&key)).await;
            desk.ui
                .info(t!("notice-directory-removed", name = printable(&name)));
        }
        if let SettingsChange::AddDirectory(config, _) = change {
            desk.ui
                .info(t!("notice-directory-added", name = printable(&config.name)));
        }
    }
}

/// Why starting at login could not be switched (said in the user's
/// language).
#[derive(Debug, thiserror::Error)]
enum StartAtLoginError {
    #[error("{}", t!("notice-start-at-login-no-program", error = .0.to_string()))]
    NoProgram(std::io::Error),
    #[error(transparent)]
    Autostart(#[from] crate::autostart::AutostartError),
}

/// Writes (or removes) the entry that starts skydial hidden in the tray at
/// login; says what was done.
fn start_at_login(on: bool) -> Result<String, StartAtLoginError> {
    if on {
        let exe = std::env::current_exe().map_err(StartAtLoginError::NoProgram)?;
        let path = crate::autostart::enable(&exe)?;
        Ok(t!(
            "notice-start-at-login-on",
            path = path.display().to_string()
        ))
    } else {
        crate::autostart::disable()?;
        Ok(t!("notice-start-at-login-off"))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code
    use super::*;

    #[test]
    fn each_change_touches_only_what_it_names() {
        let now = Settings {
            endpoint: "0010492e1234".into(),
            ..Settings::default()
        };
        let dnd = changed(&now, &SettingsChange::ToggleDnd(Local::now()));
        assert!(dnd.do_not_disturb);
        assert_eq!(dnd.endpoint, now.endpoint);
        assert!(!changed(&dnd, &SettingsChange::ToggleDnd(Local::now())).do_not_disturb);

        // The Settings screen's edit, made before do not disturb went on.
        let mut edited = now.clone();
        edited.close_to_tray = false;
        let edit = SettingsChange::Edit(Box::new(SettingsEdit::between(&now, &edited)));
        let both = changed(&dnd, &edit);
        assert!(both.do_not_disturb && !both.close_to_tray);

        let number = normalize("6465551234").unwrap();
        let added = changed(&now, &SettingsChange::AddFavourite(number.clone()));
        assert_eq!(added.favourites.len(), 1);
        let again = changed(&added, &SettingsChange::AddFavourite(number));
        assert_eq!(again.favourites, added.favourites, "a number is kept once");
        let saved = added.favourites[0].number.clone();
        let removed = changed(&added, &SettingsChange::RemoveFavourite(saved));
        assert!(removed.favourites.is_empty());

        let signed_in = changed(
            &dnd,
            &SettingsChange::SignedIn {
                server: "https://sky.example.com".into(),
                user: "6465551000".into(),
                ca_file: None,
                remember_pin: false,
            },
        );
        let corp = DirectoryConfig::new("Corp", "ldaps://dc1.corp.example.com");
        let with = changed(
            &now,
            &SettingsChange::AddDirectory(Box::new(corp.clone()), None),
        );
        assert_eq!(with.directories, std::slice::from_ref(&corp));
        let twice = changed(&with, &SettingsChange::AddDirectory(Box::new(corp), None));
        assert_eq!(twice.directories.len(), 1, "a name is kept once");
        let without = changed(&with, &SettingsChange::RemoveDirectory("Corp".into()));
        assert!(without.directories.is_empty());
        assert_eq!(signed_in.user, "6465551000");
        assert!(signed_in.do_not_disturb && !signed_in.remember_pin);
    }

    #[test]
    fn do_not_disturb_for_a_while_is_saved_as_a_time_and_the_toggle_ends_it() {
        use chrono::TimeZone;
        let at = Local.with_ymd_and_hms(2026, 3, 10, 14, 20, 0).unwrap();
        let manual = Settings {
            do_not_disturb: true,
            ..Settings::default()
        };
        let hour = changed(&manual, &SettingsChange::DndFor(DndSpan::AnHour, at));
        let until = DateTime::parse_from_rfc3339(&hour.rules.dnd_until).unwrap();
        assert_eq!(until, at + chrono::Duration::hours(1));
        assert!(
            !hour.do_not_disturb,
            "it ends then, not when turned off by hand"
        );
        let (rules, problems) = Rules::from_settings(&hour);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(rules.until_ahead(&at).as_deref(), Some("15:20"));

        // Until tomorrow: when its working hours start, else 9:00.
        let tomorrow = changed(
            &Settings::default(),
            &SettingsChange::DndFor(DndSpan::UntilTomorrow, at),
        );
        let until = DateTime::parse_from_rfc3339(&tomorrow.rules.dnd_until).unwrap();
        assert_eq!(until, Local.with_ymd_and_hms(2026, 3, 11, 9, 0, 0).unwrap());
        let mut late_start = Settings::default();
        late_start.rules.working_hours.wed = "10:30-18:00".into();
        let tomorrow = changed(
            &late_start,
            &SettingsChange::DndFor(DndSpan::UntilTomorrow, at),
        );
        let until = DateTime::parse_from_rfc3339(&tomorrow.rules.dnd_until).unwrap();
        assert_eq!(
            until,
            Local.with_ymd_and_hms(2026, 3, 11, 10, 30, 0).unwrap()
        );

        // The toggle, while the time is ahead, turns do not disturb off.
        let off = changed(&hour, &SettingsChange::ToggleDnd(at));
        assert!(!off.do_not_disturb && off.rules.dnd_until.is_empty());
        // Once it has passed, the toggle turns it on by hand.
        let later = at + chrono::Duration::hours(2);
        let on = changed(&hour, &SettingsChange::ToggleDnd(later));
        assert!(on.do_not_disturb);
    }
}
