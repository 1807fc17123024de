//! The settings' one owner: every change (the Settings screen's edit, the
//! tray's do not disturb, a favourite added or removed, the account signed
//! in) is applied here, one at a time in the order made, to the settings as
//! they are then; the result is published (the window and the tray read
//! it from a watch channel) and saved.

use super::Desk;
use crate::app::messages::DeskRequest;
use crate::protocol::DialNumber;
use crate::protocol::number::normalize;
use crate::settings::{self, Favourite, Settings, SettingsEdit};
use std::path::PathBuf;
use std::sync::Arc;
use tokio::sync::{mpsc, watch};

/// A change to the settings.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum SettingsChange {
    Edit(Box<SettingsEdit>),
    ToggleDnd,
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
            DeskRequest::ToggleDnd => Self::ToggleDnd,
            DeskRequest::AddFavourite(number) => Self::AddFavourite(number),
            DeskRequest::RemoveFavourite(number) => Self::RemoveFavourite(number),
            _ => return None,
        })
    }
}

/// `settings` with `change` made.
pub(super) fn changed(settings: &Settings, change: &SettingsChange) -> Settings {
    let mut new = settings.clone();
    match change {
        SettingsChange::Edit(edit) => return edit.applied_to(settings),
        SettingsChange::ToggleDnd => new.do_not_disturb = !new.do_not_disturb,
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
        if *change == SettingsChange::ToggleDnd {
            desk.ui.info(if new.do_not_disturb {
                "Do not disturb is on: ringing calls are ignored and logged as missed."
            } else {
                "Do not disturb is off."
            });
        }
        if new.language != now.language {
            // Everything drawn from now on follows; SKYDIAL_LANG still wins.
            crate::i18n::choose(&new.language);
        }
        desk.hooks.configure(new.hooks.clone());
        self.settings.send_replace(new.clone());
        desk.ui.repaint();
        if let Some(path) = desk.config.settings_path.clone() {
            let result = desk.blocking(move || settings::save(&path, &new)).await;
            if let Err(e) = result {
                desk.ui.error(e.to_string());
            }
        }
    }
}

/// Why starting at login could not be switched.
#[derive(Debug, thiserror::Error)]
enum StartAtLoginError {
    #[error("skydial cannot find its own program file ({0}), so it cannot start at login.")]
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
        Ok(format!(
            "skydial starts hidden in the tray when you log in ({}).",
            path.display()
        ))
    } else {
        crate::autostart::disable()?;
        Ok("skydial no longer starts when you log in.".into())
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
        let dnd = changed(&now, &SettingsChange::ToggleDnd);
        assert!(dnd.do_not_disturb);
        assert_eq!(dnd.endpoint, now.endpoint);
        assert!(!changed(&dnd, &SettingsChange::ToggleDnd).do_not_disturb);

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
        assert_eq!(signed_in.user, "6465551000");
        assert!(signed_in.do_not_disturb && !signed_in.remember_pin);
    }
}
