//! Time zones: a zone's UTC offset and abbreviation at any instant, from the
//! zone rules in `places.bin` (the IANA database's transitions since 1970,
//! and the POSIX rule each zone follows after its last one). The generator
//! checks this arithmetic, done the same way in Python, against Python's
//! `zoneinfo` for every zone; `tests/data/zone_times.txt` keeps instants and
//! zoneinfo's answers for the tests here.
//!
//! Bundling these rules (47 KB for the 285 zones the phone data names) costs
//! far less than a time-zone crate: measured on a release build like
//! skydial's, `chrono-tz` adds 1.9 MB (1.15 MB filtered to these zones),
//! `jiff` with its bundled database 0.49 MB; reading the system's zoneinfo
//! would need a bundled copy for Windows anyway.

use super::data::{self, ZONES};
use crate::protocol::blob::Reader;

/// A zone's offset and abbreviation at an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Offset {
    /// Seconds east of UTC.
    pub utc_offset: i32,
    pub abbreviation: &'static str,
}

/// Daylight saving's start or end: the `week`th (5: last) `weekday` (0:
/// Sunday) of `month`, `seconds` after local midnight.
#[derive(Debug, Clone, Copy)]
struct Switch {
    month: i64,
    week: i64,
    weekday: i64,
    seconds: i64,
}

impl Switch {
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        Some(Self {
            month: i64::from(r.u8()?),
            week: i64::from(r.u8()?),
            weekday: i64::from(r.u8()?),
            seconds: i64::from(r.i32()?),
        })
    }

    /// The instant of this switch in `year`, in a zone at `offset` before it.
    fn instant(self, year: i64, offset: i32) -> i64 {
        rule_day(year, self.month, self.week, self.weekday) * 86_400 + self.seconds
            - i64::from(offset)
    }
}

/// The zone named `name` (its index in the table), or `None`.
pub(super) fn name(zone: u16) -> Option<&'static str> {
    let mut r = record(zone)?;
    data::string(r.u16()?)
}

fn record(zone: u16) -> Option<Reader<'static>> {
    let s = data::section(ZONES)?;
    let count = Reader::new(s).u16()?;
    if zone >= count {
        return None;
    }
    let at = Reader::at(s, 2 + 4 * usize::from(zone)).u32()?;
    let body = 2 + 4 * usize::from(count);
    Some(Reader::at(s, body.checked_add(usize::try_from(at).ok()?)?))
}

/// The offset of `zone` at `t` (seconds since 1970, UTC).
pub(super) fn offset_at(zone: u16, t: i64) -> Option<Offset> {
    let mut r = record(zone)?;
    r.u16()?;
    let types = usize::from(r.u8()?);
    let type_table = r.bytes(types * 7)?;
    let kind = |i: u8| -> Option<Offset> {
        let mut t = Reader::at(type_table, usize::from(i) * 7);
        let utc_offset = t.i32()?;
        t.u8()?;
        let abbreviation = data::string(t.u16()?)?;
        Some(Offset {
            utc_offset,
            abbreviation,
        })
    };
    let initial = r.u8()?;
    let count = usize::from(r.u16()?);
    let times = r.bytes(count * 4)?;
    let indexes = r.bytes(count)?;
    let rule_from = i64::from(r.u32()?);
    if t >= rule_from {
        return rule_at(&mut r, t);
    }
    let time = |i: usize| Reader::at(times, i * 4).u32().map(i64::from);
    // The last transition at or before t.
    let (mut lo, mut hi) = (0, count);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if time(mid)? <= t {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    match lo.checked_sub(1) {
        Some(i) => kind(*indexes.get(i)?),
        None => kind(initial),
    }
}

/// What the zone's rule says at `t`; `r` is at the rule.
fn rule_at(r: &mut Reader<'static>, t: i64) -> Option<Offset> {
    let std_offset = r.i32()?;
    let standard = Offset {
        utc_offset: std_offset,
        abbreviation: data::string(r.u16()?)?,
    };
    if r.u8()? == 0 {
        return Some(standard);
    }
    let dst_offset = r.i32()?;
    let daylight = Offset {
        utc_offset: dst_offset,
        abbreviation: data::string(r.u16()?)?,
    };
    let (start, end) = (Switch::read(r)?, Switch::read(r)?);
    let year = civil_from_days((t + i64::from(std_offset)).div_euclid(86_400)).0;
    let starts = start.instant(year, std_offset);
    let ends = end.instant(year, dst_offset);
    let in_daylight = if starts < ends {
        (starts..ends).contains(&t)
    } else {
        // Southern hemisphere: daylight saving spans the new year.
        !(ends..starts).contains(&t)
    };
    Some(if in_daylight { daylight } else { standard })
}

/// Days since 1970-01-01 of a date (proleptic Gregorian; Howard Hinnant's
/// `days_from_civil`).
pub(super) fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date (year, month, day) of a day since 1970-01-01.
pub(super) fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

/// The day (since 1970) of the `week`th `weekday` of `month` in `year`
/// (week 5: the last).
fn rule_day(year: i64, month: i64, week: i64, weekday: i64) -> i64 {
    let first = days_from_civil(year, month, 1);
    let next = if month == 12 {
        days_from_civil(year + 1, 1, 1)
    } else {
        days_from_civil(year, month + 1, 1)
    };
    let sunday_based = (first + 4).rem_euclid(7);
    let mut day = first + (weekday - sunday_based).rem_euclid(7) + (week - 1) * 7;
    while day >= next {
        day -= 7;
    }
    day
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zone(name: &str) -> u16 {
        (0..400)
            .find(|z| super::name(*z) == Some(name))
            .unwrap_or_else(|| panic!("no zone {name}"))
    }

    #[test]
    fn dates() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(civil_from_days(11_017), (2000, 3, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        for days in (-800_000..800_000).step_by(97) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        // The second Sunday of March 2026 and the first of November.
        assert_eq!(civil_from_days(rule_day(2026, 3, 2, 0)), (2026, 3, 8));
        assert_eq!(civil_from_days(rule_day(2026, 11, 1, 0)), (2026, 11, 1));
        // The last Sunday of October 2026 and of March 2027.
        assert_eq!(civil_from_days(rule_day(2026, 10, 5, 0)), (2026, 10, 25));
        assert_eq!(civil_from_days(rule_day(2027, 3, 5, 0)), (2027, 3, 28));
    }

    /// Every instant of `tests/data/zone_times.txt` (Python's zoneinfo's
    /// reading of the same tzdata) gives the same offset and abbreviation.
    #[test]
    fn agrees_with_zoneinfo() {
        let vectors = include_str!("../../tests/data/zone_times.txt");
        let mut checked = 0;
        for line in vectors.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').collect();
            let (name, t, offset, abbreviation) = (f[0], f[1], f[2], f[3]);
            let t: i64 = t.parse().unwrap();
            let got = offset_at(zone(name), t).unwrap_or_else(|| panic!("{name} at {t}"));
            assert_eq!(
                (got.utc_offset.to_string().as_str(), got.abbreviation),
                (offset, abbreviation),
                "{name} at {t}"
            );
            checked += 1;
        }
        assert!(checked > 1000, "only {checked} vectors");
    }

    #[test]
    fn every_zone_reads_at_any_date() {
        let mut zones = 0;
        for z in 0..u16::MAX {
            let Some(_) = name(z) else { break };
            zones += 1;
            for t in [
                i64::MIN / 4,
                -1,
                0,
                1_700_000_000,
                4_000_000_000,
                i64::MAX / 4,
            ] {
                assert!(offset_at(z, t).is_some(), "zone {z} at {t}");
            }
        }
        assert_eq!(zones, 285);
    }
}
