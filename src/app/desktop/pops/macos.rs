//! macOS (not built here): notification centre banners without actions
//! (those need a signed app bundle); the window lists the call to answer.

pub async fn reads_markup() -> bool {
    false
}

pub fn clear_left_behind() {}

pub async fn pop(
    summary: &str,
    body: &str,
    _save: Option<&str>,
    _act: impl Fn(&str) + Send + 'static,
    _close: super::CloseSignal,
) -> Result<(), notify_rust::error::Error> {
    notify_rust::Notification::new()
        .summary(summary)
        .body(body)
        .show()
        .map(|_| ())
}

pub async fn missed(
    _entry: i64,
    summary: &str,
    body: &str,
    _actions: &[(&str, String)],
    act: impl Fn(&str) + Send + 'static,
    close: super::CloseSignal,
) -> Result<(), notify_rust::error::Error> {
    pop(summary, body, act, close).await
}

pub async fn plain(summary: &str, body: &str) {
    let _ = notify_rust::Notification::new()
        .summary(summary)
        .body(body)
        .show();
}

/// Notifications here are the system's own: no server to be replaced.
pub async fn watch_server(_replaced: impl Fn()) {}
