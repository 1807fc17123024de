//! The pseudo-locale walk (issue 23): every screen of the window drawn in
//! `qps`, where each message is bracketed and accented (`[Ðîîåļ]`), and
//! every text it shows read back from what egui paints. A text with plain
//! English words did not go through the translation layer; a text wider
//! than the space it is drawn in, or cut short with "…", is cut off by the
//! longer words. The window is at its default size (640 × 480).
//!
//! The walk finds its way by the English labels, in English or in `qps`
//! (the pseudo-locale is undone to compare), so it walks screens that are
//! converted and screens that are not yet; it reports every finding, per
//! screen, before it fails.

use super::*;
use egui::epaint::{ClippedShape, Shape};
use std::collections::BTreeMap;

/// The window's default size (`app::viewport`).
const DEFAULT_SIZE: egui::Vec2 = egui::vec2(640.0, 480.0);

/// Words that are never translated: product names, the simulator's and
/// this walk's data (names, places the numbers are in, time zones), the
/// languages' own names in the Language choice, and what the user typed.
const NEVER_TRANSLATED: &[&str] = &[
    "skydial",
    "ShoreTel",
    "Sky",
    "Ada",
    "Lovelace",
    "AL", // her initials, on her avatar
    "Grace",
    "Hopper",
    "Navy",
    "New",
    "York",
    "NY",
    "London",
    "UK",
    "VA",
    "Norfolk",
    "Virginia",
    "Beach",
    "United", // "United Kingdom (London)": a time zone's place
    "Kingdom",
    "EST",
    "EDT",
    "GMT",
    "BST",
    "English",
    "Deutsch",
    "Español",
    "Français",
    "FLOWERS",
    "ctrl",
    "alt",
    "tel",
    "callto",
    "sip",
    "https",
    "http",
    "qps",
    "CSV", // a file format's name
];

/// What the walk's user copied and typed: their data, shown as it is.
const CLIPBOARD: &str = "Call Ada back at 646-555-1234, thanks";
const TYPED: &[&str] = &[CLIPBOARD, "1-800-FLOWERS", "+44 20 7946 0958"];

/// `qps` text undone, to compare with English: accents off, brackets and
/// doubled letters gone (English's own double letters go too).
fn undone(text: &str) -> String {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "åƀçđéƒĝĥîĵķļмñöþǫŕšţûѵŵхýžÅƁÇĐÉƑĜĤÎĴĶĻМÑÖÞǪŔŠŢÛѴŴХÝŽ";
    let mut out = String::new();
    for c in text.chars() {
        let c = TO
            .chars()
            .position(|t| t == c)
            .and_then(|i| FROM.chars().nth(i))
            .unwrap_or(c);
        if c == '[' || c == ']' || (c.is_ascii_alphabetic() && out.ends_with(c)) {
            continue;
        }
        out.push(c);
    }
    out
}

/// Whether a label reads `english`, in English or in `qps`.
fn reads(label: &str, english: &str) -> bool {
    undone(label) == undone(english)
}

/// A text as painted: where, the clip it is painted in, and whether egui
/// cut it short ("…").
struct Painted {
    text: String,
    rect: egui::Rect,
    clip: egui::Rect,
    elided: bool,
}

fn painted(shapes: &[ClippedShape]) -> Vec<Painted> {
    fn walk(shape: &Shape, clip: egui::Rect, out: &mut Vec<Painted>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, clip, out)),
            Shape::Text(text) if !text.galley.text().trim().is_empty() => out.push(Painted {
                text: text.galley.text().to_string(),
                rect: text.galley.rect.translate(text.pos.to_vec2()),
                clip,
                elided: text.galley.elided,
            }),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in shapes {
        walk(&clipped.shape, clipped.clip_rect, &mut out);
    }
    out
}

/// The plain-English words in `text`: runs of ASCII letters (two or more)
/// that are not data or names. Paths and addresses (an example in a
/// field's hint, a file name) and `{placeholders}` are never translated.
fn english_words(text: &str) -> Vec<String> {
    if text.starts_with('/') || text.contains("://") {
        return Vec::new();
    }
    let mut plain = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    plain
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2)
        .filter(|w| !NEVER_TRANSLATED.contains(w))
        .map(str::to_string)
        .collect()
}

/// What the walk found wrong, per screen.
#[derive(Default)]
struct Findings {
    /// Each text once, under the first screen that showed it.
    english: BTreeMap<String, Vec<String>>,
    reported: std::collections::HashSet<String>,
    /// Texts checked for cuts, so each is said once.
    cut_seen: std::collections::HashSet<String>,
    cut: BTreeMap<String, Vec<String>>,
    screens: usize,
    texts: usize,
}

impl Findings {
    /// Reads what the window shows now as `screen`: every painted text
    /// and every accessible name, label, value and description.
    fn look(&mut self, rig: &Rig, screen: &str) {
        self.screens += 1;
        let window = egui::Rect::from_min_size(egui::Pos2::ZERO, DEFAULT_SIZE);
        let mut texts: Vec<String> = Vec::new();
        for shown in painted(&rig.harness.output().shapes) {
            texts.push(shown.text.clone());
            let visible = shown.clip.intersect(window);
            if !visible.intersects(shown.rect) || !shown.text.chars().any(char::is_alphanumeric) {
                continue; // scrolled out of view, or a symbol
            }
            let one_line = shown.text.replace('\n', " ");
            // One whole message cut short (a line glued from data and
            // several messages, like a call's details, is cut by design and
            // shown whole on hover and to screen readers).
            let inner = shown.text.trim_start_matches('[').trim_end_matches(']');
            let one_message = shown.text.starts_with('[') && !inner.contains(']');
            if !self.cut_seen.insert(shown.text.clone()) {
                continue; // said on an earlier screen
            }
            if shown.elided && one_message {
                self.cut
                    .entry(screen.into())
                    .or_default()
                    .push(format!("cut short with …: {one_line:?}"));
            } else if shown.rect.left() < visible.left() - 1.0
                || shown.rect.right() > visible.right() + 1.0
            {
                self.cut.entry(screen.into()).or_default().push(format!(
                    "{one_line:?} is {:.0} px wide at x {:.0}..{:.0}, its space x {:.0}..{:.0}",
                    shown.rect.width(),
                    shown.rect.left(),
                    shown.rect.right(),
                    visible.left(),
                    visible.right()
                ));
            }
        }
        for node in rig.harness.root().children_recursive() {
            let node = node.accesskit_node();
            texts.extend(node.label());
            texts.extend(node.value());
            texts.extend(node.description());
            // A button pushed out of the window, left or right.
            if node.role() == egui::accesskit::Role::Button
                && let Some(b) = node.bounding_box()
                && (b.x0 < -1.0 || b.x1 > f64::from(window.right()) + 1.0)
            {
                self.cut.entry(screen.into()).or_default().push(format!(
                    "the button {:?} is at x {:.0}..{:.0}, outside the window",
                    node.label().unwrap_or_default(),
                    b.x0,
                    b.x1
                ));
            }
        }
        self.texts += texts.len();
        for text in texts {
            if TYPED.contains(&text.as_str()) || text.starts_with("http://127.0.0.1:") {
                continue;
            }
            let words = english_words(&text);
            if !words.is_empty() && self.reported.insert(text.clone()) {
                let line = format!("{:?} ({})", text.replace('\n', " "), words.join(" "));
                self.english.entry(screen.into()).or_default().push(line);
            }
        }
    }

    /// A screen the walk could not reach: a finding too.
    fn unreached(&mut self, screen: &str, why: &str) {
        self.english
            .entry(screen.into())
            .or_default()
            .push(format!("not reached: no control reads {why:?}"));
    }

    fn report(&self) -> String {
        let mut out = String::new();
        for (title, found) in [
            (
                "plain English (not through the translation layer)",
                &self.english,
            ),
            ("cut off at 640 × 480 in qps", &self.cut),
        ] {
            if found.is_empty() {
                continue;
            }
            out.push_str(&format!("\n== {title}:\n"));
            for (screen, lines) in found {
                out.push_str(&format!("-- {screen} ({}):\n", lines.len()));
                for line in lines {
                    out.push_str(&format!("   {line}\n"));
                }
            }
        }
        out
    }
}

impl Rig {
    /// Clicks the control that reads `english` (in English or in `qps`),
    /// a button rather than a label, waiting up to 5 s for it; false if
    /// there is none.
    fn click_reading(&mut self, english: &str) -> bool {
        use egui::accesskit::Role;
        let wanted = |n: &egui_kittest::Node<'_>| {
            let node = n.accesskit_node();
            !matches!(node.role(), Role::Label) && node.label().is_some_and(|l| reads(&l, english))
        };
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            if let Some(node) = self.harness.root().children_recursive().find(wanted) {
                node.click();
                break;
            }
            if Instant::now() > deadline {
                return false;
            }
            self.harness.step();
            std::thread::sleep(Duration::from_millis(10));
        }
        self.harness.step();
        true
    }

    /// Types into whatever has the keyboard focus.
    fn type_text(&mut self, text: &str) {
        self.harness.event(egui::Event::Text(text.into()));
        self.harness.step();
    }

    /// Whether a text that reads `english` is shown.
    fn shows(&self, english: &str) -> bool {
        self.harness.root().children_recursive().any(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| reads(&l, english))
        })
    }

    fn calls_now(&self) -> Vec<skydial::engine::LiveCall> {
        let engine = self.harness.state().as_ref().unwrap().engine().clone();
        engine.snapshot().borrow().calls.clone()
    }

    fn call_action(&mut self, action: CallAction, id: &skydial::protocol::CallId) {
        let sender = self.harness.state().as_ref().unwrap().sender().clone();
        sender.send(DeskRequest::Call {
            action,
            call: Some(id.clone()),
        });
    }
}

use skydial::app::messages::CallAction;

/// Every screen of the window in the pseudo-locale: no plain English, and
/// nothing cut off at the default size. Reports all it finds, per screen.
#[test]
#[expect(clippy::too_many_lines, reason = "one walk, screen by screen")]
fn every_screen_in_the_pseudo_locale_is_translated_and_whole_at_the_default_size() {
    let qps = || Settings {
        language: "qps".into(),
        ..Settings::default()
    };
    let mut seen = Findings::default();

    // Signed out: the sign-in screen.
    alone();
    {
        let mut rig = rig_with(false, "", qps(), None);
        // As `app::run` does with the settings' language (`alone` made
        // this test the only one running; English again as the rig goes).
        skydial::i18n::choose("qps");
        rig.harness.set_size(DEFAULT_SIZE);
        rig.until("the sign-in screen", |r| r.shows("Sign in"));
        rig.settle();
        seen.look(&rig, "sign-in");
    }

    alone();
    let mut rig = rig_with(true, CLIPBOARD, qps(), None);
    skydial::i18n::choose("qps");
    rig.harness.set_size(DEFAULT_SIZE);
    let engine = rig.harness.state().as_ref().unwrap().engine().clone();
    rig.until("connected", |_| {
        engine.snapshot().borrow().status == ConnectionStatus::Connected
    });
    rig.settle();
    seen.look(&rig, "Calls, no calls");

    // A ringing call, then one connected and one held beside it.
    rig.runtime
        .block_on(engine.import_contacts(vec![skydial::contacts::Contact {
            name: "Ada Lovelace".into(),
            number: "2125550142".into(),
        }]))
        .unwrap();
    let state = rig.sim.state().clone();
    state.inject_incoming(DID, "2125550142", Some(DID)).unwrap();
    rig.until("ringing", |r| r.calls_now().len() == 1);
    rig.settle();
    seen.look(&rig, "Calls, a call ringing");
    let held = state.inject_incoming(DID, "7575550123", None).unwrap();
    rig.until("two ringing", |r| r.calls_now().len() == 2);
    rig.call_action(CallAction::Answer, &held);
    rig.until("answered", |r| {
        r.calls_now()
            .iter()
            .any(|c| c.call.id == held && c.call.state == CallState::Connected)
    });
    rig.call_action(CallAction::Hold, &held);
    rig.until("held", |r| {
        r.calls_now()
            .iter()
            .any(|c| c.call.id == held && c.call.state == CallState::Holding)
    });
    let connected = state
        .inject_incoming(DID, "442079460958", Some(DID))
        .unwrap();
    rig.until("three calls", |r| r.calls_now().len() == 3);
    rig.call_action(CallAction::Answer, &connected);
    rig.until("connected", |r| {
        r.calls_now()
            .iter()
            .any(|c| c.call.id == connected && c.call.state == CallState::Connected)
    });
    rig.settle();
    seen.look(&rig, "Calls, ringing, connected and held");
    for _ in 0..3 {
        let _ = state.remote_hangup(DID, None);
    }
    rig.until("no calls", |r| r.calls_now().is_empty());
    rig.settle();
    seen.look(&rig, "Calls, after a missed call");

    // Dial: a number, then one in letters.
    let visit = |rig: &mut Rig, seen: &mut Findings, tab: &str, screen: &str| {
        if rig.click_reading(tab) {
            rig.settle();
            seen.look(rig, screen);
            true
        } else {
            seen.unreached(screen, tab);
            false
        }
    };
    if visit(&mut rig, &mut seen, "Dial", "Dial, empty") {
        rig.type_text("+44 20 7946 0958");
        rig.settle();
        seen.look(&rig, "Dial, with a number");
        for _ in 0.."+44 20 7946 0958".len() {
            rig.harness.key_press(egui::Key::Backspace);
        }
        rig.type_text("1-800-FLOWERS");
        rig.settle();
        seen.look(&rig, "Dial, with letters");
    }
    visit(&mut rig, &mut seen, "History", "History");
    if visit(&mut rig, &mut seen, "Contacts", "Contacts") {
        if visit(&mut rig, &mut seen, "Edit", "Contacts, editing one") {
            rig.click_reading("Cancel");
            rig.settle();
        }
        if visit(
            &mut rig,
            &mut seen,
            "Delete",
            "Contacts, the question before deleting",
        ) {
            rig.harness.key_press(egui::Key::Escape);
            rig.settle();
        }
    }
    visit(&mut rig, &mut seen, "Settings", "Settings");

    // The link question, over the window.
    let asked = rig.hand_over(Request::Link("tel:+1-900-555-0100".into()));
    // Waited for by time: its words may be English or qps.
    rig.settle();
    rig.settle();
    seen.look(&rig, "the link question");
    rig.harness.key_press(egui::Key::Escape);
    rig.answer(asked);

    // The hotkey's quick-dial prompt.
    let asked = rig.hand_over(Request::QuickDial);
    rig.answer(asked);
    rig.settle();
    rig.settle();
    seen.look(&rig, "quick dial");
    rig.harness.key_press(egui::Key::Escape);
    rig.settle();

    let report = seen.report();
    eprintln!(
        "the pseudo-locale walk: {} screens, {} texts read",
        seen.screens, seen.texts
    );
    assert!(
        seen.screens >= 13 && seen.texts > 200,
        "the walk saw too little"
    );
    assert!(report.is_empty(), "{report}");
}

#[test]
fn the_walk_reads_qps_as_its_english_and_finds_plain_english() {
    let pseudo = skydial::i18n::scoped(skydial::i18n::Locale::PSEUDO, || {
        skydial::t!("tray-show-window")
    });
    assert!(reads(&pseudo, "Show window"), "{pseudo}");
    assert!(reads("Show window", "Show window"));
    assert!(!reads(&pseudo, "Show windows"));
    assert!(english_words(&pseudo).is_empty(), "{pseudo}");
    assert_eq!(
        english_words("[Ŕîîñĝ] Ada Lovelace is calling"),
        ["is", "calling"]
    );
    assert!(english_words("[Îñ å þåĝé, {number} ånđ {call_id}]").is_empty());
    assert!(english_words("/usr/local/bin/log-call --verbose").is_empty());
}
