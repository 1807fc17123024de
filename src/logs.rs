//! The desktop app's log file: `skydial.log` in the XDG state directory
//! (`~/.local/state/skydial`, or `SKYDIAL_STATE_DIR`), rotated by size so it
//! never grows without end: past [`MAX_LOG_BYTES`] it becomes `skydial.log.1`
//! (the older `.1` becomes `.2`, and so on), and [`KEEP_OLD`] old files are
//! kept. The command line logs to stderr only.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The largest a log file grows before it is rotated.
pub const MAX_LOG_BYTES: u64 = 1 << 20;
/// How many rotated files are kept beside the current one.
pub const KEEP_OLD: usize = 2;

/// The state directory: `SKYDIAL_STATE_DIR`, else the platform's
/// (`$XDG_STATE_HOME/skydial`, `~/.local/state/skydial` on Linux; the local
/// data directory elsewhere).
pub fn state_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("SKYDIAL_STATE_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    let dirs = directories::ProjectDirs::from("", "", "skydial")?;
    Some(
        dirs.state_dir()
            .unwrap_or_else(|| dirs.data_local_dir())
            .to_path_buf(),
    )
}

/// Where the app's log is written.
pub fn log_path() -> Option<PathBuf> {
    state_dir().map(|d| d.join("skydial.log"))
}

/// A log file that rotates itself by size; cheap to share between threads.
pub struct RotatingLog {
    path: PathBuf,
    inner: Mutex<Open>,
}

struct Open {
    file: Option<File>,
    written: u64,
}

impl RotatingLog {
    /// Opens (creating, privately) the log at `path` for appending.
    pub fn open(path: &Path) -> io::Result<Self> {
        crate::files::private_file(path)?;
        let file = std::fs::OpenOptions::new().append(true).open(path)?;
        let written = file.metadata()?.len();
        Ok(Self {
            path: path.to_path_buf(),
            inner: Mutex::new(Open {
                file: Some(file),
                written,
            }),
        })
    }

    fn old(&self, n: usize) -> PathBuf {
        let mut name = self.path.as_os_str().to_owned();
        name.push(format!(".{n}"));
        PathBuf::from(name)
    }

    /// Moves `skydial.log` to `.1` (and `.1` to `.2`...), and starts a new one.
    fn rotate(&self, open: &mut Open) -> io::Result<()> {
        open.file = None;
        for n in (1..KEEP_OLD).rev() {
            let from = self.old(n);
            if from.exists() {
                std::fs::rename(&from, self.old(n + 1))?;
            }
        }
        std::fs::rename(&self.path, self.old(1))?;
        crate::files::private_file(&self.path)?;
        open.file = Some(std::fs::OpenOptions::new().append(true).open(&self.path)?);
        open.written = 0;
        Ok(())
    }

    fn write_line(&self, bytes: &[u8]) -> io::Result<()> {
        let mut open = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        if open.written + bytes.len() as u64 > MAX_LOG_BYTES && open.written > 0 {
            // A log that cannot rotate keeps writing where it is.
            if let Err(e) = self.rotate(&mut open)
                && open.file.is_none()
            {
                return Err(e);
            }
        }
        if let Some(file) = open.file.as_mut() {
            file.write_all(bytes)?;
            open.written += bytes.len() as u64;
        }
        Ok(())
    }
}

/// What `tracing` writes one event through.
pub struct LogWriter<'a> {
    log: &'a RotatingLog,
    line: Vec<u8>,
}

impl Write for LogWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.line.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Drop for LogWriter<'_> {
    fn drop(&mut self) {
        // One event, written whole (and rotated before, not in its middle).
        let _ = self.log.write_line(&self.line);
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for RotatingLog {
    type Writer = LogWriter<'a>;

    fn make_writer(&'a self) -> Self::Writer {
        LogWriter {
            log: self,
            line: Vec::with_capacity(256),
        }
    }
}

/// Log fields with control characters (and bidi controls) escaped: text
/// from the server, a link or a file (a call's `Id` may hold a newline)
/// can never start a forged log line or drive a terminal.
pub fn safe_fields() -> impl for<'w> tracing_subscriber::fmt::FormatFields<'w> + 'static {
    use tracing_subscriber::field::MakeExt;
    tracing_subscriber::fmt::format::debug_fn(|writer, field, value| {
        let raw = format!("{value:?}");
        let text = escape_controls(&raw);
        if field.name() == "message" {
            write!(writer, "{text}")
        } else {
            write!(writer, "{}={text}", field.name())
        }
    })
    .delimited(" ")
}

/// `text` with every control character, and every character that reorders
/// text (bidi overrides and isolates), written as an escape (`\n`,
/// `\u{202e}`).
pub fn escape_controls(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| {
        c.is_control()
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if unsafe_char(c) => {
                use std::fmt::Write as _;
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_from_outside_cannot_forge_a_line() {
        assert_eq!(escape_controls("call 7"), "call 7");
        assert_eq!(
            escape_controls("a\nINFO forged\r\t\u{1b}[31m\u{202e}x"),
            "a\\nINFO forged\\r\\t\\u{1b}[31m\\u{202e}x"
        );
    }

    #[test]
    fn a_logged_call_id_with_a_newline_stays_on_its_line() {
        use tracing_subscriber::layer::SubscriberExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("skydial.log");
        let log = RotatingLog::open(&path).unwrap();
        let subscriber = tracing_subscriber::registry().with(
            tracing_subscriber::fmt::layer()
                .with_writer(log)
                .with_ansi(false)
                .fmt_fields(safe_fields()),
        );
        tracing::subscriber::with_default(subscriber, || {
            let id = "c1\n2026-01-01T00:00:00Z  INFO signed out";
            tracing::info!(call = %id, "call {id} ended");
        });
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), 1, "{text}");
        assert!(text.contains("call c1\\n2026"), "{text}");
        assert!(text.contains("call=c1\\n2026"), "{text}");
    }

    #[test]
    fn the_log_rotates_by_size_and_keeps_two_old_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state").join("skydial.log");
        let log = RotatingLog::open(&path).unwrap();
        let line = vec![b'x'; 1000];
        for i in 0..(3 * MAX_LOG_BYTES as usize / 1000 + 50) {
            let mut w = tracing_subscriber::fmt::MakeWriter::make_writer(&log);
            w.write_all(format!("{i:08} ").as_bytes()).unwrap();
            w.write_all(&line).unwrap();
        }
        let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
        assert!(size(&path) <= MAX_LOG_BYTES);
        assert!(size(&log.old(1)) <= MAX_LOG_BYTES && size(&log.old(1)) > 0);
        assert!(size(&log.old(2)) > 0);
        assert!(!log.old(3).exists(), "only two old files");
        // Lines are whole: every file starts at a line's beginning.
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.split(' ').next().unwrap().len() == 8,
            "{}",
            &text[..20]
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }
}
