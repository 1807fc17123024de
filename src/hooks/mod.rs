//! Call hooks: a web page (a CRM's record of the caller) opened when a call
//! rings or is answered, and a program run when a call rings, is answered or
//! ends.
//!
//! Caller data comes from the network and may hold anything. It reaches a
//! page's URL only percent-encoded, so it can never change the scheme or the
//! host, nor add a query parameter or a fragment; it reaches a program only
//! through environment variables, and the program is started directly,
//! never through a shell. Both kinds are rate-limited (a storm of ringing
//! calls opens a handful of tabs), and a hook that keeps failing is reported
//! once, not once per call.

mod events;
mod limits;
mod opener;
mod process;
mod runner;
mod settings;
mod template;
mod values;

pub use events::{Action, Hooks};
pub use limits::{FailureTracker, TokenBucket};
pub use opener::{OPENER_PATIENCE, UrlOpener};
pub use process::{
    HookFailure, command_failure_message, page_failure_message, run_command, run_command_for,
    template_failure_message,
};
pub use runner::{HookRunner, Report};
pub use settings::{HookSettings, HookSettingsError};
use std::fmt;
use std::time::Duration;
pub use template::{TemplateError, check_template, expand_url};
pub use values::{CallValues, clean};

/// The longest a value is kept, in characters (the protocol bounds them too).
pub const MAX_VALUE_CHARS: usize = 256;
/// How long a command hook may run before it is stopped.
pub const COMMAND_TIMEOUT: Duration = Duration::from_secs(10);
/// Runs of one kind allowed at once before the rate limit applies.
pub const BURST: u32 = 5;
/// After a burst, one run of each kind per this long.
pub const REFILL_EVERY: Duration = Duration::from_secs(6);
/// The placeholders a page URL may hold, as written between braces.
pub const PLACEHOLDERS: [&str; 5] = ["number", "name", "clid", "call_id", "direction"];

/// What happened to a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HookEvent {
    Ring,
    Answer,
    End,
}

impl HookEvent {
    /// The event as a hook sees it in `SKYDIAL_EVENT`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ring => "ring",
            Self::Answer => "answer",
            Self::End => "end",
        }
    }
}

impl fmt::Display for HookEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The two kinds of hook, each with its own rate limit and failure streak.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HookKind {
    /// The web page opened on ring or answer.
    Page,
    /// The program run on ring, answer and end.
    Command,
}

impl HookKind {
    fn index(self) -> usize {
        match self {
            Self::Page => 0,
            Self::Command => 1,
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Self::Page => "call page",
            Self::Command => "call hook",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_names() {
        assert_eq!(HookEvent::Ring.as_str(), "ring");
        assert_eq!(HookEvent::Answer.as_str(), "answer");
        assert_eq!(HookEvent::End.to_string(), "end");
    }
}
