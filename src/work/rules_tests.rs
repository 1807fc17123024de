use super::*;
use chrono::{FixedOffset, LocalResult, MappedLocalTime, NaiveDate, NaiveDateTime};

/// America/New_York as it is in 2026, written out (the tests must not
/// depend on the machine's zone): EST (-5), and EDT (-4) from Sunday 8 March
/// 02:00 (clocks jump to 03:00) to Sunday 1 November 02:00 (back to 01:00).
#[derive(Debug, Clone, Copy)]
struct NewYork;

const EST: i32 = -5 * 3600;
const EDT: i32 = -4 * 3600;

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, min, 0)
        .unwrap()
}

impl NewYork {
    /// DST from 07:00 UTC on 8 March to 06:00 UTC on 1 November 2026.
    fn offset_at_utc(t: &NaiveDateTime) -> i32 {
        if *t >= utc(2026, 3, 8, 7, 0) && *t < utc(2026, 11, 1, 6, 0) {
            EDT
        } else {
            EST
        }
    }
}

impl TimeZone for NewYork {
    type Offset = FixedOffset;
    fn from_offset(_: &FixedOffset) -> Self {
        Self
    }
    fn offset_from_local_date(&self, local: &NaiveDate) -> MappedLocalTime<FixedOffset> {
        self.offset_from_local_datetime(&local.and_time(NaiveTime::MIN))
    }
    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> MappedLocalTime<FixedOffset> {
        let fits = |off: i32| {
            let as_utc = *local - chrono::Duration::seconds(i64::from(off));
            Self::offset_at_utc(&as_utc) == off
        };
        let offset = |s| FixedOffset::east_opt(s).unwrap();
        match (fits(EDT), fits(EST)) {
            (true, true) => LocalResult::Ambiguous(offset(EDT), offset(EST)),
            (true, false) => LocalResult::Single(offset(EDT)),
            (false, true) => LocalResult::Single(offset(EST)),
            (false, false) => LocalResult::None,
        }
    }
    fn offset_from_utc_date(&self, utc: &NaiveDate) -> FixedOffset {
        self.offset_from_utc_datetime(&utc.and_time(NaiveTime::MIN))
    }
    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> FixedOffset {
        FixedOffset::east_opt(Self::offset_at_utc(utc)).unwrap()
    }
}

fn at(t: NaiveDateTime) -> DateTime<NewYork> {
    NewYork.from_utc_datetime(&t)
}

fn rules(edit: impl FnOnce(&mut Settings)) -> Rules {
    let mut s = Settings::default();
    s.rules.working_hours = WorkingHours {
        mon: String::new(),
        tue: String::new(),
        wed: String::new(),
        thu: String::new(),
        fri: String::new(),
        sat: String::new(),
        sun: String::new(),
    };
    edit(&mut s);
    let (rules, problems) = Rules::from_settings(&s);
    assert_eq!(problems, Vec::<String>::new());
    rules
}

const CALLER: Ringing<'static> = Ringing {
    number: "2125550142",
    name: Some("Ada Lovelace"),
};

#[test]
fn the_zone_of_the_tests_is_right() {
    // 06:30 UTC on 8 March is 01:30 EST; 07:30 UTC is 03:30 EDT.
    assert_eq!(at(utc(2026, 3, 8, 6, 30)).hour(), 1);
    assert_eq!(at(utc(2026, 3, 8, 7, 30)).hour(), 3);
    assert_eq!(at(utc(2026, 11, 1, 5, 30)).hour(), 1, "01:30 EDT");
    assert_eq!(at(utc(2026, 11, 1, 6, 30)).hour(), 1, "01:30 EST again");
}

/// A night shift, Saturday 22:00 to Sunday 06:00: the schedule crosses
/// midnight and, on 8 March 2026, the spring-forward change.
#[test]
fn a_schedule_across_midnight_and_a_dst_change() {
    let r = rules(|s| {
        s.rules.dnd_outside_working_hours = true;
        s.rules.working_hours.sat = "22:00-06:00".into();
    });
    let ring = |t| r.decide(CALLER, &at(t));
    // Saturday 21:59 EST (02:59 UTC Sunday): before the shift.
    assert_eq!(ring(utc(2026, 3, 8, 2, 59)).reason, Some(Reason::Schedule));
    // Saturday 22:00 EST, Sunday 01:59 EST: at work.
    assert_eq!(ring(utc(2026, 3, 8, 3, 0)).action, Action::Ring);
    assert_eq!(ring(utc(2026, 3, 8, 6, 59)).action, Action::Ring);
    // 07:00 UTC is 03:00 EDT (02:00 never happens): still at work.
    assert_eq!(ring(utc(2026, 3, 8, 7, 0)).action, Action::Ring);
    // 05:59 EDT is 09:59 UTC: at work; 06:00 EDT (10:00 UTC) is not. A
    // zone-blind -5 would put the end an hour later, at 11:00 UTC.
    assert_eq!(ring(utc(2026, 3, 8, 9, 59)).action, Action::Ring);
    let after = ring(utc(2026, 3, 8, 10, 0));
    assert_eq!(after.action, Action::Ignore);
    assert_eq!(
        after.reason.map(|r| r.text()).as_deref(),
        Some("ignored: do not disturb (schedule)")
    );
    // Sunday night is not a shift.
    assert_eq!(ring(utc(2026, 3, 9, 3, 30)).action, Action::Ignore);
    // The autumn change: Saturday 31 October 22:00 EDT to Sunday 06:00 EST,
    // nine hours of wall clock: 02:00 to 11:00 UTC.
    assert_eq!(ring(utc(2026, 11, 1, 10, 59)).action, Action::Ring);
    assert_eq!(ring(utc(2026, 11, 1, 11, 0)).action, Action::Ignore);
}

#[test]
fn office_hours_on_weekdays_with_a_lunch_break() {
    let r = rules(|s| {
        s.rules.dnd_outside_working_hours = true;
        s.rules.working_hours.mon = "08:00-12:00, 13:00-17:30".into();
    });
    // Monday 9 March 2026 (EDT, -4).
    let ring = |h: u32, m: u32| r.decide(CALLER, &at(utc(2026, 3, 9, h + 4, m))).action;
    assert_eq!(ring(7, 59), Action::Ignore);
    assert_eq!(ring(8, 0), Action::Ring);
    assert_eq!(ring(12, 30), Action::Ignore);
    assert_eq!(ring(17, 29), Action::Ring);
    assert_eq!(ring(17, 30), Action::Ignore);
}

#[test]
fn a_vip_rings_through_do_not_disturb_and_others_do_not() {
    let r = rules(|s| {
        s.do_not_disturb = true;
        s.rules.vip = vec!["+1 (646) 555-7001".into(), "ada lovelace".into()];
    });
    let now = at(utc(2026, 6, 1, 15, 0));
    let by_number = Ringing {
        number: "16465557001",
        name: None,
    };
    let d = r.decide(by_number, &now);
    assert_eq!(
        (d.action, d.reason.as_ref().map(Reason::text).as_deref()),
        (Action::Ring, Some("rang through: VIP"))
    );
    assert_eq!(
        r.decide(CALLER, &now).action,
        Action::Ring,
        "a VIP contact by name"
    );
    let stranger = Ringing {
        number: "3105550199",
        name: Some("Ada"),
    };
    let d = r.decide(stranger, &now);
    assert_eq!(d.action, Action::Ignore);
    assert_eq!(d.reason, Some(Reason::DoNotDisturb));
    // Without do not disturb a VIP just rings.
    let r = rules(|s| s.rules.vip = vec!["6465557001".into()]);
    assert_eq!(
        r.decide(by_number, &now),
        Decision {
            action: Action::Ring,
            reason: None
        }
    );
}

#[test]
fn do_not_disturb_until_a_time() {
    // Set at 20:00 EST on Saturday 7 March "until tomorrow": 09:00 on
    // Sunday, which is EDT (13:00 UTC, not 14:00).
    let evening = at(utc(2026, 3, 8, 1, 0));
    let r = rules(|_| {});
    let tomorrow = r.tomorrow(&evening);
    assert_eq!(tomorrow.naive_utc(), utc(2026, 3, 8, 13, 0));
    // With working hours on Sunday it ends when they start.
    let shift = rules(|s| s.rules.working_hours.sun = "07:30-12:00".into());
    assert_eq!(
        shift.tomorrow(&evening).naive_utc(),
        utc(2026, 3, 8, 11, 30)
    );
    let r = rules(|s| s.rules.dnd_until = tomorrow.to_rfc3339());
    let d = r.decide(CALLER, &at(utc(2026, 3, 8, 12, 59)));
    assert_eq!(d.action, Action::Ignore);
    assert_eq!(
        d.reason.map(|r| r.text()).as_deref(),
        Some("ignored: do not disturb (until 09:00)")
    );
    assert_eq!(
        r.decide(CALLER, &at(utc(2026, 3, 8, 13, 0))).action,
        Action::Ring
    );
    // Set the evening before, the reason says the date.
    let d = r.decide(CALLER, &evening);
    assert_eq!(
        d.reason.map(|r| r.text()).as_deref(),
        Some("ignored: do not disturb (until 2026-03-08 09:00)")
    );
    // For an hour.
    let hour = in_one_hour(&evening);
    let r = rules(|s| s.rules.dnd_until = hour.to_rfc3339());
    assert_eq!(
        r.decide(CALLER, &at(utc(2026, 3, 8, 1, 59))).action,
        Action::Ignore
    );
    assert_eq!(
        r.decide(CALLER, &at(utc(2026, 3, 8, 2, 0))).action,
        Action::Ring
    );
}

#[test]
fn spam_numbers_and_prefixes_are_always_ignored() {
    let r = rules(|s| {
        s.rules.ignore_numbers = vec!["+1 212 555 0142".into(), "1900*".into(), "+44 70*".into()];
        s.rules.vip = vec!["9005550100".into()];
    });
    let now = at(utc(2026, 6, 1, 15, 0));
    for number in [
        "2125550142",
        "12125550142",
        "9005550100",
        "+1 900 555 0100",
        "011447012345678",
    ] {
        let d = r.decide(Ringing { number, name: None }, &now);
        assert_eq!(d.action, Action::Ignore, "{number}");
        assert_eq!(
            d.reason.map(|r| r.text()).as_deref(),
            Some("ignored: spam list")
        );
    }
    for number in [
        "2125550143",
        "8005550100",
        "+44 20 7946 0958",
        "",
        "anonymous",
    ] {
        assert_eq!(
            r.decide(Ringing { number, name: None }, &now).action,
            Action::Ring,
            "{number}"
        );
    }
}

#[test]
fn settings_that_cannot_be_read_are_said() {
    let mut s = Settings::default();
    s.rules.working_hours.mon = "9 to 5".into();
    s.rules.working_hours.tue = "09:00-09:00".into();
    s.rules.working_hours.wed = "25:00-26:00".into();
    s.rules.dnd_until = "soon".into();
    s.rules.ignore_numbers = vec!["spam*".into(), "call me".into()];
    let (_, problems) = Rules::from_settings(&s);
    assert_eq!(problems.len(), 6, "{problems:#?}");
    assert!(problems[0].contains("Monday"), "{}", problems[0]);
}
