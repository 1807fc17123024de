//! Start at login: an XDG autostart entry (Linux, BSD), a LaunchAgent
//! (macOS) or the registry's Run key (Windows) that starts skydial hidden in
//! the tray.
//!
//! skydial only ever removes an entry it wrote itself (marked
//! `X-skydial-autostart=1`); one the user or a package put there is left
//! alone.

use crate::t;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The application id the entry is named after.
pub const APP_ID: &str = "io.github.skydial.Skydial";
/// The line that marks an entry as skydial's own.
pub const MARKER: &str = "X-skydial-autostart=1";
/// The arguments skydial is started with at login.
pub const ARGS: [&str; 2] = ["--minimised", "--autostart"];

/// The entry's file name in the autostart directory.
#[cfg(target_os = "macos")]
const FILE_NAME: &str = "io.github.skydial.Skydial.plist";
#[cfg(not(target_os = "macos"))]
const FILE_NAME: &str = "io.github.skydial.Skydial.desktop";

/// Where the entry lives: `$XDG_CONFIG_HOME/autostart/` (`~/.config`
/// unless set) on Linux and BSD, `~/Library/LaunchAgents/` on macOS; on
/// Windows there is no file (the registry's Run key is used).
pub fn entry_path() -> Option<PathBuf> {
    autostart_dir().map(|dir| dir.join(FILE_NAME))
}

#[cfg(not(any(target_os = "macos", windows)))]
fn autostart_dir() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|d| d.config_dir().join("autostart"))
}

#[cfg(target_os = "macos")]
fn autostart_dir() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|d| d.home_dir().join("Library").join("LaunchAgents"))
}

#[cfg(windows)]
fn autostart_dir() -> Option<PathBuf> {
    None
}

/// The XDG autostart entry that starts `exe` hidden in the tray.
pub fn xdg_entry(exe: &Path) -> String {
    format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         Name=skydial\n\
         Comment=Dial, control calls and see who is calling on your ShoreTel Sky desk phone\n\
         Exec={} {}\n\
         Icon={APP_ID}\n\
         Terminal=false\n\
         X-GNOME-Autostart-enabled=true\n\
         X-GNOME-Autostart-Delay=5\n\
         X-KDE-autostart-after=panel\n\
         {MARKER}\n",
        exec_argument(&exe.to_string_lossy()),
        ARGS.join(" ")
    )
}

/// One argument of an `Exec` line, as the Desktop Entry spec reads it: an
/// argument with a reserved character is quoted, and `"`, `` ` ``, `$` and
/// `\` in it are backslash-escaped. The key's value is itself a string whose
/// `\` is escaped before the quoting is read, so each backslash is doubled
/// again (the spec: a literal backslash is four). A `%` would start a field
/// code: it is doubled.
fn exec_argument(arg: &str) -> String {
    const RESERVED: &[char] = &[
        ' ', '\t', '\n', '"', '\'', '\\', '>', '<', '~', '|', '&', ';', '$', '*', '?', '#', '(',
        ')', '`',
    ];
    let quoted = if arg.contains(RESERVED) || arg.is_empty() {
        let mut q = String::with_capacity(arg.len() + 2);
        q.push('"');
        for c in arg.chars() {
            if matches!(c, '"' | '`' | '$' | '\\') {
                q.push('\\');
            }
            q.push(c);
        }
        q.push('"');
        q
    } else {
        arg.to_string()
    };
    quoted.replace('\\', "\\\\").replace('%', "%%")
}

/// The LaunchAgent (macOS) that starts `exe` hidden in the tray at login.
pub fn launch_agent(exe: &Path) -> String {
    use crate::protocol::xml::escape;
    let exe = exe.to_string_lossy();
    let mut arguments = format!("    <string>{}</string>\n", escape(&exe));
    for arg in ARGS {
        arguments.push_str(&format!("    <string>{arg}</string>\n"));
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n\
         <!-- {MARKER}: written by skydial; turn off Start at login in its settings to remove it. -->\n\
         <plist version=\"1.0\">\n\
         <dict>\n  \
           <key>Label</key>\n  \
           <string>{APP_ID}</string>\n  \
           <key>ProgramArguments</key>\n  \
           <array>\n{arguments}  </array>\n  \
           <key>RunAtLoad</key>\n  \
           <true/>\n  \
           <key>LimitLoadToSessionType</key>\n  \
           <string>Aqua</string>\n\
         </dict>\n\
         </plist>\n"
    )
}

/// Why starting at login could not be set up (or undone), with what to do.
#[derive(Debug, thiserror::Error)]
pub enum AutostartError {
    #[error("{}", t!("autostart-no-home"))]
    NoHome,
    #[error("{}", t!("autostart-bad-path", path = .0.display().to_string()))]
    UnusablePath(PathBuf),
    #[error("{}", t!("autostart-not-ours", path = .0.display().to_string()))]
    NotOurs(PathBuf),
    #[error("{}", t!("autostart-cannot-read", path = .path.display().to_string(), error = .source.to_string()))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", t!("autostart-cannot-write", path = .path.display().to_string(), error = .source.to_string(), folder = .dir.display().to_string()))]
    Write {
        path: PathBuf,
        dir: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", t!("autostart-cannot-remove", path = .path.display().to_string(), error = .source.to_string()))]
    Remove {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Windows: `reg.exe` could not run, or refused (the message, in the user's language).
    #[error("{0}")]
    Registry(String),
}

/// The entry for this platform.
fn entry(exe: &Path) -> String {
    if cfg!(target_os = "macos") {
        launch_agent(exe)
    } else {
        xdg_entry(exe)
    }
}

/// Starts skydial (`exe`, an absolute path) at login. Returns where the
/// entry was written.
pub fn enable(exe: &Path) -> Result<PathBuf, AutostartError> {
    #[cfg(windows)]
    {
        windows::enable(exe)
    }
    #[cfg(not(windows))]
    {
        enable_in(&default_dir()?, exe)
    }
}

/// Stops starting skydial at login; nothing to remove is fine.
pub fn disable() -> Result<(), AutostartError> {
    #[cfg(windows)]
    {
        windows::disable()
    }
    #[cfg(not(windows))]
    {
        disable_in(&default_dir()?)
    }
}

/// Whether skydial starts at login through an entry it wrote.
pub fn is_enabled() -> bool {
    #[cfg(windows)]
    {
        windows::is_enabled()
    }
    #[cfg(not(windows))]
    {
        autostart_dir().is_some_and(|dir| is_enabled_in(&dir))
    }
}

#[cfg(not(windows))]
fn default_dir() -> Result<PathBuf, AutostartError> {
    autostart_dir().ok_or(AutostartError::NoHome)
}

/// [`enable`] with the entry in `dir`. An entry skydial did not write is
/// left as it is, and that is an error.
pub fn enable_in(dir: &Path, exe: &Path) -> Result<PathBuf, AutostartError> {
    let path = dir.join(FILE_NAME);
    if exe.to_str().is_none() || exe.to_string_lossy().chars().any(char::is_control) {
        return Err(AutostartError::UnusablePath(exe.to_path_buf()));
    }
    if let Some(text) = read_entry(&path)?
        && !is_ours(&text)
    {
        return Err(AutostartError::NotOurs(path));
    }
    match write_whole(&path, entry(exe).as_bytes()) {
        Ok(()) => Ok(path),
        Err(source) => Err(AutostartError::Write {
            path,
            dir: dir.to_path_buf(),
            source,
        }),
    }
}

/// [`disable`] with the entry in `dir`. An entry skydial did not write is
/// not removed, and that is an error.
pub fn disable_in(dir: &Path) -> Result<(), AutostartError> {
    let path = dir.join(FILE_NAME);
    match read_entry(&path)? {
        None => Ok(()),
        Some(text) if !is_ours(&text) => Err(AutostartError::NotOurs(path)),
        Some(_) => match std::fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(source) => Err(AutostartError::Remove { path, source }),
        },
    }
}

/// [`is_enabled`] with the entry in `dir`: it is there, skydial wrote it,
/// and the desktop has not been told to skip it (`Hidden=true`, or GNOME's
/// `X-GNOME-Autostart-enabled=false`).
pub fn is_enabled_in(dir: &Path) -> bool {
    let Ok(Some(text)) = read_entry(&dir.join(FILE_NAME)) else {
        return false;
    };
    is_ours(&text)
        && !has_entry(&text, "Hidden", "true")
        && !has_entry(&text, "X-GNOME-Autostart-enabled", "false")
}

/// The entry's text; `None` if there is none. An entry is small: more than
/// 64 KiB is not one skydial wrote.
fn read_entry(path: &Path) -> Result<Option<String>, AutostartError> {
    const MAX_ENTRY: u64 = 64 * 1024;
    let fail = |source| AutostartError::Read {
        path: path.to_path_buf(),
        source,
    };
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        // No such file, or a file where a folder on the way should be: no entry.
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
            ) =>
        {
            return Ok(None);
        }
        Err(e) => return Err(fail(e)),
    };
    let mut bytes = Vec::new();
    file.take(MAX_ENTRY).read_to_end(&mut bytes).map_err(fail)?;
    Ok(Some(String::from_utf8_lossy(&bytes).into_owned()))
}

fn is_ours(text: &str) -> bool {
    text.lines().any(|line| {
        let line = line.trim();
        // The plist carries the marker in a comment.
        line == MARKER || line.starts_with(&format!("<!-- {MARKER}:"))
    })
}

/// Whether a `key=value` line is in the entry (spaces around `=` allowed).
fn has_entry(text: &str, key: &str, value: &str) -> bool {
    text.lines().any(|line| {
        line.split_once('=')
            .is_some_and(|(k, v)| k.trim() == key && v.trim() == value)
    })
}

/// Replaces `path` whole or not at all (a new file beside it, renamed over
/// it). The directory is created if missing but, being shared with other
/// programs, its permissions are left as they are.
fn write_whole(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut temp = tempfile::Builder::new()
        .prefix(".skydial-autostart.")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    temp.write_all(contents)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(windows)]
mod windows {
    use super::AutostartError;
    use std::path::{Path, PathBuf};
    use std::process::{Command, Stdio};

    pub const RUN_KEY: &str = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run";
    const VALUE: &str = "skydial";

    fn reg(args: &[&str]) -> Result<std::process::ExitStatus, AutostartError> {
        Command::new("reg")
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .map_err(|e| {
                AutostartError::Registry(crate::t!("autostart-reg-missing", error = e.to_string()))
            })
    }

    /// The Run value's command line: the program, quoted, then the login
    /// arguments (hidden in the tray, patient with a session coming up).
    pub fn command_line(exe: &Path) -> String {
        format!("\"{}\" {}", exe.display(), super::ARGS.join(" "))
    }

    pub fn enable(exe: &Path) -> Result<PathBuf, AutostartError> {
        enable_at(RUN_KEY, exe)
    }

    pub fn enable_at(key: &str, exe: &Path) -> Result<PathBuf, AutostartError> {
        let data = command_line(exe);
        let status = reg(&["add", key, "/v", VALUE, "/t", "REG_SZ", "/d", &data, "/f"])?;
        if status.success() {
            Ok(PathBuf::from(format!(r"{key}\{VALUE}")))
        } else {
            Err(AutostartError::Registry(crate::t!(
                "autostart-reg-add",
                key = key,
                status = status.to_string()
            )))
        }
    }

    pub fn disable() -> Result<(), AutostartError> {
        disable_at(RUN_KEY)
    }

    pub fn disable_at(key: &str) -> Result<(), AutostartError> {
        if !is_enabled_at(key) {
            return Ok(());
        }
        let status = reg(&["delete", key, "/v", VALUE, "/f"])?;
        if status.success() {
            Ok(())
        } else {
            Err(AutostartError::Registry(crate::t!(
                "autostart-reg-delete",
                key = key,
                status = status.to_string(),
                value = VALUE
            )))
        }
    }

    pub fn is_enabled() -> bool {
        is_enabled_at(RUN_KEY)
    }

    pub fn is_enabled_at(key: &str) -> bool {
        reg(&["query", key, "/v", VALUE]).is_ok_and(|s| s.success())
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn the_run_value_starts_skydial_hidden_and_patient() {
            assert_eq!(
                command_line(Path::new(
                    r"C:\Users\Ann\AppData\Local\Programs\skydial\skydial.exe"
                )),
                r#""C:\Users\Ann\AppData\Local\Programs\skydial\skydial.exe" --minimised --autostart"#
            );
        }

        #[test]
        fn enable_then_disable_in_the_registry() {
            // A key of the test's own: the user's Run key is left alone.
            let key = format!(r"HKCU\Software\skydial-test-{}", std::process::id());
            let exe = Path::new(r"C:\Program Files\skydial\skydial.exe");
            assert!(!is_enabled_at(&key));
            enable_at(&key, exe).unwrap();
            assert!(is_enabled_at(&key));
            let out = Command::new("reg")
                .args(["query", &key, "/v", VALUE])
                .output()
                .unwrap();
            let said = String::from_utf8_lossy(&out.stdout);
            assert!(said.contains(&command_line(exe)), "{said}");
            disable_at(&key).unwrap();
            assert!(!is_enabled_at(&key));
            disable_at(&key).unwrap();
            let _ = reg(&["delete", &key, "/f"]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_xdg_entry_starts_skydial_hidden() {
        let text = xdg_entry(Path::new("/usr/bin/skydial"));
        assert_eq!(
            text,
            "[Desktop Entry]\n\
             Type=Application\n\
             Name=skydial\n\
             Comment=Dial, control calls and see who is calling on your ShoreTel Sky desk phone\n\
             Exec=/usr/bin/skydial --minimised --autostart\n\
             Icon=io.github.skydial.Skydial\n\
             Terminal=false\n\
             X-GNOME-Autostart-enabled=true\n\
             X-GNOME-Autostart-Delay=5\n\
             X-KDE-autostart-after=panel\n\
             X-skydial-autostart=1\n"
        );
    }

    fn exec_line(exe: &str) -> String {
        xdg_entry(Path::new(exe))
            .lines()
            .find_map(|l| l.strip_prefix("Exec="))
            .unwrap()
            .to_string()
    }

    #[test]
    fn exec_paths_are_quoted_as_the_spec_says() {
        assert_eq!(
            exec_line("/opt/My Apps/skydial"),
            r#""/opt/My Apps/skydial" --minimised --autostart"#
        );
        // `$` escaped for the quoting (\$), that backslash escaped for the string (\\$).
        assert_eq!(
            exec_line("/home/a$b/skydial"),
            r#""/home/a\\$b/skydial" --minimised --autostart"#
        );
        assert_eq!(
            exec_line(r#"/x/"q" `c`/skydial"#),
            r#""/x/\\"q\\" \\`c\\`/skydial" --minimised --autostart"#
        );
        // A literal backslash is four.
        assert_eq!(
            exec_line(r"/x\y/skydial"),
            r#""/x\\\\y/skydial" --minimised --autostart"#
        );
        assert_eq!(
            exec_line("/opt/100%/skydial"),
            "/opt/100%%/skydial --minimised --autostart"
        );
        assert_eq!(
            exec_line("/opt/it's (new)/skydial"),
            r#""/opt/it's (new)/skydial" --minimised --autostart"#
        );
    }

    #[test]
    fn the_launch_agent_runs_at_load_with_the_arguments() {
        let text = launch_agent(Path::new(
            "/Applications/Sky & Dial.app/Contents/MacOS/skydial",
        ));
        assert!(
            text.contains(
                "<array>\n    <string>/Applications/Sky &amp; Dial.app/Contents/MacOS/skydial</string>\n    <string>--minimised</string>\n    <string>--autostart</string>\n  </array>"
            ),
            "{text}"
        );
        assert!(text.contains("<key>RunAtLoad</key>\n  <true/>"), "{text}");
        assert!(
            text.contains("<string>io.github.skydial.Skydial</string>"),
            "{text}"
        );
        assert!(is_ours(&text));
        assert!(text.starts_with("<?xml"), "{text}");
    }

    #[test]
    fn enable_then_disable() {
        let dir = tempfile::tempdir().unwrap();
        let autostart = dir.path().join("config").join("autostart");
        assert!(!is_enabled_in(&autostart));
        let path = enable_in(&autostart, Path::new("/usr/bin/skydial")).unwrap();
        assert_eq!(path, autostart.join(FILE_NAME));
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            entry(Path::new("/usr/bin/skydial"))
        );
        assert!(is_enabled_in(&autostart));
        // Enabling again (a new path) replaces skydial's own entry.
        enable_in(&autostart, Path::new("/opt/skydial/skydial")).unwrap();
        assert!(
            std::fs::read_to_string(&path)
                .unwrap()
                .contains("/opt/skydial/skydial")
        );
        disable_in(&autostart).unwrap();
        assert!(!path.exists());
        assert!(!is_enabled_in(&autostart));
        let leftovers: Vec<_> = std::fs::read_dir(&autostart).unwrap().collect();
        assert!(leftovers.is_empty(), "no temporary files left");
    }

    #[test]
    fn disabling_when_off_is_fine() {
        let dir = tempfile::tempdir().unwrap();
        assert!(disable_in(dir.path()).is_ok());
        assert!(disable_in(&dir.path().join("missing")).is_ok());
    }

    #[test]
    fn an_entry_skydial_did_not_write_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let theirs = "[Desktop Entry]\nType=Application\nExec=skydial\n";
        std::fs::write(&path, theirs).unwrap();
        assert!(!is_enabled_in(dir.path()));
        let err = disable_in(dir.path()).unwrap_err().to_string();
        assert!(err.contains("not written by skydial"), "{err}");
        assert!(err.contains(&path.display().to_string()), "{err}");
        let err = enable_in(dir.path(), Path::new("/usr/bin/skydial"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("leaves it alone"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs, "untouched");
    }

    #[cfg(not(target_os = "macos"))]
    #[test]
    fn a_hidden_entry_is_not_enabled() {
        let dir = tempfile::tempdir().unwrap();
        let path = enable_in(dir.path(), Path::new("/usr/bin/skydial")).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, format!("{text}Hidden = true\n")).unwrap();
        assert!(!is_enabled_in(dir.path()));
        std::fs::write(
            &path,
            text.replace(
                "X-GNOME-Autostart-enabled=true",
                "X-GNOME-Autostart-enabled=false",
            ),
        )
        .unwrap();
        assert!(!is_enabled_in(dir.path()));
        // Still skydial's: turning it off removes it.
        disable_in(dir.path()).unwrap();
        assert!(!path.exists());
    }

    #[test]
    fn an_unwritable_place_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("not-a-folder");
        std::fs::write(&file, "x").unwrap();
        let autostart = file.join("autostart");
        let err = enable_in(&autostart, Path::new("/usr/bin/skydial"))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("cannot write the autostart entry"), "{err}");
        assert!(
            err.contains(&autostart.join(FILE_NAME).display().to_string()),
            "{err}"
        );
        assert!(err.contains("a folder you can write to"), "{err}");
        assert!(!is_enabled_in(&autostart));
    }

    #[test]
    fn a_path_with_a_line_break_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let err = enable_in(dir.path(), Path::new("/tmp/a\nExec=evil"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("plainer path"), "{err}");
        assert!(!dir.path().join(FILE_NAME).exists());
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_entry_is_in_the_config_autostart_folder() {
        let path = entry_path().unwrap();
        assert!(
            path.ends_with("autostart/io.github.skydial.Skydial.desktop"),
            "{}",
            path.display()
        );
    }
}
