//! Saving the settings: the file, the hooks, and the start-at-login entry.

use crate::app::messages::DeskReply;
use crate::settings::{self, Settings};

use super::Desk;

impl Desk {
    pub(super) async fn save_settings(&self, mut new: Settings) {
        let before = self.settings.borrow().start_at_login;
        if new.start_at_login != before {
            let wanted = new.start_at_login;
            let applied = self.blocking(move || start_at_login(wanted)).await;
            match applied {
                Ok(text) => self.ui.info(text),
                Err(e) => {
                    new.start_at_login = before;
                    self.ui.error(e);
                }
            }
        }
        self.hooks.configure(new.hooks.clone());
        self.settings.send_replace(new.clone());
        if let Some(path) = self.config.settings_path.clone() {
            let result = self.blocking(move || settings::save(&path, &new)).await;
            if let Err(e) = result {
                self.ui.error(e);
            }
        }
        self.ui.send(DeskReply::Settings(Box::new(
            self.settings.borrow().clone(),
        )));
    }
}

/// Writes (or removes) the entry that starts skydial hidden in the tray at
/// login; says what was done.
fn start_at_login(on: bool) -> Result<String, String> {
    if on {
        let exe = std::env::current_exe().map_err(|e| {
            format!("skydial cannot find its own program file ({e}), so it cannot start at login.")
        })?;
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
