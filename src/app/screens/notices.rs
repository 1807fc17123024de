//! The status area's notices: what the desk said, for as long as it is
//! news. Information goes after a few seconds; an error stays until it is
//! dismissed or its cause is gone (signed in after failed attempts); a
//! notice said again replaces the older one; "Dialling …" goes once the
//! call is in the list.

use crate::app::messages::Notice;
use std::collections::VecDeque;

/// How long information stays, in seconds.
pub const INFO_FOR: f64 = 6.0;
/// The most notices shown at once (the oldest go first).
const MOST: usize = 4;

/// Whether a notice shown for `age` seconds goes now.
pub fn expired(notice: &Notice, age: f64) -> bool {
    !notice.error && age >= INFO_FOR
}

#[derive(Default)]
pub struct Notices {
    /// Each with when it came, in seconds on the window's clock, and
    /// whether it says a call is being dialled (it goes once it is listed).
    shown: VecDeque<(Notice, f64, bool)>,
}

impl Notices {
    pub fn new(first: Vec<Notice>, now: f64) -> Self {
        let mut notices = Self::default();
        for n in first {
            notices.push(n, now);
        }
        notices
    }

    /// Shows `notice` (the same words said before are shown once, as new).
    pub fn push(&mut self, notice: Notice, now: f64) {
        self.add(notice, now, false);
    }

    /// Shows that a call is being dialled, until it is listed.
    pub fn push_dialling(&mut self, text: String, now: f64) {
        let notice = Notice { text, error: false };
        self.add(notice, now, true);
    }

    fn add(&mut self, notice: Notice, now: f64, dialling: bool) {
        self.shown.retain(|(n, ..)| n != &notice);
        self.shown.push_back((notice, now, dialling));
        while self.shown.len() > MOST {
            self.shown.pop_front();
        }
    }

    /// Drops what is no longer news: information past its time, "Dialling
    /// …" once an outgoing call is listed, errors once signed in.
    pub fn tidy(&mut self, now: f64, outgoing_call: bool, just_signed_in: bool) {
        self.shown.retain(|(n, at, dialling)| {
            !(expired(n, now - *at) || (outgoing_call && *dialling) || (just_signed_in && n.error))
        });
    }

    /// How long until the next notice expires, if one will.
    pub fn next_expiry(&self, now: f64) -> Option<std::time::Duration> {
        self.shown
            .iter()
            .filter(|(n, ..)| !n.error)
            .map(|(_, at, _)| (*at + INFO_FOR - now).max(0.0))
            .min_by(f64::total_cmp)
            .map(std::time::Duration::from_secs_f64)
    }

    pub fn remove(&mut self, i: usize) {
        self.shown.remove(i);
    }

    pub fn last(&self) -> Option<&Notice> {
        self.shown.back().map(|(n, ..)| n)
    }

    pub fn list(&self) -> Vec<Notice> {
        self.shown.iter().map(|(n, ..)| n.clone()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notice(text: &str, error: bool) -> Notice {
        Notice {
            text: text.into(),
            error,
        }
    }

    #[test]
    fn information_expires_and_errors_stay_until_their_cause_is_gone() {
        let t0 = 100.0;
        let mut n = Notices::default();
        n.push(notice("Signed out.", false), t0);
        n.push(notice("API error 5", true), t0);
        n.tidy(t0 + 5.0, false, false);
        assert_eq!(n.list().len(), 2);
        assert_eq!(
            n.next_expiry(t0 + 5.0),
            Some(std::time::Duration::from_secs(1))
        );
        n.tidy(t0 + INFO_FOR, false, false);
        assert_eq!(n.list(), vec![notice("API error 5", true)]);
        n.tidy(t0 + 600.0, false, false);
        assert_eq!(n.list().len(), 1, "an error stays");
        n.tidy(t0 + 601.0, false, true);
        assert!(n.list().is_empty(), "signed in: the errors are over");
    }

    #[test]
    fn the_same_words_are_shown_once_and_dialling_goes_with_the_call() {
        let t0 = 100.0;
        let mut n = Notices::default();
        n.push(notice("API error 5", true), t0);
        n.push(notice("API error 5", true), t0);
        assert_eq!(n.list().len(), 1);
        n.push_dialling("Dialling (646) 555-1234".into(), t0);
        n.push(notice("Dialling is a word", false), t0);
        n.tidy(t0, false, false);
        assert_eq!(n.list().len(), 3);
        n.tidy(t0, true, false);
        assert_eq!(
            n.list(),
            vec![
                notice("API error 5", true),
                notice("Dialling is a word", false)
            ],
            "only the notice said as dialling goes with the call"
        );
        for i in 0..10 {
            n.push(notice(&i.to_string(), true), t0);
        }
        assert_eq!(n.list().len(), MOST);
    }
}
