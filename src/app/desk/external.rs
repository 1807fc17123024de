//! Requests from other skydial processes: a second start, `skydial dial`,
//! `skydial quick-dial` and links.

use crate::app::messages::ReplyTo;
use crate::instance::{Reply, Request};
use crate::protocol::number::normalize;
use crate::protocol::text::printable;

use super::{Desk, status};

impl Desk {
    /// Another skydial's request.
    pub(super) async fn external(&self, request: Request, reply: ReplyTo) {
        match request {
            Request::Raise => {
                self.ui.raise_window();
                reply.send(Reply::ok(
                    "skydial is already running: its window is shown.",
                ));
            }
            Request::Dial(text) => {
                let outcome = match normalize(&text) {
                    Ok(number) => self.place_call(number).await,
                    Err(e) => Err((
                        status::USAGE,
                        format!("Cannot dial \u{201c}{}\u{201d}: {e}", printable(&text)),
                    )),
                };
                let (error, text) = match &outcome {
                    Ok(text) => (false, text.clone()),
                    Err((_, text)) => (true, text.clone()),
                };
                self.feedback(false, error, &text);
                reply.send(match outcome {
                    Ok(text) => Reply::ok(text),
                    Err((code, text)) => Reply::failed(code, text),
                });
            }
            Request::Link(text) => self.link(&text, reply).await,
            Request::QuickDial => {
                self.dial_clipboard(true).await;
                reply.send(Reply::ok("Handed to skydial: see its window."));
            }
        }
    }
}
