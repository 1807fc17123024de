//! The desktop around the window: the tray and the global hotkey. Made once
//! by the wiring at start; the app shows its state in the tray each pass and
//! asks it to change the hotkey when Settings are saved.

pub mod appearance;
pub mod clipboard;
pub mod hotkey;
pub mod icons;
pub mod pops;
#[cfg(target_os = "linux")]
pub mod portal;
pub mod tray;

use crate::app::messages::{DeskSender, Notice, UiLink};
use crate::settings::Settings;
use hotkey::{Hotkey, HotkeyStatus};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use tokio::sync::watch;
use tray::{Tray, TrayView};

/// How the app started: how long the desktop may take to come up (at
/// login), and whether the window starts hidden.
#[derive(Debug, Clone, Default)]
pub struct StartUp {
    pub patience: std::time::Duration,
    pub hidden: bool,
    /// The desktop's light/dark preference, being read since the app started.
    pub look: Option<appearance::FirstLook>,
}

pub struct Desktop {
    tray: Option<Tray>,
    /// A tray host (StatusNotifierWatcher) is there: closing can hide to the tray.
    tray_host: Arc<AtomicBool>,
    /// Held so the hotkey stays registered; replaced when Settings change it.
    hotkey: Option<Hotkey>,
    /// What the hotkey does now, or why there is none (shown in Settings):
    /// written here and by the portal's news, nowhere else.
    hotkey_status: watch::Sender<HotkeyStatus>,
    /// The tray's Quit was chosen: closing the window really quits.
    quitting: Arc<AtomicBool>,
    desk: DeskSender,
    link: UiLink,
    /// Off in UI tests: no tray, no hotkey.
    enabled: bool,
    /// Where the hotkey's portal session runs.
    runtime: Option<tokio::runtime::Handle>,
}

impl Drop for Desktop {
    fn drop(&mut self) {
        // Only as skydial exits (there is one desktop): see `Tray::let_go`.
        if let Some(tray) = self.tray.take() {
            tray.let_go();
        }
    }
}

impl Desktop {
    /// No tray and no hotkey (the window alone, as in UI tests).
    pub fn off(desk: DeskSender, link: UiLink) -> Self {
        Self {
            tray: None,
            tray_host: Arc::default(),
            hotkey: None,
            hotkey_status: watch::Sender::new(HotkeyStatus::Off),
            quitting: Arc::default(),
            desk,
            link,
            enabled: false,
            runtime: None,
        }
    }

    /// The tray item and the hotkey; what could not be set up is said in
    /// `notices`. A tray host may take `patience` to appear (at login); a
    /// window started hidden is shown if none does.
    pub fn start(
        runtime: &tokio::runtime::Handle,
        desk: DeskSender,
        link: UiLink,
        settings: &Settings,
        notices: &mut Vec<Notice>,
        start: &StartUp,
    ) -> Self {
        let mut desktop = Self::off(desk.clone(), link.clone());
        desktop.enabled = true;
        match Tray::new(link.clone(), desk.clone(), desktop.quitting.clone()) {
            Ok(t) => {
                desktop.tray = Some(t);
                let flag = desktop.tray_host.clone();
                let told = link.clone();
                let (patience, hidden) = (start.patience, start.hidden);
                runtime.spawn(async move {
                    let found = tray::wait_for_tray_host(patience).await;
                    if matches!(found, Ok(true)) {
                        flag.store(true, Ordering::SeqCst);
                        return;
                    }
                    if hidden {
                        // Hidden with no tray to bring it back: show it.
                        told.show_window();
                    }
                    match found {
                        Err(e) => told.info(format!(
                            "Cannot check for a system tray ({e}); closing the window quits skydial."
                        )),
                        _ => told.info(
                            "No system tray is running here: the window stays reachable and closing it quits skydial.",
                        ),
                    }
                });
            }
            Err(e) => notices.push(Notice {
                text: format!(
                    "No system tray here ({e}): the window stays reachable and closing it quits skydial."
                ),
                error: false,
            }),
        }
        desktop.runtime = Some(runtime.clone());
        #[cfg(unix)]
        runtime.spawn(quit_on_signals(link.clone(), desktop.quitting.clone()));
        match Hotkey::register(
            &settings.hotkey,
            desk,
            link,
            runtime,
            &desktop.hotkey_status,
        ) {
            Ok(h) => desktop.hotkey = Some(h),
            Err(e) => {
                let text = e.to_string();
                desktop
                    .hotkey_status
                    .send_replace(HotkeyStatus::Unavailable(text.clone()));
                notices.push(Notice { text, error: false });
            }
        }
        desktop
    }

    /// Shows `view` in the tray (icon, tooltip, menu), if there is one.
    pub fn update_tray(&mut self, view: &TrayView) {
        if let Some(tray) = &mut self.tray {
            tray.update(view);
        }
    }

    /// Whether closing the window can hide it in the tray instead of quitting.
    pub fn can_hide_to_tray(&self) -> bool {
        self.tray.is_some()
            && self.tray_host.load(Ordering::SeqCst)
            && !self.quitting.load(Ordering::SeqCst)
    }

    /// What the hotkey does now, or why there is none.
    pub fn hotkey_status(&self) -> String {
        self.hotkey_status.borrow().to_string()
    }

    /// Switches the global hotkey from `old` to `spec` at once. On failure the
    /// old one stays in use, the status says why, and false says not to save.
    pub fn change_hotkey(&mut self, spec: &str, old: &str) -> bool {
        let status = &self.hotkey_status;
        if let Err(e) = hotkey::keyspec::parse_spec(spec) {
            status.send_replace(HotkeyStatus::Refused(e.to_string()));
            return false;
        }
        if !self.enabled {
            status.send_replace(HotkeyStatus::Saved(spec.to_string()));
            return true;
        }
        let Some(runtime) = self.runtime.clone() else {
            return true;
        };
        let register = |spec: &str| {
            Hotkey::register(spec, self.desk.clone(), self.link.clone(), &runtime, status)
        };
        // Release the old key first: the new one may be the same keys spelt differently.
        self.hotkey = None;
        match register(spec) {
            Ok(h) => {
                self.hotkey = Some(h);
                true
            }
            Err(e) => {
                self.hotkey = register(old).ok();
                status.send_replace(HotkeyStatus::NotChanged {
                    why: e.to_string(),
                    old: self.hotkey.is_some().then(|| old.to_string()),
                });
                false
            }
        }
    }
}

/// SIGTERM (a logout, `kill`, a shutdown), SIGINT (Ctrl+C) and SIGHUP (the
/// terminal went away) quit as the tray's Quit does: the window closes, then
/// the open screen pops are closed (`app::run`, up to 2 s) and skydial exits
/// with status 0. A second signal while that runs ends skydial at once.
#[cfg(unix)]
async fn quit_on_signals(link: UiLink, quitting: Arc<AtomicBool>) {
    use tokio::signal::unix::{SignalKind, signal};
    let (Ok(mut term), Ok(mut int), Ok(mut hup)) = (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
        signal(SignalKind::hangup()),
    ) else {
        tracing::warn!("cannot handle SIGTERM, SIGINT and SIGHUP: they end skydial at once");
        return;
    };
    let name = tokio::select! {
        _ = term.recv() => "SIGTERM",
        _ = int.recv() => "SIGINT",
        _ = hup.recv() => "SIGHUP",
    };
    tracing::info!("{name}: quitting (the window, then the open screen pops)");
    quitting.store(true, Ordering::SeqCst);
    link.quit();
    // The usual status of a process ended by a signal: 128 + its number.
    let status = tokio::select! {
        _ = term.recv() => 128 + 15,
        _ = int.recv() => 128 + 2,
        _ = hup.recv() => 128 + 1,
    };
    tracing::warn!("a second signal while quitting: exiting now");
    std::process::exit(status);
}
