//! Rules for ringing calls, client side (the API has no do-not-disturb or
//! forwarding of its own, so they work only while skydial runs): do not
//! disturb by hand, on a schedule (outside working hours) or until a time;
//! VIPs ring through do not disturb; numbers and prefixes that are always
//! ignored (spam). *Ignore* sends the caller to voicemail.
//!
//! Pure: the settings are read once into [`Rules`]; [`Rules::decide`] takes
//! the call and the local time and allocates one small string. Each
//! decision carries the reason history records.

use crate::contacts::match_key;
use crate::settings::{Settings, WorkingHours};
use chrono::{DateTime, Datelike, Days, NaiveTime, TimeZone, Timelike, Utc};
use std::collections::HashSet;

/// What to do with a ringing call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Ring as usual: a screen pop, if those are on.
    Ring,
    /// Ignore it through the API: the caller goes to voicemail.
    Ignore,
}

/// Why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The number is on the spam list.
    Spam,
    /// Do not disturb, switched on by hand.
    DoNotDisturb,
    /// Outside the working hours.
    Schedule,
    /// Do not disturb until a time (local, `HH:MM`, or a date and time
    /// when not today).
    Until(String),
    /// A VIP rang through do not disturb.
    Vip,
}

impl Reason {
    /// The words history records.
    pub fn text(&self) -> String {
        match self {
            Self::Spam => crate::history::missed::SPAM_REASON.into(),
            Self::DoNotDisturb => "ignored: do not disturb".into(),
            Self::Schedule => "ignored: do not disturb (schedule)".into(),
            Self::Until(when) => format!("ignored: do not disturb (until {when})"),
            Self::Vip => "rang through: VIP".into(),
        }
    }
}

/// A decision and its reason (none when the call simply rings).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub action: Action,
    pub reason: Option<Reason>,
}

/// The ringing call as the rules see it.
#[derive(Debug, Clone, Copy)]
pub struct Ringing<'a> {
    /// The caller's number (the call's `ani`).
    pub number: &'a str,
    /// The caller's name from the contacts or the directory, if known.
    pub name: Option<&'a str>,
}

/// A day's working hours, in minutes from midnight; `end < start` crosses midnight.
type Span = (u16, u16);

/// The rules, read from the settings.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    manual: bool,
    schedule: bool,
    /// Monday first.
    hours: [Vec<Span>; 7],
    until: Option<DateTime<Utc>>,
    vip_keys: HashSet<String>,
    vip_names: Vec<String>,
    spam_keys: HashSet<String>,
    /// Digits a number starts with.
    spam_prefixes: Vec<String>,
}

impl Rules {
    /// Reads the rules from the settings. What cannot be read is left out
    /// and said (each problem in plain words, for the settings screen).
    pub fn from_settings(s: &Settings) -> (Self, Vec<String>) {
        let mut problems = Vec::new();
        let mut rules = Self {
            manual: s.do_not_disturb,
            schedule: s.rules.dnd_outside_working_hours,
            ..Self::default()
        };
        let s = &*s.rules;
        for (i, (_, text)) in s.working_hours.days().into_iter().enumerate() {
            match parse_spans(text) {
                Ok(spans) => rules.hours[i] = spans,
                Err(e) => problems.push(crate::t!(
                    "rules-problem",
                    field = working_hours_label(i),
                    error = e
                )),
            }
        }
        let until = s.dnd_until.trim();
        if !until.is_empty() {
            match DateTime::parse_from_rfc3339(until) {
                Ok(t) => rules.until = Some(t.with_timezone(&Utc)),
                Err(_) => problems.push(crate::t!(
                    "rules-problem-until",
                    until = crate::protocol::text::quoted(until)
                )),
            }
        }
        for entry in &s.vip {
            let entry = entry.trim();
            if entry.is_empty() {
                continue;
            }
            match number_entry(entry) {
                Some(key) => {
                    rules.vip_keys.insert(key);
                }
                None => rules.vip_names.push(entry.to_lowercase()),
            }
        }
        for entry in &s.ignore_numbers {
            let entry = entry.trim();
            if let Some(prefix) = entry.strip_suffix('*') {
                let digits: String = prefix.chars().filter(char::is_ascii_digit).collect();
                if digits.is_empty() || prefix.chars().any(char::is_alphabetic) {
                    problems.push(crate::t!(
                        "rules-problem-not-a-prefix",
                        entry = crate::protocol::text::quoted(entry)
                    ));
                } else {
                    rules.spam_prefixes.push(digits);
                }
            } else if let Some(key) = number_entry(entry) {
                rules.spam_keys.insert(key);
            } else if !entry.is_empty() {
                problems.push(crate::t!(
                    "rules-problem-not-a-number",
                    entry = crate::protocol::text::quoted(entry)
                ));
            }
        }
        if rules.schedule && rules.hours.iter().all(Vec::is_empty) {
            problems.push(crate::t!("rules-problem-no-hours"));
        }
        (rules, problems)
    }

    /// What to do with a call ringing at `now` (local time in its zone).
    pub fn decide<Tz: TimeZone>(&self, call: Ringing<'_>, now: &DateTime<Tz>) -> Decision {
        let key = match_key(call.number);
        if self.is_spam(call.number, key.as_deref()) {
            return Decision {
                action: Action::Ignore,
                reason: Some(Reason::Spam),
            };
        }
        let Some(dnd) = self.dnd(now) else {
            return Decision {
                action: Action::Ring,
                reason: None,
            };
        };
        let vip = key.is_some_and(|k| self.vip_keys.contains(&k))
            || call.name.is_some_and(|n| {
                let n = n.trim().to_lowercase();
                self.vip_names.contains(&n)
            });
        if vip {
            Decision {
                action: Action::Ring,
                reason: Some(Reason::Vip),
            }
        } else {
            Decision {
                action: Action::Ignore,
                reason: Some(dnd),
            }
        }
    }

    fn is_spam(&self, number: &str, key: Option<&str>) -> bool {
        if key.is_some_and(|k| self.spam_keys.contains(k)) {
            return true;
        }
        if self.spam_prefixes.is_empty() {
            return false;
        }
        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
        let key = key.unwrap_or(&digits);
        // A North American number also as 1 and its ten digits.
        let with_one = (key.len() == 10).then(|| format!("1{key}"));
        self.spam_prefixes.iter().any(|p| {
            key.starts_with(p.as_str())
                || digits.starts_with(p.as_str())
                || with_one
                    .as_deref()
                    .is_some_and(|w| w.starts_with(p.as_str()))
        })
    }

    /// Whether do not disturb holds at `now`, and why.
    pub fn dnd<Tz: TimeZone>(&self, now: &DateTime<Tz>) -> Option<Reason> {
        if self.manual {
            return Some(Reason::DoNotDisturb);
        }
        if let Some(when) = self.until_ahead(now) {
            return Some(Reason::Until(when));
        }
        if self.schedule && !self.working(now) {
            return Some(Reason::Schedule);
        }
        None
    }

    /// When a *do not disturb until* still ahead of `now` ends, as the
    /// user reads it: local `HH:MM`, or a date and time when not today.
    pub fn until_ahead<Tz: TimeZone>(&self, now: &DateTime<Tz>) -> Option<String> {
        let until = self
            .until
            .filter(|until| now.with_timezone(&Utc) < *until)?;
        let local = until.with_timezone(&now.timezone());
        Some(if local.date_naive() == now.date_naive() {
            local.naive_local().format("%H:%M").to_string()
        } else {
            local.naive_local().format("%Y-%m-%d %H:%M").to_string()
        })
    }

    /// Whether `now` is within the working hours (a span that crosses
    /// midnight belongs to the day it starts on).
    pub fn working<Tz: TimeZone>(&self, now: &DateTime<Tz>) -> bool {
        let day = now.weekday().num_days_from_monday() as usize;
        let minute = (now.hour() * 60 + now.minute()) as u16;
        let today = self.hours[day].iter().any(|&(start, end)| {
            if start < end {
                (start..end).contains(&minute)
            } else {
                minute >= start
            }
        });
        let from_yesterday = self.hours[(day + 6) % 7]
            .iter()
            .any(|&(start, end)| end < start && minute < end);
        today || from_yesterday
    }

    /// *Do not disturb until tomorrow*: when tomorrow's working hours start,
    /// or 9:00 tomorrow when there are none.
    pub fn tomorrow<Tz: TimeZone>(&self, now: &DateTime<Tz>) -> DateTime<Utc> {
        let tomorrow = now.date_naive() + Days::new(1);
        let day = tomorrow.weekday().num_days_from_monday() as usize;
        let start = self.hours[day]
            .iter()
            .map(|&(s, _)| s)
            .min()
            .unwrap_or(9 * 60);
        let time = NaiveTime::from_hms_opt(u32::from(start / 60), u32::from(start % 60), 0)
            .unwrap_or(NaiveTime::MIN);
        local_time(&now.timezone(), tomorrow.and_time(time))
    }
}

/// The first instant at or after a local time (a time a DST change skips
/// is the first time after the gap).
pub fn local_time<Tz: TimeZone>(tz: &Tz, at: chrono::NaiveDateTime) -> DateTime<Utc> {
    (0..=4)
        .find_map(|q| {
            tz.from_local_datetime(&(at + chrono::Duration::minutes(15 * q)))
                .earliest()
        })
        .map_or_else(|| at.and_utc(), |t| t.with_timezone(&Utc))
}

/// The `dnd_until` setting for `at`: ISO 8601, in the offset `now` has
/// there (what the Settings screen's and the tray's choices write).
pub fn until_setting<Tz: TimeZone>(at: DateTime<Utc>, now: &DateTime<Tz>) -> String
where
    Tz::Offset: std::fmt::Display,
{
    at.with_timezone(&now.timezone()).to_rfc3339()
}

/// *Do not disturb for an hour*.
pub fn in_one_hour<Tz: TimeZone>(now: &DateTime<Tz>) -> DateTime<Utc> {
    now.with_timezone(&Utc) + chrono::Duration::hours(1)
}

/// An entry that is a number (at least four digits and no letters): its key.
fn number_entry(entry: &str) -> Option<String> {
    if entry.chars().any(char::is_alphabetic) {
        return None;
    }
    match_key(entry)
}

/// The field of the `day`th weekday's working hours (0: Monday), as the
/// Settings screen labels it.
fn working_hours_label(day: usize) -> String {
    match day {
        0 => crate::t!("rules-working-hours-monday"),
        1 => crate::t!("rules-working-hours-tuesday"),
        2 => crate::t!("rules-working-hours-wednesday"),
        3 => crate::t!("rules-working-hours-thursday"),
        4 => crate::t!("rules-working-hours-friday"),
        5 => crate::t!("rules-working-hours-saturday"),
        _ => crate::t!("rules-working-hours-sunday"),
    }
}

/// `09:00-17:30`, several with commas, `22:00-06:00` crossing midnight,
/// `00:00-24:00` all day; blank: none.
fn parse_spans(text: &str) -> Result<Vec<Span>, String> {
    let mut spans = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let bad = || {
            crate::t!(
                "rules-problem-not-a-span",
                part = crate::protocol::text::quoted(part)
            )
        };
        let (a, b) = part.split_once('-').ok_or_else(bad)?;
        let start = minutes(a).ok_or_else(bad)?;
        let end = minutes(b).ok_or_else(bad)?;
        if start == end || start >= 24 * 60 {
            return Err(bad());
        }
        spans.push((start, end));
    }
    Ok(spans)
}

fn minutes(text: &str) -> Option<u16> {
    let (h, m) = text.trim().split_once(':')?;
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    let total = h.checked_mul(60)?.checked_add(m)?;
    (m < 60 && total <= 24 * 60).then_some(total)
}

impl WorkingHours {
    /// Each day's text, Monday first.
    pub fn days(&self) -> [(&'static str, &str); 7] {
        [
            ("Monday", &self.mon),
            ("Tuesday", &self.tue),
            ("Wednesday", &self.wed),
            ("Thursday", &self.thu),
            ("Friday", &self.fri),
            ("Saturday", &self.sat),
            ("Sunday", &self.sun),
        ]
    }
}

#[cfg(test)]
#[path = "rules_tests.rs"]
mod tests;
