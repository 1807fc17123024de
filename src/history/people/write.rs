//! Writing the index: people and their numbers, added, changed or merged
//! (a directory's sync, the user's contacts).

use super::*;

pub(super) fn insert_person(
    tx: &Transaction<'_>,
    source: i64,
    e: &Entry,
    generation: i64,
) -> rusqlite::Result<i64> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO people (source, uid, book, etag, name, company, department, title, digits, gen)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    stmt.execute(params![
        source,
        e.uid,
        e.book,
        e.etag,
        e.name,
        e.company,
        e.department,
        e.title,
        e.digits(),
        generation
    ])?;
    Ok(tx.last_insert_rowid())
}

pub(super) fn update_person(
    tx: &Transaction<'_>,
    id: i64,
    e: &Entry,
    generation: i64,
) -> rusqlite::Result<()> {
    let mut stmt = tx.prepare_cached(
        "UPDATE people SET book = ?2, etag = ?3, name = ?4, company = ?5, department = ?6, title = ?7, digits = ?8, gen = ?9
         WHERE id = ?1",
    )?;
    stmt.execute(params![
        id,
        e.book,
        e.etag,
        e.name,
        e.company,
        e.department,
        e.title,
        e.digits(),
        generation
    ])?;
    Ok(())
}

pub(super) fn write_numbers(
    tx: &Transaction<'_>,
    id: i64,
    numbers: &[Number],
) -> rusqlite::Result<()> {
    tx.prepare_cached("DELETE FROM people_numbers WHERE person = ?1")?
        .execute([id])?;
    let mut stmt = tx.prepare_cached(
        "INSERT INTO people_numbers (person, position, kind, number, match_key, ext) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (position, n) in numbers.iter().enumerate() {
        let Some(key) = match_key(&n.number) else {
            continue;
        };
        let ext = split_extension(&n.number).1.is_some();
        stmt.execute(params![
            id,
            position as i64,
            n.kind.as_str(),
            n.number,
            key,
            ext
        ])?;
    }
    Ok(())
}

/// Adds or updates one synced entry, counting what it did.
pub(super) fn upsert(
    tx: &Transaction<'_>,
    run: &SyncRun,
    e: &Entry,
    tally: &mut Tally,
) -> rusqlite::Result<()> {
    let mut find = tx.prepare_cached(
        "SELECT id, book, etag, name, company, department, title FROM people WHERE source = ?1 AND uid = ?2",
    )?;
    let held = find
        .query_row(params![run.directory, e.uid], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                (
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                ),
            ))
        })
        .optional()?;
    match held {
        None => {
            let id = insert_person(tx, run.directory, e, run.generation)?;
            write_numbers(tx, id, &e.numbers)?;
            tally.added += 1;
        }
        Some((id, fields)) => {
            let same_fields = fields
                == (
                    e.book.clone(),
                    e.etag.clone(),
                    e.name.clone(),
                    e.company.clone(),
                    e.department.clone(),
                    e.title.clone(),
                );
            if same_fields && numbers(tx, id)? == e.numbers {
                tx.prepare_cached("UPDATE people SET gen = ?2 WHERE id = ?1")?
                    .execute(params![id, run.generation])?;
                tally.unchanged += 1;
            } else {
                update_person(tx, id, e, run.generation)?;
                write_numbers(tx, id, &e.numbers)?;
                tally.changed += 1;
            }
        }
    }
    Ok(())
}

/// Numbers from a contacts file go to the user's contact of the same name
/// (made if new); returns how many numbers were new.
pub(crate) fn import_contacts(
    tx: &Transaction<'_>,
    contacts: &[Contact],
) -> rusqlite::Result<usize> {
    let mut added = 0;
    for c in contacts {
        if let Some(number) = Number::new(NumberKind::Other, &c.number) {
            added += merge_contact(tx, &c.name, "", vec![number])?;
        }
    }
    Ok(added)
}

/// Adds `numbers` to the user's contact named `name` (made if new, with
/// `company`); returns how many numbers were new to it.
pub(super) fn merge_contact(
    tx: &Transaction<'_>,
    name: &str,
    company: &str,
    numbers: Vec<Number>,
) -> rusqlite::Result<usize> {
    let name = clean_text(name);
    if name.is_empty() || numbers.is_empty() {
        return Ok(0);
    }
    let existing: Option<i64> = tx
        .prepare_cached("SELECT id FROM people WHERE source = 0 AND name = ?1 ORDER BY id LIMIT 1")?
        .query_row([&name], |r| r.get(0))
        .optional()?;
    let Some(id) = existing else {
        let mut e = Entry::new(
            format!("local:{:016x}", rand::random::<u64>()),
            &name,
            company,
            "",
            "",
            Vec::new(),
        )
        .0;
        e.numbers = numbers;
        e.numbers.truncate(MAX_NUMBERS);
        let id = insert_person(tx, CONTACTS, &e, 0)?;
        write_numbers(tx, id, &e.numbers)?;
        return Ok(e.numbers.len());
    };
    let mut held = self::numbers(tx, id)?;
    let mut added = 0;
    for number in numbers {
        let key = match_key(&number.number);
        if held.iter().any(|n| match_key(&n.number) == key) || held.len() >= MAX_NUMBERS {
            continue;
        }
        held.push(number);
        added += 1;
    }
    if added > 0 {
        let mut e = Entry::new(String::new(), &name, "", "", "", Vec::new()).0;
        e.numbers = held;
        tx.prepare_cached("UPDATE people SET digits = ?2 WHERE id = ?1")?
            .execute(params![id, e.digits()])?;
        write_numbers(tx, id, &e.numbers)?;
    }
    Ok(added)
}
