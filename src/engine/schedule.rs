//! When to ask for the call list: pure policy, no I/O, no clock of its own
//! (the engine passes `now`), so every rule is unit-tested here.
//!
//! A list is owed after every (re)subscribe, because the subscription only
//! reports changes from then on (the spec: "issue a List Calls command before
//! or after the Subscribe command"). Lists are rate limited by the server
//! (error 6), so owed lists keep a minimum gap and back off on error 6; and
//! after a long silence a list doubles as the probe that the line is alive.

use std::time::Duration;
use tokio::time::Instant;

/// Why a list is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListDue {
    /// Catch up on what changed while no events flowed (after a (re)subscribe).
    CatchUp,
    /// Nothing arrived for a long time: prove the line is alive.
    Probe,
}

/// The timings, from [`super::EngineConfig`].
#[derive(Debug, Clone, Copy)]
pub struct ListTimings {
    /// At least this long between owed lists (the sim's default limit is 10 a minute).
    pub min_gap: Duration,
    /// First retry after error 6; doubles up to `retry_cap`.
    pub retry_base: Duration,
    pub retry_cap: Duration,
    /// Probe after this long without a document.
    pub idle_after: Duration,
}

#[derive(Debug, Clone)]
pub struct ListSchedule {
    timings: ListTimings,
    /// A catch-up list is owed.
    owed: bool,
    /// A list this schedule asked for has not been answered yet.
    in_flight: bool,
    last_sent: Option<Instant>,
    /// Error 6: no owed list before this.
    rate_limited_until: Option<Instant>,
    retry_delay: Duration,
    last_document: Instant,
}

impl ListSchedule {
    /// A new session: the first catch-up list is owed at once.
    pub fn new(timings: ListTimings, now: Instant) -> Self {
        ListSchedule {
            timings,
            owed: true,
            in_flight: false,
            last_sent: None,
            rate_limited_until: None,
            retry_delay: timings.retry_base,
            last_document: now,
        }
    }

    /// A (re)subscribe succeeded: what changed meanwhile is owed.
    pub fn owe(&mut self) {
        self.owed = true;
    }

    /// Something arrived from the server: the line is alive.
    pub fn on_document(&mut self, now: Instant) {
        self.last_document = now;
    }

    /// When the last document arrived.
    pub fn last_document(&self) -> Instant {
        self.last_document
    }

    /// Whether error 6 holds back lists now (the retry is scheduled).
    pub fn is_rate_limited(&self, now: Instant) -> bool {
        self.rate_limited_until.is_some_and(|t| now < t)
    }

    fn catch_up_at(&self) -> Option<Instant> {
        if !self.owed || self.in_flight {
            return None;
        }
        let gap = self.last_sent.map(|t| t + self.timings.min_gap);
        Some(match (gap, self.rate_limited_until) {
            (Some(a), Some(b)) => a.max(b),
            (Some(a), None) | (None, Some(a)) => a,
            // Nothing holds it back: due since the last thing that happened.
            (None, None) => self.last_document,
        })
    }

    /// While error 6 holds, the owed retry is the probe: none before it.
    fn probe_at(&self) -> Option<Instant> {
        let idle = self.last_document + self.timings.idle_after;
        (!self.in_flight).then(|| self.rate_limited_until.map_or(idle, |t| t.max(idle)))
    }

    /// The next moment [`ListSchedule::due`] may say yes (`None`: only after
    /// something happens).
    pub fn next_at(&self) -> Option<Instant> {
        match (self.catch_up_at(), self.probe_at()) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Whether a list should be sent now; if so it counts as sent.
    pub fn due(&mut self, now: Instant) -> Option<ListDue> {
        let why = if self.catch_up_at().is_some_and(|t| t <= now) {
            ListDue::CatchUp
        } else if self.probe_at().is_some_and(|t| t <= now) {
            ListDue::Probe
        } else {
            return None;
        };
        self.in_flight = true;
        self.last_sent = Some(now);
        Some(why)
    }

    /// The list was answered: nothing is owed any more. True when a rate-limit
    /// warning shown before can go.
    pub fn on_listed(&mut self, now: Instant) -> bool {
        self.in_flight = false;
        self.owed = false;
        self.last_document = now;
        let was_limited =
            self.rate_limited_until.take().is_some() || self.retry_delay != self.timings.retry_base;
        self.retry_delay = self.timings.retry_base;
        was_limited
    }

    /// Error 6 for a list this schedule sent: it is still owed, after the
    /// returned delay (doubling).
    pub fn on_rate_limited(&mut self, now: Instant) -> Duration {
        self.in_flight = false;
        self.owed = true;
        self.rate_limit(now)
    }

    /// Error 6 for any list (also one the user asked for): no owed list before
    /// the returned delay has passed. The delay doubles with each new limit.
    pub fn rate_limit(&mut self, now: Instant) -> Duration {
        self.last_document = now;
        if let Some(until) = self.rate_limited_until.filter(|t| now < *t) {
            return until - now;
        }
        let delay = self.retry_delay;
        self.rate_limited_until = Some(now + delay);
        self.retry_delay = (delay * 2).min(self.timings.retry_cap);
        delay
    }

    /// The list got no usable answer but the line is alive: owe it again (after the gap).
    pub fn on_failed(&mut self) {
        self.in_flight = false;
        self.owed = true;
    }

    /// Whether nothing at all arrived since `sent` (a list sent then that went
    /// unanswered means the line is dead).
    pub fn silent_since(&self, sent: Instant) -> bool {
        self.last_document <= sent
    }
}

/// When to subscribe again after error 17. The spec: "simply send another
/// subscribe". At once, then, if 17 comes back within `quick` of the last
/// try, after `base` doubling to `cap`: a server that drops every
/// subscription right away is not hammered.
#[derive(Debug, Clone)]
pub struct Resubscribe {
    base: Duration,
    cap: Duration,
    quick: Duration,
    last_try: Option<Instant>,
    delay: Duration,
    repeats: u32,
}

impl Resubscribe {
    pub fn new(base: Duration, cap: Duration, quick: Duration) -> Self {
        Resubscribe {
            base,
            cap,
            quick,
            last_try: None,
            delay: Duration::ZERO,
            repeats: 0,
        }
    }

    /// Error 17 at `now`: how long to wait before subscribing again (the try
    /// counts as made then).
    pub fn after_17(&mut self, now: Instant) -> Duration {
        let repeated = self
            .last_try
            .is_some_and(|t| now.saturating_duration_since(t) < self.quick);
        if repeated {
            self.repeats += 1;
            self.delay = if self.delay.is_zero() {
                self.base
            } else {
                (self.delay * 2).min(self.cap)
            };
        } else {
            self.repeats = 0;
            self.delay = Duration::ZERO;
        }
        self.last_try = Some(now + self.delay);
        self.delay
    }

    /// How many times in a row 17 came back soon after subscribing.
    pub fn repeats(&self) -> u32 {
        self.repeats
    }

    /// Whether the last subscription has held for `quick` by `now` (then a
    /// note about repeated 17s can go).
    pub fn held(&self, now: Instant) -> bool {
        self.last_try
            .is_none_or(|t| now.saturating_duration_since(t) >= self.quick)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn error_17_resubscribes_at_once_and_backs_off_when_it_repeats() {
        let t0 = Instant::now();
        let mut r = Resubscribe::new(secs(1), secs(60), secs(60));
        assert_eq!(r.after_17(t0), Duration::ZERO, "the first: at once");
        let mut now = t0;
        let mut delays = Vec::new();
        for _ in 0..9 {
            now += secs(1);
            let d = r.after_17(now);
            delays.push(d.as_secs());
            now += d;
        }
        assert_eq!(delays, vec![1, 2, 4, 8, 16, 32, 60, 60, 60]);
        assert_eq!(r.repeats(), 9);
        assert!(!r.held(now + secs(30)));
        assert!(r.held(now + secs(61)));
        // A 17 long after the last one: at once again.
        assert_eq!(r.after_17(now + secs(3600)), Duration::ZERO);
        assert_eq!(r.repeats(), 0);
    }

    const TIMINGS: ListTimings = ListTimings {
        min_gap: Duration::from_secs(6),
        retry_base: Duration::from_secs(30),
        retry_cap: Duration::from_secs(300),
        idle_after: Duration::from_secs(120),
    };

    fn secs(n: u64) -> Duration {
        Duration::from_secs(n)
    }

    #[tokio::test(start_paused = true)]
    async fn the_first_list_is_owed_at_once_then_only_the_probe() {
        let t0 = Instant::now();
        let mut s = ListSchedule::new(TIMINGS, t0);
        assert_eq!(s.next_at(), Some(t0));
        assert_eq!(s.due(t0), Some(ListDue::CatchUp));
        assert_eq!(s.due(t0), None, "one at a time");
        assert_eq!(s.next_at(), None, "nothing until the answer");
        s.on_listed(t0 + secs(1));
        assert_eq!(s.next_at(), Some(t0 + secs(121)), "the idle probe");
        s.on_document(t0 + secs(100));
        assert_eq!(s.due(t0 + secs(121)), None);
        assert_eq!(s.due(t0 + secs(220)), Some(ListDue::Probe));
    }

    #[tokio::test(start_paused = true)]
    async fn a_resubscribe_owes_a_list_kept_apart_from_the_last_one() {
        let t0 = Instant::now();
        let mut s = ListSchedule::new(TIMINGS, t0);
        s.due(t0);
        s.on_listed(t0 + secs(1));
        s.owe();
        // Sent at t0: the next owed list waits for the 6 s gap.
        assert_eq!(s.next_at(), Some(t0 + secs(6)));
        assert_eq!(s.due(t0 + secs(2)), None);
        assert_eq!(s.due(t0 + secs(6)), Some(ListDue::CatchUp));
        s.on_listed(t0 + secs(7));
        // Long after: owed at once.
        s.owe();
        assert_eq!(s.due(t0 + secs(60)), Some(ListDue::CatchUp));
    }

    #[tokio::test(start_paused = true)]
    async fn error_6_backs_off_doubling_to_the_cap_and_resets_on_success() {
        let t0 = Instant::now();
        let mut s = ListSchedule::new(TIMINGS, t0);
        let mut now = t0;
        let mut delays = Vec::new();
        for _ in 0..6 {
            assert_eq!(s.due(now), Some(ListDue::CatchUp));
            let d = s.on_rate_limited(now);
            delays.push(d.as_secs());
            assert!(s.is_rate_limited(now));
            assert_eq!(s.due(now + d - secs(1)), None, "never before the retry");
            now += d;
        }
        assert_eq!(delays, vec![30, 60, 120, 240, 300, 300]);
        assert_eq!(s.due(now), Some(ListDue::CatchUp));
        assert!(s.on_listed(now), "the warning can go");
        assert!(!s.is_rate_limited(now));
        s.owe();
        assert_eq!(s.due(now + secs(6)), Some(ListDue::CatchUp));
        assert_eq!(s.on_rate_limited(now + secs(6)), secs(30), "reset");
    }

    #[tokio::test(start_paused = true)]
    async fn an_unanswered_list_is_dead_only_if_nothing_else_came() {
        let t0 = Instant::now();
        let mut s = ListSchedule::new(TIMINGS, t0);
        let sent = t0 + secs(1);
        s.due(sent);
        assert!(s.silent_since(sent));
        s.on_document(t0 + secs(5));
        assert!(!s.silent_since(sent));
        s.on_failed();
        assert_eq!(s.due(t0 + secs(6)), None, "the gap holds");
        assert_eq!(s.due(t0 + secs(7)), Some(ListDue::CatchUp));
    }
}
