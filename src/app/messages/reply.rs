//! What comes back to the window: replies to its requests, notices, and
//! news from the desktop.

use crate::app::messages::PeopleFor;
use crate::contacts::Contact;
use crate::history::HistoryEntry;
use crate::history::people::{Caller, Person};
use crate::protocol::DialNumber;
use crate::protocol::link::Link;

/// A message for the user, shown in the status area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
}

/// Who asks the user to dial a number they did not type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asker {
    /// A `tel:`, `callto:` or `sip:` link.
    Link,
    /// Another program (`skydial dial`, a request over the socket).
    Program,
    /// The hotkey or *Dial clipboard*, set to dial at once.
    Clipboard,
}

impl Asker {
    /// Who asks, as the question says it.
    pub fn phrase(self) -> String {
        match self {
            Self::Link => crate::t!("link-question-asker-link"),
            Self::Program => crate::t!("link-question-asker-program"),
            Self::Clipboard => crate::t!("link-question-asker-clipboard"),
        }
    }
}

/// What background work sends back to the window.
#[derive(Debug, Clone)]
pub enum DeskReply {
    Notice(Notice),
    /// The notice for a call the desk placed ("Dialling (646) 555-1234"):
    /// the window drops it once the call is listed.
    Dialling(String),
    History(Vec<HistoryEntry>),
    /// The open entries of the missed-calls list, the most recent first.
    Missed(Vec<crate::history::MissedEntry>),
    Contacts(Vec<Contact>),
    /// People found for `query`, for the field that asked.
    People {
        to: PeopleFor,
        query: String,
        people: Vec<Person>,
    },
    /// A contact was added, changed or deleted (the contacts screen searches again).
    ContactChanged,
    /// The clipboard held several numbers: let the user pick one.
    PickNumber(Vec<DialNumber>),
    /// A link (or `asker`) asks to dial: the user says Dial or Cancel
    /// (answered with `DeskRequest::LinkAnswer` and this token). `caller`:
    /// who the number belongs to, when the contacts or a directory know.
    ConfirmLink {
        token: u64,
        link: Link,
        asker: Asker,
        caller: Option<Caller>,
    },
    /// What came of a link (dialled, cancelled, failed).
    LinkDone {
        token: u64,
        error: bool,
        /// The call was placed: the notice goes once it is listed.
        placed: bool,
        text: String,
    },
    /// The hotkey asks for the quick-dial prompt: with the text read in the
    /// background, or none (the desktop does not share it with a window
    /// that has no focus); `paste`: the prompt pastes the clipboard once it
    /// has the focus; `rehide`: the window was hidden before the prompt
    /// showed it (closing the prompt hides it again).
    QuickDial {
        text: Option<String>,
        paste: bool,
        rehide: bool,
    },
    /// The desktop's light/dark preference or text size (changed).
    Appearance(Appearance),
    /// The tray icon was clicked: show the window, or hide it when it is
    /// shown and has the focus.
    ToggleWindow,
    /// A screen pop was clicked: the window shows the calls.
    ShowCalls,
    /// A missed call's notification was clicked: the window shows the
    /// missed calls (the History tab).
    ShowMissed,
    /// *Save as contact* on a screen pop: the window opens a new contact's
    /// form with the caller's number (and the name the call carried).
    SaveAsContact {
        number: String,
        name: Option<String>,
    },
    /// Signing in needs the PIN typed (none kept, or no keyring).
    PinNeeded {
        user: String,
        reason: Option<String>,
    },
}

/// The desktop's appearance as far as it is known.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Appearance {
    /// `Some(true)`: dark, `Some(false)`: light, `None`: no preference known.
    pub dark: Option<bool>,
    /// The desktop's text size factor (1.0 when unknown).
    pub text_scale: Option<f32>,
}
