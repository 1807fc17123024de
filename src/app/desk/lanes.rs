//! The desk's lanes: requests of one kind are handled one after another,
//! in the order they came; the kinds run side by side, so that none waits
//! for another (a keyring that takes a minute at login does not hold up a
//! hang-up, nor a contacts import a dial).

use super::Desk;
use super::calls::CallsLane;
use super::settings::{SettingsChange, SettingsLane};
use crate::app::messages::DeskRequest;
use crate::app::messages::limits::DESK_QUEUE;
use crate::settings::Settings;
use std::sync::Arc;
use tokio::sync::{mpsc, watch};

/// The kinds of request, one lane each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Call commands, dialling (typed, the clipboard, links, other
    /// processes): each is put to the engine in order; its answer is waited
    /// for beside the lane.
    Calls,
    /// Signing in and out, and the keyring.
    Account,
    /// The history and the contacts.
    Data,
    /// Changes to the settings.
    Settings,
}

/// Which lane a request goes to.
pub(super) fn kind(request: &DeskRequest) -> Kind {
    match request {
        DeskRequest::Call { .. }
        | DeskRequest::Dial { .. }
        | DeskRequest::DialClipboard { .. }
        | DeskRequest::External { .. }
        | DeskRequest::LinkAnswer { .. } => Kind::Calls,
        DeskRequest::SignIn { .. }
        | DeskRequest::SignInRemembered
        | DeskRequest::SignInWith(_)
        | DeskRequest::SignOut { .. } => Kind::Account,
        DeskRequest::LoadHistory
        | DeskRequest::MarkSeen(_)
        | DeskRequest::SearchContacts(_)
        | DeskRequest::ImportContacts(_)
        | DeskRequest::SearchPeople { .. }
        | DeskRequest::ChangeContact(_)
        | DeskRequest::SyncDirectories(_)
        | DeskRequest::ResolveMissed(_)
        | DeskRequest::Remind(_)
        | DeskRequest::SetNote { .. }
        | DeskRequest::Export { .. } => Kind::Data,
        DeskRequest::EditSettings(_)
        | DeskRequest::ToggleDnd
        | DeskRequest::DndFor(_)
        | DeskRequest::AddFavourite(_)
        | DeskRequest::RemoveFavourite(_)
        | DeskRequest::AddDirectory { .. }
        | DeskRequest::RemoveDirectory(_) => Kind::Settings,
    }
}

/// The lanes' queues.
pub(super) struct Lanes {
    desk: Arc<Desk>,
    calls: mpsc::Sender<DeskRequest>,
    account: mpsc::Sender<DeskRequest>,
    data: mpsc::Sender<DeskRequest>,
    settings: mpsc::Sender<SettingsChange>,
}

impl Lanes {
    /// Starts a task per lane on the current runtime.
    pub(super) fn spawn(desk: &Arc<Desk>, settings: watch::Sender<Settings>) -> Self {
        let (calls, calls_rx) = mpsc::channel(DESK_QUEUE);
        let (account, mut account_rx) = mpsc::channel(DESK_QUEUE);
        let (data, mut data_rx) = mpsc::channel(DESK_QUEUE);
        let (settings_tx, settings_rx) = mpsc::channel(DESK_QUEUE);
        tokio::spawn(CallsLane::new(desk.clone()).run(calls_rx));
        tokio::spawn(SettingsLane::new(desk.clone(), settings).run(settings_rx));
        let on_account = desk.clone();
        let to_settings = settings_tx.clone();
        tokio::spawn(async move {
            while let Some(request) = account_rx.recv().await {
                on_account.account(request, &to_settings).await;
            }
        });
        let on_data = desk.clone();
        tokio::spawn(async move {
            while let Some(request) = data_rx.recv().await {
                on_data.data(request).await;
            }
        });
        Self {
            desk: desk.clone(),
            calls,
            account,
            data,
            settings: settings_tx,
        }
    }

    /// Puts `request` in its lane; a lane too far behind says so.
    pub(super) fn push(&self, request: DeskRequest) {
        let lane = match kind(&request) {
            Kind::Calls => &self.calls,
            Kind::Account => &self.account,
            Kind::Data => &self.data,
            Kind::Settings => {
                let busy = request.busy_notice();
                match SettingsChange::asked(request) {
                    Some(change) => {
                        if self.settings.try_send(change).is_err() {
                            self.desk.ui.error(busy);
                        }
                    }
                    None => tracing::error!("not a settings request"),
                }
                return;
            }
        };
        match lane.try_send(request) {
            Ok(()) => {}
            Err(mpsc::error::TrySendError::Full(request)) => {
                self.desk.ui.error(request.busy_notice());
            }
            Err(mpsc::error::TrySendError::Closed(request)) => {
                tracing::warn!("a desk lane has stopped; could not {}", request.what());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hang_up_and_a_sign_in_never_share_a_lane() {
        let hang_up = DeskRequest::Call {
            action: crate::app::messages::CallAction::HangUp,
            call: None,
        };
        assert_eq!(kind(&hang_up), Kind::Calls);
        assert_eq!(kind(&DeskRequest::SignInRemembered), Kind::Account);
        assert_eq!(kind(&DeskRequest::LoadHistory), Kind::Data);
        assert_eq!(kind(&DeskRequest::ToggleDnd), Kind::Settings);
        assert_eq!(
            kind(&DeskRequest::LinkAnswer {
                token: 1,
                dial: true
            }),
            Kind::Calls
        );
    }
}
