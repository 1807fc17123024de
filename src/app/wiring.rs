//! Wiring the app together once the window's egui context exists: the
//! desk and its channel, the screen pops, the tray and the hotkey, the
//! repaint on every engine change, the sign-in at start, and the server for
//! other skydial processes.

use super::desk;
use super::desktop;
use super::messages::{self, DeskRequest, DeskSender, Notice, ReplyTo, UiLink};
use super::screens;
use crate::client::ClientConfig;
use crate::engine::EngineHandle;
use crate::settings::Settings;

/// How the window signs in at start.
pub enum AutoSignIn {
    /// Show the sign-in screen (with the PIN from the keyring if one is kept).
    Remembered,
    /// Sign in with this account now (`--demo`, or `--server`/`--user` with `SKYDIAL_PIN`).
    Now(ClientConfig),
    /// Do not sign in (a link's question on its own).
    Never,
}

/// Everything the window needs, injected (tests give a simulator-backed engine).
pub struct Services {
    pub runtime: tokio::runtime::Handle,
    pub engine: EngineHandle,
    pub desk: desk::DeskConfig,
    pub settings: Settings,
    /// Tray, global hotkey and screen pops (off in UI tests).
    pub desktop: bool,
    /// The screen pops' channel (made before the window: see [`desktop::pops::Closer`]).
    pub pops: Option<desktop::pops::Pops>,
    pub notices: Vec<Notice>,
    pub auto_sign_in: AutoSignIn,
    /// A banner saying this is the demo.
    pub demo: Option<String>,
    /// Serve other skydial processes' requests at this place.
    pub serve: Option<crate::instance::Place>,
    /// How the desktop may come up around the app (at login: slowly).
    pub start_up: desktop::StartUp,
    /// A link to ask about at once (a link-only start), and where its outcome goes.
    pub link: Option<(String, ReplyTo)>,
}

/// Wires the app together: the desk and its channel, the screen pops, the
/// tray and the hotkey, the repaint on every engine change, the sign-in at
/// start. The window (`screens::App`) only draws and asks; everything it asks
/// for goes through the desk.
pub fn start(ctx: &egui::Context, services: Services) -> screens::App {
    let _guard = services.runtime.enter();
    let (link, replies) = UiLink::new(ctx.clone(), !services.start_up.hidden);
    let mut services = services;
    if let Some(look) = services.start_up.look.take() {
        // Before the first frame: the window is drawn light or dark from the start.
        look.apply(&services.runtime, &link, !services.start_up.hidden);
    }
    let (settings_tx, settings_rx) = tokio::sync::watch::channel(services.settings.clone());
    let (desk_tx, desk_rx) = messages::channel(link.clone());
    let mut notices = services.notices;
    let (pops, desktop) = if services.desktop {
        let pops = services
            .pops
            .map(|pops| pops.spawn(link.clone(), desk_tx.clone()));
        let desktop = desktop::Desktop::start(
            &services.runtime,
            desk_tx.clone(),
            link.clone(),
            &services.settings,
            &mut notices,
            &services.start_up,
        );
        (pops, desktop)
    } else {
        (None, desktop::Desktop::off(desk_tx.clone(), link.clone()))
    };
    let directories = services.desk.directories.as_ref().map(|d| d.status());
    if let Some(mut status) = directories.clone() {
        // The Settings' list follows each sync.
        let repaint = link.clone();
        services.runtime.spawn(async move {
            while status.changed().await.is_ok() {
                repaint.repaint();
            }
        });
    }
    desk::spawn(
        services.engine.clone(),
        link.clone(),
        services.desk,
        settings_tx,
        desk_rx,
        pops,
    );
    if services.desktop && services.link.is_none() {
        follow_media(
            &services.runtime,
            services.engine.clone(),
            settings_rx.clone(),
        );
    }
    // Repaint when the engine publishes; otherwise the window sleeps.
    let mut watcher = services.engine.snapshot();
    let repaint = link.clone();
    services.runtime.spawn(async move {
        while watcher.changed().await.is_ok() {
            repaint.repaint();
            crate::memory::stir();
        }
    });
    if services.desktop && services.link.is_none() {
        // Hidden in the tray and quiet: the memory it is not using goes back.
        let shown = link.clone();
        services
            .runtime
            .spawn(crate::memory::run(move || shown.is_shown()));
        crate::memory::stir();
    }
    let first = match services.auto_sign_in {
        AutoSignIn::Now(config) => Some(DeskRequest::SignInWith(config)),
        AutoSignIn::Remembered => Some(DeskRequest::SignInRemembered),
        AutoSignIn::Never => None,
    };
    if let Some(first) = first {
        desk_tx.send(first);
    }
    let link_only = services.link.is_some();
    if let Some((text, reply)) = services.link {
        let request = crate::instance::Request::Link(text);
        desk_tx.send(DeskRequest::External { request, reply });
    }
    if let Some(place) = services.serve {
        serve_other_processes(&place, &desk_tx, &mut notices);
    }
    let mut app = screens::App::new(screens::Parts {
        engine: services.engine,
        desk: desk_tx,
        replies,
        link,
        desktop,
        settings: settings_rx,
        notices,
        demo: services.demo,
        link_only,
        directories,
    });
    app.first_look(ctx);
    app
}

/// Answers later `skydial` processes (a second start, `skydial dial`, a
/// link) through the desk, like any other request.
fn serve_other_processes(
    place: &crate::instance::Place,
    desk: &DeskSender,
    notices: &mut Vec<Notice>,
) {
    let desk = desk.clone();
    let served = crate::instance::serve(place, move |request, token| {
        let desk = desk.clone();
        if let Some(token) = token {
            // For the window it is about to show (Wayland: see `activation`).
            messages::activation::offer(&token);
        }
        async move {
            let (reply, answer) = ReplyTo::new();
            if desk
                .send_waiting(DeskRequest::External { request, reply })
                .await
                .is_err()
            {
                return crate::outcome::Status::Connection.reply(crate::t!("reply-quitting"));
            }
            answer.await.unwrap_or_else(|_| {
                crate::outcome::Status::Connection.reply(crate::t!("reply-no-answer"))
            })
        }
    });
    if let Err(e) = served {
        tracing::warn!("other skydial processes cannot reach this one: {e}");
        notices.push(Notice {
            text: crate::t!("notice-socket-unreachable", error = e.to_string()),
            error: false,
        });
    }
}

/// Media players paused while a call rings or is live (`media::follow`):
/// the session bus is reached once the *pause media* setting is first on
/// (at start, or later), and the setting is read again at each call.
fn follow_media(
    runtime: &tokio::runtime::Handle,
    engine: EngineHandle,
    mut settings: tokio::sync::watch::Receiver<Settings>,
) {
    runtime.spawn(async move {
        while !settings.borrow_and_update().pause_media {
            if settings.changed().await.is_err() {
                return;
            }
        }
        match crate::media::MediaController::new().await {
            Ok(controller) => {
                let enabled = move || settings.borrow().pause_media;
                crate::media::follow(engine, controller, enabled).await;
            }
            Err(e) => tracing::warn!("{e}"),
        }
    });
}
