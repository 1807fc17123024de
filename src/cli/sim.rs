//! `skydial sim`: run the simulator in the foreground.

use super::exit::{Failure, Status};
use clap::Args;
use skydial::sim::{
    Error17Id, InvalidNumberReply, SimConfig, SimOptions, Simulator, demo_users, load_users,
};
use std::io::Write;
use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Args, Debug)]
pub struct SimArgs {
    /// The port to listen on; 0 picks a free one. The address is the first line printed.
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    /// The address to listen on (loopback unless you mean it).
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: IpAddr,
    /// Users file: one `DID PIN [ENDPOINT] [blocked]` a line. Default: the built-in demo users.
    #[arg(long, value_name = "FILE")]
    pub users: Option<PathBuf>,
    /// Serve HTTPS with a freshly generated certificate; its CA is written to --ca-out.
    #[arg(long)]
    pub tls: bool,
    /// Where to write the CA certificate with --tls (default: a new private directory in the temp directory).
    #[arg(long, value_name = "PATH")]
    pub ca_out: Option<PathBuf>,
    /// Make calls ring now and then by themselves, and answer outbound calls after 3 s.
    #[arg(long)]
    pub demo: bool,
    /// Seconds an unanswered inbound call rings before going to voicemail (0: forever).
    #[arg(long, default_value_t = 30)]
    pub ring_timeout: u64,
    /// listCalls allowed per user per minute before error 6.
    #[arg(long, default_value_t = 10)]
    pub list_calls_per_minute: u32,
    /// Send a POST session's response head only with the answer to its first
    /// command, as servlet-style servers do (default: at once).
    #[arg(long, help_heading = "Server variations the spec allows")]
    pub late_head: bool,
    /// Add to every call list and event what a newer server might send: a call
    /// in the state PARKED (which the spec does not list) and an item without an Id.
    #[arg(long, help_heading = "Server variations the spec allows")]
    pub unknown_items: bool,
    /// Which Id a forced error 17 (POST /control/unsubscribe) carries: the
    /// subscription's, or that of the next command the connection sends
    /// (written just before that command's own answer).
    #[arg(long, value_enum, default_value_t = Error17IdArg::Subscription, help_heading = "Server variations the spec allows")]
    pub error_17_id: Error17IdArg,
    /// Follow every listCalls answer, in the same write, with the event of a
    /// call that starts ringing just after the list was taken.
    #[arg(long, help_heading = "Server variations the spec allows")]
    pub ring_after_list: bool,
    /// How dial answers a number the spec calls invalid (916465551234,
    /// 101161212345678, 61212345678): the result false, or API error 13.
    #[arg(long, value_enum, default_value_t = InvalidNumberArg::False, help_heading = "Server variations the spec allows")]
    pub invalid_number: InvalidNumberArg,
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Error17IdArg {
    Subscription,
    NextCommand,
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvalidNumberArg {
    False,
    Error13,
}

/// The simulator's behaviour, as the options say.
fn sim_config(args: &SimArgs) -> SimConfig {
    SimConfig {
        ring_timeout: (args.ring_timeout > 0).then(|| Duration::from_secs(args.ring_timeout)),
        auto_answer: args.demo.then(|| Duration::from_secs(3)),
        demo_calls: args.demo,
        list_calls_max: args.list_calls_per_minute,
        list_calls_window: Duration::from_secs(60),
        late_head: args.late_head,
        unknown_items: args.unknown_items,
        error_17_id: match args.error_17_id {
            Error17IdArg::Subscription => Error17Id::Subscription,
            Error17IdArg::NextCommand => Error17Id::NextCommand,
        },
        ring_after_list: args.ring_after_list,
        invalid_number: match args.invalid_number {
            InvalidNumberArg::False => InvalidNumberReply::False,
            InvalidNumberArg::Error13 => InvalidNumberReply::BadArguments,
        },
    }
}

pub async fn run(args: SimArgs) -> Result<Status, Failure> {
    let users = match &args.users {
        Some(path) => load_users(path).map_err(|e| Failure::usage(e.to_string()))?,
        None => demo_users(),
    };
    let listed: Vec<String> = users
        .iter()
        .map(|u| {
            format!(
                "  {} (phone {}){}",
                u.did,
                u.endpoint,
                if u.blocked { ", blocked" } else { "" }
            )
        })
        .collect();
    let config = sim_config(&args);
    let sim = Simulator::start(SimOptions {
        bind: args.bind,
        port: args.port,
        users,
        config,
        tls: args.tls,
    })
    .await
    .map_err(|e| {
        Failure::new(
            Status::Connection,
            format!("{e}. Pick another port with --port (0 for any free one)"),
        )
    })?;

    let mut out = std::io::stdout().lock();
    let mut line = |text: String| {
        // Flush each line: scripts read the first line to learn the address.
        let _ = writeln!(out, "{text}");
        let _ = out.flush();
    };
    line(sim.base_url());
    if !args.bind.is_loopback() {
        eprintln!(
            "skydial sim: listening on {}: other computers can reach it, and its control interface (no password) lets anyone make calls ring or drop. Use it on a network you trust, or bind to 127.0.0.1.",
            sim.addr()
        );
    }
    if let Some(pem) = sim.ca_pem() {
        let path = match &args.ca_out {
            Some(path) => path.clone(),
            // A directory of our own (0700, unpredictable name), not a fixed
            // name in /tmp that another user could plant a link at.
            None => tempfile::Builder::new()
                .prefix("skydial-sim-")
                .tempdir()
                .map_err(|e| {
                    Failure::usage(format!(
                        "cannot make a directory for the CA certificate: {e}"
                    ))
                })?
                .keep()
                .join("ca.pem"),
        };
        skydial::files::replace_private(&path, pem.as_bytes()).map_err(|e| {
            Failure::usage(format!(
                "cannot write the CA certificate to {}: {e}",
                path.display()
            ))
        })?;
        line(format!(
            "CA certificate: {} (pass it with --ca-file)",
            path.display()
        ));
    }
    line(format!(
        "API: {}/bobl/bobl   control: {}/control/   users:",
        sim.base_url(),
        sim.base_url()
    ));
    for l in listed {
        line(l);
    }
    if args.users.is_none() {
        line(
            "  (PINs: 6465551000/12345, 6465552000/24680, 6465553000/13579, 6465559999/99999)"
                .into(),
        );
    }
    drop(out);
    tokio::signal::ctrl_c()
        .await
        .map_err(|e| Failure::new(Status::Connection, format!("cannot wait for Ctrl-C: {e}")))?;
    Ok(Status::Ok)
}
