//! The PIN in the OS keyring (Secret Service on Linux, Keychain on macOS,
//! Credential Manager on Windows). Never in a file.

use crate::protocol::Pin;
use keyring_core::{CredentialStore, Entry};
use std::sync::Arc;

const SERVICE: &str = "skydial";

/// The platform's keyring, or why there is none.
pub fn platform_store() -> Result<Arc<CredentialStore>, String> {
    #[cfg(target_os = "linux")]
    {
        zbus_secret_service_keyring_store::Store::new()
            .map(|s| s as Arc<CredentialStore>)
            .map_err(|e| e.to_string())
    }
    #[cfg(target_os = "macos")]
    {
        apple_native_keyring_store::keychain::Store::new()
            .map(|s| s as Arc<CredentialStore>)
            .map_err(|e| e.to_string())
    }
    #[cfg(target_os = "windows")]
    {
        windows_native_keyring_store::Store::new()
            .map(|s| s as Arc<CredentialStore>)
            .map_err(|e| e.to_string())
    }
    #[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
    {
        Err("no keyring support on this platform".into())
    }
}

/// The PIN store. Every call blocks (D-Bus): call it off the UI thread.
#[derive(Clone)]
pub struct Secrets {
    store: Option<Arc<CredentialStore>>,
}

impl Secrets {
    pub fn new(store: Option<Arc<CredentialStore>>) -> Self {
        Secrets { store }
    }

    fn entry(&self, user: &str) -> Result<Entry, String> {
        let store = self.store.as_ref().ok_or("no keyring is available")?;
        Entry::new_in_store(store, SERVICE, user).map_err(|e| e.to_string())
    }

    /// Keeps the PIN for `user`.
    pub fn save(&self, user: &str, pin: &Pin) -> Result<(), String> {
        self.entry(user)?
            .set_password(pin.expose())
            .map_err(|e| e.to_string())
    }

    /// The kept PIN, `Ok(None)` if there is none.
    pub fn load(&self, user: &str) -> Result<Option<Pin>, String> {
        match self.entry(user)?.get_password() {
            Ok(pin) => Ok(Some(Pin::new(pin))),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(e.to_string()),
        }
    }

    pub fn forget(&self, user: &str) -> Result<(), String> {
        match self.entry(user)?.delete_credential() {
            Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
            Err(e) => Err(e.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn save_load_forget_with_the_mock_store() {
        let store: Arc<CredentialStore> = keyring_core::mock::Store::new().unwrap();
        let secrets = Secrets::new(Some(store));
        assert_eq!(secrets.load("6465551000").unwrap(), None);
        secrets.save("6465551000", &Pin::new("12345")).unwrap();
        assert_eq!(secrets.load("6465551000").unwrap(), Some(Pin::new("12345")));
        secrets.forget("6465551000").unwrap();
        assert_eq!(secrets.load("6465551000").unwrap(), None);
        let none = Secrets::new(None);
        assert!(
            none.save("1", &Pin::new("2"))
                .unwrap_err()
                .contains("no keyring")
        );
    }
}
