//! Windows toasts with Answer and Ignore buttons, in the incoming-call
//! scenario: a ringing call's toast stays on screen until it is acted on or
//! the call stops ringing, when skydial withdraws it (from the screen and
//! from the notification centre), as on Linux. A missed call's toast (Call
//! back, Remind me) stays in the notification centre until its entry of the
//! missed-calls list is resolved.

use crate::t;
use windows::Data::Xml::Dom::XmlDocument;
use windows::Foundation::TypedEventHandler;
use windows::UI::Notifications::{
    ToastActivatedEventArgs, ToastNotification, ToastNotificationManager, ToastNotifier,
};
use windows::core::{HSTRING, IInspectable, Interface};

/// The AppUserModelID the MSI gives the Start-menu shortcut and
/// registers with the toasts' name and icon (`packaging/windows/`;
/// tests/windows/msi.sh reads it here).
const APP_ID: &str = "skydial";
/// The notification centre's group for screen pops (each has its own tag).
const GROUP: &str = "ringing";
/// The group for missed calls' toasts (tagged by their entry).
const MISSED_GROUP: &str = "missed";

/// Toasts read no markup: their text goes in as XML text nodes.
pub async fn reads_markup() -> bool {
    false
}

/// A toast with the incoming-call scenario, Answer and Ignore (and `save`,
/// the label of *Save as contact*, when offered), and the usual notification
/// sound (the desk phone rings; the toast does not ring a second time); or,
/// not `ringing`, a short one with its text alone.
fn toast(
    summary: &str,
    body: &str,
    ringing: bool,
    save: Option<&str>,
) -> windows::core::Result<ToastNotification> {
    if !ringing {
        return toast_of(&[("duration", "short")], summary, body, &[], false);
    }
    let mut buttons = vec![
        (t!("pop-answer"), super::ANSWER),
        (t!("pop-ignore"), super::IGNORE),
    ];
    buttons.extend(save.map(|label| (label.to_string(), super::SAVE)));
    toast_of(
        &[("scenario", "incomingCall")],
        summary,
        body,
        &buttons,
        true,
    )
}

/// A missed call's toast: its text, and a button for each of `actions`
/// (key, label) but the default one (a click on the toast itself).
fn missed_toast(
    summary: &str,
    body: &str,
    actions: &[(&str, String)],
) -> windows::core::Result<ToastNotification> {
    let buttons: Vec<(String, &str)> = actions
        .iter()
        .filter(|(key, _)| *key != super::DEFAULT)
        .map(|(key, label)| (label.clone(), *key))
        .collect();
    toast_of(&[], summary, body, &buttons, false)
}

/// A toast built through the XML DOM (`SetInnerText`), so caller text
/// can never become markup: the toast element's `attributes`, its two
/// lines (an empty one left out), a button for each (label, arguments), and
/// with `sound` the usual notification sound.
fn toast_of(
    attributes: &[(&str, &str)],
    summary: &str,
    body: &str,
    buttons: &[(String, &str)],
    sound: bool,
) -> windows::core::Result<ToastNotification> {
    let doc = XmlDocument::new()?;
    let element = |name: &str, attributes: &[(&str, &str)]| {
        let el = doc.CreateElement(&HSTRING::from(name))?;
        for (key, value) in attributes {
            el.SetAttribute(&HSTRING::from(*key), &HSTRING::from(*value))?;
        }
        Ok::<_, windows::core::Error>(el)
    };
    let root = element("toast", attributes)?;
    let visual = element("visual", &[])?;
    let binding = element("binding", &[("template", "ToastGeneric")])?;
    for text in [summary, body] {
        if !text.is_empty() {
            let el = element("text", &[])?;
            el.SetInnerText(&HSTRING::from(text))?;
            binding.AppendChild(&el)?;
        }
    }
    visual.AppendChild(&binding)?;
    root.AppendChild(&visual)?;
    if !buttons.is_empty() {
        let actions = element("actions", &[])?;
        for (content, arguments) in buttons {
            actions.AppendChild(&element(
                "action",
                &[("content", content.as_str()), ("arguments", arguments)],
            )?)?;
        }
        root.AppendChild(&actions)?;
    }
    if sound {
        root.AppendChild(&element(
            "audio",
            &[
                ("src", "ms-winsoundevent:Notification.Default"),
                ("loop", "false"),
            ],
        )?)?;
    }
    doc.AppendChild(&root)?;
    ToastNotification::CreateToastNotification(&doc)
}

fn notifier() -> windows::core::Result<ToastNotifier> {
    ToastNotificationManager::CreateToastNotifierWithId(&HSTRING::from(APP_ID))
}

/// What Windows says went wrong, as text (never its `Debug` form), in the
/// user's language (a log line shows it through `English`).
fn said(e: &windows::core::Error) -> String {
    // An HRESULT is read as its bits.
    describe(e.code().0.cast_unsigned(), &e.message())
}

/// An error in plain words: "class not registered" (a Windows without
/// toasts, such as Wine, where it even comes without its text) says
/// what it means; other codes keep Windows' text.
fn describe(code: u32, message: &str) -> String {
    let message = message.trim().trim_end_matches('.');
    match code {
        // REGDB_E_CLASSNOTREG, CO_E_CLASSSTRING, E_NOINTERFACE
        0x8004_0154 | 0x8004_01F3 | 0x8000_4002 => {
            t!("pop-windows-no-toasts", code = format!("0x{code:08X}"))
        }
        _ if message.is_empty() => {
            t!("pop-windows-error-no-text", code = format!("0x{code:08X}"))
        }
        _ => t!(
            "pop-windows-error",
            message = message,
            code = format!("0x{code:08X}")
        ),
    }
}

/// A toast Windows would not show.
#[derive(Debug, thiserror::Error)]
#[error("{}", said(.0))]
pub struct ToastError(windows::core::Error);

pub async fn pop(
    summary: &str,
    body: &str,
    save: Option<&str>,
    act: impl Fn(&str) + Send + 'static,
    close: super::CloseSignal,
) -> Result<(), ToastError> {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let tag = HSTRING::from(format!(
        "pop-{}",
        NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    let notification = toast(summary, body, true, save).map_err(ToastError)?;
    show(notification, tag, GROUP, act, close)
}

/// The toast that a call was missed (tagged by its entry, so that a later
/// one replaces it), until `close` withdraws it.
pub async fn missed(
    entry: i64,
    summary: &str,
    body: &str,
    actions: &[(&str, String)],
    act: impl Fn(&str) + Send + 'static,
    close: super::CloseSignal,
) -> Result<(), ToastError> {
    let notification = missed_toast(summary, body, actions).map_err(ToastError)?;
    show(
        notification,
        HSTRING::from(format!("missed-{entry}")),
        MISSED_GROUP,
        act,
        close,
    )
}

/// Shows `notification` tagged in `group`; `act` gets its actions; `close`
/// withdraws it from the screen and from the notification centre.
fn show(
    notification: ToastNotification,
    tag: HSTRING,
    group: &'static str,
    act: impl Fn(&str) + Send + 'static,
    close: super::CloseSignal,
) -> Result<(), ToastError> {
    let shown = (|| {
        notification.SetTag(&tag)?;
        notification.SetGroup(&HSTRING::from(group))?;
        notification.Activated(&TypedEventHandler::new(
            move |_, args: windows::core::Ref<'_, IInspectable>| {
                let action = args
                    .as_ref()
                    .and_then(|args| args.cast::<ToastActivatedEventArgs>().ok())
                    .and_then(|args| args.Arguments().ok())
                    .map(|a| a.to_string())
                    .filter(|a| !a.is_empty());
                act(action.as_deref().unwrap_or(super::DEFAULT));
                Ok(())
            },
        ))?;
        let notifier = notifier()?;
        notifier.Show(&notification)?;
        Ok::<_, windows::core::Error>((notifier, notification))
    })();
    let (notifier, notification) = shown.map_err(ToastError)?;
    // The call stopped ringing (or skydial is quitting): withdraw the toast.
    tokio::spawn(async move {
        let closing = close.await;
        if let Err(e) = notifier.Hide(&notification) {
            tracing::debug!(
                "the toast was already gone from the screen: {}",
                crate::i18n::in_english(|| said(&e))
            );
        }
        let removed = ToastNotificationManager::History().and_then(|history| {
            history.RemoveGroupedTagWithId(&tag, &HSTRING::from(group), &HSTRING::from(APP_ID))
        });
        if let Err(e) = removed {
            tracing::debug!(
                "the toast was not in the notification centre: {}",
                crate::i18n::in_english(|| said(&e))
            );
        }
        if let Ok(gone) = closing {
            let _ = gone.send(());
        }
    });
    Ok(())
}

/// Screen pops (and missed calls' toasts) an earlier run could not
/// withdraw (it crashed, or was killed) leave the notification centre: their
/// buttons would reach nobody.
pub fn clear_left_behind() {
    for group in [GROUP, MISSED_GROUP] {
        let cleared = ToastNotificationManager::History().and_then(|history| {
            history.RemoveGroupWithId(&HSTRING::from(group), &HSTRING::from(APP_ID))
        });
        if let Err(e) = cleared {
            tracing::debug!(
                "no earlier {group} toasts to clear: {}",
                crate::i18n::in_english(|| said(&e))
            );
        }
    }
}

pub async fn plain(summary: &str, body: &str) {
    let shown = toast(summary, body, false, None).and_then(|t| notifier()?.Show(&t));
    if let Err(e) = shown {
        tracing::warn!("no toast: {}", crate::i18n::in_english(|| said(&e)));
    }
}

/// Notifications here are the system's own: no server to be replaced.
pub async fn watch_server(_replaced: impl Fn()) {}

#[cfg(test)]
mod tests {
    use super::{describe, said};
    use windows::core::{Error, HRESULT};

    #[test]
    fn an_error_is_said_in_plain_words() {
        // Wine's answer to a toast: it was "( (0x80040154))" in the notice.
        let no_toasts = Error::from_hresult(HRESULT(0x8004_0154_u32.cast_signed()));
        assert_eq!(
            said(&no_toasts),
            "this Windows has no toast notifications, error 0x80040154"
        );
        assert_eq!(
            describe(0x8004_0154, "Class not registered\r\n"),
            "this Windows has no toast notifications, error 0x80040154"
        );
        assert_eq!(
            describe(0x8000_4005, " "),
            "Windows gave error 0x80004005 without a description"
        );
        assert_eq!(
            describe(0x8007_0005, "Access is denied.\r\n"),
            "Access is denied, error 0x80070005"
        );
    }
}
