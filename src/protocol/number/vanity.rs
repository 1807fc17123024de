//! Numbers spelt with letters, as North American businesses advertise them:
//! `1-800-FLOWERS` is 1-800-356-9377 on a phone's keypad (ITU E.161: ABC 2,
//! DEF 3, GHI 4, JKL 5, MNO 6, PQRS 7, TUV 8, WXYZ 9).

use super::{NumberError, is_separator};

/// The most characters a spelt number keeps for display.
const MAX_FORM: usize = 40;

/// A number read from its letters.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Spelt {
    /// The 10 digits after the country code 1.
    pub digits: String,
    /// The text as written, for display (`1-800-FLOWERS`).
    pub form: String,
}

/// The key a letter is on.
fn key(letter: char) -> Option<char> {
    Some(match letter.to_ascii_uppercase() {
        'A'..='C' => '2',
        'D'..='F' => '3',
        'G'..='I' => '4',
        'J'..='L' => '5',
        'M'..='O' => '6',
        'P'..='S' => '7',
        'T'..='V' => '8',
        'W'..='Z' => '9',
        _ => return None,
    })
}

/// Reads `text` as a North American number spelt with letters.
///
/// `None` when it is not shaped like one, so that the caller says what is
/// wrong with it as with any text with letters (`call me at 6465551234`,
/// `hello`). Shaped like one: an optional `+1` or `1`, an area code in use
/// (`nanp::IN_USE`) in digits, then digits and letters in which a word of at least three letters
/// starts before the 7 digits after the area code are complete (so neither
/// `646A555123` nor `6465551234 ext` is one). `Some(Err)` when it is shaped
/// like one but does not spell 10 digits after the 1 (`1-800-FLOWERS-NOW`:
/// 13).
pub(crate) fn read(text: &str) -> Option<Result<Spelt, NumberError>> {
    let text = text.trim();
    let (plus, rest) = match text.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let mut digits = String::with_capacity(rest.len());
    let mut before_letters = 0usize;
    let mut letters = false;
    let (mut run, mut longest) = (0usize, 0usize);
    for c in rest.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            if !letters {
                before_letters += 1;
            }
            run = 0;
        } else if let Some(k) = key(c) {
            digits.push(k);
            letters = true;
            run += 1;
            longest = longest.max(run);
        } else if is_separator(c) {
            run = 0;
        } else {
            return None;
        }
    }
    if !letters || longest < 3 {
        return None;
    }
    // The country code: +1, or a 1 before a full area code.
    let with_one = if plus {
        if !digits.starts_with('1') {
            return None;
        }
        true
    } else {
        digits.starts_with('1') && before_letters >= 4
    };
    let local_before = before_letters - usize::from(with_one);
    if !(3..=9).contains(&local_before) {
        return None;
    }
    let national = if with_one { &digits[1..] } else { &digits[..] };
    // An area code nobody uses means the digits are something else (a
    // 7-digit local number such as 555-CALL-NOW).
    let area: u16 = national.get(..3)?.parse().ok()?;
    if !super::super::nanp::IN_USE.contains(&area) {
        return None;
    }
    let form = form_of(text);
    match national.len() {
        10 => Some(Ok(Spelt {
            digits: national.to_string(),
            form,
        })),
        n if n > 10 => Some(Err(NumberError::SpeltTooLong(form, n))),
        n => Some(Err(NumberError::SpeltTooShort(form, n))),
    }
}

/// The text for display: its spaces (tabs, no-break spaces) as single spaces,
/// cut to [`MAX_FORM`] characters.
fn form_of(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(MAX_FORM * 4));
    for c in text.chars() {
        let c = if c.is_whitespace() { ' ' } else { c };
        if c == ' ' && out.ends_with(' ') {
            continue;
        }
        out.push(c);
    }
    super::bounded(&out, MAX_FORM)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spelt(text: &str) -> String {
        match read(text) {
            Some(Ok(s)) => s.digits,
            other => panic!("{text:?}: {other:?}"),
        }
    }

    #[test]
    fn letters_on_the_keypad() {
        assert_eq!(spelt("1-800-FLOWERS"), "8003569377");
        assert_eq!(spelt("+1 800 FLOWERS"), "8003569377");
        assert_eq!(spelt("1 (800) FLOWERS"), "8003569377");
        assert_eq!(spelt("800-flowers"), "8003569377");
        assert_eq!(spelt("1-800-GO-FEDEX"), "8004633339");
        assert_eq!(spelt("1-800-356-WXYZ"), "8003569999");
        assert_eq!(spelt("1-888-PQRS-TUV"), "8887777888");
    }

    #[test]
    fn the_form_is_kept_for_display() {
        let s = read("  1 \t800\u{a0}FLOWERS ").and_then(Result::ok);
        assert_eq!(s.map(|s| s.form).as_deref(), Some("1 800 FLOWERS"));
    }

    #[test]
    fn wrong_lengths_say_so() {
        assert_eq!(
            read("1-800-FLOWERS-NOW"),
            Some(Err(NumberError::SpeltTooLong(
                "1-800-FLOWERS-NOW".into(),
                13
            )))
        );
        assert_eq!(
            read("1-800-FLOWER"),
            Some(Err(NumberError::SpeltTooShort("1-800-FLOWER".into(), 9)))
        );
    }

    #[test]
    fn other_text_with_letters_is_not_spelt() {
        for text in [
            "hello",
            "call me at 6465551234 x22 ext",
            "6465551234 ext",
            "646A555123",
            "FLOWERS",
            "+44 20 FLOWERS",
            "1-800-FLÖWERS",
            "1-800-FLOWERS!",
            "1-8OO-FLOWERS",
            "555-CALL-NOW",
        ] {
            assert_eq!(read(text), None, "{text:?}");
        }
    }
}
