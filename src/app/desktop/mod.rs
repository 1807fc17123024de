//! The desktop around the window: the tray and the global hotkey. Made once
//! by the wiring at start; the app shows its state in the tray each pass and
//! asks it to change the hotkey when Settings are saved.

pub mod appearance;
pub mod clipboard;
pub mod file_chooser;
pub mod hotkey;
pub mod icons;
pub mod pops;
#[cfg(target_os = "linux")]
pub mod portal;
pub mod tray;

use crate::app::messages::{DeskRequest, DeskSender, Notice, UiLink};
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
    /// Where the hotkey's portal session (and the file chooser) runs.
    runtime: Option<tokio::runtime::Handle>,
    /// A file chooser is open.
    choosing: Arc<AtomicBool>,
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
            choosing: Arc::default(),
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
                        Err(e) => told.info(crate::t!("tray-cannot-check", error = e.to_string())),
                        _ => told.info(crate::t!("tray-none-running")),
                    }
                });
            }
            Err(e) => notices.push(Notice {
                text: crate::t!("tray-none", error = e.to_string()),
                error: false,
            }),
        }
        desktop.runtime = Some(runtime.clone());
        #[cfg(unix)]
        runtime.spawn(quit_on_signals(link.clone(), desktop.quitting.clone()));
        #[cfg(windows)]
        quit_at_session_end(runtime, link.clone(), desktop.quitting.clone());
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

    /// Opens the system's file chooser for contacts to import (see
    /// `choose_file`): the file chosen goes to the desk to be imported.
    pub fn choose_contacts_file(&self) {
        self.choose_file(
            file_chooser::Ask::contacts_to_import(),
            DeskRequest::ImportContacts,
        );
    }

    /// Opens the system's file chooser beside the window (the UI thread
    /// never waits for it): the file chosen becomes `then`'s request to the
    /// desk; a cancelled chooser does nothing; with none on this system the
    /// window says so, and that a path can be typed. One at a time: while
    /// one is open, another click does nothing.
    pub fn choose_file(
        &self,
        ask: file_chooser::Ask,
        then: impl FnOnce(std::path::PathBuf) -> DeskRequest + Send + 'static,
    ) {
        let Some(runtime) = &self.runtime else {
            self.link
                .error(file_chooser::ChooserError::NoChooser(crate::t!("chooser-off")).to_string());
            return;
        };
        if self.choosing.swap(true, Ordering::SeqCst) {
            return;
        }
        let (desk, link, choosing) = (self.desk.clone(), self.link.clone(), self.choosing.clone());
        runtime.spawn(async move {
            let chosen = file_chooser::choose(ask).await;
            choosing.store(false, Ordering::SeqCst);
            match chosen {
                Ok(Some(path)) => {
                    tracing::info!("file chosen: {}", path.display());
                    desk.send(then(path));
                }
                Ok(None) => tracing::info!("the file chooser was cancelled"),
                Err(e) => link.error(e.to_string()),
            }
        });
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

/// The end of the Windows session (signing out, shutting down, restarting)
/// quits as the tray's Quit does: the window closes, then the open toasts
/// are taken back (`app::run`). Windows tells the end of a session to
/// top-level windows (WM_QUERYENDSESSION, WM_ENDSESSION; a program with
/// windows gets no CTRL_LOGOFF or CTRL_SHUTDOWN), so a hidden one listens on
/// a thread of its own. Windows ends the process once WM_ENDSESSION is
/// answered: it is answered when the toasts are closed (or after 3 s: the
/// pops' 2 s and the window's close). Ctrl+C and closing the console quit
/// the same way, for a skydial with a console (the app never attaches to
/// one: `cli/console.rs`).
#[cfg(windows)]
fn quit_at_session_end(runtime: &tokio::runtime::Handle, link: UiLink, quitting: Arc<AtomicBool>) {
    use tokio::signal::windows::{ctrl_c, ctrl_close, ctrl_logoff, ctrl_shutdown};
    use winsafe::{co, gui, prelude::*};
    let quit = move |why: &str| {
        tracing::info!("{why}: quitting (the window, then the open screen pops)");
        quitting.store(true, Ordering::SeqCst);
        link.quit();
    };
    let console_quit = quit.clone();
    runtime.spawn(async move {
        let (Ok(mut c), Ok(mut close), Ok(mut logoff), Ok(mut shutdown)) =
            (ctrl_c(), ctrl_close(), ctrl_logoff(), ctrl_shutdown())
        else {
            tracing::warn!(
                "cannot handle the console's Ctrl+C and close: they end skydial at once"
            );
            return;
        };
        console_quit(tokio::select! {
            _ = c.recv() => "Ctrl+C",
            _ = close.recv() => "the console was closed",
            _ = logoff.recv() => "the user is logging off",
            _ = shutdown.recv() => "Windows is shutting down",
        });
        // Dropped, they leave a second Ctrl+C to Windows: skydial ends at once.
    });
    let window = move || {
        let window = gui::WindowMain::new(gui::WindowMainOpts {
            title: "skydial: end of session",
            style: co::WS::POPUP,
            ex_style: co::WS_EX::TOOLWINDOW,
            size: (1, 1),
            ..Default::default()
        });
        // Never holds up the end of the session.
        window.on().wm(co::WM::QUERYENDSESSION, |_| Ok(1));
        window.on().wm_end_session(move |p| {
            if p.is_session_being_ended {
                quit("the Windows session is ending");
                if pops::wait_all_closed(std::time::Duration::from_secs(3)) {
                    tracing::info!("the screen pops are closed: Windows may end skydial now");
                } else {
                    tracing::warn!("the session ends before skydial closed its screen pops");
                }
            }
            Ok(())
        });
        window.run_main(Some(co::SW::HIDE))
    };
    let spawned = std::thread::Builder::new()
        .name("skydial-session".into())
        .stack_size(256 * 1024)
        .spawn(
            move || match std::panic::catch_unwind(std::panic::AssertUnwindSafe(window)) {
                Ok(Ok(_)) => {}
                Ok(Err(e)) => tracing::warn!("cannot watch for the end of the session: {e}"),
                Err(_) => {
                    tracing::warn!("cannot watch for the end of the session: its window failed")
                }
            },
        );
    if let Err(e) = spawned {
        tracing::warn!(
            "cannot watch for the end of the session ({e}): logging off ends skydial at once"
        );
    }
}
