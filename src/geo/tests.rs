use super::*;
use crate::protocol::number::normalize;
use std::time::Duration;

fn at(unix: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(unix)
}

/// 2026-01-15 17:00 UTC and 2026-07-15 17:00 UTC.
const WINTER: u64 = 1_768_496_400;
const SUMMER: u64 = 1_784_134_800;

fn place_of(text: &str) -> Place {
    let number = normalize(text).unwrap_or_else(|e| panic!("{text}: {e}"));
    place(&number).unwrap_or_else(|| panic!("{text}: no place"))
}

fn time_at(text: &str, unix: u64) -> LocalTime {
    local_time(&place_of(text), at(unix))
}

fn hm(t: &LocalTime) -> (u8, u8, i32, &'static str) {
    (t.hour, t.minute, t.utc_offset, t.abbreviation)
}

#[test]
fn north_american_area_codes() {
    let ny = place_of("(212) 555-0142");
    assert_eq!(
        (ny.name.as_str(), ny.region, ny.zone),
        ("New York, NY", "US", "America/New_York")
    );
    assert_eq!(
        hm(&time_at("2125550142", WINTER)),
        (12, 0, -5 * 3600, "EST")
    );
    assert_eq!(
        hm(&time_at("2125550142", SUMMER)),
        (13, 0, -4 * 3600, "EDT")
    );

    let sf = place_of("415 555 0142");
    assert_eq!(
        (sf.name.as_str(), sf.zone),
        ("San Francisco, CA", "America/Los_Angeles")
    );
    assert_eq!(hm(&time_at("4155550142", WINTER)), (9, 0, -8 * 3600, "PST"));

    // Hawaii keeps standard time all year.
    let hi = place_of("808 555 0142");
    assert_eq!((hi.name.as_str(), hi.zone), ("Hawaii", "Pacific/Honolulu"));
    assert_eq!(
        hm(&time_at("8085550142", WINTER)),
        (7, 0, -10 * 3600, "HST")
    );
    assert_eq!(
        hm(&time_at("8085550142", SUMMER)),
        (7, 0, -10 * 3600, "HST")
    );

    let toronto = place_of("416 555 0142");
    assert_eq!((toronto.region, toronto.zone), ("CA", "America/Toronto"));
}

/// Area codes whose data names only longer prefixes (none is `1718`: its
/// entries are 5 to 7 digits) are named as the others: by the main city
/// where it has most of the exchanges, else by the state or province.
#[test]
fn area_codes_the_data_splits_into_longer_prefixes() {
    for (number, name, zone) in [
        ("718 555 1234", "New York", "America/New_York"),
        ("713 555 1234", "Houston, TX", "America/Chicago"),
        ("203 555 1234", "Connecticut", "America/New_York"),
        ("310 555 1234", "California", "America/Los_Angeles"),
        ("905 555 1234", "Ontario", "America/Toronto"),
    ] {
        let place = place_of(number);
        assert_eq!((place.name.as_str(), place.zone), (name, zone), "{number}");
    }
}

/// Every geographic area code of the US and Canada that libphonenumber
/// knows (`tests/data/nanp_areas.txt`, written by the generator) has a
/// place and a time zone.
#[test]
fn every_geographic_area_code_has_a_place() {
    let list = include_str!("../../tests/data/nanp_areas.txt");
    let areas: Vec<&str> = list
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect();
    assert!(areas.len() > 400, "{} area codes", areas.len());
    let nowhere: Vec<&str> = areas
        .iter()
        .copied()
        .filter(|a| {
            let number = normalize(&format!("{a}5550142")).unwrap();
            place(&number).is_none_or(|p| p.name.is_empty())
        })
        .collect();
    assert!(nowhere.is_empty(), "no place for {nowhere:?}");
}

/// 907 is all of Alaska: Anchorage's time, and the Aleutians' an hour
/// behind as elsewhere (so a call at 8:30 in Anchorage counts as early).
#[test]
fn alaska() {
    let ak = place_of("907 555 0142");
    assert_eq!((ak.name.as_str(), ak.zone), ("Alaska", "America/Anchorage"));
    assert_eq!(ak.other_zones, vec!["America/Adak"]);
    let t = time_at("9075550142", WINTER);
    assert_eq!(hm(&t), (8, 0, -9 * 3600, "AKST"));
    assert_eq!(
        t.elsewhere
            .iter()
            .map(|c| (c.zone, c.hour))
            .collect::<Vec<_>>(),
        vec![("America/Adak", 7)]
    );
    assert!(is_unsociable(&t), "7:00 on Adak");
}

#[test]
fn plus_one_countries_are_named_by_country() {
    let jm = place_of("+1 876 555 0123");
    assert_eq!(
        (jm.name.as_str(), jm.region, jm.zone),
        ("Jamaica", "JM", "America/Jamaica")
    );
    // No daylight saving.
    assert_eq!(
        hm(&time_at("+18765550123", SUMMER)),
        (12, 0, -5 * 3600, "EST")
    );
    let pr = place_of("+1 787 555 0123");
    assert_eq!((pr.name.as_str(), pr.region), ("Puerto Rico", "PR"));
    assert_eq!(
        hm(&time_at("+17875550123", WINTER)),
        (13, 0, -4 * 3600, "AST")
    );
}

#[test]
fn countries_and_their_regions() {
    let london = place_of("+44 20 7946 0958");
    assert_eq!(
        (london.name.as_str(), london.zone),
        ("United Kingdom (London)", "Europe/London")
    );
    assert_eq!(hm(&time_at("+442079460958", WINTER)), (17, 0, 0, "GMT"));
    assert_eq!(hm(&time_at("+442079460958", SUMMER)), (18, 0, 3600, "BST"));

    let berlin = place_of("+49 30 901820");
    assert_eq!(
        (berlin.name.as_str(), berlin.zone),
        ("Germany (Berlin)", "Europe/Berlin")
    );
    assert_eq!(hm(&time_at("+4930901820", WINTER)), (18, 0, 3600, "CET"));

    let paris = place_of("+33 1 45 68 12 34");
    assert_eq!((paris.region, paris.zone), ("FR", "Europe/Paris"));
    assert!(paris.name.starts_with("France"), "{}", paris.name);

    let tokyo = place_of("+81 3 1234 5678");
    assert_eq!(
        (tokyo.name.as_str(), tokyo.zone),
        ("Japan (Tokyo)", "Asia/Tokyo")
    );
    assert_eq!(
        hm(&time_at("+81312345678", WINTER)),
        (2, 0, 9 * 3600, "JST")
    );

    // Half-hour offsets.
    let india = place_of("+91 11 2345 6789");
    // libphonenumber names the zone by its older name (a link in tzdata).
    assert_eq!((india.region, india.zone), ("IN", "Asia/Calcutta"));
    assert_eq!(
        hm(&time_at("+911123456789", WINTER)),
        (22, 30, 19_800, "IST")
    );

    // Sydney's summer is January.
    let sydney = place_of("+61 2 9876 5432");
    assert_eq!((sydney.region, sydney.zone), ("AU", "Australia/Sydney"));
    assert_eq!(
        hm(&time_at("+61298765432", WINTER)),
        (4, 0, 11 * 3600, "AEDT")
    );
}

/// A number that says only the country (a Portuguese mobile may be on the
/// mainland or the Azores): the time is where most of its numbers are,
/// Lisbon's, and the other zone's time is elsewhere.
#[test]
fn a_country_of_several_zones() {
    let pt = place_of("+351 912 345 678");
    assert_eq!((pt.name.as_str(), pt.zone), ("Portugal", "Europe/Lisbon"));
    assert_eq!(pt.other_zones, vec!["Atlantic/Azores"]);
    // 7:30 UTC in January: 7:30 in Lisbon, 6:30 in the Azores.
    let t = time_at("+351912345678", WINTER - 9 * 3600 - 1800);
    assert_eq!(hm(&t), (7, 30, 0, "WET"));
    let azores: Vec<_> = t
        .elsewhere
        .iter()
        .map(|c| (c.zone, c.hour, c.minute))
        .collect();
    assert_eq!(azores, vec![("Atlantic/Azores", 6, 30)]);
    assert!(is_unsociable(&t));
    let later = time_at("+351912345678", WINTER);
    assert!(!is_unsociable(&later), "17:00 and 16:00");
    // A mobile prefix the data places: Russia's are Moscow's.
    assert_eq!(place_of("+7 912 345 6789").zone, "Europe/Moscow");
}

#[test]
fn daylight_saving_switches_on_the_right_instant() {
    // US: 2026-03-08 at 2:00 EST (07:00 UTC) clocks go to 3:00 EDT.
    let us = place_of("2125550142");
    let before = local_time(&us, at(1_772_953_199));
    let after = local_time(&us, at(1_772_953_200));
    assert_eq!(hm(&before), (1, 59, -5 * 3600, "EST"));
    assert_eq!(hm(&after), (3, 0, -4 * 3600, "EDT"));
    // Back on 2026-11-01 at 2:00 EDT (06:00 UTC).
    assert_eq!(
        hm(&local_time(&us, at(1_793_512_799))),
        (1, 59, -4 * 3600, "EDT")
    );
    assert_eq!(
        hm(&local_time(&us, at(1_793_512_800))),
        (1, 0, -5 * 3600, "EST")
    );
    // EU: 2026-03-29 at 01:00 UTC, everywhere at once.
    let paris = place_of("+33 1 45 68 12 34");
    assert_eq!(
        hm(&local_time(&paris, at(1_774_745_999))),
        (1, 59, 3600, "CET")
    );
    assert_eq!(
        hm(&local_time(&paris, at(1_774_746_000))),
        (3, 0, 7200, "CEST")
    );
    let london = place_of("+44 20 7946 0958");
    assert_eq!(
        hm(&local_time(&london, at(1_774_746_000))),
        (2, 0, 3600, "BST")
    );
    // Back on 2026-10-25 at 01:00 UTC.
    assert_eq!(
        hm(&local_time(&paris, at(1_792_890_000))),
        (2, 0, 3600, "CET")
    );
}

/// 850 (the Florida panhandle) spans two zones; the data places each
/// exchange: Pensacola's numbers are Central, Tallahassee's Eastern. Where
/// an exchange is not placed (208, Idaho: Mountain in the south, Pacific in
/// the north) the area's main zone is shown and the other is elsewhere.
#[test]
fn an_area_code_spanning_two_zones() {
    let pensacola = place_of("850 434 0000");
    let tallahassee = place_of("850 644 0000");
    assert_eq!(pensacola.name, "Florida");
    assert_eq!(pensacola.zone, "America/Chicago");
    assert_eq!(tallahassee.zone, "America/New_York");
    let idaho = place_of("208 555 0142");
    assert_eq!(idaho.zone, "America/Boise");
    assert_eq!(idaho.other_zones, vec!["America/Los_Angeles"]);
    let t = local_time(&idaho, at(WINTER));
    assert_eq!(hm(&t), (10, 0, -7 * 3600, "MST"));
    assert_eq!(t.elsewhere.len(), 1);
    assert_eq!(
        (t.elsewhere[0].hour, t.elsewhere[0].abbreviation),
        (9, "PST")
    );
}

#[test]
fn numbers_without_a_place() {
    for text in ["1234", "1-800-555-0142", "+800 1234 5678", "+882 1234 5678"] {
        let n = normalize(text).unwrap();
        assert_eq!(place(&n), None, "{text}");
    }
}

#[test]
fn unsociable_hours() {
    let t = |hour, minute| LocalTime {
        hour,
        minute,
        utc_offset: 0,
        abbreviation: "UTC",
        zone: "Etc/UTC",
        elsewhere: Vec::new(),
    };
    assert!(is_unsociable(&t(7, 59)));
    assert!(!is_unsociable(&t(8, 0)));
    assert!(!is_unsociable(&t(21, 0)));
    assert!(is_unsociable(&t(21, 1)));
    assert!(is_unsociable(&t(0, 0)));
    let mut split = t(12, 0);
    split.elsewhere.push(Clock {
        zone: "Pacific/Honolulu",
        hour: 2,
        minute: 0,
        utc_offset: -36_000,
        abbreviation: "HST",
    });
    assert!(is_unsociable(&split));
    assert_eq!(t(9, 5).to_string(), "09:05 UTC");
}

#[test]
fn any_instant_is_safe() {
    let p = place_of("2125550142");
    // The extremes each platform's clock can hold (Windows' range is far smaller).
    let far = Duration::from_secs(u64::MAX / 2);
    let instants = [
        Some(UNIX_EPOCH),
        UNIX_EPOCH.checked_sub(Duration::from_secs(1)),
        UNIX_EPOCH.checked_sub(far),
        UNIX_EPOCH.checked_add(far),
        UNIX_EPOCH.checked_sub(Duration::from_secs(1 << 34)),
        UNIX_EPOCH.checked_add(Duration::from_secs(1 << 36)),
    ];
    for t in instants.into_iter().flatten() {
        let time = local_time(&p, t);
        assert!(time.hour < 24 && time.minute < 60);
    }
}

#[test]
fn where_and_when_in_a_few_words() {
    assert_eq!(
        where_and_when("+1 (212) 555-0142", at(WINTER)),
        Some(("New York, NY, 12:00 EST".to_string(), false))
    );
    // 17:00 UTC is 2:00 in Tokyo.
    let (text, night) = where_and_when("+81 3 1234 5678", at(WINTER)).unwrap();
    assert!(text.ends_with("02:00 JST"), "{text}");
    assert!(night);
    assert_eq!(where_and_when("800 555 0199", at(WINTER)), None);
    assert_eq!(where_and_when("not a number", at(WINTER)), None);
}
