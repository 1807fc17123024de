//! What a hook is told about a call, cleaned where it enters.

use super::{HookEvent, MAX_VALUE_CHARS};
use crate::protocol::text::printable;

/// What a hook is told about a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallValues {
    /// The other party's number.
    pub number: String,
    /// The caller's name from the contacts, or blank.
    pub name: String,
    /// The number originally dialled, or blank.
    pub clid: String,
    pub call_id: String,
    /// `inbound` or `outbound`.
    pub direction: &'static str,
}

impl CallValues {
    /// Values to check a template with when it is saved.
    pub(super) fn sample() -> Self {
        Self {
            number: "(212) 555-0142".into(),
            name: "Ada Lovelace".into(),
            clid: "6465551000".into(),
            call_id: "1".into(),
            direction: "inbound",
        }
    }

    /// The value a placeholder stands for, cleaned (the fields are public, so
    /// they are cleaned again where they are used).
    pub(super) fn get(&self, placeholder: &str) -> Option<String> {
        Some(match placeholder {
            "number" => clean(&self.number),
            "name" => clean(&self.name),
            "clid" => clean(&self.clid),
            "call_id" => clean(&self.call_id),
            "direction" => clean(self.direction),
            _ => return None,
        })
    }

    /// The variables a command hook is given: `SKYDIAL_EVENT` and one per value.
    pub fn environment(&self, event: HookEvent) -> Vec<(&'static str, String)> {
        let mut vars = vec![("SKYDIAL_EVENT", event.as_str().to_string())];
        for (var, placeholder) in [
            ("SKYDIAL_NUMBER", "number"),
            ("SKYDIAL_NAME", "name"),
            ("SKYDIAL_CLID", "clid"),
            ("SKYDIAL_CALL_ID", "call_id"),
            ("SKYDIAL_DIRECTION", "direction"),
        ] {
            vars.push((var, self.get(placeholder).unwrap_or_default()));
        }
        vars
    }
}

/// `text` without the characters a terminal, a shell or a URL parser would
/// act on (C0 and C1 controls, DEL, bidirectional overrides: those
/// [`printable`] replaces), cut to [`MAX_VALUE_CHARS`]. A U+FFFD already in
/// the text goes too; it says nothing.
pub fn clean(text: &str) -> String {
    printable(text)
        .chars()
        .filter(|&c| c != '\u{fffd}')
        .take(MAX_VALUE_CHARS)
        .collect()
}

/// Values for tests: a call from (212) 555-0142 to (646) 555-1000.
#[cfg(test)]
pub(crate) fn test_values(name: &str) -> CallValues {
    CallValues {
        number: "2125550142".into(),
        name: name.into(),
        clid: "6465551000".into(),
        call_id: "c-17".into(),
        direction: "inbound",
    }
}

/// A page URL template for tests.
#[cfg(test)]
pub(crate) const LOOKUP: &str = "https://crm.example.com/lookup?phone={number}&who={name}";
