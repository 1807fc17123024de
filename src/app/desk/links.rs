//! `tel:`, `callto:` and `sip:` links: asked about, or dialled at once when
//! trusted; what came of each goes back to whoever handed it over.

use super::Desk;
use super::calls::CallsLane;
use super::dial::Outcome;
use super::pending::{Asked, Links};
use crate::app::messages::limits::MAX_PENDING_QUESTIONS;
use crate::app::messages::{Asker, DeskReply, ReplyTo};
use crate::history::people::Caller;
use crate::i18n::English;
use crate::outcome::{Failure, Status};
use crate::protocol::DialNumber;
use crate::protocol::link::Link;
use crate::t;

/// How long a question waits for the name of its number's owner: the
/// index is local, but a question is never held up for a name.
const NAME_PATIENCE: std::time::Duration = std::time::Duration::from_millis(500);

/// Whether a link may be dialled without asking: the user trusts links,
/// the number is neither international nor premium-rate, and a window is
/// running (a link-only start always asks: it is all the user sees).
pub fn dial_unasked(link: &Link, trusted_links: bool, link_only: bool) -> bool {
    trusted_links && link.may_skip_confirmation() && !link_only
}

/// Whether a number another program hands over (`skydial dial`, the
/// socket) or the clipboard gives to be dialled at once must be asked about
/// in the window first, as a link is: premium-rate and international
/// numbers (a +1 number abroad included) never go straight through.
pub fn ask_first(number: &DialNumber) -> bool {
    let link = Link {
        number: number.clone(),
        extension: None,
    };
    !link.may_skip_confirmation()
}

impl CallsLane {
    /// A link: asked about (Dial, Cancel), unless it may be dialled unasked.
    pub(super) async fn link(&mut self, text: &str, reply: ReplyTo) {
        let desk = self.desk();
        let link = match crate::protocol::link::parse(text) {
            Ok(link) => link,
            Err(e) => {
                let message = t!("notice-link-unreadable", error = e.to_string());
                desk.ui.error(&message);
                desk.ui.raise_window();
                reply.send(Status::Usage.reply(message));
                return;
            }
        };
        let trusted = desk.settings.borrow().trusted_links;
        if dial_unasked(&link, trusted, desk.config.link_only) {
            let placing = desk.queue_call(link.number.clone()).await;
            tokio::spawn(async move { desk.link_outcome(0, &link, placing.await, &[reply]) });
            return;
        }
        desk.ask(link, Asker::Link, reply).await;
    }

    pub(super) async fn link_answer(&mut self, token: u64, dial: bool) {
        let desk = self.desk();
        let Some((link, replies)) = desk.questions().answer(token) else {
            return;
        };
        if dial {
            let placing = desk.queue_call(link.number.clone()).await;
            tokio::spawn(async move { desk.link_outcome(token, &link, placing.await, &replies) });
        } else {
            let cancelled = Err(Failure::new(
                Status::Cancelled,
                t!("notice-link-cancelled", number = link.number.for_reading()),
            ));
            desk.link_outcome(token, &link, cancelled, &replies);
        }
    }
}

impl Desk {
    /// The questions waiting for the user's answer.
    fn questions(&self) -> std::sync::MutexGuard<'_, Links> {
        self.questions.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Asks the user in the window whether to dial `link` (Dial or
    /// Cancel); what came of it goes to `reply`. The same link already
    /// asked about is not asked again (its answer goes to `reply` too); with
    /// [`MAX_PENDING_QUESTIONS`] waiting, nothing is asked and the user and
    /// `reply` are told so. The question names the person the number
    /// belongs to when the contacts or a directory know.
    pub(super) async fn ask(&self, link: Link, asker: Asker, reply: ReplyTo) {
        let asked = self.questions().ask(link.clone(), reply.clone());
        match asked {
            Asked::New(token) => {
                let caller = self.name_of(&link).await;
                self.ui.send(DeskReply::ConfirmLink {
                    token,
                    link,
                    asker,
                    caller,
                });
            }
            Asked::Joined(_) => {}
            Asked::Full => {
                let text = t!(
                    "notice-link-too-many",
                    number = link.number.for_reading(),
                    count = MAX_PENDING_QUESTIONS
                );
                self.ui.error(&text);
                reply.send(Status::Cancelled.reply(text));
            }
        }
        self.ui.raise_window();
    }

    /// Who `link`'s number belongs to, read from the index of people as a
    /// ringing call's name is (never the network). A lookup that fails or
    /// takes longer than [`NAME_PATIENCE`] leaves the question unnamed.
    async fn name_of(&self, link: &Link) -> Option<Caller> {
        let directories = self.config.directories.as_ref()?;
        let number = link.number.ex_tn().to_string();
        match tokio::time::timeout(NAME_PATIENCE, directories.lookup(number)).await {
            Ok(Ok(caller)) => caller,
            Ok(Err(e)) => {
                tracing::warn!("no name for a link's number: {}", English(&e));
                None
            }
            Err(_) => {
                tracing::warn!("no name for a link's number: the lookup took too long");
                None
            }
        }
    }

    /// Says what came of a link, in the window and to whoever handed it over.
    fn link_outcome(&self, token: u64, link: &Link, outcome: Outcome, replies: &[ReplyTo]) {
        let (error, mut text, status) = match outcome {
            Ok(text) => (false, text, Status::Ok),
            Err(f) => (f.status != Status::Cancelled, f.message, f.status),
        };
        if status == Status::Ok
            && let Some(ext) = &link.extension
        {
            text.push(' ');
            text.push_str(&t!("notice-link-extension", extension = ext.as_str()));
        }
        self.ui.send(DeskReply::LinkDone {
            token,
            error,
            placed: status == Status::Ok,
            text: text.clone(),
        });
        for reply in replies {
            reply.send(status.reply(text.clone()));
        }
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

    /// What another program or the clipboard hands over to dial at once:
    /// premium-rate and international numbers are asked about first.
    #[test]
    fn premium_and_international_numbers_from_elsewhere_are_asked_first() {
        use crate::protocol::number::normalize;
        for risky in [
            "1-900-555-0100",
            "+1 212 976 0100",
            "+44 20 7946 0958",
            "+1 876 555 0123",
            "+882 16 5555 0100",
        ] {
            assert!(ask_first(&normalize(risky).unwrap()), "{risky}");
        }
        for plain in ["646-555-1234", "+1 (416) 555-0123", "1234"] {
            assert!(!ask_first(&normalize(plain).unwrap()), "{plain}");
        }
    }
}
