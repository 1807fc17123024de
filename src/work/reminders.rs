//! *Remind me*: when a reminder is due (pure: `now` is passed in), and the
//! task that says so.
//!
//! Due times are wall-clock UTC kept in the history, never a monotonic
//! timer: a reminder survives a restart, and one that comes due during a
//! suspend fires at the next look after the resume. While a reminder is
//! pending the task looks at least every [`LOOK_EVERY`] (a monotonic sleep
//! does not count the time suspended); with none it sleeps until poked (a
//! reminder was added), so an idle skydial does not wake for it. One due
//! while skydial was not running, or found more than [`LATE_AFTER_MS`]
//! after its time, is *late*.

use crate::engine::{EngineError, EngineHandle};
use crate::history::Reminder;
use chrono::{DateTime, Days, NaiveDateTime, NaiveTime, TimeZone, Utc};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Notify, mpsc};

/// The longest the task sleeps between looks at the wall clock.
pub const LOOK_EVERY: Duration = Duration::from_secs(60);
/// A reminder reported later than this after its due time is late.
pub const LATE_AFTER_MS: i64 = 60_000;
/// The furthest ahead a reminder can be set.
pub const MAX_AHEAD_DAYS: u64 = 366;

/// *Remind me* …
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RemindAt {
    /// in 15 minutes
    In15Minutes,
    /// in an hour
    InAnHour,
    /// tomorrow at 9:00 (local)
    TomorrowMorning,
    /// at a chosen time
    At(DateTime<Utc>),
}

/// When a reminder asked for at `now` is due (UTC Unix ms). A chosen time
/// must be ahead, and within a year.
pub fn due_at<Tz: TimeZone>(when: RemindAt, now: &DateTime<Tz>) -> Result<i64, String> {
    let now_utc = now.with_timezone(&Utc);
    let due = match when {
        RemindAt::In15Minutes => now_utc + chrono::Duration::minutes(15),
        RemindAt::InAnHour => now_utc + chrono::Duration::hours(1),
        RemindAt::TomorrowMorning => {
            let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN);
            let day = now.date_naive() + Days::new(1);
            super::rules::local_time(&now.timezone(), day.and_time(nine))
        }
        RemindAt::At(t) => {
            if t <= now_utc {
                return Err(crate::t!("reminders-time-passed"));
            }
            if t > now_utc + Days::new(MAX_AHEAD_DAYS) {
                return Err(crate::t!("reminders-too-far-ahead"));
            }
            t
        }
    };
    Ok(due.timestamp_millis())
}

/// How a chosen time is typed (local).
pub const AT_FORMAT: &str = "%Y-%m-%d %H:%M";

/// *At…*: a chosen local time as typed (`YYYY-MM-DD HH:MM`), checked at
/// `now` as [`due_at`] checks it; or why it cannot be used, in plain words.
pub fn at_local<Tz: TimeZone>(text: &str, now: &DateTime<Tz>) -> Result<DateTime<Utc>, String> {
    let at = NaiveDateTime::parse_from_str(text.trim(), AT_FORMAT)
        .map_err(|_| crate::t!("reminders-bad-time"))?;
    let t = super::rules::local_time(&now.timezone(), at);
    due_at(RemindAt::At(t), now)?;
    Ok(t)
}

/// Whether a reminder reported at `now` is late: it came due before this
/// skydial started (`started`), or was found more than [`LATE_AFTER_MS`]
/// after its time (a suspend).
pub fn is_late(due_at: i64, now: i64, started: i64) -> bool {
    due_at < started || now.saturating_sub(due_at) > LATE_AFTER_MS
}

/// How long to sleep before looking again: until the next reminder, at
/// most [`LOOK_EVERY`]; `None` (no reminder pending): until poked.
pub fn next_look(next_due: Option<i64>, now: i64) -> Option<Duration> {
    next_due.map(|due| {
        let ms = u64::try_from(due.saturating_sub(now)).unwrap_or(0);
        Duration::from_millis(ms).min(LOOK_EVERY)
    })
}

/// A reminder that is due (an event the desk turns into a notification
/// with *Call back*).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueReminder {
    pub reminder: Reminder,
    /// Due while skydial was not running, or found well after its time.
    pub late: bool,
}

/// Wakes the task (a reminder was added: it may be due sooner than the
/// next look).
#[derive(Clone, Debug, Default)]
pub struct Poke(Arc<Notify>);

impl Poke {
    pub fn poke(&self) {
        self.0.notify_one();
    }
}

/// Starts the task on the current runtime: due reminders come out of the
/// receiver. `clock` is the wall clock (Unix ms; `history::now_ms` in the
/// app). It ends when the engine or the receiver goes.
pub fn spawn(
    engine: EngineHandle,
    clock: impl Fn() -> i64 + Send + 'static,
) -> (Poke, mpsc::Receiver<DueReminder>) {
    let (tx, rx) = mpsc::channel(64);
    let poke = Poke::default();
    let woken = poke.0.clone();
    tokio::spawn(async move {
        let started = clock();
        loop {
            let now = clock();
            let wait = match engine.take_due_reminders(now).await {
                Ok((due, next)) => {
                    for reminder in due {
                        let late = is_late(reminder.due_at, now, started);
                        if tx.send(DueReminder { reminder, late }).await.is_err() {
                            return;
                        }
                    }
                    next_look(next, clock())
                }
                Err(EngineError::Gone) => return,
                Err(e) => {
                    tracing::debug!("reminders are not looked at: {e}");
                    Some(LOOK_EVERY)
                }
            };
            tokio::select! {
                () = sleep(wait) => {}
                () = woken.notified() => {}
                () = tx.closed() => return,
            }
        }
    });
    (poke, rx)
}

async fn sleep(wait: Option<Duration>) {
    match wait {
        Some(wait) => tokio::time::sleep(wait).await,
        None => std::future::pending().await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::FixedOffset;

    #[test]
    fn a_chosen_time_as_typed() {
        let paris = FixedOffset::east_opt(3600).unwrap();
        let now = paris.with_ymd_and_hms(2026, 3, 31, 23, 30, 0).unwrap();
        let at = paris.with_ymd_and_hms(2026, 4, 1, 14, 30, 0).unwrap();
        assert_eq!(
            at_local(" 2026-04-01 14:30 ", &now),
            Ok(at.with_timezone(&Utc))
        );
        for bad in [
            "tomorrow",
            "2026-04-01",
            "2026-04-31 10:00",
            "2026-04-01 25:00",
        ] {
            let e = at_local(bad, &now).unwrap_err();
            assert!(e.contains("YYYY-MM-DD HH:MM"), "{bad}: {e}");
        }
        let e = at_local("2026-03-31 23:00", &now).unwrap_err();
        assert!(e.contains("has passed"), "{e}");
        let e = at_local("2028-01-01 09:00", &now).unwrap_err();
        assert!(e.contains("more than a year"), "{e}");
    }

    #[test]
    fn due_times() {
        let paris = FixedOffset::east_opt(3600).unwrap();
        let now = paris.with_ymd_and_hms(2026, 3, 31, 23, 30, 0).unwrap();
        let ms = now.timestamp_millis();
        assert_eq!(due_at(RemindAt::In15Minutes, &now), Ok(ms + 15 * 60_000));
        assert_eq!(due_at(RemindAt::InAnHour, &now), Ok(ms + 3_600_000));
        let tomorrow = paris.with_ymd_and_hms(2026, 4, 1, 9, 0, 0).unwrap();
        assert_eq!(
            due_at(RemindAt::TomorrowMorning, &now),
            Ok(tomorrow.timestamp_millis())
        );
        let chosen = tomorrow.with_timezone(&Utc);
        assert_eq!(
            due_at(RemindAt::At(chosen), &now),
            Ok(chosen.timestamp_millis())
        );
        assert!(due_at(RemindAt::At(now.with_timezone(&Utc)), &now).is_err());
        let far = now.with_timezone(&Utc) + Days::new(400);
        assert!(
            due_at(RemindAt::At(far), &now)
                .unwrap_err()
                .contains("year")
        );
    }

    #[test]
    fn late_and_the_next_look() {
        let started = 1_000_000;
        assert!(
            is_late(started - 1, started, started),
            "due before the start"
        );
        assert!(!is_late(started + 10, started + 10_010, started));
        assert!(
            is_late(started + 10, started + 10 + LATE_AFTER_MS + 1, started),
            "found after a suspend"
        );
        assert_eq!(next_look(None, 0), None, "nothing pending: no wake-ups");
        assert_eq!(next_look(Some(5_000), 0), Some(Duration::from_secs(5)));
        assert_eq!(next_look(Some(-5), 0), Some(Duration::ZERO));
        assert_eq!(next_look(Some(3_600_000), 0), Some(LOOK_EVERY));
    }
}
