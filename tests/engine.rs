//! The engine against the simulator over real sockets, on tokio's paused clock:
//! what the store and the history end up holding after the server misbehaves.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

mod common;

use common::engine::*;
use common::*;
use skydial::engine::{ConnectionStatus, EngineCommand, EngineConfig, EngineError, EngineEvent};
use skydial::history::History;
use skydial::protocol::CallState;
use skydial::sim::Simulator;
use std::time::Duration;

#[tokio::test(start_paused = true)]
async fn events_keep_flowing_after_error_17_without_a_user_visible_error() {
    let rig = rig().await;
    assert_eq!(rig.count("subscribe"), 1);
    rig.sim.state().force_unsubscribe(Some(DID)).unwrap();
    rig.settle().await;
    assert_eq!(rig.count("subscribe"), 2, "resubscribed at once");
    let id = rig
        .sim
        .state()
        .inject_incoming(DID, "2125550142", Some(DID))
        .unwrap();
    let snap = rig
        .wait("the ringing call", |s| {
            s.calls.iter().any(|c| c.call.id == id)
        })
        .await;
    assert_eq!(snap.status, ConnectionStatus::Connected);
    assert_eq!(snap.last_error, None, "error 17 is not shown to the user");
    assert_eq!(snap.calls[0].call.state, CallState::Ringing);
}

#[tokio::test(start_paused = true)]
async fn reconnects_after_every_connection_is_dropped_mid_document() {
    let rig = rig().await;
    let first = rig
        .sim
        .state()
        .inject_incoming(DID, "2125550142", None)
        .unwrap();
    rig.wait("first call", |s| s.calls.len() == 1).await;
    assert_eq!(rig.sim.state().drop_connections(), 1);
    let snap = rig
        .wait("reconnecting", |s| {
            matches!(s.status, ConnectionStatus::Reconnecting { .. })
        })
        .await;
    assert!(snap.last_error.is_some());
    rig.wait("connected again", |s| {
        s.status == ConnectionStatus::Connected
    })
    .await;
    rig.settle().await;
    assert_eq!(rig.count("subscribe"), 2);
    // the store still holds the call (listCalls confirmed it), and new events flow
    let second = rig
        .sim
        .state()
        .inject_incoming(DID, "7575550123", None)
        .unwrap();
    let snap = rig.wait("second call", |s| s.calls.len() == 2).await;
    let ids: Vec<_> = snap.calls.iter().map(|c| c.call.id.clone()).collect();
    assert_eq!(ids, vec![first, second]);
    assert_eq!(snap.last_error, None);
}

#[tokio::test(start_paused = true)]
async fn a_call_that_started_while_disconnected_appears_after_reconnect() {
    let rig = rig().await;
    let mut events = rig.engine.events();
    rig.sim.state().drop_connections();
    // While the engine waits to reconnect, a call rings and another comes and goes.
    let ringing = rig
        .sim
        .state()
        .inject_incoming(DID, "2125550142", Some(DID))
        .unwrap();
    rig.wait("reconnecting", |s| {
        matches!(s.status, ConnectionStatus::Reconnecting { .. })
    })
    .await;
    let snap = rig
        .wait("the call from while we were away", |s| {
            s.calls.iter().any(|c| c.call.id == ringing)
        })
        .await;
    assert_eq!(snap.status, ConnectionStatus::Connected);
    // and it was announced as ringing (a screen pop would show)
    let announced = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            if let Ok(EngineEvent::Ringing(c)) = events.recv().await
                && c.call.id == ringing
            {
                return c;
            }
        }
    })
    .await
    .expect("a Ringing event");
    assert_eq!(announced.call.ani, "2125550142");
    let history = rig.history();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].call_id, ringing.as_str());
    assert_eq!(history[0].ended_at, None);
}

#[tokio::test(start_paused = true)]
async fn known_issue_burst_ends_as_one_completed_call_with_no_ghost() {
    let rig = rig().await;
    let id = rig
        .sim
        .state()
        .inject_known_issue(DID, "2125550142")
        .unwrap();
    // wait until the history has it ended
    for _ in 0..100 {
        if rig.history().iter().any(|h| h.ended_at.is_some()) {
            break;
        }
        rig.settle().await;
    }
    let history = rig.history();
    assert_eq!(history.len(), 1, "{history:?}");
    assert_eq!(history[0].call_id, id.as_str());
    assert_eq!(history[0].state, "DELETED");
    assert!(
        !history[0].missed,
        "it was connected (elsewhere): completed, not missed"
    );
    assert_eq!(history[0].direction, "in");
    let snap = rig.wait("settled", |_| true).await;
    assert!(snap.calls.is_empty(), "no ghost call: {:?}", snap.calls);
    // a late duplicate of the burst changes nothing
    rig.engine.send(EngineCommand::Refresh).await.unwrap();
    assert!(rig.engine.snapshot().borrow().calls.is_empty());
}

#[tokio::test(start_paused = true)]
async fn rate_limited_list_calls_backs_off_and_never_hammers() {
    let rig = rig().await;
    // from now on every listCalls is refused with error 6
    rig.sim.state().set_rate_limit(0, Duration::from_secs(3600));
    rig.engine.send(EngineCommand::Refresh).await.unwrap_err();
    let snap = rig
        .wait("rate limit shown", |s| s.last_error.is_some())
        .await;
    assert!(
        snap.last_error
            .as_deref()
            .unwrap()
            .contains("rate limiting"),
        "{:?}",
        snap.last_error
    );
    assert_eq!(
        snap.status,
        ConnectionStatus::Connected,
        "error 6 does not drop the connection"
    );
    let before = rig.count("listCalls");
    // Ten minutes pass: retries at +30, +60, +120, +240 (then capped at 300) seconds.
    tokio::time::sleep(Duration::from_secs(600)).await;
    rig.settle().await;
    let retries = rig.count("listCalls") - before;
    assert!(
        (3..=5).contains(&retries),
        "{retries} listCalls in 10 minutes"
    );
    // events still flow meanwhile
    let id = rig
        .sim
        .state()
        .inject_incoming(DID, "2125550142", None)
        .unwrap();
    rig.wait("ringing call", |s| s.calls.iter().any(|c| c.call.id == id))
        .await;
    // once allowed again, the next retry succeeds and the warning goes away
    rig.sim.state().set_rate_limit(10, Duration::from_secs(60));
    rig.wait("rate limit cleared", |s| s.last_error.is_none())
        .await;
}

#[tokio::test(start_paused = true)]
async fn wrong_pin_stops_the_retries() {
    let rig = rig_with("54321").await;
    let snap = rig
        .wait("stopped", |s| {
            matches!(s.status, ConnectionStatus::Stopped { .. })
        })
        .await;
    let ConnectionStatus::Stopped { reason } = &snap.status else {
        unreachable!()
    };
    assert!(
        reason.starts_with("Wrong DID or PIN: ") && reason.ends_with(" (API error 5)"),
        "plain words first, the code last: {reason}"
    );
    assert!(!reason.contains("54321"));
    tokio::time::sleep(Duration::from_secs(3600)).await;
    rig.settle().await;
    assert_eq!(rig.count("subscribe"), 1, "no retries after a wrong PIN");
    // commands fail fast with a clear message
    let err = rig
        .engine
        .send(EngineCommand::Answer { call: None })
        .await
        .unwrap_err();
    assert!(matches!(err, EngineError::NotConnected(_)), "{err:?}");
    // signing in again with the right PIN works
    rig.engine
        .send(EngineCommand::SignIn(account(&rig.sim, PIN)))
        .await
        .unwrap();
    rig.wait("connected", |s| s.status == ConnectionStatus::Connected)
        .await;
}

#[tokio::test(start_paused = true)]
async fn blocked_user_gets_its_own_message() {
    let sim = sim().await;
    sim.state().set_blocked(DID, true).unwrap();
    let engine = signed_in_without_history(&sim).await;
    let rx = engine.snapshot();
    let snap = until(&rx, "stopped", |s| {
        matches!(s.status, ConnectionStatus::Stopped { .. })
    })
    .await;
    let ConnectionStatus::Stopped { reason } = snap.status else {
        unreachable!()
    };
    assert!(
        reason.contains("blocked") && reason.contains("skysupport"),
        "{reason}"
    );
}

#[tokio::test(start_paused = true)]
async fn phone_logged_out_is_told_and_retried_slowly() {
    let sim = sim().await;
    sim.state().set_logged_in(DID, false).unwrap();
    let engine = signed_in_without_history(&sim).await;
    let rx = engine.snapshot();
    until(&rx, "the expected state", |s| {
        matches!(s.status, ConnectionStatus::PhoneLoggedOut { .. })
    })
    .await;
    let text = rx.borrow().status.describe(tokio::time::Instant::now());
    assert!(
        text.contains("not logged in") && text.contains("60 s"),
        "{text}"
    );
    let tries = |sim: &Simulator| sim.state().commands_since(0).len();
    tokio::time::sleep(Duration::from_secs(150)).await;
    assert!(tries(&sim) <= 4, "slow retries: {} in 150 s", tries(&sim));
    sim.state().set_logged_in(DID, true).unwrap();
    until(&rx, "the expected state", |s| {
        s.status == ConnectionStatus::Connected
    })
    .await;
}

#[tokio::test(start_paused = true)]
async fn commands_run_through_the_engine_and_fail_fast_when_disconnected() {
    let rig = rig().await;
    assert!(
        rig.engine
            .send(EngineCommand::Dial {
                number: skydial::protocol::number::normalize("+1 (646) 555-1234").unwrap(),
                endpoint: None
            })
            .await
            .unwrap()
    );
    let snap = rig.wait("outbound call", |s| s.calls.len() == 1).await;
    assert_eq!(snap.calls[0].call.ani, "6465551234");
    // An undialable number never reaches the engine: Dial takes a DialNumber.
    assert!(skydial::protocol::number::normalize("916465551234").is_err());
    assert!(
        !rig.engine
            .send(EngineCommand::Answer { call: None })
            .await
            .unwrap(),
        "nothing ringing"
    );
    rig.sim.state().remote_answer(DID, None).unwrap();
    rig.wait("connected call", |s| {
        s.calls
            .first()
            .is_some_and(|c| c.call.state == CallState::Connected)
    })
    .await;
    assert!(
        rig.engine
            .send(EngineCommand::Hold { call: None })
            .await
            .unwrap()
    );
    rig.wait("held", |s| s.calls[0].call.state == CallState::Holding)
        .await;
    assert!(
        rig.engine
            .send(EngineCommand::Resume { call: None })
            .await
            .unwrap()
    );
    assert!(
        rig.engine
            .send(EngineCommand::Release { call: None })
            .await
            .unwrap()
    );
    rig.wait("ended", |s| s.calls.is_empty()).await;
    let history = rig.history();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].direction, "out");
    assert!(history[0].answered_at.is_some());
    assert!(!history[0].missed);

    // the server goes away: commands fail fast instead of queueing
    let dial_count = rig.count("dial");
    drop(rig.sim);
    let rx = rig.engine.snapshot();
    until(&rx, "the expected state", |s| {
        matches!(s.status, ConnectionStatus::Reconnecting { .. })
    })
    .await;
    let started = tokio::time::Instant::now();
    let err = rig
        .engine
        .send(EngineCommand::Dial {
            number: skydial::protocol::number::normalize("6465551234").unwrap(),
            endpoint: None,
        })
        .await
        .unwrap_err();
    assert!(matches!(err, EngineError::NotConnected(_)), "{err:?}");
    assert!(err.to_string().contains("not connected"), "{err}");
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(dial_count, 1);
}

#[tokio::test(start_paused = true)]
async fn missed_calls_are_unseen_until_marked_and_names_come_from_contacts() {
    let rig = rig().await;
    {
        let mut h = History::open(&rig.history).unwrap();
        h.import_contacts(&[skydial::contacts::Contact {
            name: "Ada Lovelace".into(),
            number: "+1 (212) 555-0142".into(),
        }])
        .unwrap();
    }
    let mut events = rig.engine.events();
    let id = rig
        .sim
        .state()
        .inject_incoming(DID, "12125550142", Some(DID))
        .unwrap();
    let ringing = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            if let Ok(EngineEvent::Ringing(c)) = events.recv().await {
                return c;
            }
        }
    })
    .await
    .unwrap();
    assert_eq!(ringing.name.as_deref(), Some("Ada Lovelace"));
    rig.sim.state().remote_hangup(DID, Some(&id)).unwrap();
    let snap = rig
        .wait("one unseen missed call", |s| s.unseen_missed == 1)
        .await;
    assert!(snap.calls.is_empty());
    let history = rig.history();
    assert!(history[0].missed && !history[0].seen);
    assert_eq!(history[0].name.as_deref(), Some("Ada Lovelace"));
    assert!(
        rig.engine
            .send(EngineCommand::MarkSeen {
                row: Some(history[0].row)
            })
            .await
            .unwrap()
    );
    rig.wait("seen", |s| s.unseen_missed == 0).await;
    assert!(rig.history()[0].seen);
}

#[tokio::test(start_paused = true)]
async fn a_corrupt_history_database_is_reported_and_calls_still_work() {
    let sim = sim().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    std::fs::write(&path, vec![0x42u8; 8192]).unwrap();
    let engine = skydial::engine::spawn(EngineConfig {
        history_path: Some(path.clone()),
        ..EngineConfig::default()
    });
    let snap = engine.snapshot().borrow().clone();
    let err = snap.history_error.expect("history error shown");
    assert!(
        err.contains("damaged") && err.contains("move it aside"),
        "{err}"
    );
    engine
        .send(EngineCommand::SignIn(account(&sim, PIN)))
        .await
        .unwrap();
    let rx = engine.snapshot();
    until(&rx, "the expected state", |s| {
        s.status == ConnectionStatus::Connected
    })
    .await;
    sim.state()
        .inject_incoming(DID, "2125550142", None)
        .unwrap();
    until(&rx, "the expected state", |s| s.calls.len() == 1).await;
    // the damaged file was not overwritten
    assert_eq!(std::fs::read(&path).unwrap(), vec![0x42u8; 8192]);
}

/// The next event that `pick` takes, within 5 s (of the paused clock).
async fn next_event<T>(
    events: &mut tokio::sync::broadcast::Receiver<EngineEvent>,
    pick: impl Fn(EngineEvent) -> Option<T>,
) -> T {
    tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            if let Some(found) = events.recv().await.ok().and_then(&pick) {
                return found;
            }
        }
    })
    .await
    .expect("the event")
}

#[tokio::test(start_paused = true)]
async fn the_engine_says_a_ringing_call_was_answered_or_ended_unanswered() {
    let rig = rig().await;
    let mut events = rig.engine.events();
    let first = rig
        .sim
        .state()
        .inject_incoming(DID, "2125550142", None)
        .unwrap();
    next_event(&mut events, |e| match e {
        EngineEvent::Ringing(c) if c.call.id == first => Some(()),
        _ => None,
    })
    .await;
    rig.engine
        .send(EngineCommand::Answer {
            call: Some(first.clone()),
        })
        .await
        .unwrap();
    let answered = next_event(&mut events, |e| match e {
        EngineEvent::Answered(c) => Some(c),
        EngineEvent::StoppedRinging(_) | EngineEvent::Ended { .. } => {
            panic!("not said as answered: {e:?}")
        }
        _ => None,
    })
    .await;
    assert_eq!(
        (answered.call.id, answered.call.state),
        (first, CallState::Connected)
    );

    let second = rig
        .sim
        .state()
        .inject_incoming(DID, "7575550123", None)
        .unwrap();
    rig.sim.state().remote_hangup(DID, Some(&second)).unwrap();
    let missed = next_event(&mut events, |e| match e {
        EngineEvent::Answered(c) if c.call.id == second => panic!("said answered"),
        EngineEvent::Ended { call, missed } if call.call.id == second => Some(missed),
        _ => None,
    })
    .await;
    assert!(missed, "a call that rang and ended unanswered is missed");
}

/// Missed calls are a to-do list that resolves itself: a call from a number
/// rings out unanswered, a call back that nobody answers leaves it open, and
/// one that connects (the number written another way) resolves it.
#[tokio::test(start_paused = true)]
async fn a_missed_call_is_resolved_when_the_number_is_called_back_and_answers() {
    let rig = rig().await;
    let mut events = rig.engine.events();
    let state = rig.sim.state();
    // Missed twice from the same number (written two ways).
    let mut rang = Vec::new();
    for ani in ["6465557001", "16465557001"] {
        let id = state.inject_incoming(DID, ani, Some(DID)).unwrap();
        rig.wait("ringing", |s| s.calls.iter().any(|c| c.call.id == id))
            .await;
        state.remote_hangup(DID, Some(&id)).unwrap();
        rig.wait("ended", |s| s.calls.is_empty()).await;
        rang.push(id);
    }
    let snap = rig.wait("one open entry", |s| s.open_missed == 1).await;
    assert_eq!(snap.unseen_missed, 2);
    let entries = rig.engine.missed_entries(false, 10).await.unwrap();
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(entries[0].count, 2);
    // Each missed call was said once, after its end, with the entry it joined
    // (what the notification that it was missed is withdrawn by).
    let mut said = Vec::new();
    let mut ended = Vec::new();
    while let Ok(event) = events.try_recv() {
        match event {
            EngineEvent::Ended { call, missed: true } => ended.push(call.call.id),
            EngineEvent::Missed { call, entry } => {
                assert!(ended.contains(&call.call.id), "said missed before it ended");
                said.push((call.call.id, entry));
            }
            _ => {}
        }
    }
    let entry = entries[0].entry;
    assert_eq!(
        said,
        vec![(rang[0].clone(), entry), (rang[1].clone(), entry)]
    );
    let dial = |number: &str| EngineCommand::Dial {
        number: skydial::protocol::number::normalize(number).unwrap(),
        endpoint: None,
    };
    // Called back, never answered: still open.
    assert!(rig.engine.send(dial("+1 646 555 7001")).await.unwrap());
    rig.wait("dialling", |s| s.calls.len() == 1).await;
    state.remote_hangup(DID, None).unwrap();
    rig.wait("ended", |s| s.calls.is_empty()).await;
    rig.settle().await;
    assert_eq!(rig.engine.snapshot().borrow().open_missed, 1);
    assert_eq!(rig.engine.missed_entries(false, 10).await.unwrap().len(), 1);
    // Called back and answered: resolved, and said so.
    assert!(rig.engine.send(dial("(646) 555-7001")).await.unwrap());
    rig.wait("dialling", |s| s.calls.len() == 1).await;
    let back = state.remote_answer(DID, None).unwrap();
    rig.wait("resolved", |s| s.open_missed == 0).await;
    let resolved = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            if let Ok(EngineEvent::MissedResolved { entries }) = events.recv().await {
                return entries;
            }
        }
    })
    .await
    .expect("a MissedResolved event");
    assert_eq!(resolved, vec![entries[0].entry]);
    let all = rig.engine.missed_entries(true, 10).await.unwrap();
    assert_eq!(all[0].resolved_by.as_deref(), Some("call"));
    assert_eq!(all[0].resolved_call.as_deref(), Some(back.as_str()));
    let history = rig.history();
    assert!(
        history.iter().filter(|h| h.missed).all(|h| h.resolved),
        "{history:?}"
    );
    // A note on the live call is kept and found.
    assert!(
        rig.engine
            .set_note(back.as_str().to_string(), "Sent the quote".into())
            .await
            .unwrap()
    );
    let found = rig.engine.search_history("quote".into(), 10).await.unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].call_id, back.as_str());
}

/// Reminders are kept in wall-clock UTC: one that came due while skydial
/// was not running is reported at the next start, marked late; one that
/// comes due while it runs is reported on time; one that comes due during a
/// suspend (the wall clock jumps, the monotonic one does not) fires at the
/// next look, late; none is reported twice, even across another restart.
#[tokio::test(start_paused = true)]
async fn a_reminder_due_across_a_restart_is_reported_late() {
    use skydial::history::reminders::NewReminder;
    use skydial::work::reminders::{self, LOOK_EVERY};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicI64, Ordering};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    let (hour, t0) = (3_600_000, 1_800_000_000_000_i64);
    {
        let h = History::open(&path).unwrap();
        for (number, due) in [("6465557001", 1), ("2125550142", 3), ("7185550100", 4)] {
            h.add_reminder(
                &NewReminder {
                    user: DID.into(),
                    number: number.into(),
                    name: None,
                    call_id: None,
                    entry: None,
                    due_at: t0 + due * hour,
                },
                t0,
            )
            .unwrap();
        }
    } // skydial quits, and starts again two hours later
    let start = |clock: Arc<AtomicI64>| {
        let engine = skydial::engine::spawn(EngineConfig {
            history_path: Some(path.clone()),
            ..EngineConfig::default()
        });
        let (poke, due) = reminders::spawn(engine.clone(), move || clock.load(Ordering::SeqCst));
        (engine, poke, due)
    };
    async fn next(
        due: &mut tokio::sync::mpsc::Receiver<reminders::DueReminder>,
    ) -> Option<reminders::DueReminder> {
        tokio::time::timeout(LOOK_EVERY * 2, due.recv())
            .await
            .ok()
            .flatten()
    }
    let clock = Arc::new(AtomicI64::new(t0 + 2 * hour));
    let (_engine, _poke, mut due) = start(clock.clone());
    let first = next(&mut due).await.expect("the reminder due while away");
    assert_eq!(
        (first.reminder.number.as_str(), first.late),
        ("6465557001", true)
    );
    assert!(next(&mut due).await.is_none(), "nothing else is due yet");
    // The wall clock reaches the second one's time.
    clock.store(t0 + 3 * hour + 5_000, Ordering::SeqCst);
    let second = next(&mut due).await.expect("the reminder due now");
    assert_eq!(
        (second.reminder.number.as_str(), second.late),
        ("2125550142", false)
    );
    // A suspend past the third one's time: found at the next look, late.
    clock.store(t0 + 6 * hour, Ordering::SeqCst);
    let third = next(&mut due)
        .await
        .expect("the reminder due during the suspend");
    assert_eq!(
        (third.reminder.number.as_str(), third.late),
        ("7185550100", true)
    );
    // Started again: every reminder was reported once.
    drop(due);
    let (engine, poke, mut due) = start(clock.clone());
    assert!(next(&mut due).await.is_none());
    // Remind me: with nothing pending the task sleeps until poked.
    let in_15 = reminders::due_at(
        reminders::RemindAt::In15Minutes,
        &chrono::DateTime::from_timestamp_millis(clock.load(Ordering::SeqCst)).unwrap(),
    )
    .unwrap();
    engine
        .remind(NewReminder {
            user: DID.into(),
            number: "3105550199".into(),
            name: None,
            call_id: None,
            entry: None,
            due_at: in_15,
        })
        .await
        .unwrap();
    poke.poke();
    clock.store(in_15, Ordering::SeqCst);
    let fourth = next(&mut due)
        .await
        .expect("the reminder set after the start");
    assert_eq!(
        (fourth.reminder.number.as_str(), fourth.late),
        ("3105550199", false)
    );
    let h = History::open(&path).unwrap();
    assert!(h.pending_reminders().unwrap().is_empty());
}

/// A call that starts ringing is announced while another writer holds the
/// history database's lock (a directory sync's transaction): the pop does
/// not wait for the history write, and the call is written once the lock
/// is free. Announced after the write instead, the engine waits out
/// SQLite's lock timeout, the write fails, and the row is missing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_ring_is_announced_while_the_history_is_locked_and_written_after() {
    let rig = rig().await;
    let mut events = rig.engine.events();
    let sync = rusqlite::Connection::open(&rig.history).unwrap();
    sync.execute_batch("BEGIN IMMEDIATE").unwrap();
    let id = rig
        .sim
        .state()
        .inject_incoming(DID, "4155550123", None)
        .unwrap();
    let announced = tokio::time::timeout(Duration::from_secs(60), async {
        loop {
            match events.recv().await {
                Ok(EngineEvent::Ringing(call)) if call.call.id == id => return true,
                Ok(_) => {}
                Err(_) => return false,
            }
        }
    })
    .await;
    assert_eq!(announced, Ok(true), "the ringing call was announced");
    // Still locked here: the write waits; free it.
    sync.execute_batch("COMMIT").unwrap();
    drop(sync);
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while !rig.history().iter().any(|h| h.call_id == id.as_str()) {
        assert!(
            std::time::Instant::now() < deadline,
            "the ringing call never reached the history: {:?}",
            rig.engine.snapshot().borrow().history_error
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
