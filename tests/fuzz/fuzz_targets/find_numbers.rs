//! `find_numbers` on larger text (run with -max_len=65536): never panics,
//! every number found is a dialable EX_TN, and each is found once.
#![no_main]

use libfuzzer_sys::fuzz_target;
use skydial::protocol::number::{find_numbers, normalize};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let found = find_numbers(&text);
    for (i, number) in found.iter().enumerate() {
        let ex_tn = number.ex_tn();
        assert!(
            ex_tn.bytes().all(|b| b.is_ascii_digit()) && (4..=18).contains(&ex_tn.len()),
            "find_numbers gave {ex_tn:?}"
        );
        assert!(
            !found[..i].contains(number),
            "find_numbers gave {ex_tn:?} twice"
        );
        assert_eq!(
            normalize(ex_tn).ok().as_ref(),
            Some(number),
            "{ex_tn:?} does not normalize to itself"
        );
        let _ = number.for_reading();
    }
});
