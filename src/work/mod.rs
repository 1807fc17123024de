//! Calls as work, beside the engine: the rules that decide what happens to
//! a ringing call ([`rules`], pure), and reminders to call back
//! ([`reminders`]: when one is due, pure; and the task that says so).
//! The missed-calls list and notes live in the history, which the engine
//! owns; the media players a call pauses are [`crate::media`]'s.

pub mod reminders;
pub mod rules;
