//! Starting the window, and handing a request (a second start, `skydial
//! dial`, `skydial quick-dial`, a link) to the one already running.

use super::account::client_config;
use super::args::{Cli, Global};
use super::exit::{Failure, Status};
use skydial::protocol::text::printable;
use skydial::t;

/// How long `skydial dial` waits for the running app's answer.
pub(super) const HAND_OVER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

/// Hands `request` to the running skydial, prints its answer and gives its
/// status; `None`: no skydial is running (the caller works on its own).
pub(super) async fn hand_over(
    request: &skydial::instance::Request,
    timeout: std::time::Duration,
) -> Result<Option<Status>, Failure> {
    let place = skydial::instance::Place::app(false);
    let reply = skydial::instance::send(&place, request, timeout)
        .await
        .map_err(|e| {
            Failure::new(
                Status::Connection,
                t!("cmd-running-did-not-take", error = e.to_string()),
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
pub(super) async fn quick_dial() -> Result<Status, Failure> {
    let request = skydial::instance::Request::QuickDial;
    hand_over(&request, std::time::Duration::from_secs(10))
        .await?
        .ok_or_else(|| Failure::new(Status::Connection, t!("cmd-quick-dial-not-running")))
}

/// A link must come alone and last: `skydial 'tel:…' dial 1900…` (what a
/// link with an unescaped quote can become on Windows) or a link followed by
/// an option is a usage error, and nothing is dialled. `last` is the last
/// argument the process was given.
pub(super) fn link_alone(
    link: &str,
    with_command: bool,
    last: Option<std::ffi::OsString>,
) -> Result<(), Failure> {
    if with_command || last.as_deref() != Some(std::ffi::OsStr::new(link)) {
        let link: String = link.chars().take(60).collect();
        return Err(Failure::usage(t!(
            "cmd-link-not-alone",
            link = printable(&link).into_owned()
        )));
    }
    Ok(())
}

/// `skydial LINK`: to the running skydial, which asks before dialling; with
/// none running, a window with just that question.
pub(super) fn open_link(cli: &Cli, mut link: String) -> Result<Status, Failure> {
    use skydial::protocol::link::{MAX_LINK_BYTES, is_link};
    if cli.demo || cli.minimised || cli.autostart {
        return Err(Failure::usage(t!("cmd-link-with-options")));
    }
    if !is_link(&link) {
        return Err(Failure::usage(t!(
            "cmd-not-a-command",
            text = printable(&link.chars().take(60).collect::<String>()).into_owned()
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
    .map_err(|e| Failure::new(Status::Connection, e.to_string()))?;
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
pub(super) fn open_window(
    global: &Global,
    demo: bool,
    minimised: bool,
    autostart: bool,
    renderer: Option<skydial::app::shells::Renderer>,
) -> Result<Status, Failure> {
    use skydial::instance::{Place, Request, acquire, send};
    let place = Place::app(demo);
    let instance = match acquire(&place) {
        Ok(Some(instance)) => Some((instance, place)),
        Ok(None) if minimised => {
            // Started hidden (at login, say) while one runs: nothing to show.
            super::console::attach();
            println!("{}", t!("cmd-already-running"));
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
                    super::console::attach();
                    println!("{}", printable(&reply.message));
                    Ok(Status::from_code(reply.status))
                }
                // It quit just now: start again.
                Ok(None) => open_window(global, demo, minimised, autostart, renderer),
                Err(e) => Err(Failure::new(
                    Status::Connection,
                    t!("cmd-running-not-answering", error = e.to_string()),
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
    .map_err(|e| Failure::new(Status::Connection, e.to_string()))?;
    Ok(Status::Ok)
}
