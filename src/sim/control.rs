//! The simulator's control interface: HTTP endpoints under `/control/` that
//! tests and the demo use to make things happen on the simulated phones.

use super::state::{ControlError, SimState};
use super::{SimBody, full, text_response};
use crate::protocol::CallId;
use hyper::{Method, Response, StatusCode};
use serde_json::json;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

fn params(query: Option<&str>) -> HashMap<String, String> {
    query
        .unwrap_or("")
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (
                crate::protocol::command::query_unescape(k),
                crate::protocol::command::query_unescape(v),
            )
        })
        .collect()
}

fn json_response(status: StatusCode, value: serde_json::Value) -> Response<SimBody> {
    let mut response = Response::new(full(value.to_string()));
    *response.status_mut() = status;
    response.headers_mut().insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("application/json"),
    );
    response
}

fn error(status: StatusCode, message: impl std::fmt::Display) -> Response<SimBody> {
    json_response(status, json!({ "error": message.to_string() }))
}

fn control_error(err: ControlError) -> Response<SimBody> {
    let status = match err {
        ControlError::UnknownUser(_) | ControlError::NoSuchCall(_) => StatusCode::NOT_FOUND,
        ControlError::BadRequest(_) => StatusCode::BAD_REQUEST,
    };
    error(status, err)
}

/// Handles one control request. `action` is the path after `/control/`.
pub fn handle(
    state: &Arc<SimState>,
    method: &Method,
    action: &str,
    query: Option<&str>,
) -> Response<SimBody> {
    let p = params(query);
    let user = || {
        p.get("user")
            .filter(|u| !u.is_empty())
            .cloned()
            .ok_or_else(|| ControlError::BadRequest("add ?user=DID".into()))
    };
    let call = p
        .get("call")
        .filter(|c| !c.is_empty())
        .map(|c| CallId::new(c.clone()));
    let is_get = method == Method::GET;
    let result: Result<serde_json::Value, ControlError> = match (is_get, action) {
        (true, "health") => Ok(json!({ "ok": true })),
        (true, "commands") => {
            let since = p.get("since").and_then(|s| s.parse().ok()).unwrap_or(0);
            Ok(json!(state.commands_since(since)))
        }
        (true, "calls") => user().and_then(|u| state.calls(&u)).map(|c| json!(c)),
        (false, "incoming") => user().and_then(|u| {
            let from = p
                .get("from")
                .cloned()
                .unwrap_or_else(|| "2125550142".into());
            let clid = match p.get("clid").map(String::as_str) {
                Some("none") => None,
                Some(c) if !c.is_empty() => Some(c.to_string()),
                _ => Some(u.clone()),
            };
            let id = if p
                .get("known_issue")
                .is_some_and(|v| v == "1" || v == "true")
            {
                state.inject_known_issue(&u, &from)
            } else {
                state.inject_incoming(&u, &from, clid.as_deref())
            }?;
            Ok(json!({ "call": id }))
        }),
        (false, "remote-answer") => user()
            .and_then(|u| state.remote_answer(&u, call.as_ref()))
            .map(|id| json!({ "call": id })),
        (false, "remote-hangup") => user()
            .and_then(|u| state.remote_hangup(&u, call.as_ref()))
            .map(|id| json!({ "call": id })),
        (false, "unsubscribe") => {
            let user = p.get("user").map(String::as_str).filter(|u| !u.is_empty());
            match (user, p.get("repeat").and_then(|r| r.parse::<u32>().ok())) {
                (Some(u), Some(times)) => state
                    .flap_subscriptions(u, times)
                    .and_then(|()| state.force_unsubscribe(Some(u)))
                    .map(|n| json!({ "subscriptions": n, "repeat": times })),
                _ => state
                    .force_unsubscribe(user)
                    .map(|n| json!({ "subscriptions": n })),
            }
        }
        (false, "drop") => Ok(json!({ "connections": state.drop_connections() })),
        (false, "logout") => user()
            .and_then(|u| state.set_logged_in(&u, false))
            .map(|()| json!({ "ok": true })),
        (false, "login") => user()
            .and_then(|u| state.set_logged_in(&u, true))
            .map(|()| json!({ "ok": true })),
        (false, "block") => user()
            .and_then(|u| state.set_blocked(&u, true))
            .map(|()| json!({ "ok": true })),
        (false, "unblock") => user()
            .and_then(|u| state.set_blocked(&u, false))
            .map(|()| json!({ "ok": true })),
        (false, "rate-limit") => {
            let max = p.get("max").and_then(|m| m.parse().ok());
            let per = p.get("per").and_then(|s| s.parse::<f64>().ok());
            match (max, per) {
                (Some(max), Some(per)) if per > 0.0 && per < 1e6 => {
                    state.set_rate_limit(max, Duration::from_secs_f64(per));
                    Ok(json!({ "max": max, "per": per }))
                }
                _ => Err(ControlError::BadRequest(
                    "add ?max=N&per=SECONDS (listCalls allowed per window)".into(),
                )),
            }
        }
        (true, _) if !matches!(action, "health" | "commands" | "calls") => {
            return text_response(
                StatusCode::METHOD_NOT_ALLOWED,
                "control actions are POST requests; GET serves health, commands and calls\n",
            );
        }
        _ => {
            return error(
                StatusCode::NOT_FOUND,
                format!("no control action {action:?}"),
            );
        }
    };
    match result {
        Ok(value) => json_response(StatusCode::OK, value),
        Err(e) => control_error(e),
    }
}
