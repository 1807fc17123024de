//! The hotkey as the user writes it (`ctrl+alt+d`), read once where it
//! enters (Settings) and carried as a [`KeySpec`] to whatever registers it:
//! an X11 key grab, the desktop portal, or global-hotkey.

/// A hotkey spec such as `ctrl+alt+d`: modifiers, then one key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeySpec {
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
    pub super_key: bool,
    /// `a`..`z`, `0`..`9`, `f1`..`f12`, or `space`.
    pub key: String,
}

/// Why a hotkey as written cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{}",
    crate::t!("hotkey-invalid", keys = crate::protocol::text::printable(spec).into_owned(), why = why.to_string())
)]
pub struct KeySpecError {
    spec: String,
    why: Fault,
}

/// What is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
enum Fault {
    #[error("{}", crate::t!("hotkey-fault-empty"))]
    Empty,
    #[error(
        "{}",
        crate::t!("hotkey-fault-modifier", modifier = crate::protocol::text::printable(.0).into_owned())
    )]
    UnknownModifier(String),
    #[error("{}", crate::t!("hotkey-fault-key"))]
    BadKey,
    #[error("{}", crate::t!("hotkey-fault-no-modifier"))]
    NoModifier,
}

/// Reads `ctrl+alt+d` (case and spaces do not matter).
pub fn parse_spec(spec: &str) -> Result<KeySpec, KeySpecError> {
    let bad = |why| KeySpecError {
        spec: spec.to_string(),
        why,
    };
    let mut out = KeySpec {
        ctrl: false,
        alt: false,
        shift: false,
        super_key: false,
        key: String::new(),
    };
    let tokens: Vec<String> = spec
        .split('+')
        .map(|t| t.trim().to_ascii_lowercase())
        .collect();
    let Some((key, mods)) = tokens.split_last() else {
        return Err(bad(Fault::Empty));
    };
    for m in mods {
        match m.as_str() {
            "ctrl" | "control" => out.ctrl = true,
            "alt" | "option" => out.alt = true,
            "shift" => out.shift = true,
            "super" | "meta" | "win" | "cmd" => out.super_key = true,
            other => return Err(bad(Fault::UnknownModifier(other.to_string()))),
        }
    }
    let valid = match key.as_str() {
        k if k.len() == 1 => k.chars().all(|c| c.is_ascii_alphanumeric()),
        "space" => true,
        k => k
            .strip_prefix('f')
            .and_then(|n| n.parse::<u8>().ok())
            .is_some_and(|n| (1..=12).contains(&n)),
    };
    if !valid {
        return Err(bad(Fault::BadKey));
    }
    if !(out.ctrl || out.alt || out.super_key) {
        return Err(bad(Fault::NoModifier));
    }
    out.key = key.clone();
    Ok(out)
}

impl KeySpec {
    /// `ctrl+alt+d` as the XDG shortcuts spec writes a trigger: `CTRL+ALT+d`.
    pub fn portal_trigger(&self) -> String {
        let mut parts = Vec::new();
        if self.ctrl {
            parts.push("CTRL".to_string());
        }
        if self.alt {
            parts.push("ALT".to_string());
        }
        if self.shift {
            parts.push("SHIFT".to_string());
        }
        if self.super_key {
            parts.push("LOGO".to_string());
        }
        parts.push(match self.key.as_str() {
            "space" => "space".to_string(),
            key if key.starts_with('f') && key.len() > 1 => key.to_uppercase(),
            key => key.to_string(),
        });
        parts.join("+")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs() {
        let k = parse_spec("Ctrl+Alt+D").unwrap();
        assert!(k.ctrl && k.alt && !k.shift && k.key == "d");
        assert_eq!(parse_spec("super + f9").unwrap().key, "f9");
        assert!(parse_spec("ctrl+alt+").is_err());
        assert!(
            parse_spec("d")
                .unwrap_err()
                .to_string()
                .contains("at least")
        );
        let hyper = parse_spec("hyper+d").unwrap_err().to_string();
        assert_eq!(
            hyper,
            "the hotkey \u{201c}hyper+d\u{201d} is not valid (unknown modifier \u{201c}hyper\u{201d}); write it like ctrl+alt+d"
        );
        assert!(parse_spec("ctrl+f13").is_err());
        assert!(parse_spec("ctrl+é").is_err());
    }

    #[test]
    fn hotkeys_become_portal_triggers() {
        let t = |s: &str| parse_spec(s).unwrap().portal_trigger();
        assert_eq!(t("ctrl+alt+d"), "CTRL+ALT+d");
        assert_eq!(t("Super+Shift+F5"), "SHIFT+LOGO+F5");
        assert_eq!(t("ctrl+space"), "CTRL+space");
    }
}
