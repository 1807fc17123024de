//! The Sky Hosted API's wire format. Pure code: no I/O, no clock.

pub(crate) mod blob;
pub mod call;
pub mod command;
pub mod error;
pub mod framer;
mod layout;
pub mod link;
mod nanp;
pub mod number;
pub mod response;
pub mod text;

pub mod xml;

pub use call::{Call, CallId, CallState};
pub use command::{API_PATH, Command, Credentials, Pin, RawCommand};
pub use error::{ApiError, ApiErrorKind};
pub use framer::{FrameError, Framer};
pub use number::{DialNumber, NumberError, NumberKind};
pub use response::{ParseError, Response, ResultValue, SkipReason, SkippedItem};
