//! Files that belong to the user alone: the history (calls and contacts), the
//! settings, the logs. Directories are made 0700 and files 0600 (on Unix),
//! whatever the umask, and files that are replaced are replaced whole.

use std::io::{self, Write};
use std::path::Path;

/// Creates `dir` (and its parents) if missing, and makes it private (0700).
/// A directory that already existed with looser permissions is tightened.
pub fn private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)?;
    restrict(dir, 0o700)
}

/// Makes an existing file or directory readable by the user alone.
pub fn restrict(path: &Path, mode: u32) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = std::fs::metadata(path)?;
        if meta.permissions().mode() & 0o777 != mode {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
        }
    }
    #[cfg(not(unix))]
    let _ = (path, mode);
    Ok(())
}

/// Creates `path` empty and private (0600) if it does not exist, tightening
/// it if it does; its directory is made private too.
pub fn private_file(path: &Path) -> io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        private_dir(dir)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)?;
    restrict(path, 0o600)
}

/// Replaces `path` with `contents`, whole or not at all: written to a new
/// private file beside it (a unique name, never an existing file followed
/// through a link), flushed to disk, then renamed over `path`. A crash or a
/// full disk leaves the old file as it was.
pub fn replace_private(path: &Path, contents: &[u8]) -> io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    private_dir(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)?;
    // tempfile creates it 0600 with O_EXCL.
    temp.write_all(contents)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    // The rename itself is durable once the directory is.
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// The data directory: `SKYDIAL_DATA_DIR`, else the platform's
/// (`~/.local/share/skydial` on Linux).
pub fn data_dir() -> Option<std::path::PathBuf> {
    if let Some(dir) = std::env::var_os("SKYDIAL_DATA_DIR").filter(|d| !d.is_empty()) {
        return Some(std::path::PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "skydial").map(|d| d.data_dir().to_path_buf())
}
