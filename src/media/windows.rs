//! The system media session on Windows (what the volume flyout shows):
//! every session of `GlobalSystemMediaTransportControlsSessionManager`,
//! known by its app's id. Its calls block, so they run on a blocking thread.

use windows::Media::Control::{
    GlobalSystemMediaTransportControlsSession as Session,
    GlobalSystemMediaTransportControlsSessionManager as Manager,
    GlobalSystemMediaTransportControlsSessionPlaybackStatus as Status,
};

#[derive(Default)]
pub struct Sessions {
    /// The app ids of the sessions skydial paused.
    paused: Vec<String>,
}

fn sessions() -> windows::core::Result<Vec<(String, Session)>> {
    let manager = Manager::RequestAsync()?.join()?;
    let list = manager.GetSessions()?;
    let mut out = Vec::new();
    for i in 0..list.Size()? {
        let session = list.GetAt(i)?;
        let id = session.SourceAppUserModelId()?.to_string();
        out.push((id, session));
    }
    Ok(out)
}

fn status(session: &Session) -> Option<Status> {
    session.GetPlaybackInfo().ok()?.PlaybackStatus().ok()
}

fn pause_all() -> Vec<String> {
    let Ok(all) = sessions() else {
        return Vec::new();
    };
    all.into_iter()
        .filter(|(_, s)| status(s) == Some(Status::Playing))
        .filter(|(_, s)| s.TryPauseAsync().and_then(|op| op.join()).unwrap_or(false))
        .map(|(id, _)| id)
        .collect()
}

fn resume(ids: &[String]) -> usize {
    let Ok(all) = sessions() else {
        return 0;
    };
    all.into_iter()
        .filter(|(id, s)| ids.contains(id) && status(s) == Some(Status::Paused))
        .filter(|(_, s)| s.TryPlayAsync().and_then(|op| op.join()).unwrap_or(false))
        .count()
}

impl Sessions {
    pub async fn pause_playing(&mut self) -> usize {
        let paused = tokio::task::spawn_blocking(pause_all)
            .await
            .unwrap_or_default();
        let n = paused.len();
        for id in paused {
            if !self.paused.contains(&id) {
                self.paused.push(id);
            }
        }
        n
    }

    pub async fn resume_paused(&mut self) -> usize {
        let ids = std::mem::take(&mut self.paused);
        tokio::task::spawn_blocking(move || resume(&ids))
            .await
            .unwrap_or(0)
    }
}
