//! skydial in the user's language, end to end: the real binary chooses its
//! language from SKYDIAL_LANG, the Language setting, and LANGUAGE /
//! LC_ALL / LC_MESSAGES / LANG, and says its errors in it with the exit
//! status unchanged. And what a parsed language costs in heap (printed).
//!
//! About 2 s. The tests take turns (one lock): the heap figure counts the
//! whole process.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

use stats_alloc::{INSTRUMENTED_SYSTEM, StatsAlloc};
use std::alloc::System;
use std::process::{Command, Output};
use std::sync::Mutex;

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

static TURNS: Mutex<()> = Mutex::new(());

const BIN: &str = env!("CARGO_BIN_EXE_skydial");

/// `skydial calls` against a port where nothing listens (exit status 5, a
/// connection error), with only the given language variables set.
fn unreachable(vars: &[(&str, &str)], setting: Option<&str>) -> (i32, String) {
    skydial(vars, setting, &["calls"])
}

/// `skydial dial 12`: a number no one can dial (exit status 2, a usage
/// error), said before any connection is tried.
fn undialable(vars: &[(&str, &str)], setting: Option<&str>) -> (i32, String) {
    skydial(vars, setting, &["dial", "12"])
}

/// The binary with `args` against a port where nothing listens, with only
/// the given language variables set and the given *Language* setting saved.
fn skydial(vars: &[(&str, &str)], setting: Option<&str>, args: &[&str]) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    std::fs::create_dir_all(&config).unwrap();
    if let Some(language) = setting {
        std::fs::write(
            config.join("settings.json"),
            format!(r#"{{"language": "{language}"}}"#),
        )
        .unwrap();
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut cmd = Command::new(BIN);
    for var in ["SKYDIAL_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        cmd.env_remove(var);
    }
    let out: Output = cmd
        .envs(vars.iter().copied())
        .env("SKYDIAL_PIN", "12345")
        .env("SKYDIAL_CONFIG_DIR", &config)
        .env("SKYDIAL_DATA_DIR", dir.path().join("data"))
        .args(["--server", &format!("http://127.0.0.1:{port}")])
        .args(["--user", "6465551000"])
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_binary_speaks_the_chosen_language_and_keeps_its_exit_status() {
    let _turn = TURNS.lock().unwrap_or_else(|p| p.into_inner());
    type Case<'a> = (&'a [(&'a str, &'a str)], Option<&'a str>, &'a str);
    let cases: &[Case] = &[
        (&[], None, "could not connect to"),
        (&[("LANG", "C")], None, "could not connect to"),
        (
            &[("LANG", "C"), ("LANGUAGE", "de")],
            None,
            "could not connect to",
        ),
        (&[("LANG", "de_DE.UTF-8")], None, "keine Verbindung zu"),
        (&[("LANG", "pt_BR.UTF-8")], None, "could not connect to"),
        (
            &[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "fr_CA.UTF-8")],
            None,
            "impossible de se connecter à",
        ),
        (
            &[("LANG", "de_AT.UTF-8"), ("LANGUAGE", "es:de")],
            None,
            "no se pudo conectar con",
        ),
        (
            &[("SKYDIAL_LANG", "fr")],
            None,
            "impossible de se connecter à",
        ),
        // The setting overrides the system; SKYDIAL_LANG overrides both.
        (
            &[("LANG", "de_DE.UTF-8")],
            Some("es"),
            "no se pudo conectar con",
        ),
        (
            &[("LANG", "de_DE.UTF-8")],
            Some("system"),
            "keine Verbindung zu",
        ),
        (
            &[("LANG", "de_DE.UTF-8"), ("SKYDIAL_LANG", "en")],
            Some("es"),
            "could not connect to",
        ),
    ];
    for (vars, setting, expected) in cases {
        let (code, said) = unreachable(vars, *setting);
        assert_eq!(code, 5, "{vars:?} {setting:?}: {said}");
        assert!(said.contains(expected), "{vars:?} {setting:?}: {said}");
    }
}

/// The error for an undialable number in each language, chosen by the
/// *Language* setting (`de`) or SKYDIAL_LANG (which wins over it), with
/// its plural and exit status 2 in every one.
#[test]
fn an_undialable_number_is_refused_in_each_language_with_the_same_status() {
    let _turn = TURNS.lock().unwrap_or_else(|p| p.into_inner());
    type Case<'a> = (&'a [(&'a str, &'a str)], Option<&'a str>, &'a str);
    let cases: &[Case] = &[
        (
            &[("SKYDIAL_LANG", "en")],
            None,
            "skydial: cannot dial \u{201c}12\u{201d}: 2 digits is too short: use a 4-digit extension or a full 10-digit number\n",
        ),
        (
            &[],
            Some("de"),
            "skydial: \u{201e}12\u{201c} kann nicht gewählt werden: 2 Ziffern sind zu kurz: wählen Sie eine 4-stellige Durchwahl oder eine vollständige 10-stellige Nummer\n",
        ),
        (
            &[("LANG", "C")],
            Some("de-AT"),
            "skydial: \u{201e}12\u{201c} kann nicht gewählt werden: 2 Ziffern sind zu kurz",
        ),
        (
            &[("SKYDIAL_LANG", "fr")],
            Some("de"),
            "skydial: impossible de composer «\u{a0}12\u{a0}»\u{a0}: 2\u{a0}chiffres, c\u{2019}est trop court\u{a0}: composez un poste à 4\u{a0}chiffres ou un numéro complet à 10\u{a0}chiffres\n",
        ),
        (
            &[("SKYDIAL_LANG", "es")],
            None,
            "skydial: no se puede marcar «12»: 2 dígitos no bastan: marca una extensión de 4 dígitos o un número completo de 10 dígitos\n",
        ),
    ];
    for (vars, setting, expected) in cases {
        let (code, said) = undialable(vars, *setting);
        assert_eq!(code, 2, "{vars:?} {setting:?}: {said}");
        assert!(said.starts_with(expected), "{vars:?} {setting:?}: {said}");
    }
}

/// `--help` in the chosen language: the program's and each command's and
/// option's text, and clap's own words; English stays as it was.
#[test]
fn help_is_in_the_chosen_language() {
    let _turn = TURNS.lock().unwrap_or_else(|p| p.into_inner());
    let help = |lang: &str, args: &[&str]| {
        let out = Command::new(BIN)
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C")
            .env("SKYDIAL_LANG", lang)
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{lang} {args:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let german = help("de", &["--help"]);
    for expected in [
        "Ohne Befehl öffnet skydial sein Fenster",
        "Verwendung: skydial",
        "Befehle:",
        "  dial        Einen Anruf von Ihrem Telefon aus tätigen",
        "Optionen:",
        "Ihre DID (Ihre 10-stellige Nummer), der Benutzername für die API",
        "Exit-Status: 0 OK, 1 die API antwortete false",
    ] {
        assert!(german.contains(expected), "{expected:?} in\n{german}");
    }
    assert!(!german.contains("Place a call"), "{german}");
    let french = help("fr", &["dial", "--help"]);
    assert!(
        french.contains("Passer un appel depuis votre téléphone"),
        "{french}"
    );
    assert!(
        french.contains("L\u{2019}adresse MAC du téléphone"),
        "{french}"
    );
    let spanish = help("es", &["history", "-h"]);
    assert!(spanish.contains("Solo las llamadas perdidas"), "{spanish}");
    let english = help("en", &["--help"]);
    for expected in [
        "Without a command, skydial opens its window",
        "Usage: skydial",
        "  dial        Place a call from your phone",
        "Exit status: 0 ok, 1 the API answered false",
    ] {
        assert!(english.contains(expected), "{expected:?} in\n{english}");
    }
}

#[test]
fn the_pseudo_locale_reaches_the_binary() {
    let _turn = TURNS.lock().unwrap_or_else(|p| p.into_inner());
    let (code, said) = unreachable(&[("SKYDIAL_LANG", "qps")], None);
    assert_eq!(code, 5, "{said}");
    assert!(
        said.starts_with("skydial: [ççöûûļđ ññöţţ çöñññééçţ"),
        "the client's error, accented: {said}"
    );
}

/// Bytes allocated and not yet freed, by the whole test process.
fn live_bytes() -> i64 {
    let s = GLOBAL.stats();
    s.bytes_allocated as i64 - s.bytes_deallocated as i64
}

/// What each language's parsed messages keep on the heap (the first message
/// in a language parses its file, once). Printed; bounded loosely.
#[test]
fn a_parsed_language_costs_little_heap() {
    use skydial::i18n::{Language, Locale, scoped};
    let _turn = TURNS.lock().unwrap_or_else(|p| p.into_inner());
    for language in Language::shipped().chain([Language::PSEUDO]) {
        let locale = Locale::parse(language.code()).unwrap();
        let before = live_bytes();
        let text = scoped(locale, || skydial::t!("status-connected"));
        let kept = live_bytes() - before - text.capacity() as i64;
        let again = live_bytes();
        let _ = scoped(locale, || skydial::t!("status-signed-out"));
        let after_again = live_bytes() - again;
        // The command line's own messages: their part is parsed at the
        // first of them (an app never asks for one).
        let before_cli = live_bytes();
        let cli = scoped(locale, || {
            skydial::t!("cmd-dialling", number = "6465551234")
        });
        let cli_kept = live_bytes() - before_cli - cli.capacity() as i64;
        println!(
            "{}: {kept} bytes kept after the first message (the app's part); a message after that keeps {after_again} bytes; the command line's part {cli_kept} bytes more",
            language.code(),
        );
        assert!(
            cli_kept > 10_000,
            "{} command line part parsed: {cli_kept}",
            language.code()
        );
        assert!(kept > 10_000, "{} parsed: {kept}", language.code());
        // About 930 bytes a message: English with 500 messages (the window's
        // and the desk's 166 among them) keeps 466 KB; Settings', the tray's
        // and the pops' messages come on top.
        assert!(kept < 1_000_000, "{}: {kept}", language.code());
    }
}
