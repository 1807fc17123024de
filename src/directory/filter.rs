//! LDAP search filters (RFC 4515). Every piece of text from a user (or a
//! settings file) put into a filter goes through [`escape`]: `*`, `(`, `)`,
//! `\` and NUL become `\2a`, `\28`, `\29`, `\5c`, `\00`, so a query like
//! `*)(cn=*` is a literal string that matches nobody rather than a filter
//! that matches everyone.

/// The attributes numbers are read from (never `facsimileTelephoneNumber`:
/// a fax is not a phone).
pub const NUMBER_ATTRIBUTES: [&str; 5] = [
    "telephoneNumber",
    "mobile",
    "homePhone",
    "ipPhone",
    "otherTelephone",
];

/// Everything a sync asks for: numbers, names, company, department, title
/// (`o` and `ou` stand in for company and department in inetOrgPerson
/// trees that have no `company` or `department`).
pub const ATTRIBUTES: [&str; 14] = [
    "telephoneNumber",
    "mobile",
    "homePhone",
    "ipPhone",
    "otherTelephone",
    "displayName",
    "cn",
    "givenName",
    "sn",
    "company",
    "department",
    "title",
    "o",
    "ou",
];

/// People with at least one number.
pub fn people_with_numbers() -> String {
    let any: String = NUMBER_ATTRIBUTES
        .iter()
        .map(|a| format!("({a}=*)"))
        .collect();
    format!("(&(objectClass=person)(|{any}))")
}

/// `value` escaped for an assertion value of a filter (RFC 4515 section 3).
pub fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '*' => out.push_str("\\2a"),
            '(' => out.push_str("\\28"),
            ')' => out.push_str("\\29"),
            '\\' => out.push_str("\\5c"),
            '\0' => out.push_str("\\00"),
            c => out.push(c),
        }
    }
    out
}

/// `(attribute=value)`, the value escaped.
pub fn equals(attribute: &str, value: &str) -> String {
    format!("({attribute}={})", escape(value))
}

/// People whose name contains every word of `query` (each word escaped):
/// a live search of the directory, like the ShoreTel and Cisco clients'.
pub fn people_named(query: &str) -> Option<String> {
    let words: Vec<&str> = query.split_whitespace().take(8).collect();
    if words.is_empty() {
        return None;
    }
    let each: String = words
        .iter()
        .map(|w| {
            let w = escape(&crate::protocol::text::truncate_chars(w, 64));
            format!("(|(displayName=*{w}*)(cn=*{w}*)(givenName={w}*)(sn={w}*))")
        })
        .collect();
    Some(format!("(&(objectClass=person){each})"))
}

/// The entry a user name (`ada@corp.example.com`, or `ada`) signs in as, on
/// servers that take only DNs in a bind (OpenLDAP): by `userPrincipalName`,
/// `mail` or `uid`.
pub fn user_entry(user: &str) -> String {
    let local = user.split('@').next().unwrap_or(user);
    format!(
        "(|{}{}{})",
        equals("userPrincipalName", user),
        equals("mail", user),
        equals("uid", local)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_cannot_change_a_filter() {
        assert_eq!(escape("*)(cn=*"), "\\2a\\29\\28cn=\\2a");
        assert_eq!(escape("a\\b\0"), "a\\5cb\\00");
        assert_eq!(escape("Zoë O'Brien"), "Zoë O'Brien");
        assert_eq!(
            equals("uid", "*)(uid=*))(|(uid=*"),
            "(uid=\\2a\\29\\28uid=\\2a\\29\\29\\28|\\28uid=\\2a)"
        );
        let f = people_named("*)(cn=*").unwrap();
        // The only parentheses and stars left are the filter's own.
        assert_eq!(
            f,
            "(&(objectClass=person)(|(displayName=*\\2a\\29\\28cn=\\2a*)(cn=*\\2a\\29\\28cn=\\2a*)(givenName=\\2a\\29\\28cn=\\2a*)(sn=\\2a\\29\\28cn=\\2a*)))"
        );
        assert_eq!(people_named("   "), None);
        assert_eq!(
            user_entry("ada@corp.example.com"),
            "(|(userPrincipalName=ada@corp.example.com)(mail=ada@corp.example.com)(uid=ada))"
        );
        assert_eq!(
            user_entry("*"),
            "(|(userPrincipalName=\\2a)(mail=\\2a)(uid=\\2a))"
        );
    }

    #[test]
    fn the_sync_filter_asks_for_no_fax() {
        let f = people_with_numbers();
        assert!(f.contains("(ipPhone=*)") && f.contains("(otherTelephone=*)"));
        assert!(!f.to_ascii_lowercase().contains("fax"));
        assert!(
            !ATTRIBUTES
                .iter()
                .any(|a| a.to_ascii_lowercase().contains("fax"))
        );
    }
}
