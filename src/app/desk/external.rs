//! Requests from other skydial processes: a second start, `skydial dial`,
//! `skydial quick-dial` and links.

use super::calls::CallsLane;
use super::links::ask_first;
use crate::app::messages::{Asker, ReplyTo};
use crate::instance::{Reply, Request};
use crate::outcome::Status;
use crate::protocol::number::normalize;
use crate::protocol::text::printable;
use crate::t;

impl CallsLane {
    /// Another skydial's request.
    pub(super) async fn external(&mut self, request: Request, reply: ReplyTo) {
        let desk = self.desk();
        match request {
            Request::Raise => {
                desk.ui.raise_window();
                reply.send(Reply::ok(t!("reply-already-running")));
            }
            Request::Dial(text) => {
                let number = match normalize(&text) {
                    Ok(number) => number,
                    Err(e) => {
                        let text = t!(
                            "notice-cannot-dial-text",
                            text = printable(&text),
                            error = e.to_string()
                        );
                        desk.feedback(false, true, &text);
                        reply.send(Status::Usage.reply(text));
                        return;
                    }
                };
                // Premium-rate and international: asked in the window, as a link.
                if ask_first(&number) {
                    let link = crate::protocol::link::Link {
                        number,
                        extension: None,
                    };
                    desk.ask(link, Asker::Program, reply).await;
                    return;
                }
                let placing = desk.queue_call(number).await;
                tokio::spawn(async move {
                    let outcome = placing.await;
                    let (status, text) = match outcome {
                        Ok(text) => (Status::Ok, text),
                        Err(f) => (f.status, f.message),
                    };
                    if status == Status::Ok {
                        desk.dialling(false, &text);
                    } else {
                        desk.feedback(false, true, &text);
                    }
                    reply.send(status.reply(text));
                });
            }
            Request::Link(text) => self.link(&text, reply).await,
            Request::QuickDial => {
                tokio::spawn(async move { desk.dial_clipboard(true).await });
                reply.send(Reply::ok(t!("reply-quick-dial-handed")));
            }
        }
    }
}
