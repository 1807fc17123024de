//! Reconnect delays: capped exponential backoff with jitter, reset only after
//! the connection stayed healthy for a while (so a flapping link backs off).

use std::time::Duration;

#[derive(Debug, Clone)]
pub struct Backoff {
    base: Duration,
    cap: Duration,
    attempt: u32,
}

impl Backoff {
    pub fn new(base: Duration, cap: Duration) -> Self {
        Self {
            base,
            cap,
            attempt: 0,
        }
    }

    /// Failed attempts since the last reset.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    /// The delay before the next try: `base * 2^attempt`, capped, then scaled by
    /// `jitter` (a number in [0, 1)) into [50%, 100%] of itself.
    pub fn next_delay(&mut self, jitter: f64) -> Duration {
        let exp = self.base.saturating_mul(1u32 << self.attempt.min(16));
        let capped = exp.min(self.cap);
        self.attempt = self.attempt.saturating_add(1);
        capped.mul_f64(0.5 + 0.5 * jitter.clamp(0.0, 1.0))
    }

    pub fn reset(&mut self) {
        self.attempt = 0;
    }
}

/// A subscription that held this long was working: when it drops, the line
/// is worth trying again at once.
pub const WORKING_AFTER: Duration = Duration::from_secs(1);
/// Reconnecting "at once" still waits up to this much (jitter), so that many
/// clients dropped together do not all come back in the same instant.
pub const AT_ONCE_JITTER: Duration = Duration::from_millis(250);

/// The wait before the next try after a session ended. `lasted` is how long
/// its subscription held (`None`: it never subscribed). A working
/// subscription that dropped is retried at once (small jitter), without
/// counting as a failure: a line that drops every few seconds must not climb
/// the backoff while calls ring unseen. Failures to connect or subscribe
/// double the wait as before. A subscription that held `healthy_after`
/// proves the server works: the backoff starts over (decided here, when the
/// session ends, rather than by a timer that would wake an idle app).
/// `jitter` is a number in [0, 1).
pub fn reconnect_delay(
    backoff: &mut Backoff,
    lasted: Option<Duration>,
    healthy_after: Duration,
    jitter: f64,
) -> Duration {
    if lasted.is_some_and(|held| held >= healthy_after) {
        backoff.reset();
    }
    match lasted {
        Some(held) if held >= WORKING_AFTER => AT_ONCE_JITTER.mul_f64(jitter.clamp(0.0, 1.0)),
        _ => backoff.next_delay(jitter),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_working_subscription_that_drops_is_retried_at_once() {
        let mut b = Backoff::new(Duration::from_secs(1), Duration::from_secs(60));
        for _ in 0..50 {
            let d = reconnect_delay(&mut b, Some(Duration::from_secs(3)), HEALTHY, 0.99);
            assert!(d <= AT_ONCE_JITTER, "{d:?}");
        }
        assert_eq!(b.attempt(), 0, "drops of working sessions are not failures");
        // Refused, or dropped before it worked: doubling.
        let waits: Vec<u64> = [None, None, Some(Duration::from_millis(200)), None]
            .into_iter()
            .map(|lasted| reconnect_delay(&mut b, lasted, HEALTHY, 1.0).as_secs())
            .collect();
        assert_eq!(waits, vec![1, 2, 4, 8]);
    }

    const HEALTHY: Duration = Duration::from_secs(30);

    #[test]
    fn a_subscription_that_held_long_enough_starts_the_backoff_over() {
        let mut b = Backoff::new(Duration::from_secs(1), Duration::from_secs(60));
        for _ in 0..4 {
            reconnect_delay(&mut b, None, HEALTHY, 1.0);
        }
        assert_eq!(b.attempt(), 4);
        // Working for 5 s: retried at once, but the server has not proven itself.
        reconnect_delay(&mut b, Some(Duration::from_secs(5)), HEALTHY, 1.0);
        assert_eq!(reconnect_delay(&mut b, None, HEALTHY, 1.0).as_secs(), 16);
        // Healthy for 30 s: the next refusal waits the first step again.
        reconnect_delay(&mut b, Some(HEALTHY), HEALTHY, 1.0);
        assert_eq!(b.attempt(), 0);
        assert_eq!(reconnect_delay(&mut b, None, HEALTHY, 1.0).as_secs(), 1);
    }

    #[test]
    fn grows_caps_and_resets() {
        let mut b = Backoff::new(Duration::from_secs(1), Duration::from_secs(60));
        let full: Vec<u64> = (0..9).map(|_| b.next_delay(1.0).as_secs()).collect();
        assert_eq!(full, vec![1, 2, 4, 8, 16, 32, 60, 60, 60]);
        b.reset();
        assert_eq!(b.next_delay(0.0), Duration::from_millis(500));
        for _ in 0..100 {
            b.next_delay(0.3);
        }
        let d = b.next_delay(0.0);
        assert_eq!(
            d,
            Duration::from_secs(30),
            "half the cap at the lowest jitter"
        );
    }
}
