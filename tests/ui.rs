//! The window driven by its accessible labels (egui_kittest), against an
//! engine connected to the simulator over a real socket.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

mod common;

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

    rig.click("Calls (1)");
    rig.until("the outgoing call", |r| r.has("Calling…"));
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
        r.has("Ringing") && r.has("Answer") && r.has("Ignore")
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
    rig.until("the missed tab", |r| r.has("History (1 missed)"));
    rig.click("History (1 missed)");
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
    rig.click("Save settings");
    rig.until("the indicator", |r| r.has("Do not disturb"));
    rig.sim
        .state()
        .inject_incoming(DID, "2125550142", None)
        .unwrap();
    rig.until("the ignore", |r| !r.commands("ignore").is_empty());
    rig.until("missed", |r| r.has("History (1 missed)"));
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
    // The tray's toggle and the Settings screen's save, in the same moment.
    rig.toggle_dnd_from_the_tray();
    rig.click("Save settings");
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
    assert!(rig.has("Do not disturb"), "the indicator");
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
    rig.until("the indicator", |r| r.has("Do not disturb"));
    assert_eq!(rig.endpoint_field(), "0010492e1234", "the draft was lost");
    // The draft shows the tray's change, and saving it keeps both.
    rig.click("Save settings");
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
    rig.click("Save settings");
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
    rig.click("Save settings");
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
    rig.until("the ringing call", |r| r.has("Answer") && r.has("Ignore"));
    let width = 900.0;
    for label in ["Answer", "Ignore"] {
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

    /// Clicks the push button (not the tab) with this label.
    fn click_button(&mut self, label: &str) {
        use egui::accesskit::Role;
        self.until(&format!("a {label} button"), |r| {
            r.harness.query_all_by_label(label).any(|n| {
                n.accesskit_node().role() == Role::Button && n.accesskit_node().toggled().is_none()
            })
        });
        self.harness
            .query_all_by_label(label)
            .find(|n| {
                n.accesskit_node().role() == Role::Button && n.accesskit_node().toggled().is_none()
            })
            .unwrap()
            .click();
        self.harness.step();
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
        self.click_tab("Calls (");
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
    rig.click("Do not disturb (ringing calls are ignored and logged as missed)");
    // Folded again, so that Save is in view.
    rig.click("Rules for ringing calls");
    rig.click("Save settings");
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
