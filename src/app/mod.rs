//! The desktop app: the egui window and the tray on the UI thread, talking
//! through channels to the background (tokio) side: the engine, the desk,
//! the screen pops.

pub mod desk;
pub mod desktop;
pub mod messages;
pub mod screens;
mod setup;
pub mod shells;
mod wiring;

use crate::client::ClientConfig;
use messages::ReplyTo;
use setup::{add_demo_contacts, background, keyring, load_settings, start_demo};
use std::time::Duration;
pub use wiring::{AutoSignIn, Services, start};

/// How the app was started.
pub struct AppOptions {
    /// Run against a built-in simulator with a demo user signed in.
    pub demo: bool,
    /// Sign in at once with this account (`--server`/`--user` and `SKYDIAL_PIN`).
    pub account: Option<ClientConfig>,
    /// Start hidden in the tray (also a setting).
    pub minimised: bool,
    /// Started at login (`--autostart`): hidden, and patient with a tray,
    /// a keyring and a network that are still coming up.
    pub autostart: bool,
    /// How to draw the window (`None`: the setting, else auto).
    pub renderer: Option<shells::Renderer>,
    /// The one-instance lock this app holds (`None`: running without one);
    /// other skydial processes reach the app at this place.
    pub instance: Option<(crate::instance::Instance, crate::instance::Place)>,
    /// Only this link's question (no app was running): no session, no tray.
    pub link: Option<String>,
}

/// Runs the window until the user quits. Errors are for the user. A
/// link-only start gives back what came of its link (a window closed
/// without an answer: cancelled).
pub fn run(options: AppOptions) -> Result<Option<crate::instance::Reply>, AppError> {
    shells::cpu::check_display()?;
    // The window takes the PIN (typed, or from the keyring) at any time;
    // it stays dumpable, or the desktop portal refuses it (see `secure`).
    crate::secure::desktop_app();
    // One worker: the engine, the desk and the pops wait on sockets and
    // channels; each thread costs its stack and a malloc arena while the app
    // sits in the tray. Blocking work (the keyring, the clipboard) gets a
    // thread that goes once idle for a second, not ten.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .thread_keep_alive(Duration::from_secs(1))
        .thread_name("skydial-bg")
        .enable_all()
        .build()
        .map_err(AppError::Runtime)?;
    // Read while the rest starts; the first frame waits for it (briefly).
    let look = desktop::appearance::FirstLook::start(runtime.handle());
    let mut notices = Vec::new();
    let (settings_path, history_path, mut settings) = load_settings(options.demo, &mut notices);
    // The settings' language (the demo has its own file): SKYDIAL_LANG
    // still wins; chosen before the window, the tray or a pop says anything.
    crate::i18n::choose(&settings.language);

    // The demo: a simulator in this process, its demo user, names for its callers.
    let (_sim, account, demo_banner) = if options.demo {
        let (sim, account, banner) = start_demo(&runtime, &mut settings)?;
        (Some(sim), Some(account), Some(banner))
    } else {
        (None, options.account, None)
    };

    let secrets = keyring(options.demo, &mut settings, &mut notices);
    let (engine, directories) = background(&runtime, history_path, &settings, &secrets);
    if options.demo {
        add_demo_contacts(&runtime, &engine, &mut notices);
    }
    // A link's question is never hidden: it is all there is.
    let start_hidden = (options.minimised || options.autostart || settings.start_minimised)
        && tray_possible()
        && options.link.is_none();
    // At login the panel, the keyring and the network may come up after skydial.
    let patience = if options.autostart {
        LOGIN_PATIENCE
    } else {
        Duration::ZERO
    };
    let renderer_setting = settings.renderer.clone();
    let auto_sign_in = match account {
        _ if options.link.is_some() => AutoSignIn::Never,
        Some(config) => AutoSignIn::Now(config),
        None => AutoSignIn::Remembered,
    };
    let handle = runtime.handle().clone();
    let link_only = options.link.is_some();
    let (link, link_outcome) = match options.link {
        Some(text) => {
            let (reply, outcome) = ReplyTo::new();
            (Some((text, reply)), Some(outcome))
        }
        None => (None, None),
    };
    let (_instance, serve) = match options.instance {
        Some((instance, place)) => (Some(instance), Some(place)),
        None => (None, None),
    };
    let (pops, close_pops) = desktop::pops::Pops::new();
    let services = Services {
        runtime: handle,
        engine,
        desk: desk::DeskConfig {
            settings_path,
            secrets,
            clipboard: desktop::clipboard::system(),
            notify: Some(std::sync::Arc::new(|summary: &str, body: &str| {
                desktop::pops::notify_plain(summary, body)
            })),
            link_only,
            keyring_patience: patience,
            url_opener: crate::hooks::UrlOpener::system(),
            directories,
        },
        settings,
        desktop: !link_only,
        pops: Some(pops),
        notices,
        auto_sign_in,
        demo: demo_banner,
        serve,
        start_up: desktop::StartUp {
            patience,
            hidden: start_hidden,
            look,
        },
        link,
    };

    let viewport = viewport(link_only);
    let requested = options
        .renderer
        .unwrap_or_else(|| shells::Renderer::from_setting(&renderer_setting));
    let make = move |ctx: &egui::Context| start(ctx, services);
    let result = shells::run(requested, make, viewport, !start_hidden);
    // Pops still open offer Answer and Ignore that nobody would hear.
    runtime.block_on(close_pops.close_all());
    drop(runtime);
    result?;
    Ok(link_outcome.map(|mut outcome| {
        outcome.try_recv().unwrap_or_else(|_| {
            crate::outcome::Status::Cancelled.reply(crate::t!("reply-window-closed"))
        })
    }))
}

/// Why the app could not run, with what to do (in the user's language).
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Shell(#[from] shells::ShellError),
    #[error("{}", crate::t!("app-cannot-start-runtime", error = .0.to_string()))]
    Runtime(std::io::Error),
    #[error("{}", crate::t!("app-cannot-start-demo", error = .0.to_string()))]
    Demo(#[from] crate::sim::SimError),
    #[error(transparent)]
    Client(#[from] crate::client::ClientError),
}

/// The window: its title, app id and icon; a link's question is small.
fn viewport(link_only: bool) -> egui::ViewportBuilder {
    let icon = egui::IconData {
        rgba: desktop::icons::rgba(desktop::icons::IconState::Idle, false),
        width: desktop::icons::SIZE,
        height: desktop::icons::SIZE,
    };
    let viewport = egui::ViewportBuilder::default()
        .with_title("skydial")
        .with_app_id(APP_ID)
        .with_icon(icon);
    if link_only {
        viewport
            .with_inner_size([440.0, 260.0])
            .with_min_inner_size([360.0, 220.0])
    } else {
        viewport
            .with_inner_size([640.0, 480.0])
            .with_min_inner_size([420.0, 320.0])
    }
}

/// How long a start at login waits for the tray host and the keyring.
const LOGIN_PATIENCE: Duration = Duration::from_secs(60);

/// The application id: the desktop entry's name, the Wayland app_id, the
/// X11 WM_CLASS, the icon's name.
pub const APP_ID: &str = "io.github.skydial.Skydial";

/// Whether hiding the window can make sense (a tray may exist).
fn tray_possible() -> bool {
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some() || cfg!(not(target_os = "linux"))
}
