//! Screen pops: a desktop notification the moment a call rings, raised by the
//! background side (so it works with the window hidden), with Answer and
//! Ignore actions, closed when the call stops ringing. When such a call
//! ends unanswered, a notification says who called, with Call back and
//! Remind me, until its entry of the missed-calls list is resolved.

// Each platform's pops (`reads_markup`, `clear_left_behind`, `pop`,
// `plain`): freedesktop notifications over D-Bus, WinRT toasts, or macOS
// notification centre banners.
#[cfg(all(unix, not(target_os = "macos")))]
mod freedesktop;
#[cfg(all(unix, not(target_os = "macos")))]
use freedesktop as platform;
#[cfg(target_os = "macos")]
mod macos;
#[cfg(target_os = "macos")]
use macos as platform;
#[cfg(windows)]
mod winrt;
#[cfg(windows)]
use winrt as platform;

use crate::app::messages::limits::{MAX_MISSED_NOTIFICATIONS, MAX_OPEN_POPS, POPS_QUEUE};
use crate::app::messages::{
    CallAction, DeskRequest, DeskSender, PopCommand, RemindAt, RemindRequest, UiLink,
};
use crate::engine::LiveCall;
use crate::protocol::number::{normalize, readable};
use crate::protocol::text::{escape_markup, printable};
use crate::protocol::{CallId, DialNumber};
use crate::t;
use std::collections::HashMap;
use std::time::{Duration, SystemTime};
use tokio::sync::{mpsc, oneshot};

/// The pop's actions, as the notification service reports them.
const ANSWER: &str = "answer";
const IGNORE: &str = "ignore";
/// A click on the pop itself (not on one of its buttons).
const DEFAULT: &str = "default";
/// The actions of a missed call's notification.
const CALL_BACK: &str = "call-back";
const REMIND: &str = "remind";

/// The summary and body of the notification that `call` was missed at
/// `at` (the local time of day): who called as the ringing pop named them,
/// and the number when a name stood for it.
pub fn missed_text(call: &LiveCall, at: chrono::NaiveTime) -> (String, String) {
    let summary = t!("pop-missed-summary", who = call.label());
    let mut body = match (&call.name, &call.source) {
        (Some(_), Some(source)) => format!("{} ({source})", readable(&call.call.ani)),
        (Some(_), None) => readable(&call.call.ani),
        _ => String::new(),
    };
    if !body.is_empty() {
        body.push('\n');
    }
    body.push_str(&t!(
        "pop-missed-at",
        time = crate::i18n::time::time_of_day(at)
    ));
    (summary, body)
}

/// A missed call's notification's actions (key and label): Call back when
/// the number can be dialled (not a withheld one), and Remind me.
fn missed_actions(callable: bool) -> Vec<(&'static str, String)> {
    let mut actions = vec![(DEFAULT, t!("pop-missed-show"))];
    if callable {
        actions.push((CALL_BACK, t!("pop-missed-call-back")));
    }
    actions.push((REMIND, t!("pop-missed-remind")));
    actions
}
/// *Save as contact*, on the pop of a caller who is not one of the contacts.
const SAVE: &str = "save-contact";

/// The summary and body of a screen pop for `call`: the number (and where
/// its name came from), the number dialled, and where the caller is with
/// the time there at `now`.
pub fn pop_text(call: &LiveCall, now: SystemTime) -> (String, String) {
    let summary = t!("pop-calling", caller = call.label());
    let mut body = match (&call.name, &call.source) {
        (Some(_), Some(source)) => format!("{} ({source})", readable(&call.call.ani)),
        (Some(_), None) => readable(&call.call.ani),
        _ => String::new(),
    };
    if let Some(clid) = &call.call.clid {
        if !body.is_empty() {
            body.push('\n');
        }
        body.push_str(&t!("pop-dialled", number = readable(clid)));
    }
    if let Some((place, night)) = crate::geo::where_and_when(&call.call.ani, now) {
        if !body.is_empty() {
            body.push('\n');
        }
        if night {
            body.push_str(&t!("pop-night", place = place));
        } else {
            body.push_str(&place);
        }
    }
    (summary, body)
}

/// What a platform's pop is told when it must close: it answers on the
/// sender once it is gone (skydial waits for that before quitting). Dropped
/// unsent on Linux, it says that the notification server which showed the
/// pop has gone: the pop is let go without a word to the next server (the
/// old id may be another notification there).
pub type CloseSignal = oneshot::Receiver<oneshot::Sender<()>>;

/// The screen pops' channel. It is made before the window, so that skydial
/// can still close the open pops after the window has gone ([`Closer`]).
pub struct Pops {
    tx: mpsc::Sender<PopCommand>,
    rx: mpsc::Receiver<PopCommand>,
}

/// Closes every open screen pop when skydial quits.
pub struct Closer(mpsc::Sender<PopCommand>);

impl Pops {
    pub fn new() -> (Self, Closer) {
        let (tx, rx) = mpsc::channel(POPS_QUEUE);
        (Self { tx: tx.clone(), rx }, Closer(tx))
    }

    /// Starts the screen-pop task; its actions (Answer, Ignore) go to the
    /// desk, like every other action.
    pub fn spawn(self, ui: UiLink, desk: DeskSender) -> mpsc::Sender<PopCommand> {
        tokio::spawn(async move {
            // Off the UI thread: on Windows this asks the notification platform.
            platform::clear_left_behind();
            run(self.rx, desk, ui).await;
        });
        let replaced = self.tx.clone();
        tokio::spawn(async move {
            platform::watch_server(|| {
                let _ = replaced.try_send(PopCommand::ServerReplaced);
            })
            .await;
        });
        self.tx
    }
}

impl Closer {
    /// Closes every open pop and waits until they are gone (at most 2 s): a
    /// pop left behind would offer Answer and Ignore that nobody hears.
    pub async fn close_all(&self) {
        let (done, closed) = oneshot::channel();
        if self.0.send(PopCommand::CloseAll(done)).await.is_ok()
            && tokio::time::timeout(Duration::from_secs(2), closed)
                .await
                .is_err()
        {
            tracing::warn!(
                "screen pops still closing after 2 s; quitting anyway (the notification service may keep them)"
            );
        }
        let (closed, told) = &ALL_CLOSED;
        *closed.lock().unwrap_or_else(|e| e.into_inner()) = true;
        told.notify_all();
    }
}

/// Set once [`Closer::close_all`] has finished (skydial is quitting): the
/// end of a Windows session waits for it (`desktop::quit_at_session_end`).
static ALL_CLOSED: (std::sync::Mutex<bool>, std::sync::Condvar) =
    (std::sync::Mutex::new(false), std::sync::Condvar::new());

/// Waits until skydial has closed its pops as it quits, at most `patience`;
/// says whether they were.
#[cfg(windows)]
pub fn wait_all_closed(patience: Duration) -> bool {
    let (closed, told) = &ALL_CLOSED;
    let guard = closed.lock().unwrap_or_else(|e| e.into_inner());
    let (guard, _) = told
        .wait_timeout_while(guard, patience, |closed| !*closed)
        .unwrap_or_else(|e| e.into_inner());
    *guard
}

/// A pop's body as the notification server is sent it: each line made safe
/// (escaped where the server reads markup, control codes replaced), and the
/// lines kept apart. Made safe whole, the line break between the number and
/// "Dialled ..." became a U+FFFD on every notification server.
fn pop_body(body: &str, markup: bool) -> String {
    body.split('\n')
        .map(|line| {
            if markup {
                escape_markup(line)
            } else {
                printable(line).into_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Tells a platform's notification to close; `gone` hears when it has.
type Close = oneshot::Sender<oneshot::Sender<()>>;

/// Closes a notification without waiting for it.
fn close_now(close: Close) {
    let (gone, _) = oneshot::channel();
    let _ = close.send(gone);
}

/// The missed calls' notifications shown, by entry, the oldest first,
/// with the call each tells of.
#[derive(Default)]
struct MissedShown(Vec<(i64, LiveCall, Close)>);

impl MissedShown {
    /// Shows that `call` was missed (it joined `entry`), replacing the
    /// entry's earlier notification; past the limit the oldest goes.
    async fn show(
        &mut self,
        call: LiveCall,
        entry: i64,
        markup: bool,
        desk: &DeskSender,
        ui: &UiLink,
    ) {
        // One notification per entry: a later missed call replaces it
        // (the old one gone first: on Windows they share a tag).
        if let Some(i) = self.0.iter().position(|(e, _, _)| *e == entry) {
            let (_, _, old) = self.0.remove(i);
            let (gone, closed) = oneshot::channel();
            if old.send(gone).is_ok() {
                let _ = tokio::time::timeout(Duration::from_secs(2), closed).await;
            }
        }
        if self.0.len() >= MAX_MISSED_NOTIFICATIONS {
            let (_, _, oldest) = self.0.remove(0);
            close_now(oldest);
        }
        let (summary, body) = missed_text(&call, chrono::Local::now().time());
        let body = pop_body(&body, markup);
        let number = normalize(&call.call.ani).ok();
        let actions = missed_actions(number.is_some());
        let (close_tx, close_rx) = oneshot::channel();
        let (desk, ui) = (desk.clone(), ui.clone());
        let told = call.clone();
        let on_action =
            move |action: &str| act_missed(action, entry, &call, number.as_ref(), &desk, &ui);
        let summary = printable(&summary);
        match platform::missed(entry, &summary, &body, &actions, on_action, close_rx).await {
            Ok(()) => self.0.push((entry, told, close_tx)),
            Err(e) => tracing::warn!("no notification for a missed call: {e}"),
        }
    }

    /// These entries were resolved: their notifications go.
    fn withdraw(&mut self, entries: &[i64]) {
        for (_, _, close) in self.0.extract_if(.., |(e, _, _)| entries.contains(e)) {
            close_now(close);
        }
    }
}

/// The open ringing pops, by call, with the call each shows.
type OpenPops = HashMap<CallId, (LiveCall, Close)>;

/// What the pops' task keeps between commands.
struct Shown {
    open: OpenPops,
    missed: MissedShown,
    /// Whether the notification server reads markup (asked once per server).
    markup: Option<bool>,
    told_no_server: bool,
    told_too_many: bool,
    /// How many times the pops were shown again for a new server: a server
    /// that crashes on them (and is restarted) is not fed them for ever.
    reshown: u32,
    desk: DeskSender,
    ui: UiLink,
}

/// At most this many times are the open pops shown again to a new
/// notification server in one run.
const MAX_RESHOWS: u32 = 5;

impl Shown {
    async fn markup(&mut self) -> bool {
        match self.markup {
            Some(m) => m,
            None => *self.markup.insert(platform::reads_markup().await),
        }
    }

    /// Shows the pop of a ringing call.
    async fn show(&mut self, call: LiveCall) {
        if self.open.len() >= MAX_OPEN_POPS {
            if !self.told_too_many {
                self.told_too_many = true;
                tracing::warn!(
                    "{MAX_OPEN_POPS} screen pops are open; more ringing calls show in the window only"
                );
                self.ui.info(t!("pop-too-many", count = MAX_OPEN_POPS));
            }
            return;
        }
        let (close_tx, close_rx) = oneshot::channel();
        let (summary, body) = pop_text(&call, std::time::SystemTime::now());
        // Caller text is shown as text: never as markup (<a>, <img>) or control codes.
        let body = pop_body(&body, self.markup().await);
        let id = call.call.id.clone();
        let (acts, shows) = (self.desk.clone(), self.ui.clone());
        let save = call.to_save_as_contact();
        let offer = save.is_some().then(|| t!("pop-save-contact"));
        let on_action = move |action: &str| act(action, &id, save.as_ref(), &acts, &shows);
        let summary = printable(&summary);
        let shown = platform::pop(&summary, &body, offer.as_deref(), on_action, close_rx);
        match shown.await {
            Ok(()) => {
                self.open.insert(call.call.id.clone(), (call, close_tx));
            }
            Err(e) => {
                tracing::warn!("no notification server: {}", crate::i18n::English(&e));
                if !self.told_no_server {
                    self.told_no_server = true;
                    self.ui.error(t!("pop-no-service", error = e.to_string()));
                }
                self.ui.show_window();
            }
        }
    }

    /// A new notification server: the pops and missed calls' notifications
    /// the old one showed went with it; show them again (the ringing ones
    /// first), their old ids let go unused.
    async fn server_replaced(&mut self) {
        let on_screen = |close: &Close| !close.is_closed();
        if !self.open.values().any(|(_, close)| on_screen(close))
            && !self.missed.0.iter().any(|(_, _, close)| on_screen(close))
        {
            return;
        }
        if self.reshown >= MAX_RESHOWS {
            tracing::warn!(
                "the notification server changed again; the window shows the calls (pops shown anew {MAX_RESHOWS} times already)"
            );
            return;
        }
        self.reshown += 1;
        self.markup = None;
        // A notification whose action was used, or that the user closed, has
        // let go of its signal: it is not shown again.
        let ringing: Vec<LiveCall> = self
            .open
            .drain()
            .filter(|(_, (_, close))| on_screen(close))
            .map(|(_, (call, _))| call)
            .collect();
        let missed: Vec<(i64, LiveCall)> = self
            .missed
            .0
            .drain(..)
            .filter(|(_, _, close)| on_screen(close))
            .map(|(entry, call, _)| (entry, call))
            .collect();
        tracing::info!(
            "another notification server took over: showing {} screen pop(s) and {} missed-call notification(s) again",
            ringing.len(),
            missed.len()
        );
        for call in ringing {
            self.show(call).await;
        }
        let markup = self.markup().await;
        for (entry, call) in missed {
            self.missed
                .show(call, entry, markup, &self.desk, &self.ui)
                .await;
        }
    }
}

async fn run(mut commands: mpsc::Receiver<PopCommand>, desk: DeskSender, ui: UiLink) {
    let mut shown = Shown {
        open: HashMap::new(),
        missed: MissedShown::default(),
        markup: None,
        told_no_server: false,
        told_too_many: false,
        reshown: 0,
        desk,
        ui,
    };
    while let Some(command) = commands.recv().await {
        match command {
            PopCommand::Show(call) => shown.show(*call).await,
            PopCommand::Close(id) => {
                if let Some((_, close)) = shown.open.remove(&id) {
                    close_now(close);
                }
            }
            PopCommand::Missed { call, entry } => {
                let markup = shown.markup().await;
                shown
                    .missed
                    .show(*call, entry, markup, &shown.desk, &shown.ui)
                    .await;
            }
            PopCommand::Withdraw(entries) => shown.missed.withdraw(&entries),
            PopCommand::ServerReplaced => shown.server_replaced().await,
            PopCommand::CloseAll(done) => {
                let closing: Vec<_> = shown
                    .open
                    .drain()
                    .map(|(_, (_, close))| close)
                    .chain(shown.missed.0.drain(..).map(|(_, _, close)| close))
                    .filter_map(|close| {
                        let (gone, closed) = oneshot::channel();
                        close.send(gone).ok().map(|()| closed)
                    })
                    .collect();
                tracing::info!("closing {} open screen pop(s)", closing.len());
                for closed in closing {
                    // An error: that pop had already gone (its action was used).
                    let _ = closed.await;
                }
                let _ = done.send(());
            }
        }
    }
}

/// A pop's action: Answer and Ignore go to the desk like a click in the
/// window; a click on the pop itself (the `default` action) shows the call
/// in the window; *Save as contact* opens the window's contact form with
/// `save`'s number and name.
fn act(
    action: &str,
    id: &CallId,
    save: Option<&(String, Option<String>)>,
    desk: &DeskSender,
    ui: &UiLink,
) {
    tracing::info!("screen pop action {action:?} for call {id}");
    let action = match action {
        ANSWER => CallAction::Answer,
        IGNORE => CallAction::Ignore,
        DEFAULT => {
            ui.show_calls();
            return;
        }
        SAVE => {
            if let Some((number, name)) = save {
                ui.save_as_contact(number.clone(), name.clone());
            }
            return;
        }
        _ => return,
    };
    desk.send(DeskRequest::Call {
        action,
        call: Some(id.clone()),
    });
}

/// A missed call's notification's action: Call back dials the number, Remind
/// me sets a reminder in 15 minutes (the window offers the other times), a
/// click on the notification shows the missed calls in the window.
fn act_missed(
    action: &str,
    entry: i64,
    call: &LiveCall,
    number: Option<&DialNumber>,
    desk: &DeskSender,
    ui: &UiLink,
) {
    tracing::info!("missed-call notification action {action:?} for entry {entry}");
    match action {
        CALL_BACK => {
            if let Some(number) = number {
                desk.send(DeskRequest::Dial {
                    number: number.clone(),
                });
            }
        }
        REMIND => {
            desk.send(DeskRequest::Remind(Box::new(RemindRequest {
                number: call.call.ani.clone(),
                name: call.name.clone(),
                entry: Some(entry),
                call_id: Some(call.call.id.as_str().to_string()),
                when: RemindAt::In15Minutes,
            })));
        }
        DEFAULT => ui.show_missed(),
        _ => {}
    }
}

/// A plain notification (feedback for the hotkey while the window is hidden).
pub fn notify_plain(summary: &str, body: &str) {
    let (summary, body) = (summary.to_string(), body.to_string());
    tokio::spawn(async move { platform::plain(&summary, &body).await });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{Call, CallState};

    #[test]
    fn pop_names_the_caller_and_the_dialled_number() {
        let mut call = LiveCall {
            call: Call {
                id: CallId::new("1"),
                state: CallState::Ringing,
                ani: "12125550142".into(),
                clid: Some("6465551000".into()),
                did: "6465551000".into(),
                duration: 0,
                endpoint: String::new(),
                originated: false,
            },
            name: Some("Ada Lovelace".into()),
            source: None,
            ever_connected: false,
            rang_for: None,
            updated_at: tokio::time::Instant::now(),
            seq: 0,
        };
        // 2026-01-15 17:00 UTC: noon in New York.
        let noon = std::time::UNIX_EPOCH + Duration::from_secs(1_768_496_400);
        assert_eq!(
            pop_text(&call, noon),
            (
                "Ada Lovelace is calling".to_string(),
                "(212) 555-0142\nDialled (646) 555-1000\nNew York, NY, 12:00 EST".to_string()
            )
        );
        call.source = Some(crate::history::people::Source::Directory("Corp".into()));
        let night = noon + Duration::from_secs(11 * 3600);
        assert_eq!(
            pop_text(&call, night).1,
            "(212) 555-0142 (Corp)\nDialled (646) 555-1000\nNew York, NY, 23:00 EST (outside 8:00-21:00 there)"
        );
        assert_eq!(
            pop_body("<b>(212) 555-0142</b>\nDialled \u{202e}1", true),
            "&lt;b&gt;(212) 555-0142&lt;/b&gt;\nDialled \u{fffd}1"
        );
        assert_eq!(pop_body("a\u{7}\nb", false), "a\u{fffd}\nb");
        let fr = crate::i18n::Locale::parse("fr").unwrap();
        assert_eq!(
            crate::i18n::scoped(fr, || pop_text(&call, night)),
            (
                "Ada Lovelace appelle".to_string(),
                "(212) 555-0142 (Corp)\nNuméro composé\u{a0}: (646) 555-1000\nNew York, NY, 23:00 EST (hors de 8 h-21 h sur place)".to_string()
            )
        );
        call.name = None;
        call.call.clid = None;
        assert_eq!(
            pop_text(&call, noon),
            (
                "(212) 555-0142 is calling".to_string(),
                "New York, NY, 12:00 EST".to_string()
            )
        );
        call.call.ani = "18005550199".into();
        assert_eq!(pop_text(&call, noon).1, "");
    }

    #[test]
    fn a_missed_call_is_told_as_the_pop_named_the_caller_with_call_back_and_remind_me() {
        let english = crate::i18n::Locale::parse("en").unwrap();
        crate::i18n::scoped(english, || {
            let mut call = LiveCall {
                call: Call {
                    id: CallId::new("1"),
                    state: CallState::Deleted,
                    ani: "12125550142".into(),
                    clid: None,
                    did: "6465551000".into(),
                    duration: 0,
                    endpoint: String::new(),
                    originated: false,
                },
                name: Some("Ada Lovelace".into()),
                source: Some(crate::history::people::Source::Directory("Corp".into())),
                ever_connected: false,
                rang_for: None,
                updated_at: tokio::time::Instant::now(),
                seq: 0,
            };
            let at = chrono::NaiveTime::from_hms_opt(14, 5, 0).unwrap();
            let (summary, body) = missed_text(&call, at);
            assert_eq!(summary, "Missed call from Ada Lovelace");
            assert_eq!(body, "(212) 555-0142 (Corp)\nUnanswered at 2:05 PM");
            call.name = None;
            assert_eq!(
                missed_text(&call, at),
                (
                    "Missed call from (212) 555-0142".to_string(),
                    "Unanswered at 2:05 PM".to_string()
                )
            );
            let keys = |callable| {
                missed_actions(callable)
                    .into_iter()
                    .map(|(key, _)| key)
                    .collect::<Vec<_>>()
            };
            assert_eq!(keys(true), [DEFAULT, CALL_BACK, REMIND]);
            // A withheld number cannot be called back; a reminder still can be set.
            assert_eq!(keys(false), [DEFAULT, REMIND]);
            assert_eq!(missed_actions(true)[1].1, "Call back");
        });
    }

    /// *Save as contact* is offered for a caller who is not one of the
    /// contacts (with the directory's name, when the call carried one).
    #[test]
    fn save_as_contact_is_offered_for_a_caller_not_in_the_contacts() {
        use crate::history::people::Source;
        let mut call = LiveCall {
            call: Call {
                id: CallId::new("1"),
                state: CallState::Ringing,
                ani: "7575550123".into(),
                clid: None,
                did: "6465551000".into(),
                duration: 0,
                endpoint: String::new(),
                originated: false,
            },
            name: None,
            source: None,
            ever_connected: false,
            rang_for: None,
            updated_at: tokio::time::Instant::now(),
            seq: 0,
        };
        assert_eq!(call.to_save_as_contact(), Some(("7575550123".into(), None)));
        call.name = Some("Grace Hopper".into());
        call.source = Some(Source::Directory("Corp".into()));
        assert_eq!(
            call.to_save_as_contact(),
            Some(("7575550123".into(), Some("Grace Hopper".into())))
        );
        call.source = Some(Source::Contacts);
        assert_eq!(call.to_save_as_contact(), None, "already a contact");
        call.name = None;
        call.source = None;
        for hidden in ["", "anonymous", "12"] {
            call.call.ani = hidden.into();
            assert_eq!(call.to_save_as_contact(), None, "{hidden:?}");
        }
    }
}
