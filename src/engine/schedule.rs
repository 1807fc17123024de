//! When to ask for the call list: pure policy, no I/O, no clock of its own
//! (the engine passes `now`), so every rule is unit-tested here.
//!
//! A list is owed after every (re)subscribe, because the subscription only
//! reports changes from then on (the spec: "issue a List Calls command before
//! or after the Subscribe command"). Lists are rate limited by the server
//! (error 6), so owed lists draw on a small token bucket (a few at once, then
//! one per refill period) and back off on error 6; and after a long silence
//! a list doubles as the probe that the line is alive.

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
    /// Owed lists sent at once before the refill rate applies.
    pub burst: u32,
    /// One more owed list per this long. With a burst of 3 and 8 s, at most
    /// 10 lists fall in any minute (the simulator's default limit).
    pub refill: Duration,
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
    /// Lists that may be sent now, as of `tokens_at`.
    tokens: f64,
    tokens_at: Instant,
    /// Error 6: no owed list before this.
    rate_limited_until: Option<Instant>,
    retry_delay: Duration,
    last_document: Instant,
}

impl ListSchedule {
    /// A new session: the first catch-up list is owed at once.
    pub fn new(timings: ListTimings, now: Instant) -> Self {
        Self {
            timings,
            owed: true,
            in_flight: false,
            tokens: f64::from(timings.burst.max(1)),
            tokens_at: now,
            rate_limited_until: None,
            retry_delay: timings.retry_base,
            last_document: now,
        }
    }

    /// A new session subscribed: a catch-up list is owed at once (within the
    /// gap and any rate limit, which carry over from the last session).
    pub fn new_session(&mut self, now: Instant) {
        self.owed = true;
        self.in_flight = false;
        self.last_document = now;
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

    /// The tokens at `now`, refilled since they were last counted.
    fn tokens_at(&self, now: Instant) -> f64 {
        let refilled = now.saturating_duration_since(self.tokens_at).as_secs_f64()
            / self.timings.refill.as_secs_f64().max(0.001);
        (self.tokens + refilled).min(f64::from(self.timings.burst.max(1)))
    }

    fn catch_up_at(&self) -> Option<Instant> {
        if !self.owed || self.in_flight {
            return None;
        }
        // When the bucket holds one list again.
        let token = if self.tokens >= 1.0 {
            self.tokens_at
        } else {
            self.tokens_at + self.timings.refill.mul_f64(1.0 - self.tokens)
        };
        Some(self.rate_limited_until.map_or(token, |t| t.max(token)))
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
        self.tokens = (self.tokens_at(now) - 1.0).max(0.0);
        self.tokens_at = now;
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

    /// The list got no usable answer but the line is alive: owe it again (a token later).
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
        Self {
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
        burst: 3,
        refill: Duration::from_secs(8),
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
    async fn owed_lists_go_at_once_a_few_times_then_one_per_refill() {
        let t0 = Instant::now();
        let mut s = ListSchedule::new(TIMINGS, t0);
        let mut sent = Vec::new();
        let mut now = t0;
        // Owed again and again, as under a storm of 17s: 3 at once, then 8 s apart.
        while now < t0 + secs(60) {
            if s.due(now).is_some() {
                sent.push(now.duration_since(t0).as_secs());
                s.on_listed(now);
                s.owe();
            }
            now += secs(1);
        }
        assert_eq!(sent, vec![0, 1, 2, 8, 16, 24, 32, 40, 48, 56]);
        assert!(sent.len() <= 10, "at most 10 in a minute: {sent:?}");
        // After a quiet spell the bucket is full again.
        s.owe();
        assert_eq!(s.due(now + secs(30)), Some(ListDue::CatchUp));
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
        assert_eq!(s.due(now + secs(8)), Some(ListDue::CatchUp));
        assert_eq!(s.on_rate_limited(now + secs(8)), secs(30), "reset");
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
        assert_eq!(s.due(t0 + secs(6)), Some(ListDue::CatchUp), "tokens left");
    }
}
