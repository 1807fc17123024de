//! Signing in (typed, or with the PIN kept in the keyring) and out.

use crate::app::messages::DeskReply;
use crate::client::ClientConfig;
use crate::client::url::api_url;
use crate::engine::EngineCommand;
use crate::protocol::{Credentials, Pin};
use crate::secrets::Account;
use std::path::PathBuf;

use super::Desk;

impl Desk {
    pub(super) async fn sign_in(
        &self,
        server: String,
        user: String,
        pin: Pin,
        remember: bool,
        ca_file: Option<PathBuf>,
    ) {
        let user = user.trim().to_string();
        if user.is_empty() || !user.chars().all(|c| c.is_ascii_digit()) {
            self.ui
                .error("Enter your DID: your 10-digit phone number, digits only.");
            return;
        }
        if pin.is_empty() {
            self.ui
                .error("Enter your PIN (the one you use for voicemail).");
            return;
        }
        let url = match api_url(&server) {
            Ok(url) => url,
            Err(e) => {
                self.ui.error(e.to_string());
                return;
            }
        };
        let config = ClientConfig {
            url: url.clone(),
            credentials: Credentials::new(user.clone(), pin.clone()),
            ca_file: ca_file.clone(),
        };
        if let Err(e) = self.engine.send(EngineCommand::SignIn(config)).await {
            self.ui.error(e.to_string());
            return;
        }
        let mut settings = self.settings.borrow().clone();
        // What was typed may hold a path to /bobl/bobl or a trailing slash: keep the base URL.
        settings.server = crate::client::url::base_url(&url);
        settings.user = user.clone();
        settings.ca_file = ca_file;
        settings.remember_pin = remember;
        let secrets = self.config.secrets.clone();
        let account = Account::new(&settings.server, &user);
        if remember {
            if let Err(e) = self.blocking(move || secrets.save(&account, &pin)).await {
                settings.remember_pin = false;
                self.ui.error(format!(
                    "No keyring is available ({e}): skydial will ask for the PIN at each start. It is never written to a file."
                ));
            }
        } else {
            let _ = self.blocking(move || secrets.forget(&account)).await;
        }
        self.save_settings(settings).await;
    }

    pub(super) async fn sign_in_remembered(&self) {
        let settings = self.settings.borrow().clone();
        if settings.user.is_empty() {
            return;
        }
        if !settings.remember_pin {
            self.ui.send(DeskReply::PinNeeded {
                user: settings.user,
                reason: None,
            });
            return;
        }
        let deadline = tokio::time::Instant::now() + self.config.keyring_patience;
        let mut wait = std::time::Duration::from_secs(2);
        let loaded = loop {
            let secrets = self.config.secrets.clone();
            let account = Account::new(&settings.server, &settings.user);
            let loaded = self.blocking(move || secrets.load(&account)).await;
            if loaded.is_ok() || tokio::time::Instant::now() + wait > deadline {
                break loaded;
            }
            tracing::info!("the keyring cannot be read yet; trying again in {wait:?}");
            tokio::time::sleep(wait).await;
            wait = (wait * 2).min(std::time::Duration::from_secs(15));
        };
        match loaded {
            Ok(Some(pin)) => {
                self.sign_in(settings.server, settings.user, pin, true, settings.ca_file)
                    .await;
            }
            Ok(None) => self.ui.send(DeskReply::PinNeeded {
                user: settings.user,
                reason: None,
            }),
            Err(e) => self.ui.send(DeskReply::PinNeeded {
                user: settings.user,
                reason: Some(format!(
                    "The keyring could not be read ({e}); enter the PIN."
                )),
            }),
        }
    }
}
