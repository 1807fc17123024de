//! The window driven by its accessible labels (egui_kittest), against an
//! engine connected to the simulator over a real socket.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

mod common;
mod directory_common;
#[path = "ui/walk.rs"]
mod walk;

use common::*;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use skydial::app::desk::DeskConfig;
use skydial::app::desktop::StartUp;
use skydial::app::desktop::appearance::FirstLook;
use skydial::app::messages::Appearance;
use skydial::app::messages::{Clip, DeskRequest, ReplyTo};
use skydial::app::screens::App;
use skydial::app::{AutoSignIn, Services};
use skydial::client::{ClientConfig, url::api_url};
use skydial::engine::{ConnectionStatus, EngineConfig};
use skydial::instance::{Place, Reply, Request};
use skydial::protocol::{CallState, Credentials, Pin};
use skydial::secrets::Secrets;
use skydial::settings::Settings;
use skydial::sim::Simulator;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What the rig's primary selection holds (the clipboard holds what each test says).
const SELECTED: &str = "Selected: 212 555 0142";

struct Rig {
    harness: Harness<'static, Option<App>>,
    sim: Simulator,
    runtime: tokio::runtime::Runtime,
    /// Where other skydial processes reach this window.
    place: Place,
    /// A link-only start's outcome.
    link_outcome: Option<tokio::sync::oneshot::Receiver<Reply>>,
    _instance: Option<skydial::instance::Instance>,
    _dir: tempfile::TempDir,
    /// Last: held until the app above has gone.
    _turn: Turn,
}

/// Picking a language switches the whole test process's (`i18n::choose`,
/// as the app's settings lane does): the test that picks one runs alone
/// ([`alone`]), the others share their turns.
static LANGUAGE_TURNS: std::sync::RwLock<()> = std::sync::RwLock::new(());

thread_local! {
    /// This thread's next rig takes its turn alone.
    static ALONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

enum Turn {
    Shared {
        _guard: std::sync::RwLockReadGuard<'static, ()>,
    },
    /// Back to English as the turn ends (a failed test too).
    Alone {
        _guard: std::sync::RwLockWriteGuard<'static, ()>,
    },
}

impl Turn {
    fn take() -> Self {
        if ALONE.with(|alone| alone.replace(false)) {
            Self::Alone {
                _guard: LANGUAGE_TURNS.write().unwrap_or_else(|p| p.into_inner()),
            }
        } else {
            Self::Shared {
                _guard: LANGUAGE_TURNS.read().unwrap_or_else(|p| p.into_inner()),
            }
        }
    }
}

impl Drop for Turn {
    fn drop(&mut self) {
        if matches!(self, Self::Alone { .. }) {
            skydial::i18n::choose("en");
        }
    }
}

/// The next rig made on this thread takes its turn alone.
fn alone() {
    ALONE.with(|alone| alone.set(true));
}

fn rig(sign_in_now: bool, clipboard: &'static str) -> Rig {
    rig_with(sign_in_now, clipboard, Settings::default(), None)
}

/// `link`: a link-only start with this link (the keyring holds the PIN).
fn rig_with(
    sign_in_now: bool,
    clipboard: &'static str,
    settings: Settings,
    link: Option<&str>,
) -> Rig {
    rig_started(sign_in_now, clipboard, settings, link, StartUp::default())
}

/// `start_up`: how the desktop around the window starts (its light/dark preference).
#[expect(clippy::too_many_lines, reason = "one set-up, read top to bottom")]
fn rig_started(
    sign_in_now: bool,
    clipboard: &'static str,
    settings: Settings,
    link: Option<&str>,
    start_up: StartUp,
) -> Rig {
    let turn = Turn::take();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let sim = runtime.block_on(sim());
    let dir = tempfile::tempdir().unwrap();
    let history = dir.path().join("history.sqlite3");
    let engine = {
        let _guard = runtime.enter();
        skydial::engine::spawn(EngineConfig {
            history_path: Some(history.clone()),
            ..EngineConfig::default()
        })
    };
    let settings = Settings {
        server: sim.base_url(),
        user: if link.is_some() {
            DID.into()
        } else {
            settings.user
        },
        ..settings
    };
    let secrets = Secrets::new(Some(keyring_core::mock::Store::new().unwrap()));
    if link.is_some() {
        let account = skydial::secrets::Account::new(&settings.server, DID);
        secrets.save(&account, &Pin::new(PIN)).unwrap();
    }
    let place = Place::at(dir.path().join("run"), "app");
    let instance = if link.is_none() {
        skydial::instance::acquire(&place).unwrap()
    } else {
        None
    };
    let (link, link_outcome) = match link {
        Some(text) => {
            let (reply, outcome) = ReplyTo::new();
            (Some((text.to_string(), reply)), Some(outcome))
        }
        None => (None, None),
    };
    let auto_sign_in = if sign_in_now {
        AutoSignIn::Now(ClientConfig {
            url: api_url(&sim.base_url()).unwrap(),
            credentials: Credentials::new(DID, Pin::new(PIN)),
            ca_file: None,
        })
    } else if link.is_some() {
        AutoSignIn::Never
    } else {
        AutoSignIn::Remembered
    };
    // The company directories' service, on the same database, with this
    // rig's keyring (Settings' Directories section drives it).
    let directories = {
        let _guard = runtime.enter();
        skydial::directory::service::spawn(skydial::directory::ServiceConfig {
            db_path: history.clone(),
            directories: settings.directories.clone(),
            passwords: skydial::directory::Passwords::new(Some(secrets.clone())),
            options: skydial::directory::sync::SyncOptions::default(),
            sync_at_start: false,
        })
    };
    let services = Services {
        runtime: runtime.handle().clone(),
        engine,
        desk: DeskConfig {
            settings_path: Some(dir.path().join("settings.json")),
            secrets,
            clipboard: Arc::new(move |clip| {
                Ok(match clip {
                    Clip::Clipboard => clipboard.to_string(),
                    Clip::Selection => SELECTED.to_string(),
                })
            }),
            notify: None,
            link_only: link.is_some(),
            keyring_patience: Duration::ZERO,
            // Pages "opened" are written down, one per line.
            url_opener: skydial::hooks::UrlOpener::new(vec![
                "/bin/sh".into(),
                "-c".into(),
                "printf '%s\\n' \"$1\" >> \"$0\"".into(),
                dir.path().join("opened.txt").display().to_string(),
            ]),
            directories: Some(directories),
        },
        settings,
        desktop: false,
        pops: None,
        notices: Vec::new(),
        auto_sign_in,
        demo: None,
        serve: link.is_none().then(|| place.clone()),
        start_up,
        link,
    };
    // The app is made with the harness's context (it repaints and sends viewport commands through it).
    let mut harness = Harness::builder()
        .with_size(egui::vec2(900.0, 700.0))
        .build_ui_state(
            |ui, app: &mut Option<App>| {
                if let Some(app) = app {
                    app.logic(ui.ctx());
                    app.ui(ui);
                }
            },
            None,
        );
    let ctx = harness.ctx.clone();
    *harness.state_mut() = Some(skydial::app::start(&ctx, services));
    Rig {
        harness,
        sim,
        runtime,
        place,
        link_outcome,
        _instance: instance,
        _dir: dir,
        _turn: turn,
    }
}

impl Rig {
    fn has(&self, label: &str) -> bool {
        self.harness.query_all_by_label(label).next().is_some()
    }

    fn has_text(&self, part: &str) -> bool {
        self.harness
            .query_all_by_label_contains(part)
            .next()
            .is_some()
    }

    /// Steps frames until `cond`, failing after 10 s.
    fn until(&mut self, what: &str, cond: impl Fn(&Self) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            self.harness.step();
            if cond(self) {
                return;
            }
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Clicks the control with this label, waiting (10 s at most) for it to appear.
    fn click(&mut self, label: &str) {
        use egui::accesskit::Role;
        let clickable = |r: &Self| {
            r.harness
                .query_all_by_label(label)
                .any(|n| !matches!(n.accesskit_node().role(), Role::Label))
        };
        self.until(&format!("{label:?} to click"), clickable);
        self.harness
            .query_all_by_label(label)
            .find(|n| !matches!(n.accesskit_node().role(), Role::Label))
            .unwrap_or_else(|| panic!("no {label:?} to click"))
            .click();
        self.harness.step();
    }

    /// Types into whatever has the keyboard focus.
    fn type_keys(&mut self, text: &str) {
        // A text event is not tied to a node: any node queues it for the focused widget.
        let any = self
            .harness
            .query_all_by_label_contains("skydial")
            .next()
            .expect("the window's heading");
        any.type_text(text);
        self.harness.step();
    }

    fn type_into(&mut self, label: &str, text: &str) {
        let field = self
            .harness
            .query_all_by_label(label)
            .find(|n| {
                matches!(
                    n.accesskit_node().role(),
                    egui::accesskit::Role::TextInput
                        | egui::accesskit::Role::MultilineTextInput
                        | egui::accesskit::Role::PasswordInput
                )
            })
            .unwrap_or_else(|| panic!("no text field labelled {label:?}"));
        field.focus();
        field.type_text(text);
        self.harness.step();
    }

    fn connected(&mut self) {
        let engine = self.harness.state().as_ref().unwrap().engine().clone();
        self.until("connected", |_| {
            engine.snapshot().borrow().status == ConnectionStatus::Connected
        });
        self.until("the tabs", |r| r.has("Dial"));
    }

    fn commands(&self, method: &str) -> Vec<Vec<String>> {
        self.sim
            .state()
            .commands_since(0)
            .into_iter()
            .filter(|c| c.name.ends_with(&format!(".{method}")))
            .map(|c| c.args)
            .collect()
    }
}

#[test]
fn sign_in_dial_and_control_a_call_by_labels() {
    let mut rig = rig(false, "");
    rig.until("the sign-in screen", |r| r.has("Sign in"));
    // Keyboard only: the sign-in screen starts in the DID field, Tab goes to the
    // PIN, Enter signs in.
    rig.type_keys(DID);
    rig.until("the DID typed", |r| {
        r.harness
            .query_all_by_label("DID")
            .any(|n| n.value().as_deref() == Some(DID))
    });
    rig.harness.key_press(egui::Key::Tab);
    rig.harness.step();
    rig.type_keys(PIN);
    rig.harness.key_press(egui::Key::Enter);
    rig.connected();

    rig.click("Dial");
    // The Dial tab puts the keyboard in the number field: typed text lands there.
    rig.type_keys("1234");
    rig.until("typed into the number field", |r| {
        r.has("Will dial ext. 1234 (1234)")
    });
    for _ in 0..4 {
        rig.harness.key_press(egui::Key::Backspace);
    }
    rig.type_into("Number", "+1 (646) 555-1234");
    rig.until("the preview", |r| {
        r.has("Will dial (646) 555-1234 (6465551234)")
    });
    rig.harness.key_press(egui::Key::Enter);
    rig.until("the dial command", |r| !r.commands("dial").is_empty());
    assert_eq!(
        rig.commands("dial")[0],
        vec!["6465551234".to_string(), String::new()]
    );

    // Dialled: the Calls tab shows the new call.
    rig.until("the outgoing call", |r| r.has("Calling…"));
    rig.until("the call's badge", |r| r.has("1 call"));
    rig.sim.state().remote_answer(DID, None).unwrap();
    rig.until("connected", |r| r.has("Connected") && r.has("Hold"));
    rig.click("Hold");
    rig.until("on hold", |r| r.has("On hold") && r.has("Resume"));
    assert!(!rig.has("Hold"), "a held call offers Resume, not Hold");
    rig.click("Resume");
    rig.until("resumed", |r| r.has("Hold"));
    rig.click("Hang up");
    rig.until("no calls", |r| r.has("No calls right now."));
    assert_eq!(rig.commands("hold").len(), 1);
    assert_eq!(rig.commands("resume").len(), 1);
    assert_eq!(rig.commands("release").len(), 1);

    // the PIN went to the keyring, not to the settings file
    let settings = std::fs::read_to_string(rig._dir.path().join("settings.json")).unwrap();
    assert!(
        settings.contains(DID) && !settings.contains(PIN),
        "{settings}"
    );
}

#[test]
fn answer_a_ringing_call_from_the_list() {
    let mut rig = rig(true, "");
    rig.connected();
    let id = rig
        .sim
        .state()
        .inject_incoming(DID, "2125550142", Some(DID))
        .unwrap();
    rig.until("the ringing call", |r| {
        r.has("Ringing") && r.has("Answer") && r.has("Decline")
    });
    assert!(rig.has("(212) 555-0142"));
    assert!(rig.has_text("to (646) 555-1000"));
    rig.click("Answer");
    rig.until("answered", |r| r.has("Connected"));
    assert_eq!(
        rig.commands("answer"),
        vec![vec![id.to_string(), String::new()]]
    );
    assert_eq!(
        rig.sim.state().calls(DID).unwrap()[0].state,
        CallState::Connected
    );
}

impl Rig {
    /// Where the first node with this label is drawn.
    fn rect_of(&self, label: &str) -> egui::Rect {
        self.harness
            .query_all_by_label(label)
            .next()
            .unwrap_or_else(|| panic!("no {label:?}"))
            .rect()
    }
}

#[test]
fn a_ringing_call_shows_above_every_tab_and_first_in_the_list() {
    let mut rig = rig(true, "");
    rig.connected();
    rig.click("Dial");
    let first = rig
        .sim
        .state()
        .inject_incoming(DID, "2125550142", Some(DID))
        .unwrap();
    // On the Dial tab: the caller, Answer and Decline, above the screen.
    rig.until("the banner", |r| r.has("(212) 555-0142 is calling"));
    assert!(rig.has("Answer") && rig.has("Decline"));
    assert!(rig.rect_of("Answer").bottom() <= rig.rect_of("Number").top());
    for tab in ["History", "Contacts", "Settings"] {
        rig.click(tab);
        assert!(rig.has("(212) 555-0142 is calling"), "on {tab}");
    }
    rig.click("Answer");
    rig.until("answered", |r| !r.has("(212) 555-0142 is calling"));
    assert_eq!(
        rig.commands("answer"),
        vec![vec![first.to_string(), String::new()]]
    );
    // A second call rings while the first is connected: it comes first in the list.
    rig.sim
        .state()
        .inject_incoming(DID, "7575550123", None)
        .unwrap();
    rig.until("the second call", |r| r.has("(757) 555-0123 is calling"));
    rig.until("the badge", |r| r.has("2 calls"));
    rig.click("Calls");
    rig.until("both cards", |r| r.has("Ringing") && r.has("Connected"));
    assert!(
        !rig.has("(757) 555-0123 is calling"),
        "the list is enough there"
    );
    assert!(
        rig.rect_of("Ringing").top() < rig.rect_of("Connected").top(),
        "the ringing call is first"
    );
}

#[test]
fn buttons_stay_in_place_and_ignore_clicks_right_after_they_appear_or_change() {
    let mut rig = rig(true, "");
    rig.connected();
    // The window's clock stands still until the test moves it.
    let t = rig.harness.ctx.input(|i| i.time);
    rig.harness.input_mut().time = Some(t);
    rig.sim
        .state()
        .inject_incoming(DID, "2125550142", None)
        .unwrap();
    rig.until("ringing", |r| r.has("Answer") && r.has("Decline"));
    let decline = rig.rect_of("Decline");
    // A click the moment Answer appeared is not taken; half a second on it is.
    rig.click("Answer");
    rig.harness.input_mut().time = Some(t + 0.6);
    rig.click("Answer");
    rig.until("connected", |r| r.has("Hold"));
    assert_eq!(rig.commands("answer").len(), 1, "one answer");
    assert_eq!(
        rig.rect_of("Hang up"),
        decline,
        "Hang up is where Decline was"
    );
    // Hold took Answer's place just now: a second click of a double-click misses it.
    rig.click("Hold");
    rig.harness.input_mut().time = Some(t + 1.2);
    rig.click("Hold");
    rig.until("on hold", |r| r.has("Resume"));
    assert_eq!(rig.commands("hold").len(), 1, "one hold");
    assert_eq!(rig.rect_of("Hang up"), decline, "and stays there on hold");
}

#[test]
fn a_button_that_now_acts_on_another_call_ignores_clicks_for_a_moment() {
    let mut rig = rig(true, "");
    rig.connected();
    let first = rig
        .sim
        .state()
        .inject_incoming(DID, "2125550142", None)
        .unwrap();
    rig.sim
        .state()
        .inject_incoming(DID, "7575550123", None)
        .unwrap();
    rig.until("two ringing", |r| {
        r.harness.query_all_by_label("Answer").count() == 2
    });
    // Both settled; then the first call stops ringing and the second moves up
    // under the pointer, its Answer where the first one's was.
    let t = rig.harness.ctx.input(|i| i.time) + 1.0;
    rig.harness.input_mut().time = Some(t);
    rig.harness.step();
    rig.sim.state().remote_hangup(DID, Some(&first)).unwrap();
    rig.until("one ringing", |r| {
        r.harness.query_all_by_label("Answer").count() == 1
    });
    rig.click("Answer");
    rig.harness.input_mut().time = Some(t + 0.6);
    rig.click("Answer");
    rig.until("answered", |r| r.has("Hold"));
    assert_eq!(rig.commands("answer").len(), 1, "one answer");
}

#[test]
fn the_timer_counts_from_the_answer_and_the_ring_is_said_apart() {
    let mut rig = rig(true, "");
    rig.connected();
    rig.sim
        .state()
        .inject_incoming(DID, "2125550142", None)
        .unwrap();
    rig.until("ringing", |r| r.has("Answer"));
    // It rings for three seconds (the server counts them in the call's duration).
    rig.until("three seconds of ringing", |r| {
        r.sim.state().calls(DID).unwrap()[0].duration >= 3
    });
    rig.click("Answer");
    rig.until("answered", |r| r.has("Connected") && r.has_text("rang 0:0"));
    let seconds = |clock: &str| {
        let (m, s) = clock.split_once(':')?;
        Some(m.parse::<u64>().ok()? * 60 + s.parse::<u64>().ok()?)
    };
    let labels: Vec<String> = rig
        .harness
        .query_all_by_label_contains(":")
        .filter_map(|n| n.accesskit_node().label().or_else(|| n.value()))
        .collect();
    let rang = labels
        .iter()
        .find_map(|l| seconds(l.split("rang ").nth(1)?.split(' ').next()?))
        .unwrap_or_else(|| panic!("the ring time: {labels:?}"));
    let talk = labels.iter().find_map(|l| seconds(l)).expect("the timer");
    assert!(rang >= 3, "{labels:?}");
    assert!(talk < rang, "the timer counts the ring: {labels:?}");
}

#[test]
fn at_the_smallest_window_every_tab_and_control_is_reached_and_counts_are_badges() {
    let mut rig = rig(true, "");
    rig.connected();
    let history_at = rig.rect_of("History");
    // A call rings: its count is a badge on the tab; no tab moves.
    rig.sim
        .state()
        .inject_incoming(DID, "7575550123", None)
        .unwrap();
    rig.until("the badge", |r| r.has("1 call"));
    assert!(rig.has("Calls"), "the tab keeps its name");
    assert_eq!(rig.rect_of("History"), history_at, "the tabs did not move");
    rig.sim.state().remote_hangup(DID, None).unwrap();
    rig.until("the missed badge", |r| r.has("1 missed call"));
    assert_eq!(rig.rect_of("History"), history_at, "the tabs did not move");
    // Wide window: the content is at most 720 px wide, centred.
    rig.click("Dial");
    let number = rig.rect_of("Number");
    assert!(number.left() >= (900.0 - 720.0) / 2.0 - 1.0, "{number:?}");

    let (w, h) = (420.0, 320.0);
    rig.harness.set_size(egui::vec2(w, h));
    rig.harness.step();
    rig.harness.step();
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(w, h));
    for tab in [
        "Calls",
        "Dial",
        "History",
        "Contacts",
        "Settings",
        "Do not disturb",
    ] {
        let at = rig.rect_of(tab);
        assert!(window.contains_rect(at), "{tab} at {at:?}");
    }
    // Settings scroll to their last control; History to a row's buttons.
    rig.click("Settings");
    let last =
        "Dial tel: and callto: links without asking (never international or premium-rate numbers)";
    rig.until("the settings", |r| r.has(last));
    let at = rig.wheel_to(last, window);
    assert!(at.bottom() <= h && at.top() >= 0.0, "{last} at {at:?}");
    rig.click("History");
    rig.until("the missed call", |r| r.has("Mark seen"));
    let at = rig.wheel_to("Mark seen", window);
    assert!(window.contains_rect(at), "Mark seen at {at:?}");
}

#[test]
fn history_is_searched_filtered_and_grouped_by_day_with_direction_and_duration() {
    let mut rig = rig(true, "");
    rig.connected();
    // One call missed, one answered and talked.
    rig.sim
        .state()
        .inject_incoming(DID, "7575550123", None)
        .unwrap();
    rig.until("ringing", |r| r.has("Ringing"));
    rig.sim.state().remote_hangup(DID, None).unwrap();
    rig.until("the missed badge", |r| r.has("1 missed call"));
    rig.sim
        .state()
        .inject_incoming(DID, "2125550142", None)
        .unwrap();
    rig.until("ringing", |r| r.has("Answer"));
    rig.click("Answer");
    rig.until("connected", |r| r.has("Hang up"));
    rig.click("Hang up");
    rig.until("no calls", |r| r.has("No calls right now."));
    rig.click("History");
    rig.until("both calls", |r| {
        r.has("(757) 555-0123") && r.has("(212) 555-0142")
    });
    assert!(rig.has("Today"), "grouped by day");
    assert_eq!(rig.count_text("Incoming"), 2, "the direction of each");
    assert!(rig.has_text("Talked 0:0"), "the answered call's duration");
    // Search by digits.
    rig.type_into("Search", "757");
    rig.until("the search", |r| !r.has("(212) 555-0142"));
    assert!(rig.has("(757) 555-0123"));
    rig.type_into("Search", "9");
    rig.until("nothing found", |r| r.has("No calls match."));
    for _ in 0..5 {
        rig.harness.key_press(egui::Key::Backspace);
    }
    rig.harness.step();
    rig.until("the search cleared", |r| r.has("(212) 555-0142"));
    // Missed only.
    rig.click("Missed calls");
    rig.until("the missed only", |r| !r.has("(212) 555-0142"));
    assert!(rig.has("(757) 555-0123"));
    rig.click("All calls");
    rig.until("all again", |r| r.has("(212) 555-0142"));
}

#[test]
fn keyboard_shortcuts_answer_hold_resume_hang_up_and_decline_and_are_shown_on_hover() {
    use egui::{Key, Modifiers};
    let ctrl = Modifiers::CTRL | Modifiers::COMMAND;
    let ctrl_shift = ctrl | Modifiers::SHIFT;
    let mut rig = rig(true, "");
    rig.connected();
    // From the Dial tab with the keyboard in the number field: the field does not dial.
    rig.click("Dial");
    rig.type_into("Number", "1234");
    rig.sim
        .state()
        .inject_incoming(DID, "2125550142", None)
        .unwrap();
    rig.until("ringing", |r| r.has("Answer"));
    rig.harness.key_press_modifiers(ctrl, Key::Enter);
    rig.until("answered", |r| r.commands("answer").len() == 1);
    rig.click("Calls");
    rig.until("connected", |r| r.has("Hold"));
    assert!(rig.commands("dial").is_empty(), "Ctrl+Enter did not dial");
    // The shortcut is on the button's tooltip.
    rig.harness
        .query_all_by_label("Hold")
        .next()
        .unwrap()
        .hover();
    rig.until("the tooltip", |r| r.has_text("Hold (Ctrl+Shift+H)"));
    rig.harness.key_press_modifiers(ctrl_shift, Key::H);
    rig.until("held", |r| r.has("Resume"));
    rig.harness.key_press_modifiers(ctrl_shift, Key::H);
    rig.until("resumed", |r| r.commands("resume").len() == 1);
    rig.until("connected again", |r| r.has("Hold"));
    rig.harness.key_press_modifiers(ctrl_shift, Key::E);
    rig.until("hung up", |r| r.has("No calls right now."));
    assert_eq!(rig.commands("release").len(), 1);
    rig.sim
        .state()
        .inject_incoming(DID, "7575550123", None)
        .unwrap();
    rig.until("ringing", |r| r.has("Decline"));
    rig.harness.key_press_modifiers(ctrl_shift, Key::D);
    rig.until("declined", |r| r.commands("ignore").len() == 1);
}

#[test]
fn history_shows_a_missed_call_until_seen() {
    let mut rig = rig(true, "");
    rig.connected();
    rig.sim
        .state()
        .inject_incoming(DID, "7575550123", None)
        .unwrap();
    rig.until("ringing", |r| r.has("Ringing"));
    rig.sim.state().remote_hangup(DID, None).unwrap();
    rig.until("the missed badge", |r| r.has("1 missed call"));
    rig.click("History");
    rig.until("the missed call", |r| {
        r.has("Missed (new)") && r.has("(757) 555-0123")
    });
    rig.click("Mark seen");
    rig.until("seen", |r| r.has("Missed") && !r.has("Missed (new)"));
    rig.click("Call back");
    rig.until("the call back", |r| !r.commands("dial").is_empty());
    assert_eq!(rig.commands("dial")[0][0], "7575550123");
}

#[test]
fn wrong_pin_shows_the_error() {
    let mut rig = rig(false, "");
    rig.until("the sign-in screen", |r| r.has("Sign in"));
    rig.type_into("DID", DID);
    rig.type_into("PIN", "99999");
    rig.click("Sign in");
    rig.until("the error", |r| r.has_text("API error 5"));
    assert!(rig.has_text("Check your DID"));
    // Still on the sign-in screen; its button comes back once the desk is done.
    rig.until("the Sign in button", |r| r.has("Sign in"));
    assert!(!rig.has_text("99999"), "the PIN is not shown");
}

impl Rig {
    /// Turns the mouse wheel (over the middle of the window, at the
    /// control's height if it is in view) until the control labelled
    /// `label` is wholly inside `window` (at most 20 turns).
    fn wheel_to(&mut self, label: &str, window: egui::Rect) -> egui::Rect {
        for _ in 0..20 {
            let rect = self.rect_of(label);
            if window.contains_rect(rect) {
                return rect;
            }
            let delta = egui::vec2(
                if rect.right() > window.right() {
                    -60.0
                } else {
                    0.0
                },
                if rect.bottom() > window.bottom() {
                    -60.0
                } else {
                    0.0
                },
            );
            let y = if rect.center().y < window.bottom() - 40.0 {
                rect.center().y
            } else {
                window.center().y
            };
            self.harness
                .event(egui::Event::PointerMoved(egui::pos2(window.center().x, y)));
            self.harness.event(egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Point,
                delta,
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Unknown,
                modifiers: egui::Modifiers::NONE,
            });
            self.harness.step();
            self.harness.step();
        }
        self.rect_of(label)
    }

    /// How many nodes have a label with this in it.
    fn count_text(&self, part: &str) -> usize {
        self.harness.query_all_by_label_contains(part).count()
    }
}

#[test]
fn sign_in_errors_are_said_once_by_their_field_and_go_once_fixed() {
    let mut rig = rig(false, "");
    rig.until("the sign-in screen", |r| r.has("Sign in"));
    // Nothing is said before the user has done anything.
    assert!(!rig.has_text("Enter your DID"));
    rig.click("Sign in");
    rig.until("the DID's error", |r| r.has_text("Enter your DID"));
    assert_eq!(rig.count_text("Enter your DID"), 1, "said once");
    let gap = rig
        .rect_of("Enter your DID: your 10-digit phone number, digits only.")
        .top()
        - rig.rect_of("DID").bottom();
    assert!(
        (0.0..24.0).contains(&gap),
        "under its field: {gap} px below"
    );
    // Fixed: the error goes as the DID is typed.
    rig.type_into("DID", DID);
    rig.until("the error gone", |r| !r.has_text("Enter your DID"));
    // A wrong PIN is said once (not also in the status line).
    rig.type_into("PIN", "99999");
    rig.click("Sign in");
    rig.until("the error", |r| r.has_text("API error 5"));
    rig.harness.step();
    assert_eq!(rig.count_text("API error 5"), 1, "said once");
    // Signed in with the right PIN: no error is left behind.
    rig.type_into("PIN", PIN);
    rig.click("Sign in");
    rig.connected();
    assert!(!rig.has_text("API error"));
    assert!(!rig.has_text("Enter your"));
}

#[test]
fn an_unfinished_number_is_not_complained_of_while_typed_and_dialling_goes_with_the_call() {
    let mut rig = rig(true, "");
    rig.connected();
    rig.click("Dial");
    rig.type_into("Number", "1");
    rig.until("the hint", |r| r.has_text("Keep typing"));
    assert!(!rig.has_text("too short"), "complained while typing");
    // Left unfinished: now it is said.
    rig.leave_field();
    rig.until("the reason", |r| r.has_text("too short"));
    // Typed on and dialled: "Dialling …" goes once the call is listed.
    rig.type_into("Number", "234");
    rig.until("the preview", |r| r.has_text("Will dial ext. 1234"));
    // The window's clock stands still: no notice expires by itself.
    let t = rig.harness.ctx.input(|i| i.time);
    rig.harness.input_mut().time = Some(t);
    rig.harness.key_press(egui::Key::Enter);
    rig.until("the dial", |r| !r.commands("dial").is_empty());
    let engine = rig.harness.state().as_ref().unwrap().engine().clone();
    rig.until("the call listed", |_| {
        !engine.snapshot().borrow().calls.is_empty()
    });
    // The desk's "Dialling …" comes within milliseconds of the call: it is never shown next to it.
    let until = Instant::now() + Duration::from_millis(500);
    while Instant::now() < until {
        rig.harness.step();
        assert!(!rig.has_text("Dialling"), "Dialling … next to the call");
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(
        !engine.snapshot().borrow().calls.is_empty(),
        "the call is still there"
    );
}

#[test]
fn dial_explains_what_cannot_be_dialled() {
    let mut rig = rig(true, "");
    rig.connected();
    rig.click("Dial");
    rig.type_into("Number", "916465551234");
    rig.until("the reason", |r| r.has_text("leave out the 9"));
    rig.harness.key_press(egui::Key::Enter);
    rig.harness.step();
    assert!(rig.commands("dial").is_empty(), "nothing dialled");
}

#[test]
fn dial_clipboard_with_several_numbers_lets_the_user_pick() {
    let mut rig = rig(true, "Sales +1 (212) 555-0142, support 757.555.0123");
    rig.connected();
    rig.click("Dial");
    rig.click("Dial clipboard");
    rig.until("the picker", |r| r.has("Which number?"));
    rig.click("Dial (757) 555-0123");
    rig.until("the dial", |r| !r.commands("dial").is_empty());
    assert_eq!(rig.commands("dial")[0][0], "7575550123");
}

#[test]
fn do_not_disturb_ignores_ringing_calls_and_logs_them_missed() {
    let mut rig = rig(true, "");
    rig.connected();
    rig.click("Settings");
    rig.click("Do not disturb (ringing calls are ignored and logged as missed)");
    rig.until("the indicator", Rig::dnd_ticked);
    rig.sim
        .state()
        .inject_incoming(DID, "2125550142", None)
        .unwrap();
    rig.until("the ignore", |r| !r.commands("ignore").is_empty());
    rig.until("missed", |r| r.has("1 missed call"));
}

impl Rig {
    /// The settings file as saved, if any.
    fn saved_settings(&self) -> Option<serde_json::Value> {
        let text = std::fs::read_to_string(self._dir.path().join("settings.json")).ok()?;
        serde_json::from_str(&text).ok()
    }

    /// Do not disturb flipped from the tray (its menu sends this).
    fn toggle_dnd_from_the_tray(&self) {
        let app = self.harness.state().as_ref().unwrap();
        assert!(app.sender().send(DeskRequest::ToggleDnd));
    }

    /// Whether the header's Do not disturb is ticked.
    fn dnd_ticked(&self) -> bool {
        self.harness
            .query_all_by_label("Do not disturb")
            .find(|n| n.accesskit_node().role() == egui::accesskit::Role::CheckBox)
            .expect("the header's Do not disturb")
            .accesskit_node()
            .toggled()
            == Some(egui::accesskit::Toggled::True)
    }

    /// The keyboard leaves the field it is in (Tab), which applies what was typed.
    fn leave_field(&mut self) {
        self.harness.key_press(egui::Key::Tab);
        self.harness.step();
    }

    /// What the phone endpoint field holds.
    fn endpoint_field(&self) -> String {
        self.harness
            .query_all_by_label("Phone endpoint (MAC)")
            .find(|n| n.accesskit_node().role() == egui::accesskit::Role::TextInput)
            .and_then(|n| n.value())
            .unwrap_or_default()
    }
}

#[test]
fn do_not_disturb_from_the_tray_and_a_settings_save_both_stay() {
    let mut rig = rig(true, "");
    rig.connected();
    rig.click("Settings");
    rig.type_into("Phone endpoint (MAC)", "0010492e1234");
    // The tray's toggle and the Settings screen's change, in the same moment.
    rig.toggle_dnd_from_the_tray();
    rig.leave_field();
    rig.until("both changes saved", |r| {
        r.saved_settings()
            .is_some_and(|v| v["do_not_disturb"] == true && v["endpoint"] == "0010492e1234")
    });
    // And they stay: nothing saved later undoes one of them.
    std::thread::sleep(Duration::from_millis(300));
    rig.harness.step();
    let saved = rig.saved_settings().unwrap();
    assert_eq!(
        (&saved["do_not_disturb"], &saved["endpoint"]),
        (&serde_json::json!(true), &serde_json::json!("0010492e1234"))
    );
    rig.until("the indicator", Rig::dnd_ticked);
}

#[test]
fn settings_apply_when_changed_and_do_not_disturb_is_in_the_header() {
    let mut rig = rig(true, "");
    rig.connected();
    assert!(!rig.dnd_ticked());
    // From the header, on any tab.
    rig.click("Do not disturb");
    rig.until("do not disturb on", |r| {
        r.dnd_ticked()
            && r.saved_settings()
                .is_some_and(|v| v["do_not_disturb"] == true)
    });
    rig.click("Settings");
    assert!(!rig.has("Save settings"), "nothing waits for a Save");
    // A tick applies at once.
    rig.click("Screen pops for ringing calls");
    rig.until("screen pops off", |r| {
        r.saved_settings()
            .is_some_and(|v| v["notifications"] == false)
    });
    // A field applies when the keyboard leaves it, not while it is typed.
    rig.type_into("Phone endpoint (MAC)", "0010492e1234");
    rig.harness.step();
    assert_ne!(rig.saved_settings().unwrap()["endpoint"], "0010492e1234");
    rig.leave_field();
    rig.until("the endpoint saved", |r| {
        r.saved_settings()
            .is_some_and(|v| v["endpoint"] == "0010492e1234")
    });
    // The header's box follows the Settings screen's.
    rig.click("Do not disturb (ringing calls are ignored and logged as missed)");
    rig.until("do not disturb off", |r| !r.dnd_ticked());
}

/// The Language choice saves the language picked and the window follows at
/// once (the choice's own label is translated; most of the window's labels
/// are not yet).
#[test]
fn picking_deutsch_saves_de_and_the_window_follows() {
    alone();
    let mut rig = rig(true, "");
    rig.connected();
    rig.click("Settings");
    rig.click("Language");
    rig.click("Deutsch");
    rig.until("de saved", |r| {
        r.saved_settings().is_some_and(|v| v["language"] == "de")
    });
    rig.until("the choice in German", |r| r.has("Sprache"));
    assert!(!rig.has("Language"), "still English");
    rig.click("Sprache");
    rig.click("Systemsprache verwenden");
    rig.until("system saved", |r| {
        r.saved_settings()
            .is_some_and(|v| v["language"] == "system")
    });
}

#[test]
fn a_draft_survives_do_not_disturb_changed_from_the_tray() {
    let mut rig = rig(true, "");
    rig.connected();
    rig.click("Settings");
    rig.type_into("Phone endpoint (MAC)", "0010492e1234");
    rig.toggle_dnd_from_the_tray();
    rig.until("do not disturb saved", |r| {
        r.saved_settings()
            .is_some_and(|v| v["do_not_disturb"] == true)
    });
    rig.until("the indicator", Rig::dnd_ticked);
    assert_eq!(rig.endpoint_field(), "0010492e1234", "the draft was lost");
    // The field being typed in was not applied; leaving it applies it, and keeps both.
    assert_ne!(rig.saved_settings().unwrap()["endpoint"], "0010492e1234");
    rig.leave_field();
    rig.until("the endpoint saved", |r| {
        r.saved_settings()
            .is_some_and(|v| v["endpoint"] == "0010492e1234")
    });
    assert_eq!(rig.saved_settings().unwrap()["do_not_disturb"], true);
}

#[test]
fn a_bad_hotkey_is_refused_with_the_reason_and_a_good_one_saved() {
    let mut rig = rig(true, "");
    rig.connected();
    rig.click("Settings");
    let set_hotkey = |rig: &mut Rig, text: &str| {
        rig.type_into("Clipboard hotkey", "");
        for _ in 0.."ctrl+alt+d".len() + 2 {
            rig.harness.key_press(egui::Key::Backspace);
        }
        rig.type_into("Clipboard hotkey", text);
    };
    let saved_hotkey = |rig: &Rig| {
        let path = rig._dir.path().join("settings.json");
        std::fs::read_to_string(path)
            .ok()
            .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
            .and_then(|v| v["hotkey"].as_str().map(str::to_string))
    };

    set_hotkey(&mut rig, "d");
    rig.leave_field();
    rig.until("the reason", |r| {
        r.has_text("use at least Ctrl, Alt or Super")
    });
    std::thread::sleep(Duration::from_millis(300));
    rig.harness.step();
    assert_ne!(
        saved_hotkey(&rig).as_deref(),
        Some("d"),
        "a bad hotkey was saved"
    );

    set_hotkey(&mut rig, "ctrl+alt+k");
    rig.leave_field();
    rig.until("the new hotkey saved", |r| {
        saved_hotkey(r).as_deref() == Some("ctrl+alt+k")
    });
    assert!(rig.has_text("ctrl+alt+k is saved"));
}

#[test]
fn a_megabyte_on_the_clipboard_is_refused_with_the_reason_and_the_dial_field_is_bounded() {
    let huge: &'static str =
        Box::leak(format!("call 2125550142 {}", "x".repeat(1 << 20)).into_boxed_str());
    let mut rig = rig(true, huge);
    rig.connected();
    rig.click("Dial");
    rig.click("Dial clipboard");
    rig.until("the reason", |r| r.has_text("Copy just the phone number"));
    assert!(rig.commands("dial").is_empty(), "nothing dialled");
    // Pasting a megabyte into the number field keeps only what a number can need.
    rig.type_into("Number", &"9".repeat(100_000));
    let field = rig
        .harness
        .query_all_by_label("Number")
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::TextInput)
        .unwrap();
    let typed = field.value().unwrap_or_default();
    assert!(
        typed.chars().count() <= 256,
        "{} characters",
        typed.chars().count()
    );
}

#[test]
fn a_server_url_with_a_query_is_refused_and_only_the_base_url_is_saved() {
    let mut rig = rig(false, "");
    rig.until("the sign-in screen", |r| r.has("Sign in"));
    let base = rig.sim.base_url();
    let settings_path = rig._dir.path().join("settings.json");
    // The spec's GET URL, pasted whole: it holds the PIN.
    let pasted = format!(
        "{base}/bobl/bobl?name=org.m5.apps.v1.cti.ClickToDial.dial&user={DID}&password={PIN}&args=6465551234&args="
    );
    let server_field = |r: &Rig| {
        r.harness
            .query_all_by_label("Server")
            .find(|n| n.accesskit_node().role() == egui::accesskit::Role::TextInput)
            .and_then(|n| n.value())
            .unwrap_or_default()
    };
    let old = server_field(&rig);
    rig.type_into("Server", "");
    for _ in 0..old.chars().count() {
        rig.harness.key_press(egui::Key::Backspace);
    }
    rig.type_into("Server", &pasted);
    rig.type_into("DID", DID);
    rig.type_into("PIN", PIN);
    rig.click("Sign in");
    rig.until("the reason", |r| r.has_text("query"));
    assert!(rig.commands("subscribe").is_empty(), "not signed in");
    let saved = std::fs::read_to_string(&settings_path).unwrap_or_default();
    assert!(!saved.contains("password"), "{saved}");
    // The same server, typed plainly with a trailing slash: saved as its base URL.
    let typed = server_field(&rig);
    rig.type_into("Server", "");
    for _ in 0..typed.chars().count() {
        rig.harness.key_press(egui::Key::Backspace);
    }
    rig.type_into("Server", &format!("{base}/bobl/bobl/"));
    rig.type_into("PIN", PIN);
    rig.click("Sign in");
    rig.connected();
    rig.until("the settings saved", |_| {
        std::fs::read_to_string(&settings_path)
            .ok()
            .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
            .is_some_and(|v| v["server"] == base.as_str())
    });
}

#[test]
fn a_huge_caller_field_never_pushes_the_actions_out_of_view() {
    let mut rig = rig(true, "");
    rig.connected();
    // A number as long as the server may send (256 characters) from a caller
    // whose contact name is as long as a contact file may give (256).
    let long_number = "7".repeat(256);
    let huge_name = format!("Ada {}", "L".repeat(250));
    let engine = rig.harness.state().as_ref().unwrap().engine().clone();
    rig.runtime
        .block_on(engine.import_contacts(vec![skydial::contacts::Contact {
            name: huge_name.clone(),
            number: long_number.clone(),
        }]))
        .unwrap();
    // A contact cannot match a 256-digit number: the long one is the number;
    // and a second call from a number that names the long contact.
    rig.sim
        .state()
        .inject_incoming(DID, &long_number, Some(&"8".repeat(200)))
        .unwrap();
    rig.until("the ringing call", |r| r.has("Answer") && r.has("Decline"));
    let width = 900.0;
    for label in ["Answer", "Decline"] {
        let rect = rig.harness.get_by_label(label).rect();
        assert!(
            rect.min.x >= 0.0 && rect.max.x <= width,
            "{label} is out of view: {rect:?}"
        );
    }
    // The whole number stays readable: for screen readers, and on hover.
    assert!(rig.has_text(&long_number), "the full text is there");
    // The state reads as a chip.
    assert!(rig.has("Ringing"));
}

impl Rig {
    /// Hands a link (or another request) to the window as a later `skydial`
    /// process would; the answer comes when the user gives it.
    fn hand_over(&self, request: Request) -> tokio::task::JoinHandle<Option<Reply>> {
        let place = self.place.clone();
        self.runtime.spawn(async move {
            skydial::instance::send(&place, &request, Duration::from_secs(60))
                .await
                .unwrap()
        })
    }

    /// Steps frames until the handed-over request is answered.
    fn answer(&mut self, task: tokio::task::JoinHandle<Option<Reply>>) -> Reply {
        self.until("the answer", |_| task.is_finished());
        self.runtime
            .block_on(task)
            .unwrap()
            .expect("a window was serving")
    }

    /// Clicks the push button (not the tab) with this label, once it is
    /// enabled (a new question's Dial waits a moment).
    fn click_button(&mut self, label: &str) {
        use egui::accesskit::Role;
        let button = |n: &egui_kittest::Node<'_>| {
            n.accesskit_node().role() == Role::Button
                && n.accesskit_node().toggled().is_none()
                && !n.accesskit_node().is_disabled()
        };
        self.until(&format!("a {label} button"), |r| {
            r.harness.query_all_by_label(label).any(|n| button(&n))
        });
        self.harness
            .query_all_by_label(label)
            .find(|n| button(n))
            .unwrap()
            .click();
        self.harness.step();
    }

    /// Clicks the push button with this label at once, enabled or not (a
    /// click the user could make).
    fn click_button_now(&mut self, label: &str) {
        use egui::accesskit::Role;
        self.harness
            .query_all_by_label(label)
            .find(|n| {
                n.accesskit_node().role() == Role::Button && n.accesskit_node().toggled().is_none()
            })
            .unwrap_or_else(|| panic!("no {label:?} button"))
            .click();
        self.harness.step();
    }

    /// Steps a few frames over 300 ms, for anything asked to happen.
    fn settle(&mut self) {
        for _ in 0..6 {
            std::thread::sleep(Duration::from_millis(50));
            self.harness.step();
        }
    }
}

#[test]
fn a_link_is_asked_about_with_cancel_focused_and_enter_does_not_dial() {
    let mut rig = rig(true, "");
    rig.connected();
    let asked = rig.hand_over(Request::Link("tel:+1-900-555-0100".into()));
    rig.until("the question", |r| r.has("Dial this number?"));
    assert!(
        rig.has("(900) 555-0100"),
        "the number as it will be dialled"
    );
    assert!(rig.has_text("premium-rate"), "the premium-rate warning");
    // Enter, with the focus where the question put it, cancels.
    rig.harness.key_press(egui::Key::Enter);
    let reply = rig.answer(asked);
    assert_eq!(reply.status, 6, "{}", reply.message);
    assert!(!rig.has("Dial this number?"));
    std::thread::sleep(Duration::from_millis(300));
    assert!(rig.commands("dial").is_empty(), "Cancel dialled");

    // Dial sends the number (the extension is only shown: the API sends no tones).
    let asked = rig.hand_over(Request::Link("tel:+16465551234;ext=22".into()));
    rig.until("the question", |r| r.has("Dial this number?"));
    assert!(rig.has_text("extension 22"));
    assert!(!rig.has_text("premium-rate"));
    rig.click_button("Dial");
    let reply = rig.answer(asked);
    assert_eq!(reply.status, 0, "{}", reply.message);
    assert!(reply.message.contains("extension 22"), "{}", reply.message);
    assert_eq!(
        rig.commands("dial"),
        vec![vec!["6465551234".to_string(), String::new()]]
    );
}

/// A link's question names the person the number belongs to (the index of
/// people, as a ringing call is named), with where the name came from on
/// hover; a number nobody has is asked about by its number alone.
#[test]
fn a_link_question_names_a_known_number() {
    let mut rig = rig(true, "");
    rig.connected();
    rig.import(&[("Ada Lovelace", "(646) 555-1234")]);
    let asked = rig.hand_over(Request::Link("tel:+1-646-555-1234".into()));
    rig.until("the question", |r| r.has("Dial this number?"));
    rig.until("the name", |r| r.has("Ada Lovelace"));
    assert!(rig.has("(646) 555-1234"), "the number is still shown");
    rig.harness.get_by_label("Ada Lovelace").hover();
    rig.until("the name's source on hover", |r| {
        r.harness.query_all_by_label("Ada Lovelace").any(|n| {
            n.accesskit_node().description().as_deref() == Some("Ada Lovelace: from your contacts")
        })
    });
    rig.click_button("Cancel");
    assert_eq!(rig.answer(asked).status, 6);

    let asked = rig.hand_over(Request::Link("tel:+1-212-555-0142".into()));
    rig.until("the question", |r| r.has("(212) 555-0142"));
    assert!(!rig.has("Ada Lovelace"), "a name for a number nobody has");
    rig.click_button("Cancel");
    assert_eq!(rig.answer(asked).status, 6);
}

/// The second click of a double-click, or any click right after a question
/// appears, does not dial: Dial works once the pointer has been released and
/// about 0.7 s have passed. (The harness's clock is held still, then moved.)
#[test]
fn a_click_right_after_the_question_appears_does_not_dial() {
    let mut rig = rig(true, "");
    rig.connected();
    let now = 1.0e6;
    rig.harness.input_mut().time = Some(now);
    let asked = rig.hand_over(Request::Link("tel:+16465551234".into()));
    rig.until("the question", |r| r.has("Dial this number?"));
    rig.click_button_now("Dial");
    rig.settle();
    assert!(rig.commands("dial").is_empty(), "dialled at once");
    assert!(rig.has("Dial this number?"), "the question went");
    assert!(!asked.is_finished());
    // 0.7 s on (the clock moved), a click dials.
    rig.harness.input_mut().time = Some(now + 0.8);
    rig.harness.step();
    rig.click_button_now("Dial");
    let reply = rig.answer(asked);
    assert_eq!(reply.status, 0, "{}", reply.message);
    assert_eq!(rig.commands("dial").len(), 1);
}

/// At most four questions wait; the fifth is refused (said in the window,
/// a failed reply to whoever asked), and the same link twice is asked once,
/// its answer going to both.
#[test]
fn at_most_four_questions_wait_and_the_same_link_is_asked_once() {
    let mut rig = rig(true, "");
    rig.connected();
    let distinct = [
        "tel:+33-1-45-68-12-34",
        "tel:+882-16-5555-0100",
        "tel:+1-900-555-0100",
        "tel:+44-20-7946-0958",
        "tel:+1-876-555-0123",
    ];
    // The French number waits first: the hand-overs below race each other,
    // and the same number again must find its question, not be the fifth.
    let mut asked = vec![rig.hand_over(Request::Link(distinct[0].to_string()))];
    rig.until("the first question", |r| r.has("Dial this number?"));
    asked.extend(
        distinct[1..]
            .iter()
            .map(|l| rig.hand_over(Request::Link(l.to_string()))),
    );
    let again = rig.hand_over(Request::Link("tel:%2B33145681234".into()));
    rig.until("one refused", |_| asked.iter().any(|t| t.is_finished()));
    rig.settle();
    let (refused, waiting): (Vec<_>, Vec<_>) = asked.into_iter().partition(|t| t.is_finished());
    assert_eq!(refused.len(), 1, "exactly the fifth is refused");
    let reply = rig.answer(refused.into_iter().next().unwrap());
    assert_eq!(reply.status, 6, "{}", reply.message);
    assert!(
        reply
            .message
            .contains("4 numbers are already waiting for your answer"),
        "{}",
        reply.message
    );
    assert!(
        rig.has_text("already waiting for your answer"),
        "the window says so"
    );
    assert!(!again.is_finished(), "the same link joins its question");
    // Four questions, one each: Cancel answers them all, and both askers of
    // the French number.
    for _ in 0..4 {
        rig.until("a question", |r| r.has("Dial this number?"));
        rig.click_button("Cancel");
    }
    for task in waiting.into_iter().chain([again]) {
        assert_eq!(rig.answer(task).status, 6);
    }
    rig.settle();
    assert!(!rig.has("Dial this number?"), "a fifth question");
    assert!(rig.commands("dial").is_empty());
}

/// `skydial dial` (or any program on the socket) with a premium-rate or
/// international number is asked in the window like a link; a plain number
/// still dials at once.
#[test]
fn premium_and_international_numbers_from_another_program_are_asked_first() {
    let mut rig = rig(true, "");
    rig.connected();
    let asked = rig.hand_over(Request::Dial("1-900-555-0100".into()));
    rig.until("the question", |r| r.has("Dial this number?"));
    assert!(rig.has_text("Another program asks"));
    assert!(rig.has_text("premium-rate"));
    rig.settle();
    assert!(rig.commands("dial").is_empty(), "dialled unasked");
    rig.click_button("Cancel");
    assert_eq!(rig.answer(asked).status, 6);
    let asked = rig.hand_over(Request::Dial("+44 20 7946 0958".into()));
    rig.until("the question", |r| r.has("Dial this number?"));
    rig.settle();
    assert!(rig.commands("dial").is_empty(), "dialled unasked");
    rig.click_button("Dial");
    let reply = rig.answer(asked);
    assert_eq!(reply.status, 0, "{}", reply.message);
    assert_eq!(rig.commands("dial").len(), 1);
    let asked = rig.hand_over(Request::Dial("646-555-1234".into()));
    assert_eq!(rig.answer(asked).status, 0);
    assert_eq!(rig.commands("dial").len(), 2);
}

/// The hotkey set to dial at once asks about a premium-rate number on the
/// clipboard instead of dialling it.
#[test]
fn the_hotkey_set_to_dial_at_once_asks_about_a_premium_number() {
    let settings = Settings {
        hotkey_action: "dial".into(),
        ..Settings::default()
    };
    let mut rig = rig_with(true, "Call 1-900-555-0100 now", settings, None);
    rig.connected();
    let asked = rig.hand_over(Request::QuickDial);
    rig.answer(asked);
    rig.until("the question", |r| r.has("Dial this number?"));
    assert!(rig.has_text("The copied text asks"));
    rig.settle();
    assert!(rig.commands("dial").is_empty(), "dialled unasked");
    rig.click_button("Dial");
    rig.until("the dial", |r| !r.commands("dial").is_empty());
    assert_eq!(rig.commands("dial")[0][0], "9005550100");
}

#[test]
fn trusted_links_dial_at_once_but_never_premium_or_international_ones() {
    let settings = Settings {
        trusted_links: true,
        ..Settings::default()
    };
    let mut rig = rig_with(true, "", settings, None);
    rig.connected();
    let asked = rig.hand_over(Request::Link("callto:+1 (646) 555-1234".into()));
    let reply = rig.answer(asked);
    assert_eq!(reply.status, 0, "{}", reply.message);
    assert_eq!(rig.commands("dial").len(), 1);
    for risky in [
        "tel:+1-900-555-0100",
        "tel:+44-20-7946-0958",
        "tel:+1-876-555-0123",
    ] {
        let asked = rig.hand_over(Request::Link(risky.into()));
        rig.until("the question", |r| r.has("Dial this number?"));
        rig.click_button("Cancel");
        assert_eq!(rig.answer(asked).status, 6);
    }
    assert_eq!(
        rig.commands("dial").len(),
        1,
        "a risky link dialled unasked"
    );
}

#[test]
fn a_bad_link_or_number_is_refused_with_the_reason() {
    let mut rig = rig(true, "");
    rig.connected();
    let asked = rig.hand_over(Request::Link("tel:call-me-maybe".into()));
    let reply = rig.answer(asked);
    assert_eq!(reply.status, 2, "{}", reply.message);
    assert!(
        reply.message.starts_with("Nothing dialled"),
        "{}",
        reply.message
    );
    let asked = rig.hand_over(Request::Dial("555-CALL-NOW".into()));
    let reply = rig.answer(asked);
    assert_eq!(reply.status, 2, "{}", reply.message);
    assert!(reply.message.contains("letters"), "{}", reply.message);
    // A second start shows the window.
    let asked = rig.hand_over(Request::Raise);
    assert_eq!(rig.answer(asked).status, 0);
    assert!(rig.commands("dial").is_empty());
}

#[test]
fn a_link_with_no_app_running_asks_then_dials_once_without_subscribing() {
    let mut rig = rig_with(
        false,
        "",
        Settings::default(),
        Some("tel:%2B1-646-555-1234"),
    );
    rig.until("the question", |r| r.has("Dial this number?"));
    assert!(rig.has("(646) 555-1234"));
    assert!(
        !rig.has("Sign in"),
        "a link-only window shows only the question"
    );
    rig.click_button("Dial");
    rig.until("the outcome", |r| r.has_text("Dialling (646) 555-1234"));
    let reply = rig.link_outcome.take().unwrap().blocking_recv().unwrap();
    assert_eq!(reply.status, 0, "{}", reply.message);
    assert_eq!(
        rig.commands("dial"),
        vec![vec!["6465551234".to_string(), String::new()]]
    );
    assert!(
        rig.commands("subscribe").is_empty(),
        "a link-only start subscribed"
    );
}

#[test]
fn a_link_with_no_app_running_cancelled_sends_nothing() {
    let mut rig = rig_with(false, "", Settings::default(), Some("tel:+16465551234"));
    rig.until("the question", |r| r.has("Dial this number?"));
    rig.click_button("Cancel");
    let reply = rig.link_outcome.take().unwrap().blocking_recv().unwrap();
    assert_eq!(reply.status, 6, "{}", reply.message);
    std::thread::sleep(Duration::from_millis(300));
    assert!(rig.sim.state().commands_since(0).is_empty());
}

#[test]
fn the_call_page_and_the_hook_follow_ring_answer_and_end() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("hook.txt");
    let script = dir.path().join("hook.sh");
    std::fs::write(
        &script,
        "printf '%s|%s|%s|%s|%s\\n' \"$SKYDIAL_EVENT\" \"$SKYDIAL_NUMBER\" \"$SKYDIAL_NAME\" \"$SKYDIAL_DIRECTION\" \"$1\" >> \"$2\"\n",
    )
    .unwrap();
    let settings = Settings {
        hooks: skydial::hooks::HookSettings {
            url_on_ring: "https://crm.example.com/find?phone={number}&who={name}".into(),
            url_on_answer: String::new(),
            command: vec![
                "/bin/sh".into(),
                script.display().to_string(),
                "an argument; $(not run)".into(),
                record.display().to_string(),
            ],
        },
        ..Settings::default()
    };
    let mut rig = rig_with(true, "", settings, None);
    rig.connected();
    let engine = rig.harness.state().as_ref().unwrap().engine().clone();
    rig.runtime
        .block_on(engine.import_contacts(vec![skydial::contacts::Contact {
            name: "O'Brien & Sons #1".into(),
            number: "2125550142".into(),
        }]))
        .unwrap();
    rig.sim
        .state()
        .inject_incoming(DID, "2125550142", Some(DID))
        .unwrap();
    rig.until("the ringing call", |r| r.has("Answer"));
    rig.click("Answer");
    rig.until("answered", |r| r.has("Connected"));
    rig.click("Hang up");
    let lines = |path: &std::path::Path| {
        std::fs::read_to_string(path)
            .unwrap_or_default()
            .lines()
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    rig.until("three hook runs", |_| lines(&record).len() == 3);
    assert_eq!(
        lines(&record),
        ["ring", "answer", "end"].map(|event| format!(
            "{event}|2125550142|O'Brien & Sons #1|inbound|an argument; $(not run)"
        ))
    );
    let opened = rig._dir.path().join("opened.txt");
    rig.until("the call page", |_| !lines(&opened).is_empty());
    assert_eq!(
        lines(&opened),
        ["https://crm.example.com/find?phone=2125550142&who=O%27Brien%20%26%20Sons%20%231"]
    );
}

#[test]
fn the_hotkey_opens_the_quick_dial_prompt_which_dials_on_enter_and_closes_on_escape() {
    let mut rig = rig(true, "Call Ada back at 646-555-1234, thanks");
    rig.connected();
    // `skydial quick-dial` takes the hotkey's path (the prompt by default).
    let asked = rig.hand_over(Request::QuickDial);
    rig.answer(asked);
    rig.until("the prompt", |r| r.has("Quick dial"));
    assert!(
        rig.has_text("Will dial (646) 555-1234"),
        "the number as it will be dialled"
    );
    rig.harness.key_press(egui::Key::Escape);
    rig.until("the prompt to close", |r| !r.has("Quick dial"));
    std::thread::sleep(Duration::from_millis(300));
    assert!(rig.commands("dial").is_empty(), "Escape dialled");

    let asked = rig.hand_over(Request::QuickDial);
    rig.answer(asked);
    rig.until("the prompt", |r| r.has("Quick dial"));
    rig.until("the field's focus", |r| {
        r.harness
            .query_all_by_label("Number, or text with a number in it:")
            .any(|n| {
                n.accesskit_node().role() == egui::accesskit::Role::TextInput && n.is_focused()
            })
    });
    rig.harness.key_press(egui::Key::Enter);
    rig.until("the dial", |r| !r.commands("dial").is_empty());
    assert_eq!(
        rig.commands("dial"),
        vec![vec!["6465551234".to_string(), String::new()]]
    );
    assert!(!rig.has("Quick dial"), "closed once dialled");
}

#[test]
fn the_prompt_lets_the_user_type_when_the_clipboard_has_no_number() {
    let mut rig = rig(true, "no number here");
    rig.connected();
    let asked = rig.hand_over(Request::QuickDial);
    rig.answer(asked);
    rig.until("the prompt", |r| r.has("Quick dial"));
    assert!(rig.has_text("Cannot dial"), "says why not");
    rig.harness.key_press(egui::Key::Enter);
    std::thread::sleep(Duration::from_millis(200));
    rig.harness.step();
    assert!(
        rig.has("Quick dial"),
        "Enter with nothing to dial keeps the prompt"
    );
    rig.type_into("Number, or text with a number in it:", " 1234");
    assert!(rig.has_text("Will dial"), "typing makes it dialable");
    rig.click_button("Dial");
    rig.until("the dial", |r| !r.commands("dial").is_empty());
    assert_eq!(rig.commands("dial")[0][0], "1234");
}

#[test]
fn set_to_dial_at_once_the_hotkey_dials_without_the_prompt() {
    let settings = Settings {
        hotkey_action: "dial".into(),
        ..Settings::default()
    };
    let mut rig = rig_with(true, "646-555-1234", settings, None);
    rig.connected();
    let asked = rig.hand_over(Request::QuickDial);
    rig.answer(asked);
    rig.until("the dial", |r| !r.commands("dial").is_empty());
    assert_eq!(rig.commands("dial")[0][0], "6465551234");
    assert!(!rig.has("Quick dial"));
}

#[test]
fn a_forced_theme_wins_over_the_system() {
    for (theme, expected) in [("dark", egui::Theme::Dark), ("light", egui::Theme::Light)] {
        let settings = Settings {
            theme: theme.into(),
            ..Settings::default()
        };
        let mut rig = rig_with(false, "", settings, None);
        rig.until("the sign-in screen", |r| r.has("Sign in"));
        assert_eq!(rig.harness.ctx.theme(), expected, "{theme}");
    }
}

#[test]
fn with_no_word_from_the_desktop_the_window_is_light() {
    let mut rig = rig(false, "");
    rig.harness.step();
    assert_eq!(rig.harness.ctx.theme(), egui::Theme::Light);
}

/// What the desktop said before the window opened is drawn in its first
/// frame; a later change follows; the setting still wins.
#[test]
fn the_desktop_light_or_dark_from_the_first_frame_then_as_it_changes() {
    let said = |dark| {
        Some(Appearance {
            dark,
            text_scale: None,
        })
    };
    for (dark, expected) in [
        (Some(true), egui::Theme::Dark),
        (Some(false), egui::Theme::Light),
        (None, egui::Theme::Light),
    ] {
        let (desktop, look) = tokio::sync::watch::channel(said(dark));
        let start_up = StartUp {
            look: Some(FirstLook::new(look)),
            ..StartUp::default()
        };
        let mut rig = rig_started(false, "", Settings::default(), None, start_up);
        rig.harness.step();
        assert_eq!(rig.harness.ctx.theme(), expected, "{dark:?}, first frame");
        desktop
            .send(said(Some(expected == egui::Theme::Light)))
            .unwrap();
        let flipped = match expected {
            egui::Theme::Dark => egui::Theme::Light,
            egui::Theme::Light => egui::Theme::Dark,
        };
        rig.until("the change", |r| r.harness.ctx.theme() == flipped);
    }
    let (_desktop, look) = tokio::sync::watch::channel(said(Some(true)));
    let start_up = StartUp {
        look: Some(FirstLook::new(look)),
        ..StartUp::default()
    };
    let settings = Settings {
        theme: "light".into(),
        ..Settings::default()
    };
    let mut rig = rig_started(false, "", settings, None, start_up);
    rig.harness.step();
    assert_eq!(rig.harness.ctx.theme(), egui::Theme::Light, "forced light");
}

#[test]
fn text_is_large_enough_and_reads_at_4_5_to_1_in_dark_and_light() {
    use skydial::app::screens::theme::{MIN_TEXT_CONTRAST, contrast, text_pairs};
    for theme in ["dark", "light"] {
        let settings = Settings {
            theme: theme.into(),
            ..Settings::default()
        };
        let mut rig = rig_with(false, "", settings, None);
        rig.until("the sign-in screen", |r| r.has("Sign in"));
        let style = rig.harness.ctx.global_style();
        let size = |t: egui::TextStyle| style.text_styles[&t].size;
        assert!(size(egui::TextStyle::Body) >= 14.0, "{theme}");
        assert!(size(egui::TextStyle::Button) >= 14.0, "{theme}");
        assert!(size(egui::TextStyle::Small) >= 12.0, "{theme}");
        // The sign-in screen's lines are drawn at that size (a 14 px line is about 16 px high).
        let line = rig.rect_of("Your ShoreTel Sky number (DID) and the PIN you use for voicemail.");
        assert!(line.height() >= 16.0, "{theme}: {line:?}");
        for (what, fg, bg) in text_pairs(&style.visuals) {
            let ratio = contrast(fg, bg);
            assert!(ratio >= MIN_TEXT_CONTRAST, "{theme}: {what} {ratio:.2}");
        }
    }
}

#[test]
fn set_to_read_the_selection_the_hotkey_offers_the_selected_number() {
    let settings = Settings {
        hotkey_reads: "selection".into(),
        ..Settings::default()
    };
    let mut rig = rig_with(true, "646-555-1234", settings, None);
    rig.connected();
    let asked = rig.hand_over(Request::QuickDial);
    rig.answer(asked);
    rig.until("the prompt", |r| r.has("Quick dial"));
    assert!(
        rig.has_text("Will dial (212) 555-0142"),
        "the selection's number, not the clipboard's"
    );
}

#[test]
fn an_api_error_gives_the_same_exit_status_from_the_command_line_and_the_app() {
    let mut rig = rig_with(false, "", Settings::default(), Some("tel:+16465551234"));
    // Error 8 (the desk phone is not logged in) answers every dial.
    rig.sim.state().set_logged_in(DID, false).unwrap();
    let url = rig.sim.base_url();
    let cli = common::cli::skydial(&url, Some(PIN), &["dial", "+1 646 555 1234"]);
    assert_eq!(common::cli::code(&cli), 4, "{}", common::cli::stderr(&cli));
    // The same dial through the app (a link's question, no app running).
    rig.until("the question", |r| r.has("Dial this number?"));
    rig.click_button("Dial");
    let reply = rig.link_outcome.take().unwrap().blocking_recv().unwrap();
    assert_eq!(reply.status, 4, "{}", reply.message);
    assert!(reply.message.contains("API error 8"), "{}", reply.message);
}

// Names everywhere (issue 18): where the caller is, where the name came
// from, dialling by name, contacts the user can edit.

impl Rig {
    /// Adds contacts (name, number) as a file import would.
    fn import(&self, people: &[(&str, &str)]) {
        let engine = self.harness.state().as_ref().unwrap().engine().clone();
        let contacts = people
            .iter()
            .map(|(name, number)| skydial::contacts::Contact {
                name: (*name).to_string(),
                number: (*number).to_string(),
            })
            .collect();
        self.runtime
            .block_on(engine.import_contacts(contacts))
            .unwrap();
    }

    /// Presses the button with this label through the accessibility tree
    /// (as a screen reader does: it may be scrolled out of view).
    fn press(&mut self, label: &str) {
        use egui::accesskit::Role;
        let button = |r: &Self| {
            r.harness
                .query_all_by_label(label)
                .any(|n| n.accesskit_node().role() == Role::Button)
        };
        self.until(&format!("a {label} button"), button);
        self.harness
            .query_all_by_label(label)
            .find(|n| n.accesskit_node().role() == Role::Button)
            .unwrap()
            .click_accesskit();
        self.harness.step();
    }

    /// The labels of the controls whose label contains `part`, in order.
    fn labels_with(&self, part: &str) -> Vec<String> {
        self.harness
            .query_all_by_label_contains(part)
            .filter(|n| n.accesskit_node().role() == egui::accesskit::Role::Button)
            .filter_map(|n| n.accesskit_node().label())
            .collect()
    }
}

/// `number`'s place and local time as the window words them, now and a
/// minute on (the minute may turn while the test looks).
fn place_now(number: &str) -> [(String, bool); 2] {
    let now = std::time::SystemTime::now();
    [now, now + Duration::from_secs(60)]
        .map(|t| skydial::geo::where_and_when(number, t).expect("a place"))
}

#[test]
fn a_call_shows_where_the_caller_is_the_time_there_and_where_the_name_came_from() {
    let mut rig = rig(true, "");
    rig.connected();
    rig.import(&[("Ada Lovelace", "2125550142")]);
    rig.sim
        .state()
        .inject_incoming(DID, "2125550142", Some(DID))
        .unwrap();
    rig.until("the ringing call", |r| r.has("Ada Lovelace"));
    let places = place_now("2125550142");
    assert!(places[0].0.starts_with("New York, NY, "), "{places:?}");
    rig.until("the place and local time", |r| {
        places
            .iter()
            .any(|(p, _)| r.has_text(&format!("incoming · {p}")))
    });
    // One hover away: the tooltip, which is also the name's description.
    rig.harness.get_by_label("Ada Lovelace").hover();
    rig.until("the name's source on hover", |r| {
        r.harness.query_all_by_label("Ada Lovelace").any(|n| {
            n.accesskit_node().description().as_deref() == Some("Ada Lovelace: from your contacts")
        })
    });

    // The dial preview: the callee's local time, marked at night there.
    rig.click("Dial");
    rig.type_into("Number", "+81 3 1234 5678");
    rig.until("the local time there", |r| r.has_text("Local time there: "));
    let tokyo = place_now("+81 3 1234 5678");
    let marked = rig.has_text("outside 8:00-21:00 there");
    assert!(
        tokyo.iter().any(|(_, night)| *night == marked),
        "marked {marked}, {tokyo:?}"
    );
    assert!(rig.has_text("(Japan"), "the place is named");
}

#[test]
fn typing_a_name_finds_people_and_up_down_enter_dials_the_one_picked() {
    let mut rig = rig(true, "Grace");
    rig.connected();
    rig.import(&[
        ("Ada Lovelace", "6465551234"),
        ("Ada Lovelace", "9175550100"),
        ("Adam Smith", "2125550142"),
        ("Grace Hopper", "7575550123"),
    ]);
    rig.click("Dial");
    rig.type_into("Number", "ada");
    rig.until("three numbers of two people", |r| {
        r.labels_with(", contacts").len() == 3
    });
    let lines = rig.labels_with(", contacts");
    assert!(lines[0].starts_with("Ada Lovelace, "), "{lines:?}");
    assert!(lines[2].starts_with("Adam Smith, "), "{lines:?}");
    assert!(!rig.has_text("Grace Hopper"));
    // Down picks the second line (Ada's other number); Enter dials it.
    let second: String = lines[1]
        .split(", ")
        .nth(2)
        .unwrap()
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    rig.harness.key_press(egui::Key::ArrowDown);
    rig.harness.step();
    rig.harness.key_press(egui::Key::Enter);
    rig.until("the dial", |r| !r.commands("dial").is_empty());
    assert_eq!(rig.commands("dial")[0][0], second);
    rig.sim.state().remote_hangup(DID, None).unwrap();

    // A name nobody has: the reason, and that nobody matches.
    rig.click("Dial");
    rig.type_into("Number", "zed");
    rig.until("nobody", |r| {
        r.has_text("nor does it name anyone in your contacts or directories")
    });

    // The quick-dial prompt with a name on the clipboard: typing searches.
    let asked = rig.hand_over(Request::QuickDial);
    rig.answer(asked);
    rig.until("the prompt", |r| r.has("Quick dial"));
    rig.type_into("Number, or text with a number in it:", " Hop");
    rig.until("Grace found", |r| {
        r.labels_with("Grace Hopper, ").len() == 1
    });
    rig.harness.key_press(egui::Key::Enter);
    rig.until("the second dial", |r| r.commands("dial").len() == 2);
    assert_eq!(rig.commands("dial")[1][0], "7575550123");
    assert!(!rig.has("Quick dial"), "closed once dialled");
}

#[test]
fn the_empty_calls_screen_has_a_number_field_that_dials() {
    let mut rig = rig(true, "");
    rig.connected();
    rig.until("no calls", |r| r.has("No calls right now."));
    let call_enabled = |r: &Rig| {
        r.harness.query_all_by_label("Call").any(|n| {
            n.accesskit_node().role() == egui::accesskit::Role::Button
                && !n.accesskit_node().is_disabled()
        })
    };
    assert!(!call_enabled(&rig), "nothing to call yet");
    // The Dial screen's preview and rules.
    rig.type_into("Number to call", "1");
    rig.until("the hint", |r| r.has_text("Keep typing"));
    rig.type_into("Number to call", "-646-555-1234");
    rig.until("the preview", |r| {
        r.has("Will dial (646) 555-1234 (6465551234)")
    });
    rig.click_button("Call");
    rig.until("the dial", |r| !r.commands("dial").is_empty());
    assert_eq!(
        rig.commands("dial")[0],
        vec!["6465551234".to_string(), String::new()]
    );
    // The call takes the field's place.
    rig.until("the call", |r| r.has("Calling…"));
    assert!(!rig.has("Number to call"));
}

#[test]
fn contacts_are_listed_before_anything_is_typed() {
    let mut rig = rig(true, "");
    rig.connected();
    // 60 people: the screen lists the first 50 by name.
    let names: Vec<String> = (0..60).map(|i| format!("Person {i:02}")).collect();
    let numbers: Vec<String> = (0..60).map(|i| format!("64655510{i:02}")).collect();
    let people: Vec<(&str, &str)> = names
        .iter()
        .zip(&numbers)
        .map(|(n, d)| (n.as_str(), d.as_str()))
        .collect();
    rig.import(&people);
    rig.click("Contacts");
    rig.until("the list", |r| r.has("Person 00"));
    assert!(rig.has("Person 49"));
    assert!(!rig.has("Person 50"), "at most 50 listed");
    // Typing searches; emptying the field lists again.
    rig.type_into("Search contacts", "59");
    rig.until("found", |r| r.has("Person 59") && !r.has("Person 00"));
    for _ in 0..2 {
        rig.harness.key_press(egui::Key::Backspace);
    }
    rig.harness.step();
    rig.until("listed again", |r| {
        r.has("Person 00") && !r.has("Person 59")
    });
}

/// The window without the desktop (as here): *Choose a file…* says that
/// no file chooser can be opened, and that a typed path still works. (The
/// chooser itself: tests/desktop/chooser.py, on the real portal.)
#[test]
fn choose_a_file_without_a_file_chooser_says_so_and_how_to_import_anyway() {
    let mut rig = rig(true, "");
    rig.connected();
    rig.click("Contacts");
    rig.click_button("Choose a file…");
    rig.until("the notice", |r| {
        r.has_text("No file chooser can be opened here")
    });
    assert!(rig.has_text("Type the file's path in Import file and press Import"));
}

#[test]
fn save_a_caller_as_a_contact_then_edit_and_delete_it() {
    let mut rig = rig(true, "");
    rig.connected();
    rig.sim
        .state()
        .inject_incoming(DID, "7575550123", None)
        .unwrap();
    rig.until("ringing", |r| r.has("Ringing") && r.has("Save as contact"));
    rig.sim.state().remote_hangup(DID, None).unwrap();
    rig.open_history();
    rig.until("the missed call", |r| r.has("(757) 555-0123"));
    rig.click("Save as contact");
    rig.until("the form", |r| r.has("New contact"));
    rig.type_into("Name", "Grace Hopper");
    rig.click("Save contact");
    rig.until("saved", |r| r.has_text("Saved Grace Hopper as a contact."));

    // The next call from that number is named.
    rig.sim
        .state()
        .inject_incoming(DID, "7575550123", None)
        .unwrap();
    rig.click("Calls");
    rig.until("the caller named", |r| r.has("Grace Hopper"));
    rig.sim.state().remote_hangup(DID, None).unwrap();

    rig.click("Contacts");
    rig.type_into("Search contacts", "grace");
    rig.until("found", |r| r.has("Grace Hopper") && r.has("Edit"));
    rig.click("Edit");
    rig.until("the edit form", |r| r.has("Edit contact"));
    rig.type_into("Company", "Navy");
    rig.click("Save contact");
    rig.until("edited", |r| r.has("Grace Hopper (Navy)"));

    rig.click("Delete");
    rig.until("the question", |r| {
        r.has("Delete the contact Grace Hopper?")
    });
    rig.click("Delete it");
    rig.until("deleted", |r| {
        r.has_text("Deleted the contact.") && !r.has("Grace Hopper (Navy)")
    });
}

#[test]
fn a_directory_added_in_settings_syncs_names_callers_and_is_removed() {
    let dav = directory_common::radicale::Radicale::start(&[("Team", 3)]);
    let mut rig = rig(true, "");
    rig.connected();
    rig.click("Settings");
    rig.until("the section", |r| r.has("No directories yet."));
    // Below the other settings: scrolled into view first.
    rig.harness
        .query_all_by_label("Add a directory")
        .next()
        .expect("Add a directory")
        .scroll_to_me();
    rig.harness.step();
    rig.harness.step();
    rig.click("Add a directory");
    rig.type_into("Directory name", "Shared");
    rig.type_into("Server URL", &dav.url());
    rig.type_into("User or bind DN", directory_common::radicale::USER);
    rig.type_into("Directory password", directory_common::PASSWORD);
    rig.press("Add directory");
    rig.until("synced", |r| {
        r.has_text("Shared: synced just now (3 people)")
    });
    let path = rig._dir.path().join("settings.json");
    rig.until("the settings saved with it", |_| {
        std::fs::read_to_string(&path).is_ok_and(|s| s.contains("\"Shared\""))
    });
    let settings = std::fs::read_to_string(&path).unwrap();
    assert!(
        settings.contains("\"Shared\"") && !settings.contains(directory_common::PASSWORD),
        "the directory saved, its password not: {settings}"
    );

    // A caller in it is named, its source one hover away.
    rig.sim
        .state()
        .inject_incoming(DID, "4155550001", None)
        .unwrap();
    rig.click("Calls");
    rig.until("the caller named", |r| r.has("Card 00001"));
    rig.harness.get_by_label("Card 00001").hover();
    rig.until("the source", |r| {
        r.harness.query_all_by_label("Card 00001").any(|n| {
            n.accesskit_node().description().as_deref()
                == Some("Card 00001: from the directory Shared")
        })
    });
    rig.sim.state().remote_hangup(DID, None).unwrap();

    rig.click("Settings");
    rig.press("Sync now");
    rig.until("the report", |r| {
        r.has_text("Shared: 0 added, 0 changed, 0 removed")
    });
    rig.press("Remove");
    rig.press("Remove it");
    rig.until("removed", |r| {
        r.has("No directories yet.") && r.has_text("Removed the directory Shared")
    });
    // The settings file is written by the background side, a moment after
    // the screen says so.
    let path = rig._dir.path().join("settings.json");
    rig.until("the settings saved without it", |_| {
        std::fs::read_to_string(&path).is_ok_and(|s| !s.contains("\"Shared\""))
    });
}

impl Rig {
    /// Opens the tab whose label starts so (History counts the missed
    /// calls to do, Calls the calls).
    fn click_tab(&mut self, prefix: &str) {
        use egui::accesskit::Role;
        let is_tab = |r: &Self| {
            r.harness
                .query_all_by_label_contains(prefix)
                .any(|n| n.accesskit_node().role() != Role::Label)
        };
        self.until(&format!("the {prefix} tab"), is_tab);
        self.harness
            .query_all_by_label_contains(prefix)
            .find(|n| n.accesskit_node().role() != Role::Label)
            .unwrap()
            .click();
        self.harness.step();
    }

    fn open_history(&mut self) {
        self.click_tab("History");
    }

    fn click_calls(&mut self) {
        self.click_tab("Calls");
    }

    /// Replaces the text in the field with this label (select all, then type).
    fn replace_in(&mut self, label: &str, text: &str) {
        let field = self
            .harness
            .query_all_by_label(label)
            .find(|n| n.accesskit_node().role() == egui::accesskit::Role::TextInput)
            .unwrap_or_else(|| panic!("no text field labelled {label:?}"));
        field.focus();
        self.harness.step();
        self.harness
            .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        self.harness.step();
        self.type_keys(text);
    }

    /// A call from `number` rings and the caller gives up.
    fn missed_call_from(&mut self, number: &str) {
        let id = self.sim.state().inject_incoming(DID, number, None).unwrap();
        self.until("ringing", |r| r.has("Ringing"));
        self.sim.state().remote_hangup(DID, Some(&id)).unwrap();
        self.until("the call gone", |r| !r.has("Ringing"));
    }
}

#[test]
fn missed_calls_are_a_to_do_list_resolved_by_calling_back_or_done() {
    let mut rig = rig(true, "");
    rig.connected();
    rig.missed_call_from("7575550123");
    rig.missed_call_from("(757) 555-0123");
    rig.missed_call_from("2125550142");
    rig.open_history();
    rig.until("the list", |r| r.has("Missed calls to do (2)"));
    assert!(rig.has("Missed 2 times, last") || rig.has_text("Missed 2 times"));
    // Remind me in 15 minutes: kept, and said when.
    rig.click("Remind me");
    rig.click("In 15 minutes");
    rig.until("the reminder", |r| {
        r.has_text("You will be reminded to call")
    });
    // Done by hand.
    let done = rig.harness.query_all_by_label("Done").count();
    assert_eq!(done, 2, "a Done per entry");
    // The most recent first: 212 555 0142.
    rig.click("Done");
    rig.until("one left", |r| r.has("Missed calls to do (1)"));
    // Calling back resolves it once the call connects.
    rig.click("Call back");
    rig.until("the call back", |r| !r.commands("dial").is_empty());
    assert_eq!(rig.commands("dial")[0][0], "7575550123");
    rig.until("dialling", |r| {
        !r.sim.state().calls(DID).unwrap().is_empty()
    });
    rig.sim.state().remote_answer(DID, None).unwrap();
    rig.until("the list gone", |r| !r.has_text("Missed calls to do"));
}

#[test]
fn a_note_on_a_past_call_is_saved_and_shown() {
    let mut rig = rig(true, "");
    rig.connected();
    rig.missed_call_from("7575550123");
    rig.open_history();
    rig.click("Add note");
    rig.until("the editor", |r| r.has("Save note"));
    rig.type_into("Note", "Asked about invoice 42");
    rig.click("Save note");
    rig.until("the note shown", |r| {
        r.has("Note: Asked about invoice 42") && r.has("Edit note")
    });
}

#[test]
fn export_writes_the_history_to_the_file_chosen() {
    let mut rig = rig(true, "");
    rig.connected();
    rig.missed_call_from("7575550123");
    rig.open_history();
    let file = rig._dir.path().join("calls.json");
    rig.until("the export", |r| r.has("Export…"));
    rig.click("Export as");
    rig.click("JSON");
    rig.replace_in("Export to", &file.display().to_string());
    rig.click("Export…");
    rig.until("exported", |r| r.has_text("Exported 1 call to"));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(json[0]["number"], "7575550123");
    assert_eq!(json[0]["missed"], true);
    // A folder that is not there: said, and nothing lost.
    rig.replace_in("Export to", "/nonexistent/skydial/calls.csv");
    rig.click("Export…");
    rig.until("the error", |r| {
        r.has_text("Could not export the history to")
    });
}

#[test]
fn rules_from_settings_ignore_spam_and_let_a_vip_ring_through_do_not_disturb() {
    let mut rig = rig(true, "");
    rig.connected();
    rig.click("Settings");
    rig.click("Rules for ringing calls");
    rig.type_into("VIPs (ring through do not disturb)", "212 555 0142");
    rig.type_into("Always ignore (spam)", "1900*\n7575550123");
    // A tick applies at once, and the text fields apply as the keyboard leaves them.
    rig.click("Do not disturb (ringing calls are ignored and logged as missed)");
    rig.until("saved", |r| {
        r.saved_settings().is_some_and(|v| {
            v["rules"]["vip"] == serde_json::json!(["212 555 0142"])
                && v["rules"]["ignore_numbers"] == serde_json::json!(["1900*", "7575550123"])
                && v["do_not_disturb"] == true
        })
    });
    // Spam: ignored, with its reason, and not a missed call to do.
    rig.sim
        .state()
        .inject_incoming(DID, "+1 757 555 0123", None)
        .unwrap();
    rig.until("the ignore", |r| r.commands("ignore").len() == 1);
    rig.open_history();
    rig.until("the reason", |r| r.has("ignored: spam list"));
    // A VIP rings through do not disturb.
    let id = rig
        .sim
        .state()
        .inject_incoming(DID, "2125550142", None)
        .unwrap();
    rig.click_calls();
    rig.until("ringing", |r| r.has("Answer"));
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(rig.commands("ignore").len(), 1, "the VIP was not ignored");
    rig.sim.state().remote_hangup(DID, Some(&id)).unwrap();
    rig.open_history();
    rig.until("the VIP's reason", |r| r.has("rang through: VIP"));
    rig.until("one missed call to do", |r| r.has("Missed calls to do (1)"));
    // Anyone else is ignored under do not disturb.
    rig.sim
        .state()
        .inject_incoming(DID, "6465557001", None)
        .unwrap();
    rig.until("the second ignore", |r| r.commands("ignore").len() == 2);
    rig.until("its reason", |r| r.has("ignored: do not disturb"));
}

#[test]
fn do_not_disturb_for_an_hour_from_the_tray_is_saved_and_ignores_a_call_with_its_reason() {
    use skydial::app::messages::DndSpan;
    let mut rig = rig(true, "");
    rig.connected();
    let asked = chrono::Local::now();
    let app = rig.harness.state().as_ref().unwrap();
    assert!(app.sender().send(DeskRequest::DndFor(DndSpan::AnHour)));
    rig.until("saved", |r| {
        r.saved_settings()
            .is_some_and(|v| v["rules"]["dnd_until"] != "")
    });
    let saved = rig.saved_settings().unwrap();
    let until = chrono::DateTime::parse_from_rfc3339(saved["rules"]["dnd_until"].as_str().unwrap())
        .unwrap();
    let ahead = until.signed_duration_since(asked);
    assert!(
        ahead >= chrono::Duration::minutes(59) && ahead <= chrono::Duration::minutes(61),
        "{until} is not an hour after {asked}"
    );
    assert_eq!(saved["do_not_disturb"], false, "it ends by itself");
    let when = until
        .with_timezone(&chrono::Local)
        .format("%H:%M")
        .to_string();
    // The time alone today, with its date when the hour ends tomorrow (after 23:00).
    let dated = until
        .with_timezone(&chrono::Local)
        .format("%Y-%m-%d %H:%M")
        .to_string();
    rig.until("said", |r| {
        r.has_text(&format!("Do not disturb until {when}"))
            || r.has_text(&format!("Do not disturb until {dated}"))
    });
    // The header's Do not disturb is ticked while the time is ahead.
    rig.until("the header ticked", |r| r.dnd_ticked());
    // A call ringing meanwhile is ignored, and history says why.
    rig.sim
        .state()
        .inject_incoming(DID, "6465557001", None)
        .unwrap();
    rig.until("the ignore", |r| r.commands("ignore").len() == 1);
    rig.open_history();
    rig.until("its reason", |r| {
        r.has(&format!("ignored: do not disturb (until {when})"))
            || r.has(&format!("ignored: do not disturb (until {dated})"))
    });
}

#[test]
fn remind_me_at_a_chosen_time_is_checked_as_typed_and_set() {
    let mut rig = rig(true, "");
    rig.connected();
    rig.missed_call_from("7575550123");
    rig.open_history();
    rig.until("the list", |r| r.has("Missed calls to do (1)"));
    rig.click("Remind me");
    rig.until("the field", |r| r.has("At…"));
    // Not a time: the reason, and no Set.
    rig.type_into("At…", "tomorrow");
    rig.until("the format", |r| r.has_text("YYYY-MM-DD HH:MM"));
    rig.click("Set");
    // In the past: the reason.
    rig.replace_in("At…", "2020-01-31 09:00");
    rig.until("the past", |r| r.has_text("that time has passed"));
    rig.click("Set");
    std::thread::sleep(Duration::from_millis(200));
    rig.harness.step();
    assert!(
        !rig.has_text("You will be reminded"),
        "Set does nothing while the time cannot be used"
    );
    // Two days ahead at 14:30: set, as the other choices are.
    let day = chrono::Local::now().date_naive() + chrono::Days::new(2);
    rig.replace_in("At…", &format!("{} 14:30", day.format("%Y-%m-%d")));
    rig.until("no reason", |r| !r.has_text("that time has passed"));
    rig.click("Set");
    // The time as the user's language writes it (English here).
    let today = chrono::Local::now().date_naive();
    let at = day.and_hms_opt(14, 30, 0).unwrap();
    let said = format!(
        "You will be reminded to call (757) 555-0123 back: {}.",
        skydial::i18n::time::when(at, today)
    );
    rig.until("the reminder", |r| r.has_text(&said));
}

#[test]
fn a_reminder_comes_due_and_says_who_to_call_back() {
    use skydial::app::messages::RemindRequest;
    use skydial::work::reminders::RemindAt;
    let mut rig = rig(true, "");
    rig.connected();
    let when = chrono::Utc::now() + chrono::Duration::milliseconds(1500);
    let app = rig.harness.state().as_ref().unwrap();
    assert!(
        app.sender()
            .send(DeskRequest::Remind(Box::new(RemindRequest {
                number: "7575550123".into(),
                name: Some("Ada Lovelace".into()),
                entry: None,
                call_id: None,
                when: RemindAt::At(when),
            })))
    );
    rig.until("the reminder set", |r| {
        r.has_text("You will be reminded to call Ada Lovelace")
    });
    rig.until("the reminder due", |r| {
        r.has_text("Reminder: Call Ada Lovelace ((757) 555-0123) back")
    });
}

#[test]
fn a_note_written_during_a_call_is_in_its_history_row() {
    let mut rig = rig(true, "");
    rig.connected();
    let id = rig
        .sim
        .state()
        .inject_incoming(DID, "7575550123", None)
        .unwrap();
    rig.click("Answer");
    rig.until("connected", |r| r.has("Hold"));
    rig.click("Note");
    rig.until("the editor", |r| r.has("Save note"));
    rig.type_into("Note", "Wants a quote by Friday");
    rig.click("Save note");
    rig.until("saved", |r| r.has_text("Note saved."));
    rig.sim.state().remote_hangup(DID, Some(&id)).unwrap();
    rig.open_history();
    rig.until("the note in history", |r| {
        r.has("Note: Wants a quote by Friday")
    });
}
