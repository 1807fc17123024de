//! The tray icon (StatusNotifierItem through ksni on Linux): quick-dial of
//! favourites and recent numbers, Dial clipboard, Do not disturb, Show
//! window, Quit. Menu clicks are handled off the UI thread, so they work
//! while the window is hidden.

use super::desk::UiRequest;
use super::icons::{self, IconState};
use super::link::UiLink;
use crate::protocol::DialNumber;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::sync::mpsc;
use tray_icon::menu::{CheckMenuItem, Menu, MenuEvent, MenuId, MenuItem, PredefinedMenuItem};
use tray_icon::{Icon, TrayIcon, TrayIconBuilder};

#[derive(Debug, Clone, PartialEq, Eq)]
enum TrayAction {
    Dial(DialNumber),
    DialClipboard,
    ToggleDnd,
    Show,
    Quit,
}

/// What the tray shows; the menu is rebuilt only when this changes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TrayView {
    /// (label, number) pairs.
    pub favourites: Vec<(String, DialNumber)>,
    pub recents: Vec<(String, DialNumber)>,
    pub dnd: bool,
    /// The caller of a ringing call, if any.
    pub ringing: Option<String>,
    pub unseen_missed: u64,
    pub online: bool,
}

pub struct Tray {
    icon: TrayIcon,
    actions: Arc<Mutex<HashMap<MenuId, TrayAction>>>,
    shown: Option<TrayView>,
}

fn icon(state: IconState, missed: bool) -> Option<Icon> {
    Icon::from_rgba(icons::rgba(state, missed), icons::SIZE, icons::SIZE).ok()
}

fn lock(
    actions: &Mutex<HashMap<MenuId, TrayAction>>,
) -> std::sync::MutexGuard<'_, HashMap<MenuId, TrayAction>> {
    actions.lock().unwrap_or_else(|p| p.into_inner())
}

impl Tray {
    /// Creates the tray item. An error means there is no tray here (no session bus).
    pub fn new(
        ui: UiLink,
        desk: mpsc::Sender<UiRequest>,
        quitting: Arc<std::sync::atomic::AtomicBool>,
    ) -> Result<Self, String> {
        let actions: Arc<Mutex<HashMap<MenuId, TrayAction>>> = Arc::default();
        let handler_actions = actions.clone();
        MenuEvent::set_event_handler(Some(move |event: MenuEvent| {
            let Some(action) = lock(&handler_actions).get(&event.id).cloned() else {
                return;
            };
            let request = match action {
                TrayAction::Dial(number) => UiRequest::Dial { number },
                TrayAction::DialClipboard => UiRequest::DialClipboard { from_hotkey: true },
                TrayAction::ToggleDnd => UiRequest::ToggleDnd,
                TrayAction::Show => {
                    ui.raise_window();
                    return;
                }
                TrayAction::Quit => {
                    quitting.store(true, std::sync::atomic::Ordering::SeqCst);
                    ui.quit();
                    return;
                }
            };
            if desk.try_send(request).is_err() {
                ui.error("skydial is busy; try the tray menu again in a moment.");
            }
        }));
        let mut builder = TrayIconBuilder::new()
            .with_id("skydial")
            .with_title("skydial")
            .with_tooltip("skydial");
        if let Some(icon) = icon(IconState::Offline, false) {
            builder = builder.with_icon(icon);
        }
        let icon = builder.build().map_err(|e| e.to_string())?;
        let mut tray = Self {
            icon,
            actions,
            shown: None,
        };
        tray.update(&TrayView::default());
        Ok(tray)
    }

    /// Shows `view`: icon, tooltip and menu.
    pub fn update(&mut self, view: &TrayView) {
        if self.shown.as_ref() == Some(view) {
            return;
        }
        let state = match (&view.ringing, view.online) {
            (Some(_), _) => IconState::Ringing,
            (None, true) => IconState::Idle,
            (None, false) => IconState::Offline,
        };
        let _ = self.icon.set_icon(icon(state, view.unseen_missed > 0));
        let mut tip = match &view.ringing {
            Some(who) => format!("skydial: {who} is calling"),
            None if view.online => "skydial: connected".to_string(),
            None => "skydial: not connected".to_string(),
        };
        if view.unseen_missed > 0 {
            tip.push_str(&format!(
                " · {} missed call{}",
                view.unseen_missed,
                if view.unseen_missed == 1 { "" } else { "s" }
            ));
        }
        if view.dnd {
            tip.push_str(" · do not disturb");
        }
        let _ = self.icon.set_tooltip(Some(&tip));
        self.icon.set_title(Some(&tip));
        if self
            .shown
            .as_ref()
            .map(|s| (&s.favourites, &s.recents, s.dnd))
            != Some((&view.favourites, &view.recents, view.dnd))
        {
            self.rebuild_menu(view);
        }
        self.shown = Some(view.clone());
    }

    fn rebuild_menu(&mut self, view: &TrayView) {
        let menu = Menu::new();
        let mut actions = HashMap::new();
        let mut add = |item: &dyn tray_icon::menu::IsMenuItem, action: Option<TrayAction>| {
            if menu.append(item).is_ok()
                && let Some(action) = action
            {
                actions.insert(item.id().clone(), action);
            }
        };
        for (label, number) in view.favourites.iter().chain(view.recents.iter()) {
            let item = MenuItem::new(format!("Call {label}"), true, None);
            add(&item, Some(TrayAction::Dial(number.clone())));
        }
        if view.favourites.is_empty() && view.recents.is_empty() {
            add(&MenuItem::new("No recent numbers yet", false, None), None);
        }
        add(&PredefinedMenuItem::separator(), None);
        add(
            &MenuItem::new("Dial clipboard", true, None),
            Some(TrayAction::DialClipboard),
        );
        add(
            &CheckMenuItem::new("Do not disturb", true, view.dnd, None),
            Some(TrayAction::ToggleDnd),
        );
        add(
            &MenuItem::new("Show window", true, None),
            Some(TrayAction::Show),
        );
        add(&PredefinedMenuItem::separator(), None);
        add(&MenuItem::new("Quit", true, None), Some(TrayAction::Quit));
        *lock(&self.actions) = actions;
        self.icon.set_menu(Some(Box::new(menu)));
    }
}

/// Whether a tray host (a StatusNotifierWatcher) is on the session bus.
/// Waits up to `patience` for a tray host to appear (at login the panel may
/// start after skydial), asking once a second. Windows' notification area
/// and macOS' menu bar are always there: nothing to ask (there is no session
/// bus to ask either).
pub async fn wait_for_tray_host(patience: std::time::Duration) -> Result<bool, String> {
    if cfg!(any(windows, target_os = "macos")) {
        return Ok(true);
    }
    let deadline = tokio::time::Instant::now() + patience;
    loop {
        let present = tray_host_present().await;
        if matches!(present, Ok(true)) || tokio::time::Instant::now() >= deadline {
            return present;
        }
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    }
}

pub async fn tray_host_present() -> Result<bool, String> {
    let conn = zbus::Connection::session()
        .await
        .map_err(|e| e.to_string())?;
    let proxy = zbus::fdo::DBusProxy::new(&conn)
        .await
        .map_err(|e| e.to_string())?;
    let name = zbus::names::BusName::try_from("org.kde.StatusNotifierWatcher")
        .map_err(|e| e.to_string())?;
    proxy.name_has_owner(name).await.map_err(|e| e.to_string())
}

#[cfg(all(test, windows))]
mod tests {
    #[tokio::test]
    async fn the_notification_area_is_always_there_on_windows() {
        // Asked on a session bus, this was an error: closing the window quit
        // skydial and --minimised showed it at once.
        assert_eq!(
            super::wait_for_tray_host(std::time::Duration::ZERO).await,
            Ok(true)
        );
    }
}
