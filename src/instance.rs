//! One skydial per user. The first window takes a lock (`instance.lock` in
//! the user's runtime directory) and listens on a local socket beside it;
//! a later `skydial` (window), `skydial dial N` or a link hands its request
//! to it and exits with its outcome. Without a running app they work on
//! their own. One line of JSON each way.

#[cfg(windows)]
mod pipe;

use serde::{Deserialize, Serialize};
use std::io;
use std::path::PathBuf;
use std::time::Duration;

/// What a later invocation asks of the running app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Request {
    /// Show the window (a second `skydial`).
    Raise,
    /// Dial this number (`skydial dial N`): no question asked, the user typed it.
    Dial(String),
    /// A `tel:`/`callto:`/`sip:` link: confirm, then dial.
    Link(String),
    /// The quick-dial prompt (`skydial quick-dial`, for a key bound in the
    /// desktop's own settings).
    QuickDial,
}

/// One request line. A later skydial started by the desktop (the dock, a
/// link) carries the desktop's activation token, which the running app
/// needs to bring its window forward on Wayland: it goes with the request.
/// A request without a token is written as before, bare, so that an app
/// of an older version still reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
enum Line {
    WithToken {
        request: Request,
        activation_token: String,
    },
    Bare(Request),
}

impl Line {
    fn new(request: &Request, activation_token: Option<String>) -> Self {
        match activation_token {
            Some(activation_token) => Self::WithToken {
                request: request.clone(),
                activation_token,
            },
            None => Self::Bare(request.clone()),
        }
    }

    fn split(self) -> (Request, Option<String>) {
        match self {
            Self::WithToken {
                request,
                activation_token,
            } => (request, Some(activation_token)),
            Self::Bare(request) => (request, None),
        }
    }
}

/// The activation token the desktop started this process with (Wayland's
/// `XDG_ACTIVATION_TOKEN`, else X11's `DESKTOP_STARTUP_ID`), if it looks
/// like one.
pub fn activation_token() -> Option<String> {
    ["XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID"]
        .iter()
        .find_map(|name| std::env::var(name).ok())
        .and_then(|token| valid_token(&token))
}

/// The most bytes of an activation token (they are short ids).
pub const MAX_TOKEN_BYTES: usize = 512;

/// `token` if it looks like the ids compositors issue (printable ASCII, at
/// most [`MAX_TOKEN_BYTES`]); anything else is dropped.
pub fn valid_token(token: &str) -> Option<String> {
    let token = token.trim();
    (!token.is_empty()
        && token.len() <= MAX_TOKEN_BYTES
        && token.bytes().all(|b| b.is_ascii_graphic()))
    .then(|| token.to_string())
}

/// The running app's answer: the exit status for the caller, and what to say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    pub status: u8,
    pub message: String,
}

impl Reply {
    pub fn ok(message: impl Into<String>) -> Self {
        Self {
            status: 0,
            message: message.into(),
        }
    }

    pub fn failed(status: u8, message: impl Into<String>) -> Self {
        Self {
            status,
            message: message.into(),
        }
    }
}

/// The most bytes a request may hold (a link is at most 2 KiB).
const MAX_REQUEST_BYTES: usize = 8 * 1024;
/// How long a caller may take to send its request.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a link's question may wait for the user.
pub const LINK_ANSWER_TIMEOUT: Duration = Duration::from_secs(300);

/// The user's private runtime directory for skydial: `$XDG_RUNTIME_DIR/skydial`,
/// else `skydial-<uid>` in the temp directory. A directory there that is not
/// the user's alone (another user made it first, or it is a link) is never
/// used: skydial falls back to `run` in its data directory under the user's
/// home, where no one else can have made it (the same choice in every
/// skydial process of this user, so they still find each other).
pub fn runtime_dir() -> PathBuf {
    let preferred = preferred_runtime_dir();
    #[cfg(unix)]
    if let Err(e) = check_owned(&preferred)
        && e.kind() != io::ErrorKind::NotFound
    {
        let fallback = fallback_runtime_dir();
        tracing::warn!(
            "not using {} for the one-instance lock: {e}; using {} instead",
            preferred.display(),
            fallback.display()
        );
        return fallback;
    }
    preferred
}

fn preferred_runtime_dir() -> PathBuf {
    // Named by uid: the USER variable is whatever the environment says.
    #[cfg(unix)]
    let owner = rustix::process::geteuid().as_raw().to_string();
    #[cfg(not(unix))]
    let owner = std::env::var("USERNAME").unwrap_or_else(|_| "user".into());
    runtime_dir_in(
        std::env::var_os("XDG_RUNTIME_DIR"),
        std::env::temp_dir(),
        &owner,
    )
}

fn runtime_dir_in(xdg: Option<std::ffi::OsString>, temp: PathBuf, owner: &str) -> PathBuf {
    match xdg.filter(|d| !d.is_empty()) {
        Some(dir) => PathBuf::from(dir).join("skydial"),
        None => temp.join(format!("skydial-{owner}")),
    }
}

#[cfg(unix)]
fn fallback_runtime_dir() -> PathBuf {
    crate::files::data_dir()
        .unwrap_or_else(|| std::env::temp_dir().join("skydial-private"))
        .join("run")
}

/// Makes `dir` the user's private directory (created 0700 when missing),
/// or refuses it: on Unix, a directory another user owns, a symbolic link,
/// or anything but a directory is an error that names the owner.
fn own_private_dir(dir: &std::path::Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        // A parent that exists (the temp or runtime directory) is left as it
        // is; one that does not (the fallback's) is made, private.
        if let Some(parent) = dir
            .parent()
            .filter(|p| !p.as_os_str().is_empty() && !p.exists())
        {
            crate::files::private_dir(parent)?;
        }
        match std::fs::DirBuilder::new().mode_private().create(dir) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
        check_owned(dir)?;
        crate::files::restrict(dir, 0o700)
    }
    #[cfg(not(unix))]
    crate::files::private_dir(dir)
}

#[cfg(unix)]
trait PrivateMode {
    fn mode_private(&mut self) -> &mut Self;
}

#[cfg(unix)]
impl PrivateMode for std::fs::DirBuilder {
    fn mode_private(&mut self) -> &mut Self {
        use std::os::unix::fs::DirBuilderExt;
        self.mode(0o700)
    }
}

/// `Ok` when `dir` is a real directory (not a link) owned by this user.
#[cfg(unix)]
fn check_owned(dir: &std::path::Path) -> io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::symlink_metadata(dir)?;
    let me = rustix::process::geteuid().as_raw();
    owned_by(meta.file_type().is_symlink(), meta.is_dir(), meta.uid(), me).map_err(|why| {
        io::Error::new(
            io::ErrorKind::PermissionDenied,
            format!("{} {why}", dir.display()),
        )
    })
}

/// Whether a directory entry with these properties may hold this user's
/// lock and socket; else why not.
#[cfg(unix)]
fn owned_by(link: bool, dir: bool, owner: u32, me: u32) -> Result<(), String> {
    if link {
        Err("is a symbolic link".into())
    } else if !dir {
        Err("is not a directory".into())
    } else if owner != me {
        Err(format!("belongs to another user (uid {owner})"))
    } else {
        Ok(())
    }
}

/// Where one skydial is found: its lock and its socket. The real app and
/// `--demo` each have their own (a demo never takes the real app's links).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    dir: PathBuf,
    name: &'static str,
}

impl Place {
    /// The app's place (`demo`: the demo's) in the user's runtime directory.
    pub fn app(demo: bool) -> Self {
        Self::at(runtime_dir(), if demo { "demo" } else { "app" })
    }

    /// A place in `dir` (tests use a directory of their own).
    pub fn at(dir: PathBuf, name: &'static str) -> Self {
        Self { dir, name }
    }

    fn lock_path(&self) -> PathBuf {
        self.dir.join(format!("{}.lock", self.name))
    }

    #[cfg(unix)]
    fn socket_path(&self) -> PathBuf {
        self.dir.join(format!("{}.sock", self.name))
    }

    #[cfg(windows)]
    fn pipe_name(&self) -> String {
        let user = std::env::var("USERNAME").unwrap_or_else(|_| "user".into());
        // Named pipes live in one namespace: the directory tells apart test places.
        let mut hash: u32 = 2_166_136_261;
        for b in self.dir.to_string_lossy().bytes() {
            hash = (hash ^ u32::from(b)).wrapping_mul(16_777_619);
        }
        format!(r"\\.\pipe\skydial-{user}-{}-{hash:08x}", self.name)
    }
}

/// The lock held by the running app; dropping it lets another start.
pub struct Instance {
    _lock: std::fs::File,
}

/// Takes the per-user lock: `Ok(None)` when another skydial holds it.
pub fn acquire(place: &Place) -> io::Result<Option<Instance>> {
    own_private_dir(&place.dir)?;
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(place.lock_path())?;
    match file.try_lock() {
        Ok(()) => Ok(Some(Instance { _lock: file })),
        Err(std::fs::TryLockError::WouldBlock) => Ok(None),
        Err(std::fs::TryLockError::Error(e)) => Err(e),
    }
}

/// Whether a skydial holds the lock now (without taking it).
pub fn running(place: &Place) -> bool {
    std::fs::File::open(place.lock_path()).is_ok_and(|f| match f.try_lock() {
        Ok(()) => false,
        Err(std::fs::TryLockError::WouldBlock) => true,
        Err(std::fs::TryLockError::Error(_)) => false,
    })
}

/// Sends `request` to the running app, with the desktop's activation token
/// this process was started with, and waits (up to `timeout`) for its
/// reply. `Ok(None)`: no app is running (the caller works on its own).
pub async fn send(
    place: &Place,
    request: &Request,
    timeout: Duration,
) -> io::Result<Option<Reply>> {
    send_with(place, request, activation_token(), timeout).await
}

/// [`send`] with this `activation_token`.
pub async fn send_with(
    place: &Place,
    request: &Request,
    activation_token: Option<String>,
    timeout: Duration,
) -> io::Result<Option<Reply>> {
    if !running(place) {
        return Ok(None);
    }
    let exchange = async {
        let with_token = activation_token.is_some();
        let stream = connect(place).await?;
        let reply = exchange(stream, &Line::new(request, activation_token)).await?;
        if with_token && reply.status == UNREADABLE && reply.message == UNREADABLE_TEXT {
            // An app of an older version: the request alone.
            let stream = connect(place).await?;
            return exchange(stream, &Line::Bare(request.clone())).await;
        }
        Ok(reply)
    };
    match tokio::time::timeout(timeout, exchange).await {
        Ok(reply) => reply.map(Some),
        Err(_) => Err(io::Error::new(
            io::ErrorKind::TimedOut,
            crate::t!("instance-no-answer"),
        )),
    }
}

/// The answer to a line that cannot be read (its status and text).
const UNREADABLE: u8 = 2;
const UNREADABLE_TEXT: &str = "skydial could not read that request";

async fn exchange<S>(stream: S, request: &Line) -> io::Result<Reply>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
    let (read, mut write) = tokio::io::split(stream);
    let mut line = serde_json::to_string(request).map_err(io::Error::other)?;
    line.push('\n');
    write.write_all(line.as_bytes()).await?;
    write.flush().await?;
    let mut answer = String::new();
    BufReader::new(read)
        .take(MAX_REQUEST_BYTES as u64)
        .read_line(&mut answer)
        .await?;
    serde_json::from_str(answer.trim()).map_err(io::Error::other)
}

#[cfg(unix)]
async fn connect(place: &Place) -> io::Result<tokio::net::UnixStream> {
    check_owned(&place.dir)?;
    let stream = tokio::net::UnixStream::connect(place.socket_path()).await?;
    // Only this user's skydial gets this user's requests.
    let server = stream.peer_cred()?.uid();
    let me = rustix::process::geteuid().as_raw();
    if server != me {
        return Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            format!(
                "the skydial socket {} is served by another user (uid {server}); nothing was sent to it",
                place.socket_path().display()
            ),
        ));
    }
    Ok(stream)
}

#[cfg(windows)]
async fn connect(place: &Place) -> io::Result<pipe::Stream> {
    pipe::connect(&place.pipe_name()).await
}

/// Serves requests for the running app (the lock's holder): each goes to
/// `handle` with the activation token that came with it, and its reply is
/// written back. Runs until the runtime ends.
pub fn serve<F, Fut>(place: &Place, handle: F) -> io::Result<()>
where
    F: Fn(Request, Option<String>) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = Reply> + Send + 'static,
{
    let handle = std::sync::Arc::new(handle);
    #[cfg(unix)]
    {
        own_private_dir(&place.dir)?;
        let path = place.socket_path();
        // We hold the lock: a socket file left there is from a skydial that died.
        let _ = std::fs::remove_file(&path);
        let listener = tokio::net::UnixListener::bind(&path)?;
        crate::files::restrict(&path, 0o600)?;
        tokio::spawn(async move {
            let me = rustix::process::geteuid().as_raw();
            let mut gate = Gate::new();
            loop {
                let stream = match listener.accept().await {
                    Ok((stream, _)) => stream,
                    Err(e) => {
                        // Out of file descriptors, say: keep serving once they are back.
                        gate.accept_failed(&e).await;
                        continue;
                    }
                };
                match stream.peer_cred().map(|c| c.uid()) {
                    Ok(uid) if uid == me => {}
                    Ok(uid) => {
                        tracing::warn!(
                            "refused a request on the one-instance socket from another user (uid {uid})"
                        );
                        continue;
                    }
                    Err(e) => {
                        tracing::warn!(
                            "refused a request on the one-instance socket: cannot tell who sent it ({e})"
                        );
                        continue;
                    }
                }
                let Some(permit) = gate.permit() else {
                    continue;
                };
                let handle = handle.clone();
                tokio::spawn(async move {
                    answer(stream, handle).await;
                    drop(permit);
                });
            }
        });
    }
    #[cfg(windows)]
    pipe::serve(place.pipe_name(), move |stream| {
        answer(stream, handle.clone())
    })?;
    Ok(())
}

/// The most requests served at once; more wait in the socket's backlog or
/// are turned away (a caller then works on its own or says so).
#[cfg(unix)]
const MAX_SERVED_AT_ONCE: usize = 32;

/// Keeps the accept loop alive and bounded: a failed `accept` (out of file
/// descriptors, say) is logged once per run of failures and followed by a
/// short pause, never the end of the loop; at most [`MAX_SERVED_AT_ONCE`]
/// requests are served at the same time.
#[cfg(unix)]
struct Gate {
    permits: std::sync::Arc<tokio::sync::Semaphore>,
    failing: bool,
    busy: bool,
}

#[cfg(unix)]
impl Gate {
    fn new() -> Self {
        Self {
            permits: std::sync::Arc::new(tokio::sync::Semaphore::new(MAX_SERVED_AT_ONCE)),
            failing: false,
            busy: false,
        }
    }

    async fn accept_failed(&mut self, e: &io::Error) {
        if !self.failing {
            tracing::warn!("the one-instance socket could not take a connection ({e}); retrying");
            self.failing = true;
        }
        tokio::time::sleep(ACCEPT_PAUSE).await;
    }

    fn permit(&mut self) -> Option<tokio::sync::OwnedSemaphorePermit> {
        if self.failing {
            tracing::info!("the one-instance socket takes connections again");
            self.failing = false;
        }
        match self.permits.clone().try_acquire_owned() {
            Ok(permit) => {
                self.busy = false;
                Some(permit)
            }
            Err(_) => {
                if !self.busy {
                    tracing::warn!(
                        "{MAX_SERVED_AT_ONCE} requests are being served already; turning more away"
                    );
                    self.busy = true;
                }
                None
            }
        }
    }
}

/// How long the accept loop waits after a failed `accept`.
#[cfg(unix)]
const ACCEPT_PAUSE: Duration = Duration::from_millis(250);

async fn answer<S, F, Fut>(stream: S, handle: std::sync::Arc<F>)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
    F: Fn(Request, Option<String>) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = Reply> + Send + 'static,
{
    use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
    let (read, mut write) = tokio::io::split(stream);
    let mut line = String::new();
    let read = tokio::time::timeout(
        REQUEST_TIMEOUT,
        BufReader::new(read)
            .take(MAX_REQUEST_BYTES as u64)
            .read_line(&mut line),
    )
    .await;
    let reply = match read.map(|r| r.map(|_| serde_json::from_str::<Line>(line.trim()))) {
        Ok(Ok(Ok(line))) => {
            let (request, token) = line.split();
            handle(request, token.as_deref().and_then(valid_token)).await
        }
        _ => Reply::failed(2, crate::t!("instance-bad-request")),
    };
    if let Ok(mut text) = serde_json::to_string(&reply) {
        text.push('\n');
        let _ = write.write_all(text.as_bytes()).await;
        let _ = write.flush().await;
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code
    use super::*;

    fn place(dir: &tempfile::TempDir) -> Place {
        Place::at(dir.path().join("run"), "app")
    }

    #[test]
    fn the_runtime_directory_is_the_users_own_by_uid() {
        let tmp = PathBuf::from("/tmp");
        assert_eq!(
            runtime_dir_in(Some("/run/user/1000".into()), tmp.clone(), "1000"),
            PathBuf::from("/run/user/1000/skydial")
        );
        assert_eq!(
            runtime_dir_in(Some("".into()), tmp.clone(), "1000"),
            PathBuf::from("/tmp/skydial-1000")
        );
        assert_eq!(
            runtime_dir_in(None, tmp, "1000"),
            PathBuf::from("/tmp/skydial-1000")
        );
    }

    #[cfg(unix)]
    #[test]
    fn only_a_real_directory_of_this_user_holds_the_lock() {
        assert_eq!(owned_by(false, true, 1000, 1000), Ok(()));
        assert!(
            owned_by(false, true, 0, 1000)
                .unwrap_err()
                .contains("another user")
        );
        assert!(
            owned_by(true, false, 1000, 1000)
                .unwrap_err()
                .contains("link")
        );
        assert!(
            owned_by(false, false, 1000, 1000)
                .unwrap_err()
                .contains("not a directory")
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_link_in_place_of_the_directory_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let elsewhere = dir.path().join("elsewhere");
        std::fs::create_dir(&elsewhere).unwrap();
        let link = dir.path().join("run");
        std::os::unix::fs::symlink(&elsewhere, &link).unwrap();
        let error = acquire(&Place::at(link.clone(), "app"))
            .err()
            .expect("refused");
        assert!(error.to_string().contains("symbolic link"), "{error}");
        assert!(!elsewhere.join("app.lock").exists());
    }

    #[test]
    fn one_holder_at_a_time_and_the_next_after_it() {
        let dir = tempfile::tempdir().unwrap();
        let place = place(&dir);
        assert!(!running(&place));
        let first = acquire(&place).unwrap().expect("the first takes the lock");
        assert!(running(&place));
        assert!(acquire(&place).unwrap().is_none(), "a second holder");
        drop(first);
        assert!(!running(&place));
        assert!(acquire(&place).unwrap().is_some());
    }

    #[tokio::test]
    async fn a_request_reaches_the_holder_and_its_reply_comes_back() {
        let dir = tempfile::tempdir().unwrap();
        let place = place(&dir);
        // Nobody there: the caller works on its own.
        let none = send(&place, &Request::Raise, Duration::from_secs(5))
            .await
            .unwrap();
        assert_eq!(none, None);
        let _instance = acquire(&place).unwrap().unwrap();
        // A socket file left by a skydial that died does not stop the next.
        #[cfg(unix)]
        std::fs::write(place.socket_path(), b"stale").unwrap();
        serve(&place, |request, token| async move {
            match request {
                Request::Dial(n) => Reply::ok(format!("Dialling {n}")),
                Request::Link(l) => Reply::failed(6, format!("Cancelled {l}")),
                Request::Raise | Request::QuickDial => Reply::ok(format!(
                    "shown with {}",
                    token.as_deref().unwrap_or("no token")
                )),
            }
        })
        .unwrap();
        let reply = send_with(
            &place,
            &Request::Raise,
            Some("launch_TIME42".into()),
            Duration::from_secs(5),
        )
        .await
        .unwrap();
        assert_eq!(reply, Some(Reply::ok("shown with launch_TIME42")));
        let reply = send(
            &place,
            &Request::Dial("1234".into()),
            Duration::from_secs(5),
        )
        .await
        .unwrap();
        assert_eq!(reply, Some(Reply::ok("Dialling 1234")));
        let reply = send(
            &place,
            &Request::Link("tel:1".into()),
            Duration::from_secs(5),
        )
        .await
        .unwrap();
        assert_eq!(reply, Some(Reply::failed(6, "Cancelled tel:1")));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(place.socket_path())
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    /// The line format stays readable both ways: a bare request (an older
    /// skydial, or no token) is read as before, and a token handed to an
    /// app that cannot read it is dropped and the request sent again bare.
    #[test]
    fn request_lines_old_and_new() {
        let bare = serde_json::to_string(&Line::new(&Request::Raise, None)).unwrap();
        assert_eq!(bare, r#""raise""#);
        let dial = serde_json::to_string(&Line::new(&Request::Dial("12".into()), None)).unwrap();
        assert_eq!(dial, r#"{"dial":"12"}"#);
        let line: Line = serde_json::from_str(r#"{"link":"tel:1"}"#).unwrap();
        assert_eq!(line.split(), (Request::Link("tel:1".into()), None));
        let with =
            serde_json::to_string(&Line::new(&Request::QuickDial, Some("t".into()))).unwrap();
        let line: Line = serde_json::from_str(&with).unwrap();
        assert_eq!(line.split(), (Request::QuickDial, Some("t".into())));
        // What an older app reads: not a Request.
        assert!(serde_json::from_str::<Request>(&with).is_err());
    }

    #[cfg(unix)]
    #[tokio::test]
    async fn a_token_for_an_older_app_is_dropped_and_the_request_sent_again() {
        use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
        let dir = tempfile::tempdir().unwrap();
        let place = place(&dir);
        let _instance = acquire(&place).unwrap().unwrap();
        crate::files::private_dir(&place.dir).unwrap();
        let listener = tokio::net::UnixListener::bind(place.socket_path()).unwrap();
        // An app of the previous version: it reads a bare Request only.
        let old_app = tokio::spawn(async move {
            let mut seen = Vec::new();
            for _ in 0..2 {
                let (stream, _) = listener.accept().await.unwrap();
                let (read, mut write) = tokio::io::split(stream);
                let mut line = String::new();
                BufReader::new(read).read_line(&mut line).await.unwrap();
                let reply = match serde_json::from_str::<Request>(line.trim()) {
                    Ok(request) => {
                        seen.push(request);
                        Reply::ok("shown")
                    }
                    Err(_) => Reply::failed(UNREADABLE, UNREADABLE_TEXT),
                };
                let mut text = serde_json::to_string(&reply).unwrap();
                text.push('\n');
                write.write_all(text.as_bytes()).await.unwrap();
            }
            seen
        });
        let reply = send_with(
            &place,
            &Request::Raise,
            Some("t".into()),
            Duration::from_secs(5),
        )
        .await
        .unwrap();
        assert_eq!(reply, Some(Reply::ok("shown")));
        assert_eq!(old_app.await.unwrap(), vec![Request::Raise]);
    }

    #[cfg(unix)]
    #[tokio::test]
    async fn garbage_gets_an_answer_not_a_crash() {
        use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
        let dir = tempfile::tempdir().unwrap();
        let place = place(&dir);
        let _instance = acquire(&place).unwrap().unwrap();
        serve(&place, |_, _| async { Reply::ok("fine") }).unwrap();
        for garbage in [
            &b"{\"dial\": 5}\n"[..],
            b"\xff\xfe not json\n",
            &[b'x'; 20_000],
        ] {
            let mut stream = tokio::net::UnixStream::connect(place.socket_path())
                .await
                .unwrap();
            stream.write_all(garbage).await.unwrap();
            let _ = stream.shutdown().await;
            let mut line = String::new();
            BufReader::new(stream).read_line(&mut line).await.unwrap();
            let reply: Reply = serde_json::from_str(line.trim()).unwrap();
            assert_eq!(reply.status, 2, "{line}");
        }
        // And it still serves.
        let reply = send(&place, &Request::Raise, Duration::from_secs(5))
            .await
            .unwrap();
        assert_eq!(reply, Some(Reply::ok("fine")));
    }
}
