//! `parse_vcard` (run with -max_len=65536): never panics, and every contact
//! it keeps is bounded (name at most 256 characters, number at most 64) and
//! has a number key.
#![no_main]

use libfuzzer_sys::fuzz_target;
use skydial::contacts::{MAX_NAME_CHARS, MAX_NUMBER_CHARS, match_key, parse_vcard};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for contact in parse_vcard(&text) {
        assert!(
            contact.name.chars().count() <= MAX_NAME_CHARS,
            "name too long: {}",
            contact.name.chars().count()
        );
        assert!(
            contact.number.chars().count() <= MAX_NUMBER_CHARS,
            "number too long: {:?}",
            contact.number
        );
        assert!(
            match_key(&contact.number).is_some(),
            "number without a key: {:?}",
            contact.number
        );
    }
});
