//! Saving the settings: the file, the hooks, and the start-at-login entry.

use super::Desk;
use crate::app::messages::{DeskReply, DeskRequest};
use crate::settings::{self, Settings};
use std::sync::Arc;
use tokio::sync::{mpsc, watch};

/// The settings lane: changes applied one at a time, in the order made.
pub(super) struct SettingsLane {
    desk: Arc<Desk>,
    settings: watch::Sender<Settings>,
}

impl SettingsLane {
    pub(super) fn new(desk: Arc<Desk>, settings: watch::Sender<Settings>) -> Self {
        Self { desk, settings }
    }

    pub(super) async fn run(self, mut requests: mpsc::Receiver<DeskRequest>) {
        while let Some(request) = requests.recv().await {
            match request {
                DeskRequest::SaveSettings(new) => self.save(new).await,
                DeskRequest::ToggleDnd => {
                    let mut s = self.settings.borrow().clone();
                    s.do_not_disturb = !s.do_not_disturb;
                    self.desk.ui.info(if s.do_not_disturb {
                        "Do not disturb is on: ringing calls are ignored and logged as missed."
                    } else {
                        "Do not disturb is off."
                    });
                    self.save(s).await;
                }
                other => tracing::error!("not a settings request: {}", other.what()),
            }
        }
    }

    async fn save(&self, mut new: Settings) {
        let desk = &self.desk;
        let before = self.settings.borrow().start_at_login;
        if new.start_at_login != before {
            let wanted = new.start_at_login;
            let applied = desk.blocking(move || start_at_login(wanted)).await;
            match applied {
                Ok(text) => desk.ui.info(text),
                Err(e) => {
                    new.start_at_login = before;
                    desk.ui.error(e);
                }
            }
        }
        desk.hooks.configure(new.hooks.clone());
        self.settings.send_replace(new.clone());
        if let Some(path) = desk.config.settings_path.clone() {
            let result = desk.blocking(move || settings::save(&path, &new)).await;
            if let Err(e) = result {
                desk.ui.error(e);
            }
        }
        desk.ui.send(DeskReply::Settings(Box::new(
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
