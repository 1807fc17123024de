//! The running app's named pipe (Windows), for this user alone.
//!
//! - Only the user may open it: its security descriptor holds one entry, for
//!   the user's own SID, and inherits none (`D:P(A;;GA;;;S-1-5-21-…)`).
//!   Windows' default descriptor would also let every other user open it
//!   for reading. Clients on other computers are refused.
//! - A pipe name is first come, first served: another user could create it
//!   before skydial starts and wait for this user's requests. So a client
//!   asks who serves the pipe before it writes anything, and goes on only if
//!   that process runs as the same user. The impostor then gets no request,
//!   and cannot act as the client either: Windows lets a pipe server
//!   impersonate its client only after it has read from it.
//! - A failed accept does not end the server: it is logged, and after a
//!   short pause the server accepts again (made anew after repeated
//!   failures). At most [`MAX_SERVED`] requests are served at once; later
//!   clients wait for a turn.
//!
//! The Win32 calls go through `interprocess` (the pipe, its descriptor, the
//! server's process id) and `winsafe` (the users of processes): safe
//! wrappers, since unsafe code is forbidden here.

use interprocess::ConnectWaitMode;
use interprocess::os::windows::ToWtf16;
use interprocess::os::windows::named_pipe::PipeListenerOptions;
use interprocess::os::windows::named_pipe::pipe_mode::Bytes;
use interprocess::os::windows::named_pipe::tokio::{DuplexPipeStream, PipeListener};
use interprocess::os::windows::security_descriptor::SecurityDescriptor;
use std::io;
use std::time::Duration;
use winsafe::{HPROCESS, TokenInfo, co};

/// One end of the pipe.
pub type Stream = DuplexPipeStream<Bytes>;

/// The most requests served at once (each may wait minutes for the user to
/// answer a link's question).
pub const MAX_SERVED: usize = 16;
/// The pause after a failed accept.
const RETRY_PAUSE: Duration = Duration::from_millis(250);
/// Failed accepts in a row after which the pipe is made anew.
const FAILURES_BEFORE_REMAKE: u32 = 5;
/// How long a client waits for a free instance of a busy pipe.
const BUSY_WAIT: Duration = Duration::from_secs(2);

fn os_error(e: co::ERROR) -> io::Error {
    io::Error::from_raw_os_error(e.raw().cast_signed())
}

/// The SID (as text, `S-1-5-21-…`) of the user `process` runs as.
fn user_of(process: &HPROCESS) -> io::Result<String> {
    let token = process
        .OpenProcessToken(co::TOKEN::QUERY)
        .map_err(os_error)?;
    let info = token
        .GetTokenInformation(co::TOKEN_INFORMATION_CLASS::User)
        .map_err(os_error)?;
    let TokenInfo::User(user) = info else {
        return Err(io::Error::other(
            "Windows did not say which user a process runs as",
        ));
    };
    let sid = user
        .User
        .Sid()
        .ok_or_else(|| io::Error::other("Windows gave a process without a user"))?;
    winsafe::ConvertSidToStringSid(sid).map_err(os_error)
}

/// The user this process runs as.
pub fn this_user() -> io::Result<String> {
    user_of(&HPROCESS::GetCurrentProcess())
}

/// The user process `pid` runs as (a process of another user may not even
/// be opened: that is an error too).
pub fn user_of_process(pid: u32) -> io::Result<String> {
    let process = HPROCESS::OpenProcess(co::PROCESS::QUERY_LIMITED_INFORMATION, false, pid)
        .map_err(os_error)?;
    user_of(&process)
}

/// The descriptor (SDDL) that lets `sid` alone open the pipe: a protected
/// DACL (nothing inherited) with one entry, full access for that user.
pub fn only(sid: &str) -> String {
    format!("D:P(A;;GA;;;{sid})")
}

/// Creates the first instance of `name` with the descriptor `sddl`; fails
/// if a pipe of that name exists already (someone else's, say).
pub fn listen(name: &str, sddl: &str) -> io::Result<PipeListener<Bytes, Bytes>> {
    PipeListenerOptions::new()
        .path(name)
        .accept_remote(false)
        .security_descriptor(Some(descriptor(sddl)?))
        .create_tokio_duplex::<Bytes>()
}

/// The security descriptor SDDL text says.
fn descriptor(sddl: &str) -> io::Result<SecurityDescriptor> {
    let sddl = sddl
        .to_wtf_16()
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
    SecurityDescriptor::deserialize(&sddl)
}

/// Serves `name` for this user until the runtime ends, each connection
/// with `answer`. Fails only when the pipe cannot be made at first.
pub fn serve<A, Fut>(name: String, answer: A) -> io::Result<()>
where
    A: Fn(Stream) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let sddl = only(&this_user()?);
    let mut listener = listen(&name, &sddl)?;
    let turns = std::sync::Arc::new(tokio::sync::Semaphore::new(MAX_SERVED));
    tokio::spawn(async move {
        let mut failures = 0u32;
        loop {
            // Waits while MAX_SERVED requests are being served.
            let Ok(turn) = turns.clone().acquire_owned().await else {
                return;
            };
            match listener.accept().await {
                Ok(stream) => {
                    failures = 0;
                    let served = answer(stream);
                    tokio::spawn(async move {
                        served.await;
                        drop(turn);
                    });
                }
                Err(e) => {
                    failures += 1;
                    tracing::warn!(
                        "the one-instance pipe could not take a request ({e}); trying again"
                    );
                    tokio::time::sleep(RETRY_PAUSE * failures.min(20)).await;
                    if failures.is_multiple_of(FAILURES_BEFORE_REMAKE) {
                        // An instance may be stuck: make the pipe anew (this
                        // waits for the requests being served to end).
                        drop(listener);
                        listener = loop {
                            match listen(&name, &sddl) {
                                Ok(l) => break l,
                                Err(e) => {
                                    tracing::warn!(
                                        "the one-instance pipe could not be made anew ({e}); trying again"
                                    );
                                    tokio::time::sleep(RETRY_PAUSE * 20).await;
                                }
                            }
                        };
                    }
                }
            }
        }
    });
    Ok(())
}

/// Connects to `name` and checks who serves it: a process of this user, or
/// nothing is sent (`PermissionDenied`, saying so).
pub async fn connect(name: &str) -> io::Result<Stream> {
    connect_as(name, &this_user()?).await
}

/// [`connect`] for the user `me`.
async fn connect_as(name: &str, me: &str) -> io::Result<Stream> {
    let stream =
        Stream::connect_by_path_with_wait_mode(name, ConnectWaitMode::Timeout(BUSY_WAIT)).await?;
    let server = stream
        .server_process_id()
        .and_then(user_of_process)
        .map_err(|e| refused(&format!("skydial cannot tell who serves its pipe ({e})")))?;
    if server != me {
        return Err(refused(&format!(
            "the pipe skydial would hand this to is served by another user ({server})"
        )));
    }
    Ok(stream)
}

fn refused(what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::PermissionDenied,
        format!(
            "{what}; nothing was sent to it. Another user's program may be posing as skydial: tell whoever looks after this computer"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    fn name_of(test: &str) -> String {
        format!(r"\\.\pipe\skydial-test-{test}-{}", std::process::id())
    }

    #[test]
    fn the_descriptor_admits_the_user_alone() {
        use interprocess::os::windows::security_descriptor::AsSecurityDescriptorExt;
        const DACL_SECURITY_INFORMATION: u32 = 4;
        let me = this_user().unwrap();
        assert!(me.starts_with("S-1-5-"), "{me}");
        // What Windows reads in the descriptor the pipe is made with: one
        // entry, this user's, and none inherited. (Wine does not check a
        // pipe's descriptor when it is opened: that other users are kept
        // out is seen only on Windows.)
        let read = descriptor(&only(&me))
            .unwrap()
            .serialize(DACL_SECURITY_INFORMATION, |s| s.to_string_lossy())
            .unwrap();
        assert_eq!(read, format!("D:P(A;;GA;;;{me})"));
        assert!(descriptor("D:P(A;;GA;;;nobody)").is_err());
    }

    #[tokio::test]
    async fn a_client_sends_nothing_to_a_server_of_another_user() {
        let name = name_of("check");
        let listener = listen(&name, &only(&this_user().unwrap())).unwrap();
        let server = tokio::spawn(async move {
            let mut stream = listener.accept().await.unwrap();
            let mut got = Vec::new();
            let _ = stream.read_to_end(&mut got).await;
            got
        });
        // As LocalSystem's client sees this test's server: another user's.
        let err = connect_as(&name, "S-1-5-18").await.unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::PermissionDenied, "{err}");
        let said = err.to_string();
        assert!(said.contains("served by another user"), "{said}");
        assert!(said.contains("nothing was sent"), "{said}");
        assert!(server.await.unwrap().is_empty(), "the server got something");
        // Its own user's client goes on.
        let name2 = name_of("check-own");
        let _own = listen(&name2, &only(&this_user().unwrap())).unwrap();
        assert!(connect(&name2).await.is_ok());
    }

    #[tokio::test]
    async fn more_clients_than_turns_are_all_served_in_the_end() {
        let name = name_of("turns");
        serve(name.clone(), |mut stream: Stream| async move {
            let mut byte = [0u8; 1];
            if stream.read_exact(&mut byte).await.is_ok() {
                let _ = stream.write_all(&byte).await;
                let _ = stream.flush().await;
            }
        })
        .unwrap();
        let clients = (0..MAX_SERVED + 8).map(|i| {
            let name = name.clone();
            tokio::spawn(async move {
                let mut stream = connect(&name).await?;
                let sent = [u8::try_from(i).unwrap_or(0)];
                stream.write_all(&sent).await?;
                let mut back = [0u8; 1];
                stream.read_exact(&mut back).await?;
                Ok::<_, io::Error>(back == sent)
            })
        });
        for client in clients.collect::<Vec<_>>() {
            assert!(client.await.unwrap().unwrap());
        }
    }
}
