//! Questions waiting for the user's answer (Dial or Cancel), by token:
//! links, and premium-rate or international numbers from other programs or
//! the clipboard. At most [`MAX_PENDING_QUESTIONS`] wait at once, and the
//! same number asked again joins the question already asked (one answer,
//! one dial, told to everyone who asked).

use crate::app::messages::ReplyTo;
use crate::app::messages::limits::MAX_PENDING_QUESTIONS;
use crate::protocol::link::Link;

/// What became of asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Asked {
    /// A new question, with its token: show it.
    New(u64),
    /// The same link is already asked about (this token): its answer goes
    /// to this asker too; nothing new is shown.
    Joined(u64),
    /// Too many questions are waiting: nothing is asked.
    Full,
}

/// Questions waiting for the user's answer, in the order asked.
#[derive(Default)]
pub(super) struct Links {
    waiting: Vec<(u64, Link, Vec<ReplyTo>)>,
    next_token: u64,
}

impl Links {
    /// Keeps `link` until answered (or joins the same link's question).
    pub(super) fn ask(&mut self, link: Link, reply: ReplyTo) -> Asked {
        if let Some((token, _, replies)) = self.waiting.iter_mut().find(|(_, l, _)| *l == link) {
            replies.push(reply);
            return Asked::Joined(*token);
        }
        if self.waiting.len() >= MAX_PENDING_QUESTIONS {
            return Asked::Full;
        }
        self.next_token += 1;
        self.waiting.push((self.next_token, link, vec![reply]));
        Asked::New(self.next_token)
    }

    /// The link `token` names and everyone who asked, once.
    pub(super) fn answer(&mut self, token: u64) -> Option<(Link, Vec<ReplyTo>)> {
        let at = self.waiting.iter().position(|(t, _, _)| *t == token)?;
        let (_, link, replies) = self.waiting.remove(at);
        Some((link, replies))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code
    use super::*;
    use crate::protocol::link::parse;

    #[test]
    fn a_link_is_answered_once_by_its_token() {
        let mut links = Links::default();
        let (reply, _) = ReplyTo::new();
        let Asked::New(a) = links.ask(parse("tel:+16465551234").unwrap(), reply.clone()) else {
            panic!()
        };
        let Asked::New(b) = links.ask(parse("tel:+12125550142").unwrap(), reply) else {
            panic!()
        };
        assert_ne!(a, b);
        assert!(links.answer(b).is_some());
        assert!(links.answer(b).is_none(), "answered twice");
        assert!(links.answer(a).is_some());
    }

    /// The same link twice is one question, answered to both askers; a
    /// fifth waiting question is refused, and once one is answered there is
    /// room again.
    #[test]
    fn the_same_link_is_asked_once_and_at_most_four_wait() {
        let mut links = Links::default();
        let ask = |links: &mut Links, uri: &str| links.ask(parse(uri).unwrap(), ReplyTo::new().0);
        let Asked::New(first) = ask(&mut links, "tel:+33-1-45-68-12-34") else {
            panic!()
        };
        assert_eq!(
            ask(&mut links, "tel:%2B33145681234"),
            Asked::Joined(first),
            "the same number, written otherwise"
        );
        for uri in [
            "tel:+882-16-5555-0100",
            "tel:+1-900-555-0100",
            "tel:+44-20-7946-0958",
        ] {
            assert!(matches!(ask(&mut links, uri), Asked::New(_)), "{uri}");
        }
        assert_eq!(ask(&mut links, "tel:+1-876-555-0123"), Asked::Full);
        assert_eq!(
            ask(&mut links, "tel:+1-900-555-0100"),
            Asked::Joined(3),
            "one already asked still joins"
        );
        let (link, replies) = links.answer(first).unwrap();
        assert_eq!(link, parse("tel:+33145681234").unwrap());
        assert_eq!(replies.len(), 2, "both askers hear the answer");
        assert!(matches!(
            ask(&mut links, "tel:+1-876-555-0123"),
            Asked::New(_)
        ));
    }
}
