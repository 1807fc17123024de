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
            // Dropped unsent: the server that showed the pop has gone, and
            // the next one may have given its id to another notification.
            if let Ok(gone) = closing {
                handle.close_async().await;
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

/// The notification service's bus name.
const SERVICE: &str = "org.freedesktop.Notifications";

/// Calls `replaced` each time another notification server takes over from
/// one that showed skydial's pops: one that crashed and was started again
/// (Plasma's shell, restarted after a crash), or one started with
/// `--replace`. The first server to appear (D-Bus activation on the first
/// pop) replaces nothing.
pub async fn watch_server(replaced: impl Fn()) {
    use futures_util::StreamExt;
    let Ok(conn) = zbus::Connection::session().await else {
        return;
    };
    let Ok(bus) = zbus::fdo::DBusProxy::new(&conn).await else {
        return;
    };
    let Ok(mut changes) = bus
        .receive_name_owner_changed_with_args(&[(0, SERVICE)])
        .await
    else {
        tracing::debug!(
            "cannot follow the notification server; pops are not shown again if it restarts"
        );
        return;
    };
    let mut lost = false;
    while let Some(change) = changes.next().await {
        let Ok(args) = change.args() else {
            continue;
        };
        let has = args.new_owner().is_some();
        if !has {
            tracing::info!("the notification server has gone");
        }
        if takes_over(&mut lost, args.old_owner().is_some(), has) {
            replaced();
        }
    }
}

/// Whether a change of the service's owner (`had` one before, `has` one
/// now) puts a new server in the place of one that was there; `lost`
/// remembers that the service had lost its owner.
fn takes_over(lost: &mut bool, had: bool, has: bool) -> bool {
    if !has {
        *lost = true;
        return false;
    }
    let replaced = had || *lost;
    *lost = false;
    replaced
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

#[cfg(test)]
mod tests {
    use super::takes_over;

    #[test]
    fn a_server_that_comes_back_or_replaces_one_takes_over_but_the_first_does_not() {
        let mut lost = false;
        // The first server, started by D-Bus activation for the first pop.
        assert!(!takes_over(&mut lost, false, true));
        // It crashes, and the desktop starts another.
        assert!(!takes_over(&mut lost, true, false));
        assert!(takes_over(&mut lost, false, true));
        // Another one started with --replace.
        assert!(takes_over(&mut lost, true, true));
        // Told once per server.
        assert!(!lost);
    }
}
