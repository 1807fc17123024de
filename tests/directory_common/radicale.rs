//! Radicale (Debian's, run with Debian's python3) with htpasswd sign-in and
//! its storage in a temp dir, its address books filled before it starts.

use super::{PASSWORD, Server, free_port};
use std::fmt::Write as _;
use std::path::PathBuf;

pub const USER: &str = "ada";

pub struct Radicale {
    _server: Server,
    pub port: u16,
    pub dir: tempfile::TempDir,
}

/// A card: `Card N` with work number 415-555-NNNN and mobile 628-555-NNNN.
pub fn card(i: usize, version: &str) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "BEGIN:VCARD\r\nVERSION:{version}\r\nUID:card-{i:05}\r\nFN:Card {i:05}\r\nN:{i:05};Card;;;\r\n\
         ORG:Shared Co;Support\r\nTITLE:Agent\r\nTEL;TYPE=WORK,VOICE:+1 (415) 555-{:04}\r\n\
         TEL;TYPE=CELL:628.555.{:04}\r\nEND:VCARD\r\n",
        i % 10_000,
        i % 10_000
    );
    out
}

impl Radicale {
    /// Radicale with the address books `books` (name, cards), each card
    /// written straight into its storage (as if uploaded earlier).
    pub fn start(books: &[(&str, usize)]) -> Self {
        // Storage in memory where there is a tmpfs: Radicale writes its
        // cache file by file with an fsync each (5,000 of them).
        let dir = tempfile::Builder::new()
            .prefix("skydial-radicale")
            .tempdir_in("/dev/shm")
            .or_else(|_| tempfile::tempdir())
            .unwrap();
        let d = dir.path();
        let root = d.join("collections/collection-root").join(USER);
        let mut first = 0;
        for (name, cards) in books {
            let book = root.join(name.to_ascii_lowercase());
            std::fs::create_dir_all(&book).unwrap();
            std::fs::write(
                book.join(".Radicale.props"),
                format!(r#"{{"D:displayname": "{name}", "tag": "VADDRESSBOOK"}}"#),
            )
            .unwrap();
            for i in first..first + cards {
                let version = if i % 2 == 0 { "3.0" } else { "4.0" };
                std::fs::write(book.join(format!("card-{i:05}.vcf")), card(i, version)).unwrap();
            }
            first += cards;
        }
        std::fs::write(d.join("users"), format!("{USER}:{PASSWORD}\n")).unwrap();
        let port = free_port();
        let config = d.join("config");
        std::fs::write(
            &config,
            format!(
                "[server]\nhosts = 127.0.0.1:{port}\n\
                 [auth]\ntype = htpasswd\nhtpasswd_filename = {users}\nhtpasswd_encryption = plain\ndelay = 0\n\
                 [storage]\nfilesystem_folder = {storage}\n\
                 [rights]\ntype = owner_only\n\
                 [logging]\nlevel = warning\n",
                users = d.join("users").display(),
                storage = d.join("collections").display(),
            ),
        )
        .unwrap();
        let server = Server::start(
            "/usr/bin/python3",
            &[
                "-m".into(),
                "radicale".into(),
                "--config".into(),
                config.display().to_string(),
            ],
            &d.join("radicale.log"),
        );
        server.wait_for(port);
        Self {
            _server: server,
            port,
            dir,
        }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    pub fn book_url(&self, book: &str) -> String {
        format!(
            "http://127.0.0.1:{}/{USER}/{}/",
            self.port,
            book.to_ascii_lowercase()
        )
    }

    pub fn storage(&self) -> PathBuf {
        self.dir
            .path()
            .join("collections/collection-root")
            .join(USER)
    }

    /// PUT or DELETE a card over HTTP, as another client would.
    pub async fn put(&self, book: &str, file: &str, body: &str) {
        let response = reqwest::Client::new()
            .put(format!("{}{file}", self.book_url(book)))
            .basic_auth(USER, Some(PASSWORD))
            .header("Content-Type", "text/vcard")
            .body(body.to_string())
            .send()
            .await
            .unwrap();
        assert!(
            response.status().is_success(),
            "PUT {file}: {}",
            response.status()
        );
    }

    pub async fn delete(&self, book: &str, file: &str) {
        let response = reqwest::Client::new()
            .delete(format!("{}{file}", self.book_url(book)))
            .basic_auth(USER, Some(PASSWORD))
            .send()
            .await
            .unwrap();
        assert!(
            response.status().is_success(),
            "DELETE {file}: {}",
            response.status()
        );
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("radicale.log")).unwrap_or_default()
    }
}
