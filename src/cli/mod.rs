//! The command line: `skydial [--server URL] [--user DID] <command>`.

mod console;
mod exit;
mod history;
mod sim;
mod watch;

use clap::{Args, Parser, Subcommand};
use exit::{Failure, Status};
use skydial::client::describe_result;
use skydial::client::url::{DEFAULT_SERVER, api_url};
use skydial::client::{Client, ClientConfig, Transport};
use skydial::protocol::number::{normalize, readable};
use skydial::protocol::text::{printable, quoted};
use skydial::protocol::{Call, CallId, CallState, Command, Credentials, Pin, ResultValue};
use skydial::secrets::{Account, Secrets};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "skydial",
    long_about = "Without a command, skydial opens its window (with a tray icon, screen pops and the \
                  clipboard hotkey). With --demo it runs against a built-in simulator, no account needed.",
    version,
    about = "Dial, control calls and see who is calling, through the ShoreTel Sky Hosted API",
    after_help = "The PIN is read from SKYDIAL_PIN, or asked for (without echo) on a terminal.\n\
                  A link (skydial tel:+16465551234) is handed to the running skydial, which asks \
                  before dialling; with none running, skydial opens just that question.\n\
                  Exit status: 0 ok, 1 the API answered false, 2 usage error, 3 authentication \
                  error (API error 5), 4 other API error, 5 connection failure, 6 cancelled by \
                  the user."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    /// Open the window against a built-in simulator with a demo user signed in.
    #[arg(long)]
    pub demo: bool,
    /// Start hidden in the tray.
    #[arg(long)]
    pub minimised: bool,
    /// Start as at login (the autostart entry): hidden in the tray, giving
    /// the tray, the keyring and the network a minute to come up.
    #[arg(long)]
    pub autostart: bool,
    /// How the window is drawn: `gpu` (eframe, OpenGL), `cpu` (skydial's own
    /// painter, no GPU needed), or `auto` (the GPU where a hardware GPU is
    /// present and the session is local). Default: the setting, else auto.
    #[arg(long, value_enum, env = "SKYDIAL_RENDERER", value_name = "RENDERER")]
    pub renderer: Option<skydial::app::shell::Renderer>,
    /// A tel:, callto: or sip: link to dial: the running skydial asks first
    /// (Dial or Cancel); with none running, just that question opens.
    #[arg(value_name = "LINK")]
    pub link: Option<String>,
    #[command(subcommand)]
    pub command: Option<Cmd>,
}

#[derive(Args, Debug, Clone)]
pub struct Global {
    /// The server's base URL; `/bobl/bobl` is added unless the URL ends in it.
    /// Default: https://hostedconnect.m5net.com
    #[arg(long, global = true, env = "SKYDIAL_SERVER")]
    pub server: Option<String>,
    /// Your DID (your 10-digit number), the API user name.
    #[arg(long, global = true, env = "SKYDIAL_USER")]
    pub user: Option<String>,
    /// Extra CA certificates (PEM) to trust: a company TLS proxy's, or `skydial sim --tls`'s.
    #[arg(long, global = true, value_name = "PATH")]
    pub ca_file: Option<PathBuf>,
    /// Send one-shot commands as GET requests (the PIN then travels in the URL).
    #[arg(long, global = true)]
    pub get: bool,
    /// Machine-readable output.
    #[arg(long, global = true)]
    pub json: bool,
    /// More log output on stderr (repeat for more). SKYDIAL_LOG sets a filter.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

#[derive(Subcommand, Debug)]
pub enum Cmd {
    /// Place a call from your phone.
    Dial {
        /// The number: 6465551234, +1 (646) 555-1234, tel:..., +44 20 7946 0958, a 4-digit extension.
        number: String,
        /// The phone's MAC address, only if your provisioning needs it.
        #[arg(long, value_name = "MAC")]
        endpoint: Option<String>,
    },
    /// Answer a ringing call (the first ringing call if no id is given).
    Answer {
        call: Option<String>,
        #[arg(long, value_name = "MAC")]
        endpoint: Option<String>,
    },
    /// Stop a call ringing; the caller goes to voicemail.
    Ignore { call: Option<String> },
    /// Hang up a call.
    #[command(alias = "hangup")]
    Release { call: Option<String> },
    /// Put a connected call on hold.
    Hold { call: Option<String> },
    /// Take a held call off hold.
    Resume { call: Option<String> },
    /// List the calls on your phone now.
    Calls {
        #[arg(long, value_name = "MAC")]
        endpoint: Option<String>,
    },
    /// Print call events as they happen (reconnects by itself).
    Watch {
        /// When the server has sent nothing for this many seconds, list the
        /// calls: a server that reports a lost subscription (error 17) only
        /// in answer to a command is found out then. At least 10, so that
        /// the probes stay within listCalls' rate limit.
        #[arg(long, value_name = "SECONDS", default_value_t = 120,
              value_parser = clap::value_parser!(u64).range(10..=3600))]
        probe_after: u64,
    },
    /// Show the running skydial's quick-dial prompt with the number on the
    /// clipboard: bind a key to this in your desktop's keyboard settings
    /// where skydial's own hotkey is not available.
    QuickDial,
    /// Show recent calls; missed ones stay marked until seen.
    History {
        /// Only missed calls.
        #[arg(long)]
        missed: bool,
        /// How many calls to show.
        #[arg(long, default_value_t = 50)]
        limit: usize,
        /// Mark every missed call as seen.
        #[arg(long)]
        mark_seen: bool,
    },
    /// Caller names: import and search contacts.
    #[command(subcommand)]
    Contacts(history::ContactsCmd),
    /// Keep the PIN in the system keyring (or forget it), for the app, `tel:` links and scripts.
    Pin {
        #[command(subcommand)]
        action: PinAction,
    },
    /// Run the API simulator (for trying skydial and for tests).
    Sim(sim::SimArgs),
    /// Write the man page and shell completions into DIR (for packaging).
    #[command(name = "__assets", hide = true)]
    Assets { dir: PathBuf },
}

#[derive(Subcommand, Debug)]
pub enum PinAction {
    /// Store the PIN (from SKYDIAL_PIN or asked for) for --user, and remember the user and server.
    Store,
    /// Remove the stored PIN.
    Forget,
}

pub fn main() -> ExitCode {
    skydial::app::mark_start();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // --help, --version, or a usage error: printed where it was asked.
        Err(e) => {
            console::attach();
            e.exit()
        }
    };
    if cli.command.is_some() || cli.link.is_some() {
        console::attach();
    }
    // The window (no command) also logs to a file: it runs for days with no
    // terminal to see what it said.
    init_logging(cli.global.verbose, cli.command.is_none());
    if cli.command.is_none() {
        // The window runs its own runtime on a background thread pool.
        let opened = match cli.link.clone() {
            Some(link) => open_link(&cli, link),
            None => open_window(
                &cli.global,
                cli.demo,
                cli.minimised || cli.autostart,
                cli.autostart,
                cli.renderer,
            ),
        };
        return match opened {
            Ok(status) => status.into(),
            Err(failure) => {
                console::attach();
                eprintln!("skydial: {}", printable(&failure.message));
                failure.status.into()
            }
        };
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(err) => {
            eprintln!("skydial: cannot start: {err}");
            return Status::Connection.into();
        }
    };
    let result = runtime.block_on(run(cli));
    match result {
        Ok(status) => status.into(),
        Err(failure) => {
            eprintln!("skydial: {}", printable(&failure.message));
            failure.status.into()
        }
    }
}

/// Logs to stderr (warnings, more with -v), and for the window also to the
/// log file in the state directory (info and up). `SKYDIAL_LOG`, else
/// `RUST_LOG`, sets one filter for both.
fn init_logging(verbose: u8, to_file: bool) {
    use tracing_subscriber::EnvFilter;
    use tracing_subscriber::Layer;
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let asked = || {
        EnvFilter::try_from_env("SKYDIAL_LOG")
            .or_else(|_| EnvFilter::try_from_env("RUST_LOG"))
            .ok()
    };
    let default = match verbose {
        0 => "warn",
        1 => "info",
        _ => "debug",
    };
    let stderr = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_target(false)
        .with_filter(asked().unwrap_or_else(|| EnvFilter::new(default)));
    let file = to_file
        .then(skydial::logs::log_path)
        .flatten()
        .and_then(|path| match skydial::logs::RotatingLog::open(&path) {
            Ok(log) => Some(log),
            Err(e) => {
                eprintln!("skydial: cannot write the log {}: {e}", path.display());
                None
            }
        })
        .map(|log| {
            tracing_subscriber::fmt::layer()
                .with_writer(log)
                .with_ansi(false)
                .with_target(false)
                .with_filter(asked().unwrap_or_else(|| EnvFilter::new("info")))
        });
    let _ = tracing_subscriber::registry()
        .with(stderr)
        .with(file)
        .try_init();
}

async fn run(cli: Cli) -> Result<Status, Failure> {
    let global = cli.global;
    let Some(command) = cli.command else {
        return Err(Failure::usage("no command given"));
    };
    match command {
        Cmd::Sim(args) => sim::run(args).await,
        Cmd::Assets { dir } => write_assets(&dir),
        Cmd::Watch { probe_after } => watch::run(&global, probe_after).await,
        Cmd::QuickDial => quick_dial().await,
        Cmd::Pin { action } => pin_command(&global, action).await,
        Cmd::History {
            missed,
            limit,
            mark_seen,
        } => history::history(&global, missed, limit, mark_seen),
        Cmd::Contacts(cmd) => history::contacts(&global, cmd),
        Cmd::Dial { number, endpoint } => dial(&global, number, endpoint).await,
        Cmd::Answer { call, endpoint } => {
            call_command(
                &global,
                Command::Answer {
                    call: call_id(call),
                    endpoint: blank(endpoint),
                },
            )
            .await
        }
        Cmd::Ignore { call } => {
            call_command(
                &global,
                Command::Ignore {
                    call: call_id(call),
                },
            )
            .await
        }
        Cmd::Release { call } => {
            call_command(
                &global,
                Command::Release {
                    call: call_id(call),
                },
            )
            .await
        }
        Cmd::Hold { call } => {
            call_command(
                &global,
                Command::Hold {
                    call: call_id(call),
                },
            )
            .await
        }
        Cmd::Resume { call } => {
            call_command(
                &global,
                Command::Resume {
                    call: call_id(call),
                },
            )
            .await
        }
        Cmd::Calls { endpoint } => {
            let client = client(&global).await?;
            let command = Command::ListCalls {
                endpoint: blank(endpoint),
            };
            let calls = match client.call(&command, transport(&global)).await? {
                Some(ResultValue::Calls(calls)) => calls,
                other => {
                    return Err(Failure::new(
                        Status::Connection,
                        format!(
                            "the server answered listCalls with {} instead of a call list",
                            describe_result(other.as_ref())
                        ),
                    ));
                }
            };
            print_calls(&global, &calls)?;
            Ok(Status::Ok)
        }
    }
}

/// `skydial dial`: handed to the running app unless the command names its
/// own account or output; else one request.
async fn dial(
    global: &Global,
    number: String,
    endpoint: Option<String>,
) -> Result<Status, Failure> {
    // The running app dials with its session (no PIN needed here),
    // unless this command names its own account or output.
    let own_account = global.server.is_some()
        || global.user.is_some()
        || global.ca_file.is_some()
        || global.get
        || global.json
        || endpoint.is_some();
    if !own_account
        && let Some(status) = hand_over(
            &skydial::instance::Request::Dial(number.clone()),
            HAND_OVER_TIMEOUT,
        )
        .await?
    {
        return Ok(status);
    }
    let dialable = normalize(&number)
        .map_err(|e| Failure::usage(format!("cannot dial {}: {e}", quoted(&number))))?;
    let command = Command::Dial {
        number: dialable.ex_tn().to_string(),
        endpoint: blank(endpoint),
    };
    let done = one_shot(global, &command).await?;
    report(global, &command, done, &dialable.for_reading())
}

/// The man page (`skydial.1`) and the bash, zsh and fish completions, from
/// the same definitions the command line parses with.
fn write_assets(dir: &std::path::Path) -> Result<Status, Failure> {
    use clap::CommandFactory;
    let fail = |what: &str, e: &dyn std::fmt::Display| {
        Failure::usage(format!("cannot write {what} into {}: {e}", dir.display()))
    };
    std::fs::create_dir_all(dir).map_err(|e| fail("the assets", &e))?;
    let mut man = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut man)
        .map_err(|e| fail("the man page", &e))?;
    std::fs::write(dir.join("skydial.1"), man).map_err(|e| fail("the man page", &e))?;
    for (shell, file) in [
        (clap_complete::Shell::Bash, "skydial.bash"),
        (clap_complete::Shell::Zsh, "_skydial"),
        (clap_complete::Shell::Fish, "skydial.fish"),
    ] {
        let mut out = Vec::new();
        clap_complete::generate(shell, &mut Cli::command(), "skydial", &mut out);
        std::fs::write(dir.join(file), out).map_err(|e| fail(file, &e))?;
    }
    println!(
        "Wrote skydial.1, skydial.bash, _skydial and skydial.fish into {}",
        dir.display()
    );
    Ok(Status::Ok)
}

fn blank(value: Option<String>) -> Option<String> {
    value
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

fn call_id(value: Option<String>) -> Option<CallId> {
    blank(value).map(CallId)
}

fn transport(global: &Global) -> Transport {
    if global.get {
        Transport::Get
    } else {
        Transport::Post
    }
}

/// The saved settings of the desktop app (user, server), if any.
fn saved_settings() -> Option<skydial::settings::Settings> {
    skydial::settings::default_path().and_then(|p| skydial::settings::load(&p).ok())
}

/// The keyring, knowing which server the saved settings name (entries kept
/// by DID alone, by older versions, belong to that one only).
fn secrets() -> Result<Secrets, String> {
    let store = skydial::secrets::platform_store()?;
    let secrets = Secrets::new(Some(store));
    Ok(match saved_settings() {
        Some(saved) => secrets.with_legacy_server(&saved.server),
        None => secrets,
    })
}

/// The PIN kept in the system keyring for this server and DID, if there is a
/// keyring and a PIN.
async fn keyring_pin(account: Account) -> Option<Pin> {
    let found = tokio::task::spawn_blocking(move || secrets().ok()?.load(&account).ok().flatten());
    found.await.ok().flatten()
}

/// The PIN from SKYDIAL_PIN, else the system keyring (`skydial pin store`, or
/// the app's "remember") for this server and DID, else asked for without echo
/// on a terminal.
pub async fn read_pin(account: Account) -> Result<Pin, Failure> {
    skydial::secure::holding_pin();
    if let Ok(pin) = std::env::var("SKYDIAL_PIN") {
        if pin.is_empty() {
            return Err(Failure::usage("SKYDIAL_PIN is set but empty"));
        }
        return Ok(Pin::new(pin));
    }
    if let Some(pin) = keyring_pin(account).await {
        return Ok(pin);
    }
    prompt_pin()
}

fn prompt_pin() -> Result<Pin, Failure> {
    if !std::io::stdin().is_terminal() {
        return Err(Failure::usage(
            "no PIN: set SKYDIAL_PIN, store it with `skydial pin store`, or run skydial in a terminal to be asked for it",
        ));
    }
    let pin = rpassword::prompt_password("PIN: ")
        .map_err(|e| Failure::usage(format!("cannot read the PIN: {e}")))?;
    if pin.trim().is_empty() {
        return Err(Failure::usage("no PIN entered"));
    }
    Ok(Pin::new(pin.trim()))
}

/// The DID and server: from the command line or environment, else the app's saved settings.
fn user_and_server(global: &Global) -> Result<(String, String), Failure> {
    let saved = saved_settings();
    let from_args = global
        .user
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty())
        .map(str::to_string);
    let (user, saved_server) = match from_args {
        Some(user) => (user, None),
        None => match saved.filter(|s| !s.user.is_empty()) {
            Some(s) => (s.user, Some(s.server)),
            None => {
                return Err(Failure::usage(
                    "no user: pass --user DID (your 10-digit number) or set SKYDIAL_USER",
                ));
            }
        },
    };
    if !user.chars().all(|c| c.is_ascii_digit()) {
        return Err(Failure::usage(format!(
            "the DID {} should be digits only, like 6465551000",
            quoted(&user)
        )));
    }
    let server = global
        .server
        .clone()
        .or(saved_server)
        .unwrap_or_else(|| DEFAULT_SERVER.to_string());
    Ok((user, server))
}

async fn pin_command(global: &Global, action: PinAction) -> Result<Status, Failure> {
    skydial::secure::holding_pin();
    let (user, server) = user_and_server(global)?;
    // Refuse a URL that could hold the PIN before anything is stored; keep its base URL.
    let server = skydial::client::url::base_url(&api_url(&server)?);
    let pin = match action {
        PinAction::Store => Some(match std::env::var("SKYDIAL_PIN") {
            Ok(pin) if !pin.is_empty() => Pin::new(pin),
            _ => prompt_pin()?,
        }),
        PinAction::Forget => None,
    };
    // The keyring talks D-Bus with blocking calls: keep them off the async threads.
    let account = Account::new(&server, &user);
    let storing = pin.is_some();
    let done = tokio::task::spawn_blocking(move || {
        let secrets = secrets().map_err(|e| {
            format!("no system keyring is available ({e}); use SKYDIAL_PIN instead")
        })?;
        match pin {
            Some(pin) => secrets
                .save(&account, &pin)
                .map_err(|e| format!("cannot store the PIN in the keyring: {e}")),
            None => secrets
                .forget(&account)
                .map_err(|e| format!("cannot remove the PIN from the keyring: {e}")),
        }
    })
    .await
    .map_err(|e| Failure::new(Status::Api, e.to_string()))?;
    done.map_err(|e| Failure::new(Status::Api, e))?;
    if storing {
        if let Some(path) = skydial::settings::default_path() {
            let mut settings = saved_settings().unwrap_or_default();
            settings.user = user.clone();
            settings.server = server.clone();
            settings.remember_pin = true;
            skydial::settings::save(&path, &settings).map_err(|e| Failure::new(Status::Api, e))?;
        }
        eprintln!("The PIN for {user} on {server} is in the system keyring.");
    } else {
        eprintln!("The PIN for {user} on {server} is no longer kept.");
    }
    Ok(Status::Ok)
}

pub async fn client_config(global: &Global) -> Result<ClientConfig, Failure> {
    let (user, server) = user_and_server(global)?;
    let url = api_url(&server)?;
    let pin = read_pin(Account::new(&server, &user)).await?;
    Ok(ClientConfig {
        url,
        credentials: Credentials::new(user, pin),
        ca_file: global.ca_file.clone(),
    })
}

/// How long `skydial dial` waits for the running app's answer.
const HAND_OVER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

/// Hands `request` to the running skydial, prints its answer and gives its
/// status; `None`: no skydial is running (the caller works on its own).
async fn hand_over(
    request: &skydial::instance::Request,
    timeout: std::time::Duration,
) -> Result<Option<Status>, Failure> {
    let place = skydial::instance::Place::app(false);
    let reply = skydial::instance::send(&place, request, timeout)
        .await
        .map_err(|e| {
            Failure::new(
                Status::Connection,
                format!("skydial is running but did not take the request ({e}); try again, or quit skydial and run this again"),
            )
        })?;
    Ok(reply.map(|reply| {
        let status = Status::from_code(reply.status);
        if status == Status::Ok {
            println!("{}", printable(&reply.message));
        } else {
            eprintln!("skydial: {}", printable(&reply.message));
        }
        status
    }))
}

/// `skydial quick-dial`: the running skydial shows its prompt.
async fn quick_dial() -> Result<Status, Failure> {
    let request = skydial::instance::Request::QuickDial;
    hand_over(&request, std::time::Duration::from_secs(10))
        .await?
        .ok_or_else(|| {
            Failure::new(
                Status::Connection,
                "skydial is not running: start skydial (it stays in the tray), then quick-dial shows its prompt",
            )
        })
}

/// `skydial LINK`: to the running skydial, which asks before dialling; with
/// none running, a window with just that question.
fn open_link(cli: &Cli, mut link: String) -> Result<Status, Failure> {
    use skydial::protocol::link::{MAX_LINK_BYTES, is_link};
    if cli.demo || cli.minimised || cli.autostart {
        return Err(Failure::usage(
            "a link opens on its own: leave out --demo and --minimised",
        ));
    }
    if !is_link(&link) {
        return Err(Failure::usage(format!(
            "{} is neither a command nor a tel:, callto: or sip: link; see skydial --help",
            quoted(&link.chars().take(60).collect::<String>())
        )));
    }
    // Longer than any link: cut (the parser then says it is too long).
    if link.len() > MAX_LINK_BYTES + 1 {
        let mut end = MAX_LINK_BYTES + 1;
        while !link.is_char_boundary(end) {
            end -= 1;
        }
        link.truncate(end);
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::new(Status::Connection, e.to_string()))?;
    let request = skydial::instance::Request::Link(link.clone());
    if let Some(status) =
        runtime.block_on(hand_over(&request, skydial::instance::LINK_ANSWER_TIMEOUT))?
    {
        return Ok(status);
    }
    drop(runtime);
    let outcome = skydial::app::run(skydial::app::AppOptions {
        demo: false,
        account: None,
        minimised: false,
        autostart: false,
        renderer: cli.renderer,
        instance: None,
        link: Some(link),
    })
    .map_err(|e| Failure::new(Status::Connection, e))?;
    Ok(match outcome {
        Some(reply) if reply.status == 0 => {
            println!("{}", printable(&reply.message));
            Status::Ok
        }
        Some(reply) => {
            eprintln!("skydial: {}", printable(&reply.message));
            Status::from_code(reply.status)
        }
        None => Status::Ok,
    })
}

/// Opens the desktop window, unless one is running already: then that one
/// is shown. With `--server`/`--user` and SKYDIAL_PIN it signs in at once,
/// exactly as the command line would.
fn open_window(
    global: &Global,
    demo: bool,
    minimised: bool,
    autostart: bool,
    renderer: Option<skydial::app::shell::Renderer>,
) -> Result<Status, Failure> {
    use skydial::instance::{Place, Request, acquire, send};
    let place = Place::app(demo);
    let instance = match acquire(&place) {
        Ok(Some(instance)) => Some((instance, place)),
        Ok(None) if minimised => {
            // Started hidden (at login, say) while one runs: nothing to show.
            console::attach();
            println!("skydial is already running.");
            return Ok(Status::Ok);
        }
        Ok(None) => {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| Failure::new(Status::Connection, e.to_string()))?;
            let raised = runtime.block_on(send(&place, &Request::Raise, HAND_OVER_TIMEOUT));
            return match raised {
                Ok(Some(reply)) => {
                    console::attach();
                    println!("{}", printable(&reply.message));
                    Ok(Status::from_code(reply.status))
                }
                // It quit just now: start again.
                Ok(None) => open_window(global, demo, minimised, autostart, renderer),
                Err(e) => Err(Failure::new(
                    Status::Connection,
                    format!(
                        "skydial is already running but does not answer ({e}); quit it (or end its process) and start skydial again"
                    ),
                )),
            };
        }
        Err(e) => {
            tracing::warn!("running without the one-instance lock: {e}");
            None
        }
    };
    let account = if !demo && global.user.is_some() && std::env::var_os("SKYDIAL_PIN").is_some() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .map_err(|e| Failure::new(Status::Connection, e.to_string()))?;
        Some(runtime.block_on(client_config(global))?)
    } else {
        None
    };
    skydial::app::run(skydial::app::AppOptions {
        demo,
        account,
        minimised,
        autostart,
        renderer,
        instance,
        link: None,
    })
    .map_err(|e| Failure::new(Status::Connection, e))?;
    Ok(Status::Ok)
}

async fn client(global: &Global) -> Result<Client, Failure> {
    Ok(Client::new(client_config(global).await?)?)
}

async fn one_shot(global: &Global, command: &Command) -> Result<bool, Failure> {
    let client = client(global).await?;
    match client.call(command, transport(global)).await? {
        Some(ResultValue::Boolean(done)) => Ok(done),
        other => Err(Failure::new(
            Status::Connection,
            format!(
                "the server answered {} with {} instead of true or false",
                command.method(),
                describe_result(other.as_ref())
            ),
        )),
    }
}

async fn call_command(global: &Global, command: Command) -> Result<Status, Failure> {
    let done = one_shot(global, &command).await?;
    let target = match command.args().first() {
        Some(id) if !id.is_empty() => format!("call {id}"),
        _ => "the call".to_string(),
    };
    report(global, &command, done, &target)
}

/// Prints the outcome of a call command; `false` becomes exit status 1 with a reason.
fn report(global: &Global, command: &Command, done: bool, target: &str) -> Result<Status, Failure> {
    let method = command.method();
    if global.json {
        let line = serde_json::json!({ "command": method, "ok": done, "target": target });
        println!("{line}");
    }
    if done {
        if !global.json {
            let verb = match command {
                Command::Dial { .. } => "Dialling",
                Command::Answer { .. } => "Answered",
                Command::Ignore { .. } => "Ignored",
                Command::Release { .. } => "Hung up",
                Command::Hold { .. } => "Put on hold",
                Command::Resume { .. } => "Resumed",
                Command::ListCalls { .. } | Command::Subscribe => "Done:",
            };
            println!("{verb} {target}");
        }
        return Ok(Status::Ok);
    }
    let why = match command {
        Command::Dial { .. } => format!(
            "the server did not place the call to {target}; check the number, or dial it on the phone"
        ),
        Command::Answer { call: Some(id), .. } => {
            format!("call {id} is not ringing; `skydial calls` lists the calls")
        }
        Command::Answer { .. } => "no call is ringing".to_string(),
        Command::Ignore { call: Some(id) } => {
            format!("call {id} is not ringing; `skydial calls` lists the calls")
        }
        Command::Ignore { .. } => "no call is ringing".to_string(),
        Command::Release { call: Some(id) } => {
            format!("call {id} is not active; `skydial calls` lists the calls")
        }
        Command::Release { .. } => "there is no active call to hang up".to_string(),
        Command::Hold { call: Some(id) } => {
            format!("call {id} is not connected; `skydial calls` lists the calls")
        }
        Command::Hold { .. } => "there is no connected call to hold".to_string(),
        Command::Resume { call: Some(id) } => {
            format!("call {id} is not on hold; `skydial calls` lists the calls")
        }
        Command::Resume { .. } => "there is no held call to resume".to_string(),
        Command::ListCalls { .. } | Command::Subscribe => "the server answered false".to_string(),
    };
    eprintln!("skydial: {method}: {why}");
    Ok(Status::False)
}

pub fn direction(call: &Call) -> &'static str {
    if call.originated { "out" } else { "in" }
}

pub fn duration(seconds: u64) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

fn print_calls(global: &Global, calls: &[Call]) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    let write = |out: &mut std::io::StdoutLock<'_>, text: String| {
        writeln!(out, "{text}")
            .map_err(|e| Failure::new(Status::Connection, format!("cannot write output: {e}")))
    };
    if global.json {
        let text = serde_json::to_string(calls)
            .map_err(|e| Failure::new(Status::Api, format!("cannot write JSON: {e}")))?;
        return write(&mut out, text);
    }
    if calls.is_empty() {
        return write(&mut out, "No calls.".to_string());
    }
    write(
        &mut out,
        format!(
            "{:<10} {:<10} {:<4} {:<22} {:<14} {:>7}",
            "ID", "STATE", "DIR", "NUMBER", "DIALLED", "TIME"
        ),
    )?;
    for call in calls {
        let state: &str = match call.state {
            CallState::Ringing => "ringing",
            CallState::Pending => "calling",
            CallState::Connected => "connected",
            CallState::Holding => "on hold",
            CallState::Deleted => "ended",
        };
        write(
            &mut out,
            format!(
                "{:<10} {:<10} {:<4} {:<22} {:<14} {:>7}",
                printable(call.id.as_str()),
                state,
                direction(call),
                printable(&readable(&call.ani)),
                printable(&call.clid.as_deref().map(readable).unwrap_or_default()),
                duration(call.duration)
            ),
        )?;
    }
    Ok(())
}
