//! Where a number is, and what time it is there: the place of a North
//! American area code (`New York, NY`) or the country of an international
//! number (and its region where the data knows it: `United Kingdom
//! (London)`), its time zone, the local time there, and whether that is
//! outside 8:00-21:00.
//!
//! The data is libphonenumber's geocoding and time-zone metadata and the IANA
//! time zone database, generated into `places.bin` by `packaging/numberdata.py`
//! (see `NOTICE`). Pure: no I/O, the clock is passed in.
//!
//! Choices the data leaves open:
//! - A North American area code is named by its place where the data names
//!   one (212: `New York, NY`), by its main city where that city has most of
//!   its exchanges (415: `San Francisco, CA`), else by its state or province
//!   (808: `Hawaii`); where the data names only longer prefixes of an area
//!   code (718, 713), by the state or province those lie in, or the city
//!   that has most of their exchanges (713: `Houston, TX`). +1 numbers outside the US and Canada are named by their
//!   country (`Jamaica`). Toll-free and other non-geographic numbers have no
//!   place.
//! - Where an area code or a country spans several time zones, the zone
//!   shown is the one most of the prefix's numbers are in (the generator
//!   weighs the exchanges of each zone; a few are set by hand, each said in
//!   the script), and [`LocalTime::elsewhere`] has the time in the others.
//!   [`is_unsociable`] counts them all: it may be night in part of the area.

mod data;
mod zone;

use crate::protocol::{DialNumber, NumberKind};
use serde::Serialize;
use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

/// Where a number is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    /// A short name to show: `New York, NY`, `Jamaica`, `United Kingdom (London)`.
    pub name: String,
    /// The country, as an ISO 3166 code: `US`, `JM`, `GB`.
    pub region: &'static str,
    /// The IANA time zone of the local time shown: `America/New_York`.
    pub zone: &'static str,
    /// Other zones the number may be in (its area code or country spans
    /// several and the number does not tell which).
    pub other_zones: Vec<&'static str>,
    #[serde(skip)]
    zones: Vec<u16>,
}

/// A clock in one zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Clock {
    pub zone: &'static str,
    pub hour: u8,
    pub minute: u8,
    /// Seconds east of UTC (New York in winter: -18000).
    pub utc_offset: i32,
    /// As the time zone database writes it: `EST`, `BST`, `+03`.
    pub abbreviation: &'static str,
}

/// The time at a [`Place`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocalTime {
    pub hour: u8,
    pub minute: u8,
    /// Seconds east of UTC.
    pub utc_offset: i32,
    pub abbreviation: &'static str,
    pub zone: &'static str,
    /// The time in the place's other zones, where it differs.
    pub elsewhere: Vec<Clock>,
}

impl fmt::Display for LocalTime {
    /// `14:05 GMT`: 24-hour, with the zone's abbreviation.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:02}:{:02} {}",
            self.hour, self.minute, self.abbreviation
        )
    }
}

/// Where `number` is; `None` for extensions and numbers the data places
/// nowhere (toll-free, non-geographic, unassigned).
pub fn place(number: &DialNumber) -> Option<Place> {
    let ex_tn = number.ex_tn();
    if number.kind() == NumberKind::Extension {
        return None;
    }
    let region = number.region()?;
    let (digits, shortest, name) = if number.is_north_american() {
        let digits = format!("1{ex_tn}");
        let name = match region {
            "US" | "CA" => data::area_name(ex_tn.get(..3)?.parse().ok()?)?.to_string(),
            _ => data::region_name(region)?.to_string(),
        };
        // At least the area code: "1" alone is all of North America.
        (digits, 4, name)
    } else {
        let digits = ex_tn.get(3..)?.to_string();
        let country = data::region_name(region)?;
        let code_len = number.country_code()?.to_string().len();
        let name = match data::place_name(&digits, code_len + 1) {
            Some(area) if area != country => format!("{country} ({area})"),
            _ => country.to_string(),
        };
        (digits, code_len, name)
    };
    let zones = data::zones(&digits, shortest)?;
    let names: Vec<&'static str> = zones.iter().filter_map(|z| zone::name(*z)).collect();
    let (&zone, others) = names.split_first()?;
    if names.len() != zones.len() {
        return None;
    }
    Some(Place {
        name,
        region,
        zone,
        other_zones: others.to_vec(),
        zones,
    })
}

/// The time at `place` at `now`.
pub fn local_time(place: &Place, now: SystemTime) -> LocalTime {
    let t = match now.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        Err(e) => i64::try_from(e.duration().as_secs()).map_or(i64::MIN, |s| -s),
    }
    // Years 1 to 9999: beyond, the arithmetic would overflow and nobody calls.
    .clamp(-62_135_596_800, 253_402_300_799);
    let mut clocks = place
        .zones
        .iter()
        .map(|z| clock(*z, t))
        .collect::<Vec<_>>()
        .into_iter();
    let main = clocks.next().flatten().unwrap_or(Clock {
        zone: place.zone,
        hour: 0,
        minute: 0,
        utc_offset: 0,
        abbreviation: "UTC",
    });
    let mut elsewhere: Vec<Clock> = Vec::new();
    for c in clocks.flatten() {
        if c.utc_offset != main.utc_offset
            && !elsewhere.iter().any(|e| e.utc_offset == c.utc_offset)
        {
            elsewhere.push(c);
        }
    }
    elsewhere.sort_by_key(|c| c.utc_offset);
    LocalTime {
        hour: main.hour,
        minute: main.minute,
        utc_offset: main.utc_offset,
        abbreviation: main.abbreviation,
        zone: main.zone,
        elsewhere,
    }
}

fn clock(z: u16, t: i64) -> Option<Clock> {
    let offset = zone::offset_at(z, t)?;
    let local = t + i64::from(offset.utc_offset);
    let seconds = local.rem_euclid(86_400);
    Some(Clock {
        zone: zone::name(z)?,
        hour: u8::try_from(seconds / 3600).ok()?,
        minute: u8::try_from(seconds % 3600 / 60).ok()?,
        utc_offset: offset.utc_offset,
        abbreviation: offset.abbreviation,
    })
}

/// Whether it is outside 8:00-21:00 at the place (the hours the US's
/// telemarketing rules allow calls in, 47 CFR 64.1200), in its main zone or
/// in any other zone the number may be in.
pub fn is_unsociable(time: &LocalTime) -> bool {
    let outside = |hour: u8, minute: u8| {
        let minutes = u16::from(hour) * 60 + u16::from(minute);
        !(8 * 60..=21 * 60).contains(&minutes)
    };
    outside(time.hour, time.minute) || time.elsewhere.iter().any(|c| outside(c.hour, c.minute))
}

/// Where `number` (as typed or as the server sends it) is and the time
/// there, in a few words for the window and the pops: `New York, NY, 16:40
/// EST`, with whether that is outside 8:00-21:00 there. `None` for what the
/// data places nowhere (extensions, toll-free, text that is no number).
pub fn where_and_when(number: &str, now: SystemTime) -> Option<(String, bool)> {
    let number = crate::protocol::number::normalize(number).ok()?;
    let place = place(&number)?;
    let time = local_time(&place, now);
    Some((format!("{}, {time}", place.name), is_unsociable(&time)))
}

#[cfg(test)]
mod tests;
