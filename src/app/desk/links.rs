//! `tel:`, `callto:` and `sip:` links: asked about, or dialled at once when
//! trusted; what came of each goes back to whoever handed it over.

use crate::app::messages::{DeskReply, ReplyTo};
use crate::instance::Reply;
use crate::protocol::link::Link;
use std::sync::atomic::Ordering;

use super::{Desk, status};

impl Desk {
    /// A `tel:`/`callto:`/`sip:` link: asked about (Dial, Cancel), unless the
    /// user trusts links and the number is neither international nor premium-rate.
    pub(super) async fn link(&self, text: &str, reply: ReplyTo) {
        let link = match crate::protocol::link::parse(text) {
            Ok(link) => link,
            Err(e) => {
                let message = format!("Nothing dialled from the link: {e}.");
                self.ui.error(&message);
                self.ui.raise_window();
                reply.send(Reply::failed(status::USAGE, message));
                return;
            }
        };
        let trusted = self.settings.borrow().trusted_links;
        if trusted && link.may_skip_confirmation() && !self.config.link_only {
            let outcome = self.place_call(link.number.clone()).await;
            self.link_outcome(0, &link, outcome, &reply);
            return;
        }
        let token = self.next_token.fetch_add(1, Ordering::Relaxed);
        if let Ok(mut links) = self.links.lock() {
            links.insert(token, (link.clone(), reply));
        }
        self.ui.send(DeskReply::ConfirmLink { token, link });
        self.ui.raise_window();
    }

    pub(super) async fn link_answer(&self, token: u64, dial: bool) {
        let Some((link, reply)) = self.links.lock().ok().and_then(|mut l| l.remove(&token)) else {
            return;
        };
        let outcome = if dial {
            self.place_call(link.number.clone()).await
        } else {
            Err((
                status::CANCELLED,
                format!("Cancelled: {} was not dialled.", link.number.for_reading()),
            ))
        };
        self.link_outcome(token, &link, outcome, &reply);
    }

    pub(super) fn link_outcome(
        &self,
        token: u64,
        link: &Link,
        outcome: Result<String, (u8, String)>,
        reply: &ReplyTo,
    ) {
        let (error, mut text, code) = match outcome {
            Ok(text) => (false, text, status::OK),
            Err((code, text)) => (code != status::CANCELLED, text, code),
        };
        if code == status::OK
            && let Some(ext) = &link.extension
        {
            text.push_str(&format!(
                " The link names extension {ext}: key it in on the phone when the call is answered."
            ));
        }
        self.ui.send(DeskReply::LinkDone {
            token,
            error,
            text: text.clone(),
        });
        reply.send(if code == status::OK {
            Reply::ok(text)
        } else {
            Reply::failed(code, text)
        });
    }
}
