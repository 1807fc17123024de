//! Phone links: `tel:` (RFC 3966), `callto:` and `sip:`/`sips:` URIs whose
//! user part is a telephone number. Pure: a link in, the number it will dial
//! (and what it cannot dial) out.

use super::number::{DialNumber, NumberError, NumberKind, normalize};
use std::fmt;

/// The longest link accepted (a `tel:` URI with its parameters fits many
/// times over).
pub const MAX_LINK_BYTES: usize = 2048;

/// A phone link, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// What skydial dials.
    pub number: DialNumber,
    /// An extension (`;ext=`): the API sends no touch tones, so it is shown,
    /// for the user to enter on the phone, never dialled.
    pub extension: Option<String>,
}

impl Link {
    /// Whether a link may dial this without asking, where the user trusts
    /// links: never an international or premium-rate number.
    pub fn may_skip_confirmation(&self) -> bool {
        self.number.kind() != NumberKind::International && !self.number.is_premium_rate()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    #[error("{}", crate::t!("link-not-a-link"))]
    NotALink,
    #[error("{}", crate::t!("link-too-long", max = MAX_LINK_BYTES))]
    TooLong,
    #[error("{}", crate::t!("link-no-number", what = .0.as_str()))]
    NotANumber(String),
    #[error("{0}")]
    Number(#[from] NumberError),
}

impl fmt::Display for Link {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.number.for_reading())?;
        if let Some(ext) = &self.extension {
            write!(f, ", extension {ext}")?;
        }
        Ok(())
    }
}

/// Whether `text` starts like a phone link (case-insensitive scheme).
pub fn is_link(text: &str) -> bool {
    scheme(text.trim()).is_some()
}

fn scheme(text: &str) -> Option<(&'static str, &str)> {
    for scheme in ["tel:", "callto:", "sip:", "sips:"] {
        if text
            .get(..scheme.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(scheme))
        {
            return Some((scheme, &text[scheme.len()..]));
        }
    }
    None
}

/// Decodes `%XX` (only ASCII results; anything else stays as written).
fn percent_decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('%') {
        out.push_str(&rest[..i]);
        match rest
            .get(i + 1..i + 3)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            Some(b) if b.is_ascii() && !b.is_ascii_control() => {
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

/// Reads a `tel:`, `callto:` or `sip:` link.
///
/// `tel:` follows RFC 3966: visual separators (`-`, `.`, `(`, `)`), `%2B` for
/// `+`, `;ext=` (kept apart), `;phone-context=` (a `+`-prefixed context is
/// put in front of a local number; a domain is ignored); other parameters
/// are ignored. `callto:` may have `//`. `sip:`/`sips:` count when their user
/// part (before `@`) is a number.
pub fn parse(uri: &str) -> Result<Link, LinkError> {
    if uri.len() > MAX_LINK_BYTES {
        return Err(LinkError::TooLong);
    }
    let (scheme, rest) = scheme(uri.trim()).ok_or(LinkError::NotALink)?;
    let rest = percent_decode(rest);
    let rest = match scheme {
        "callto:" => rest.strip_prefix("//").unwrap_or(&rest).to_string(),
        "sip:" | "sips:" => {
            // user@host;uri-params: the user part, with its own parameters.
            let user = rest.split('@').next().unwrap_or("");
            if !user.starts_with(['+', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '(']) {
                return Err(LinkError::NotANumber(crate::t!(
                    "link-scheme-address",
                    scheme = scheme
                )));
            }
            user.to_string()
        }
        _ => rest,
    };
    let mut parts = rest.split(';');
    let number = parts.next().unwrap_or("").trim();
    let mut extension = None;
    let mut context = None;
    for param in parts {
        let (name, value) = param.split_once('=').unwrap_or((param, ""));
        match name.trim().to_ascii_lowercase().as_str() {
            "ext" => {
                let digits: String = value.chars().filter(char::is_ascii_digit).collect();
                if !digits.is_empty() {
                    extension = Some(digits.chars().take(16).collect());
                }
            }
            "phone-context" => context = Some(value.trim().to_string()),
            _ => {}
        }
    }
    let number = match context {
        // A local number in a +-prefixed context (RFC 3966 5.1.5).
        Some(ctx) if ctx.starts_with('+') && !number.starts_with('+') => format!("{ctx}{number}"),
        _ => number.to_string(),
    };
    if number.is_empty() {
        return Err(LinkError::NotANumber("nothing after the scheme".into()));
    }
    if !number.chars().any(|c| c.is_ascii_digit()) {
        return Err(LinkError::NotANumber("no digits".into()));
    }
    Ok(Link {
        number: normalize(&number)?,
        extension,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dials(uri: &str) -> (String, Option<String>) {
        let link = parse(uri).unwrap_or_else(|e| panic!("{uri}: {e}"));
        (link.number.ex_tn().to_string(), link.extension)
    }

    #[test]
    fn rfc_3966_links() {
        assert_eq!(dials("tel:+1-646-555-1234"), ("6465551234".into(), None));
        assert_eq!(dials("TEL:+1.646.555.1234"), ("6465551234".into(), None));
        assert_eq!(dials("tel:%2B1(646)555-1234"), ("6465551234".into(), None));
        assert_eq!(
            dials("tel:+16465551234;ext=22"),
            ("6465551234".into(), Some("22".into()))
        );
        assert_eq!(
            dials("tel:555-1234;phone-context=+1-646"),
            ("6465551234".into(), None)
        );
        assert_eq!(
            dials("tel:6465551234;phone-context=example.com;isub=1;foo=bar"),
            ("6465551234".into(), None)
        );
        assert_eq!(
            dials("tel:+44-20-7946-0958"),
            ("011442079460958".into(), None)
        );
        assert_eq!(dials("callto:+16465551234"), ("6465551234".into(), None));
        assert_eq!(dials("callto://+16465551234"), ("6465551234".into(), None));
        assert_eq!(
            dials("sip:+16465551234@sip.example.com;user=phone"),
            ("6465551234".into(), None)
        );
        assert_eq!(
            dials("sips:+1-646-555-1234;ext=7@example.com"),
            ("6465551234".into(), Some("7".into()))
        );
    }

    #[test]
    fn what_is_not_a_number_says_so() {
        assert_eq!(parse("mailto:a@b"), Err(LinkError::NotALink));
        assert!(matches!(
            parse("sip:alice@example.com"),
            Err(LinkError::NotANumber(_))
        ));
        assert!(matches!(
            parse("callto://skype.user"),
            Err(LinkError::NotANumber(_))
        ));
        assert!(matches!(parse("tel:"), Err(LinkError::NotANumber(_))));
        assert!(matches!(
            parse("tel:916465551234"),
            Err(LinkError::Number(_))
        ));
        assert_eq!(
            parse(&format!("tel:{}", "1".repeat(MAX_LINK_BYTES))),
            Err(LinkError::TooLong)
        );
    }

    #[test]
    fn premium_and_international_always_ask() {
        assert!(parse("tel:+16465551234").unwrap().may_skip_confirmation());
        assert!(
            !parse("tel:+1-900-555-0100")
                .unwrap()
                .may_skip_confirmation()
        );
        assert!(
            !parse("tel:+1-212-976-0100")
                .unwrap()
                .may_skip_confirmation()
        );
        assert!(
            !parse("tel:+44-20-7946-0958")
                .unwrap()
                .may_skip_confirmation()
        );
        assert!(parse("tel:1234").unwrap().may_skip_confirmation());
    }

    /// +1 numbers in Jamaica, the Dominican Republic and the other +1
    /// countries outside the US and Canada bill as international: a trusted
    /// link asks for them too. The US territories do not (priced as the US).
    #[test]
    fn plus_one_abroad_always_asks() {
        for uri in [
            "tel:+1-876-555-0123",
            "tel:+18095550123",
            "tel:1-649-555-0123",
        ] {
            assert!(!parse(uri).unwrap().may_skip_confirmation(), "{uri}");
        }
        for uri in ["tel:+1-787-555-0123", "tel:+1-416-555-0123"] {
            assert!(parse(uri).unwrap().may_skip_confirmation(), "{uri}");
        }
    }
}
