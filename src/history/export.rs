//! The history as CSV or JSON, streamed row by row (memory stays flat
//! however many calls there are), between two times.
//!
//! CSV as RFC 4180 writes it (CRLF, quotes where needed), and safe to open
//! in a spreadsheet: a text cell that starts with `=`, `+`, `-`, `@`, a tab
//! or a carriage return is prefixed with `'`, so it is text, never a formula
//! (a caller's name from the server or a directory can be anything).

use super::{ENTRY_COLUMNS, History, HistoryEntry, HistoryError, entry_from_row};
use chrono::{DateTime, NaiveDate, NaiveDateTime, SecondsFormat, TimeZone};
use serde::Serialize;
use std::borrow::Cow;
use std::io::Write;

/// The CSV's columns, in order (the README documents each).
pub const CSV_COLUMNS: [&str; 11] = [
    "time",
    "direction",
    "number",
    "name",
    "state",
    "duration",
    "missed",
    "resolved",
    "note",
    "reason",
    "call_id",
];

/// What an export is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

/// Which calls: started at or after `since`, before `until` (Unix ms).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Range {
    pub since: Option<i64>,
    pub until: Option<i64>,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    History(#[from] HistoryError),
    #[error("cannot write the export: {0}")]
    Write(#[from] std::io::Error),
}

impl ExportError {
    /// The reader went away (`skydial history --csv | head`): not a failure.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Self::Write(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

/// Reads a `--since`/`--until` bound: `YYYY-MM-DD` (local midnight; for
/// `until`, the end of that day) or a full ISO 8601 time (with an offset,
/// or local without one). Returns Unix milliseconds.
pub fn parse_bound<Tz: TimeZone>(text: &str, until: bool, tz: &Tz) -> Result<i64, String> {
    let text = text.trim();
    let local = |naive: NaiveDateTime| -> Result<i64, String> {
        // A time a DST change skips is read as the first time after the gap.
        (0..=2)
            .find_map(|h| {
                tz.from_local_datetime(&(naive + chrono::Duration::hours(h)))
                    .earliest()
            })
            .map(|t| t.timestamp_millis())
            .ok_or_else(|| format!("{text} is not a time that exists here"))
    };
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        let date = if until {
            date.succ_opt()
                .ok_or_else(|| format!("{text} is too far in the future"))?
        } else {
            date
        };
        return local(date.and_time(chrono::NaiveTime::MIN));
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Ok(t.timestamp_millis());
    }
    for format in ["%Y-%m-%dT%H:%M%:z", "%Y-%m-%dT%H:%M%#z"] {
        if let Ok(t) = DateTime::parse_from_str(text, format) {
            return Ok(t.timestamp_millis());
        }
    }
    for format in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(text, format) {
            return local(naive);
        }
    }
    Err(format!(
        "{} is not a date: write YYYY-MM-DD (like 2026-03-31) or a full ISO 8601 time (like 2026-03-31T14:30:00+02:00)",
        crate::protocol::text::quoted(text)
    ))
}

/// A text cell made safe for a spreadsheet: never read as a formula.
pub fn spreadsheet_safe(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

/// A call's time as ISO 8601 with its offset, in `tz`.
pub fn iso_time<Tz: TimeZone>(ms: i64, tz: &Tz) -> String
where
    Tz::Offset: std::fmt::Display,
{
    match tz.timestamp_millis_opt(ms).single() {
        Some(t) => t.to_rfc3339_opts(SecondsFormat::Secs, false),
        None => String::new(),
    }
}

/// The furthest state the call reached: `CONNECTED` once answered, else
/// `RINGING` (inbound) or `PENDING` (outbound); a call still going gives
/// its state now.
pub fn state_reached(e: &HistoryEntry) -> &str {
    match (e.answered_at, e.ended_at) {
        (Some(_), _) => "CONNECTED",
        (None, Some(_)) if e.direction == "in" => "RINGING",
        (None, Some(_)) => "PENDING",
        (None, None) => &e.state,
    }
}

/// Seconds talked: from the answer to the end (0 if never answered or not over).
pub fn talk_seconds(e: &HistoryEntry) -> u64 {
    match (e.answered_at, e.ended_at) {
        (Some(a), Some(b)) => u64::try_from(b.saturating_sub(a) / 1000).unwrap_or(0),
        _ => 0,
    }
}

/// One call as `history --json` writes it: every stored field, and the
/// export's `time`, `reached` and `duration`.
#[derive(Serialize)]
pub struct JsonCall<'a> {
    #[serde(flatten)]
    pub entry: &'a HistoryEntry,
    pub time: String,
    pub reached: &'a str,
    pub duration: u64,
}

impl History {
    /// Calls in `range`, newest first, handed to `each` one at a time
    /// (nothing is collected). At most `limit`; only missed calls if asked.
    pub fn for_each_call<E: From<HistoryError>>(
        &self,
        range: Range,
        limit: Option<usize>,
        only_missed: bool,
        mut each: impl FnMut(HistoryEntry) -> Result<(), E>,
    ) -> Result<usize, E> {
        let sql = format!(
            "SELECT {ENTRY_COLUMNS}
             WHERE calls.started_at >= ?1 AND calls.started_at < ?2 {}
             ORDER BY calls.started_at DESC, calls.row DESC LIMIT ?3",
            if only_missed {
                "AND calls.missed = 1"
            } else {
                ""
            }
        );
        let limit = limit.map_or(-1, |l| i64::try_from(l).unwrap_or(i64::MAX));
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let mut rows = stmt
            .query(params_range(range, limit))
            .map_err(|e| self.err(e))?;
        let mut n = 0;
        while let Some(row) = rows.next().map_err(|e| self.err(e))? {
            each(entry_from_row(row).map_err(|e| self.err(e))?)?;
            n += 1;
        }
        Ok(n)
    }

    /// Writes the calls in `range` as CSV (a header, then one row a call).
    /// Returns how many calls were written.
    pub fn export_csv<Tz: TimeZone, W: Write>(
        &self,
        range: Range,
        limit: Option<usize>,
        only_missed: bool,
        tz: &Tz,
        out: W,
    ) -> Result<usize, ExportError>
    where
        Tz::Offset: std::fmt::Display,
    {
        let mut csv = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(out);
        let csv_err = |e: csv::Error| match e.into_kind() {
            csv::ErrorKind::Io(io) => ExportError::Write(io),
            other => ExportError::Write(std::io::Error::other(format!("{other:?}"))),
        };
        csv.write_record(CSV_COLUMNS).map_err(csv_err)?;
        let n = self.for_each_call(range, limit, only_missed, |e| {
            let duration = talk_seconds(&e).to_string();
            let yes_no = |b: bool| if b { "yes" } else { "no" };
            let safe = |s: &str| spreadsheet_safe(s).into_owned();
            let record = [
                iso_time(e.started_at, tz),
                e.direction.clone(),
                safe(&e.number),
                safe(e.name.as_deref().unwrap_or("")),
                state_reached(&e).to_string(),
                duration,
                yes_no(e.missed).into(),
                yes_no(e.resolved).into(),
                safe(e.note.as_deref().unwrap_or("")),
                safe(e.reason.as_deref().unwrap_or("")),
                safe(&e.call_id),
            ];
            csv.write_record(&record).map_err(csv_err)
        })?;
        csv.flush()?;
        Ok(n)
    }

    /// Writes the calls in `range` as one JSON array, an object a call
    /// ([`JsonCall`]). Returns how many calls were written.
    pub fn export_json<Tz: TimeZone, W: Write>(
        &self,
        range: Range,
        limit: Option<usize>,
        only_missed: bool,
        tz: &Tz,
        mut out: W,
    ) -> Result<usize, ExportError>
    where
        Tz::Offset: std::fmt::Display,
    {
        out.write_all(b"[")?;
        let mut first = true;
        let n = self.for_each_call(range, limit, only_missed, |e| {
            if !std::mem::take(&mut first) {
                out.write_all(b",")?;
            }
            let call = JsonCall {
                time: iso_time(e.started_at, tz),
                reached: state_reached(&e),
                duration: talk_seconds(&e),
                entry: &e,
            };
            serde_json::to_writer(&mut out, &call).map_err(std::io::Error::from)?;
            Ok::<_, ExportError>(())
        })?;
        out.write_all(b"]\n")?;
        out.flush()?;
        Ok(n)
    }
}

impl History {
    /// Writes every call in `range` to `file` (local times), whole or not at
    /// all: into a temporary file beside it, renamed over it at the end.
    pub fn export_file(
        &self,
        file: &std::path::Path,
        format: Format,
        range: Range,
    ) -> Result<usize, ExportError> {
        let dir = match file.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => std::path::Path::new("."),
        };
        let mut temp = tempfile::NamedTempFile::new_in(dir)?;
        let n = {
            let out = std::io::BufWriter::new(temp.as_file_mut());
            match format {
                Format::Csv => self.export_csv(range, None, false, &chrono::Local, out)?,
                Format::Json => self.export_json(range, None, false, &chrono::Local, out)?,
            }
        };
        temp.as_file().sync_all()?;
        temp.persist(file)
            .map_err(|e| ExportError::Write(e.error))?;
        Ok(n)
    }
}

fn params_range(range: Range, limit: i64) -> [i64; 3] {
    [
        range.since.unwrap_or(i64::MIN),
        range.until.unwrap_or(i64::MAX),
        limit,
    ]
}

#[cfg(test)]
mod tests {
    use super::super::now_ms;
    use super::*;
    use crate::protocol::{Call, CallId, CallState};
    use chrono::FixedOffset;

    #[test]
    fn bounds_are_dates_or_iso_times() {
        let tz = FixedOffset::east_opt(2 * 3600).unwrap();
        let day = 24 * 3600 * 1000;
        let since = parse_bound("2026-03-31", false, &tz).unwrap();
        assert_eq!(
            since, 1_774_908_000_000,
            "local midnight (22:00 UTC the day before)"
        );
        assert_eq!(parse_bound("2026-03-31", true, &tz).unwrap(), since + day);
        assert_eq!(
            parse_bound("2026-03-31T00:00:00+02:00", false, &tz).unwrap(),
            since
        );
        assert_eq!(
            parse_bound("2026-03-30T22:00:00Z", true, &tz).unwrap(),
            since
        );
        assert_eq!(parse_bound("2026-03-31T00:00", false, &tz).unwrap(), since);
        assert_eq!(
            parse_bound("2026-03-31T02:00+04:00", false, &tz).unwrap(),
            since
        );
        for bad in [
            "yesterday",
            "2026-13-01",
            "31/03/2026",
            "",
            "2026-03-31T25:00",
        ] {
            let err = parse_bound(bad, false, &tz).unwrap_err();
            assert!(err.contains("YYYY-MM-DD"), "{bad}: {err}");
        }
    }

    #[test]
    fn cells_that_a_spreadsheet_would_run_are_text() {
        for hostile in [
            "=HYPERLINK(\"http://x\")",
            "+1+1",
            "-2+3",
            "@SUM(A1)",
            "\tx",
            "\rx",
        ] {
            assert!(spreadsheet_safe(hostile).starts_with('\''), "{hostile:?}");
        }
        assert_eq!(spreadsheet_safe("Ada"), "Ada");
        assert_eq!(spreadsheet_safe(""), "");
    }

    #[test]
    fn csv_rows_are_rfc_4180_and_safe() {
        let dir = tempfile::tempdir().unwrap();
        let mut h = History::open(&dir.path().join("h.sqlite3")).unwrap();
        let names = [
            "=cmd|' /C calc'!A0",
            "Smith, \"Bob\"\nSales",
            "+1 (646) 555-7001",
            "@evil",
            "-1+1",
        ];
        for (i, name) in names.iter().enumerate() {
            let call = Call {
                id: CallId::new(format!("{i}")),
                state: CallState::Ringing,
                ani: "+16465557001".into(),
                clid: None,
                did: "6465551000".into(),
                duration: 0,
                endpoint: String::new(),
                originated: false,
            };
            h.batch(|b| b.end("u", &call, Some(name), true, now_ms() + i as i64))
                .unwrap();
        }
        let tz = FixedOffset::west_opt(5 * 3600).unwrap();
        let mut out = Vec::new();
        let n = h
            .export_csv(Range::default(), None, false, &tz, &mut out)
            .unwrap();
        assert_eq!(n, names.len());
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with(
            "time,direction,number,name,state,duration,missed,resolved,note,reason,call_id\r\n"
        ));
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), names.len());
        for (row, name) in rows.iter().zip(names.iter().rev()) {
            assert!(row[0].ends_with("-05:00"), "{:?}", &row[0]);
            assert_eq!(&row[2], "'+16465557001");
            let cell = &row[3];
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?}"
            );
            assert!(cell.ends_with(name), "{cell:?}");
            assert_eq!((&row[4], &row[6], &row[7]), ("RINGING", "yes", "no"));
        }
        assert_eq!(&rows[3][3], "Smith, \"Bob\"\nSales", "quoted, kept whole");
        // JSON: one array, newest first, with the export's fields.
        let mut out = Vec::new();
        h.export_json(Range::default(), Some(2), false, &tz, &mut out)
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v.as_array().unwrap().len(), 2);
        assert_eq!(v[0]["name"], "-1+1", "JSON keeps names as they are");
        assert_eq!(v[0]["resolved"], false);
        assert_eq!(v[0]["reached"], "RINGING");
        assert!(v[0]["time"].as_str().unwrap().ends_with("-05:00"));
    }
}
