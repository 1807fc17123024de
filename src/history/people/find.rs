//! Reading the index: who a number belongs to (on a ring: one indexed
//! read), and the people a query finds (type-ahead, `contacts search`).

use super::*;

pub(super) fn directory_id(conn: &Connection, name: &str) -> rusqlite::Result<Option<i64>> {
    conn.query_row("SELECT id FROM directories WHERE name = ?1", [name], |r| {
        r.get(0)
    })
    .optional()
}

pub(super) fn source_of(id: i64, directory: Option<String>) -> Source {
    match (id, directory) {
        (CONTACTS, _) | (_, None) => Source::Contacts,
        (_, Some(name)) => Source::Directory(name),
    }
}

/// Who a number belongs to: a person with that number (the user's contacts
/// first, then the directories in the order they were added); else, when
/// only numbers with an extension share that line (a company's main number
/// with each person's extension), the one person who has it, or the
/// company they all work for.
pub(crate) fn lookup(conn: &Connection, number: &str) -> rusqlite::Result<Option<Caller>> {
    let Some(key) = match_key(number) else {
        return Ok(None);
    };
    let mut direct = conn.prepare_cached(
        "SELECT p.name, p.source, d.name FROM people_numbers n JOIN people p ON p.id = n.person
         LEFT JOIN directories d ON d.id = p.source
         WHERE n.match_key = ?1 AND n.ext = 0 ORDER BY p.source, p.id LIMIT 1",
    )?;
    let found = direct
        .query_row([&key], |r| {
            Ok(Caller {
                name: r.get(0)?,
                source: source_of(r.get(1)?, r.get(2)?),
            })
        })
        .optional()?;
    if found.is_some() {
        return Ok(found);
    }
    let mut shared = conn.prepare_cached(
        "SELECT DISTINCT p.id, p.name, p.company, p.source, d.name FROM people_numbers n JOIN people p ON p.id = n.person
         LEFT JOIN directories d ON d.id = p.source
         WHERE n.match_key = ?1 AND n.ext = 1 LIMIT 50",
    )?;
    let rows = shared
        .query_map([&key], |r| {
            Ok((
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                source_of(r.get(3)?, r.get(4)?),
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(match rows.as_slice() {
        [] => None,
        [(name, _, source)] => Some(Caller {
            name: name.clone(),
            source: source.clone(),
        }),
        [(_, company, source), rest @ ..]
            if !company.is_empty() && rest.iter().all(|(_, c, _)| c == company) =>
        {
            Some(Caller {
                name: company.clone(),
                source: source.clone(),
            })
        }
        _ => None,
    })
}

/// An FTS5 string for each word: `"ada"*` (quotes doubled inside).
pub(super) fn prefix_terms(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A condition's matches up to which the matches are sorted; past it (a
/// short, common query like `a` or `555` in a big directory) people are
/// walked in name order by the index until enough of them match.
pub(super) const SORT_AT_MOST: i64 = 2_000;

pub(crate) fn search(
    conn: &Connection,
    query: &str,
    limit: usize,
) -> rusqlite::Result<Vec<Person>> {
    let query = crate::protocol::text::truncate_chars(query, 256);
    let words: Vec<&str> = query.split_whitespace().take(8).collect();
    let is_digits = |w: &str| !w.chars().any(char::is_alphabetic);
    let text_words: Vec<&str> = words.iter().copied().filter(|w| !is_digits(w)).collect();
    let mut digit_words: Vec<String> = words
        .iter()
        .filter(|w| is_digits(w))
        .map(|w| w.chars().filter(char::is_ascii_digit).collect::<String>())
        .filter(|d| !d.is_empty())
        .collect();
    // Digits typed in groups (`646 555 12`) are one number.
    if text_words.is_empty() && digit_words.len() > 1 {
        digit_words = vec![digit_words.concat()];
    }
    if (text_words.is_empty() && digit_words.is_empty()) || limit == 0 {
        return Ok(Vec::new());
    }
    // Each condition: (its SQL, its FTS queries by table). The words of the
    // name as prefixes; each run of digits as the start of a word of the
    // name or (3 digits or more: trigrams) inside a number.
    let mut args: Vec<String> = Vec::new();
    let mut conditions: Vec<String> = Vec::new();
    // Per condition, its FTS queries (table, argument number).
    let mut probes: Vec<Vec<(&str, usize)>> = Vec::new();
    let fts = |args: &mut Vec<String>, table: &'static str, terms: String| {
        args.push(terms);
        (
            format!(
                "p.id IN (SELECT rowid FROM {table} WHERE {table} MATCH ?{})",
                args.len()
            ),
            (table, args.len()),
        )
    };
    if !text_words.is_empty() {
        let (sql, probe) = fts(&mut args, "people_text", prefix_terms(&text_words));
        conditions.push(sql);
        probes.push(vec![probe]);
    }
    for digits in &digit_words {
        let (in_name, name_probe) = fts(&mut args, "people_text", prefix_terms(&[digits.as_str()]));
        if digits.len() >= 3 {
            let (in_number, number_probe) =
                fts(&mut args, "people_digits", format!("\"{digits}\""));
            probes.push(vec![name_probe, number_probe]);
            conditions.push(format!("({in_name} OR {in_number})"));
        } else {
            probes.push(vec![name_probe]);
            conditions.push(in_name);
        }
    }
    // Few matches for some condition: sort them. Else walk the name order.
    let mut sparse = false;
    for condition in &probes {
        let mut matches = 0;
        for (table, arg) in condition {
            let sql = format!(
                "SELECT count(*) FROM (SELECT rowid FROM {table} WHERE {table} MATCH ?1 LIMIT {})",
                SORT_AT_MOST + 1
            );
            let n: i64 = conn
                .prepare_cached(&sql)?
                .query_row([&args[arg - 1]], |r| r.get(0))?;
            matches += n;
        }
        sparse |= matches <= SORT_AT_MOST;
    }
    let sql = format!(
        "SELECT p.id FROM people p {} WHERE {} ORDER BY p.source <> 0, p.name COLLATE NOCASE, p.id LIMIT {}",
        if sparse {
            "NOT INDEXED"
        } else {
            "INDEXED BY people_in_order"
        },
        conditions.join(" AND "),
        limit.min(1000)
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let ids = stmt
        .query_map(rusqlite::params_from_iter(args.iter()), |r| {
            r.get::<_, i64>(0)
        })?
        .collect::<rusqlite::Result<Vec<i64>>>()?;
    ids.into_iter()
        .filter_map(|id| person(conn, id).transpose())
        .collect()
}

/// The first `limit` people: the user's contacts first, then by name (what
/// the Contacts screen shows before anything is typed).
pub(crate) fn list(conn: &Connection, limit: usize) -> rusqlite::Result<Vec<Person>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM people INDEXED BY people_in_order
         ORDER BY source <> 0, name COLLATE NOCASE, id LIMIT ?1",
    )?;
    let limit = i64::try_from(limit.min(1000)).unwrap_or(1000);
    let ids = stmt
        .query_map([limit], |r| r.get::<_, i64>(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()?;
    ids.into_iter()
        .filter_map(|id| person(conn, id).transpose())
        .collect()
}

pub(super) fn person(conn: &Connection, id: i64) -> rusqlite::Result<Option<Person>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.source, d.name, p.name, p.company, p.department, p.title
         FROM people p LEFT JOIN directories d ON d.id = p.source WHERE p.id = ?1",
    )?;
    let Some(mut person) = stmt
        .query_row([id], |r| {
            Ok(Person {
                id,
                source: source_of(r.get(0)?, r.get(1)?),
                name: r.get(2)?,
                company: r.get(3)?,
                department: r.get(4)?,
                title: r.get(5)?,
                numbers: Vec::new(),
            })
        })
        .optional()?
    else {
        return Ok(None);
    };
    person.numbers = numbers(conn, id)?;
    Ok(Some(person))
}

pub(super) fn numbers(conn: &Connection, id: i64) -> rusqlite::Result<Vec<Number>> {
    let mut stmt = conn.prepare_cached(
        "SELECT kind, number FROM people_numbers WHERE person = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(Number {
            kind: NumberKind::parse(&r.get::<_, String>(0)?),
            number: r.get(1)?,
        })
    })?;
    rows.collect()
}
