//! Freedesktop notifications over D-Bus (Linux and the BSDs): actions, and
//! the pop closed when the call stops ringing.

use crate::t;
use notify_rust::{Hint, Notification, Timeout, Urgency};

/// Whether the notification server reads markup in bodies.
pub async fn reads_markup() -> bool {
    tokio::task::spawn_blocking(notify_rust::get_capabilities)
        .await
        .ok()
        .and_then(Result::ok)
        .is_some_and(|caps| caps.iter().any(|c| c == "body-markup"))
}

/// Nothing to clear: pops of an earlier run are the server's, by id.
pub fn clear_left_behind() {}

/// Shows the pop; `act` gets its action; `close` closes it; `save`: the
/// label of its *Save as contact* action, when offered.
pub async fn pop(
    summary: &str,
    body: &str,
    save: Option<&str>,
    act: impl Fn(&str) + Send + 'static,
    close: super::CloseSignal,
) -> Result<(), notify_rust::error::Error> {
    let mut pop = Notification::new();
    pop.appname("skydial")
        .summary(summary)
        .body(body)
        .icon("call-start")
        .hint(Hint::Category("call.incoming".into()))
        .hint(Hint::Resident(true))
        .urgency(Urgency::Critical)
        // "default": a click on the pop itself (most servers show no button
        // for it; xfce4-notifyd shows one).
        .action(super::DEFAULT, &t!("pop-show-call"))
        .action(super::ANSWER, &t!("pop-answer"))
        .action(super::IGNORE, &t!("pop-ignore"))
        .timeout(Timeout::Never);
    if let Some(label) = save {
        pop.action(super::SAVE, label);
    }
    let handle = pop.show_async().await?;
    tokio::spawn(follow(handle, act, close));
    Ok(())
}

/// Shows the notification that a call was missed, with `actions` (key,
/// label); `act` gets the one used; `close` withdraws it. It stays until
/// then (a missed call is a to-do), in the server's list of notifications
/// where it keeps one.
pub async fn missed(
    _entry: i64,
    summary: &str,
    body: &str,
    actions: &[(&str, String)],
    act: impl Fn(&str) + Send + 'static,
    close: super::CloseSignal,
) -> Result<(), notify_rust::error::Error> {
    let mut notification = Notification::new();
    notification
        .appname("skydial")
        .summary(summary)
        .body(body)
        .icon("call-missed")
        .hint(Hint::Category("call.unanswered".into()))
        .urgency(Urgency::Normal)
        .timeout(Timeout::Never);
    for (key, label) in actions {
        notification.action(key, label);
    }
    let handle = notification.show_async().await?;
    tokio::spawn(follow(handle, act, close));
    Ok(())
}

/// Waits for an action on the pop (or for the call to stop ringing,
/// then closes it).
async fn follow(
    handle: notify_rust::NotificationHandle,
    act: impl Fn(&str),
    close: super::CloseSignal,
) {
    let (action_tx, action_rx) = std::sync::mpsc::channel::<String>();
    tokio::select! {
        _ = handle.wait_for_action_async(move |response| {
            let action = match response {
                notify_rust::NotificationResponse::Action(action) => action.as_str(),
                notify_rust::NotificationResponse::Default => super::DEFAULT,
                _ => return,
            };
            let _ = action_tx.send(action.to_string());
        }) => {}
        closing = close => {
            handle.close_async().await;
            if let Ok(gone) = closing {
                let _ = gone.send(());
            }
            return;
        }
    }
    let Ok(action) = action_rx.try_recv() else {
        tracing::info!("a screen pop closed without an action");
        return;
    };
    // Servers usually close a pop whose action was used; make sure it goes.
    handle.close_async().await;
    act(&action);
}

pub async fn plain(summary: &str, body: &str) {
    let _ = Notification::new()
        .appname("skydial")
        .summary(summary)
        .body(body)
        .hint(Hint::Transient(true))
        .timeout(Timeout::Milliseconds(4000))
        .show_async()
        .await;
}
