//! The messages the app's parts send each other, kept apart from both ends
//! (rerun's `command_sender.rs`): no screen, tray or pop imports the desk to
//! speak to it, and the desk imports none of them to answer.
//!
//! - [`DeskRequest`]: what the window, the tray, the hotkey, the screen pops
//!   and other skydial processes ask the desk for, sent through the one
//!   [`DeskSender`] (which says so when the desk is too busy to take it).
//! - [`DeskReply`] and [`Notice`]: what comes back to the window, through
//!   [`UiLink`] (with a repaint, so the UI thread wakes up).
//! - [`PopCommand`]: what the desk asks of the screen pops.
//! - [`Appearance`]: the desktop's light/dark preference and text size.
//! - [`limits`]: the bounds on text that enters through these messages.

pub mod activation;
mod handles;
pub mod limits;
mod pops;
mod reply;
mod request;
mod sender;
mod ui_link;

pub use handles::{ClipboardError, ClipboardReader, Notifier};
pub use pops::PopCommand;
pub use reply::{Appearance, Asker, DeskReply, Notice};
pub use request::{
    CallAction, Clip, DeskRequest, DndSpan, PeopleFor, RemindAt, RemindRequest, ReplyTo,
};
pub use sender::{DeskSender, channel};
pub use ui_link::UiLink;
