//! `skydial directory …` (company directories: LDAP, CardDAV), `skydial
//! lookup NUMBER`, and finding people by name for `skydial dial NAME` and
//! `contacts search`.

use super::args::{DirectoryCmd, Global};
use super::exit::{Failure, Status};
use skydial::directory::sync::{SharedIndex, SyncOptions};
use skydial::directory::{
    DirectoryConfig, DirectoryError, ErrorKind, Index, Login, PASSWORD_VARIABLE, Password,
    Passwords, Person,
};
use skydial::protocol::number::readable;
use skydial::protocol::text::printable;
use skydial::t;
use std::io::IsTerminal;
use std::sync::{Arc, Mutex};

fn failure(e: &DirectoryError) -> Failure {
    let status = match e.kind() {
        ErrorKind::Usage => Status::Usage,
        ErrorKind::Auth => Status::Auth,
        ErrorKind::Connection => Status::Connection,
        ErrorKind::Other => Status::Api,
    };
    Failure::new(status, e.to_string())
}

fn index() -> Result<Index, Failure> {
    Index::open_default().map_err(|e| Failure::new(Status::Api, e.to_string()))
}

fn settings() -> Result<(std::path::PathBuf, skydial::settings::Settings), Failure> {
    let path =
        skydial::settings::default_path().ok_or_else(|| Failure::usage(t!("cmd-no-config-dir")))?;
    let settings = skydial::settings::load(&path).map_err(|e| Failure::usage(e.to_string()))?;
    Ok((path, settings))
}

/// The keyring, if there is one.
async fn keyring() -> Option<skydial::secrets::Secrets> {
    tokio::task::spawn_blocking(|| skydial::secrets::platform_store().ok())
        .await
        .ok()
        .flatten()
        .map(|store| skydial::secrets::Secrets::new(Some(store)))
}

/// The password for a new directory: SKYDIAL_DIRECTORY_PASSWORD, else asked.
fn new_password(config: &DirectoryConfig) -> Result<Option<Password>, Failure> {
    if config.login() == Login::Anonymous {
        return Ok(None);
    }
    skydial::secure::holding_pin();
    if let Ok(p) = std::env::var(PASSWORD_VARIABLE)
        && !p.is_empty()
    {
        return Ok(Some(Password::new(p)));
    }
    if !std::io::stdin().is_terminal() {
        return Err(Failure::usage(t!(
            "cmd-directory-no-password",
            variable = PASSWORD_VARIABLE
        )));
    }
    let prompt = t!(
        "cmd-directory-password-prompt",
        name = printable(&config.name)
    );
    let typed = rpassword::prompt_password(format!("{prompt} ")).map_err(|e| {
        Failure::usage(t!(
            "cmd-directory-cannot-read-password",
            error = e.to_string()
        ))
    })?;
    if typed.is_empty() {
        return Err(Failure::usage(t!("cmd-directory-no-password-entered")));
    }
    Ok(Some(Password::new(typed)))
}

pub async fn run(global: &Global, cmd: DirectoryCmd) -> Result<Status, Failure> {
    match cmd {
        DirectoryCmd::Add {
            name,
            url,
            base,
            bind,
            user,
            address_books,
            sync_minutes,
        } => {
            let mut config = DirectoryConfig::new(name, url);
            config.base = base;
            config.bind = bind;
            config.user = user;
            config.ca_file = global.ca_file.clone();
            config.address_books = address_books;
            config.sync_minutes = sync_minutes;
            add(global, config).await
        }
        DirectoryCmd::List => list(global),
        DirectoryCmd::Sync { name } => sync(global, name).await,
        DirectoryCmd::Remove { name } => remove(&name).await,
    }
}

async fn add(global: &Global, config: DirectoryConfig) -> Result<Status, Failure> {
    config.check().map_err(|e| failure(&e))?;
    if let Some(path) = &config.ca_file
        && let Err(e) = std::fs::metadata(path)
    {
        return Err(Failure::usage(t!(
            "cmd-directory-ca-file",
            path = path.display().to_string(),
            error = e.to_string()
        )));
    }
    let (settings_path, mut settings) = settings()?;
    if settings.directories.iter().any(|d| d.name == config.name) {
        return Err(failure(&DirectoryError::Exists(config.name.clone())));
    }
    let password = new_password(&config)?;
    // The first sync proves the URL, the login and the password before
    // anything is kept.
    let shared: SharedIndex = Arc::new(Mutex::new(index()?));
    let synced = skydial::directory::fetch::run(
        &shared,
        &config,
        password.as_ref(),
        &SyncOptions::default(),
    )
    .await;
    let report = match synced {
        Ok(report) => report,
        Err(e) => {
            let name = config.name.clone();
            let cleanup = shared.clone();
            let _ = tokio::task::spawn_blocking(move || {
                cleanup.lock().map(|mut i| i.remove_directory(&name)).ok()
            })
            .await;
            return Err(Failure::new(
                failure(&e).status,
                t!("cmd-directory-not-added", error = e.to_string()),
            ));
        }
    };
    if let Some(password) = &password {
        let key = config.keyring_key();
        let password = password.clone();
        let kept: Result<(), String> = match keyring().await {
            Some(secrets) => {
                tokio::task::spawn_blocking(move || secrets.save_directory(&key, &password))
                    .await
                    .map_err(|e| e.to_string())
                    .and_then(|r| r.map_err(|e| e.to_string()))
            }
            None => Err(skydial::secrets::SecretsError::NoKeyring.to_string()),
        };
        if let Err(e) = kept {
            eprintln!(
                "{}",
                t!(
                    "cmd-directory-password-not-kept",
                    error = e,
                    variable = PASSWORD_VARIABLE
                )
            );
        }
    }
    settings.directories.push(config.clone());
    skydial::settings::save(&settings_path, &settings)
        .map_err(|e| Failure::new(Status::Api, e.to_string()))?;
    print_report(global, &report);
    Ok(Status::Ok)
}

fn print_report(global: &Global, report: &skydial::directory::SyncReport) {
    if global.json {
        if let Ok(line) = serde_json::to_string(report) {
            println!("{line}");
        }
        return;
    }
    println!("{}", printable(&report.summary()));
    if !report.encrypted {
        println!("  {}", t!("cmd-directory-unencrypted"));
    }
    for warning in &report.warnings {
        println!("  {}", printable(warning));
    }
}

fn when(ms: Option<i64>) -> String {
    use chrono::TimeZone;
    ms.and_then(|ms| chrono::Local.timestamp_millis_opt(ms).single())
        .map_or_else(
            || t!("cmd-directory-never"),
            |t| t.format("%Y-%m-%d %H:%M").to_string(),
        )
}

fn list(global: &Global) -> Result<Status, Failure> {
    let (_, settings) = settings()?;
    let states = index()?
        .directories()
        .map_err(|e| Failure::new(Status::Api, e.to_string()))?;
    let rows: Vec<serde_json::Value> = settings
        .directories
        .iter()
        .map(|d| {
            let state = states.iter().find(|s| s.name == d.name);
            let login = match d.login() {
                Login::Anonymous => serde_json::Value::Null,
                Login::Dn(dn) => dn.into(),
                Login::User(user) => user.into(),
            };
            serde_json::json!({
                "name": d.name,
                "kind": skydial::directory::Target::parse(&d.url).map_or("?", |t| t.kind()),
                "url": d.url,
                "login": login,
                "entries": state.map_or(0, |s| s.entries),
                "synced_at": state.and_then(|s| s.synced_at),
                "tried_at": state.and_then(|s| s.tried_at),
                "error": state.and_then(|s| s.error.clone()),
            })
        })
        .collect();
    if global.json {
        println!("{}", serde_json::Value::Array(rows));
        return Ok(Status::Ok);
    }
    if rows.is_empty() {
        println!("{}", t!("cmd-directories-none"));
        return Ok(Status::Ok);
    }
    for (d, row) in settings.directories.iter().zip(&rows) {
        let state = states.iter().find(|s| s.name == d.name);
        let mut line = t!(
            "cmd-directory-line",
            name = d.name.as_str(),
            kind = row["kind"].as_str().unwrap_or("?"),
            url = d.url.as_str(),
            count = state.map_or(0, |s| s.entries),
            synced = when(state.and_then(|s| s.synced_at))
        );
        if let Some(error) = state.and_then(|s| s.error.as_deref()) {
            line.push_str(&t!(
                "cmd-directory-last-try-failed",
                tried = when(state.and_then(|s| s.tried_at)),
                error = error
            ));
        }
        println!("{}", printable(&line));
    }
    Ok(Status::Ok)
}

async fn sync(global: &Global, name: Option<String>) -> Result<Status, Failure> {
    let (_, settings) = settings()?;
    let chosen: Vec<DirectoryConfig> = settings
        .directories
        .iter()
        .filter(|d| name.as_deref().is_none_or(|n| n == d.name))
        .cloned()
        .collect();
    if let Some(name) = &name
        && chosen.is_empty()
    {
        return Err(failure(&DirectoryError::NotFound(name.clone())));
    }
    if chosen.is_empty() {
        println!("{}", t!("cmd-directories-none"));
        return Ok(Status::Ok);
    }
    let passwords = Passwords::new(keyring().await);
    let shared: SharedIndex = Arc::new(Mutex::new(index()?));
    let mut worst = Status::Ok;
    for config in chosen {
        let for_password = config.clone();
        let passwords = passwords.clone();
        let password = tokio::task::spawn_blocking(move || passwords.get(&for_password))
            .await
            .map_err(|e| Failure::new(Status::Api, e.to_string()))?;
        let outcome = match password {
            Ok(password) => {
                skydial::directory::fetch::run(
                    &shared,
                    &config,
                    password.as_ref(),
                    &SyncOptions::default(),
                )
                .await
            }
            Err(e) => {
                let (name, message, index) = (config.name.clone(), e.to_string(), shared.clone());
                let _ = tokio::task::spawn_blocking(move || {
                    index.lock().map(|mut i| i.failed(&name, &message)).ok()
                })
                .await;
                Err(e)
            }
        };
        match outcome {
            Ok(report) => print_report(global, &report),
            Err(e) => {
                let f = failure(&e);
                eprintln!(
                    "skydial: {}",
                    t!(
                        "cmd-directory-sync-failed",
                        name = printable(&config.name),
                        error = printable(&f.message)
                    )
                );
                if worst == Status::Ok {
                    worst = f.status;
                }
            }
        }
    }
    Ok(worst)
}

async fn remove(name: &str) -> Result<Status, Failure> {
    let (path, mut settings) = settings()?;
    let Some(at) = settings.directories.iter().position(|d| d.name == name) else {
        return Err(failure(&DirectoryError::NotFound(name.to_string())));
    };
    let config = settings.directories.remove(at);
    skydial::settings::save(&path, &settings)
        .map_err(|e| Failure::new(Status::Api, e.to_string()))?;
    let removed = index()?
        .remove_directory(name)
        .map_err(|e| Failure::new(Status::Api, e.to_string()))?;
    if config.login() != Login::Anonymous
        && let Some(secrets) = keyring().await
    {
        let key = config.keyring_key();
        let _ = tokio::task::spawn_blocking(move || secrets.forget_directory(&key)).await;
    }
    println!(
        "{}",
        t!(
            "cmd-directory-removed",
            name = printable(name),
            count = removed
        )
    );
    Ok(Status::Ok)
}

/// `skydial lookup NUMBER`: who it is and where the name came from.
pub fn lookup(global: &Global, number: &str) -> Result<Status, Failure> {
    if skydial::contacts::match_key(number).is_none() {
        return Err(Failure::usage(t!(
            "cmd-lookup-not-a-number",
            text = printable(number)
        )));
    }
    let caller = index()?
        .lookup(number)
        .map_err(|e| Failure::new(Status::Api, e.to_string()))?;
    let place = skydial::protocol::number::normalize(number)
        .ok()
        .and_then(|n| skydial::geo::place(&n));
    let time = place
        .as_ref()
        .map(|p| skydial::geo::local_time(p, std::time::SystemTime::now()));
    if global.json {
        let (name, source) = match &caller {
            Some(c) => (
                serde_json::Value::from(c.name.clone()),
                serde_json::Value::from(c.source.to_string()),
            ),
            None => (serde_json::Value::Null, serde_json::Value::Null),
        };
        println!(
            "{}",
            serde_json::json!({
                "number": number,
                "name": name,
                "source": source,
                "place": place.as_ref().map(|p| p.name.clone()),
                "local_time": time.as_ref().map(ToString::to_string),
                "time_zone": place.as_ref().map(|p| p.zone),
            })
        );
        return Ok(Status::Ok);
    }
    match caller {
        Some(c) => println!("{}", printable(&format!("{} ({})", c.name, c.source))),
        None => println!(
            "{}",
            t!(
                "cmd-lookup-unknown",
                number = printable(&readable(number)).into_owned()
            )
        ),
    }
    if let (Some(place), Some(time)) = (&place, &time) {
        let night = if skydial::geo::is_unsociable(time) {
            " (outside 8:00-21:00 there)"
        } else {
            ""
        };
        println!("{}, {time}{night}", printable(&place.name));
    }
    Ok(Status::Ok)
}

/// People matching `query` in the contacts and directories.
pub fn search(query: &str, limit: usize) -> Result<Vec<Person>, Failure> {
    index()?
        .search(query, limit)
        .map_err(|e| Failure::new(Status::Api, e.to_string()))
}

/// One line per person and number: `Ada Lovelace  work  (646) 555-1234  Corp`.
pub fn person_lines(people: &[Person]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for p in people {
        let mut name = p.name.clone();
        if !p.company.is_empty() {
            name.push_str(&format!(" ({})", p.company));
        }
        for n in &p.numbers {
            out.push((
                format!(
                    "{:<36}  {:<8}  {:<22}  {}",
                    name,
                    n.kind.label(),
                    readable(&n.number),
                    p.source
                ),
                n.number.clone(),
            ));
        }
    }
    out
}

/// For `skydial dial TEXT`: a name (letters that are not a number) becomes
/// the number of the one person and number it matches, or of the `pick`th
/// of several; several without `--pick` are listed (exit status 2).
pub fn resolve_name(text: &str, pick: Option<usize>) -> Result<Option<String>, Failure> {
    let as_number = skydial::protocol::number::normalize(text);
    let Err(not_a_number) = as_number.as_ref().map(|_| ()) else {
        return match pick {
            Some(_) => Err(Failure::usage(t!("cmd-dial-pick-a-number"))),
            None => Ok(None),
        };
    };
    if !text.chars().any(char::is_alphabetic) {
        return Ok(None);
    }
    let people = search(text, 20)?;
    // A number with an extension dials its line (the API sends no tones).
    let lines: Vec<(String, String)> = person_lines(&people)
        .into_iter()
        .map(|(line, n)| (line, skydial::contacts::split_extension(&n).0.to_string()))
        .filter(|(_, n)| skydial::protocol::number::normalize(n).is_ok())
        .collect();
    match (lines.len(), pick) {
        (0, _) => Err(Failure::usage(t!(
            "cmd-dial-no-one",
            text = printable(text),
            reason = not_a_number.to_string()
        ))),
        (n, Some(p)) if p == 0 || p > n => Err(Failure::usage(t!(
            "cmd-dial-pick-out-of-range",
            pick = p,
            count = n,
            text = printable(text)
        ))),
        (_, Some(p)) => Ok(Some(lines[p - 1].1.clone())),
        (1, None) => Ok(Some(lines[0].1.clone())),
        (n, None) => {
            println!(
                "{}",
                t!("cmd-dial-matches", count = n, text = printable(text))
            );
            for (i, (line, _)) in lines.iter().enumerate() {
                println!("{:>3}  {}", i + 1, printable(line));
            }
            Err(Failure::usage(t!(
                "cmd-dial-pick-one",
                count = n,
                text = printable(text)
            )))
        }
    }
}
