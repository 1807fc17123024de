//! `skydial contacts add|delete|export|search`, and vCard imports that keep
//! each number's kind and the company.

use super::args::Global;
use super::exit::{Failure, Status};
use skydial::directory::index::ContactEdit;
use skydial::directory::vcard::{self, Card};
use skydial::directory::{Index, NumberKind};
use skydial::protocol::text::printable;
use skydial::t;
use std::path::Path;

fn index() -> Result<Index, Failure> {
    Index::open_default().map_err(|e| Failure::new(Status::Api, e.to_string()))
}

fn db(e: impl std::fmt::Display) -> Failure {
    Failure::new(Status::Api, e.to_string())
}

/// `work:+1 646 555 1234` -> (work, `+1 646 555 1234`); a bare number is `other`.
fn kind_and_number(text: &str) -> (NumberKind, String) {
    if let Some((kind, number)) = text.split_once(':') {
        let kind = kind.trim().to_ascii_lowercase();
        if ["work", "mobile", "cell", "home", "ip", "other"].contains(&kind.as_str()) {
            return (NumberKind::parse(&kind), number.trim().to_string());
        }
    }
    (NumberKind::Other, text.trim().to_string())
}

pub fn add(
    global: &Global,
    name: &str,
    numbers: &[String],
    company: Option<String>,
) -> Result<Status, Failure> {
    let edit = ContactEdit {
        name: name.to_string(),
        company: company.unwrap_or_default(),
        numbers: numbers.iter().map(|n| kind_and_number(n)).collect(),
    };
    edit.check().map_err(Failure::usage)?;
    let id = index()?.add_contact(&edit).map_err(db)?;
    if global.json {
        println!("{}", serde_json::json!({ "id": id }));
    } else {
        println!("{}", t!("cmd-contacts-added", name = printable(name)));
    }
    Ok(Status::Ok)
}

pub fn delete(name: &str) -> Result<Status, Failure> {
    let mut index = index()?;
    let ids: Vec<i64> = index
        .contacts()
        .map_err(db)?
        .into_iter()
        .filter(|p| p.name == name)
        .map(|p| p.id)
        .collect();
    if ids.is_empty() {
        return Err(Failure::usage(t!(
            "cmd-contacts-none-named",
            name = printable(name)
        )));
    }
    for id in &ids {
        index.delete_contact(*id).map_err(db)?;
    }
    println!(
        "{}",
        t!(
            "cmd-contacts-deleted",
            count = ids.len(),
            name = printable(name)
        )
    );
    Ok(Status::Ok)
}

pub fn export(file: &Path) -> Result<Status, Failure> {
    use std::io::Write;
    let people = index()?.contacts().map_err(db)?;
    let mut text = String::new();
    for p in &people {
        text.push_str(&vcard::write_card(&Card {
            uid: String::new(),
            name: p.name.clone(),
            company: p.company.clone(),
            department: p.department.clone(),
            title: p.title.clone(),
            numbers: p
                .numbers
                .iter()
                .map(|n| (n.kind, n.number.clone()))
                .collect(),
        }));
    }
    let fail = |e: std::io::Error| {
        Failure::usage(t!(
            "cmd-cannot-write-file",
            path = file.display().to_string(),
            error = e.to_string()
        ))
    };
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut out = options.open(file).map_err(fail)?;
    out.write_all(text.as_bytes()).map_err(fail)?;
    out.sync_all().map_err(fail)?;
    eprintln!(
        "{}",
        t!(
            "cmd-contacts-exported",
            count = people.len(),
            path = file.display().to_string()
        )
    );
    Ok(Status::Ok)
}

/// Imports a vCard file with each number's kind and the company; `None`
/// when the file is not a vCard (the CSV reader takes it).
pub fn import_vcard(file: &Path) -> Result<Option<usize>, Failure> {
    use std::io::Read;
    let is_vcf = file
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("vcf") || e.eq_ignore_ascii_case("vcard"));
    let read_err = |e: std::io::Error| {
        Failure::usage(t!(
            "cmd-cannot-read-file",
            path = file.display().to_string(),
            error = e.to_string()
        ))
    };
    let mut bytes = Vec::new();
    std::fs::File::open(file)
        .map_err(read_err)?
        .take(skydial::contacts::MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_err)?;
    let text = String::from_utf8_lossy(&bytes);
    let looks = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .get(..11)
        .is_some_and(|s| s.eq_ignore_ascii_case("BEGIN:VCARD"));
    if !is_vcf && !looks {
        return Ok(None);
    }
    if bytes.len() as u64 > skydial::contacts::MAX_FILE_BYTES {
        return Err(Failure::usage(t!(
            "cmd-contacts-vcard-too-large",
            path = file.display().to_string()
        )));
    }
    let mut people = Vec::new();
    let mut refused = 0;
    for card in vcard::parse_cards(&text) {
        match card {
            Ok(card) => people.push(ContactEdit {
                name: card.name,
                company: card.company,
                numbers: card.numbers,
            }),
            Err(e) => {
                refused += 1;
                if refused <= 5 {
                    eprintln!(
                        "{}",
                        t!(
                            "cmd-contacts-card-left-out",
                            path = file.display().to_string(),
                            error = e.to_string()
                        )
                    );
                }
            }
        }
        if people.len() > skydial::contacts::MAX_CONTACTS {
            return Err(Failure::usage(t!(
                "cmd-contacts-vcard-too-many",
                path = file.display().to_string(),
                max = skydial::contacts::MAX_CONTACTS
            )));
        }
    }
    let added = index()?.import_people(&people).map_err(db)?;
    let path = file.display().to_string();
    let said = if refused > 0 {
        t!(
            "cmd-contacts-vcard-imported-left-out",
            path = path,
            cards = people.len(),
            added = added,
            refused = refused
        )
    } else {
        t!(
            "cmd-contacts-vcard-imported",
            path = path,
            cards = people.len(),
            added = added
        )
    };
    eprintln!("{said}");
    Ok(Some(added))
}

/// Contacts and directory entries matching the query.
pub fn search(global: &Global, query: &str) -> Result<Status, Failure> {
    let people = super::directory::search(query, 50)?;
    if global.json {
        let list: Vec<_> = people
            .iter()
            .flat_map(|p| {
                p.numbers.iter().map(move |n| {
                    serde_json::json!({
                        "name": p.name,
                        "number": n.number,
                        "kind": n.kind,
                        "company": p.company,
                        "source": p.source,
                    })
                })
            })
            .collect();
        println!("{}", serde_json::Value::Array(list));
    } else if people.is_empty() {
        println!("{}", t!("cmd-contacts-nobody", query = printable(query)));
    } else {
        for (line, _) in super::directory::person_lines(&people) {
            println!("{}", printable(&line));
        }
    }
    Ok(Status::Ok)
}
