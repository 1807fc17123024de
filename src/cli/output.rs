//! What the call commands print: their outcome, and the call list.

use super::args::Global;
use super::exit::{Failure, Status};
use skydial::protocol::number::readable;
use skydial::protocol::text::{clock, printable};
use skydial::protocol::{Call, CallState, Command};
use skydial::t;
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
            let said = match command {
                Command::Dial { .. } => t!("cmd-dialling", number = target),
                Command::Answer { call: Some(id), .. } => {
                    t!("cmd-answered-call", call = id.as_str())
                }
                Command::Answer { .. } => t!("cmd-answered"),
                Command::Ignore { call: Some(id) } => t!("cmd-ignored-call", call = id.as_str()),
                Command::Ignore { .. } => t!("cmd-ignored"),
                Command::Release { call: Some(id) } => t!("cmd-hung-up-call", call = id.as_str()),
                Command::Release { .. } => t!("cmd-hung-up"),
                Command::Hold { call: Some(id) } => t!("cmd-held-call", call = id.as_str()),
                Command::Hold { .. } => t!("cmd-held"),
                Command::Resume { call: Some(id) } => t!("cmd-resumed-call", call = id.as_str()),
                Command::Resume { .. } => t!("cmd-resumed"),
                Command::ListCalls { .. } | Command::Subscribe => t!("cmd-done", target = target),
            };
            println!("{said}");
        }
        return Ok(Status::Ok);
    }
    let why = match command {
        Command::Dial { .. } => t!("cmd-dial-false", number = target),
        Command::Answer { call: Some(id), .. } | Command::Ignore { call: Some(id) } => {
            t!("cmd-call-not-ringing", call = id.as_str())
        }
        Command::Answer { .. } | Command::Ignore { .. } => t!("cmd-none-ringing"),
        Command::Release { call: Some(id) } => t!("cmd-call-not-active", call = id.as_str()),
        Command::Release { .. } => t!("cmd-none-active"),
        Command::Hold { call: Some(id) } => t!("cmd-call-not-connected", call = id.as_str()),
        Command::Hold { .. } => t!("cmd-none-connected"),
        Command::Resume { call: Some(id) } => t!("cmd-call-not-held", call = id.as_str()),
        Command::Resume { .. } => t!("cmd-none-held"),
        Command::ListCalls { .. } | Command::Subscribe => t!("cmd-answered-false"),
    };
    eprintln!("skydial: {method}: {why}");
    Ok(Status::False)
}

/// `names`: each call's other party's name, where known (`None` else).
pub(super) fn print_calls(
    global: &Global,
    calls: &[Call],
    names: &[Option<String>],
) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    let write = |out: &mut std::io::StdoutLock<'_>, text: String| {
        writeln!(out, "{text}").map_err(|e| {
            Failure::new(
                Status::Connection,
                t!("cmd-cannot-write-output", error = e.to_string()),
            )
        })
    };
    let name_of = |i: usize| names.get(i).cloned().flatten();
    if global.json {
        let cannot = |e: serde_json::Error| {
            Failure::new(
                Status::Api,
                t!("cmd-cannot-write-json", error = e.to_string()),
            )
        };
        let mut value = serde_json::to_value(calls).map_err(cannot)?;
        if let Some(list) = value.as_array_mut() {
            for (i, call) in list.iter_mut().enumerate() {
                if let Some(fields) = call.as_object_mut() {
                    fields.insert("name".into(), name_of(i).into());
                }
            }
        }
        let text = serde_json::to_string(&value).map_err(cannot)?;
        return write(&mut out, text);
    }
    if calls.is_empty() {
        return write(&mut out, t!("cmd-calls-none"));
    }
    write(
        &mut out,
        format!(
            "{:<10} {:<10} {:<4} {:<22} {:<14} {:>7} {}",
            t!("cmd-calls-column-id"),
            t!("cmd-calls-column-state"),
            t!("cmd-calls-column-direction"),
            t!("cmd-calls-column-number"),
            t!("cmd-calls-column-dialled"),
            t!("cmd-calls-column-time"),
            t!("cmd-calls-column-name")
        ),
    )?;
    for (i, call) in calls.iter().enumerate() {
        let state = match call.state {
            CallState::Ringing => t!("cmd-calls-ringing"),
            CallState::Pending => t!("cmd-calls-calling"),
            CallState::Connected => t!("cmd-calls-connected"),
            CallState::Holding => t!("cmd-calls-on-hold"),
            CallState::Deleted => t!("cmd-calls-ended"),
        };
        let line = format!(
            "{:<10} {:<10} {:<4} {:<22} {:<14} {:>7} {}",
            printable(call.id.as_str()),
            state,
            if call.originated {
                t!("cmd-calls-out")
            } else {
                t!("cmd-calls-in")
            },
            printable(&readable(&call.ani)),
            printable(&call.clid.as_deref().map(readable).unwrap_or_default()),
            clock(call.duration),
            printable(&name_of(i).unwrap_or_default())
        );
        write(&mut out, line.trim_end().to_string())?;
    }
    Ok(())
}
