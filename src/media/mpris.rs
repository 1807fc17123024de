//! MPRIS media players on the D-Bus session bus: every
//! `org.mpris.MediaPlayer2.*` name, by the unique name that owns it (a
//! player that quit and started again during the call is a new one, not
//! resumed).

use super::MediaError;
use std::time::Duration;
use zbus::Connection;
use zbus::proxy::CacheProperties;

const PREFIX: &str = "org.mpris.MediaPlayer2.";
const PATH: &str = "/org/mpris/MediaPlayer2";
const PLAYER: &str = "org.mpris.MediaPlayer2.Player";
/// A player that does not answer within this is left alone.
const ANSWER_WITHIN: Duration = Duration::from_secs(2);

pub struct Mpris {
    conn: Connection,
    /// The unique names of the players skydial paused.
    paused: Vec<String>,
}

fn bus_error(e: impl std::fmt::Display) -> MediaError {
    MediaError::Bus(e.to_string())
}

impl Mpris {
    pub async fn session() -> Result<Self, MediaError> {
        let conn = Connection::session().await.map_err(bus_error)?;
        Ok(Self {
            conn,
            paused: Vec::new(),
        })
    }

    pub async fn at(address: &str) -> Result<Self, MediaError> {
        let conn = zbus::connection::Builder::address(address)
            .map_err(bus_error)?
            .build()
            .await
            .map_err(bus_error)?;
        Ok(Self {
            conn,
            paused: Vec::new(),
        })
    }

    /// The unique names of the players on the bus.
    async fn players(&self) -> Vec<String> {
        let Ok(dbus) = zbus::fdo::DBusProxy::new(&self.conn).await else {
            return Vec::new();
        };
        let names = match tokio::time::timeout(ANSWER_WITHIN, dbus.list_names()).await {
            Ok(Ok(names)) => names,
            Ok(Err(e)) => {
                tracing::debug!("cannot list the bus's names: {e}");
                return Vec::new();
            }
            Err(_) => return Vec::new(),
        };
        let mut players = Vec::new();
        for name in names.iter().filter(|n| n.as_str().starts_with(PREFIX)) {
            let Ok(bus_name) = zbus::names::BusName::try_from(name.as_str()) else {
                continue;
            };
            if let Ok(Ok(owner)) =
                tokio::time::timeout(ANSWER_WITHIN, dbus.get_name_owner(bus_name)).await
            {
                let owner = owner.to_string();
                if !players.contains(&owner) {
                    players.push(owner);
                }
            }
        }
        players
    }

    async fn player(&self, unique: &str) -> Option<zbus::Proxy<'static>> {
        let build = zbus::proxy::Builder::new(&self.conn)
            .destination(unique.to_string())
            .ok()?
            .path(PATH)
            .ok()?
            .interface(PLAYER)
            .ok()?
            .cache_properties(CacheProperties::No)
            .build();
        tokio::time::timeout(ANSWER_WITHIN, build).await.ok()?.ok()
    }

    async fn status(player: &zbus::Proxy<'_>) -> Option<String> {
        tokio::time::timeout(
            ANSWER_WITHIN,
            player.get_property::<String>("PlaybackStatus"),
        )
        .await
        .ok()?
        .ok()
    }

    async fn call(player: &zbus::Proxy<'_>, method: &str) -> bool {
        matches!(
            tokio::time::timeout(ANSWER_WITHIN, player.call_method(method, &())).await,
            Ok(Ok(_))
        )
    }

    pub async fn pause_playing(&mut self) -> usize {
        let mut n = 0;
        for unique in self.players().await {
            let Some(player) = self.player(&unique).await else {
                continue;
            };
            if Self::status(&player).await.as_deref() == Some("Playing")
                && Self::call(&player, "Pause").await
            {
                n += 1;
                if !self.paused.contains(&unique) {
                    self.paused.push(unique);
                }
            }
        }
        n
    }

    pub async fn resume_paused(&mut self) -> usize {
        let mut n = 0;
        for unique in std::mem::take(&mut self.paused) {
            let Some(player) = self.player(&unique).await else {
                continue;
            };
            // Stopped or playing again by the user's hand: leave it.
            if Self::status(&player).await.as_deref() == Some("Paused")
                && Self::call(&player, "Play").await
            {
                n += 1;
            }
        }
        n
    }
}
