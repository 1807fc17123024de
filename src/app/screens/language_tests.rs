//! The screens drawn in the pseudo-locale and in German: every text a
//! person (or a screen reader) reads on them came through the translation
//! layer. In the pseudo-locale each message is `[bracketed]` and accented,
//! so a text with plain ASCII letters and no bracket did not go through
//! `t!`, unless it is data (a name, a number) the test put there.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

use super::calls::{calls_ui, no_calls_ui};
use super::confirm::{Pending, question_ui};
use super::dial::Dial;
use super::history::HistoryScreen;
use super::quick_dial::QuickDial;
use super::sign_in::SignIn;
use super::status::status_ui;
use crate::app::messages::{Asker, Notice};
use crate::engine::{ConnectionStatus, LiveCall, Snapshot};
use crate::history::HistoryEntry;
use crate::i18n::{Locale, scoped};
use crate::protocol::{Call, CallId, CallState};
use crate::settings::{Favourite, Settings};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use std::time::SystemTime;

/// Data the screens show as it is: the favourite's and the caller's names,
/// the default server, what was typed in the quick-dial prompt.
const DATA: [&str; 4] = [
    "Ada Lovelace",
    "Grace Hopper",
    "https://hostedconnect.m5net.com",
    "12ab",
];

fn call(state: CallState, originated: bool) -> LiveCall {
    LiveCall {
        call: Call {
            id: CallId::new(format!("{state:?}")),
            state,
            ani: "2125550142".into(),
            clid: Some("6465551000".into()),
            did: "6465551000".into(),
            duration: 65,
            endpoint: String::new(),
            originated,
        },
        name: Some("Grace Hopper".into()),
        source: Some(crate::history::people::Source::Contacts),
        ever_connected: true,
        rang_for: Some(5),
        updated_at: tokio::time::Instant::now(),
        seq: Default::default(),
    }
}

fn missed() -> HistoryEntry {
    let now = chrono::Local::now().timestamp_millis();
    HistoryEntry {
        row: 1,
        call_id: "1".into(),
        number: "2125550142".into(),
        name: None,
        clid: None,
        direction: "in".into(),
        started_at: now,
        answered_at: None,
        ended_at: Some(now + 1000),
        state: "DELETED".into(),
        missed: true,
        seen: false,
        resolved: false,
        note: None,
        reason: None,
    }
}

/// Every screen of this part, in one pass: sign-in, Dial (a number with
/// its preview, a favourite), Calls (none, then calls in each state),
/// History, the status area, the link question, the quick-dial prompt.
fn screens(ui: &mut egui::Ui) {
    let snap = Snapshot {
        status: ConnectionStatus::Connected,
        user: Some("6465551000".into()),
        ..Snapshot::default()
    };
    let settings = Settings::default();
    // Each screen under its own id, as each is drawn alone in the window.
    ui.push_id("sign-in", |ui| {
        SignIn::new(&settings).ui(ui, &snap);
    });
    ui.push_id("dial", |ui| {
        let mut dial = Dial::default();
        let favourites = [Favourite {
            name: "Ada Lovelace".into(),
            number: "6465551234".into(),
        }];
        dial.ui(ui, &favourites, SystemTime::now());
        no_calls_ui(ui);
        dial.compact_ui(ui);
    });
    ui.push_id("calls", |ui| {
        let calls = [
            call(CallState::Ringing, false),
            call(CallState::Pending, true),
            call(CallState::Connected, false),
            call(CallState::Holding, false),
        ];
        calls_ui(ui, &calls, SystemTime::now());
    });
    ui.push_id("history", |ui| {
        HistoryScreen::default().ui(ui, &[missed()]);
    });
    ui.push_id("status", |ui| {
        let notice = Notice {
            text: crate::t!("notice-signed-out"),
            error: false,
        };
        status_ui(ui, &snap, &[notice]);
        let link = crate::protocol::link::parse("tel:+1-900-555-0100;ext=22").unwrap();
        question_ui(ui, &mut Pending::new(1, link, Asker::Link));
    });
    let mut quick = QuickDial::new(Some("12ab".into()), false, false);
    quick.modal_ui(ui.ctx());
}

/// The texts of every node: names, values, descriptions.
fn texts(harness: &Harness<'_>) -> Vec<String> {
    let mut out = Vec::new();
    for node in harness.root().children_recursive() {
        let n = node.accesskit_node();
        out.extend(n.label());
        out.extend(n.value());
        out.extend(n.description());
    }
    out
}

/// Whether `text` did not come through `t!`: plain ASCII letters, no
/// bracket, and not data.
fn untranslated(text: &str) -> bool {
    let mut rest = text.to_string();
    for data in DATA {
        rest = rest.replace(data, "");
    }
    !rest.contains('[') && rest.chars().any(|c| c.is_ascii_alphabetic())
}

#[test]
fn every_text_on_the_screens_comes_through_the_translation_layer() {
    scoped(Locale::PSEUDO, || {
        // egui's own fonts lack a few of the pseudo-locale's letters (ɱ).
        let mut harness = Harness::builder()
            .with_size(egui::vec2(800.0, 4000.0))
            .allow_missing_glyphs()
            .build_ui(screens);
        harness.run_steps(2);
        let texts = texts(&harness);
        assert!(texts.len() > 60, "the screens were drawn: {texts:?}");
        let plain: Vec<&String> = texts.iter().filter(|t| untranslated(t)).collect();
        assert!(plain.is_empty(), "not through t!: {plain:#?}");
    });
}

#[test]
fn the_test_finds_english_left_in() {
    // The check itself can fail: English text and no bracket.
    assert!(untranslated("Dial clipboard"));
    assert!(untranslated("Ada Lovelace is calling"));
    assert!(!untranslated("[Ðîåļ çļîþƀöåŕđ]"));
    assert!(!untranslated("Ada Lovelace"));
    assert!(!untranslated("(212) 555-0142"));
}

#[test]
fn a_screen_reader_reads_the_screens_in_german() {
    let german = Locale::parse("de").unwrap();
    scoped(german, || {
        let mut harness = Harness::builder()
            .with_size(egui::vec2(800.0, 4000.0))
            .build_ui(screens);
        harness.run_steps(2);
        for label in [
            "Bei ShoreTel Sky anmelden",
            "Nummer",
            "Zwischenablage wählen",
            "Favoriten",
            "Annehmen",
            "Ablehnen",
            "Auflegen",
            "Fortsetzen",
            "Gerade keine Anrufe.",
            "Verpasst (neu)",
            "Zurückrufen",
            "Diese Nummer wählen?",
            "Abbrechen",
            "Schnellwahl",
        ] {
            assert!(
                harness.query_all_by_label(label).next().is_some(),
                "{label} is not read: {:?}",
                texts(&harness)
            );
        }
    });
}
