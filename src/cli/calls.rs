//! One-shot call commands against the API: dial, answer, ignore, hang up,
//! hold, resume.

use super::account::client_config;
use super::args::Global;
use super::exit::{Failure, Status};
use super::launch::hand_over;
use super::output::{print_calls, report};
use skydial::client::describe_result;
use skydial::client::{Client, Transport, dial_once};
use skydial::protocol::number::normalize;
use skydial::protocol::text::printable;
use skydial::protocol::{CallId, Command, ResultValue};
use skydial::t;

/// `skydial dial`: handed to the running app unless the command names its
/// own account or output; else one request.
pub(super) async fn dial(
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
        // A premium-rate or international number is asked about in the
        // window first: wait as long as for a link's answer.
        && let Some(status) = hand_over(
            &skydial::instance::Request::Dial(number.clone()),
            skydial::instance::LINK_ANSWER_TIMEOUT,
        )
        .await?
    {
        return Ok(status);
    }
    let dialable = normalize(&number).map_err(|e| {
        Failure::usage(t!(
            "cmd-dial-cannot",
            number = printable(&number),
            reason = e.to_string()
        ))
    })?;
    let endpoint = blank(endpoint);
    let config = client_config(global).await?;
    let done = dial_once(config, &dialable, endpoint.clone(), transport(global)).await?;
    let command = Command::Dial {
        number: dialable.ex_tn().to_string(),
        endpoint,
    };
    report(global, &command, done, &dialable.for_reading())
}

pub(super) fn blank(value: Option<String>) -> Option<String> {
    value
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

pub(super) fn call_id(value: Option<String>) -> Option<CallId> {
    blank(value).map(CallId)
}

pub(super) fn transport(global: &Global) -> Transport {
    if global.get {
        Transport::Get
    } else {
        Transport::Post
    }
}

pub(super) async fn client(global: &Global) -> Result<Client, Failure> {
    Ok(Client::new(client_config(global).await?)?)
}

pub(super) async fn one_shot(global: &Global, command: &Command) -> Result<bool, Failure> {
    let client = client(global).await?;
    Ok(client.call_bool(command, transport(global)).await?)
}

pub(super) async fn call_command(global: &Global, command: Command) -> Result<Status, Failure> {
    let done = one_shot(global, &command).await?;
    let target = match command.args().first() {
        Some(id) if !id.is_empty() => format!("call {id}"),
        _ => "the call".to_string(),
    };
    report(global, &command, done, &target)
}

/// `skydial calls`: the calls on the phone now.
pub(super) async fn list_calls(
    global: &Global,
    endpoint: Option<String>,
) -> Result<Status, Failure> {
    let client = client(global).await?;
    let command = Command::ListCalls {
        endpoint: blank(endpoint),
    };
    let calls = match client.call(&command, transport(global)).await? {
        Some(ResultValue::Calls(calls)) => calls,
        other => {
            return Err(Failure::new(
                Status::Connection,
                t!(
                    "cmd-calls-not-a-list",
                    result = describe_result(other.as_ref())
                ),
            ));
        }
    };
    print_calls(global, &calls, &names(&calls))?;
    Ok(Status::Ok)
}

/// Each call's other party's name, where the contacts and directories
/// know the number. The database is opened only if it is there (`calls`
/// never makes one): without it, or if it cannot be read, only numbers.
fn names(calls: &[skydial::protocol::Call]) -> Vec<Option<String>> {
    let index = skydial::history::default_path()
        .filter(|path| path.is_file())
        .and_then(|path| skydial::history::people::Index::open(&path).ok());
    calls
        .iter()
        .map(|call| {
            let index = index.as_ref()?;
            index.lookup(&call.ani).ok().flatten().map(|c| c.name)
        })
        .collect()
}
