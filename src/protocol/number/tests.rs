use super::*;

fn ok(text: &str) -> String {
    match normalize(text) {
        Ok(n) => n.ex_tn().to_string(),
        Err(e) => panic!("{text:?} should be dialable: {e}"),
    }
}

#[test]
fn what_people_paste() {
    assert_eq!(ok("+1 (646) 555-1234"), "6465551234");
    assert_eq!(ok("646.555.1234"), "6465551234");
    assert_eq!(ok("tel:+16465551234"), "6465551234");
    assert_eq!(
        ok("TEL:+1-646-555-1234;phone-context=example.com"),
        "6465551234"
    );
    assert_eq!(ok("callto:+16465551234"), "6465551234");
    assert_eq!(ok("callto://+16465551234"), "6465551234");
    assert_eq!(ok("tel:%2B16465551234"), "6465551234");
    assert_eq!(ok("+44 20 7946 0958"), "011442079460958");
    assert_eq!(ok("+44 (0)20 7946 0958"), "011442079460958");
    assert_eq!(ok("0044 20 7946 0958"), "011442079460958");
    assert_eq!(ok("1234"), "1234");
    assert_eq!(ok("01161212345678"), "01161212345678");
    assert_eq!(ok("6465551234"), "6465551234");
    assert_eq!(ok("16465551234"), "6465551234");
    assert_eq!(ok(" 646\u{a0}555\u{2013}1234 "), "6465551234");
}

#[test]
fn the_spec_invalid_examples_are_refused_with_a_reason() {
    assert_eq!(
        normalize("916465551234"),
        Err(NumberError::OutsideLinePrefix("16465551234".into()))
    );
    assert_eq!(
        normalize("101161212345678"),
        Err(NumberError::LongDistanceBeforeInternational(
            "01161212345678".into()
        ))
    );
    assert_eq!(
        normalize("61212345678"),
        Err(NumberError::NeedsInternationalPrefix)
    );
}

#[test]
fn refusals() {
    assert!(matches!(normalize("call me"), Err(NumberError::Letters(_))));
    assert_eq!(normalize(""), Err(NumberError::Empty));
    assert_eq!(normalize("   "), Err(NumberError::Empty));
    assert_eq!(normalize("123"), Err(NumberError::TooShort(3)));
    assert_eq!(normalize("5551234"), Err(NumberError::TooShort(7)));
    assert_eq!(
        normalize("1234567890123456789"),
        Err(NumberError::TooLong(19))
    );
    assert_eq!(normalize("0123456789"), Err(NumberError::BadAreaCode));
    assert_eq!(normalize("64+65551234"), Err(NumberError::MisplacedPlus));
    assert_eq!(
        normalize("+1 646 555 123"),
        Err(NumberError::BadNorthAmericanLength(9))
    );
    assert_eq!(
        normalize("646*555*1234"),
        Err(NumberError::BadCharacter('*'))
    );
    assert_eq!(
        normalize("646-555-1234 x 12"),
        Err(NumberError::TrailingExtension("6465551234".into()))
    );
    assert_eq!(
        normalize("tel:+16465551234;ext=12"),
        Err(NumberError::TrailingExtension("6465551234".into()))
    );
    assert!(matches!(
        normalize("sip:alice@example.com"),
        Err(NumberError::UnsupportedScheme(_))
    ));
    assert_eq!(
        normalize("96465551234"),
        Err(NumberError::OutsideLinePrefix("6465551234".into()))
    );
}

#[test]
fn the_servers_view_of_ex_tn() {
    for ok in ["1234", "6465551234", "16465551234", "01161212345678"] {
        assert!(DialNumber::from_ex_tn(ok).is_ok(), "{ok}");
    }
    assert_eq!(
        DialNumber::from_ex_tn("16465551234").unwrap().ex_tn(),
        "6465551234"
    );
    for bad in [
        "916465551234",
        "101161212345678",
        "61212345678",
        "",
        "+16465551234",
        "646 555 1234",
        "123",
        "0123456789",
        "0116",
    ] {
        assert!(DialNumber::from_ex_tn(bad).is_err(), "{bad:?}");
    }
}

#[test]
fn reading_forms() {
    assert_eq!(
        normalize("6465551234").unwrap().for_reading(),
        "(646) 555-1234"
    );
    assert_eq!(normalize("1234").unwrap().for_reading(), "ext. 1234");
    assert_eq!(
        normalize("+44 20 7946 0958").unwrap().for_reading(),
        "+44 20 7946 0958"
    );
    assert_eq!(
        normalize("011 33 1 45 68 12 34").unwrap().for_reading(),
        "+33 1 45 68 12 34"
    );
    assert_eq!(
        normalize("+4930901820").unwrap().for_reading(),
        "+49 30 901820"
    );
    // North American numbers as before, wherever they bill.
    assert_eq!(
        normalize("+1 876 555 0123").unwrap().for_reading(),
        "(876) 555-0123"
    );
    assert_eq!(readable("011442079460958"), "+44 20 7946 0958");
    assert_eq!(readable("2125550142"), "(212) 555-0142");
}

/// +1 is North America's numbering plan, not its price: Jamaica, the
/// Dominican Republic and the other +1 countries outside the US and
/// Canada bill as international, and are classified so.
#[test]
fn plus_one_abroad_bills_as_international() {
    for text in [
        "+1 876 555 0123",
        "1-809-555-0123",
        "(829) 555-0123",
        "+1 849 555 0123",
        "+1 649 555 0123",
        "+1 284 555 0123",
        "+1 345 555 0123",
        "+1 441 555 0123",
        "+1 473 555 0123",
        "+1 664 555 0123",
        "+1 758 555 0123",
        "+1 767 555 0123",
        "+1 784 555 0123",
        "+1 868 555 0123",
        "+1 869 555 0123",
        "+1 242 555 0123",
        "+1 246 555 0123",
        "+1 264 555 0123",
        "+1 268 555 0123",
        "+1 721 555 0123",
        "+1 658 555 0123",
    ] {
        let n = normalize(text).unwrap();
        assert_eq!(n.kind(), NumberKind::International, "{text}");
        assert!(n.is_north_american(), "{text}");
        assert_eq!(n.ex_tn().len(), 10, "{text}: dialled as North American");
        let warning = n.cost_warning().unwrap_or_default();
        assert!(
            warning.contains("bills as an international call") && warning.contains("one-ring"),
            "{text}: {warning}"
        );
    }
    assert_eq!(normalize("+1 876 555 0123").unwrap().region(), Some("JM"));
    assert!(
        normalize("+1 876 555 0123")
            .unwrap()
            .cost_warning()
            .unwrap_or_default()
            .contains("Jamaica")
    );
    // The read of the server's own form agrees.
    assert_eq!(
        DialNumber::from_ex_tn("18765550123").unwrap().kind(),
        NumberKind::International
    );
}

/// The US territories are priced as calls within the US (rate
/// integration); Canada is North America's too.
#[test]
fn us_territories_and_canada_are_national() {
    for (text, region) in [
        ("+1 787 555 0123", "PR"),
        ("+1 939 555 0123", "PR"),
        ("+1 340 555 0123", "VI"),
        ("+1 671 555 0123", "GU"),
        ("+1 670 555 0123", "MP"),
        ("+1 684 555 0123", "AS"),
        ("+1 416 555 0123", "CA"),
        ("+1 604 555 0123", "CA"),
        ("+1 212 555 0123", "US"),
        ("+1 800 555 0123", "US"),
    ] {
        let n = normalize(text).unwrap();
        assert_eq!(n.kind(), NumberKind::National, "{text}");
        assert_eq!(n.region(), Some(region), "{text}");
        assert_eq!(n.cost_warning(), None, "{text}");
    }
    assert!(
        normalize("1-900-555-0100")
            .unwrap()
            .cost_warning()
            .unwrap_or_default()
            .contains("premium-rate")
    );
    assert_eq!(
        normalize("+44 20 7946 0958")
            .unwrap()
            .cost_warning()
            .as_deref(),
        Some("This is an international number.")
    );
    assert_eq!(normalize("1234").unwrap().region(), None);
}

#[test]
fn numbers_spelt_with_letters() {
    for text in ["1-800-FLOWERS", "+1 800 FLOWERS", "1 (800) FLOWERS"] {
        let n = normalize(text).unwrap();
        assert_eq!(n.ex_tn(), "8003569377", "{text}");
        assert_eq!(n.letters(), Some(text));
        assert_eq!(n, normalize("18003569377").unwrap());
    }
    assert_eq!(
        normalize("1-800-FLOWERS").unwrap().for_reading(),
        "1 (800) 356-9377 (1-800-FLOWERS)"
    );
    assert_eq!(
        normalize("800-FLOWERS").unwrap().for_reading(),
        "(800) 356-9377 (800-FLOWERS)"
    );
    assert_eq!(
        normalize("tel:1-800-FLOWERS").unwrap().ex_tn(),
        "8003569377"
    );
    // Spelt numbers are classified like any other.
    assert!(normalize("1-900-PSYCHIC").unwrap().is_premium_rate());
    assert_eq!(
        normalize("+1 876 CALL-NOW").unwrap().kind(),
        NumberKind::International
    );
    // An extension after one still cannot be dialled.
    assert_eq!(
        normalize("1-800-FLOWERS x12"),
        Err(NumberError::TrailingExtension("8003569377".into()))
    );
}

#[test]
fn text_that_is_not_a_spelt_number_says_why() {
    assert!(matches!(
        normalize("call me at 6465551234 x22 ext"),
        Err(NumberError::Letters(_))
    ));
    assert!(matches!(normalize("hello"), Err(NumberError::Letters(_))));
    let too_long = normalize("1-800-FLOWERS-NOW").unwrap_err();
    assert_eq!(
        too_long,
        NumberError::SpeltTooLong("1-800-FLOWERS-NOW".into(), 13)
    );
    assert!(too_long.to_string().contains("13 digits, more than the 10"));
    assert!(matches!(
        normalize("1-800-FLOWER"),
        Err(NumberError::SpeltTooShort(_, 9))
    ));
    // An area code nobody uses: the letters are just letters.
    assert!(matches!(
        normalize("555-CALL-NOW"),
        Err(NumberError::Letters(_))
    ));
}

#[test]
fn finds_numbers_in_text() {
    let text = "Jane Doe | Acme\nPhone: +1 (646) 555-1234, mobile 646.555.9876\nRoom 12, ext 4321";
    let found: Vec<String> = find_numbers(text)
        .iter()
        .map(|n| n.ex_tn().to_string())
        .collect();
    assert_eq!(found, vec!["6465551234", "6465559876", "4321"]);
    assert!(find_numbers("no digits here").is_empty());
    let ads = "Call 1-800-FLOWERS NOW, or +1 (800) GO-FEDEX; 888-PQRS-TUV. Suite 212 BUILDING, 1 FREE GIFT";
    let found: Vec<(String, Option<String>)> = find_numbers(ads)
        .iter()
        .map(|n| (n.ex_tn().to_string(), n.letters().map(String::from)))
        .collect();
    assert_eq!(
        found,
        vec![
            ("8003569377".into(), Some("1-800-FLOWERS".into())),
            ("8004633339".into(), Some("+1 (800) GO-FEDEX".into())),
            ("8887777888".into(), Some("888-PQRS-TUV".into())),
        ]
    );
    // Lower case after a number is ordinary text.
    assert!(find_numbers("dial 212 for flowers").is_empty());
    assert!(
        find_numbers("order #12 of 2024-11-05")
            .iter()
            .all(|n| n.kind() != NumberKind::National)
    );
}

#[test]
fn a_text_offers_its_whole_self_or_the_numbers_in_it() {
    let n = |t: &str| numbers_in(t).unwrap();
    assert!(n("   ").is_empty());
    assert_eq!(n("+1 (646) 555-1234"), [normalize("6465551234").unwrap()]);
    // An extension is a whole text's number, though too short to find in prose.
    assert_eq!(n("1234"), [normalize("1234").unwrap()]);
    assert_eq!(n("Ada: 646-555-1234, or her desk 212 555 0142").len(), 2);
    assert!(matches!(
        numbers_in("12ab"),
        Err(NoNumber::Invalid(NumberError::Letters(_)))
    ));
    assert_eq!(
        numbers_in(&"no number in this long sentence at all, sorry".repeat(2)),
        Err(NoNumber::NotFound)
    );
}
