//! What the window, the tray, the hotkey, the screen pops and other skydial
//! processes ask the desk for.

use crate::client::ClientConfig;
use crate::directory::{DirectoryConfig, Password};
use crate::engine::EngineCommand;
use crate::history::people::ContactChange;
use crate::instance::{Reply, Request};
use crate::protocol::{CallId, CallState};
use crate::protocol::{DialNumber, Pin};
use crate::settings::SettingsEdit;
use std::path::PathBuf;
use std::sync::Arc;
use tokio::sync::oneshot;

/// Which field a search for people is for (each shows only its own).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeopleFor {
    Dial,
    QuickDial,
    Contacts,
}

/// Where the hotkey's text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clip {
    /// What was copied.
    Clipboard,
    /// What is highlighted (X11's and Wayland's primary selection).
    Selection,
}

impl Clip {
    /// `clipboard` or `selection`: a message's selector (`{ $clip -> … }`),
    /// the words being the message's own.
    pub fn key(self) -> &'static str {
        match self {
            Self::Clipboard => "clipboard",
            Self::Selection => "selection",
        }
    }
}

/// What can be done to a call: named once, for its button (the calls list,
/// a screen pop) and for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallAction {
    Answer,
    Ignore,
    HangUp,
    Hold,
    Resume,
}

impl CallAction {
    /// The button's label, in English: the screen pops' actions until they
    /// are translated (the window uses [`Self::button`]).
    pub fn label(self) -> &'static str {
        match self {
            Self::Answer => "Answer",
            Self::Ignore => "Decline",
            Self::HangUp => "Hang up",
            Self::Hold => "Hold",
            Self::Resume => "Resume",
        }
    }

    /// The button's label in the user's language.
    pub fn button(self) -> String {
        match self {
            Self::Answer => crate::t!("call-action-answer"),
            Self::Ignore => crate::t!("call-action-decline"),
            Self::HangUp => crate::t!("call-action-hang-up"),
            Self::Hold => crate::t!("call-action-hold"),
            Self::Resume => crate::t!("call-action-resume"),
        }
    }

    /// `answer`, `decline`, `hang-up`, `hold`, `resume`: a message's
    /// selector (`{ $action -> … }`), the words being the message's own.
    pub fn key(self) -> &'static str {
        match self {
            Self::Answer => "answer",
            Self::Ignore => "decline",
            Self::HangUp => "hang-up",
            Self::Hold => "hold",
            Self::Resume => "resume",
        }
    }

    /// The engine's command for it.
    pub fn command(self, call: Option<CallId>) -> EngineCommand {
        match self {
            Self::Answer => EngineCommand::Answer { call },
            Self::Ignore => EngineCommand::Ignore { call },
            Self::HangUp => EngineCommand::Release { call },
            Self::Hold => EngineCommand::Hold { call },
            Self::Resume => EngineCommand::Resume { call },
        }
    }

    /// What a call in `state` offers, in reading order: exactly what the
    /// state allows.
    pub fn offered(state: CallState) -> &'static [Self] {
        match state {
            CallState::Ringing => &[Self::Answer, Self::Ignore],
            CallState::Connected => &[Self::Hold, Self::HangUp],
            CallState::Holding => &[Self::Resume, Self::HangUp],
            CallState::Pending => &[Self::HangUp],
            CallState::Deleted => &[],
        }
    }
}

/// Where the answer to another skydial's request goes (once).
#[derive(Clone)]
pub struct ReplyTo(Arc<std::sync::Mutex<Option<oneshot::Sender<Reply>>>>);

impl ReplyTo {
    pub fn new() -> (Self, oneshot::Receiver<Reply>) {
        let (tx, rx) = oneshot::channel();
        (Self(Arc::new(std::sync::Mutex::new(Some(tx)))), rx)
    }

    /// Answers; later answers are dropped.
    pub fn send(&self, reply: Reply) {
        let sender = self.0.lock().ok().and_then(|mut s| s.take());
        // The caller may have given up waiting: nothing to tell then.
        if let Some(sender) = sender {
            let _ = sender.send(reply);
        }
    }
}

impl std::fmt::Debug for ReplyTo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ReplyTo")
    }
}

/// What the window (or the tray, the hotkey, a screen pop, another skydial)
/// asks the desk for.
#[derive(Debug, Clone)]
pub enum DeskRequest {
    SignIn {
        server: String,
        user: String,
        pin: Pin,
        remember: bool,
        ca_file: Option<PathBuf>,
    },
    /// Sign in with the PIN kept in the keyring, if there is one.
    SignInRemembered,
    /// Sign in with this account now (`--demo`, or `--server`/`--user` with `SKYDIAL_PIN`).
    SignInWith(ClientConfig),
    SignOut {
        forget_pin: bool,
    },
    /// Do this to a call (`None`: the one the server picks).
    Call {
        action: CallAction,
        call: Option<CallId>,
    },
    Dial {
        number: DialNumber,
    },
    /// Dial the number on the clipboard; `from_hotkey` also pops a notification.
    DialClipboard {
        from_hotkey: bool,
    },
    LoadHistory,
    MarkSeen(Option<i64>),
    SearchContacts(String),
    ImportContacts(PathBuf),
    /// Find people (contacts and directories) by name, company or digits,
    /// for the field that asked (answered with `DeskReply::People`).
    SearchPeople {
        query: String,
        to: PeopleFor,
    },
    /// Add, change or delete one of the user's contacts.
    ChangeContact(ContactChange),
    /// Add a company directory (its password goes to the keyring, never to
    /// the settings file).
    AddDirectory {
        config: Box<DirectoryConfig>,
        password: Option<Password>,
    },
    /// Remove the directory of this name (its names and kept password too).
    RemoveDirectory(String),
    /// Sync this directory now (`None`: all).
    SyncDirectories(Option<String>),
    /// Change the fields the Settings screen changed (to their values there),
    /// leaving the others as they are now.
    EditSettings(Box<SettingsEdit>),
    /// Flip do not disturb (from the tray): on by hand, or off (a *do not
    /// disturb until* still ahead is cleared too).
    ToggleDnd,
    /// Do not disturb until a time (from the tray), reckoned when the desk
    /// applies it.
    DndFor(DndSpan),
    /// Add this number to the favourites (a number already there is kept once).
    AddFavourite(DialNumber),
    /// Remove the favourite with this number (as saved).
    RemoveFavourite(String),
    /// Another skydial's request (a second start, `skydial dial`, a link).
    External {
        request: Request,
        reply: ReplyTo,
    },
    /// The user's answer to a link's question.
    LinkAnswer {
        token: u64,
        dial: bool,
    },
    /// Calls as work (`desk/work.rs`): *Done* on an entry of the
    /// missed-calls list.
    ResolveMissed(i64),
    /// *Remind me* to call this number back.
    Remind(Box<RemindRequest>),
    /// The note on a call, live or past (blank: none).
    SetNote {
        call_id: String,
        text: String,
    },
    /// *Export…* the history to this file.
    Export {
        file: PathBuf,
        format: crate::history::export::Format,
    },
}

/// How long the tray's *Do not disturb for an hour* and *until tomorrow*
/// last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DndSpan {
    AnHour,
    /// Until tomorrow's working hours start (9:00 when there are none).
    UntilTomorrow,
}

pub use crate::work::reminders::RemindAt;

/// *Remind me*: who to call back, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemindRequest {
    pub number: String,
    pub name: Option<String>,
    /// The missed-calls entry it is set from, if one.
    pub entry: Option<i64>,
    pub call_id: Option<String>,
    pub when: crate::work::reminders::RemindAt,
}

impl DeskRequest {
    /// What the user is told when the desk is too busy to take this.
    pub fn busy_notice(&self) -> String {
        let number = match self {
            Self::Dial { number } => number.for_reading(),
            _ => String::new(),
        };
        crate::t!("notice-busy", request = self.key(), number = number)
    }

    /// The request's kind, the selector of [`Self::busy_notice`]'s message.
    fn key(&self) -> &'static str {
        match self {
            Self::SignIn { .. } | Self::SignInRemembered | Self::SignInWith(_) => "sign-in",
            Self::SignOut { .. } => "sign-out",
            Self::Call { action, .. } => action.key(),
            Self::Dial { .. } => "dial",
            Self::DialClipboard { .. } => "dial-clipboard",
            Self::LoadHistory | Self::MarkSeen(_) => "history",
            Self::SearchContacts(_) => "search-contacts",
            Self::ImportContacts(_) => "import-contacts",
            Self::SearchPeople { .. } => "search-people",
            Self::ChangeContact(_) => "change-contact",
            Self::AddDirectory { .. } | Self::RemoveDirectory(_) => "directories",
            Self::SyncDirectories(_) => "sync-directories",
            Self::EditSettings(_) => "settings",
            Self::ToggleDnd | Self::DndFor(_) => "dnd",
            Self::AddFavourite(_) | Self::RemoveFavourite(_) => "favourites",
            Self::External { .. } => "external",
            Self::LinkAnswer { .. } => "link",
            Self::ResolveMissed(_) => "resolve-missed",
            Self::Remind(_) => "remind",
            Self::SetNote { .. } => "note",
            Self::Export { .. } => "export",
        }
    }

    /// What the request does, in English words for log lines ("could not
    /// dial").
    pub fn what(&self) -> String {
        match self {
            Self::SignIn { .. } | Self::SignInRemembered | Self::SignInWith(_) => "sign in".into(),
            Self::SignOut { .. } => "sign out".into(),
            Self::Call { action, .. } => match action {
                CallAction::Answer => "answer the call".into(),
                CallAction::Ignore => "decline the call".into(),
                CallAction::HangUp => "hang up".into(),
                CallAction::Hold => "hold the call".into(),
                CallAction::Resume => "resume the call".into(),
            },
            Self::Dial { number } => format!("dial {}", number.for_reading()),
            Self::DialClipboard { .. } => "dial the clipboard".into(),
            Self::LoadHistory | Self::MarkSeen(_) => "update the history".into(),
            Self::SearchContacts(_) => "search the contacts".into(),
            Self::ImportContacts(_) => "import the contacts".into(),
            Self::SearchPeople { .. } => "search the contacts and directories".into(),
            Self::ChangeContact(_) => "change the contacts".into(),
            Self::AddDirectory { .. } | Self::RemoveDirectory(_) => "change the directories".into(),
            Self::SyncDirectories(_) => "sync the directories".into(),
            Self::EditSettings(_) => "save the settings".into(),
            Self::ToggleDnd | Self::DndFor(_) => "change do not disturb".into(),
            Self::AddFavourite(_) | Self::RemoveFavourite(_) => "change the favourites".into(),
            Self::External { .. } => "take the request".into(),
            Self::LinkAnswer { .. } => "answer the link".into(),
            Self::ResolveMissed(_) => "mark the missed call done".into(),
            Self::Remind(_) => "set the reminder".into(),
            Self::SetNote { .. } => "save the note".into(),
            Self::Export { .. } => "export the history".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code
    use super::*;
    use crate::i18n::{Locale, scoped};

    #[test]
    fn the_busy_notice_names_the_request_in_a_whole_sentence_in_each_language() {
        let dial = DeskRequest::Dial {
            number: crate::protocol::number::normalize("6465551234").unwrap(),
        };
        let hold = DeskRequest::Call {
            action: CallAction::Hold,
            call: None,
        };
        assert_eq!(
            dial.busy_notice(),
            "skydial is busy and could not dial (646) 555-1234; try again in a moment."
        );
        assert_eq!(
            DeskRequest::ToggleDnd.busy_notice(),
            "skydial is busy and could not change do not disturb; try again in a moment."
        );
        assert_eq!(
            hold.busy_notice(),
            "skydial is busy and could not hold the call; try again in a moment."
        );
        let german = Locale::parse("de").unwrap();
        scoped(german, || {
            assert_eq!(
                dial.busy_notice(),
                "skydial ist ausgelastet und konnte (646) 555-1234 nicht wählen; versuchen Sie es gleich noch einmal."
            );
            assert_eq!(CallAction::Ignore.button(), "Ablehnen");
        });
        let french = Locale::parse("fr").unwrap();
        scoped(french, || {
            assert!(
                hold.busy_notice()
                    .contains("n’a pas pu mettre l’appel en attente"),
                "{}",
                hold.busy_notice()
            );
        });
        // Log lines stay English whatever the language.
        scoped(german, || assert_eq!(dial.what(), "dial (646) 555-1234"));
    }
}
