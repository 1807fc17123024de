//! The desktop app: the egui window and the tray on the UI thread, talking
//! through channels to the background (tokio) side: the engine, the desk,
//! the screen pops.

pub mod desk;
pub mod desktop;
pub mod gpu;
pub mod hotkey;
pub mod icons;
pub mod link;
pub mod popups;
#[cfg(target_os = "linux")]
pub mod portal;
pub mod raster;
pub mod shell;
pub mod tray;
pub mod ui;
pub mod window;

use crate::client::ClientConfig;
use crate::engine::{EngineConfig, EngineHandle};
use crate::settings::Settings;
use crate::sim::{DEMO_CALLERS, SimConfig, SimOptions, Simulator};
use link::Notice;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

static STARTED: OnceLock<Instant> = OnceLock::new();

/// Marks the process start (for the first-frame figure in the log).
pub fn mark_start() {
    let _ = STARTED.set(Instant::now());
}

/// Milliseconds since [`mark_start`].
pub fn started_ms() -> u128 {
    STARTED.get().map(|s| s.elapsed().as_millis()).unwrap_or(0)
}

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
    pub renderer: Option<shell::Renderer>,
    /// The one-instance lock this app holds (`None`: running without one);
    /// other skydial processes reach the app at this place.
    pub instance: Option<(crate::instance::Instance, crate::instance::Place)>,
    /// Only this link's question (no app was running): no session, no tray.
    pub link: Option<String>,
}

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
    /// The screen pops' channel (made before the window: see [`popups::Closer`]).
    pub pops: Option<popups::Pops>,
    pub notices: Vec<Notice>,
    pub auto_sign_in: AutoSignIn,
    /// A banner saying this is the demo.
    pub demo: Option<String>,
    /// Serve other skydial processes' requests at this place.
    pub serve: Option<crate::instance::Place>,
    /// How the desktop may come up around the app (at login: slowly).
    pub start_up: desktop::StartUp,
    /// A link to ask about at once (a link-only start), and where its outcome goes.
    pub link: Option<(String, desk::ReplyTo)>,
}

/// Wires the app together: the desk and its channel, the screen pops, the
/// tray and the hotkey, the repaint on every engine change, the sign-in at
/// start. The window (`ui::App`) only draws and asks; everything it asks
/// for goes through the desk.
pub fn start(ctx: &egui::Context, services: Services) -> ui::App {
    let _guard = services.runtime.enter();
    let (link, replies) = link::UiLink::new(ctx.clone());
    let (settings_tx, _) = tokio::sync::watch::channel(services.settings.clone());
    let (desk_tx, desk_rx) = desk::channel();
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
    desk::spawn(
        services.engine.clone(),
        link.clone(),
        services.desk,
        settings_tx,
        desk_rx,
        pops,
    );
    // Repaint when the engine publishes; otherwise the window sleeps.
    let mut watcher = services.engine.snapshot();
    let repaint = link.clone();
    services.runtime.spawn(async move {
        while watcher.changed().await.is_ok() {
            repaint.repaint();
        }
    });
    let first = match services.auto_sign_in {
        AutoSignIn::Now(config) => Some(desk::UiRequest::SignInWith(config)),
        AutoSignIn::Remembered => Some(desk::UiRequest::SignInRemembered),
        AutoSignIn::Never => None,
    };
    if let Some(first) = first
        && desk_tx.try_send(first).is_err()
    {
        notices.push(Notice {
            text: "skydial could not start signing in; sign in below.".into(),
            error: true,
        });
    }
    let link_only = services.link.is_some();
    if let Some((text, reply)) = services.link {
        let request = crate::instance::Request::Link(text);
        if desk_tx
            .try_send(desk::UiRequest::External { request, reply })
            .is_err()
        {
            notices.push(Notice {
                text: "skydial could not take the link; try it again.".into(),
                error: true,
            });
        }
    }
    if let Some(place) = services.serve {
        serve_other_processes(&place, &desk_tx, &mut notices);
    }
    ui::App::new(ui::Parts {
        engine: services.engine,
        desk: desk_tx,
        replies,
        link,
        desktop,
        settings: services.settings,
        notices,
        demo: services.demo,
        link_only,
    })
}

/// Answers later `skydial` processes (a second start, `skydial dial`, a
/// link) through the desk, like any other request.
fn serve_other_processes(
    place: &crate::instance::Place,
    desk: &tokio::sync::mpsc::Sender<desk::UiRequest>,
    notices: &mut Vec<Notice>,
) {
    use crate::instance::Reply;
    let desk = desk.clone();
    let served = crate::instance::serve(place, move |request| {
        let desk = desk.clone();
        async move {
            let (reply, answer) = desk::ReplyTo::new();
            if desk
                .send(desk::UiRequest::External { request, reply })
                .await
                .is_err()
            {
                return Reply::failed(
                    desk::status::CONNECTION,
                    "skydial is quitting; try again in a moment.",
                );
            }
            answer.await.unwrap_or_else(|_| {
                Reply::failed(
                    desk::status::CONNECTION,
                    "skydial did not answer; try again.",
                )
            })
        }
    });
    if let Err(e) = served {
        tracing::warn!("other skydial processes cannot reach this one: {e}");
        notices.push(Notice {
            text: format!("Links and `skydial dial` cannot reach this window ({e}); they will work on their own."),
            error: false,
        });
    }
}

/// The demo's simulator user.
pub const DEMO_USER: &str = "6465551000";
const DEMO_PIN: &str = "12345";

/// Runs the window until the user quits. Errors are for the user. A
/// link-only start gives back what came of its link (a window closed
/// without an answer: cancelled).
pub fn run(options: AppOptions) -> Result<Option<crate::instance::Reply>, String> {
    window::check_display()?;
    // The window takes the PIN (typed, or from the keyring) at any time.
    crate::secure::holding_pin();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("skydial-bg")
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the background runtime: {e}"))?;
    let mut notices = Vec::new();
    let (settings_path, history_path, mut settings) = load_settings(options.demo, &mut notices);

    // The demo: a simulator in this process, its demo user, names for its callers.
    let (_sim, account, demo_banner) = if options.demo {
        let (sim, account, banner) = start_demo(&runtime, &mut settings)?;
        (Some(sim), Some(account), Some(banner))
    } else {
        (None, options.account, None)
    };

    let engine = {
        let _guard = runtime.enter();
        crate::engine::spawn(EngineConfig {
            history_path,
            ..EngineConfig::default()
        })
    };
    if options.demo {
        add_demo_contacts(&runtime, &engine, &mut notices);
    }
    let secrets = keyring(options.demo, &mut settings, &mut notices);
    let start_hidden =
        (options.minimised || options.autostart || settings.start_minimised) && tray_possible();
    // At login the panel, the keyring and the network may come up after skydial.
    let patience = if options.autostart {
        LOGIN_PATIENCE
    } else {
        Duration::ZERO
    };
    let renderer_setting = settings.renderer.clone();
    let auto_sign_in = match account {
        Some(config) => AutoSignIn::Now(config),
        None => AutoSignIn::Remembered,
    };
    let handle = runtime.handle().clone();
    let link_only = options.link.is_some();
    let (link, link_outcome) = match options.link {
        Some(text) => {
            let (reply, outcome) = desk::ReplyTo::new();
            (Some((text, reply)), Some(outcome))
        }
        None => (None, None),
    };
    let (_instance, serve) = match options.instance {
        Some((instance, place)) => (Some(instance), Some(place)),
        None => (None, None),
    };
    let (pops, close_pops) = popups::Pops::new();
    let services = Services {
        runtime: handle,
        engine,
        desk: desk::DeskConfig {
            settings_path,
            secrets,
            clipboard: desk::system_clipboard(),
            notify: Some(std::sync::Arc::new(|summary: &str, body: &str| {
                popups::notify_plain(summary, body)
            })),
            link_only,
            keyring_patience: patience,
            url_opener: crate::hooks::UrlOpener::system(),
        },
        settings,
        desktop: !link_only,
        pops: Some(pops),
        notices,
        auto_sign_in: if link_only {
            AutoSignIn::Never
        } else {
            auto_sign_in
        },
        demo: demo_banner,
        serve,
        start_up: desktop::StartUp {
            patience,
            hidden: start_hidden,
        },
        link,
    };

    let viewport = viewport(link_only);
    let requested = options
        .renderer
        .unwrap_or_else(|| shell::Renderer::from_setting(&renderer_setting));
    let result = run_shell(requested, services, viewport, link_only || !start_hidden);
    // Pops still open offer Answer and Ignore that nobody would hear.
    runtime.block_on(close_pops.close_all());
    drop(runtime);
    result?;
    Ok(link_outcome.map(|mut outcome| {
        outcome.try_recv().unwrap_or_else(|_| {
            crate::instance::Reply::failed(
                desk::status::CANCELLED,
                "Cancelled: the window was closed; nothing was dialled.",
            )
        })
    }))
}

/// Where the settings and the history are (the demo keeps its own), and the
/// settings (a file that cannot be read: the defaults, and a notice).
fn load_settings(
    demo: bool,
    notices: &mut Vec<Notice>,
) -> (
    Option<std::path::PathBuf>,
    Option<std::path::PathBuf>,
    crate::settings::Settings,
) {
    let data_dir = crate::history::data_dir();
    let (settings_path, history_path) = if demo {
        let dir = data_dir.map(|d| d.join("demo"));
        (
            dir.as_ref().map(|d| d.join("settings.json")),
            dir.map(|d| d.join("history.sqlite3")),
        )
    } else {
        (
            crate::settings::default_path(),
            data_dir.map(|d| d.join(crate::history::FILE_NAME)),
        )
    };
    let mut settings = match settings_path.as_deref().map(crate::settings::load) {
        Some(Ok(s)) => s,
        Some(Err(e)) => {
            notices.push(Notice {
                text: e,
                error: true,
            });
            crate::settings::Settings::default()
        }
        None => crate::settings::Settings::default(),
    };
    // The entry itself says whether skydial starts at login (the user may
    // have removed it by hand).
    if !demo {
        settings.start_at_login = crate::autostart::is_enabled();
    }
    (settings_path, history_path, settings)
}

/// The demo's simulator, started in this process; its account and the
/// banner that says what it is.
fn start_demo(
    runtime: &tokio::runtime::Runtime,
    settings: &mut crate::settings::Settings,
) -> Result<(Simulator, ClientConfig, String), String> {
    let sim = runtime
        .block_on(Simulator::start(SimOptions {
            config: SimConfig {
                ring_timeout: Some(Duration::from_secs(30)),
                auto_answer: Some(Duration::from_secs(3)),
                demo_calls: true,
                ..SimConfig::default()
            },
            ..SimOptions::default()
        }))
        .map_err(|e| format!("cannot start the demo simulator: {e}"))?;
    let url = crate::client::url::api_url(&sim.base_url()).map_err(|e| e.to_string())?;
    let banner = format!(
        "Demo: a built-in simulator at {} (user {DEMO_USER}, PIN {DEMO_PIN}); calls ring now and then, outgoing calls are answered after 3 s. Control it at {}/control/.",
        sim.base_url(),
        sim.base_url()
    );
    settings.server = sim.base_url();
    settings.user = DEMO_USER.into();
    settings.remember_pin = false;
    let account = ClientConfig {
        url,
        credentials: crate::protocol::Credentials::new(
            DEMO_USER,
            crate::protocol::Pin::new(DEMO_PIN),
        ),
        ca_file: None,
    };
    Ok((sim, account, banner))
}

/// Names for the demo's callers, through the history's one owner.
fn add_demo_contacts(
    runtime: &tokio::runtime::Runtime,
    engine: &EngineHandle,
    notices: &mut Vec<Notice>,
) {
    let contacts = DEMO_CALLERS
        .iter()
        .map(|(name, number)| crate::contacts::Contact {
            name: name.to_string(),
            number: number.to_string(),
        })
        .collect();
    if let Err(e) = runtime.block_on(engine.import_contacts(contacts)) {
        notices.push(Notice {
            text: format!("The demo's contacts could not be added: {e}"),
            error: true,
        });
    }
}

/// The system keyring (none for the demo); without one, the PIN is asked
/// for at each start, and a notice says so.
fn keyring(
    demo: bool,
    settings: &mut crate::settings::Settings,
    notices: &mut Vec<Notice>,
) -> crate::secrets::Secrets {
    if demo {
        return crate::secrets::Secrets::new(None);
    }
    match crate::secrets::platform_store() {
        Ok(store) => crate::secrets::Secrets::new(Some(store)).with_legacy_server(&settings.server),
        Err(e) => {
            settings.remember_pin = false;
            notices.push(Notice {
                text: format!("No system keyring is available ({e}): skydial asks for the PIN at each start and never writes it to a file."),
                error: false,
            });
            crate::secrets::Secrets::new(None)
        }
    }
}

/// The window: its title, app id and icon; a link's question is small.
fn viewport(link_only: bool) -> egui::ViewportBuilder {
    let icon = egui::IconData {
        rgba: icons::rgba(icons::IconState::Idle, false),
        width: icons::SIZE,
        height: icons::SIZE,
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

/// Runs the window in the shell `requested` picks (see `shell`): the GPU
/// shell, or the CPU shell, which also takes over when the GPU one cannot
/// start. The log says which runs and why.
fn run_shell(
    requested: shell::Renderer,
    services: Services,
    viewport: egui::ViewportBuilder,
    visible: bool,
) -> Result<(), String> {
    let mut event_loop = window::event_loop()?;
    let mut choice = shell::choose(requested, &shell::Environment::detect());
    if cfg!(windows) && choice.gpu && !visible && requested == shell::Renderer::Auto {
        // eframe shows its window after the first paint, which Windows asks
        // for even while the window is hidden: a hidden start would show it.
        choice = shell::Choice {
            gpu: false,
            why: "auto: started hidden on Windows, which the GPU shell cannot do".into(),
        };
    }
    let services = if choice.gpu {
        tracing::info!("window: the GPU shell (eframe, OpenGL): {}", choice.why);
        match gpu::run(&mut event_loop, services, viewport.clone(), visible)? {
            gpu::Outcome::Ran => return Ok(()),
            gpu::Outcome::Unavailable { why, services } => {
                tracing::warn!(
                    "window: the GPU shell could not start ({why}); using the CPU shell"
                );
                *services
            }
        }
    } else {
        tracing::info!("window: the CPU shell (no GPU needed): {}", choice.why);
        services
    };
    let ctx = egui::Context::default();
    let app = start(&ctx, services);
    window::run(&mut event_loop, ctx, app, viewport, visible)
}

/// Whether hiding the window can make sense (a tray may exist).
fn tray_possible() -> bool {
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some() || cfg!(not(target_os = "linux"))
}
