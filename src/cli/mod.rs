//! The command line: `skydial [--server URL] [--user DID] <command>`.

mod account;
mod args;
mod assets;
mod calls;
mod console;
mod contacts;
mod directory;
mod exit;
mod history;
mod launch;
mod logging;
mod output;
mod sim;
mod watch;

use account::pin_command;
use args::{Cli, Cmd};
use assets::write_assets;
use calls::{blank, call_command, call_id, dial, list_calls};
use clap::{CommandFactory, FromArgMatches};
use exit::{Failure, Status};
use launch::{link_alone, open_link, open_window, quick_dial};
use logging::init_logging;
use skydial::protocol::Command;
use skydial::protocol::text::printable;
use std::process::ExitCode;

pub fn main() -> ExitCode {
    skydial::app::shells::mark_start();
    // --help in the user's language (chosen in main.rs).
    let parsed = skydial::i18n::help::localize(Cli::command())
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
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
    // A link is the only argument: a command or an option after it (a link
    // with a stray quote can split into `tel:… dial 1900…`) is refused.
    if let Some(link) = &cli.link
        && let Err(failure) = link_alone(link, cli.command.is_some(), std::env::args_os().last())
    {
        eprintln!("skydial: {}", printable(&failure.message));
        return failure.status.into();
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
            eprintln!(
                "skydial: {}",
                skydial::t!("cmd-cannot-start", error = err.to_string())
            );
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

async fn run(cli: Cli) -> Result<Status, Failure> {
    let global = cli.global;
    let Some(command) = cli.command else {
        return Err(Failure::usage(skydial::t!("cmd-no-command")));
    };
    match command {
        Cmd::Sim(args) => sim::run(args).await,
        Cmd::Assets { dir } => write_assets(&dir),
        Cmd::Watch { probe_after } => watch::run(&global, probe_after).await,
        Cmd::QuickDial => quick_dial().await,
        Cmd::Pin { action } => pin_command(&global, action).await,
        Cmd::History(args) => history::history(&global, args),
        Cmd::Note { call, text } => history::note(&global, &call, &text.join(" ")),
        Cmd::Contacts(cmd) => history::contacts(&global, cmd),
        Cmd::Directory(cmd) => directory::run(&global, cmd).await,
        Cmd::Lookup { number } => directory::lookup(&global, &number),
        Cmd::Dial {
            number,
            pick,
            endpoint,
        } => {
            let number = directory::resolve_name(&number, pick)?.unwrap_or(number);
            dial(&global, number, endpoint).await
        }
        Cmd::Answer { call, endpoint } => {
            let (call, endpoint) = (call_id(call), blank(endpoint));
            call_command(&global, Command::Answer { call, endpoint }).await
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
        Cmd::Calls { endpoint } => list_calls(&global, endpoint).await,
    }
}
