//! Caller names: contacts read from vCard (.vcf) and CSV files, and the number
//! key that lets `+1 (646) 555-1234`, `6465551234` and `16465551234` match.

use std::path::Path;

/// One name with one number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub number: String,
}

/// The largest contacts file read: 16 MiB (tens of thousands of cards).
pub const MAX_FILE_BYTES: u64 = 16 << 20;
/// The most numbers one import takes.
pub const MAX_CONTACTS: usize = 100_000;
/// Names longer than this are cut (with `…`); numbers longer than
/// [`MAX_NUMBER_CHARS`] are left out (no phone number is that long).
pub const MAX_NAME_CHARS: usize = 256;
pub const MAX_NUMBER_CHARS: usize = 64;

/// Shown in the user's language (`Display`).
#[derive(Debug, thiserror::Error)]
pub enum ContactsError {
    #[error("{}", crate::t!("contacts-cannot-read", path = path, error = source.to_string()))]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{}", crate::t!("contacts-unknown-format", path = path))]
    UnknownFormat { path: String },
    #[error("{path}: {reason}")]
    Csv { path: String, reason: String },
    #[error("{}", crate::t!("contacts-too-large", path = path, size_mb = size_mb))]
    TooLarge { path: String, size_mb: u64 },
    #[error("{}", crate::t!("contacts-too-many", path = path, max = MAX_CONTACTS))]
    TooMany { path: String },
}

/// How a caller is named on screen: the contact's name, else the number
/// as people write it. The one place a caller's label is written (the
/// calls list, the screen pop, the tray).
pub fn caller_label(name: Option<&str>, number: &str) -> String {
    match name {
        Some(name) => name.to_string(),
        None => crate::protocol::number::readable(number),
    }
}

/// The caller's name with the number, `Ada Lovelace ((212) 555-0142)`, or
/// the number alone (the history, the tray's recent calls, `watch`).
pub fn caller_label_with_number(name: Option<&str>, number: &str) -> String {
    let number = crate::protocol::number::readable(number);
    match name {
        Some(name) => format!("{name} ({number})"),
        None => number,
    }
}

/// The number without its extension, and the extension's digits:
/// `6465551234 x22`, `+1 646 555 1234 ext. 22`, `tel:+16465551234;ext=22`
/// and `6465551234#22` are the line `6465551234` with extension `22`. An
/// extension is 1 to 6 digits after a marker (`x`, `ext`, `extension`,
/// `;ext=`, `#`, `,`) that ends the text, after at least 4 digits.
pub fn split_extension(number: &str) -> (&str, Option<&str>) {
    let text = number.trim_end();
    let lower = text.to_ascii_lowercase();
    for marker in [";ext=", "extension", "ext.", "ext", "x", "#", ","] {
        let Some(at) = lower.rfind(marker) else {
            continue;
        };
        let before = &text[..at];
        let after = text[at + marker.len()..].trim_start_matches([' ', '.', ':', '=']);
        let digits_before = before.chars().filter(char::is_ascii_digit).count();
        if digits_before >= 4
            && (1..=6).contains(&after.len())
            && after.chars().all(|c| c.is_ascii_digit())
        {
            return (before.trim_end(), Some(after));
        }
    }
    (text, None)
}

/// The key numbers are matched by: digits only, without the international
/// prefix (`+`, `011`, `00`), without North America's leading `1` and
/// without an extension (`6465551234 x22` is the line `6465551234`).
/// `None` when the text holds fewer than 4 digits.
pub fn match_key(number: &str) -> Option<String> {
    let trimmed = split_extension(number.trim()).0.trim();
    let trimmed = trimmed
        .strip_prefix("tel:")
        .or_else(|| trimmed.strip_prefix("TEL:"))
        .unwrap_or(trimmed);
    let plus = trimmed.trim_start().starts_with('+');
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 4 {
        return None;
    }
    let international = if plus {
        Some(digits.as_str())
    } else if let Some(rest) = digits.strip_prefix("011") {
        Some(rest)
    } else if digits.len() > 6 {
        digits.strip_prefix("00")
    } else {
        None
    };
    let key = match international {
        Some(rest) if rest.len() == 11 && rest.starts_with('1') => &rest[1..],
        Some(rest) => rest,
        None if digits.len() == 11 && digits.starts_with('1') => &digits[1..],
        None => digits.as_str(),
    };
    Some(key.to_string())
}

/// Reads contacts from a file, by its extension or, failing that, its content.
pub fn read_file(path: &Path) -> Result<Vec<Contact>, ContactsError> {
    use std::io::Read;
    let shown = path.display().to_string();
    let read_err = |source| ContactsError::Read {
        path: shown.clone(),
        source,
    };
    let file = std::fs::File::open(path).map_err(read_err)?;
    // Read one byte past the limit: a file that grows while read is still caught.
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_err)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        let size = std::fs::metadata(path).map_or(bytes.len() as u64, |m| m.len());
        return Err(ContactsError::TooLarge {
            path: shown,
            size_mb: size.div_ceil(1 << 20),
        });
    }
    let text = String::from_utf8_lossy(&bytes);
    let text = text.trim_start_matches('\u{feff}');
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let looks_vcard = text
        .trim_start()
        .to_ascii_uppercase()
        .starts_with("BEGIN:VCARD");
    let contacts = if ext.as_deref() == Some("vcf") || looks_vcard {
        parse_vcard(text)
    } else {
        parse_csv(text, &shown)?
    };
    if contacts.len() > MAX_CONTACTS {
        return Err(ContactsError::TooMany { path: shown });
    }
    Ok(contacts)
}

/// A contact as kept: the name bounded, and only a number of a sane length.
fn contact(name: &str, number: &str) -> Option<Contact> {
    let number = number.trim();
    (number.chars().count() <= MAX_NUMBER_CHARS && match_key(number).is_some()).then(|| Contact {
        name: crate::protocol::number::bounded(name.trim(), MAX_NAME_CHARS),
        number: number.to_string(),
    })
}

/// Reads every `TEL` of every card, named by `FN` (or `N`, or `ORG`).
pub fn parse_vcard(text: &str) -> Vec<Contact> {
    // Unfold continuation lines (RFC 6350 3.2).
    let mut lines: Vec<String> = Vec::new();
    for raw in text.lines() {
        let raw = raw.trim_end_matches('\r');
        if let Some(rest) = raw.strip_prefix([' ', '\t'])
            && let Some(last) = lines.last_mut()
        {
            last.push_str(rest);
            continue;
        }
        lines.push(raw.to_string());
    }
    let mut contacts = Vec::new();
    let (mut fn_name, mut n_name, mut org, mut tels) = (None, None, None, Vec::new());
    for line in lines {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        // `item1.TEL;TYPE=work` -> `TEL`
        let name = key.split(';').next().unwrap_or("");
        let name = name.rsplit('.').next().unwrap_or(name).to_ascii_uppercase();
        let value = unescape_vcard(value.trim());
        match name.as_str() {
            "BEGIN" => {
                (fn_name, n_name, org, tels) = (None, None, None, Vec::new());
            }
            "FN" if !value.is_empty() => fn_name = Some(value),
            "N" => {
                let parts: Vec<&str> = value.split(';').collect();
                let given = parts.get(1).copied().unwrap_or("");
                let family = parts.first().copied().unwrap_or("");
                let joined = format!("{given} {family}").trim().to_string();
                if !joined.is_empty() {
                    n_name = Some(joined);
                }
            }
            "ORG" if !value.is_empty() => org = Some(value.replace(';', " ").trim().to_string()),
            "TEL" if !value.is_empty() => tels.push(value),
            "END" => {
                if let Some(name) = fn_name.take().or(n_name.take()).or(org.take()) {
                    contacts.extend(tels.drain(..).filter_map(|number| contact(&name, &number)));
                }
                tels.clear();
            }
            _ => {}
        }
    }
    contacts
}

fn unescape_vcard(value: &str) -> String {
    value
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\n", " ")
        .replace("\\N", " ")
        .replace("\\\\", "\\")
}

/// Reads a CSV export (Google, Outlook, or any file with a name column and
/// phone columns). Every phone column of a row becomes a contact.
pub fn parse_csv(text: &str, path: &str) -> Result<Vec<Contact>, ContactsError> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| ContactsError::Csv {
            path: path.to_string(),
            reason: e.to_string(),
        })?
        .iter()
        .map(|h| h.to_ascii_lowercase())
        .collect();
    let find = |names: &[&str]| headers.iter().position(|h| names.contains(&h.as_str()));
    let name_col = find(&["name", "full name", "display name", "fn", "contact"]);
    let first_col = find(&["first name", "given name", "first"]);
    let last_col = find(&["last name", "family name", "surname", "last"]);
    let org_col = find(&[
        "company",
        "organization",
        "organisation",
        "organization 1 - name",
    ]);
    let phone_cols: Vec<usize> = headers
        .iter()
        .enumerate()
        .filter(|(_, h)| {
            let phoneish = ["phone", "mobile", "tel", "number", "cell", "fax"]
                .iter()
                .any(|w| h.contains(w));
            let label = ["type", "label"].iter().any(|w| h.contains(w));
            phoneish && !label && !h.contains("fax")
        })
        .map(|(i, _)| i)
        .collect();
    if phone_cols.is_empty()
        || (name_col.is_none() && first_col.is_none() && last_col.is_none() && org_col.is_none())
    {
        return Err(ContactsError::UnknownFormat {
            path: path.to_string(),
        });
    }
    let mut contacts = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| ContactsError::Csv {
            path: path.to_string(),
            reason: e.to_string(),
        })?;
        let get = |i: Option<usize>| {
            i.and_then(|i| record.get(i))
                .unwrap_or("")
                .trim()
                .to_string()
        };
        let mut name = get(name_col);
        if name.is_empty() {
            name = format!("{} {}", get(first_col), get(last_col))
                .trim()
                .to_string();
        }
        if name.is_empty() {
            name = get(org_col);
        }
        if name.is_empty() {
            continue;
        }
        for &col in &phone_cols {
            // Google exports put several numbers in one cell, separated by " ::: ".
            contacts.extend(
                record
                    .get(col)
                    .unwrap_or("")
                    .split(":::")
                    .filter_map(|number| contact(&name, number)),
            );
        }
    }
    Ok(contacts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_names_and_numbers_are_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.vcf");
        let card = "BEGIN:VCARD\nFN:A\nTEL:2125550142\nEND:VCARD\n";
        std::fs::write(
            &big,
            card.repeat((MAX_FILE_BYTES as usize / card.len()) + 2),
        )
        .unwrap();
        let err = read_file(&big).unwrap_err().to_string();
        assert!(err.contains("up to 16 MB"), "{err}");
        let many = dir.path().join("many.csv");
        let mut csv = String::from("Name,Phone\n");
        for i in 0..=MAX_CONTACTS {
            csv.push_str(&format!("P{i},212555{:04}\n", i % 10_000));
        }
        std::fs::write(&many, csv).unwrap();
        assert!(matches!(
            read_file(&many),
            Err(ContactsError::TooMany { .. })
        ));
        let long = format!(
            "BEGIN:VCARD\nFN:{}\nTEL:2125550142\nTEL:{}\nEND:VCARD\n",
            "N".repeat(100_000),
            "1".repeat(100_000)
        );
        let contacts = parse_vcard(&long);
        assert_eq!(contacts.len(), 1, "the 100,000-digit number is left out");
        assert_eq!(contacts[0].name.chars().count(), MAX_NAME_CHARS);
    }

    #[test]
    fn keys_match_whatever_the_formatting() {
        let key = Some("6465551234".to_string());
        for n in [
            "+1 (646) 555-1234",
            "6465551234",
            "16465551234",
            "1-646-555-1234",
            "tel:+16465551234",
            "011 1 646 555 1234",
        ] {
            assert_eq!(match_key(n), key, "{n}");
        }
        let uk = Some("442079460958".to_string());
        for n in [
            "+44 20 7946 0958",
            "011 44 20 7946 0958",
            "0044 20 7946 0958",
        ] {
            assert_eq!(match_key(n), uk, "{n}");
        }
        for n in [
            "6465551234 x22",
            "646.555.1234 ext. 22",
            "+1 (646) 555-1234 extension 22",
            "tel:+16465551234;ext=22",
            "6465551234#22",
            "+16465551234",
            "646.555.1234",
        ] {
            assert_eq!(match_key(n), key, "{n}");
        }
        assert_eq!(
            split_extension("6465551234 x22"),
            ("6465551234", Some("22"))
        );
        assert_eq!(split_extension("6465551234"), ("6465551234", None));
        // Too short before the marker, or letters after it: no extension.
        assert_eq!(split_extension("12 x34"), ("12 x34", None));
        assert_eq!(split_extension("1-800-FLOWERS"), ("1-800-FLOWERS", None));
        assert_eq!(match_key("1234"), Some("1234".into()));
        assert_eq!(match_key("12"), None);
        assert_eq!(match_key("no number"), None);
    }

    #[test]
    fn reads_vcards_with_folding_and_groups() {
        let vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\n  Lovelace\r\nTEL;TYPE=work:+1 212 555 0142\r\nitem1.TEL:212-555-0143\r\nEND:VCARD\r\nBEGIN:VCARD\r\nN:Hopper;Grace;;;\r\nTEL:4155550199\r\nEND:VCARD\r\nBEGIN:VCARD\r\nTEL:1\r\nEND:VCARD\r\n";
        let contacts = parse_vcard(vcf);
        assert_eq!(
            contacts,
            vec![
                Contact {
                    name: "Ada Lovelace".into(),
                    number: "+1 212 555 0142".into()
                },
                Contact {
                    name: "Ada Lovelace".into(),
                    number: "212-555-0143".into()
                },
                Contact {
                    name: "Grace Hopper".into(),
                    number: "4155550199".into()
                },
            ]
        );
    }

    #[test]
    fn reads_google_and_outlook_csv() {
        let google = "Name,Given Name,Phone 1 - Type,Phone 1 - Value\nAlan Turing,Alan,Work,+44 20 7946 0958 ::: +44 20 7946 0959\n";
        let contacts = parse_csv(google, "g.csv").unwrap();
        assert_eq!(contacts.len(), 2);
        assert_eq!(contacts[0].name, "Alan Turing");
        assert_eq!(contacts[1].number, "+44 20 7946 0959");
        let outlook = "First Name,Last Name,Business Phone,Mobile Phone,Business Fax\n\"Johnson\",\"Katherine\",757-555-0123,,757-555-9999\n";
        let contacts = parse_csv(outlook, "o.csv").unwrap();
        assert_eq!(
            contacts,
            vec![Contact {
                name: "Johnson Katherine".into(),
                number: "757-555-0123".into()
            }]
        );
        assert!(matches!(
            parse_csv("a,b\n1,2\n", "x.csv"),
            Err(ContactsError::UnknownFormat { .. })
        ));
    }
}
