//! `normalize`, `readable`, `find_numbers` and `DialNumber::from_ex_tn` on
//! the input as text. A number they accept is all ASCII digits, 4 to 18 of
//! them, and normalizing its `ex_tn` gives it back; `readable` stays within
//! 256 characters. Reaches the spelt-number reader (`1-800-FLOWERS`: a number
//! read from letters shows them, within 40 characters), the country layouts
//! and `geo` (place, local time at a time taken from the input).
#![no_main]

use libfuzzer_sys::fuzz_target;
use skydial::geo;
use skydial::protocol::DialNumber;
use skydial::protocol::number::{find_numbers, normalize, readable};
use std::time::{Duration, UNIX_EPOCH};

fn check(number: &DialNumber, from: &str) {
    let ex_tn = number.ex_tn();
    assert!(
        ex_tn.bytes().all(|b| b.is_ascii_digit()),
        "ex_tn {ex_tn:?} (from {from:?}) is not all digits"
    );
    assert!(
        (4..=18).contains(&ex_tn.len()),
        "ex_tn {ex_tn:?} (from {from:?}) has {} digits",
        ex_tn.len()
    );
    let shown = number.for_reading();
    if let Some(letters) = number.letters() {
        assert!(letters.chars().count() <= 40, "letters {letters:?}");
        assert!(shown.contains(letters), "{shown:?} lacks {letters:?}");
    }
    let _ = number.is_premium_rate();
    let _ = number.kind();
    let _ = number.cost_warning();
    let _ = number.region();
    if let Some(place) = geo::place(number) {
        // A time from the input's bytes: any instant from 1970 to 2106.
        let secs = from.bytes().fold(0u32, |h, b| h.rotate_left(5) ^ u32::from(b));
        let time = geo::local_time(&place, UNIX_EPOCH + Duration::from_secs(u64::from(secs)));
        assert!(time.hour < 24 && time.minute < 60, "{time:?}");
        let _ = geo::is_unsociable(&time);
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(number) = normalize(&text) {
        check(&number, &text);
        let again = normalize(number.ex_tn()).unwrap_or_else(|e| {
            panic!(
                "normalize({text:?}) = {:?}, which does not normalize: {e}",
                number.ex_tn()
            )
        });
        assert_eq!(
            again.ex_tn(),
            number.ex_tn(),
            "normalize is not idempotent on {text:?}"
        );
    }
    let shown = readable(&text);
    assert!(
        shown.chars().count() <= 256,
        "readable() gave {} characters",
        shown.chars().count()
    );
    if let Ok(number) = DialNumber::from_ex_tn(&text) {
        check(&number, &text);
        // EX_TN in, the same EX_TN out (North America's leading 1 dropped).
        let ex_tn = number.ex_tn();
        assert!(
            text == ex_tn || (text.len() == 11 && text.get(1..) == Some(ex_tn)),
            "from_ex_tn({text:?}) gave {ex_tn:?}"
        );
    }
    for number in find_numbers(&text) {
        check(&number, &text);
    }
});
