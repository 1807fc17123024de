//! What `run` prepares before the window: the settings, the demo's
//! simulator and contacts, the keyring.

use super::messages::Notice;
use crate::client::ClientConfig;
use crate::engine::{EngineConfig, EngineHandle};
use crate::sim::{DEMO_CALLERS, SimConfig, SimOptions, Simulator};
use std::time::Duration;

/// The demo's simulator user.
pub const DEMO_USER: &str = "6465551000";
const DEMO_PIN: &str = "12345";

/// Where the settings and the history are (the demo keeps its own), and the
/// settings (a file that cannot be read: the defaults, and a notice).
pub(super) fn load_settings(
    demo: bool,
    notices: &mut Vec<Notice>,
) -> (
    Option<std::path::PathBuf>,
    Option<std::path::PathBuf>,
    crate::settings::Settings,
) {
    let data_dir = crate::history::data_dir();
    let (settings_path, history_path) = if demo {
        let dir = data_dir.map(|d| d.join("demo"));
        (
            dir.as_ref().map(|d| d.join("settings.json")),
            dir.map(|d| d.join("history.sqlite3")),
        )
    } else {
        (
            crate::settings::default_path(),
            data_dir.map(|d| d.join(crate::history::FILE_NAME)),
        )
    };
    let mut settings = match settings_path.as_deref().map(crate::settings::load) {
        Some(Ok(s)) => s,
        Some(Err(e)) => {
            notices.push(Notice {
                text: e.to_string(),
                error: true,
            });
            crate::settings::Settings::default()
        }
        None => crate::settings::Settings::default(),
    };
    // The entry itself says whether skydial starts at login (the user may
    // have removed it by hand).
    if !demo {
        settings.start_at_login = crate::autostart::is_enabled();
    }
    (settings_path, history_path, settings)
}

/// The demo's simulator, started in this process; its account and the
/// banner that says what it is.
pub(super) fn start_demo(
    runtime: &tokio::runtime::Runtime,
    settings: &mut crate::settings::Settings,
) -> Result<(Simulator, ClientConfig, String), super::AppError> {
    let sim = runtime.block_on(Simulator::start(SimOptions {
        config: SimConfig {
            ring_timeout: Some(Duration::from_secs(30)),
            auto_answer: Some(Duration::from_secs(3)),
            demo_calls: true,
            ..SimConfig::default()
        },
        ..SimOptions::default()
    }))?;
    let url = crate::client::url::api_url(&sim.base_url())?;
    let banner = crate::t!(
        "demo-banner",
        server = sim.base_url(),
        user = DEMO_USER,
        pin = DEMO_PIN,
        answered_after = 3
    );
    settings.server = sim.base_url();
    settings.user = DEMO_USER.into();
    settings.remember_pin = false;
    let account = ClientConfig {
        url,
        credentials: crate::protocol::Credentials::new(
            DEMO_USER,
            crate::protocol::Pin::new(DEMO_PIN),
        ),
        ca_file: None,
    };
    Ok((sim, account, banner))
}

/// Names for the demo's callers, through the history's one owner.
pub(super) fn add_demo_contacts(
    runtime: &tokio::runtime::Runtime,
    engine: &EngineHandle,
    notices: &mut Vec<Notice>,
) {
    let contacts = DEMO_CALLERS
        .iter()
        .map(|(name, number)| crate::contacts::Contact {
            name: name.to_string(),
            number: number.to_string(),
        })
        .collect();
    if let Err(e) = runtime.block_on(engine.import_contacts(contacts)) {
        notices.push(Notice {
            text: crate::t!("notice-demo-contacts", error = e.to_string()),
            error: true,
        });
    }
}

/// The system keyring (none for the demo); without one, the PIN is asked
/// for at each start, and a notice says so.
pub(super) fn keyring(
    demo: bool,
    settings: &mut crate::settings::Settings,
    notices: &mut Vec<Notice>,
) -> crate::secrets::Secrets {
    if demo {
        return crate::secrets::Secrets::new(None);
    }
    match crate::secrets::Secrets::system(Some(&settings.server)) {
        Ok(secrets) => secrets,
        Err(e) => {
            settings.remember_pin = false;
            notices.push(Notice {
                text: crate::t!("notice-no-system-keyring", error = e.to_string()),
                error: false,
            });
            crate::secrets::Secrets::new(None)
        }
    }
}

/// The engine (the connection, the call state, the history database) and
/// the company directories, synced in the background into that database,
/// where the engine names a ringing call. (The desk takes the directories'
/// handle for Settings' Directories section; the window reads its status.)
pub(super) fn background(
    runtime: &tokio::runtime::Runtime,
    history_path: Option<std::path::PathBuf>,
    settings: &crate::settings::Settings,
    secrets: &crate::secrets::Secrets,
) -> (EngineHandle, Option<crate::directory::DirectoryHandle>) {
    let _guard = runtime.enter();
    let directories = history_path.clone().map(|db_path| {
        crate::directory::service::spawn(crate::directory::ServiceConfig {
            db_path,
            directories: settings.directories.clone(),
            passwords: crate::directory::Passwords::new(Some(secrets.clone())),
            options: crate::directory::sync::SyncOptions::default(),
            sync_at_start: true,
        })
    });
    let engine = crate::engine::spawn(EngineConfig {
        history_path,
        ..EngineConfig::default()
    });
    (engine, directories)
}
