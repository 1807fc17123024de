//! Signing in (typed, or with the PIN kept in the keyring) and out.

use crate::app::messages::DeskReply;
use crate::client::ClientConfig;
use crate::client::url::api_url;
use crate::engine::EngineCommand;
use crate::protocol::{Credentials, Pin};
use crate::secrets::Account;
use crate::t;
use std::path::PathBuf;

use super::Desk;
use super::settings::SettingsChange;
use crate::app::messages::DeskRequest;
use tokio::sync::mpsc;

impl Desk {
    /// The account lane: one request at a time, in order. Settings that
    /// signing in changes go to the settings lane (`settings`).
    pub(super) async fn account(
        &self,
        request: DeskRequest,
        settings: &mpsc::Sender<SettingsChange>,
    ) {
        match request {
            DeskRequest::SignIn {
                server,
                user,
                pin,
                remember,
                ca_file,
            } => {
                self.sign_in(server, user, pin, remember, ca_file, settings)
                    .await;
            }
            DeskRequest::SignInRemembered => self.sign_in_remembered(settings).await,
            DeskRequest::SignInWith(config) => {
                if let Err(e) = self.engine.send(EngineCommand::SignIn(config)).await {
                    self.ui.error(e.to_string());
                }
            }
            DeskRequest::SignOut { forget_pin } => self.sign_out(forget_pin).await,
            other => tracing::error!("not an account request: {}", other.what()),
        }
    }

    async fn sign_out(&self, forget_pin: bool) {
        let _ = self.engine.send(EngineCommand::SignOut).await;
        let account = {
            let s = self.settings.borrow();
            Account::new(&s.server, &s.user)
        };
        if forget_pin && !account.user.is_empty() {
            let secrets = self.config.secrets.clone();
            if let Err(e) = self.blocking(move || secrets.forget(&account)).await {
                self.ui
                    .error(t!("notice-pin-not-removed", error = e.to_string()));
            }
        }
        self.ui.info(t!("notice-signed-out"));
    }

    async fn sign_in(
        &self,
        server: String,
        user: String,
        pin: Pin,
        remember: bool,
        ca_file: Option<PathBuf>,
        to_settings: &mpsc::Sender<SettingsChange>,
    ) {
        let user = user.trim().to_string();
        if user.is_empty() || !user.chars().all(|c| c.is_ascii_digit()) {
            self.ui.error(t!("notice-sign-in-did"));
            return;
        }
        if pin.is_empty() {
            self.ui.error(t!("notice-sign-in-pin"));
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
        // What was typed may hold a path to /bobl/bobl or a trailing slash: keep the base URL.
        let server = crate::client::url::base_url(&url);
        let secrets = self.config.secrets.clone();
        let account = Account::new(&server, &user);
        let mut remember_pin = remember;
        if remember {
            if let Err(e) = self.blocking(move || secrets.save(&account, &pin)).await {
                remember_pin = false;
                self.ui
                    .error(t!("notice-no-keyring", error = e.to_string()));
            }
        } else {
            let _ = self.blocking(move || secrets.forget(&account)).await;
        }
        let change = SettingsChange::SignedIn {
            server,
            user,
            ca_file,
            remember_pin,
        };
        if to_settings.send(change).await.is_err() {
            tracing::warn!("the settings lane has stopped; the account is not saved");
        }
    }

    async fn sign_in_remembered(&self, to_settings: &mpsc::Sender<SettingsChange>) {
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
                let (server, user, ca_file) = (settings.server, settings.user, settings.ca_file);
                self.sign_in(server, user, pin, true, ca_file, to_settings)
                    .await;
            }
            Ok(None) => self.ui.send(DeskReply::PinNeeded {
                user: settings.user,
                reason: None,
            }),
            Err(e) => self.ui.send(DeskReply::PinNeeded {
                user: settings.user,
                reason: Some(t!("notice-keyring-unreadable", error = e.to_string())),
            }),
        }
    }
}
