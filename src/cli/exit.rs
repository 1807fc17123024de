//! Exit statuses: the library's one table of outcomes (the running app
//! answers with the same statuses).

pub use skydial::outcome::{Failure, Status};
