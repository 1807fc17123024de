use super::*;

fn index() -> (tempfile::TempDir, Index) {
    let dir = tempfile::tempdir().unwrap();
    let index = Index::open(&dir.path().join("h.sqlite3")).unwrap();
    (dir, index)
}

fn entry(uid: &str, name: &str, numbers: &[(NumberKind, &str)]) -> Entry {
    Entry::new(
        uid.into(),
        name,
        "Acme",
        "",
        "",
        numbers.iter().map(|(k, n)| (*k, n.to_string())),
    )
    .0
}

#[test]
fn numbers_match_whatever_their_layout() {
    let (_d, mut index) = index();
    let run = index.begin_sync("Corp").unwrap();
    index
        .write(
            &run,
            &[
                entry("a", "Ada", &[(NumberKind::Work, "+1 (646) 555-1234")]),
                entry("b", "Bob", &[(NumberKind::Mobile, "212.555.0142")]),
                entry("c", "Cy", &[(NumberKind::Work, "+44 20 7946 0958")]),
            ],
            &[],
            &[],
        )
        .unwrap();
    for n in [
        "6465551234",
        "+16465551234",
        "1-646-555-1234",
        "646.555.1234",
    ] {
        assert_eq!(
            index.lookup(n).unwrap(),
            Some(Caller {
                name: "Ada".into(),
                source: Source::Directory("Corp".into())
            }),
            "{n}"
        );
    }
    assert_eq!(index.lookup("2125550142").unwrap().unwrap().name, "Bob");
    assert_eq!(index.lookup("011442079460958").unwrap().unwrap().name, "Cy");
    assert_eq!(index.lookup("2125550143").unwrap(), None);
}

#[test]
fn a_shared_line_with_extensions_names_one_person_or_the_company() {
    let (_d, mut index) = index();
    let run = index.begin_sync("Corp").unwrap();
    index
        .write(
            &run,
            &[
                entry("a", "Ada", &[(NumberKind::Work, "6465551234 x22")]),
                entry("b", "Bob", &[(NumberKind::Work, "6465551234 ext. 23")]),
                entry("c", "Cy", &[(NumberKind::Work, "2125550100 x7")]),
            ],
            &[],
            &[],
        )
        .unwrap();
    assert_eq!(index.lookup("6465551234").unwrap().unwrap().name, "Acme");
    assert_eq!(index.lookup("2125550100").unwrap().unwrap().name, "Cy");
    // Someone's own line wins over a shared one.
    index
        .write(
            &run,
            &[entry("d", "Dee", &[(NumberKind::Work, "646-555-1234")])],
            &[],
            &[],
        )
        .unwrap();
    assert_eq!(index.lookup("6465551234").unwrap().unwrap().name, "Dee");
}

#[test]
fn contacts_come_first_and_can_be_edited() {
    let (_d, mut index) = index();
    let run = index.begin_sync("Corp").unwrap();
    index
        .write(
            &run,
            &[entry(
                "a",
                "Ada (directory)",
                &[(NumberKind::Work, "6465551234")],
            )],
            &[],
            &[],
        )
        .unwrap();
    let id = index
        .add_contact(&ContactEdit {
            name: "Ada".into(),
            company: String::new(),
            numbers: vec![(NumberKind::Mobile, "+1 646 555 1234".into())],
        })
        .unwrap();
    assert_eq!(
        index.lookup("6465551234").unwrap(),
        Some(Caller {
            name: "Ada".into(),
            source: Source::Contacts
        })
    );
    let edit = ContactEdit {
        name: "Ada Lovelace".into(),
        company: "Analytical".into(),
        numbers: vec![(NumberKind::Work, "2125550142".into())],
    };
    assert!(index.update_contact(id, &edit).unwrap());
    assert_eq!(
        index.lookup("6465551234").unwrap().unwrap().name,
        "Ada (directory)"
    );
    assert_eq!(
        index.lookup("2125550142").unwrap().unwrap().name,
        "Ada Lovelace"
    );
    assert_eq!(index.search("analyt", 10).unwrap()[0].name, "Ada Lovelace");
    // A directory's entry is not the user's to edit or delete.
    let dir_row = index.search("directory", 10).unwrap()[0].id;
    assert!(!index.update_contact(dir_row, &edit).unwrap());
    assert!(!index.delete_contact(dir_row).unwrap());
    assert!(index.delete_contact(id).unwrap());
    assert_eq!(index.lookup("2125550142").unwrap(), None);
    assert!(
        index.search("lovelace", 10).unwrap().is_empty(),
        "the search index follows"
    );
    assert!(ContactEdit::default().check().is_err());
    assert!(
        ContactEdit {
            name: "X".into(),
            company: String::new(),
            numbers: vec![(NumberKind::Work, "12".into())]
        }
        .check()
        .is_err()
    );
}

#[test]
fn type_ahead_finds_names_companies_and_digits() {
    let (_d, mut index) = index();
    let run = index.begin_sync("Corp").unwrap();
    index
        .write(
            &run,
            &[
                entry(
                    "a",
                    "Ada Lovelace",
                    &[
                        (NumberKind::Work, "+1 (646) 555-1234"),
                        (NumberKind::Mobile, "917 555 0000"),
                    ],
                ),
                entry("b", "Zoë Ångström", &[(NumberKind::Work, "2125550142")]),
                entry("c", "Adam Smith", &[(NumberKind::Work, "4155550199")]),
            ],
            &[],
            &[],
        )
        .unwrap();
    let names = |q: &str| -> Vec<String> {
        index
            .search(q, 10)
            .unwrap()
            .into_iter()
            .map(|p| p.name)
            .collect()
    };
    assert_eq!(names("ad"), ["Ada Lovelace", "Adam Smith"]);
    assert_eq!(names("ada l"), ["Ada Lovelace"]);
    assert_eq!(
        names("zoe ang"),
        ["Zoë Ångström"],
        "diacritics do not matter"
    );
    assert_eq!(names("acme smi"), ["Adam Smith"], "company words too");
    assert_eq!(names("5550142"), ["Zoë Ångström"]);
    assert_eq!(names("555-0000"), ["Ada Lovelace"], "any number's digits");
    assert_eq!(names("646 555 12"), ["Ada Lovelace"]);
    assert_eq!(names("+1 646"), ["Ada Lovelace"]);
    assert!(names("\"*) OR (").is_empty(), "FTS syntax is just text");
    assert!(names("").is_empty());
    let ada = &index.search("lovelace", 1).unwrap()[0];
    assert_eq!(ada.numbers.len(), 2);
    assert_eq!(ada.numbers[1].kind, NumberKind::Mobile);
}

#[test]
fn a_common_query_gives_the_same_order_as_a_rare_one() {
    let (_d, mut index) = index();
    let run = index.begin_sync("Corp").unwrap();
    // More matches than are sorted: walked in name order instead.
    let many: Vec<Entry> = (0..2_500)
        .rev()
        .map(|i| {
            entry(
                &format!("z{i}"),
                &format!("Zed {i:04}"),
                &[(NumberKind::Work, &format!("212555{i:04}"))],
            )
        })
        .collect();
    index.write(&run, &many, &[], &[]).unwrap();
    index
        .add_contact(&ContactEdit {
            name: "Zed Mine".into(),
            company: String::new(),
            numbers: vec![(NumberKind::Work, "6463331234".into())],
        })
        .unwrap();
    let names = |q: &str| -> Vec<String> {
        index
            .search(q, 3)
            .unwrap()
            .into_iter()
            .map(|p| p.name)
            .collect()
    };
    assert_eq!(
        names("zed"),
        ["Zed Mine", "Zed 0000", "Zed 0001"],
        "contacts first, then by name"
    );
    assert_eq!(names("z 555"), ["Zed 0000", "Zed 0001", "Zed 0002"]);
    assert_eq!(names("zed 2499"), ["Zed 2499"]);
    assert_eq!(names("2125552498"), ["Zed 2498"]);
}

#[test]
fn a_common_query_walks_people_in_order_by_the_index_not_a_sort() {
    let (_d, index) = index();
    let plan: Vec<String> = index
        .conn()
        .prepare("EXPLAIN QUERY PLAN SELECT id FROM people ORDER BY source <> 0, name COLLATE NOCASE, id")
        .unwrap()
        .query_map([], |r| r.get::<_, String>(3))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert!(
        plan.iter().any(|p| p.contains("people_in_order")),
        "{plan:?}"
    );
    assert!(!plan.iter().any(|p| p.contains("TEMP B-TREE")), "{plan:?}");
}

#[test]
fn a_sync_removes_only_what_a_complete_listing_no_longer_has() {
    let (_d, mut index) = index();
    let run = index.begin_sync("Corp").unwrap();
    let a = entry("a", "Ada", &[(NumberKind::Work, "6465551234")]);
    let b = entry("b", "Bob", &[(NumberKind::Work, "2125550142")]);
    let t = index
        .write(&run, &[a.clone(), b.clone()], &[], &[])
        .unwrap();
    assert_eq!(t.added, 2);
    index.finish(&run, &Sweep::Unseen, None).unwrap();
    // A sync that fails half way: it saw Ada only; Bob stays.
    let run = index.begin_sync("Corp").unwrap();
    let t = index
        .write(&run, std::slice::from_ref(&a), &[], &[])
        .unwrap();
    assert_eq!(t.unchanged, 1);
    index.failed("Corp", "the server went away").unwrap();
    assert_eq!(index.lookup("2125550142").unwrap().unwrap().name, "Bob");
    let state = index.directory("Corp").unwrap().unwrap();
    assert_eq!(state.error.as_deref(), Some("the server went away"));
    assert!(
        state.synced_at.is_some(),
        "the last good sync is remembered"
    );
    // A complete sync without Bob: he goes.
    let run = index.begin_sync("Corp").unwrap();
    let mut a2 = a.clone();
    a2.title = "Countess".into();
    assert_eq!(index.write(&run, &[a2], &[], &[]).unwrap().changed, 1);
    assert_eq!(index.finish(&run, &Sweep::Unseen, None).unwrap(), 1);
    assert_eq!(index.lookup("2125550142").unwrap(), None);
    assert_eq!(index.directory("Corp").unwrap().unwrap().error, None);
    // Two syncs at once: the older one's sweep spares the newer one's entries.
    let older = index.begin_sync("Corp").unwrap();
    let newer = index.begin_sync("Corp").unwrap();
    index
        .write(&newer, std::slice::from_ref(&b), &[], &[])
        .unwrap();
    index
        .write(&older, std::slice::from_ref(&a), &[], &[])
        .unwrap();
    index.finish(&older, &Sweep::Unseen, None).unwrap();
    assert_eq!(index.lookup("2125550142").unwrap().unwrap().name, "Bob");
    assert_eq!(index.remove_directory("Corp").unwrap(), 2);
    assert!(index.directories().unwrap().is_empty());
}

#[test]
fn hostile_entries_are_made_safe() {
    let numbers: Vec<(NumberKind, String)> = (0..10_000)
        .map(|i| (NumberKind::Work, format!("212555{i:04}")))
        .chain([(NumberKind::Work, "1".repeat(100_000))])
        .collect();
    let (e, over) = Entry::new(
        "x".into(),
        &format!("\u{202e}Ada\u{1b}[31m {}", "N".repeat(1 << 20)),
        "",
        "",
        "",
        numbers,
    );
    assert_eq!(e.numbers.len(), super::MAX_NUMBERS);
    assert_eq!(over, 10_000 - super::MAX_NUMBERS);
    assert!(e.name.starts_with("Ada[31m N"));
    assert_eq!(e.name.chars().count(), super::MAX_TEXT_CHARS);
}

#[test]
fn contacts_of_earlier_versions_move_into_the_index() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("h.sqlite3");
    {
        let mut h = History::open(&path).unwrap();
        h.with_transaction(|tx| {
            tx.execute(
                "INSERT INTO contacts (name, number, match_key) VALUES ('Ada', '6465551234', '6465551234'), ('Ada', '2125550142', '2125550142')",
                [],
            )?;
            Ok(())
        })
        .unwrap();
    }
    let index = Index::open(&path).unwrap();
    let contacts = index.contacts().unwrap();
    assert_eq!(contacts.len(), 1);
    assert_eq!(contacts[0].numbers.len(), 2);
    assert_eq!(
        index.lookup("2125550142").unwrap().unwrap().source,
        Source::Contacts
    );
}

/// A ringing call's history write does not wait behind a directory sync
/// that writes transaction after transaction (each held 20 ms here, as a
/// slow disk might): the sync gives way between two of them. Without that,
/// SQLite's busy handler, sleeping up to 100 ms between tries, almost never
/// finds the lock free and the call's write fails after its 5 s timeout.
#[test]
fn a_call_write_gets_in_between_a_syncs_transactions() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("h.sqlite3");
    let mut index = Index::open(&path).unwrap();
    let mut calls = History::open(&path).unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let (writing, started) = std::sync::mpsc::channel();
    let sync = std::thread::spawn({
        let stop = stop.clone();
        move || {
            index
                .db
                .with_transaction(|tx| tx.execute("CREATE TABLE synced (n INTEGER)", []))
                .unwrap();
            let mut written = 0i64;
            while !stop.load(Ordering::SeqCst) {
                written += 1;
                index
                    .db
                    .with_transaction(|tx| {
                        tx.execute("INSERT INTO synced VALUES (?1)", [written])?;
                        std::thread::sleep(std::time::Duration::from_millis(20));
                        Ok(())
                    })
                    .unwrap();
                // Writing: the calls' writes start now.
                let _ = writing.send(());
            }
            (index, written)
        }
    });
    started.recv().unwrap();
    for _ in 0..5 {
        calls
            .batch(|_| Ok(()))
            .expect("the call's write got the lock while the sync wrote");
    }
    stop.store(true, Ordering::SeqCst);
    let (index, written) = sync.join().unwrap();
    // The sync went on meanwhile, and lost nothing of what it wrote.
    let count: i64 = index
        .db
        .conn()
        .query_row("SELECT count(*) FROM synced", [], |r| r.get(0))
        .unwrap();
    assert!(written >= 1);
    assert_eq!(count, written);
}
