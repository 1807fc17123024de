//! Placing a call: through the engine's session, or (a link-only start)
//! with one request and the PIN kept in the keyring.

use crate::client::ClientConfig;
use crate::client::url::api_url;
use crate::client::{Client, Transport};
use crate::engine::EngineCommand;
use crate::protocol::{Command, Credentials, DialNumber, ResultValue};
use crate::secrets::Account;

use super::{Desk, status};

impl Desk {
    /// Places a call: through the engine's session, or (a link-only start)
    /// with one request and the kept PIN. `Ok`: what to tell the user;
    /// `Err`: the exit status for another skydial, and what went wrong.
    pub(super) async fn place_call(&self, number: DialNumber) -> Result<String, (u8, String)> {
        let endpoint =
            Some(self.settings.borrow().endpoint.trim().to_string()).filter(|e| !e.is_empty());
        let shown = number.for_reading();
        let placed = if self.config.link_only {
            self.dial_on_its_own(&number, endpoint).await?
        } else {
            match self
                .engine
                .send(EngineCommand::Dial { number, endpoint })
                .await
            {
                Ok(placed) => placed,
                Err(e) => {
                    let code = if matches!(e, crate::engine::EngineError::SignedOut) {
                        status::AUTH
                    } else {
                        status::CONNECTION
                    };
                    return Err((code, format!("Cannot dial {shown}: {e}")));
                }
            }
        };
        if placed {
            Ok(format!("Dialling {shown}"))
        } else {
            Err((
                status::FALSE,
                format!("The server did not place the call to {shown}; dial it on the phone."),
            ))
        }
    }

    /// One `dial` request with the saved account and the PIN kept in the
    /// keyring (no session, no subscription: nothing else runs).
    pub(super) async fn dial_on_its_own(
        &self,
        number: &DialNumber,
        endpoint: Option<String>,
    ) -> Result<bool, (u8, String)> {
        let settings = self.settings.borrow().clone();
        let shown = number.for_reading();
        if settings.user.is_empty() {
            return Err((
                status::AUTH,
                format!(
                    "Cannot dial {shown}: skydial is not signed in yet. Open skydial, sign in, then use the link again."
                ),
            ));
        }
        let secrets = self.config.secrets.clone();
        let account = Account::new(&settings.server, &settings.user);
        let pin = match self.blocking(move || secrets.load(&account)).await {
            Ok(Some(pin)) => pin,
            Ok(None) => {
                return Err((
                    status::AUTH,
                    format!(
                        "Cannot dial {shown}: no PIN is kept for {}. Open skydial and sign in with \u{201c}Remember PIN\u{201d} ticked, or start skydial first; then use the link again.",
                        settings.user
                    ),
                ));
            }
            Err(e) => {
                return Err((
                    status::AUTH,
                    format!(
                        "Cannot dial {shown}: the keyring could not be read ({e}). Open skydial and sign in, then use the link again."
                    ),
                ));
            }
        };
        let fail =
            |e: &dyn std::fmt::Display| (status::CONNECTION, format!("Cannot dial {shown}: {e}"));
        let url = api_url(&settings.server).map_err(|e| fail(&e))?;
        let client = Client::new(ClientConfig {
            url,
            credentials: Credentials::new(settings.user.clone(), pin),
            ca_file: settings.ca_file.clone(),
        })
        .map_err(|e| fail(&e))?;
        let command = Command::Dial {
            number: number.ex_tn().to_string(),
            endpoint,
        };
        match client.call(&command, Transport::Post).await {
            Ok(Some(ResultValue::Boolean(placed))) => Ok(placed),
            Ok(_) => Err(fail(&"the server's answer was not true or false")),
            Err(e)
                if e.api().is_some_and(|a| {
                    matches!(
                        a.kind(),
                        crate::protocol::ApiErrorKind::AuthFailed
                            | crate::protocol::ApiErrorKind::Blocked
                    )
                }) =>
            {
                Err((status::AUTH, format!("Cannot dial {shown}: {e}")))
            }
            Err(e) => Err(fail(&e)),
        }
    }

    pub(super) async fn dial(&self, number: DialNumber, from_clipboard: bool) {
        match self.place_call(number).await {
            Ok(text) => self.feedback(from_clipboard, false, &text),
            Err((_, text)) => self.feedback(from_clipboard, true, &text),
        }
    }

    /// A message in the window, and as a notification when it came from the hotkey
    /// (the window may be hidden).
    pub(super) fn feedback(&self, pop: bool, error: bool, text: &str) {
        if error {
            self.ui.error(text);
        } else {
            self.ui.info(text);
        }
        if pop && let Some(notify) = &self.config.notify {
            notify("skydial", text);
        }
    }
}
