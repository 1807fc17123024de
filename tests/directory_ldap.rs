//! LDAP directories against a real OpenLDAP slapd started by the tests
//! (tests/directory_common/slapd.rs): an Active Directory-like tree read
//! with a `user@domain` bind over StartTLS in pages of 1,000, an
//! OpenLDAP-like one read anonymously over ldaps, hostile entries, the
//! filter injection, and servers that are down, silent or speak garbage.
//! Each failure is a clear message and loses nothing already synced.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

mod directory_common;

use directory_common::fake::{self, Reply};
use directory_common::slapd::{self, AD_BASE, ORG_BASE, SYNC_DN, SYNC_UPN};
use directory_common::{PASSWORD, config, entries, index, lookup, timed};
use skydial::directory::fetch::run;
use skydial::directory::ldap::{LdapOptions, Session};
use skydial::directory::sync::SyncOptions;
use skydial::directory::{DirectoryConfig, DirectoryError, Password};
use std::time::Duration;

fn corp() -> DirectoryConfig {
    let s = slapd::shared();
    let mut c = config("Corp", &s.ldap_url());
    c.base = Some(AD_BASE.into());
    c.user = Some(SYNC_UPN.into());
    c.ca_file = Some(s.ca.clone());
    c
}

fn org() -> DirectoryConfig {
    let s = slapd::shared();
    let mut c = config("Org", &s.ldaps_url());
    c.base = Some(ORG_BASE.into());
    c.ca_file = Some(s.ca.clone());
    c
}

fn password() -> Password {
    Password::new(PASSWORD)
}

fn quick() -> SyncOptions {
    SyncOptions {
        timeout: Duration::from_secs(2),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_ad_like_tree_syncs_with_a_upn_bind_over_starttls_in_pages() {
    let (_dir, index) = index();
    let report = run(&index, &corp(), Some(&password()), &SyncOptions::default())
        .await
        .unwrap();
    let people = slapd::shared().ad_people;
    // Everyone with a number: the people and Ada (not the service account).
    assert_eq!(report.fetched, people + 1, "{report:?}");
    assert_eq!(report.tally.added, people + 1);
    assert!(report.encrypted, "StartTLS");
    assert!(report.requests > people / 1000, "paged: {report:?}");
    assert_eq!(entries(&index, "Corp"), people as u64 + 1);
    assert_eq!(
        lookup(&index, "+1 646 555 0042"),
        Some(("Person 000042".into(), "Corp".into()))
    );
    assert_eq!(lookup(&index, "9175550042").unwrap().0, "Person 000042");
    // Every kind of number, each in its own layout; never the fax.
    for n in [
        "7185550100",
        "718.555.0101",
        "7100",
        "17185550102",
        "+1 718 555 0103",
    ] {
        assert_eq!(lookup(&index, n).unwrap().0, "Ada Lovelace", "{n}");
    }
    assert_eq!(lookup(&index, "7185550199"), None, "a fax is not a phone");
    let ada = index.lock().unwrap().search("ada lov", 5).unwrap();
    assert_eq!(ada.len(), 1);
    assert_eq!(ada[0].company, "Analytical Engines");
    assert_eq!(ada[0].department, "Research");
    assert_eq!(ada[0].title, "Countess");
    let kinds: Vec<&str> = ada[0].numbers.iter().map(|n| n.kind.as_str()).collect();
    assert_eq!(kinds, ["work", "ip", "mobile", "home", "work"]);
    // Unchanged on a second sync; a person leaving the directory leaves the index.
    slapd::shared().modify(
        slapd::ROOT_DN,
        &format!("dn: CN=Person 000007,OU=Staff,{AD_BASE}\nchangetype: delete\n"),
    );
    let again = run(&index, &corp(), Some(&password()), &SyncOptions::default())
        .await
        .unwrap();
    assert_eq!(again.tally.removed, 1, "{again:?}");
    assert_eq!(again.tally.unchanged, people);
    assert_eq!(lookup(&index, "6465550007"), None);
    slapd::shared().modify(
        slapd::ROOT_DN,
        &format!(
            "dn: CN=Person 000007,OU=Staff,{AD_BASE}\nchangetype: add\nobjectClass: user\ncn: Person 000007\nsn: P\n\
             displayName: Person 000007\ntelephoneNumber: +1 (646) 555-0007\n"
        ),
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bind_dn_works_and_a_wrong_password_loses_nothing() {
    let (_dir, index) = index();
    let mut by_dn = corp();
    by_dn.user = None;
    by_dn.bind = Some(SYNC_DN.into());
    by_dn.base = Some(slapd::RESEARCH_BASE.into());
    run(&index, &by_dn, Some(&password()), &SyncOptions::default())
        .await
        .unwrap();
    let held = entries(&index, "Corp");
    assert_eq!(held, 1);
    let wrong = run(&index, &by_dn, Some(&Password::new("not-it")), &quick()).await;
    let Err(e @ DirectoryError::Auth { .. }) = wrong else {
        panic!("{wrong:?}");
    };
    let message = e.to_string();
    assert!(message.contains("invalid credentials"), "{message}");
    assert!(
        message.contains("check the user name and the password"),
        "{message}"
    );
    assert_eq!(entries(&index, "Corp"), held, "nothing lost");
    let state = index.lock().unwrap().directory("Corp").unwrap().unwrap();
    assert!(state.synced_at.is_some());
    assert!(state.error.unwrap().contains("invalid credentials"));
    assert_eq!(lookup(&index, "7185550100").unwrap().0, "Ada Lovelace");
    // Anonymous readers see no numbers in the AD-like tree: it needs a bind.
    let mut anonymous = corp();
    anonymous.user = None;
    let report = run(&index, &anonymous, None, &quick()).await.unwrap();
    assert_eq!(report.fetched, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_openldap_like_tree_over_ldaps_anonymously_with_hostile_entries_made_safe() {
    let (_dir, index) = index();
    let report = run(&index, &org(), None, &SyncOptions::default())
        .await
        .unwrap();
    let people = slapd::shared().org_people;
    assert_eq!(report.fetched, people + 4, "{report:?}");
    assert!(report.encrypted);
    // Every layout of 212 555 NNNN: 212.555.NNNN, +1 212 555 NNNN, (212) 555-NNNN, +1212555NNNN.
    for i in [40, 41, 42, 43] {
        let (name, source) = lookup(&index, &format!("2125550{i:03}")).unwrap();
        assert_eq!(name, format!("Org Person {i:05}"));
        assert_eq!(source, "Org");
    }
    let p = &index.lock().unwrap().search("org person 00041", 1).unwrap()[0];
    assert_eq!(
        (p.company.as_str(), p.department.as_str()),
        ("Example Org", "Sales")
    );
    // Reordering and control characters are gone; a megabyte of name is cut.
    let (bidi, _) = lookup(&index, "3035550001").unwrap();
    assert_eq!(bidi, "Mallory evil [2JSmith");
    let (huge, _) = lookup(&index, "3035550002").unwrap();
    assert_eq!(huge.chars().count(), 256);
    // 10,000 numbers: the first 32 kept, and the report says so.
    let many = &index.lock().unwrap().search("many numbers", 1).unwrap()[0];
    assert_eq!(many.numbers.len(), 32);
    assert_eq!(lookup(&index, "4045550031").unwrap().0, "Many Numbers");
    assert_eq!(lookup(&index, "4045550032"), None);
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.contains("9968 numbers left out")),
        "{:?}",
        report.warnings
    );
    assert_eq!(lookup(&index, "3035550003").unwrap().0, "*)(cn=*");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn user_text_in_a_filter_matches_nobody() {
    let s = slapd::shared();
    let mut options = LdapOptions::from_config(&org(), Duration::from_secs(10)).unwrap();
    let mut session = Session::connect(&options, None).await.unwrap();
    assert!(session.search("Org Person 0001", 50).await.unwrap().len() >= 10);
    // Unescaped, this would be (displayName=**)(cn=**): everyone.
    let found = session.search("*)(cn=*", 50).await.unwrap();
    assert_eq!(
        found.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(),
        ["*)(cn=*"],
        "only the entry named that"
    );
    // A star is a star: it finds the one name holding one.
    let stars = session.search("*", 50).await.unwrap();
    assert_eq!(stars.len(), 1, "{stars:?}");
    assert!(
        session
            .search(")(|(objectClass=*)", 50)
            .await
            .unwrap()
            .is_empty()
    );
    session.close().await;
    // A user name is escaped too: `*` signs in as nobody.
    options.login = skydial::directory::Login::User("*".into());
    options.base = Some(AD_BASE.into());
    options.tls = skydial::directory::LdapTls::StartTls;
    options.port = s.port;
    let err = Session::connect(&options, Some(&password()))
        .await
        .err()
        .unwrap();
    assert!(matches!(err, DirectoryError::Auth { .. }), "{err}");
    assert!(err.to_string().contains("no single entry"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_certificate_not_from_the_ca_file_is_refused() {
    let (_dir, index) = index();
    for url in [slapd::shared().ldaps_url(), slapd::shared().ldap_url()] {
        let mut c = org();
        c.base = Some(slapd::ODD_BASE.into());
        c.url = url.clone();
        c.ca_file = None;
        let err = run(&index, &c, None, &quick()).await.unwrap_err();
        assert!(
            matches!(err, DirectoryError::Certificate { .. }),
            "{url}: {err}"
        );
        assert!(err.to_string().contains("--ca-file"), "{err}");
    }
    let mut c = org();
    c.ca_file = Some("/nonexistent/ca.pem".into());
    let err = run(&index, &c, None, &quick()).await.unwrap_err();
    assert!(matches!(err, DirectoryError::CaFile { .. }), "{err}");
}

/// A server that is down, silent or speaks garbage: a clear error, in
/// seconds, and the names synced before stay.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn down_silent_and_garbage_servers_fail_clearly_and_lose_nothing() {
    let (_dir, index) = index();
    let odd = || {
        let mut c = org();
        c.base = Some(slapd::ODD_BASE.into());
        c
    };
    run(&index, &odd(), None, &SyncOptions::default())
        .await
        .unwrap();
    let held = entries(&index, "Org");
    assert_eq!(held, 4);
    let at = |port: u16| {
        let mut c = odd();
        c.url = format!("ldap://127.0.0.1:{port}");
        c
    };
    let check = |e: &DirectoryError, words: &str| {
        assert!(e.to_string().contains(words), "{e}");
        assert_eq!(entries(&index, "Org"), held, "nothing lost after: {e}");
        assert_eq!(lookup(&index, "3035550003").unwrap().0, "*)(cn=*");
    };
    let err = run(&index, &at(fake::closed_port()), None, &quick())
        .await
        .unwrap_err();
    assert!(matches!(err, DirectoryError::Connect { .. }), "{err}");
    check(&err, "cannot reach the directory server");
    // Silent for 30 s: a timeout after 2, not a hang.
    let silent = fake::tcp(|| Reply::Silence);
    let (err, took) = timed(run(&index, &at(silent), None, &quick())).await;
    let err = err.unwrap_err();
    assert!(took < Duration::from_secs(10), "{took:?}");
    assert!(matches!(err, DirectoryError::Timeout { .. }), "{err}");
    check(&err, "did not answer within 2 s");
    let http = fake::tcp(|| Reply::Raw(b"HTTP/1.1 400 Bad Request\r\n\r\n".to_vec()));
    let err = run(&index, &at(http), None, &quick()).await.unwrap_err();
    assert!(matches!(err, DirectoryError::Garbage { .. }), "{err}");
    check(&err, "cannot read");
    // A header claiming a message of 100 MB, and a stack of nested headers.
    let big = fake::tcp(|| Reply::Raw(vec![0x30, 0x84, 0x06, 0x00, 0x00, 0x00, 0x02, 0x01, 0x01]));
    let err = run(&index, &at(big), None, &quick()).await.unwrap_err();
    assert!(matches!(err, DirectoryError::TooLarge { .. }), "{err}");
    check(&err, "larger than 8 MB");
    let deep = fake::tcp(|| {
        let mut bytes = Vec::new();
        for level in 0..100_000u32 {
            bytes.extend_from_slice(&[0x30, 0x84]);
            bytes.extend_from_slice(&((99_999 - level) * 6).to_be_bytes());
        }
        Reply::Raw(bytes)
    });
    let err = run(&index, &at(deep), None, &quick()).await.unwrap_err();
    check(&err, "cannot read");
    let state = index.lock().unwrap().directory("Org").unwrap().unwrap();
    assert!(state.error.unwrap().contains("cannot read"));
}

/// The app's side: the background service syncs at start and on demand,
/// says when each directory last synced and why it failed, and answers
/// searches, lookups and contact edits without blocking.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_background_service_syncs_at_start_and_on_demand() {
    use skydial::directory::index::ContactEdit;
    use skydial::directory::{NumberKind, Passwords, ServiceConfig, service};
    let dir = tempfile::tempdir().unwrap();
    let mut odd = org();
    odd.base = Some(slapd::ODD_BASE.into());
    let handle = service::spawn(ServiceConfig {
        db_path: dir.path().join("history.sqlite3"),
        directories: vec![odd.clone()],
        passwords: Passwords::new(None),
        options: quick(),
        sync_at_start: true,
    });
    let mut status = handle.status();
    let synced = tokio::time::timeout(
        Duration::from_secs(30),
        status.wait_for(|s| {
            s.first()
                .is_some_and(|d| d.synced_at.is_some() && !d.syncing)
        }),
    )
    .await
    .expect("synced at start")
    .unwrap()
    .clone();
    assert_eq!(synced[0].entries, 4);
    assert_eq!(synced[0].kind, "LDAP");
    let caller = handle.lookup("303 555 0003".into()).await.unwrap().unwrap();
    assert_eq!(
        (caller.name.as_str(), caller.source.to_string().as_str()),
        ("*)(cn=*", "Org")
    );
    // A directory that cannot be reached: its status says why, the other's names stay.
    let mut down = odd.clone();
    down.name = "Down".into();
    down.url = format!("ldap://127.0.0.1:{}", fake::closed_port());
    handle
        .set_directories(vec![odd.clone(), down])
        .await
        .unwrap();
    let results = handle.sync(Some("Down".into())).await.unwrap();
    assert!(matches!(results[0].1, Err(DirectoryError::Connect { .. })));
    let now = status.borrow().clone();
    let down = now.iter().find(|d| d.name == "Down").unwrap();
    let words = down.describe(skydial::history::now_ms());
    assert!(
        words.contains("never synced") && words.contains("cannot reach"),
        "{words}"
    );
    assert!(handle.lookup("3035550003".into()).await.unwrap().is_some());
    // Contacts come first, and can be edited and deleted.
    let id = handle
        .add_contact(ContactEdit {
            name: "Mine".into(),
            company: String::new(),
            numbers: vec![(NumberKind::Mobile, "303 555 0003".into())],
        })
        .await
        .unwrap();
    assert_eq!(
        handle
            .lookup("3035550003".into())
            .await
            .unwrap()
            .unwrap()
            .name,
        "Mine"
    );
    let found = handle.search("min".into(), 10).await.unwrap();
    assert_eq!(found[0].id, id);
    assert!(handle.delete_contact(id).await.unwrap());
    assert_eq!(
        handle
            .lookup("3035550003".into())
            .await
            .unwrap()
            .unwrap()
            .name,
        "*)(cn=*"
    );
    assert!(handle.add_contact(ContactEdit::default()).await.is_err());
}
