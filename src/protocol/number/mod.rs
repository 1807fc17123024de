//! Dialable numbers: what people paste, turned into the spec's `EX_TN`.
//!
//! The rules come from the spec's `<EX_TN>` section: no outbound `9`; a North
//! American number as 10 digits (or 1 + 10); an extension as its 4 digits;
//! international numbers as `011` + country code + number.
//!
//! Two things are read beyond the digits: a North American number spelt
//! with letters (`1-800-FLOWERS`, see `vanity.rs`), and whether a +1 number
//! is in the US and Canada or in one of the +1 countries that bill as
//! international (`nanp.rs`, generated from libphonenumber's metadata).

use super::{layout, nanp};
use crate::t;

mod vanity;
use serde::Serialize;
use std::fmt;

/// Fewest digits after a country code (`+` or `011`) we accept: small countries
/// have 7-digit numbers including the country code.
const MIN_INTERNATIONAL_DIGITS: usize = 7;
/// E.164 allows at most 15 digits including the country code.
const MAX_INTERNATIONAL_DIGITS: usize = 15;
/// The most text [`normalize`] looks at: a number with its layout, scheme and
/// parameters fits many times over; anything longer is refused unread.
pub const MAX_NUMBER_TEXT: usize = 256;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NumberKind {
    /// A 4-digit extension on the same system.
    Extension,
    /// A North American number (10 digits) in the US, Canada or a US
    /// territory: priced as a call within North America.
    National,
    /// An international number: `011` + country code + number, or a +1
    /// number (10 digits, dialled as North American) in one of the +1
    /// countries outside the US and Canada (Jamaica 876, the Dominican
    /// Republic 809...), which bill as international calls. Links never dial
    /// one without asking, and the question warns about it.
    International,
}

/// A number the API can dial.
///
/// Two numbers are equal when they dial the same digits, however they were
/// written (`1-800-FLOWERS` and `18003569377` are one number).
#[derive(Debug, Clone, Serialize)]
pub struct DialNumber {
    ex_tn: String,
    kind: NumberKind,
    /// How the number was spelt with letters (`1-800-FLOWERS`), for display.
    #[serde(skip_serializing_if = "Option::is_none")]
    letters: Option<Box<str>>,
}

impl PartialEq for DialNumber {
    fn eq(&self, other: &Self) -> bool {
        self.ex_tn == other.ex_tn && self.kind == other.kind
    }
}

impl Eq for DialNumber {}

/// The +1 country outside the US and Canada that a North American area code
/// belongs to: (ISO 3166 code, English name).
///
/// The US territories (Puerto Rico 787/939, the US Virgin Islands 340, Guam
/// 671, the Northern Mariana Islands 670, American Samoa 684) are not among
/// them: US carriers must price calls to them as calls within the US (rate
/// integration, 47 U.S.C. 254(g)), so they are national here, like Canada.
/// Every other +1 country bills as international and is where the one-ring
/// scam's numbers are.
fn billed_as_international(area: &str) -> Option<(&'static str, &'static str)> {
    let area: u16 = area.get(..3)?.parse().ok()?;
    nanp::BILLED_AS_INTERNATIONAL
        .iter()
        .find(|(code, _, _)| *code == area)
        .map(|(_, region, name)| (*region, *name))
}

impl DialNumber {
    /// The digits to send as the dial command's first argument.
    pub fn ex_tn(&self) -> &str {
        &self.ex_tn
    }

    pub fn kind(&self) -> NumberKind {
        self.kind
    }

    /// A North American premium-rate number: area code 900, or the 976
    /// exchange (billed to the caller, often heavily).
    pub fn is_premium_rate(&self) -> bool {
        self.kind == NumberKind::National
            && (self.ex_tn.starts_with("900") || self.ex_tn.get(3..6) == Some("976"))
    }

    /// A North American (+1) number, 10 digits, wherever it bills: the US,
    /// Canada, or a +1 country that bills as international.
    pub fn is_north_american(&self) -> bool {
        self.ex_tn.len() == 10 && !self.ex_tn.starts_with('0')
    }

    /// The country the number is in, as an ISO 3166 code (`US`, `CA`, `JM`,
    /// `GB`); `None` for extensions and non-geographic numbers (+800). A +1
    /// number that is not in another +1 country's or Canada's area codes is
    /// counted as the US's (toll-free 8XX numbers too).
    pub fn region(&self) -> Option<&'static str> {
        match self.kind {
            NumberKind::Extension => None,
            _ if self.is_north_american() => {
                let area: u16 = self.ex_tn.get(..3)?.parse().ok()?;
                let elsewhere = nanp::BILLED_AS_INTERNATIONAL
                    .iter()
                    .chain(nanp::US_TERRITORIES)
                    .find(|(code, _, _)| *code == area)
                    .map(|(_, region, _)| *region);
                Some(elsewhere.unwrap_or(if nanp::CANADA.contains(&area) {
                    "CA"
                } else {
                    "US"
                }))
            }
            NumberKind::International => layout::region(self.ex_tn.get(3..)?),
            NumberKind::National => None,
        }
    }

    /// The country calling code: 1 for North American numbers, 44 for
    /// `+44 20 7946 0958`; `None` for extensions and unknown codes.
    pub fn country_code(&self) -> Option<u16> {
        match self.kind {
            NumberKind::Extension => None,
            _ if self.is_north_american() => Some(1),
            _ => layout::country_code(self.ex_tn.get(3..)?).map(|(cc, _)| cc),
        }
    }

    /// How the number was spelt with letters (`1-800-FLOWERS`), if it was.
    pub fn letters(&self) -> Option<&str> {
        self.letters.as_deref()
    }

    /// What to know about the cost before dialling, in a sentence: a
    /// premium-rate number, a +1 number that bills as international (the
    /// one-ring scam's), or an international number. `None` for the rest.
    pub fn cost_warning(&self) -> Option<String> {
        if self.is_premium_rate() {
            return Some(crate::t!("number-cost-premium"));
        }
        if self.is_north_american()
            && let Some((_, country)) = billed_as_international(&self.ex_tn)
        {
            return Some(crate::t!("number-cost-plus-one-abroad", country = country));
        }
        (self.kind == NumberKind::International).then(|| crate::t!("number-cost-international"))
    }

    /// The number laid out for reading: `(646) 555-1234`, `ext. 1234`,
    /// international numbers as their country writes them (`+44 20 7946
    /// 0958`), and a number spelt with letters with its letters:
    /// `1 (800) 356-9377 (1-800-FLOWERS)`.
    pub fn for_reading(&self) -> String {
        if self.kind == NumberKind::Extension {
            return format!("ext. {}", self.ex_tn);
        }
        match self.ex_tn.get(..3).zip(self.ex_tn.get(3..)) {
            Some((area, rest)) if self.is_north_american() => {
                let shown = format!("({area}) {}-{}", &rest[..3], &rest[3..]);
                match &self.letters {
                    // Written with the 1: read with it.
                    Some(form) if form.chars().find(char::is_ascii_digit) == Some('1') => {
                        format!("1 {shown} ({form})")
                    }
                    Some(form) => format!("{shown} ({form})"),
                    None => shown,
                }
            }
            Some((_, digits)) => layout::international(digits),
            None => self.ex_tn.clone(),
        }
    }
}

impl fmt::Display for DialNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.ex_tn)
    }
}

/// Why a text is not a number the API can dial. Each says what to do instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NumberError {
    #[error("{}", t!("number-empty"))]
    Empty,
    #[error("{}", t!("number-too-much-text", max = MAX_NUMBER_TEXT))]
    TooMuchText,
    #[error("{}", t!("number-letters", text = super::text::printable(.0)))]
    Letters(String),
    #[error("{}", t!("number-spelt-too-long", form = super::text::printable(.0), count = *.1))]
    SpeltTooLong(String, usize),
    #[error("{}", t!("number-spelt-too-short", form = super::text::printable(.0), count = *.1))]
    SpeltTooShort(String, usize),
    #[error("{}", t!("number-bad-character", character = super::text::printable(&.0.to_string()).to_string()))]
    BadCharacter(char),
    #[error("{}", t!("number-misplaced-plus"))]
    MisplacedPlus,
    #[error("{}", t!("number-trailing-extension", number = .0.clone()))]
    TrailingExtension(String),
    #[error("{}", t!("number-unsupported-scheme", link = super::text::printable(.0)))]
    UnsupportedScheme(String),
    #[error("{}", t!("number-outside-line-prefix", number = .0.clone()))]
    OutsideLinePrefix(String),
    #[error("{}", t!("number-long-distance-before-international", number = .0.clone()))]
    LongDistanceBeforeInternational(String),
    #[error("{}", t!("number-bad-area-code"))]
    BadAreaCode,
    #[error("{}", t!("number-bad-exchange"))]
    BadExchange,
    #[error("{}", t!("number-bad-north-american-length", count = *.0))]
    BadNorthAmericanLength(usize),
    #[error("{}", t!("number-too-short", count = *.0))]
    TooShort(usize),
    #[error("{}", t!("number-too-long", count = *.0))]
    TooLong(usize),
    #[error("{}", t!("number-needs-international-prefix"))]
    NeedsInternationalPrefix,
    #[error("{}", t!("number-bad-country-code"))]
    BadCountryCode,
}

/// Characters that only lay a number out.
pub(crate) fn is_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '-' | '.' | '(' | ')' | '/' | '\t' | '\u{a0}' | '\u{2010}'..='\u{2015}' | '\u{2212}'
    )
}

fn strip_scheme(text: &str) -> Result<&str, NumberError> {
    let lower: String = text
        .chars()
        .take(8)
        .collect::<String>()
        .to_ascii_lowercase();
    for scheme in ["tel:", "callto:"] {
        if lower.starts_with(scheme) {
            let rest = &text[scheme.len()..];
            return Ok(rest.strip_prefix("//").unwrap_or(rest));
        }
    }
    for scheme in ["sip:", "sips:", "mailto:", "http:", "https:"] {
        if lower.starts_with(scheme) {
            return Err(NumberError::UnsupportedScheme(
                scheme.trim_end_matches(':').to_string(),
            ));
        }
    }
    Ok(text)
}

fn percent_decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('%') {
        out.push_str(&rest[..i]);
        let hex = rest.get(i + 1..i + 3);
        match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
            Some(b) if b.is_ascii() => {
                out.push(b as char);
                rest = &rest[i + 3..];
            }
            _ => {
                out.push('%');
                rest = &rest[i + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Finds a trailing extension marker (`x12`, `ext. 12`, `#12`) and returns the text before it.
fn split_extension(text: &str) -> Option<&str> {
    let lower = text.to_ascii_lowercase();
    for marker in ["extension", "ext.", "ext", "x", "#"] {
        if let Some(i) = lower.rfind(marker) {
            let after = lower[i + marker.len()..].trim_start_matches([' ', '.', ':']);
            if !after.is_empty() && after.chars().all(|c| c.is_ascii_digit()) {
                let before = &text[..i];
                if before.chars().any(|c| c.is_ascii_digit()) {
                    return Some(before);
                }
            }
        }
    }
    None
}

/// Turns pasted text into a number the API can dial, or says why it cannot be.
pub fn normalize(input: &str) -> Result<DialNumber, NumberError> {
    let text = input.trim();
    if text.len() > MAX_NUMBER_TEXT * 4 || text.chars().count() > MAX_NUMBER_TEXT {
        return Err(NumberError::TooMuchText);
    }
    let text = strip_scheme(text)?;
    let text = percent_decode(text);
    // tel: URI parameters (`;phone-context=...`) are not part of the number,
    // except an extension, which cannot be dialled.
    let (text, params) = match text.split_once(';') {
        Some((number, params)) => (number.to_string(), params.to_ascii_lowercase()),
        None => (text, String::new()),
    };
    let mut extension = params.split(';').any(|p| p.starts_with("ext="));
    // Peel trailing extensions off one at a time (a loop: `1x1x1x...` must not
    // recurse once per marker).
    let mut main = text.as_str();
    while let Some(before) = split_extension(main) {
        main = before;
        extension = true;
    }
    let number = digits_of(main, input)?;
    if extension {
        return Err(NumberError::TrailingExtension(number.ex_tn));
    }
    Ok(number)
}

/// The number in `text` (no extension left), laid out any way people write it.
fn digits_of(text: &str, input: &str) -> Result<DialNumber, NumberError> {
    // "+44 (0)20 ..." : the (0) is the domestic trunk prefix, not dialled from abroad.
    let text = if text.trim_start().starts_with('+') {
        text.replacen("(0)", "", 1)
    } else {
        text.to_string()
    };
    if text.chars().any(|c| c.is_ascii_alphabetic()) {
        match vanity::read(&text) {
            Some(Ok(spelt)) => {
                let mut number = national(&spelt.digits)?;
                number.letters = Some(spelt.form.into());
                return Ok(number);
            }
            Some(Err(e)) => return Err(e),
            None => {}
        }
    }

    let mut plus = false;
    let mut digits = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '0'..='9' => digits.push(c),
            '+' if digits.is_empty() && !plus => plus = true,
            '+' => return Err(NumberError::MisplacedPlus),
            c if is_separator(c) => {}
            c if c.is_alphabetic() => {
                return Err(NumberError::Letters(
                    input.trim().chars().take(40).collect(),
                ));
            }
            c => return Err(NumberError::BadCharacter(c)),
        }
    }
    classify(plus, digits)
}

fn national(digits: &str) -> Result<DialNumber, NumberError> {
    if digits.starts_with(['0', '1']) {
        return Err(NumberError::BadAreaCode);
    }
    // North American exchanges start with 2-9 too. Without this, a number
    // such as 1 901 144 2011 was read as (901) 144-2011, which the "9 for an
    // outside line" rule then refused when read again (found by fuzzing).
    if digits.get(3..4).is_some_and(|d| d == "0" || d == "1") {
        return Err(NumberError::BadExchange);
    }
    let kind = match billed_as_international(digits) {
        Some(_) => NumberKind::International,
        None => NumberKind::National,
    };
    Ok(DialNumber {
        ex_tn: digits.to_string(),
        kind,
        letters: None,
    })
}

fn international(after_prefix: &str) -> Result<DialNumber, NumberError> {
    let n = after_prefix.len();
    if after_prefix.starts_with('0') {
        return Err(NumberError::BadCountryCode);
    }
    if n < MIN_INTERNATIONAL_DIGITS {
        return Err(NumberError::TooShort(n));
    }
    if n > MAX_INTERNATIONAL_DIGITS {
        return Err(NumberError::TooLong(n));
    }
    Ok(DialNumber {
        ex_tn: format!("011{after_prefix}"),
        kind: NumberKind::International,
        letters: None,
    })
}

fn classify(plus: bool, digits: String) -> Result<DialNumber, NumberError> {
    let n = digits.len();
    if n == 0 {
        return Err(NumberError::Empty);
    }
    if plus {
        return match digits.strip_prefix('1') {
            Some(rest) if rest.len() == 10 => national(rest),
            Some(rest) => Err(NumberError::BadNorthAmericanLength(rest.len())),
            None => international(&digits),
        };
    }
    if let Some(rest) = digits.strip_prefix("011") {
        return international(rest);
    }
    if let Some(rest) = digits.strip_prefix("1011") {
        let _ = rest;
        return Err(NumberError::LongDistanceBeforeInternational(
            digits[1..].to_string(),
        ));
    }
    if let Some(rest) = digits.strip_prefix("9011") {
        let _ = rest;
        return Err(NumberError::OutsideLinePrefix(digits[1..].to_string()));
    }
    if n > 4 && digits.starts_with("00") {
        // The international prefix used in most of the world.
        return international(&digits[2..]);
    }
    match n {
        4 => Ok(DialNumber {
            ex_tn: digits,
            kind: NumberKind::Extension,
            letters: None,
        }),
        0..=3 | 5..=9 => Err(NumberError::TooShort(n)),
        10 => national(&digits),
        11 if digits.starts_with('1') => national(&digits[1..]),
        11 if digits.starts_with('9') && !digits[1..].starts_with(['0', '1']) => {
            Err(NumberError::OutsideLinePrefix(digits[1..].to_string()))
        }
        12 if digits.starts_with("91") => {
            Err(NumberError::OutsideLinePrefix(digits[1..].to_string()))
        }
        _ if n > MAX_INTERNATIONAL_DIGITS + 3 => Err(NumberError::TooLong(n)),
        _ => Err(NumberError::NeedsInternationalPrefix),
    }
}

impl DialNumber {
    /// Reads a number already in the spec's `EX_TN` form, as the server
    /// receives it: 4 digits (an extension), 10 digits or 1 + 10 (North
    /// America), or 011 + country code + number. Nothing else: the spec's
    /// invalid examples (`916465551234`, `101161212345678`, `61212345678`)
    /// are refused, as the real server refuses them.
    pub fn from_ex_tn(text: &str) -> Result<Self, NumberError> {
        if text.is_empty() {
            return Err(NumberError::Empty);
        }
        if let Some(c) = text.chars().find(|c| !c.is_ascii_digit()) {
            return Err(NumberError::BadCharacter(c));
        }
        let n = text.len();
        if let Some(rest) = text.strip_prefix("011") {
            return international(rest);
        }
        match n {
            4 => Ok(Self {
                ex_tn: text.to_string(),
                kind: NumberKind::Extension,
                letters: None,
            }),
            10 => national(text),
            11 if text.starts_with('1') => national(&text[1..]),
            _ => classify(false, text.to_string()).and(Err(NumberError::NeedsInternationalPrefix)),
        }
    }
}

/// A number as the server sent it, laid out for reading when it is dialable
/// (`2125550142` -> `(212) 555-0142`), else unchanged.
pub fn readable(number: &str) -> String {
    normalize(number)
        .map(|n| n.for_reading())
        .unwrap_or_else(|_| bounded(number, MAX_NUMBER_TEXT))
}

/// `text` cut to at most `max` characters, the last of them `…` where it was cut.
pub fn bounded(text: &str, max: usize) -> String {
    if text.char_indices().nth(max).is_none() {
        return text.to_string();
    }
    let end = text
        .char_indices()
        .nth(max.saturating_sub(1))
        .map_or(text.len(), |(i, _)| i);
    format!("{}…", &text[..end])
}

/// Finds the phone numbers in free text (an e-mail signature, a web page), in
/// order, each once. Used for "dial the clipboard".
pub fn find_numbers(text: &str) -> Vec<DialNumber> {
    let mut found: Vec<DialNumber> = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let starts_number = c.is_ascii_digit() || (c == '+' || c == '(');
        let preceded_by_word = i > 0 && chars[i - 1].1.is_alphanumeric();
        if !starts_number || preceded_by_word {
            i += 1;
            continue;
        }
        if let Some((number, next)) = spelt_at(text, &chars, i) {
            if !found.contains(&number) {
                found.push(number);
            }
            i = next;
            continue;
        }
        // Extend over digits and separators, but stop at a double space or line end.
        let mut j = i + 1;
        let mut end = start + c.len_utf8();
        while j < chars.len() {
            let (at, ch) = chars[j];
            let next_is_digit = chars.get(j + 1).is_some_and(|(_, n)| n.is_ascii_digit());
            if ch.is_ascii_digit() {
                end = at + 1;
            } else if !(is_separator(ch) && ch != '\t' && (next_is_digit || ch == ')' || ch == '('))
            {
                break;
            }
            j += 1;
        }
        let candidate = text[start..end].trim_end_matches(['-', '.', ' ', '(']);
        let digit_count = candidate.chars().filter(char::is_ascii_digit).count();
        if digit_count >= 4
            && let Ok(number) = normalize(candidate)
            && !found.contains(&number)
        {
            found.push(number);
        }
        i = j.max(i + 1);
    }
    found
}

/// Why a text offers nothing to dial.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoNumber {
    /// A short text (what the user meant as a number) that is not one, and why.
    Invalid(NumberError),
    /// A longer text with no phone number in it.
    NotFound,
}

/// The longest text whose [`normalize`] error is the reason given when no
/// number is found in it (a longer one is not a number someone typed).
pub const SHORT_TEXT_CHARS: usize = 40;

/// The numbers a text offers to dial, the one rule for the clipboard, the
/// hotkey and the quick-dial prompt: the whole text as one number, else
/// every number found in it (in order, each once); none in a blank text.
pub fn numbers_in(text: &str) -> Result<Vec<DialNumber>, NoNumber> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(Vec::new());
    }
    let whole = match normalize(text) {
        Ok(number) => return Ok(vec![number]),
        Err(e) => e,
    };
    let found = find_numbers(text);
    if !found.is_empty() {
        Ok(found)
    } else if text.chars().count() <= SHORT_TEXT_CHARS {
        Err(NoNumber::Invalid(whole))
    } else {
        Err(NoNumber::NotFound)
    }
}

/// Toll-free area codes: where most numbers spelt with letters are.
const TOLL_FREE: [&str; 7] = ["800", "833", "844", "855", "866", "877", "888"];

/// A number spelt with capitals at `chars[i]` of free text (`Call
/// 1-800-FLOWERS today`), and the index after it. Stricter than what a person
/// types into the dial field, so that ordinary words after a number are not
/// read as its letters: capitals only, and written with its 1 (`1-800-...`,
/// `+1 ...`) or toll-free. Trailing capital words that make it too long are
/// left off (`1-800-FLOWERS NOW`).
fn spelt_at(text: &str, chars: &[(usize, char)], i: usize) -> Option<(DialNumber, usize)> {
    const LONGEST: usize = 40;
    let (start, _) = chars[i];
    // Where each candidate may end: after a capital or digit.
    let mut ends = Vec::new();
    let mut j = i;
    while j < chars.len() && j - i < LONGEST {
        let (at, ch) = chars[j];
        let next_continues = chars
            .get(j + 1)
            .is_some_and(|(_, n)| n.is_ascii_digit() || n.is_ascii_uppercase() || *n == '(');
        if ch.is_ascii_digit() || ch.is_ascii_uppercase() || (ch == '+' && j == i) {
            ends.push((at + ch.len_utf8(), j + 1));
        } else if !(matches!(ch, '-' | ' ' | '.' | '(' | ')') && (next_continues || ch == ')')) {
            break;
        }
        j += 1;
    }
    for &(end, next) in ends.iter().rev() {
        let candidate = &text[start..end];
        if !candidate.chars().any(|c| c.is_ascii_uppercase()) {
            return None;
        }
        if let Ok(number) = normalize(candidate)
            && number.letters().is_some()
        {
            let with_one = candidate.trim_start_matches(['+', '(']).starts_with('1');
            let toll_free = TOLL_FREE.iter().any(|a| number.ex_tn().starts_with(a));
            return (with_one || toll_free).then_some((number, next));
        }
    }
    None
}

#[cfg(test)]
mod tests;
