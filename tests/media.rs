//! The phone drives the desktop: real mpv players (with Debian's mpv-mpris)
//! on a private D-Bus session bus, and the engine on the simulator. A call
//! rings: the playing one is paused; the call ends: it plays again, and the
//! one that was paused before the call stays paused. About 3 s.

#![cfg(target_os = "linux")] // MPRIS is Linux's; Windows' media session cannot run here
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

mod common;

use common::engine::*;
use common::*;
use skydial::engine::EngineCommand;
use skydial::media::MediaController;
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A process killed when the test ends, however it ends.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A private session bus: its address.
fn private_bus() -> (Killed, String) {
    let mut child = Command::new("dbus-daemon")
        .args(["--session", "--nofork", "--print-address=1"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("dbus-daemon (Debian's dbus) is installed by tests/run");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    (Killed(child), line.trim().to_string())
}

/// A minute of silence as a WAV file.
fn silence(path: &std::path::Path) {
    let rate: u32 = 8000;
    let samples = rate * 60;
    let mut f = std::fs::File::create(path).unwrap();
    let data = samples * 2;
    f.write_all(b"RIFF").unwrap();
    f.write_all(&(36 + data).to_le_bytes()).unwrap();
    f.write_all(b"WAVEfmt ").unwrap();
    f.write_all(&16u32.to_le_bytes()).unwrap();
    f.write_all(&1u16.to_le_bytes()).unwrap(); // PCM
    f.write_all(&1u16.to_le_bytes()).unwrap(); // mono
    f.write_all(&rate.to_le_bytes()).unwrap();
    f.write_all(&(rate * 2).to_le_bytes()).unwrap();
    f.write_all(&2u16.to_le_bytes()).unwrap();
    f.write_all(&16u16.to_le_bytes()).unwrap();
    f.write_all(b"data").unwrap();
    f.write_all(&data.to_le_bytes()).unwrap();
    f.write_all(&vec![0u8; data as usize]).unwrap();
}

/// mpv playing `file` (or paused on it) with its MPRIS plugin, on `bus`.
fn mpv(bus: &str, file: &std::path::Path, paused: bool) -> Killed {
    let mut cmd = Command::new("mpv");
    cmd.args([
        "--no-config",
        "--script=/usr/lib/mpv-mpris/mpris.so",
        "--ao=null",
        "--vo=null",
        "--loop-file=inf",
        "--really-quiet",
    ])
    .arg(file)
    .env("DBUS_SESSION_BUS_ADDRESS", bus)
    .stdin(Stdio::null())
    .stdout(Stdio::null());
    if paused {
        cmd.arg("--pause");
    }
    Killed(
        cmd.spawn()
            .expect("mpv and mpv-mpris are installed by tests/run"),
    )
}

/// Each MPRIS player's unique name and PlaybackStatus.
async fn statuses(conn: &zbus::Connection) -> Vec<(u32, String)> {
    let dbus = zbus::fdo::DBusProxy::new(conn).await.unwrap();
    let mut out = Vec::new();
    for name in dbus.list_names().await.unwrap() {
        if !name.as_str().starts_with("org.mpris.MediaPlayer2.") {
            continue;
        }
        let pid = dbus
            .get_connection_unix_process_id(zbus::names::BusName::try_from(name.as_str()).unwrap())
            .await
            .unwrap();
        let player = zbus::proxy::Builder::<zbus::Proxy<'_>>::new(conn)
            .destination(name.to_string())
            .unwrap()
            .path("/org/mpris/MediaPlayer2")
            .unwrap()
            .interface("org.mpris.MediaPlayer2.Player")
            .unwrap()
            .cache_properties(zbus::proxy::CacheProperties::No)
            .build()
            .await
            .unwrap();
        if let Ok(status) = player.get_property::<String>("PlaybackStatus").await {
            out.push((pid, status));
        }
    }
    out.sort();
    out
}

async fn wait_for(conn: &zbus::Connection, what: &str, want: &[(u32, &str)]) {
    let want: Vec<(u32, String)> = want.iter().map(|(p, s)| (*p, s.to_string())).collect();
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let now = statuses(conn).await;
        if now == want {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{what}: players are {now:?}, not {want:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_call_pauses_the_playing_player_and_resumes_only_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("silence.wav");
    silence(&file);
    let (_bus, address) = private_bus();
    let playing = mpv(&address, &file, false);
    let paused = mpv(&address, &file, true);
    let (a, b) = (playing.0.id(), paused.0.id());
    let watcher = zbus::connection::Builder::address(address.as_str())
        .unwrap()
        .build()
        .await
        .unwrap();
    wait_for(
        &watcher,
        "the players start",
        &[(a, "Playing"), (b, "Paused")],
    )
    .await;

    let rig = rig().await;
    let controller = MediaController::on_bus(&address).await.unwrap();
    tokio::spawn(skydial::media::follow(
        rig.engine.clone(),
        controller,
        || true,
    ));
    let state = rig.sim.state();
    let call = state.inject_incoming(DID, "2125550142", Some(DID)).unwrap();
    wait_for(&watcher, "a call rings", &[(a, "Paused"), (b, "Paused")]).await;
    // Answered (on the desk phone or here): they stay paused.
    assert!(
        rig.engine
            .send(EngineCommand::Answer {
                call: Some(call.clone())
            })
            .await
            .unwrap()
    );
    rig.wait("connected", |s| {
        s.calls
            .iter()
            .any(|c| c.call.state == skydial::protocol::CallState::Connected)
    })
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        statuses(&watcher).await,
        [(a, "Paused".into()), (b, "Paused".into())]
    );
    state.remote_hangup(DID, Some(&call)).unwrap();
    wait_for(&watcher, "the call ends", &[(a, "Playing"), (b, "Paused")]).await;
    // And the one paused before the call was never told to play.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        statuses(&watcher).await,
        [(a, "Playing".into()), (b, "Paused".into())]
    );
}
