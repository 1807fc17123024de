//! The system's file chooser, for *Import…* on the Contacts screen: the
//! desktop portal's FileChooser on Linux (whichever desktop's dialog it
//! shows: GTK, GNOME, KDE), the common file dialog on Windows. It runs
//! beside the window, never on the UI thread; a file chosen is imported the
//! way a typed path or a dropped file is (`DeskRequest::ImportContacts`).

use crate::t;
use std::path::PathBuf;

/// Why no file chooser could be shown: the window says so, and that a
/// path can be typed instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChooserError {
    /// None on this system (no desktop portal, or one without a file
    /// chooser), with the system's words.
    #[error("{}", t!("chooser-none", reason = .0.as_str()))]
    NoChooser(String),
    /// The chooser failed, or chose something that is not a local file.
    #[error("{}", t!("chooser-failed", reason = .0.as_str()))]
    Failed(String),
}

/// The file an answer names: `None` when the chooser was cancelled (or
/// named nothing). A file's URI must be a local `file:` one.
pub fn chosen_path(uris: &[&str]) -> Result<Option<PathBuf>, ChooserError> {
    let Some(uri) = uris.first() else {
        return Ok(None);
    };
    url::Url::parse(uri)
        .ok()
        .filter(|u| u.scheme() == "file")
        .and_then(|u| u.to_file_path().ok())
        .map(Some)
        .ok_or_else(|| ChooserError::Failed(t!("chooser-not-local", uri = *uri)))
}

/// Asks the desktop portal for a vCard or CSV file to import, and waits
/// for the user's choice. `Ok(None)`: cancelled.
#[cfg(target_os = "linux")]
pub async fn choose_contacts_file() -> Result<Option<PathBuf>, ChooserError> {
    use ashpd::desktop::ResponseError;
    use ashpd::desktop::file_chooser::{FileFilter, SelectedFiles};
    let both = FileFilter::new(&t!("chooser-filter-contacts"))
        .mimetype("text/vcard")
        .mimetype("text/x-vcard")
        .mimetype("text/csv")
        .glob("*.vcf")
        .glob("*.vcard")
        .glob("*.csv");
    let vcard = FileFilter::new(&t!("chooser-filter-vcard"))
        .mimetype("text/vcard")
        .glob("*.vcf")
        .glob("*.vcard");
    let csv = FileFilter::new(&t!("chooser-filter-csv"))
        .mimetype("text/csv")
        .glob("*.csv");
    let request = SelectedFiles::open_file()
        .title(t!("chooser-title-import").as_str())
        .accept_label(t!("chooser-accept-import").as_str())
        .modal(true)
        .multiple(false)
        .filter(both.clone())
        .filter(vcard)
        .filter(csv)
        .current_filter(both)
        .send()
        .await
        .map_err(|e| ChooserError::NoChooser(e.to_string()))?;
    match request.response() {
        Ok(files) => {
            let uris: Vec<&str> = files.uris().iter().map(|u| u.as_str()).collect();
            chosen_path(&uris)
        }
        // Cancel (1), or closed another way (2: Escape or the window's
        // close button, in GTK's dialog): nothing chosen, nothing to say.
        Err(ashpd::Error::Response(ResponseError::Cancelled | ResponseError::Other)) => Ok(None),
        Err(e) => Err(ChooserError::Failed(e.to_string())),
    }
}

/// No file chooser on this system yet.
#[cfg(not(target_os = "linux"))]
pub async fn choose_contacts_file() -> Result<Option<PathBuf>, ChooserError> {
    Err(ChooserError::NoChooser(t!("chooser-not-here")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chosen_file_uri_becomes_its_path_and_nothing_chosen_is_nothing() {
        assert_eq!(
            chosen_path(&["file:///home/ann/My%20contacts.vcf"]),
            Ok(Some(PathBuf::from("/home/ann/My contacts.vcf")))
        );
        assert_eq!(chosen_path(&[]), Ok(None));
    }

    #[test]
    fn a_uri_that_is_no_local_file_is_refused_with_words() {
        for uri in [
            "https://example.com/a.vcf",
            "not a uri",
            "file://server/share/a.vcf",
        ] {
            let err = crate::i18n::scoped(crate::i18n::Locale::parse("en").unwrap(), || {
                chosen_path(&[uri]).unwrap_err().to_string()
            });
            assert!(err.contains("not a file on this computer"), "{uri}: {err}");
            assert!(err.contains("Import file"), "{uri}: {err}");
        }
    }
}
