//! `skydial history` and `skydial contacts`.

use super::exit::{Failure, Status};
use super::{Global, duration, printable, readable};
use clap::Subcommand;
use skydial::history::{History, HistoryEntry};
use std::path::PathBuf;

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
            format!("talked {}", duration(((end - start).max(0) / 1000) as u64))
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

#[derive(Subcommand, Debug)]
pub enum ContactsCmd {
    /// Import names and numbers from vCard (.vcf) or CSV files.
    Import {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Find people by name, company or number, in your contacts and the directories.
    Search { query: String },
    /// Add a contact: a name and its numbers, each optionally with its kind
    /// (`work:+1 646 555 1234`, `mobile:…`, `home:…`, `ip:…`, `other:…`).
    Add {
        name: String,
        #[arg(required = true)]
        numbers: Vec<String>,
        /// The contact's company.
        #[arg(long)]
        company: Option<String>,
    },
    /// Delete your contacts with this name (a directory's entries are the directory's).
    Delete { name: String },
    /// Write your contacts to a vCard 4.0 file (`contacts import` reads it back).
    Export { file: PathBuf },
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
    }
}
