//! Inputs the fuzz targets (tests/fuzz/) found, minimised with `cargo fuzz
//! tmin`, each fed to the same API with the same checks as its target: no
//! panic, and the target's invariant.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

use skydial::protocol::DialNumber;
use skydial::protocol::number::{find_numbers, normalize, readable};

/// What every dialable number must be: all ASCII digits, 4 to 18 of them.
fn assert_ex_tn(number: &DialNumber, from: &str) {
    let ex_tn = number.ex_tn();
    assert!(
        ex_tn.bytes().all(|b| b.is_ascii_digit()) && (4..=18).contains(&ex_tn.len()),
        "{from:?} gave the EX_TN {ex_tn:?}"
    );
    let _ = number.for_reading();
}

/// The `number` target: `normalize` is idempotent on what it accepts,
/// `readable` is bounded, `from_ex_tn` and `find_numbers` give valid EX_TNs.
fn check_number(input: &[u8]) {
    let text = String::from_utf8_lossy(input);
    if let Ok(number) = normalize(&text) {
        assert_ex_tn(&number, &text);
        let again = normalize(number.ex_tn()).unwrap_or_else(|e| {
            panic!(
                "normalize({text:?}) = {:?}, which does not normalize: {e}",
                number.ex_tn()
            )
        });
        assert_eq!(again.ex_tn(), number.ex_tn());
    }
    assert!(readable(&text).chars().count() <= 256);
    if let Ok(number) = DialNumber::from_ex_tn(&text) {
        assert_ex_tn(&number, &text);
    }
    for number in find_numbers(&text) {
        assert_ex_tn(&number, &text);
    }
}

/// The `find_numbers` target: every number found is a valid EX_TN, found
/// once, that normalizes to itself.
fn check_find_numbers(input: &[u8]) {
    let text = String::from_utf8_lossy(input);
    let found = find_numbers(&text);
    for (i, number) in found.iter().enumerate() {
        assert_ex_tn(number, &text);
        assert!(!found[..i].contains(number), "{number} found twice");
        assert_eq!(
            normalize(number.ex_tn()).ok().as_ref(),
            Some(number),
            "find_numbers found {:?}, which does not normalize to itself",
            number.ex_tn()
        );
    }
}

// A North American number whose area code is 901 and whose exchange starts
// with 1 (`1 901 1xx xxxx`, or `+1 901 1xx xxxx`): `normalize` reads it as
// the national EX_TN `9011xxxxxx`, then refuses that EX_TN as "leave out the
// 9 for an outside line" (the `9011` check in `classify` comes before the
// 10-digit case). Found by the `find_numbers` target; both inputs are
// `cargo fuzz tmin` output.

#[test]
fn find_numbers_1() {
    check_find_numbers(b"\x0019011111111");
}

#[test]
fn find_numbers_2() {
    check_find_numbers(b"19011442011");
}

/// The same through `normalize` itself (what the `number` target checks;
/// that target did not reach it in its 10,000,000 runs).
#[test]
fn number_1() {
    check_number(b"19011442011");
    check_number(b"+1 901 110 5123");
}
