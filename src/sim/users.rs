//! The simulator's users: DID, PIN and the MAC of their phone.

use std::path::Path;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimUser {
    pub did: String,
    pub pin: String,
    pub endpoint: String,
    /// Blocked for API abuse: every command gets error 5.
    pub blocked: bool,
}

impl SimUser {
    pub fn new(did: &str, pin: &str, endpoint: &str) -> Self {
        Self {
            did: did.to_string(),
            pin: pin.to_string(),
            endpoint: endpoint.to_string(),
            blocked: false,
        }
    }
}

/// The built-in users. The first is the spec's own example.
pub fn demo_users() -> Vec<SimUser> {
    let mut blocked = SimUser::new("6465559999", "99999", "0010492e9999");
    blocked.blocked = true;
    vec![
        SimUser::new("6465551000", "12345", "0010492e1234"),
        SimUser::new("6465552000", "24680", "0010492e2000"),
        SimUser::new("6465553000", "13579", "0010492e3000"),
        blocked,
    ]
}

#[derive(Debug, thiserror::Error)]
pub enum UsersFileError {
    #[error("cannot read the users file {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}, line {line}: {reason}")]
    Line {
        path: String,
        line: usize,
        reason: String,
    },
    #[error("{path} lists no users")]
    Empty { path: String },
}

/// Reads a users file: one user a line, `DID PIN [ENDPOINT] [blocked]`;
/// blank lines and lines starting with `#` are skipped.
pub fn parse_users(text: &str, path: &str) -> Result<Vec<SimUser>, UsersFileError> {
    let mut users = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |reason: &str| UsersFileError::Line {
            path: path.to_string(),
            line: i + 1,
            reason: reason.to_string(),
        };
        let fields: Vec<&str> = line.split_whitespace().collect();
        let (did, pin) = match fields.as_slice() {
            [did, pin, ..] => (*did, *pin),
            _ => return Err(err("expected `DID PIN [ENDPOINT] [blocked]`")),
        };
        if !did.chars().all(|c| c.is_ascii_digit()) {
            return Err(err("the DID must be digits only"));
        }
        let mut user = SimUser::new(did, pin, "");
        for extra in &fields[2..] {
            if extra.eq_ignore_ascii_case("blocked") {
                user.blocked = true;
            } else if user.endpoint.is_empty() {
                user.endpoint = extra.to_string();
            } else {
                return Err(err(&format!("unexpected field {extra:?}")));
            }
        }
        if user.endpoint.is_empty() {
            user.endpoint = format!("00104{:0>7}", &did[did.len().saturating_sub(7)..]);
        }
        if users.iter().any(|u: &SimUser| u.did == user.did) {
            return Err(err("this DID is listed twice"));
        }
        users.push(user);
    }
    if users.is_empty() {
        return Err(UsersFileError::Empty {
            path: path.to_string(),
        });
    }
    Ok(users)
}

pub fn load_users(path: &Path) -> Result<Vec<SimUser>, UsersFileError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| UsersFileError::Read {
        path: shown.clone(),
        source,
    })?;
    parse_users(&text, &shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_users_file() {
        let users = parse_users(
            "# demo\n6465551000 12345 0010492e1234\n\n2125550000 777 blocked\n",
            "u",
        )
        .unwrap();
        assert_eq!(users.len(), 2);
        assert_eq!(
            users[0],
            SimUser::new("6465551000", "12345", "0010492e1234")
        );
        assert!(users[1].blocked);
        assert_eq!(users[1].endpoint, "001045550000");
    }

    #[test]
    fn bad_lines_name_the_line() {
        let err = parse_users("6465551000\n", "u").unwrap_err().to_string();
        assert!(err.contains("line 1"), "{err}");
        let err = parse_users("abc 1\n", "u").unwrap_err().to_string();
        assert!(err.contains("digits"), "{err}");
        assert!(parse_users("# nothing\n", "u").is_err());
        assert!(parse_users("1 2\n1 3\n", "u").is_err());
    }
}
