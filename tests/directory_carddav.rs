//! CardDAV address books against a real Radicale started by the tests
//! (tests/directory_common/radicale.rs): discovery from the server's URL,
//! 5,000 cards, then cards added, changed and deleted between two syncs
//! (the second fetches only those), chosen address books, a wrong
//! password; a server without sync-collection (Radicale behind a proxy
//! that refuses it); and fake servers answering with entity expansion,
//! 100 MB, a vCard of 100,000 lines, garbage or nothing.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

mod directory_common;

use directory_common::fake::{self, Reply, Request};
use directory_common::radicale::{self, Radicale, USER};
use directory_common::{PASSWORD, config, entries, index, lookup, timed};
use skydial::directory::fetch::run;
use skydial::directory::sync::SyncOptions;
use skydial::directory::{DirectoryConfig, DirectoryError, Password};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

fn shared() -> &'static Radicale {
    static RADICALE: OnceLock<Radicale> = OnceLock::new();
    RADICALE.get_or_init(|| Radicale::start(&[("Work", 10), ("Family", 3)]))
}

fn dav(name: &str, url: &str) -> DirectoryConfig {
    let mut c = config(name, url);
    c.user = Some(USER.into());
    c
}

fn password() -> Password {
    Password::new(PASSWORD)
}

/// Radicale reads 5,000 cards slowly (seconds of Python on a loaded machine).
fn patient() -> SyncOptions {
    SyncOptions {
        timeout: Duration::from_secs(120),
    }
}

fn quick() -> SyncOptions {
    SyncOptions {
        timeout: Duration::from_secs(2),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn five_thousand_cards_then_changes_sync_incrementally() {
    // A Radicale of its own: this test changes its cards.
    let server = Radicale::start(&[("Work", 5_000)]);
    let (_dir, index) = index();
    let c = dav("Shared", &server.url());
    let first = run(&index, &c, Some(&password()), &patient())
        .await
        .unwrap();
    assert_eq!(first.fetched, 5_000, "{first:?}");
    assert_eq!(first.tally.added, 5_000);
    assert!(!first.incremental);
    assert_eq!(entries(&index, "Shared"), 5_000);
    assert_eq!(
        lookup(&index, "+1 415 555 0042"),
        Some(("Card 00042".into(), "Shared".into()))
    );
    assert_eq!(lookup(&index, "628.555.0043").unwrap().0, "Card 00043");
    let card = &index.lock().unwrap().search("card 00042", 1).unwrap()[0];
    assert_eq!(
        (card.company.as_str(), card.department.as_str()),
        ("Shared Co", "Support")
    );
    assert_eq!(card.numbers[1].kind.as_str(), "mobile");

    // Another client adds 3 cards, changes 2 and deletes 2.
    for i in 9_000..9_003 {
        server
            .put("Work", &format!("new-{i}.vcf"), &radicale::card(i, "4.0"))
            .await;
    }
    for i in [10, 11] {
        let changed = radicale::card(i, "3.0").replace("FN:Card", "FN:Renamed");
        server
            .put("Work", &format!("card-{i:05}.vcf"), &changed)
            .await;
    }
    for i in [20, 21] {
        server.delete("Work", &format!("card-{i:05}.vcf")).await;
    }
    let second = run(&index, &c, Some(&password()), &patient())
        .await
        .unwrap();
    assert!(second.incremental, "{second:?}");
    assert_eq!(second.fetched, 5, "only what changed: {second:?}");
    assert_eq!(
        (
            second.tally.added,
            second.tally.changed,
            second.tally.removed
        ),
        (3, 2, 2),
        "{second:?}"
    );
    assert!(second.requests <= 6, "{second:?}");
    assert_eq!(entries(&index, "Shared"), 5_001);
    assert_eq!(lookup(&index, "4155559001").unwrap().0, "Card 09001");
    assert_eq!(lookup(&index, "4155550010").unwrap().0, "Renamed 00010");
    assert_eq!(lookup(&index, "4155550020"), None);
    // Nothing new: nothing fetched.
    let third = run(&index, &c, Some(&password()), &patient())
        .await
        .unwrap();
    assert!(third.incremental);
    assert_eq!((third.fetched, third.tally.removed), (0, 0), "{third:?}");

    // A wrong password: refused, and every name stays.
    let err = run(&index, &c, Some(&Password::new("wrong")), &quick())
        .await
        .unwrap_err();
    assert!(matches!(err, DirectoryError::Auth { .. }), "{err}");
    assert!(
        err.to_string()
            .contains("check the user name and the password")
    );
    assert_eq!(entries(&index, "Shared"), 5_001);
    let state = index.lock().unwrap().directory("Shared").unwrap().unwrap();
    assert!(state.error.unwrap().contains("refused the sign-in"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn address_books_are_found_from_the_server_url_and_can_be_chosen() {
    let server = shared();
    let books = skydial::directory::carddav::address_books(
        &dav("X", &server.url()),
        Some(&password()),
        Duration::from_secs(20),
    )
    .await
    .unwrap();
    let mut names: Vec<&str> = books.iter().map(|b| b.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["Family", "Work"]);
    let (_dir, index) = index();
    let mut family = dav("Family", &server.url());
    family.address_books = vec!["family".into()];
    let report = run(&index, &family, Some(&password()), &SyncOptions::default())
        .await
        .unwrap();
    assert_eq!(report.fetched, 3);
    assert_eq!(lookup(&index, "4155550011").unwrap().0, "Card 00011");
    // An address book's own URL works too.
    let mut direct = dav("Direct", &server.book_url("Family"));
    direct.address_books.clear();
    assert_eq!(
        run(&index, &direct, Some(&password()), &SyncOptions::default())
            .await
            .unwrap()
            .fetched,
        3
    );
    let mut missing = dav("Missing", &server.url());
    missing.address_books = vec!["Friends".into()];
    let err = run(&index, &missing, Some(&password()), &quick())
        .await
        .unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("\"Friends\"") && text.contains("Family") && text.contains("Work"),
        "{text}"
    );
}

/// Radicale behind a proxy that answers sync-collection with 501: the
/// cards are listed with their ETags, and only changed ones are fetched.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_without_sync_collection_is_listed_with_etags() {
    let server = shared();
    let upstream = server.port;
    let port = fake::http(move |request: &Request| {
        if request.method == "REPORT" && request.body.contains("sync-collection") {
            return Reply::Http(501, String::new(), "not here".into());
        }
        forward(upstream, request)
    });
    let (_dir, index) = index();
    let mut c = dav("Proxied", &format!("http://127.0.0.1:{port}/"));
    c.address_books = vec!["Family".into()];
    let first = run(&index, &c, Some(&password()), &SyncOptions::default())
        .await
        .unwrap();
    assert!(!first.incremental);
    assert_eq!(first.fetched, 3, "{first:?}");
    let second = run(&index, &c, Some(&password()), &SyncOptions::default())
        .await
        .unwrap();
    assert_eq!(
        second.fetched, 0,
        "unchanged ETags: nothing fetched: {second:?}"
    );
    assert_eq!(second.tally.unchanged, 3);
    assert_eq!(entries(&index, "Proxied"), 3);
}

/// Sends a request on to Radicale, as it came, and its answer back.
fn forward(port: u16, request: &Request) -> Reply {
    use std::io::{Read, Write};
    let mut upstream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    let head: String = request
        .headers
        .lines()
        .filter(|l| !l.to_ascii_lowercase().starts_with("connection:"))
        .map(|l| format!("{l}\r\n"))
        .collect::<String>()
        .trim_end()
        .to_string();
    write!(
        upstream,
        "{head}\r\nConnection: close\r\n\r\n{}",
        request.body
    )
    .unwrap();
    let mut answer = Vec::new();
    upstream.read_to_end(&mut answer).unwrap();
    Reply::Raw(answer)
}

/// A CardDAV server of one address book at `/book/` whose multiget
/// answers with `cards` (path, vCard).
fn fake_dav(cards: Vec<(String, String)>) -> u16 {
    let cards = Arc::new(cards);
    fake::http(move |r: &Request| {
        let ms = |inner: String| {
            Reply::Http(
                207,
                "Content-Type: application/xml\r\n".into(),
                format!(
                    "<d:multistatus xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:carddav\">{inner}</d:multistatus>"
                ),
            )
        };
        let ok = "<d:status>HTTP/1.1 200 OK</d:status>";
        match r.method.as_str() {
            "PROPFIND" => ms(format!(
                "<d:response><d:href>/book/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/><c:addressbook/></d:resourcetype><d:displayname>Book</d:displayname></d:prop>{ok}</d:propstat></d:response>"
            )),
            "REPORT" if r.body.contains("sync-collection") => {
                let listed: String = cards
                    .iter()
                    .map(|(path, _)| format!("<d:response><d:href>{path}</d:href><d:propstat><d:prop><d:getetag>\"1\"</d:getetag></d:prop>{ok}</d:propstat></d:response>"))
                    .collect();
                ms(format!("{listed}<d:sync-token>t1</d:sync-token>"))
            }
            _ => ms(cards
                .iter()
                .map(|(path, card)| format!("<d:response><d:href>{path}</d:href><d:propstat><d:prop><d:getetag>\"1\"</d:getetag><c:address-data>{card}</c:address-data></d:prop>{ok}</d:propstat></d:response>"))
                .collect()),
        }
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_vcard_of_100000_lines_is_left_out_and_the_others_kept() {
    let mut huge = String::from("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Huge\r\nTEL:5105550001\r\n");
    for i in 0..100_000 {
        huge.push_str(&format!("NOTE:{i}\r\n"));
    }
    huge.push_str("END:VCARD\r\n");
    let fine =
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Fine\r\nTEL:5105550002\r\nEND:VCARD\r\n".to_string();
    let port = fake_dav(vec![
        ("/book/huge.vcf".into(), huge),
        ("/book/fine.vcf".into(), fine),
    ]);
    let (_dir, index) = index();
    let report = run(
        &index,
        &dav("Fake", &format!("http://127.0.0.1:{port}/book/")),
        Some(&password()),
        &quick(),
    )
    .await
    .unwrap();
    assert_eq!(lookup(&index, "5105550002").unwrap().0, "Fine");
    assert_eq!(lookup(&index, "5105550001"), None);
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.contains("/book/huge.vcf") && w.contains("more than 5000 lines")),
        "{:?}",
        report.warnings
    );
}

/// Hostile and broken servers: each a clear error in seconds, and the
/// names synced before stay.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn entity_expansion_huge_garbage_silent_and_down_servers_lose_nothing() {
    let (_dir, index) = index();
    let good = fake_dav(vec![(
        "/book/a.vcf".into(),
        "BEGIN:VCARD\r\nFN:Kept\r\nTEL:5105550003\r\nEND:VCARD\r\n".into(),
    )]);
    let at = |port: u16| dav("Fake", &format!("http://127.0.0.1:{port}/book/"));
    run(&index, &at(good), Some(&password()), &quick())
        .await
        .unwrap();
    let check = |e: &DirectoryError, words: &str| {
        assert!(e.to_string().contains(words), "{e}");
        assert_eq!(
            lookup(&index, "5105550003").unwrap().0,
            "Kept",
            "after: {e}"
        );
        assert_eq!(entries(&index, "Fake"), 1);
    };
    let laughs = fake::http(|_: &Request| {
        Reply::Http(
            207,
            String::new(),
            r#"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><d:multistatus xmlns:d="DAV:"><d:response><d:href>&c;</d:href></d:response></d:multistatus>"#.into(),
        )
    });
    let err = run(&index, &at(laughs), Some(&password()), &quick())
        .await
        .unwrap_err();
    assert!(matches!(err, DirectoryError::Garbage { .. }), "{err}");
    check(&err, "DOCTYPE");
    // 100 MB, said up front, and sent without a length.
    let said = fake::http(|_: &Request| {
        Reply::Raw(
            b"HTTP/1.1 207 Multi-Status\r\nContent-Length: 104857600\r\n\r\n<d:multistatus"
                .to_vec(),
        )
    });
    let err = run(&index, &at(said), Some(&password()), &quick())
        .await
        .unwrap_err();
    assert!(matches!(err, DirectoryError::TooLarge { .. }), "{err}");
    check(&err, "larger than 32 MB");
    let sent = Arc::new(AtomicUsize::new(0));
    let counted = sent.clone();
    let endless = fake::http(move |_: &Request| {
        counted.fetch_add(1, Ordering::Relaxed);
        Reply::Endless(vec![b' '; 1 << 20], 100)
    });
    let (err, took) = timed(run(
        &index,
        &at(endless),
        Some(&password()),
        &SyncOptions::default(),
    ))
    .await;
    let err = err.unwrap_err();
    assert!(matches!(err, DirectoryError::TooLarge { .. }), "{err}");
    assert!(took < Duration::from_secs(20), "{took:?}");
    check(&err, "larger than 32 MB");
    let html = fake::http(|_: &Request| {
        Reply::Http(
            200,
            "Content-Type: text/html\r\n".into(),
            "<html><body>Please log in</body></html>".into(),
        )
    });
    let err = run(&index, &at(html), Some(&password()), &quick())
        .await
        .unwrap_err();
    check(&err, "not a WebDAV multistatus");
    let silent = fake::http(|_: &Request| Reply::Silence);
    let (err, took) = timed(run(&index, &at(silent), Some(&password()), &quick())).await;
    let err = err.unwrap_err();
    assert!(took < Duration::from_secs(10), "{took:?}");
    assert!(matches!(err, DirectoryError::Timeout { .. }), "{err}");
    check(&err, "did not answer within 2 s");
    let err = run(
        &index,
        &at(fake::closed_port()),
        Some(&password()),
        &quick(),
    )
    .await
    .unwrap_err();
    assert!(matches!(err, DirectoryError::Connect { .. }), "{err}");
    check(&err, "cannot reach");
    // A redirect to another server is not followed (the password stays here).
    let elsewhere = fake::http(|_: &Request| {
        Reply::Http(
            301,
            "Location: https://evil.example/dav/\r\n".into(),
            String::new(),
        )
    });
    let err = run(&index, &at(elsewhere), Some(&password()), &quick())
        .await
        .unwrap_err();
    assert!(matches!(err, DirectoryError::Redirect { .. }), "{err}");
    check(&err, "https://evil.example/dav");
}
