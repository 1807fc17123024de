//! Rate limits and failure streaks: a storm of calls runs a handful of
//! hooks, and a failing hook is reported once per streak. Pure: the clock
//! is the caller's.

use super::HookKind;
use std::time::{Duration, Instant};

/// A rate limit: `capacity` at once, then one more per `every`. The clock
/// is the caller's, so it is tested without waiting.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u32,
    every: Duration,
    tokens: u32,
    /// When the tokens were last counted (meaningless while full).
    since: Instant,
}

impl TokenBucket {
    pub fn new(capacity: u32, every: Duration, now: Instant) -> Self {
        Self {
            capacity,
            every,
            tokens: capacity,
            since: now,
        }
    }

    /// Takes one token if there is one.
    pub fn try_take(&mut self, now: Instant) -> bool {
        if self.tokens < self.capacity {
            let elapsed = now.saturating_duration_since(self.since).as_nanos();
            let missing = self.capacity - self.tokens;
            let earned = elapsed / self.every.as_nanos().max(1);
            let earned = u32::try_from(earned).unwrap_or(u32::MAX).min(missing);
            if earned > 0 {
                self.tokens += earned;
                self.since += self.every * earned;
            }
        }
        if self.tokens == 0 {
            return false;
        }
        if self.tokens == self.capacity {
            self.since = now;
        }
        self.tokens -= 1;
        true
    }
}

/// Reports a failing hook once per streak of failures: the first failure
/// is reported, the next are not until the hook works again.
#[derive(Debug, Clone, Default)]
pub struct FailureTracker {
    failing: [bool; 2],
}

impl FailureTracker {
    /// A failure; true when it is the first of its streak (to report).
    pub fn failed(&mut self, kind: HookKind) -> bool {
        !std::mem::replace(&mut self.failing[kind.index()], true)
    }

    pub fn succeeded(&mut self, kind: HookKind) {
        self.failing[kind.index()] = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hooks::{BURST, REFILL_EVERY};

    #[test]
    fn the_bucket_allows_a_burst_then_one_per_six_seconds() {
        let t0 = Instant::now();
        let mut bucket = TokenBucket::new(BURST, REFILL_EVERY, t0);
        for i in 0..5 {
            assert!(bucket.try_take(t0), "run {i} of the burst");
        }
        assert!(!bucket.try_take(t0), "the sixth at once");
        assert!(!bucket.try_take(t0 + Duration::from_millis(5_999)));
        assert!(bucket.try_take(t0 + Duration::from_secs(6)));
        assert!(!bucket.try_take(t0 + Duration::from_secs(7)));
        assert!(bucket.try_take(t0 + Duration::from_secs(12)));
        // A long quiet spell refills it, no further than the burst.
        let later = t0 + Duration::from_secs(3600);
        for i in 0..5 {
            assert!(bucket.try_take(later), "run {i} after an hour");
        }
        assert!(!bucket.try_take(later));
    }

    #[test]
    fn a_failure_is_reported_once_per_streak() {
        let mut tracker = FailureTracker::default();
        let reports = (0..3).filter(|_| tracker.failed(HookKind::Command)).count();
        assert_eq!(reports, 1);
        assert!(
            tracker.failed(HookKind::Page),
            "each kind has its own streak"
        );
        tracker.succeeded(HookKind::Command);
        assert!(
            tracker.failed(HookKind::Command),
            "reported again after a success"
        );
        assert!(!tracker.failed(HookKind::Command));
        assert!(!tracker.failed(HookKind::Page));
    }
}
