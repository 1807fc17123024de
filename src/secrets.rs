//! The PIN in the OS keyring (Secret Service on Linux, Keychain on macOS,
//! Credential Manager on Windows). Never in a file.

use crate::protocol::Pin;
use keyring_core::{CredentialStore, Entry};
use std::sync::Arc;

const SERVICE: &str = "skydial";

/// What went wrong with the keyring.
#[derive(Debug, thiserror::Error)]
pub enum SecretsError {
    #[error("{}", crate::t!("secrets-no-keyring"))]
    NoKeyring,
    #[error(transparent)]
    Keyring(#[from] keyring_core::Error),
}

/// The platform's keyring, or why there is none.
pub fn platform_store() -> Result<Arc<CredentialStore>, SecretsError> {
    #[cfg(target_os = "linux")]
    {
        zbus_secret_service_keyring_store::Store::new()
            .map(|s| s as Arc<CredentialStore>)
            .map_err(SecretsError::from)
    }
    #[cfg(target_os = "macos")]
    {
        apple_native_keyring_store::keychain::Store::new()
            .map(|s| s as Arc<CredentialStore>)
            .map_err(SecretsError::from)
    }
    #[cfg(target_os = "windows")]
    {
        windows_native_keyring_store::Store::new()
            .map(|s| s as Arc<CredentialStore>)
            .map_err(SecretsError::from)
    }
    #[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
    {
        Err(SecretsError::NoKeyring)
    }
}

/// Whose PIN: the server and the DID. The keyring entry is keyed by both, so
/// a PIN kept for one server is never sent to another one `--server` names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// The server's base URL, normalised (`https://hostedconnect.m5net.com`).
    pub server: String,
    pub user: String,
}

impl Account {
    /// The account of `user` on `server` (as typed or saved; normalised here).
    pub fn new(server: &str, user: &str) -> Self {
        let server = crate::client::url::api_url(server)
            .map(|u| crate::client::url::base_url(&u))
            .unwrap_or_else(|_| server.trim().trim_end_matches('/').to_string());
        Self {
            server,
            user: user.trim().to_string(),
        }
    }

    fn key(&self) -> String {
        format!("{}@{}", self.user, self.server)
    }
}

/// The PIN store. Every call blocks (D-Bus): call it off the UI thread.
#[derive(Clone)]
pub struct Secrets {
    store: Option<Arc<CredentialStore>>,
    /// Versions before 0.1 keyed the PIN by DID alone, for the server then
    /// saved in the settings: such an entry is used (and moved under the new
    /// key) for that server only.
    legacy_server: Option<String>,
}

/// The keyring's store may block on its last drop (closing its D-Bus
/// session through zbus's own runtime, which panics inside another one):
/// dropped on a runtime's thread (the desk's tasks end with the runtime), the
/// last handle to it goes to a thread of its own.
impl Drop for Secrets {
    fn drop(&mut self) {
        let Some(store) = self.store.take() else {
            return;
        };
        if Arc::strong_count(&store) == 1 && tokio::runtime::Handle::try_current().is_ok() {
            let handed = std::thread::Builder::new()
                .name("keyring-drop".into())
                .spawn(move || drop(store));
            if let Err(e) = handed {
                tracing::debug!("the keyring is left to the process's end: {e}");
            }
        }
    }
}

impl Secrets {
    /// The system keyring (the one constructor the app and the command line
    /// share); `legacy_server`: the server the saved settings name (see
    /// [`Secrets::with_legacy_server`]).
    pub fn system(legacy_server: Option<&str>) -> Result<Self, SecretsError> {
        let secrets = Self::new(Some(platform_store()?));
        Ok(match legacy_server {
            Some(server) => secrets.with_legacy_server(server),
            None => secrets,
        })
    }

    pub fn new(store: Option<Arc<CredentialStore>>) -> Self {
        Self {
            store,
            legacy_server: None,
        }
    }

    /// Entries kept by DID alone belong to `server` (the saved settings' one).
    pub fn with_legacy_server(mut self, server: &str) -> Self {
        self.legacy_server = Some(Account::new(server, "").server);
        self
    }

    fn entry(&self, key: &str) -> Result<Entry, SecretsError> {
        let store = self.store.as_ref().ok_or(SecretsError::NoKeyring)?;
        Ok(Entry::new_in_store(store, SERVICE, key)?)
    }

    /// Keeps the PIN for `account`.
    pub fn save(&self, account: &Account, pin: &Pin) -> Result<(), SecretsError> {
        Ok(self.entry(&account.key())?.set_password(pin.expose())?)
    }

    /// The kept PIN, `Ok(None)` if there is none for this server and DID.
    pub fn load(&self, account: &Account) -> Result<Option<Pin>, SecretsError> {
        match self.entry(&account.key())?.get_password() {
            Ok(pin) => return Ok(Some(Pin::new(pin))),
            Err(keyring_core::Error::NoEntry) => {}
            Err(e) => return Err(e.into()),
        }
        if self.legacy_server.as_deref() != Some(account.server.as_str()) {
            return Ok(None);
        }
        let legacy = self.entry(&account.user)?;
        match legacy.get_password() {
            Ok(pin) => {
                let pin = Pin::new(pin);
                // Move it under the new key; the old one goes.
                if self.save(account, &pin).is_ok() {
                    let _ = legacy.delete_credential();
                }
                Ok(Some(pin))
            }
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    pub fn forget(&self, account: &Account) -> Result<(), SecretsError> {
        let mut keys = vec![account.key()];
        if self.legacy_server.as_deref() == Some(account.server.as_str()) {
            keys.push(account.user.clone());
        }
        for key in keys {
            match self.entry(&key)?.delete_credential() {
                Ok(()) | Err(keyring_core::Error::NoEntry) => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(())
    }
}

/// A directory's password (LDAP bind, CardDAV basic auth), kept under its
/// directory's keyring key (`directory::DirectoryConfig::keyring_key`):
/// the server and who signs in, so it is never offered to another server.
impl Secrets {
    pub fn save_directory(&self, key: &str, password: &Password) -> Result<(), SecretsError> {
        Ok(self.entry(key)?.set_password(password.expose())?)
    }

    pub fn load_directory(&self, key: &str) -> Result<Option<Password>, SecretsError> {
        match self.entry(key)?.get_password() {
            Ok(p) => Ok(Some(Password::new(p))),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    pub fn forget_directory(&self, key: &str) -> Result<(), SecretsError> {
        match self.entry(key)?.delete_credential() {
            Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    /// Whether a keyring is there to keep passwords in.
    pub fn available(&self) -> bool {
        self.store.is_some()
    }
}

/// A directory's password: no `Display`, redacted `Debug`, wiped on drop.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(zeroize::Zeroizing<String>);

impl Password {
    pub fn new(password: impl Into<String>) -> Self {
        Self(zeroize::Zeroizing::new(password.into()))
    }

    /// The password itself, for the bind request or the Authorization header only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "https://hostedconnect.m5net.com";

    #[test]
    fn save_load_forget_with_the_mock_store() {
        let store: Arc<CredentialStore> = keyring_core::mock::Store::new().unwrap();
        let secrets = Secrets::new(Some(store));
        let me = Account::new(A, "6465551000");
        assert_eq!(secrets.load(&me).unwrap(), None);
        secrets.save(&me, &Pin::new("12345")).unwrap();
        assert_eq!(secrets.load(&me).unwrap(), Some(Pin::new("12345")));
        // The same server, typed another way.
        let same = Account::new("https://hostedconnect.m5net.com/bobl/bobl/", "6465551000");
        assert_eq!(secrets.load(&same).unwrap(), Some(Pin::new("12345")));
        secrets.forget(&me).unwrap();
        assert_eq!(secrets.load(&me).unwrap(), None);
        let none = Secrets::new(None);
        assert!(
            none.save(&me, &Pin::new("2"))
                .unwrap_err()
                .to_string()
                .contains("no keyring")
        );
    }

    #[test]
    fn a_pin_kept_for_one_server_is_not_given_for_another() {
        let store: Arc<CredentialStore> = keyring_core::mock::Store::new().unwrap();
        let secrets = Secrets::new(Some(store)).with_legacy_server(A);
        secrets
            .save(&Account::new(A, "6465551000"), &Pin::new("12345"))
            .unwrap();
        let other = Account::new("https://evil.example", "6465551000");
        assert_eq!(secrets.load(&other).unwrap(), None);
    }

    #[test]
    fn an_entry_kept_by_did_alone_serves_only_the_saved_server_and_moves() {
        let store: Arc<CredentialStore> = keyring_core::mock::Store::new().unwrap();
        Entry::new_in_store(&store, SERVICE, "6465551000")
            .unwrap()
            .set_password("12345")
            .unwrap();
        let secrets = Secrets::new(Some(store.clone())).with_legacy_server(A);
        let other = Account::new("https://evil.example", "6465551000");
        assert_eq!(secrets.load(&other).unwrap(), None);
        let me = Account::new(A, "6465551000");
        assert_eq!(secrets.load(&me).unwrap(), Some(Pin::new("12345")));
        assert!(matches!(
            Entry::new_in_store(&store, SERVICE, "6465551000")
                .unwrap()
                .get_password(),
            Err(keyring_core::Error::NoEntry)
        ));
        assert_eq!(
            Secrets::new(Some(store)).load(&me).unwrap(),
            Some(Pin::new("12345")),
            "now kept under the new key"
        );
    }
}
