//! Page URL templates: checked when saved, expanded with the call's values
//! percent-encoded, so caller data can never change the site, add a
//! parameter or a fragment.

use super::values::CallValues;
use crate::protocol::text::printable;
use std::borrow::Cow;

/// Why a page URL template cannot be used, in the user's language (`Display`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    Blank,
    NotWeb { start: String },
    NoHost,
    PlaceholderInHost,
    BadCharacter { position: usize },
    UnknownPlaceholder { name: String },
    Unclosed,
    StrayBrace,
}

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::Blank => crate::t!("hook-page-url-blank"),
            Self::NotWeb { start } => crate::t!("hook-page-url-not-web", start = start.as_str()),
            Self::NoHost => crate::t!("hook-page-url-no-host"),
            Self::PlaceholderInHost => crate::t!("hook-page-url-placeholder-in-host"),
            Self::BadCharacter { position } => {
                crate::t!("hook-page-url-bad-character", position = *position)
            }
            Self::UnknownPlaceholder { name } => {
                crate::t!("hook-page-url-unknown-placeholder", name = name.as_str())
            }
            Self::Unclosed => crate::t!("hook-page-url-unclosed"),
            Self::StrayBrace => crate::t!("hook-page-url-stray-brace"),
        };
        f.write_str(&text)
    }
}

/// Checks a page URL template when it is saved: blank (off) is fine,
/// anything else must expand.
pub fn check_template(template: &str) -> Result<(), TemplateError> {
    if template.trim().is_empty() {
        return Ok(());
    }
    expand_url(template, &CallValues::sample()).map(|_| ())
}

/// The page URL for a call: each `{placeholder}` replaced by its value,
/// percent-encoded (RFC 3986: only `A-Z a-z 0-9 - . _ ~` kept, every other
/// byte of the UTF-8 as `%XX`); `{{` and `}}` are braces themselves. The
/// template must be an http(s) URL whose site holds no placeholder.
pub fn expand_url(template: &str, values: &CallValues) -> Result<String, TemplateError> {
    let template = template.trim();
    if template.is_empty() {
        return Err(TemplateError::Blank);
    }
    let after_scheme = web_scheme_len(template).ok_or_else(|| TemplateError::NotWeb {
        start: shown_start(template),
    })?;
    if let Some(position) = template
        .chars()
        .position(|c| c.is_whitespace() || acted_on(c))
    {
        return Err(TemplateError::BadCharacter {
            position: position + 1,
        });
    }
    let rest = &template[after_scheme..];
    // The site ends where the path, the query or the fragment starts (a
    // browser also ends it at `\`, earlier: what is checked here is longer).
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() {
        return Err(TemplateError::NoHost);
    }
    if host.contains(['{', '}']) {
        return Err(TemplateError::PlaceholderInHost);
    }

    let mut out = String::with_capacity(template.len() + 64);
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '{' => {
                let mut name = String::new();
                loop {
                    match chars.next() {
                        Some('}') => break,
                        Some(c) => name.push(c),
                        None => return Err(TemplateError::Unclosed),
                    }
                }
                let value = values
                    .get(&name)
                    .ok_or_else(|| TemplateError::UnknownPlaceholder {
                        name: name.chars().take(40).collect(),
                    })?;
                percent_encode(&mut out, &value);
            }
            '}' => return Err(TemplateError::StrayBrace),
            c => out.push(c),
        }
    }
    Ok(out)
}

/// The length of `http://` or `https://` at the start of `url`, in any case.
fn web_scheme_len(url: &str) -> Option<usize> {
    let bytes = url.as_bytes();
    ["https://", "http://"].into_iter().find_map(|scheme| {
        bytes
            .get(..scheme.len())
            .filter(|start| start.eq_ignore_ascii_case(scheme.as_bytes()))
            .map(|_| scheme.len())
    })
}

/// The start of a refused template, to show: up to its first `:`.
fn shown_start(template: &str) -> String {
    let mut start = String::new();
    for c in template.chars().take(24) {
        start.push(c);
        if c == ':' {
            break;
        }
    }
    format!("\u{201c}{}\u{201d}", printable(&start))
}

/// Whether `c` is a control character (as [`printable`] finds them).
fn acted_on(c: char) -> bool {
    matches!(printable(c.encode_utf8(&mut [0; 4])), Cow::Owned(_))
}

fn percent_encode(out: &mut String, value: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    // A path segment that is `.` or `..` is resolved away by the browser
    // (even written %2E), which would move the page up the site's path.
    if value == "." || value == ".." {
        return;
    }
    for &byte in value.as_bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xf)]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::MAX_VALUE_CHARS;
    use super::*;
    use crate::hooks::values::{LOOKUP, clean, test_values as values};

    #[test]
    fn every_placeholder_is_replaced() {
        let v = CallValues {
            number: "+1 (212) 555-0142".into(),
            name: "Ada".into(),
            clid: "6465551000".into(),
            call_id: "a/b".into(),
            direction: "outbound",
        };
        assert_eq!(
            expand_url(
                "https://crm.example.com/c/{call_id}?n={number}&w={name}&d={clid}&dir={direction}",
                &v
            )
            .unwrap(),
            "https://crm.example.com/c/a%2Fb?n=%2B1%20%28212%29%20555-0142&w=Ada&d=6465551000&dir=outbound"
        );
    }

    #[test]
    fn quotes_spaces_and_url_syntax_are_encoded() {
        let name = "Ada \"The Countess\" O'Hara & Co #1 ?x=y/z 100% +";
        assert_eq!(
            expand_url(LOOKUP, &values(name)).unwrap(),
            "https://crm.example.com/lookup?phone=2125550142&who=Ada%20%22The%20Countess%22%20O%27Hara%20%26%20Co%20%231%20%3Fx%3Dy%2Fz%20100%25%20%2B"
        );
        // Unreserved characters stay as they are.
        assert_eq!(
            expand_url(LOOKUP, &values("a-b.c_d~e")).unwrap(),
            "https://crm.example.com/lookup?phone=2125550142&who=a-b.c_d~e"
        );
    }

    #[test]
    fn non_ascii_is_encoded_as_utf8_bytes() {
        assert_eq!(
            expand_url(LOOKUP, &values("Zoé 日本 📞")).unwrap(),
            "https://crm.example.com/lookup?phone=2125550142&who=Zo%C3%A9%20%E6%97%A5%E6%9C%AC%20%F0%9F%93%9E"
        );
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(
            expand_url(LOOKUP, &values("a\nb\rc\td\0e\u{1b}[31mf\u{7f}g\u{202e}h")).unwrap(),
            "https://crm.example.com/lookup?phone=2125550142&who=abcde%5B31mfgh"
        );
        assert_eq!(clean("line one\nline two\u{9b}"), "line oneline two");
    }

    #[test]
    fn values_are_cut_to_256_characters() {
        let long = "é".repeat(300);
        assert_eq!(clean(&long).chars().count(), MAX_VALUE_CHARS);
        let url = expand_url("https://x.example/?n={name}", &values(&long)).unwrap();
        assert_eq!(url.len(), "https://x.example/?n=".len() + 256 * 6);
    }

    #[test]
    fn caller_data_cannot_add_a_parameter_or_a_fragment() {
        let url = expand_url(LOOKUP, &values("x&admin=1#frag")).unwrap();
        assert_eq!(url.matches('?').count(), 1);
        assert!(!url.contains('#'), "{url}");
        let query = url.split_once('?').unwrap().1;
        let keys: Vec<&str> = query
            .split('&')
            .map(|pair| pair.split_once('=').unwrap().0)
            .collect();
        assert_eq!(keys, ["phone", "who"]);
        assert!(url.starts_with("https://crm.example.com/lookup?"));
    }

    #[test]
    fn dot_segments_are_left_out() {
        let url = expand_url(
            "https://crm.example.com/contacts/{name}/edit",
            &values(".."),
        )
        .unwrap();
        assert_eq!(url, "https://crm.example.com/contacts//edit");
        let url = expand_url("https://crm.example.com/c/{name}", &values("...")).unwrap();
        assert_eq!(url, "https://crm.example.com/c/...");
    }

    #[test]
    fn only_web_urls_are_accepted() {
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "data:text/html,<script>alert(1)</script>",
            "ftp://files.example.com/{number}",
            "/usr/bin/xterm",
            "crm.example.com/lookup?phone={number}",
            "httpx://crm.example.com/",
        ] {
            let err = expand_url(bad, &values("Ada")).unwrap_err();
            assert!(matches!(err, TemplateError::NotWeb { .. }), "{bad}: {err}");
            assert!(err.to_string().contains("http:// or https://"), "{err}");
            assert!(check_template(bad).is_err(), "{bad}");
        }
        let err = expand_url("javascript:alert(1)", &values("Ada")).unwrap_err();
        assert!(
            err.to_string().contains("\u{201c}javascript:\u{201d}"),
            "{err}"
        );
        assert_eq!(
            expand_url("HTTPS://crm.example.com/?n={number}", &values("")).unwrap(),
            "HTTPS://crm.example.com/?n=2125550142"
        );
        assert_eq!(
            expand_url("  http://crm.example.com/  ", &values("")).unwrap(),
            "http://crm.example.com/"
        );
        // Blank is off when saved, and nothing to open when expanded.
        assert_eq!(check_template("   "), Ok(()));
        assert_eq!(expand_url("", &values("")), Err(TemplateError::Blank));
    }

    #[test]
    fn the_site_cannot_hold_caller_data() {
        for bad in [
            "https://{name}.crm.example.com/",
            "https://crm.example.com:{number}/",
            "https://{name}@crm.example.com/",
            "https://crm.example.com{{x}}/",
            "https://crm.example.com\\{name}",
        ] {
            assert_eq!(
                expand_url(bad, &values("evil.example")),
                Err(TemplateError::PlaceholderInHost),
                "{bad}"
            );
        }
        assert_eq!(
            expand_url("https:///path?{number}", &values("")),
            Err(TemplateError::NoHost)
        );
        assert_eq!(
            expand_url("https://?{number}", &values("")),
            Err(TemplateError::NoHost)
        );
    }

    #[test]
    fn spaces_and_controls_in_the_template_are_refused() {
        assert_eq!(
            expand_url("https://crm.example.com/a b", &values("")),
            Err(TemplateError::BadCharacter { position: 26 })
        );
        assert!(matches!(
            expand_url("https://crm.example.com/\u{1b}", &values("")),
            Err(TemplateError::BadCharacter { .. })
        ));
        let err = check_template("https://crm.example.com/a b").unwrap_err();
        assert!(err.to_string().contains("%20"), "{err}");
    }

    #[test]
    fn unknown_placeholders_are_named_and_braces_doubled() {
        let err = expand_url("https://crm.example.com/?p={phone}", &values("")).unwrap_err();
        assert_eq!(
            err,
            TemplateError::UnknownPlaceholder {
                name: "phone".into()
            }
        );
        let text = err.to_string();
        assert!(text.contains("{phone}"), "{text}");
        assert!(
            text.contains("{number}, {name}, {clid}, {call_id} and {direction}"),
            "{text}"
        );
        assert_eq!(
            expand_url("https://crm.example.com/{{x}}?n={number}", &values("")).unwrap(),
            "https://crm.example.com/{x}?n=2125550142"
        );
        assert_eq!(
            expand_url("https://crm.example.com/{{{name}}}", &values("A B")).unwrap(),
            "https://crm.example.com/{A%20B}"
        );
        assert_eq!(
            expand_url("https://crm.example.com/{number", &values("")),
            Err(TemplateError::Unclosed)
        );
        assert_eq!(
            expand_url("https://crm.example.com/number}", &values("")),
            Err(TemplateError::StrayBrace)
        );
        assert!(
            TemplateError::Unclosed.to_string().contains("write {{"),
            "{}",
            TemplateError::Unclosed
        );
        assert_eq!(
            check_template("https://crm.example.com/?p={phone}"),
            Err(err)
        );
        assert_eq!(check_template(LOOKUP), Ok(()));
    }
}
