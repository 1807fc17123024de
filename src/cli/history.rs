//! `skydial history` and `skydial contacts`.

use super::args::{ContactsCmd, Global, HistoryArgs};
use super::exit::{Failure, Status};
use skydial::history::{History, HistoryEntry};
use skydial::protocol::number::readable;
use skydial::protocol::text::{clock, printable};
use skydial::t;

fn open() -> Result<History, Failure> {
    History::open_default().map_err(|e| Failure::new(Status::Api, e.to_string()))
}

fn when(ms: i64) -> String {
    use chrono::TimeZone;
    match chrono::Local.timestamp_millis_opt(ms).single() {
        Some(t) => t.format("%Y-%m-%d %H:%M").to_string(),
        None => "?".into(),
    }
}

fn outcome(e: &HistoryEntry) -> String {
    match (e.ended_at, e.missed, e.resolved, e.answered_at) {
        (None, ..) => t!("cmd-history-in-progress"),
        (Some(_), true, false, _) => t!("cmd-history-missed-open"),
        (Some(_), true, true, _) => t!("cmd-history-missed-done"),
        (Some(_), false, _, None) if e.direction == "out" => t!("cmd-history-no-answer"),
        (Some(end), false, _, Some(start)) => t!(
            "cmd-history-talked",
            duration = clock(((end - start).max(0) / 1000) as u64)
        ),
        _ => t!("cmd-history-ended"),
    }
}

/// How many calls the table (and `--json` without dates) shows unless told.
const DEFAULT_LIMIT: usize = 50;

fn history_failure(e: impl std::fmt::Display) -> Failure {
    Failure::new(Status::Api, e.to_string())
}

pub fn history(global: &Global, args: HistoryArgs) -> Result<Status, Failure> {
    use skydial::history::export::{ExportError, Range, parse_bound};
    if args.csv && global.json {
        return Err(Failure::usage(t!("cmd-history-csv-and-json")));
    }
    let bound = |text: &Option<String>, until| {
        text.as_deref()
            .map(|t| parse_bound(t, until, &chrono::Local))
            .transpose()
            .map_err(Failure::usage)
    };
    let range = Range {
        since: bound(&args.since, false)?,
        until: bound(&args.until, true)?,
    };
    let ranged = range.since.is_some() || range.until.is_some();
    let limit = match args.limit {
        Some(l) => Some(l),
        None if args.csv || ranged => None,
        None => Some(DEFAULT_LIMIT),
    };
    let history = open()?;
    let written = if let Some(query) = &args.search {
        let found = history
            .search(query, limit.unwrap_or(DEFAULT_LIMIT))
            .map_err(history_failure)?;
        let found: Vec<_> = found
            .into_iter()
            .filter(|e| {
                (!args.missed || e.missed)
                    && range.since.is_none_or(|s| e.started_at >= s)
                    && range.until.is_none_or(|u| e.started_at < u)
            })
            .collect();
        print_entries(global, &found, &t!("cmd-history-no-match"))
    } else if args.csv || global.json {
        let out = std::io::BufWriter::new(std::io::stdout().lock());
        let result = if args.csv {
            history.export_csv(range, limit, args.missed, &chrono::Local, out)
        } else {
            history.export_json(range, limit, args.missed, &chrono::Local, out)
        };
        match result {
            Ok(_) => Ok(()),
            Err(e) if e.is_broken_pipe() => Ok(()),
            Err(ExportError::History(e)) => Err(history_failure(e)),
            Err(e) => Err(history_failure(e)),
        }
    } else {
        let mut entries = Vec::new();
        history
            .for_each_call(range, limit, args.missed, |e| {
                entries.push(e);
                Ok::<_, skydial::history::HistoryError>(())
            })
            .map_err(history_failure)?;
        let none = if args.missed {
            t!("cmd-history-no-missed")
        } else {
            t!("cmd-history-none")
        };
        print_entries(global, &entries, &none)
    };
    written?;
    if args.mark_seen {
        let n = history.mark_seen(None).map_err(history_failure)?;
        eprintln!("{}", t!("cmd-history-marked-seen", count = n));
    }
    Ok(Status::Ok)
}

fn print_entries(global: &Global, entries: &[HistoryEntry], none: &str) -> Result<(), Failure> {
    if global.json {
        use skydial::history::export::{JsonCall, iso_time, state_reached, talk_seconds};
        let calls: Vec<_> = entries
            .iter()
            .map(|e| JsonCall {
                time: iso_time(e.started_at, &chrono::Local),
                reached: state_reached(e),
                duration: talk_seconds(e),
                entry: e,
            })
            .collect();
        let text = serde_json::to_string(&calls).map_err(history_failure)?;
        println!("{text}");
    } else if entries.is_empty() {
        println!("{none}");
    } else {
        println!(
            "{:<16}  {:<3}  {:<22}  {:<20}  {:<14}  {:<10}  {}",
            t!("cmd-history-column-when"),
            t!("cmd-history-column-direction"),
            t!("cmd-history-column-number"),
            t!("cmd-history-column-name"),
            t!("cmd-history-column-outcome"),
            t!("cmd-history-column-call"),
            t!("cmd-history-column-note")
        );
        for e in entries {
            let line = format!(
                "{:<16}  {:<3}  {:<22}  {:<20}  {:<14}  {:<10}  {}",
                when(e.started_at),
                e.direction,
                readable(&e.number),
                e.name.as_deref().unwrap_or(""),
                outcome(e),
                e.call_id,
                e.note.as_deref().or(e.reason.as_deref()).unwrap_or("")
            );
            println!("{}", printable(&line));
        }
    }
    Ok(())
}

/// `skydial note CALL TEXT`.
pub fn note(global: &Global, call: &str, text: &str) -> Result<Status, Failure> {
    let history = open()?;
    let saved = history.set_note(call, text).map_err(|e| match e {
        skydial::history::HistoryError::Refused(why) => Failure::usage(why),
        e => history_failure(e),
    })?;
    if global.json {
        println!("{}", serde_json::json!({ "call_id": call, "saved": saved }));
    } else if saved {
        eprintln!(
            "{}",
            if text.trim().is_empty() {
                t!("cmd-note-removed")
            } else {
                t!("cmd-note-saved")
            }
        );
    } else {
        eprintln!("{}", t!("cmd-note-no-call", call = printable(call)));
    }
    Ok(if saved { Status::Ok } else { Status::False })
}

pub fn contacts(global: &Global, cmd: ContactsCmd) -> Result<Status, Failure> {
    let mut history = open()?;
    match cmd {
        ContactsCmd::Add {
            name,
            numbers,
            company,
        } => super::contacts::add(global, &name, &numbers, company),
        ContactsCmd::Delete { name } => super::contacts::delete(&name),
        ContactsCmd::Export { file } => super::contacts::export(&file),
        ContactsCmd::Search { query } => super::contacts::search(global, &query),
        ContactsCmd::Import { files } => {
            let mut total = 0;
            for file in files {
                // vCards keep each number's kind and the company.
                if let Some(added) = super::contacts::import_vcard(&file)? {
                    total += added;
                    continue;
                }
                let found = skydial::contacts::read_file(&file)
                    .map_err(|e| Failure::usage(e.to_string()))?;
                let added = history
                    .import_contacts(&found)
                    .map_err(|e| Failure::new(Status::Api, e.to_string()))?;
                total += added;
                eprintln!(
                    "{}",
                    t!(
                        "cmd-contacts-csv-imported",
                        path = file.display().to_string(),
                        count = found.len(),
                        added = added
                    )
                );
            }
            if global.json {
                println!("{}", serde_json::json!({ "added": total }));
            }
            Ok(Status::Ok)
        }
    }
}
