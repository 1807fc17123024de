//! Placing a call: through the engine's session, or (a link-only start)
//! with one request and the PIN kept in the keyring.

use super::Desk;
use crate::client::url::api_url;
use crate::client::{ClientConfig, Transport, dial_once};
use crate::engine::EngineCommand;
use crate::outcome::{Failure, Status};
use crate::protocol::{Credentials, DialNumber};
use crate::secrets::Account;
use crate::t;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// What came of a dial: `Ok`, what to tell the user; `Err`, what went
/// wrong, with the exit status another skydial gets.
pub(super) type Outcome = Result<String, Failure>;

/// A dial put to the engine, its outcome to wait for.
pub(super) type Placing = Pin<Box<dyn Future<Output = Outcome> + Send>>;

impl Desk {
    /// Puts a call to the engine now (in the order asked), or (a link-only
    /// start) gets one request ready; gives the outcome to wait for.
    pub(super) async fn queue_call(self: &Arc<Self>, number: DialNumber) -> Placing {
        let endpoint =
            Some(self.settings.borrow().endpoint.trim().to_string()).filter(|e| !e.is_empty());
        let shown = number.for_reading();
        if self.config.link_only {
            let desk = self.clone();
            return Box::pin(async move {
                let placed = desk.dial_on_its_own(&number, endpoint).await?;
                placed_or_not(placed, &shown)
            });
        }
        let answer = self
            .engine
            .queue(EngineCommand::Dial { number, endpoint })
            .await;
        Box::pin(async move {
            match answer.await {
                Ok(placed) => placed_or_not(placed, &shown),
                Err(e) => Err(Failure::new(
                    Status::of_engine(&e),
                    t!(
                        "notice-cannot-dial-error",
                        number = shown,
                        error = e.to_string()
                    ),
                )),
            }
        })
    }

    /// One `dial` request with the saved account and the PIN kept in the
    /// keyring (no session, no subscription: nothing else runs).
    async fn dial_on_its_own(
        &self,
        number: &DialNumber,
        endpoint: Option<String>,
    ) -> Result<bool, Failure> {
        let settings = self.settings.borrow().clone();
        let shown = number.for_reading();
        let not_signed_in = |why: String| Failure::new(Status::Auth, why);
        if settings.user.is_empty() {
            return Err(not_signed_in(t!(
                "notice-link-not-signed-in",
                number = shown
            )));
        }
        let secrets = self.config.secrets.clone();
        let account = Account::new(&settings.server, &settings.user);
        let pin = match self.blocking(move || secrets.load(&account)).await {
            Ok(Some(pin)) => pin,
            Ok(None) => {
                return Err(not_signed_in(t!(
                    "notice-link-no-pin",
                    number = shown,
                    user = settings.user
                )));
            }
            Err(e) => {
                return Err(not_signed_in(t!(
                    "notice-link-keyring",
                    number = shown,
                    error = e.to_string()
                )));
            }
        };
        let failed = |e: crate::client::ClientError| {
            Failure::new(
                Status::of_client(&e),
                t!(
                    "notice-cannot-dial-error",
                    number = shown.clone(),
                    error = e.to_string()
                ),
            )
        };
        let url = api_url(&settings.server).map_err(&failed)?;
        let config = ClientConfig {
            url,
            credentials: Credentials::new(settings.user.clone(), pin),
            ca_file: settings.ca_file.clone(),
        };
        dial_once(config, number, endpoint, Transport::Post)
            .await
            .map_err(failed)
    }
}

/// The server placed the call, or said false.
fn placed_or_not(placed: bool, shown: &str) -> Outcome {
    if placed {
        Ok(t!("notice-dialling", number = shown))
    } else {
        Err(Failure::new(
            Status::False,
            t!("notice-not-placed", number = shown),
        ))
    }
}
