//! `tel:`, `callto:` and `sip:` links: asked about, or dialled at once when
//! trusted; what came of each goes back to whoever handed it over.

use super::Desk;
use super::calls::CallsLane;
use super::dial::Outcome;
use crate::app::messages::{DeskReply, ReplyTo};
use crate::outcome::{Failure, Status};
use crate::protocol::link::Link;

/// Whether a link may be dialled without asking: the user trusts links,
/// the number is neither international nor premium-rate, and a window is
/// running (a link-only start always asks: it is all the user sees).
pub fn dial_unasked(link: &Link, trusted_links: bool, link_only: bool) -> bool {
    trusted_links && link.may_skip_confirmation() && !link_only
}

impl CallsLane {
    /// A link: asked about (Dial, Cancel), unless it may be dialled unasked.
    pub(super) async fn link(&mut self, text: &str, reply: ReplyTo) {
        let desk = self.desk();
        let link = match crate::protocol::link::parse(text) {
            Ok(link) => link,
            Err(e) => {
                let message = format!("Nothing dialled from the link: {e}.");
                desk.ui.error(&message);
                desk.ui.raise_window();
                reply.send(Status::Usage.reply(message));
                return;
            }
        };
        let trusted = desk.settings.borrow().trusted_links;
        if dial_unasked(&link, trusted, desk.config.link_only) {
            let placing = desk.queue_call(link.number.clone()).await;
            tokio::spawn(async move { desk.link_outcome(0, &link, placing.await, &reply) });
            return;
        }
        let token = self.links.ask(link.clone(), reply);
        desk.ui.send(DeskReply::ConfirmLink { token, link });
        desk.ui.raise_window();
    }

    pub(super) async fn link_answer(&mut self, token: u64, dial: bool) {
        let Some((link, reply)) = self.links.answer(token) else {
            return;
        };
        let desk = self.desk();
        if dial {
            let placing = desk.queue_call(link.number.clone()).await;
            tokio::spawn(async move { desk.link_outcome(token, &link, placing.await, &reply) });
        } else {
            let cancelled = Err(Failure::new(
                Status::Cancelled,
                format!("Cancelled: {} was not dialled.", link.number.for_reading()),
            ));
            desk.link_outcome(token, &link, cancelled, &reply);
        }
    }
}

impl Desk {
    /// Says what came of a link, in the window and to whoever handed it over.
    fn link_outcome(&self, token: u64, link: &Link, outcome: Outcome, reply: &ReplyTo) {
        let (error, mut text, status) = match outcome {
            Ok(text) => (false, text, Status::Ok),
            Err(f) => (f.status != Status::Cancelled, f.message, f.status),
        };
        if status == Status::Ok
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
        reply.send(status.reply(text));
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code
    use super::*;
    use crate::protocol::link::parse;

    #[test]
    fn only_a_trusted_plain_link_in_a_running_window_is_dialled_unasked() {
        let plain = parse("tel:+16465551234").unwrap();
        assert!(dial_unasked(&plain, true, false));
        assert!(!dial_unasked(&plain, false, false), "links not trusted");
        assert!(!dial_unasked(&plain, true, true), "a link-only start asks");
        for risky in ["tel:+1-900-555-0100", "tel:+44-20-7946-0958"] {
            let link = parse(risky).unwrap();
            assert!(!dial_unasked(&link, true, false), "{risky}");
        }
    }
}
