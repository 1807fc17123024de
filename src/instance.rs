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
/// else `skydial-<user>` in the temp directory (made 0700).
pub fn runtime_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("skydial");
    }
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "user".into());
    std::env::temp_dir().join(format!("skydial-{user}"))
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
    crate::files::private_dir(&place.dir)?;
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

/// Sends `request` to the running app and waits (up to `timeout`) for its
/// reply. `Ok(None)`: no app is running (the caller works on its own).
pub async fn send(
    place: &Place,
    request: &Request,
    timeout: Duration,
) -> io::Result<Option<Reply>> {
    if !running(place) {
        return Ok(None);
    }
    let exchange = async {
        let stream = connect(place).await?;
        exchange(stream, request).await
    };
    match tokio::time::timeout(timeout, exchange).await {
        Ok(reply) => reply.map(Some),
        Err(_) => Err(io::Error::new(
            io::ErrorKind::TimedOut,
            "the running skydial did not answer",
        )),
    }
}

async fn exchange<S>(stream: S, request: &Request) -> io::Result<Reply>
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
    tokio::net::UnixStream::connect(place.socket_path()).await
}

#[cfg(windows)]
async fn connect(place: &Place) -> io::Result<pipe::Stream> {
    pipe::connect(&place.pipe_name()).await
}

/// Serves requests for the running app (the lock's holder): each goes to `handle`, whose reply
/// is written back. Runs until the runtime ends.
pub fn serve<F, Fut>(place: &Place, handle: F) -> io::Result<()>
where
    F: Fn(Request) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = Reply> + Send + 'static,
{
    let handle = std::sync::Arc::new(handle);
    #[cfg(unix)]
    {
        crate::files::private_dir(&place.dir)?;
        let path = place.socket_path();
        // We hold the lock: a socket file left there is from a skydial that died.
        let _ = std::fs::remove_file(&path);
        let listener = tokio::net::UnixListener::bind(&path)?;
        crate::files::restrict(&path, 0o600)?;
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(answer(stream, handle.clone()));
            }
        });
    }
    #[cfg(windows)]
    pipe::serve(place.pipe_name(), move |stream| {
        answer(stream, handle.clone())
    })?;
    Ok(())
}

async fn answer<S, F, Fut>(stream: S, handle: std::sync::Arc<F>)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
    F: Fn(Request) -> Fut + Send + Sync + 'static,
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
    let reply = match read.map(|r| r.map(|_| serde_json::from_str::<Request>(line.trim()))) {
        Ok(Ok(Ok(request))) => handle(request).await,
        _ => Reply::failed(2, "skydial could not read that request"),
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
        serve(&place, |request| async move {
            match request {
                Request::Dial(n) => Reply::ok(format!("Dialling {n}")),
                Request::Link(l) => Reply::failed(6, format!("Cancelled {l}")),
                Request::Raise | Request::QuickDial => Reply::ok("shown"),
            }
        })
        .unwrap();
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

    #[cfg(unix)]
    #[tokio::test]
    async fn garbage_gets_an_answer_not_a_crash() {
        use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
        let dir = tempfile::tempdir().unwrap();
        let place = place(&dir);
        let _instance = acquire(&place).unwrap().unwrap();
        serve(&place, |_| async { Reply::ok("fine") }).unwrap();
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
