//! Text from a directory made safe to keep and show: names, companies,
//! titles and numbers arrive from servers and files anyone may fill.

use super::MAX_TEXT_CHARS;

/// Characters that reorder text (bidirectional overrides, isolates and
/// marks): a name could make a number read as another.
pub fn is_reordering(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// `text` as kept in the index: control characters and reordering marks
/// removed, runs of white space made one space, trimmed, and cut to
/// [`MAX_TEXT_CHARS`] characters (the last one `…` where it was cut). Reads
/// at most a bounded prefix, so a megabyte of name costs no more than a
/// page of it.
pub fn clean_text(text: &str) -> String {
    clean_bounded(text, MAX_TEXT_CHARS)
}

pub(crate) fn clean_bounded(text: &str, max: usize) -> String {
    let scan = max.saturating_mul(16).max(64);
    let mut out: Vec<char> = Vec::with_capacity(max.min(text.len()) + 1);
    let mut space = false;
    let mut unread = false;
    for (i, c) in text.chars().enumerate() {
        if i >= scan || out.len() > max {
            unread = true;
            break;
        }
        if c.is_whitespace() {
            space = !out.is_empty();
        } else if !(c.is_control() || is_reordering(c) || c == '\u{feff}') {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    if out.len() > max || (unread && out.len() == max) {
        out.truncate(max.saturating_sub(1));
        out.push('…');
    } else if unread {
        out.push('…');
    }
    out.into_iter().collect()
}

/// `%41` -> `A` (a DN in an LDAP URL's path); invalid escapes stay as typed.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_reordering_go_and_length_is_bounded() {
        assert_eq!(
            clean_text("  Ada \u{202e}Love\u{7}lace\u{1b}[2J \n"),
            "Ada Lovelace[2J"
        );
        assert_eq!(clean_text("\u{2066}\u{200f}"), "");
        let long = "N".repeat(1 << 20);
        let kept = clean_text(&long);
        assert_eq!(kept.chars().count(), MAX_TEXT_CHARS);
        assert!(kept.ends_with('…'));
        assert_eq!(clean_text("a\tb"), "a b");
        assert_eq!(clean_bounded("abcdef", 3), "ab…");
        assert_eq!(clean_bounded("abc", 3), "abc");
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("dc=example,dc=org"), "dc=example,dc=org");
        assert_eq!(percent_decode("ou=R%26D,dc=x"), "ou=R&D,dc=x");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%4"), "%4");
    }
}
