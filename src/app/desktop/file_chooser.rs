//! The system's file chooser, for *Choose a file…* on the Contacts screen
//! (open) and *Choose where…* of the history's export (save): the desktop
//! portal's FileChooser on Linux (whichever desktop's dialog it shows: GTK,
//! GNOME, KDE), the common file dialog on Windows. It runs beside the
//! window, never on the UI thread; a file chosen goes the way a typed path
//! goes (`DeskRequest::ImportContacts`, `DeskRequest::Export`).

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
/// named nothing). A file's URI must be a local `file:` one. (The portal's
/// answer; Windows' dialogs give paths.)
#[cfg(target_os = "linux")]
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

/// A file type the chooser offers: its name, its patterns (`*.vcf`) and
/// MIME types.
struct Filter {
    name: String,
    globs: &'static [&'static str],
    #[cfg_attr(
        not(target_os = "linux"),
        expect(dead_code, reason = "the portal's; Windows filters by pattern")
    )]
    mimes: &'static [&'static str],
}

/// What to ask the chooser.
pub struct Ask {
    /// A file to write (the Save dialog), or one to read.
    save: bool,
    title: String,
    accept: String,
    filters: Vec<Filter>,
    /// The name offered for a file to write.
    name: Option<String>,
}

impl Ask {
    /// A vCard or CSV file of contacts to import.
    pub fn contacts_to_import() -> Self {
        const VCARD: [&str; 2] = ["*.vcf", "*.vcard"];
        Self {
            save: false,
            title: t!("chooser-title-import"),
            accept: t!("chooser-accept-import"),
            filters: vec![
                Filter {
                    name: t!("chooser-filter-contacts"),
                    globs: &["*.vcf", "*.vcard", "*.csv"],
                    mimes: &["text/vcard", "text/x-vcard", "text/csv"],
                },
                Filter {
                    name: t!("chooser-filter-vcard"),
                    globs: &VCARD,
                    mimes: &["text/vcard", "text/x-vcard"],
                },
                Filter {
                    name: t!("chooser-filter-csv"),
                    globs: &["*.csv"],
                    mimes: &["text/csv"],
                },
            ],
            name: None,
        }
    }

    /// Where to write the history, as CSV or JSON (`extension`).
    pub fn history_export(extension: &'static str) -> Self {
        let (name, globs, mimes): (_, &'static [&'static str], &'static [&'static str]) =
            if extension == "json" {
                (
                    t!("chooser-filter-json"),
                    &["*.json"],
                    &["application/json"],
                )
            } else {
                (t!("chooser-filter-csv"), &["*.csv"], &["text/csv"])
            };
        Self {
            save: true,
            title: t!("chooser-title-export"),
            accept: t!("chooser-accept-export"),
            filters: vec![Filter { name, globs, mimes }],
            name: Some(format!("calls.{extension}")),
        }
    }
}

/// Asks the desktop portal for the file, and waits for the user's choice.
/// `Ok(None)`: cancelled.
#[cfg(target_os = "linux")]
pub async fn choose(ask: Ask) -> Result<Option<PathBuf>, ChooserError> {
    use ashpd::desktop::ResponseError;
    use ashpd::desktop::file_chooser::{FileFilter, SelectedFiles};
    let filters = ask.filters.iter().map(|f| {
        let filter = f
            .globs
            .iter()
            .fold(FileFilter::new(&f.name), |g, p| g.glob(p));
        f.mimes.iter().fold(filter, |g, m| g.mimetype(m))
    });
    let sent = if ask.save {
        SelectedFiles::save_file()
            .title(ask.title.as_str())
            .accept_label(ask.accept.as_str())
            .modal(true)
            .current_name(ask.name.as_deref())
            .filters(filters)
            .send()
            .await
    } else {
        SelectedFiles::open_file()
            .title(ask.title.as_str())
            .accept_label(ask.accept.as_str())
            .modal(true)
            .multiple(false)
            .filters(filters)
            .send()
            .await
    };
    let request = sent.map_err(|e| ChooserError::NoChooser(e.to_string()))?;
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

/// Shows Windows' common file dialog (IFileOpenDialog, IFileSaveDialog) on
/// a thread of its own (COM, single-threaded apartment: the dialog runs its
/// own message loop there), and waits for the user's choice. `Ok(None)`:
/// cancelled.
#[cfg(windows)]
pub async fn choose(ask: Ask) -> Result<Option<PathBuf>, ChooserError> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    std::thread::Builder::new()
        .name("skydial-file-chooser".into())
        .spawn(move || {
            let _ = tx.send(windows_dialog(&ask));
        })
        .map_err(|e| ChooserError::NoChooser(e.to_string()))?;
    rx.await
        .map_err(|_| ChooserError::Failed(t!("chooser-not-here")))?
}

#[cfg(windows)]
fn windows_dialog(ask: &Ask) -> Result<Option<PathBuf>, ChooserError> {
    use winsafe::co;
    let _com = winsafe::CoInitializeEx(co::COINIT::APARTMENTTHREADED | co::COINIT::DISABLE_OLE1DDE)
        .map_err(|e| ChooserError::NoChooser(e.to_string()))?;
    if ask.save {
        show_dialog::<winsafe::IFileSaveDialog>(
            ask,
            &co::CLSID::FileSaveDialog,
            co::FOS::OVERWRITEPROMPT,
        )
    } else {
        show_dialog::<winsafe::IFileOpenDialog>(
            ask,
            &co::CLSID::FileOpenDialog,
            co::FOS::FILEMUSTEXIST,
        )
    }
}

/// The open or the save dialog (`class`), set up as `ask` says with `option`
/// beside a file system path, shown, and its choice.
#[cfg(windows)]
fn show_dialog<D: winsafe::prelude::shell_IFileDialog>(
    ask: &Ask,
    class: &winsafe::co::CLSID,
    option: winsafe::co::FOS,
) -> Result<Option<PathBuf>, ChooserError> {
    use winsafe::{co, prelude::*};
    let failed = |e: co::HRESULT| ChooserError::Failed(e.to_string());
    let dialog = winsafe::CoCreateInstance::<D>(
        class,
        None::<&winsafe::IUnknown>,
        co::CLSCTX::INPROC_SERVER,
    )
    .map_err(|e| ChooserError::NoChooser(e.to_string()))?;
    dialog
        .SetOptions(dialog.GetOptions().map_err(failed)? | co::FOS::FORCEFILESYSTEM | option)
        .map_err(failed)?;
    let types: Vec<(String, String)> = ask
        .filters
        .iter()
        .map(|f| (f.name.clone(), f.globs.join(";")))
        .collect();
    dialog.SetFileTypes(&types).map_err(failed)?;
    dialog.SetTitle(&ask.title).map_err(failed)?;
    dialog.SetOkButtonLabel(&ask.accept).map_err(failed)?;
    if let Some(name) = &ask.name {
        dialog.SetFileName(name).map_err(failed)?;
        if let Some((_, extension)) = name.rsplit_once('.') {
            dialog.SetDefaultExtension(extension).map_err(failed)?;
        }
    }
    if !dialog.Show(&winsafe::HWND::NULL).map_err(failed)? {
        return Ok(None);
    }
    dialog
        .GetResult()
        .and_then(|item| item.GetDisplayName(co::SIGDN::FILESYSPATH))
        .map(|p| Some(PathBuf::from(p)))
        .map_err(failed)
}

/// No file chooser on this system yet.
#[cfg(not(any(target_os = "linux", windows)))]
pub async fn choose(_ask: Ask) -> Result<Option<PathBuf>, ChooserError> {
    Err(ChooserError::NoChooser(t!("chooser-not-here")))
}

#[cfg(all(test, target_os = "linux"))]
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
