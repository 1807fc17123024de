//! The tray icon (StatusNotifierItem through ksni on Linux): a left click
//! shows or hides the window; its menu has quick-dial of favourites and
//! recent numbers, Dial clipboard, Do not disturb (by hand, for an hour,
//! until tomorrow), Show window, Quit. Clicks
//! are handled off the UI thread, so they work while the window is hidden.

mod host;

use super::icons::{self, IconState};
use crate::app::messages::{DeskRequest, DeskSender, DndSpan, UiLink};
use crate::i18n::Locale;
use crate::protocol::DialNumber;
use crate::t;
pub use host::wait_for_tray_host;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tray_icon::menu::{CheckMenuItem, Menu, MenuEvent, MenuId, MenuItem, PredefinedMenuItem};
use tray_icon::{Icon, MouseButton, MouseButtonState, TrayIcon, TrayIconBuilder, TrayIconEvent};

#[derive(Debug, Clone, PartialEq, Eq)]
enum TrayAction {
    Dial(DialNumber),
    DialClipboard,
    ToggleDnd,
    DndFor(DndSpan),
    Show,
    Quit,
}

/// What the tray shows; the menu is rebuilt only when this changes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TrayView {
    /// (label, number) pairs.
    pub favourites: Vec<(String, DialNumber)>,
    pub recents: Vec<(String, DialNumber)>,
    /// Do not disturb, by hand or until a time.
    pub dnd: bool,
    /// When a *do not disturb until* ends (local `HH:MM`, or a date and
    /// time when not today), while it is ahead.
    pub dnd_until: Option<String>,
    /// The caller of a ringing call, if any.
    pub ringing: Option<String>,
    pub open_missed: u64,
    pub online: bool,
}

pub struct Tray {
    icon: TrayIcon,
    actions: Arc<Mutex<HashMap<MenuId, TrayAction>>>,
    shown: Option<TrayView>,
    /// The language the menu was made in: another rebuilds it.
    language: Locale,
}

fn icon(state: IconState, missed: bool) -> Option<Icon> {
    Icon::from_rgba(icons::rgba(state, missed), icons::SIZE, icons::SIZE).ok()
}

fn lock(
    actions: &Mutex<HashMap<MenuId, TrayAction>>,
) -> std::sync::MutexGuard<'_, HashMap<MenuId, TrayAction>> {
    actions.lock().unwrap_or_else(|p| p.into_inner())
}

/// The activation token the tray host handed with the click being handled
/// (KDE's for its menu and the icon, GNOME's AppIndicator's for the icon),
/// kept for the window about to be shown (see `activation`).
fn offer_click_token() {
    #[cfg(target_os = "linux")]
    if let Some(token) = ksni::current_xdg_activation_token() {
        crate::app::messages::activation::offer(&token);
    }
}

impl Tray {
    /// Lets the icon go as skydial exits: hidden (Passive), but not dropped.
    /// On Linux dropping it ends ksni's service thread, which then drops its
    /// D-Bus connection outside any Tokio runtime, and zbus panics there ("no
    /// reactor running") on every quit; the session bus removes the item
    /// when the process and its connection end a moment later.
    pub fn let_go(self) {
        if cfg!(target_os = "linux") {
            let _ = self.icon.set_visible(false);
            std::mem::forget(self);
        }
    }

    /// Creates the tray item. An error means there is no tray here (no session bus).
    pub fn new(
        ui: UiLink,
        desk: DeskSender,
        quitting: Arc<std::sync::atomic::AtomicBool>,
    ) -> Result<Self, tray_icon::Error> {
        let actions: Arc<Mutex<HashMap<MenuId, TrayAction>>> = Arc::default();
        let handler_actions = actions.clone();
        let clicked = ui.clone();
        MenuEvent::set_event_handler(Some(move |event: MenuEvent| {
            let Some(action) = lock(&handler_actions).get(&event.id).cloned() else {
                return;
            };
            let request = match action {
                TrayAction::Dial(number) => DeskRequest::Dial { number },
                TrayAction::DialClipboard => DeskRequest::DialClipboard { from_hotkey: true },
                TrayAction::ToggleDnd => DeskRequest::ToggleDnd,
                TrayAction::DndFor(span) => DeskRequest::DndFor(span),
                TrayAction::Show => {
                    offer_click_token();
                    ui.raise_window();
                    return;
                }
                TrayAction::Quit => {
                    quitting.store(true, std::sync::atomic::Ordering::SeqCst);
                    ui.quit();
                    return;
                }
            };
            desk.send(request);
        }));
        // A left click on the icon (the host's Activate on Linux; KDE's and
        // GNOME's AppIndicator hand an activation token with it) shows the
        // window, or hides it when it is shown and focused; the menu is on
        // the right click.
        TrayIconEvent::set_event_handler(Some(move |event: TrayIconEvent| {
            if let TrayIconEvent::Click {
                button: MouseButton::Left,
                button_state: MouseButtonState::Up,
                ..
            } = event
            {
                offer_click_token();
                clicked.toggle_window();
            }
        }));
        let mut builder = TrayIconBuilder::new()
            .with_menu_on_left_click(false)
            .with_id("skydial")
            .with_title("skydial")
            .with_tooltip("skydial");
        if let Some(icon) = icon(IconState::Offline, false) {
            builder = builder.with_icon(icon);
        }
        let icon = builder.build()?;
        let mut tray = Self {
            icon,
            actions,
            shown: None,
            language: crate::i18n::current(),
        };
        tray.update(&TrayView::default());
        Ok(tray)
    }

    /// Shows `view`: icon, tooltip and menu.
    pub fn update(&mut self, view: &TrayView) {
        let language = crate::i18n::current();
        if self.shown.as_ref() == Some(view) && self.language == language {
            return;
        }
        let state = match (&view.ringing, view.online) {
            (Some(_), _) => IconState::Ringing,
            (None, true) => IconState::Idle,
            (None, false) => IconState::Offline,
        };
        let _ = self.icon.set_icon(icon(state, view.open_missed > 0));
        let tip = tooltip(view);
        let _ = self.icon.set_tooltip(Some(&tip));
        self.icon.set_title(Some(&tip));
        if self.language != language
            || self
                .shown
                .as_ref()
                .map(|s| (&s.favourites, &s.recents, s.dnd))
                != Some((&view.favourites, &view.recents, view.dnd))
        {
            self.rebuild_menu(view);
        }
        self.shown = Some(view.clone());
        self.language = language;
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
            let item = MenuItem::new(t!("tray-call", name = label.as_str()), true, None);
            add(&item, Some(TrayAction::Dial(number.clone())));
        }
        if view.favourites.is_empty() && view.recents.is_empty() {
            add(&MenuItem::new(t!("tray-no-recent"), false, None), None);
        }
        add(&PredefinedMenuItem::separator(), None);
        add(
            &MenuItem::new(t!("tray-dial-clipboard"), true, None),
            Some(TrayAction::DialClipboard),
        );
        add(
            &CheckMenuItem::new(t!("tray-dnd"), true, view.dnd, None),
            Some(TrayAction::ToggleDnd),
        );
        add(
            &MenuItem::new(t!("tray-dnd-hour"), true, None),
            Some(TrayAction::DndFor(DndSpan::AnHour)),
        );
        add(
            &MenuItem::new(t!("tray-dnd-tomorrow"), true, None),
            Some(TrayAction::DndFor(DndSpan::UntilTomorrow)),
        );
        add(
            &MenuItem::new(t!("tray-show-window"), true, None),
            Some(TrayAction::Show),
        );
        add(&PredefinedMenuItem::separator(), None);
        add(
            &MenuItem::new(t!("tray-quit"), true, None),
            Some(TrayAction::Quit),
        );
        *lock(&self.actions) = actions;
        self.icon.set_menu(Some(Box::new(menu)));
    }
}

/// The tray's tooltip (and title): skydial's state, then the missed calls
/// and do not disturb, each after a " · ".
fn tooltip(view: &TrayView) -> String {
    let mut parts = vec![match &view.ringing {
        Some(who) => t!("tray-tooltip-ringing", caller = who.as_str()),
        None if view.online => t!("tray-tooltip-connected"),
        None => t!("tray-tooltip-offline"),
    }];
    if view.open_missed > 0 {
        parts.push(crate::i18n::missed_calls(view.open_missed));
    }
    match &view.dnd_until {
        Some(when) => parts.push(t!("tray-tooltip-dnd-until", time = when.as_str())),
        None if view.dnd => parts.push(t!("tray-tooltip-dnd")),
        None => {}
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tooltip_says_the_state_missed_calls_and_do_not_disturb_in_the_language() {
        let view = TrayView {
            ringing: Some("Ada Lovelace".into()),
            open_missed: 2,
            dnd: true,
            dnd_until: Some("14:30".into()),
            ..TrayView::default()
        };
        assert_eq!(
            tooltip(&view),
            "skydial: Ada Lovelace is calling · 2 missed calls · do not disturb until 14:30"
        );
        let one = TrayView {
            online: true,
            open_missed: 1,
            dnd: true,
            ..TrayView::default()
        };
        assert_eq!(
            tooltip(&one),
            "skydial: connected · 1 missed call · do not disturb"
        );
        let de = crate::i18n::Locale::parse("de").expect("de");
        assert_eq!(
            crate::i18n::scoped(de, || tooltip(&view)),
            "skydial: Ada Lovelace ruft an · 2 verpasste Anrufe · Nicht stören bis 14:30"
        );
        let fr = crate::i18n::Locale::parse("fr").expect("fr");
        assert_eq!(
            crate::i18n::scoped(fr, || tooltip(&TrayView::default())),
            "skydial\u{a0}: non connecté"
        );
    }
}
