//! The keyboard shortcuts for a call, anywhere in the window: answer and
//! decline the ringing call, hold or resume, hang up. Ctrl (⌘ on a Mac)
//! with Shift, so none clashes with text editing (Ctrl+A, Ctrl+C …) or
//! with Enter, which dials and signs in.

use super::widgets::Command;
use crate::app::messages::{CallAction, DeskRequest};
use crate::engine::LiveCall;
use crate::protocol::CallState;
use egui::{Key, KeyboardShortcut, Modifiers};

const CTRL_SHIFT: Modifiers = Modifiers {
    alt: false,
    ctrl: false,
    shift: true,
    mac_cmd: false,
    command: true,
};

pub const ANSWER: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Enter);
pub const DECLINE: KeyboardShortcut = KeyboardShortcut::new(CTRL_SHIFT, Key::D);
/// Hold, or resume the held call.
pub const HOLD: KeyboardShortcut = KeyboardShortcut::new(CTRL_SHIFT, Key::H);
/// Hang up ("end").
pub const HANG_UP: KeyboardShortcut = KeyboardShortcut::new(CTRL_SHIFT, Key::E);

/// The shortcut for `action`.
pub fn for_action(action: CallAction) -> KeyboardShortcut {
    match action {
        CallAction::Answer => ANSWER,
        CallAction::Ignore => DECLINE,
        CallAction::Hold | CallAction::Resume => HOLD,
        CallAction::HangUp => HANG_UP,
    }
}

/// What a shortcut does to which call: Answer and Decline the call ringing
/// longest; Hold the connected call, else Resume the held one; Hang up the
/// connected call, else the held one, else the one being dialled.
pub fn target(calls: &[LiveCall], shortcut: KeyboardShortcut) -> Option<(CallAction, &LiveCall)> {
    let first = |state: CallState| calls.iter().find(|c| c.call.state == state);
    if shortcut == ANSWER {
        first(CallState::Ringing).map(|c| (CallAction::Answer, c))
    } else if shortcut == DECLINE {
        first(CallState::Ringing).map(|c| (CallAction::Ignore, c))
    } else if shortcut == HOLD {
        first(CallState::Connected)
            .map(|c| (CallAction::Hold, c))
            .or_else(|| first(CallState::Holding).map(|c| (CallAction::Resume, c)))
    } else if shortcut == HANG_UP {
        first(CallState::Connected)
            .or_else(|| first(CallState::Holding))
            .or_else(|| first(CallState::Pending))
            .map(|c| (CallAction::HangUp, c))
    } else {
        None
    }
}

/// Takes this pass's call shortcuts (before any field sees the keys).
pub fn shortcuts_ui(ctx: &egui::Context, calls: &[LiveCall]) -> Vec<Command> {
    let mut commands = Vec::new();
    for shortcut in [DECLINE, HOLD, HANG_UP, ANSWER] {
        if !ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
            continue;
        }
        if let Some((action, call)) = target(calls, shortcut) {
            commands.push(Command::Request(DeskRequest::Call {
                action,
                call: Some(call.call.id.clone()),
            }));
        }
    }
    commands
}

/// What a call's button says on hover: its name and its shortcut.
pub fn hint(ctx: &egui::Context, action: CallAction) -> String {
    crate::t!(
        "calls-action-hint",
        action = action.button(),
        shortcut = shown(ctx, for_action(action))
    )
}

/// A shortcut as the user's keyboard names its keys: `Strg+Umschalt+D`
/// in German (egui's own names are English); a Mac's symbols (⌘⇧D) are
/// the same in every language.
fn shown(ctx: &egui::Context, shortcut: KeyboardShortcut) -> String {
    if ctx.os() == egui::os::OperatingSystem::Mac {
        return ctx.format_shortcut(&shortcut);
    }
    let mut keys = Vec::new();
    if shortcut.modifiers.command || shortcut.modifiers.ctrl {
        keys.push(crate::t!("key-ctrl"));
    }
    if shortcut.modifiers.shift {
        keys.push(crate::t!("key-shift"));
    }
    keys.push(match shortcut.logical_key {
        Key::Enter => crate::t!("key-enter"),
        key => key.name().to_string(),
    });
    keys.join("+")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{Call, CallId};

    fn live(id: &str, state: CallState) -> LiveCall {
        LiveCall {
            call: Call {
                id: CallId::new(id),
                state,
                ani: "2125550142".into(),
                clid: None,
                did: "6465551000".into(),
                duration: 0,
                endpoint: String::new(),
                originated: false,
            },
            name: None,
            source: None,
            ever_connected: false,
            rang_for: None,
            updated_at: tokio::time::Instant::now(),
            seq: Default::default(),
        }
    }

    #[test]
    fn each_shortcut_finds_its_call() {
        let calls = [
            live("held", CallState::Holding),
            live("talking", CallState::Connected),
            live("ringing", CallState::Ringing),
            live("later", CallState::Ringing),
        ];
        let said = |s| target(&calls, s).map(|(a, c)| (a, c.call.id.as_str().to_string()));
        assert_eq!(said(ANSWER), Some((CallAction::Answer, "ringing".into())));
        assert_eq!(said(DECLINE), Some((CallAction::Ignore, "ringing".into())));
        assert_eq!(said(HOLD), Some((CallAction::Hold, "talking".into())));
        assert_eq!(said(HANG_UP), Some((CallAction::HangUp, "talking".into())));
        let held = [live("held", CallState::Holding)];
        assert_eq!(
            target(&held, HOLD).map(|(a, _)| a),
            Some(CallAction::Resume)
        );
        assert_eq!(target(&held, ANSWER).map(|(a, _)| a), None);
        let shortcuts = [ANSWER, DECLINE, HOLD, HANG_UP];
        for (i, a) in shortcuts.iter().enumerate() {
            for b in &shortcuts[i + 1..] {
                assert_ne!(a, b, "two actions on one shortcut");
            }
        }
    }
}
