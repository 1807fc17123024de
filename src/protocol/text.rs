//! Text from the server, a contact file or a link, made safe to show where it
//! could be taken as instructions: a terminal (control codes) or a
//! notification body (markup).

use std::borrow::Cow;

/// Whether `c` would be acted on rather than shown: C0 and C1 control codes,
/// DEL, and the Unicode controls that reorder text (bidirectional overrides
/// and isolates), which can make a number read as another.
fn is_control(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// A call's duration as people read it: `4:05`, or past an hour `1:02:05`
/// (the window and the command line both).
pub fn clock(seconds: u64) -> String {
    if seconds >= 3600 {
        format!(
            "{}:{:02}:{:02}",
            seconds / 3600,
            seconds / 60 % 60,
            seconds % 60
        )
    } else {
        format!("{}:{:02}", seconds / 60, seconds % 60)
    }
}

/// `text` with every control character replaced by `�`: safe to print to a
/// terminal (no escape sequences, no bell, no title changes, no reordering).
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_control) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| if is_control(c) { '\u{fffd}' } else { c })
            .collect(),
    )
}

/// `text` in quotation marks, printable: how messages quote what the user
/// (or a server) wrote.
pub fn quoted(text: &str) -> String {
    format!("\u{201c}{}\u{201d}", printable(text))
}

/// `text` for a notification body on a server that reads markup: `&`, `<`
/// and `>` escaped (so `<a>` or `<img>` from a caller field stays text), and
/// control characters replaced as in [`printable`].
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in printable(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// The first `max` characters of `text` (all of it if shorter).
pub fn truncate_chars(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => text[..end].to_string(),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_counts_characters_not_bytes() {
        assert_eq!(truncate_chars("héllo", 2), "hé");
        assert_eq!(truncate_chars("héllo", 9), "héllo");
        assert_eq!(truncate_chars("", 0), "");
    }

    #[test]
    fn controls_are_replaced_and_plain_text_borrowed() {
        assert!(matches!(printable("(212) 555-0142"), Cow::Borrowed(_)));
        assert_eq!(printable("a\u{1b}[2Jb\u{9b}c\u{202e}d\u{7}"), "a�[2Jb�c�d�");
        assert_eq!(
            escape_markup("<a href=\"x\">Ada & co</a>\u{1b}"),
            "&lt;a href=\"x\"&gt;Ada &amp; co&lt;/a&gt;�"
        );
    }

    #[test]
    fn durations_read_as_minutes_then_hours() {
        assert_eq!(clock(0), "0:00");
        assert_eq!(clock(65), "1:05");
        assert_eq!(clock(3599), "59:59");
        assert_eq!(clock(3725), "1:02:05");
    }
}
