//! The hooks as saved in the settings, checked when saved.

use super::template::{TemplateError, check_template};
use crate::protocol::text::printable;
use serde::{Deserialize, Serialize};

/// The hooks as saved in the settings; blank is off.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct HookSettings {
    /// The page opened when a call rings, like `https://crm.example.com/lookup?phone={number}`.
    pub url_on_ring: String,
    /// The page opened when a ringing call is answered.
    pub url_on_answer: String,
    /// The program run on ring, answer and end, then its arguments, each on
    /// its own: no shell reads them. The call's values are in its environment.
    pub command: Vec<String>,
}

/// Why the hooks as set cannot be saved: which, and what to do, in the
/// user's language (`Display`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HookSettingsError {
    RingPage(TemplateError),
    AnswerPage(TemplateError),
    NoProgram,
    ShellLine(String),
}

impl std::fmt::Display for HookSettingsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::RingPage(e) => crate::t!("hook-settings-ring-page", error = e.to_string()),
            Self::AnswerPage(e) => crate::t!("hook-settings-answer-page", error = e.to_string()),
            Self::NoProgram => crate::t!("hook-settings-no-program"),
            Self::ShellLine(line) => {
                crate::t!(
                    "hook-settings-shell-line",
                    line = printable(line).to_string()
                )
            }
        };
        f.write_str(&text)
    }
}

impl HookSettings {
    /// Checks the hooks when they are saved; the error says which and what to do.
    pub fn check(&self) -> Result<(), HookSettingsError> {
        check_template(&self.url_on_ring).map_err(HookSettingsError::RingPage)?;
        check_template(&self.url_on_answer).map_err(HookSettingsError::AnswerPage)?;
        match self.command.as_slice() {
            [] => Ok(()),
            [program, rest @ ..] if program.trim().is_empty() => {
                if rest.iter().all(|a| a.trim().is_empty()) {
                    Ok(())
                } else {
                    Err(HookSettingsError::NoProgram)
                }
            }
            [program] if program.contains(' ') && !std::path::Path::new(program).exists() => {
                Err(HookSettingsError::ShellLine(program.clone()))
            }
            _ => Ok(()),
        }
    }

    pub(super) fn command_on(&self) -> bool {
        self.command.first().is_some_and(|p| !p.trim().is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hooks::values::LOOKUP;

    #[test]
    fn settings_are_checked_when_saved() {
        assert_eq!(HookSettings::default().check(), Ok(()));
        let ok = HookSettings {
            url_on_ring: LOOKUP.into(),
            url_on_answer: String::new(),
            command: vec!["/usr/local/bin/crm-log".into(), "--quiet".into()],
        };
        assert_eq!(ok.check(), Ok(()));
        let err = HookSettings {
            url_on_answer: "javascript:alert(1)".into(),
            ..ok.clone()
        }
        .check()
        .unwrap_err()
        .to_string();
        assert!(
            err.starts_with("The page to open when a call is answered"),
            "{err}"
        );
        let err = HookSettings {
            command: vec!["notify-send 'a call'".into()],
            ..ok.clone()
        }
        .check()
        .unwrap_err()
        .to_string();
        assert!(err.contains("runs no shell"), "{err}");
        let err = HookSettings {
            command: vec![String::new(), "--quiet".into()],
            ..ok
        }
        .check()
        .unwrap_err()
        .to_string();
        assert!(err.contains("no program"), "{err}");
    }
}
