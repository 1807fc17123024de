//! `skydial::protocol::link::parse` (RFC 3966 `tel:`, `callto:`, `sip:`):
//! never panics; a link it reads dials a valid EX_TN (all digits, 4 to 18),
//! its extension is at most 16 digits, and it prints.
#![no_main]

use libfuzzer_sys::fuzz_target;
use skydial::protocol::link::{self, MAX_LINK_BYTES};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let is_link = link::is_link(&text);
    match link::parse(&text) {
        Ok(found) => {
            assert!(is_link, "parse accepted {text:?}, which is_link refuses");
            assert!(text.len() <= MAX_LINK_BYTES);
            let ex_tn = found.number.ex_tn();
            assert!(
                ex_tn.bytes().all(|b| b.is_ascii_digit()) && (4..=18).contains(&ex_tn.len()),
                "link {text:?} dials {ex_tn:?}"
            );
            if let Some(ext) = &found.extension {
                assert!(
                    !ext.is_empty() && ext.len() <= 16 && ext.bytes().all(|b| b.is_ascii_digit()),
                    "extension {ext:?}"
                );
            }
            let _ = found.may_skip_confirmation();
            let _ = found.to_string();
        }
        Err(err) => {
            let _ = err.to_string();
        }
    }
});
