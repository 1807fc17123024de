//! The pseudo-locale `qps`: English with every letter accented and about
//! 40 % more of them, each message in brackets. Text that did not go
//! through the translation layer stands out in plain ASCII, and a layout
//! that cuts or pushes out longer words shows it. Arguments (numbers,
//! names) are left as they are, so a screen stays usable.

use std::borrow::Cow;

/// Fluent's text transform: applied to the text of a message, never to
/// its arguments.
pub(super) fn transform(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    let (mut letters, mut extra) = (0usize, 0usize);
    for c in text.chars() {
        let accented = accent(c);
        out.push(accented);
        if c.is_ascii_alphabetic() {
            letters += 1;
            // Double letters as needed to stay at 40 % more.
            if extra * 5 < letters * 2 {
                out.push(accented);
                extra += 1;
            }
        }
    }
    Cow::Owned(out)
}

/// A whole message, bracketed so that a cut end shows.
pub(super) fn bracket(text: &str) -> String {
    format!("[{text}]")
}

/// Every letter has a glyph in the window's font (egui's Ubuntu-Light:
/// Latin-1, Latin Extended-A and -B, Cyrillic): m, v and x borrow the
/// Cyrillic letters that look like them, where IPA's ɱ and the
/// dotted/tilded ṽ ẋ were boxes on screen (and a panic in the UI tests).
fn accent(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "åƀçđéƒĝĥîĵķļмñöþǫŕšţûѵŵхýžÅƁÇĐÉƑĜĤÎĴĶĻМÑÖÞǪŔŠŢÛѴŴХÝŽ";
    FROM.find(c).and_then(|i| TO.chars().nth(i)).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_accented_and_forty_percent_more() {
        let out = transform("Answer the call");
        let letters = "Answer the call"
            .chars()
            .filter(char::is_ascii_alphabetic)
            .count();
        let more = out.chars().filter(|c| !c.is_whitespace()).count() - letters;
        assert_eq!(more, (letters * 2).div_ceil(5), "40 % more: {out}");
        assert_eq!(transform("12:05, (5) …"), "12:05, (5) …");
        assert!(!out.chars().any(|c| c.is_ascii_alphabetic()));
    }
}
