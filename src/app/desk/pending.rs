//! Links waiting for the user's answer (Dial or Cancel), by token; the
//! calls lane owns them.

use crate::app::messages::ReplyTo;
use crate::protocol::link::Link;
use std::collections::HashMap;

/// Links waiting for the user's answer, by token.
#[derive(Default)]
pub(super) struct Links {
    waiting: HashMap<u64, (Link, ReplyTo)>,
    next_token: u64,
}

impl Links {
    /// Keeps `link` until answered; its token.
    pub(super) fn ask(&mut self, link: Link, reply: ReplyTo) -> u64 {
        self.next_token += 1;
        self.waiting.insert(self.next_token, (link, reply));
        self.next_token
    }

    /// The link `token` names, once.
    pub(super) fn answer(&mut self, token: u64) -> Option<(Link, ReplyTo)> {
        self.waiting.remove(&token)
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
        let a = links.ask(parse("tel:+16465551234").unwrap(), reply.clone());
        let b = links.ask(parse("tel:+12125550142").unwrap(), reply);
        assert_ne!(a, b);
        assert!(links.answer(b).is_some());
        assert!(links.answer(b).is_none(), "answered twice");
        assert!(links.answer(a).is_some());
    }
}
