//! The desktop around the window: the tray and the global hotkey. Made once
//! by the wiring at start; the app shows its state in the tray each pass and
//! asks it to change the hotkey when Settings are saved.

use super::desk::UiRequest;
use super::hotkey::Hotkey;
use super::link::{Notice, UiLink};
use super::tray::{Tray, TrayView};
use crate::settings::Settings;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use tokio::sync::mpsc;

/// How the app started: how long the desktop may take to come up (at
/// login), and whether the window starts hidden.
#[derive(Debug, Clone, Default)]
pub struct StartUp {
    pub patience: std::time::Duration,
    pub hidden: bool,
    /// The desktop's light/dark preference, being read since the app started.
    pub look: Option<super::appearance::FirstLook>,
}

pub struct Desktop {
    tray: Option<Tray>,
    /// A tray host (StatusNotifierWatcher) is there: closing can hide to the tray.
    tray_host: Arc<AtomicBool>,
    /// Held so the hotkey stays registered; replaced when Settings change it.
    hotkey: Option<Hotkey>,
    /// What the hotkey does now, or why there is none (shown in Settings).
    pub hotkey_status: String,
    /// The tray's Quit was chosen: closing the window really quits.
    quitting: Arc<AtomicBool>,
    desk: mpsc::Sender<UiRequest>,
    link: UiLink,
    /// Off in UI tests: no tray, no hotkey.
    enabled: bool,
    /// Where the hotkey's portal session runs.
    runtime: Option<tokio::runtime::Handle>,
}

impl Desktop {
    /// No tray and no hotkey (the window alone, as in UI tests).
    pub fn off(desk: mpsc::Sender<UiRequest>, link: UiLink) -> Self {
        Self {
            tray: None,
            tray_host: Arc::default(),
            hotkey: None,
            hotkey_status: "Not registered (no desktop integration).".into(),
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
        desk: mpsc::Sender<UiRequest>,
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
                    let found = super::tray::wait_for_tray_host(patience).await;
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
        match Hotkey::register(&settings.hotkey, desk, link, runtime) {
            Ok((h, status)) => {
                desktop.hotkey_status = status;
                desktop.hotkey = Some(h);
            }
            Err(e) => {
                desktop.hotkey_status = e.clone();
                notices.push(Notice {
                    text: e,
                    error: false,
                });
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

    /// Switches the global hotkey from `old` to `spec` at once. On failure the
    /// old one stays in use, the reason is in `hotkey_status`, and false says
    /// not to save.
    pub fn change_hotkey(&mut self, spec: &str, old: &str) -> bool {
        if let Err(e) = super::hotkey::parse_spec(spec) {
            self.hotkey_status = e;
            return false;
        }
        if !self.enabled {
            self.hotkey_status =
                format!("{spec} is saved (no desktop integration to register it).");
            return true;
        }
        let Some(runtime) = self.runtime.clone() else {
            return true;
        };
        // Release the old key first: the new one may be the same keys spelt differently.
        self.hotkey = None;
        match Hotkey::register(spec, self.desk.clone(), self.link.clone(), &runtime) {
            Ok((h, status)) => {
                self.hotkey = Some(h);
                self.hotkey_status = status;
                true
            }
            Err(e) => {
                self.hotkey = Hotkey::register(old, self.desk.clone(), self.link.clone(), &runtime)
                    .ok()
                    .map(|(h, _)| h);
                self.hotkey_status = if self.hotkey.is_some() {
                    format!("{e}. {old} still dials the clipboard; the hotkey was not changed.")
                } else {
                    format!("{e}. The hotkey was not changed.")
                };
                false
            }
        }
    }
}
