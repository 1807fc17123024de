//! `skydial history` and `skydial contacts`.

use super::args::{ContactsCmd, Global};
use super::exit::{Failure, Status};
use skydial::history::{History, HistoryEntry};
use skydial::protocol::number::readable;
use skydial::protocol::text::{clock, printable};

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
    match (e.ended_at, e.missed, e.seen, e.answered_at) {
        (None, ..) => "in progress".into(),
        (Some(_), true, false, _) => "MISSED (new)".into(),
        (Some(_), true, true, _) => "missed".into(),
        (Some(_), false, _, None) if e.direction == "out" => "no answer".into(),
        (Some(end), false, _, Some(start)) => {
            format!("talked {}", clock(((end - start).max(0) / 1000) as u64))
        }
        _ => "ended".into(),
    }
}

pub fn history(
    global: &Global,
    missed: bool,
    limit: usize,
    mark_seen: bool,
) -> Result<Status, Failure> {
    let history = open()?;
    let entries = history
        .recent(limit, missed)
        .map_err(|e| Failure::new(Status::Api, e.to_string()))?;
    if global.json {
        let text = serde_json::to_string(&entries)
            .map_err(|e| Failure::new(Status::Api, e.to_string()))?;
        println!("{text}");
    } else if entries.is_empty() {
        println!(
            "{}",
            if missed {
                "No missed calls."
            } else {
                "No calls yet."
            }
        );
    } else {
        println!(
            "{:<16}  {:<3}  {:<22}  {:<20}  {:<14}  CALL",
            "WHEN", "DIR", "NUMBER", "NAME", "OUTCOME"
        );
        for e in &entries {
            let line = format!(
                "{:<16}  {:<3}  {:<22}  {:<20}  {:<14}  {}",
                when(e.started_at),
                e.direction,
                readable(&e.number),
                e.name.as_deref().unwrap_or(""),
                outcome(e),
                e.call_id
            );
            println!("{}", printable(&line));
        }
    }
    if mark_seen {
        let n = history
            .mark_seen(None)
            .map_err(|e| Failure::new(Status::Api, e.to_string()))?;
        eprintln!("Marked {n} missed call(s) as seen.");
    }
    Ok(Status::Ok)
}

pub fn contacts(global: &Global, cmd: ContactsCmd) -> Result<Status, Failure> {
    let mut history = open()?;
    match cmd {
        ContactsCmd::Import { files } => {
            let mut total = 0;
            for file in files {
                let found = skydial::contacts::read_file(&file)
                    .map_err(|e| Failure::usage(e.to_string()))?;
                let added = history
                    .import_contacts(&found)
                    .map_err(|e| Failure::new(Status::Api, e.to_string()))?;
                total += added;
                eprintln!(
                    "{}: {} numbers read, {added} new",
                    file.display(),
                    found.len()
                );
            }
            if global.json {
                println!("{}", serde_json::json!({ "added": total }));
            }
            Ok(Status::Ok)
        }
        ContactsCmd::Search { query } => {
            let found = history
                .search_contacts(&query, 50)
                .map_err(|e| Failure::new(Status::Api, e.to_string()))?;
            if global.json {
                let list: Vec<_> = found
                    .iter()
                    .map(|c| serde_json::json!({ "name": c.name, "number": c.number }))
                    .collect();
                println!("{}", serde_json::Value::Array(list));
            } else if found.is_empty() {
                println!(
                    "No contact matches {}.",
                    skydial::protocol::text::quoted(&query)
                );
            } else {
                for c in found {
                    let line = format!("{:<28}  {}", c.name, readable(&c.number));
                    println!("{}", printable(&line));
                }
            }
            Ok(Status::Ok)
        }
    }
}
