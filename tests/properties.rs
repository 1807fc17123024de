//! Property tests: the framer under any chunking, parsers under any bytes,
//! dialable numbers under any formatting.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

use proptest::prelude::*;
use skydial::protocol::number::{NumberError, NumberKind, find_numbers, normalize};
use skydial::protocol::{Call, CallId, CallState, Framer, Response};

/// The +1 area codes outside the US and Canada (issue 16's list, checked
/// against libphonenumber's): they bill as international.
const PLUS_ONE_ABROAD: [u32; 21] = [
    242, 246, 264, 268, 284, 345, 441, 473, 649, 658, 664, 721, 758, 767, 784, 809, 829, 849, 868,
    869, 876,
];

/// Area codes in use, of several kinds.
const AREAS: [u32; 10] = [212, 415, 800, 888, 876, 604, 907, 646, 900, 787];

/// A letter's key on a phone (ITU E.161).
fn key(letter: char) -> char {
    let keys = ["ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ"];
    let k = keys
        .iter()
        .position(|k| k.contains(letter.to_ascii_uppercase()))
        .unwrap();
    char::from(b'2' + k as u8)
}

fn call_strategy() -> impl Strategy<Value = Call> {
    (
        1u64..10_000_000,
        0usize..5,
        "[0-9]{4,15}",
        proptest::option::of("[0-9]{10}"),
        0u64..100_000,
        any::<bool>(),
        "[ -~]{0,12}",
    )
        .prop_map(|(id, state, ani, clid, duration, originated, odd)| Call {
            id: CallId::new(id.to_string()),
            state: CallState::ALL[state],
            // Some text needing escapes, to exercise entities across chunk edges.
            ani: format!("{ani}{}", odd.trim()),
            clid,
            did: "6465551000".into(),
            duration,
            endpoint: "0010492e1234".into(),
            originated,
        })
}

fn documents() -> impl Strategy<Value = Vec<Response>> {
    prop::collection::vec(
        prop_oneof![
            (any::<u32>(), any::<bool>())
                .prop_map(|(id, b)| Response::boolean(Some(id.to_string()), b)),
            (any::<u32>(), prop::collection::vec(call_strategy(), 0..4))
                .prop_map(|(id, calls)| Response::calls(Some(id.to_string()), calls)),
            Just(Response::error_response(
                Some("1".into()),
                skydial::protocol::ApiError::new(skydial::protocol::ApiErrorKind::Unsubscribed)
            )),
        ],
        1..8,
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// However the stream is cut, the framer yields exactly the documents sent.
    #[test]
    fn framer_finds_every_document_under_any_split(
        docs in documents(),
        cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..40),
        separator in prop_oneof![Just(""), Just("\n"), Just("\r\n  \n")],
    ) {
        let stream: String = docs.iter().map(|d| d.to_xml()).collect::<Vec<_>>().join(separator);
        let bytes = stream.as_bytes();
        let mut points: Vec<usize> = cuts.iter().map(|i| i.index(bytes.len() + 1)).collect();
        points.push(0);
        points.push(bytes.len());
        points.sort_unstable();
        points.dedup();
        let mut framer = Framer::new();
        let mut got = Vec::new();
        for pair in points.windows(2) {
            framer.push(&bytes[pair[0]..pair[1]]).unwrap();
            while let Some(doc) = framer.next_document().unwrap() {
                got.push(Response::parse(&doc).unwrap());
            }
        }
        prop_assert_eq!(got, docs);
        prop_assert!(framer.is_idle());
    }

    /// Random bytes never panic the framer or the parser, and memory stays bounded.
    #[test]
    fn random_bytes_never_panic(chunks in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..200), 0..20)) {
        let mut framer = Framer::new();
        for chunk in chunks {
            if framer.push(&chunk).is_err() { break; }
            while let Ok(Some(doc)) = framer.next_document() {
                let _ = Response::parse(&doc);
                let _ = skydial::protocol::RawCommand::parse_xml(&doc);
            }
        }
        prop_assert!(framer.pending() <= skydial::protocol::framer::MAX_PENDING_BYTES);
    }

    /// XML-ish noise (tags, quotes, comments) never panics the parser.
    #[test]
    fn xml_noise_never_panics(parts in prop::collection::vec(prop_oneof![
        Just("<a>"), Just("</a>"), Just("<b x='>'>"), Just("</b>"), Just("<!--"), Just("-->"),
        Just("<![CDATA["), Just("]]>"), Just("<?xml?>"), Just("&amp;"), Just("&#x41;"), Just("&#xFFFFFFFF;"),
        Just("<Result xsi:type=\"xmlList\">"), Just("</Result>"), Just("<item>"), Just("</item>"), Just("text"),
    ], 0..30)) {
        let doc: String = parts.concat();
        let _ = Response::parse(doc.as_bytes());
        let mut framer = Framer::new();
        let _ = framer.push(doc.as_bytes());
        while let Ok(Some(_)) = framer.next_document() {}
    }

    /// A North American number in any common layout becomes the same 10 digits.
    #[test]
    fn nanp_numbers_in_any_layout(
        area in 200u32..1000, exchange in 200u32..1000, line in 0u32..10000,
        layout in 0usize..7,
    ) {
        let digits = format!("{area}{exchange}{line:04}");
        let (a, e, l) = (&digits[..3], &digits[3..6], &digits[6..]);
        let text = match layout {
            0 => format!("+1 ({a}) {e}-{l}"),
            1 => format!("{a}.{e}.{l}"),
            2 => format!("tel:+1{a}{e}{l}"),
            3 => format!("1-{a}-{e}-{l}"),
            4 => format!("callto:+1 {a} {e} {l}"),
            5 => format!("({a}) {e} {l}"),
            _ => format!("  {a}{e}{l}\n"),
        };
        let number = normalize(&text).map_err(|e| TestCaseError::fail(format!("{text:?}: {e}")))?;
        prop_assert_eq!(number.ex_tn(), digits.as_str());
        prop_assert!(number.is_north_american());
        let abroad = PLUS_ONE_ABROAD.contains(&area);
        prop_assert_eq!(number.kind(), if abroad { NumberKind::International } else { NumberKind::National });
        // North American numbers read as they always have.
        prop_assert_eq!(number.for_reading(), format!("({a}) {e}-{l}"));
    }

    /// A North American number spelt with letters, in the layouts people
    /// write them in, dials the letters' keys and keeps its letters to show.
    #[test]
    fn spelt_numbers_dial_their_keys(
        area in prop::sample::select(&AREAS[..]),
        word in "[A-Za-z]{7}",
        digits_first in 0usize..4,
        layout in 0usize..5,
    ) {
        // Some of the 7 may be digits (1-800-356-FLOW), at least 3 letters.
        let local: String = word
            .chars()
            .enumerate()
            .map(|(i, c)| if i < digits_first { key(c) } else { c })
            .collect();
        prop_assume!(!local.starts_with(['0', '1']));
        let text = match layout {
            0 => format!("1-{area}-{local}"),
            1 => format!("+1 {area} {local}"),
            2 => format!("1 ({area}) {local}"),
            3 => format!("{area}-{local}"),
            _ => format!("  +1-{area}-{}-{}  ", &local[..3], &local[3..]),
        };
        let number = normalize(&text).map_err(|e| TestCaseError::fail(format!("{text:?}: {e}")))?;
        let keys: String = word.chars().map(key).collect();
        prop_assert_eq!(number.ex_tn(), format!("{area}{keys}"));
        prop_assert_eq!(number.letters(), Some(text.trim()));
        let shown = number.for_reading();
        prop_assert!(shown.ends_with(&format!(" ({})", text.trim())), "{}", shown);
        prop_assert_eq!(normalize(number.ex_tn()).unwrap(), number.clone());
        // Found in an advert too, when written with its 1.
        if layout <= 2 && word.chars().all(|c| c.is_ascii_uppercase()) {
            let found = find_numbers(&format!("Call {text} today"));
            prop_assert_eq!(found, vec![number]);
        }
    }

    /// More letters than a number has digits: refused, and the count said.
    #[test]
    fn too_many_letters_say_so(area in prop::sample::select(&AREAS[..]), word in "[A-Z]{8,20}") {
        let text = format!("1-{area}-{word}");
        prop_assert_eq!(
            normalize(&text),
            Err(NumberError::SpeltTooLong(text.clone(), 3 + word.len()))
        );
    }

    /// International numbers become 011 + country code + number, whichever prefix was used.
    #[test]
    fn international_numbers(cc in (2u32..999).prop_filter("+1 is North America", |c| !c.to_string().starts_with('1')), rest in "[0-9]{6,10}") {
        let plus = normalize(&format!("+{cc} {rest}")).unwrap();
        prop_assert_eq!(plus.ex_tn(), format!("011{cc}{rest}"));
        prop_assert_eq!(normalize(&format!("011 {cc} {rest}")).unwrap(), plus.clone());
        prop_assert_eq!(normalize(&format!("00{cc}{rest}")).unwrap(), plus.clone());
        // Laid out as the country writes it: the same digits, after a +,
        // with only spaces, hyphens, dots and brackets between them.
        let shown = plus.for_reading();
        prop_assert!(shown.starts_with('+'), "{}", shown);
        let digits: String = shown.chars().filter(char::is_ascii_digit).collect();
        prop_assert_eq!(digits, format!("{cc}{rest}"));
        prop_assert!(shown[1..].chars().all(|c| c.is_ascii_digit() || " -.()".contains(c)), "{}", shown);
    }

    /// Whatever is pasted: no panic, and a dialable result is digits only and
    /// dials the same when normalised again.
    #[test]
    fn any_text_is_safe_and_results_are_stable(text in "\\PC{0,40}") {
        if let Ok(number) = normalize(&text) {
            prop_assert!(number.ex_tn().chars().all(|c| c.is_ascii_digit()));
            prop_assert!((4..=18).contains(&number.ex_tn().len()));
            prop_assert_eq!(normalize(number.ex_tn()).unwrap(), number);
        }
    }

    /// Anything with a letter in the number part is refused.
    #[test]
    fn letters_are_refused(prefix in "[0-9]{3,6}", letter in "[a-wyzA-WYZ]", suffix in "[0-9]{3,6}") {
        let text = format!("{prefix}{letter}{suffix}");
        prop_assert!(normalize(&text).is_err());
    }

    /// An outbound 9 before a full number is refused.
    #[test]
    fn outside_line_nine_is_refused(area in 200u32..1000, rest in "[0-9]{7}") {
        let with_nine = format!("9{area}{rest}");
        let with_nine_one = format!("91{area}{rest}");
        prop_assert!(normalize(&with_nine).is_err());
        prop_assert!(normalize(&with_nine_one).is_err());
    }
}
