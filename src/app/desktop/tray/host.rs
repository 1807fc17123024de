//! Whether a tray host is there to show the tray item: on Linux and the
//! BSDs a StatusNotifierWatcher on the session bus (a panel may have none,
//! or start after skydial); on Windows the notification area and on macOS
//! the menu bar are always there.

/// Whether a tray host (a StatusNotifierWatcher) is on the session bus.
/// Waits up to `patience` for a tray host to appear (at login the panel may
/// start after skydial), asking once a second.
#[cfg(all(unix, not(target_os = "macos")))]
pub async fn wait_for_tray_host(patience: std::time::Duration) -> Result<bool, zbus::Error> {
    let deadline = tokio::time::Instant::now() + patience;
    loop {
        let present = tray_host_present().await;
        if matches!(present, Ok(true)) || tokio::time::Instant::now() >= deadline {
            return present;
        }
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    }
}

#[cfg(all(unix, not(target_os = "macos")))]
async fn tray_host_present() -> Result<bool, zbus::Error> {
    let conn = zbus::Connection::session().await?;
    let proxy = zbus::fdo::DBusProxy::new(&conn).await?;
    let name = zbus::names::BusName::try_from("org.kde.StatusNotifierWatcher")?;
    Ok(proxy.name_has_owner(name).await?)
}

/// Windows' notification area and macOS's menu bar are always there.
#[cfg(not(all(unix, not(target_os = "macos"))))]
pub async fn wait_for_tray_host(
    _patience: std::time::Duration,
) -> Result<bool, std::convert::Infallible> {
    Ok(true)
}
