//! Times, dates and durations as the user's locale writes them: the clock
//! (`2:05 PM` in en-US, `14:05` in en-GB, de, fr, es; `14 h 05` in fr-CA),
//! dates (`March 14, 2026`, `14 March 2026`, `14. März 2026`, `14 mars
//! 2026`, `14 de marzo de 2026`), the day a call was on for history's
//! groups (`Today`, `Yesterday`, `Monday`, then the date) and call
//! durations (`5:09`, `1:05:09`).
//!
//! Pure: the caller passes the local time and today's date (the clock is
//! the caller's); the words come from the message files.

use super::{Locale, current};
use crate::t;
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};

/// How a locale writes times and dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Style {
    clock: Clock,
    /// A date in words: `March 14`, `14 March`, `14. März`, `14 de marzo`.
    words: Words,
    /// A date in digits.
    digits: Digits,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Clock {
    /// `2:05 PM`
    Twelve,
    /// `14:05`
    TwentyFour,
    /// `14 h 05` (Canadian French)
    TwentyFourH,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Words {
    MonthDay,
    DayMonth,
    DayDotMonth,
    DayDeMonth,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Digits {
    /// `3/14/2026`
    MonthDayYear,
    /// `14/03/2026`
    DayMonthYear,
    /// `14/3/2026`
    DayMonthYearShort,
    /// `14.03.2026`
    Dotted,
    /// `2026-03-14`
    Iso,
}

fn style(locale: Locale) -> Style {
    let region = |codes: &[&str]| locale.region().is_some_and(|r| codes.contains(&r));
    match locale.language().code() {
        "de" => Style {
            clock: Clock::TwentyFour,
            words: Words::DayDotMonth,
            digits: Digits::Dotted,
        },
        "fr" if region(&["CA"]) => Style {
            clock: Clock::TwentyFourH,
            words: Words::DayMonth,
            digits: Digits::Iso,
        },
        "fr" => Style {
            clock: Clock::TwentyFour,
            words: Words::DayMonth,
            digits: Digits::DayMonthYear,
        },
        "es" => Style {
            clock: if region(&["US"]) {
                Clock::Twelve
            } else {
                Clock::TwentyFour
            },
            words: Words::DayDeMonth,
            digits: Digits::DayMonthYearShort,
        },
        // English (and the pseudo-locale): the US unless the region writes
        // the day first.
        _ => Style {
            clock: if region(&["GB", "IE", "ZA", "MT"]) {
                Clock::TwentyFour
            } else {
                Clock::Twelve
            },
            words: if region(&["GB", "IE", "AU", "NZ", "IN", "ZA", "MT"]) {
                Words::DayMonth
            } else {
                Words::MonthDay
            },
            digits: if region(&["GB", "IE", "AU", "NZ", "IN", "ZA", "MT"]) {
                Digits::DayMonthYear
            } else if region(&["CA"]) {
                Digits::Iso
            } else {
                Digits::MonthDayYear
            },
        },
    }
}

/// Whether the user's locale writes a 12-hour clock (`2:05 PM`).
pub fn uses_12_hour_clock() -> bool {
    style(current()).clock == Clock::Twelve
}

/// A time of day: `2:05 PM`, `14:05`, `14 h 05`.
pub fn time_of_day(time: NaiveTime) -> String {
    let (hour, minute) = (time.hour(), time.minute());
    match style(current()).clock {
        Clock::TwentyFour => format!("{hour:02}:{minute:02}"),
        Clock::TwentyFourH => format!("{hour:02} h {minute:02}"),
        Clock::Twelve => {
            let half = if hour < 12 {
                t!("time-am")
            } else {
                t!("time-pm")
            };
            let hour = match hour % 12 {
                0 => 12,
                h => h,
            };
            format!("{hour}:{minute:02} {half}")
        }
    }
}

/// A date in digits: `3/14/2026`, `14/03/2026`, `14.03.2026`, `2026-03-14`.
pub fn date(date: NaiveDate) -> String {
    let (y, m, d) = (date.year(), date.month(), date.day());
    match style(current()).digits {
        Digits::MonthDayYear => format!("{m}/{d}/{y}"),
        Digits::DayMonthYear => format!("{d:02}/{m:02}/{y}"),
        Digits::DayMonthYearShort => format!("{d}/{m}/{y}"),
        Digits::Dotted => format!("{d:02}.{m:02}.{y}"),
        Digits::Iso => format!("{y}-{m:02}-{d:02}"),
    }
}

/// A date in words, with the year: `March 14, 2026`, `14. März 2026`.
pub fn long_date(date: NaiveDate) -> String {
    let (day, month, year) = (date.day(), month_name(date.month()), date.year());
    match style(current()).words {
        Words::MonthDay => format!("{month} {day}, {year}"),
        Words::DayMonth => format!("{day} {month} {year}"),
        Words::DayDotMonth => format!("{day}. {month} {year}"),
        Words::DayDeMonth => format!("{day} de {month} de {year}"),
    }
}

/// A date in words, without the year: `March 14`, `14 mars`.
fn day_and_month(date: NaiveDate) -> String {
    let (day, month) = (date.day(), month_name(date.month()));
    match style(current()).words {
        Words::MonthDay => format!("{month} {day}"),
        Words::DayMonth => format!("{day} {month}"),
        Words::DayDotMonth => format!("{day}. {month}"),
        Words::DayDeMonth => format!("{day} de {month}"),
    }
}

/// The day a call was on, for history's groups: `Today`, `Yesterday`, the
/// weekday within the last week, then the date (with the year when it is
/// not this year's).
pub fn day(date: NaiveDate, today: NaiveDate) -> String {
    let days_ago = today.signed_duration_since(date).num_days();
    match days_ago {
        0 => t!("time-today"),
        1 => t!("time-yesterday"),
        2..=6 => weekday_name(date.weekday()),
        _ if date.year() == today.year() => day_and_month(date),
        _ => long_date(date),
    }
}

/// When a call was: `Yesterday, 2:05 PM`, `Gestern, 14:05`, `Hier à 14:05`.
pub fn when(at: NaiveDateTime, today: NaiveDate) -> String {
    t!(
        "time-day-and-time",
        day = day(at.date(), today),
        time = time_of_day(at.time())
    )
}

/// A call's duration: `0:42`, `5:09`, `1:05:09`.
pub fn duration(seconds: u64) -> String {
    if seconds >= 3600 {
        format!(
            "{}:{:02}:{:02}",
            seconds / 3600,
            seconds / 60 % 60,
            seconds % 60
        )
    } else {
        format!("{}:{:02}", seconds / 60, seconds % 60)
    }
}

/// The weekday's name, as a heading (`Monday`, `Montag`, `Lundi`, `Lunes`).
pub fn weekday_name(day: Weekday) -> String {
    match day {
        Weekday::Mon => t!("weekday-monday"),
        Weekday::Tue => t!("weekday-tuesday"),
        Weekday::Wed => t!("weekday-wednesday"),
        Weekday::Thu => t!("weekday-thursday"),
        Weekday::Fri => t!("weekday-friday"),
        Weekday::Sat => t!("weekday-saturday"),
        Weekday::Sun => t!("weekday-sunday"),
    }
}

/// The month's name as it stands in a date (`March`, `März`, `mars`, `marzo`).
fn month_name(month: u32) -> String {
    match month {
        1 => t!("month-january"),
        2 => t!("month-february"),
        3 => t!("month-march"),
        4 => t!("month-april"),
        5 => t!("month-may"),
        6 => t!("month-june"),
        7 => t!("month-july"),
        8 => t!("month-august"),
        9 => t!("month-september"),
        10 => t!("month-october"),
        11 => t!("month-november"),
        _ => t!("month-december"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::scoped;

    fn in_locale<T>(tag: &str, f: impl FnOnce() -> T) -> T {
        scoped(Locale::parse(tag).unwrap(), f)
    }

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn clocks_twelve_hours_in_the_us_and_twenty_four_elsewhere() {
        let cases = [
            ("en", ["2:05 PM", "12:30 AM", "12:00 PM"]),
            ("en-US", ["2:05 PM", "12:30 AM", "12:00 PM"]),
            ("en-GB", ["14:05", "00:30", "12:00"]),
            ("de", ["14:05", "00:30", "12:00"]),
            ("de-AT", ["14:05", "00:30", "12:00"]),
            ("fr", ["14:05", "00:30", "12:00"]),
            ("fr-CA", ["14 h 05", "00 h 30", "12 h 00"]),
            ("es", ["14:05", "00:30", "12:00"]),
            ("es-US", ["2:05 p. m.", "12:30 a. m.", "12:00 p. m."]),
        ];
        for (tag, expected) in cases {
            let got = in_locale(tag, || [hm(14, 5), hm(0, 30), hm(12, 0)].map(time_of_day));
            assert_eq!(got, expected, "{tag}");
            assert_eq!(
                in_locale(tag, uses_12_hour_clock),
                ["en", "en-US", "es-US"].contains(&tag),
                "{tag}"
            );
        }
    }

    #[test]
    fn dates_in_digits_and_in_words() {
        let pi = ymd(2026, 3, 4);
        let cases = [
            ("en-US", "3/4/2026", "March 4, 2026"),
            ("en-GB", "04/03/2026", "4 March 2026"),
            ("en-CA", "2026-03-04", "March 4, 2026"),
            ("de", "04.03.2026", "4. März 2026"),
            ("fr", "04/03/2026", "4 mars 2026"),
            ("fr-CA", "2026-03-04", "4 mars 2026"),
            ("es", "4/3/2026", "4 de marzo de 2026"),
        ];
        for (tag, digits, words) in cases {
            assert_eq!(in_locale(tag, || date(pi)), digits, "{tag}");
            assert_eq!(in_locale(tag, || long_date(pi)), words, "{tag}");
        }
    }

    #[test]
    fn history_days_today_yesterday_weekday_then_date() {
        // Saturday 14 March 2026.
        let today = ymd(2026, 3, 14);
        let days = [
            today,
            ymd(2026, 3, 13),
            ymd(2026, 3, 9),
            ymd(2026, 3, 7),
            ymd(2025, 12, 31),
        ];
        let cases = [
            (
                "en",
                [
                    "Today",
                    "Yesterday",
                    "Monday",
                    "March 7",
                    "December 31, 2025",
                ],
            ),
            (
                "en-GB",
                [
                    "Today",
                    "Yesterday",
                    "Monday",
                    "7 March",
                    "31 December 2025",
                ],
            ),
            (
                "de",
                ["Heute", "Gestern", "Montag", "7. März", "31. Dezember 2025"],
            ),
            (
                "fr",
                ["Aujourd’hui", "Hier", "Lundi", "7 mars", "31 décembre 2025"],
            ),
            (
                "es",
                [
                    "Hoy",
                    "Ayer",
                    "Lunes",
                    "7 de marzo",
                    "31 de diciembre de 2025",
                ],
            ),
        ];
        for (tag, expected) in cases {
            let got = in_locale(tag, || days.map(|d| day(d, today)));
            assert_eq!(got, expected, "{tag}");
        }
        let at = ymd(2026, 3, 13).and_time(hm(14, 5));
        assert_eq!(in_locale("en", || when(at, today)), "Yesterday, 2:05 PM");
        assert_eq!(in_locale("de", || when(at, today)), "Gestern, 14:05");
        assert_eq!(in_locale("fr", || when(at, today)), "Hier à 14:05");
        assert_eq!(in_locale("es", || when(at, today)), "Ayer, 14:05");
    }

    #[test]
    fn every_weekday_and_month_has_its_name() {
        for tag in ["en", "de", "fr", "es"] {
            let names: BTreeSet<String> = in_locale(tag, || {
                (0..7)
                    .map(|n| weekday_name(Weekday::try_from(n).unwrap()))
                    .chain((1..=12).map(month_name))
                    .collect()
            });
            assert_eq!(names.len(), 19, "{tag}: {names:?}");
        }
    }
    use std::collections::BTreeSet;

    #[test]
    fn durations_minutes_then_hours() {
        assert_eq!(duration(0), "0:00");
        assert_eq!(duration(42), "0:42");
        assert_eq!(duration(309), "5:09");
        assert_eq!(duration(3909), "1:05:09");
        assert_eq!(duration(u64::MAX).split(':').count(), 3, "no overflow");
    }
}
