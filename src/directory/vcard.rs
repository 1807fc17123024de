//! vCards (3.0, RFC 2426, and 4.0, RFC 6350; 2.1's bare types too): read
//! into people with typed numbers, and written as vCard 4.0 for export.
//!
//! Bounded: a card of more than [`MAX_CARD_LINES`] lines or
//! [`MAX_CARD_BYTES`] bytes is refused whole (with a reason), the rest of
//! the file or address book is still read.

use super::index::NumberKind;
use super::limits::{MAX_CARD_BYTES, MAX_CARD_LINES};

/// One card, as read (text not yet cleaned: the index cleans it).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Card {
    pub uid: String,
    pub name: String,
    pub company: String,
    pub department: String,
    pub title: String,
    pub numbers: Vec<(NumberKind, String)>,
}

/// Why a card was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CardError {
    #[error("a card of more than {MAX_CARD_LINES} lines")]
    TooManyLines,
    #[error("a card of more than {} MB", MAX_CARD_BYTES >> 20)]
    TooLarge,
    #[error("no BEGIN:VCARD ... END:VCARD")]
    NotACard,
    #[error("a card without a name (FN, N or ORG)")]
    NoName,
}

/// Reads the one card of a CardDAV resource.
pub fn parse_card(text: &str) -> Result<Card, CardError> {
    let mut cards = parse_cards(text);
    match cards.len() {
        0 => Err(CardError::NotACard),
        _ => cards.swap_remove(0),
    }
}

/// Reads every card of a file, each one on its own: a bad card is an error
/// in its place, the others are read.
pub fn parse_cards(text: &str) -> Vec<Result<Card, CardError>> {
    let mut out = Vec::new();
    let mut current: Option<(Vec<String>, usize, Option<CardError>)> = None;
    for raw in text.split('\n') {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let Some((lines, bytes, error)) = current.as_mut() else {
            if raw.trim().eq_ignore_ascii_case("BEGIN:VCARD") {
                current = Some((Vec::new(), 0, None));
            }
            continue;
        };
        if raw.trim().eq_ignore_ascii_case("END:VCARD") {
            let (lines, _, error) = current.take().unwrap_or_default();
            out.push(match error {
                Some(e) => Err(e),
                None => card_from(&lines),
            });
            continue;
        }
        if error.is_some() {
            continue;
        }
        *bytes += raw.len() + 1;
        if *bytes > MAX_CARD_BYTES {
            *error = Some(CardError::TooLarge);
            lines.clear();
            continue;
        }
        // Unfold continuation lines (a space or tab starts them).
        if let Some(rest) = raw.strip_prefix([' ', '\t'])
            && let Some(last) = lines.last_mut()
        {
            last.push_str(rest);
            continue;
        }
        if lines.len() >= MAX_CARD_LINES {
            *error = Some(CardError::TooManyLines);
            lines.clear();
            continue;
        }
        lines.push(raw.to_string());
    }
    if let Some((_, _, error)) = current {
        out.push(Err(error.unwrap_or(CardError::NotACard)));
    }
    out
}

/// Splits a value on unescaped `sep`, unescaping each part.
fn split_unescaped(value: &str, sep: char) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n' | 'N') => parts.last_mut().map_or((), |p| p.push(' ')),
                Some(other) => parts.last_mut().map_or((), |p| p.push(other)),
                None => {}
            },
            c if c == sep => parts.push(String::new()),
            c => parts.last_mut().map_or((), |p| p.push(c)),
        }
    }
    parts
}

fn unescape(value: &str) -> String {
    split_unescaped(value, '\u{0}').concat()
}

/// The types a property's parameters give (`TYPE=work,voice`, `TYPE="cell"`,
/// and 2.1's bare `WORK;CELL`), lowercase.
fn types(params: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for p in params {
        let (key, value) = match p.split_once('=') {
            Some((k, v)) => (k.trim().to_ascii_lowercase(), v),
            None => ("type".to_string(), *p),
        };
        if key != "type" {
            continue;
        }
        for t in value.trim_matches('"').split(',') {
            out.push(t.trim().trim_matches('"').to_ascii_lowercase());
        }
    }
    out
}

fn kind_of(types: &[String]) -> NumberKind {
    let has = |t: &str| types.iter().any(|x| x == t);
    if has("cell") || has("mobile") || has("iphone") {
        NumberKind::Mobile
    } else if has("home") {
        NumberKind::Home
    } else if has("work") || has("main") {
        NumberKind::Work
    } else {
        NumberKind::Other
    }
}

fn card_from(lines: &[String]) -> Result<Card, CardError> {
    let mut card = Card::default();
    let (mut fn_name, mut n_name) = (None, None);
    for line in lines {
        // The value starts after the first colon outside a quoted parameter.
        let mut quoted = false;
        let Some(colon) = line.char_indices().find_map(|(i, c)| {
            if c == '"' {
                quoted = !quoted;
            }
            (c == ':' && !quoted).then_some(i)
        }) else {
            continue;
        };
        let (head, value) = (&line[..colon], &line[colon + 1..]);
        let mut params: Vec<&str> = head.split(';').collect();
        let name = params.remove(0);
        // `item1.TEL` -> `TEL`
        let name = name.rsplit('.').next().unwrap_or(name).to_ascii_uppercase();
        match name.as_str() {
            "FN" => {
                let v = unescape(value.trim());
                if !v.trim().is_empty() {
                    fn_name = Some(v);
                }
            }
            "N" => {
                let parts = split_unescaped(value, ';');
                let family = parts.first().map_or("", |s| s.trim());
                let given = parts.get(1).map_or("", |s| s.trim());
                let joined = format!("{given} {family}").trim().to_string();
                if !joined.is_empty() {
                    n_name = Some(joined);
                }
            }
            "ORG" => {
                let parts = split_unescaped(value, ';');
                card.company = parts
                    .first()
                    .map_or(String::new(), |s| s.trim().to_string());
                card.department = parts.get(1).map_or(String::new(), |s| s.trim().to_string());
            }
            "TITLE" => card.title = unescape(value.trim()),
            "UID" => card.uid = unescape(value.trim()),
            "TEL" => {
                let mut number = unescape(value.trim());
                if let Some(rest) = number
                    .strip_prefix("tel:")
                    .or_else(|| number.strip_prefix("TEL:"))
                {
                    number = rest.to_string();
                }
                let t = types(&params);
                if t.iter().any(|x| x == "fax") {
                    // A fax is not a phone.
                    continue;
                }
                if !number.trim().is_empty() {
                    card.numbers.push((kind_of(&t), number.trim().to_string()));
                }
            }
            _ => {}
        }
    }
    card.name = match fn_name.or(n_name) {
        Some(name) => name,
        None if !card.company.is_empty() => card.company.clone(),
        None => return Err(CardError::NoName),
    };
    Ok(card)
}

/// `text` escaped for a vCard value.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (never inside a character), CRLF-ended.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// A person as a vCard 4.0.
pub fn write_card(card: &Card) -> String {
    let mut out = String::new();
    fold("BEGIN:VCARD", &mut out);
    fold("VERSION:4.0", &mut out);
    if !card.uid.is_empty() {
        fold(&format!("UID:{}", escape(&card.uid)), &mut out);
    }
    fold(&format!("FN:{}", escape(&card.name)), &mut out);
    if !card.company.is_empty() || !card.department.is_empty() {
        let org = if card.department.is_empty() {
            escape(&card.company)
        } else {
            format!("{};{}", escape(&card.company), escape(&card.department))
        };
        fold(&format!("ORG:{org}"), &mut out);
    }
    if !card.title.is_empty() {
        fold(&format!("TITLE:{}", escape(&card.title)), &mut out);
    }
    for (kind, number) in &card.numbers {
        let ty = match kind {
            NumberKind::Work => "work,voice",
            NumberKind::Mobile => "cell",
            NumberKind::Home => "home,voice",
            NumberKind::Ip => "work,voice,x-ip",
            NumberKind::Other => "voice",
        };
        fold(
            &format!("TEL;VALUE=text;TYPE=\"{ty}\":{}", escape(number)),
            &mut out,
        );
    }
    fold("END:VCARD", &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_vcard_3_and_4() {
        let v3 = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lovelace;Ada;;;\r\nFN:Ada\r\n  Lovelace\r\nORG:Analytical\\, Ltd;Engines\r\nTITLE:Countess\r\nTEL;TYPE=WORK,VOICE:+1 (646) 555-1234\r\nitem1.TEL;TYPE=CELL:646.555.0000\r\nTEL;TYPE=WORK,FAX:6465559999\r\nTEL;HOME:2125550142\r\nEND:VCARD\r\n";
        let card = parse_card(v3).unwrap();
        assert_eq!(card.name, "Ada Lovelace");
        assert_eq!(card.company, "Analytical, Ltd");
        assert_eq!(card.department, "Engines");
        assert_eq!(card.title, "Countess");
        assert_eq!(
            card.numbers,
            vec![
                (NumberKind::Work, "+1 (646) 555-1234".into()),
                (NumberKind::Mobile, "646.555.0000".into()),
                (NumberKind::Home, "2125550142".into()),
            ],
            "no fax"
        );
        let v4 = "BEGIN:VCARD\nVERSION:4.0\nUID:urn:uuid:1\nN:Hopper;Grace;;;\nTEL;VALUE=uri;TYPE=\"work,voice\";PREF=1:tel:+1-415-555-0199;ext=22\nEND:VCARD\n";
        let card = parse_card(v4).unwrap();
        assert_eq!(card.name, "Grace Hopper");
        assert_eq!(card.uid, "urn:uuid:1");
        assert_eq!(
            card.numbers,
            vec![(NumberKind::Work, "+1-415-555-0199;ext=22".into())]
        );
        assert_eq!(
            parse_card("BEGIN:VCARD\nTEL:1234\nEND:VCARD"),
            Err(CardError::NoName)
        );
        assert_eq!(parse_card("nothing"), Err(CardError::NotACard));
    }

    #[test]
    fn huge_cards_are_refused_and_the_rest_read() {
        let mut text = String::from("BEGIN:VCARD\nFN:Huge\n");
        for i in 0..100_000 {
            text.push_str(&format!("NOTE:{i}\n"));
        }
        text.push_str("END:VCARD\nBEGIN:VCARD\nFN:Ada\nTEL:6465551234\nEND:VCARD\n");
        let cards = parse_cards(&text);
        assert_eq!(cards.len(), 2);
        assert_eq!(cards[0], Err(CardError::TooManyLines));
        assert_eq!(cards[1].as_ref().unwrap().name, "Ada");
        let big = format!(
            "BEGIN:VCARD\nFN:{}\nEND:VCARD\n",
            "x".repeat(MAX_CARD_BYTES + 1)
        );
        assert_eq!(parse_card(&big), Err(CardError::TooLarge));
    }

    #[test]
    fn written_cards_read_back_the_same() {
        let card = Card {
            uid: "local:1".into(),
            name: "Zoë O'Brien, Jr.; the \\ one".into(),
            company: "Acme; Inc".into(),
            department: "R&D".into(),
            title: "Engineer".into(),
            numbers: vec![
                (NumberKind::Work, "+1 (646) 555-1234 x22".into()),
                (NumberKind::Mobile, "917 555 0000".into()),
                (NumberKind::Home, "2125550142".into()),
                (NumberKind::Ip, "4321".into()),
                (NumberKind::Other, "+44 20 7946 0958".into()),
            ],
        };
        let mut long = card.clone();
        long.name = "Ä".repeat(200);
        for c in [card, long] {
            let text = write_card(&c);
            assert!(text.lines().all(|l| l.len() <= 76), "{text}");
            let mut back = parse_card(&text).unwrap();
            // The IP phone reads back as a work number (vCard has no IP type).
            back.numbers[3].0 = NumberKind::Ip;
            assert_eq!(back, c);
            // The plain contacts reader takes it too.
            let plain = crate::contacts::parse_vcard(&text);
            assert_eq!(plain.len(), 5);
        }
    }
}
