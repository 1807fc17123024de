//! What the call commands print: their outcome, and the call list.

use super::args::Global;
use super::exit::{Failure, Status};
use skydial::protocol::number::readable;
use skydial::protocol::text::{clock, printable};
use skydial::protocol::{Call, CallState, Command};
use std::io::Write;

/// Prints the outcome of a call command; `false` becomes exit status 1 with a reason.
pub(super) fn report(
    global: &Global,
    command: &Command,
    done: bool,
    target: &str,
) -> Result<Status, Failure> {
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

pub(super) fn direction(call: &Call) -> &'static str {
    if call.originated { "out" } else { "in" }
}

pub(super) fn print_calls(global: &Global, calls: &[Call]) -> Result<(), Failure> {
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
                clock(call.duration)
            ),
        )?;
    }
    Ok(())
}
