//! Whose account: the DID and server from the command line, the
//! environment or the app's saved settings; the PIN from `SKYDIAL_PIN`, the
//! keyring or a prompt; `skydial pin`.

use super::args::{Global, PinAction};
use super::exit::{Failure, Status};
use skydial::client::ClientConfig;
use skydial::client::url::{DEFAULT_SERVER, api_url};
use skydial::protocol::text::printable;
use skydial::protocol::{Credentials, Pin};
use skydial::secrets::{Account, Secrets, SecretsError};
use skydial::t;
use std::io::IsTerminal;

/// The saved settings of the desktop app (user, server), if any.
pub(super) fn saved_settings() -> Option<skydial::settings::Settings> {
    skydial::settings::default_path().and_then(|p| skydial::settings::load(&p).ok())
}

/// The keyring, knowing which server the saved settings name (entries kept
/// by DID alone, by older versions, belong to that one only).
pub(super) fn secrets() -> Result<Secrets, SecretsError> {
    Secrets::system(saved_settings().as_ref().map(|s| s.server.as_str()))
}

/// The PIN kept in the system keyring for this server and DID, if there is a
/// keyring and a PIN.
pub(super) async fn keyring_pin(account: Account) -> Option<Pin> {
    let found = tokio::task::spawn_blocking(move || secrets().ok()?.load(&account).ok().flatten());
    found.await.ok().flatten()
}

/// The PIN from SKYDIAL_PIN, else the system keyring (`skydial pin store`, or
/// the app's "remember") for this server and DID, else asked for without echo
/// on a terminal.
pub(super) async fn read_pin(account: Account) -> Result<Pin, Failure> {
    skydial::secure::holding_pin();
    if let Ok(pin) = std::env::var("SKYDIAL_PIN") {
        if pin.is_empty() {
            return Err(Failure::usage(t!("cmd-pin-env-empty")));
        }
        return Ok(Pin::new(pin));
    }
    if let Some(pin) = keyring_pin(account).await {
        return Ok(pin);
    }
    prompt_pin()
}

pub(super) fn prompt_pin() -> Result<Pin, Failure> {
    if !std::io::stdin().is_terminal() {
        return Err(Failure::usage(t!("cmd-pin-none")));
    }
    let pin = rpassword::prompt_password(format!("{} ", t!("cmd-pin-prompt")))
        .map_err(|e| Failure::usage(t!("cmd-pin-cannot-read", error = e.to_string())))?;
    if pin.trim().is_empty() {
        return Err(Failure::usage(t!("cmd-pin-not-entered")));
    }
    Ok(Pin::new(pin.trim()))
}

/// The DID and server: from the command line or environment, else the app's saved settings.
pub(super) fn user_and_server(global: &Global) -> Result<(String, String), Failure> {
    let saved = saved_settings();
    let from_args = global
        .user
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty())
        .map(str::to_string);
    let (user, saved_server) = match from_args {
        Some(user) => (user, None),
        None => match saved.filter(|s| !s.user.is_empty()) {
            Some(s) => (s.user, Some(s.server)),
            None => {
                return Err(Failure::usage(t!("cmd-no-user")));
            }
        },
    };
    if !user.chars().all(|c| c.is_ascii_digit()) {
        return Err(Failure::usage(t!(
            "cmd-did-not-digits",
            did = printable(&user)
        )));
    }
    let server = global
        .server
        .clone()
        .or(saved_server)
        .unwrap_or_else(|| DEFAULT_SERVER.to_string());
    Ok((user, server))
}

pub(super) async fn pin_command(global: &Global, action: PinAction) -> Result<Status, Failure> {
    skydial::secure::holding_pin();
    let (user, server) = user_and_server(global)?;
    // Refuse a URL that could hold the PIN before anything is stored; keep its base URL.
    let server = skydial::client::url::base_url(&api_url(&server)?);
    let pin = match action {
        PinAction::Store => Some(match std::env::var("SKYDIAL_PIN") {
            Ok(pin) if !pin.is_empty() => Pin::new(pin),
            _ => prompt_pin()?,
        }),
        PinAction::Forget => None,
    };
    // The keyring talks D-Bus with blocking calls: keep them off the async threads.
    let account = Account::new(&server, &user);
    let storing = pin.is_some();
    let keyring = |why: String| Failure::new(Status::Api, why);
    tokio::task::spawn_blocking(move || {
        let secrets =
            secrets().map_err(|e| keyring(t!("cmd-pin-no-keyring", error = e.to_string())))?;
        match pin {
            Some(pin) => secrets
                .save(&account, &pin)
                .map_err(|e| keyring(t!("cmd-pin-cannot-store", error = e.to_string()))),
            None => secrets
                .forget(&account)
                .map_err(|e| keyring(t!("cmd-pin-cannot-remove", error = e.to_string()))),
        }
    })
    .await
    .map_err(|e| Failure::new(Status::Api, e.to_string()))??;
    if storing {
        if let Some(path) = skydial::settings::default_path() {
            let mut settings = saved_settings().unwrap_or_default();
            settings.user = user.clone();
            settings.server = server.clone();
            settings.remember_pin = true;
            skydial::settings::save(&path, &settings)
                .map_err(|e| Failure::new(Status::Api, e.to_string()))?;
        }
        eprintln!("{}", t!("cmd-pin-stored", user = user, server = server));
    } else {
        eprintln!("{}", t!("cmd-pin-forgotten", user = user, server = server));
    }
    Ok(Status::Ok)
}

pub(super) async fn client_config(global: &Global) -> Result<ClientConfig, Failure> {
    let (user, server) = user_and_server(global)?;
    let url = api_url(&server)?;
    let pin = read_pin(Account::new(&server, &user)).await?;
    Ok(ClientConfig {
        url,
        credentials: Credentials::new(user, pin),
        ca_file: global.ca_file.clone(),
    })
}
