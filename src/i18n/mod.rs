//! skydial in the user's language: Project Fluent messages, one `.ftl` file
//! per language in `assets/i18n/`, embedded in the binary.
//!
//! Code asks for a message by its id with [`t!`](crate::t):
//!
//! ```
//! use skydial::t;
//! let label = t!("settings-language-system");
//! let missed = t!("calls-missed", count = 2);
//! # assert_eq!(label, "Follow the system");
//! # assert_eq!(missed, "2 missed calls");
//! ```
//!
//! Only the language in use is parsed, at its first message (English too,
//! when a message is missing from it, which the tests forbid, or when a log
//! line asks for English). A missing message shows its id and a missing
//! argument shows `{$name}`: nothing panics, and the tests in `catalog.rs`
//! find both before they ship.
//!
//! The language: `SKYDIAL_LANG`, else the *Language* setting, else the
//! system's (see [`language`]). The library speaks English until the
//! program calls [`choose`]; tests stay English whatever the machine's
//! `LANG` says. Log lines are not translated: an error logged goes through
//! [`English`].
//!
//! This module is a leaf: it uses no other part of skydial, and builds
//! without the `app` feature (the protocol's error advice is translated).

#[cfg(feature = "app")]
pub mod help;
pub mod language;
mod pseudo;
#[cfg(feature = "app")]
pub mod time;

#[cfg(test)]
mod catalog;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use std::cell::Cell;
use std::sync::{OnceLock, PoisonError, RwLock};

pub use fluent_bundle::{FluentArgs, FluentValue};
pub use language::{Language, Locale};

/// A message in the user's language: `t!("id")`, or with arguments
/// `t!("id", name = value, other = value)` (a value is anything a
/// [`FluentValue`] is made from: `&str`, `String`, integers, floats).
/// Argument names are the message's `$variables`, in snake_case.
#[macro_export]
macro_rules! t {
    ($id:literal $(,)?) => {
        $crate::i18n::message($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::FluentValue::from($value)); )+
        $crate::i18n::message($id, Some(&args))
    }};
}

type Bundle = FluentBundle<FluentResource>;

/// The line that splits each language's file in two: above it what the app
/// and the command line both say, below it what only the command line says
/// (its tables, prompts and `--help`), parsed the first time a message is
/// not found above. An app in the tray never parses the command line's part.
/// `catalog.rs` checks which side each message is on.
pub(crate) const COMMAND_LINE_ONLY: &str =
    "## ===== The command line only: parsed when it asks =====";

/// The two parts of a language's file (see [`COMMAND_LINE_ONLY`]).
#[derive(Clone, Copy)]
enum Part {
    Shared,
    CommandLine,
}

const SLOTS: usize = language::CATALOGS.len() + 1;

/// One slot per shipped language and one for the pseudo-locale, for each
/// part of its file, each parsed at its first use and kept.
static BUNDLES: [[OnceLock<Bundle>; SLOTS]; 2] = [const { [const { OnceLock::new() }; SLOTS] }; 2];

/// The language the program chose; English until [`choose`] is called.
static CHOSEN: RwLock<Option<Locale>> = RwLock::new(None);

thread_local! {
    /// A language forced on this thread for a while ([`scoped`]).
    static FORCED: Cell<Option<Locale>> = const { Cell::new(None) };
}

/// Chooses the language for the rest of the run: `SKYDIAL_LANG`, else
/// `setting` (the *Language* setting: `system`, or a tag like `de` or
/// `fr-CA`), else the system's. Returns what was chosen. Calling it again
/// (the setting changed) switches at once; text already on screen is not
/// redrawn by this.
pub fn choose(setting: &str) -> Locale {
    let locale = language::resolve(setting, &language::Environment::current());
    *CHOSEN.write().unwrap_or_else(PoisonError::into_inner) = Some(locale);
    locale
}

/// The language messages are in on this thread now.
pub fn current() -> Locale {
    FORCED
        .with(Cell::get)
        .or_else(|| *CHOSEN.read().unwrap_or_else(PoisonError::into_inner))
        .unwrap_or(Locale::ENGLISH)
}

/// Runs `f` with messages in `locale` on this thread (tests; log lines in
/// English), whatever the program chose.
pub fn scoped<T>(locale: Locale, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<Locale>);
    impl Drop for Restore {
        fn drop(&mut self) {
            FORCED.with(|forced| forced.set(self.0));
        }
    }
    let _restore = Restore(FORCED.with(|forced| forced.replace(Some(locale))));
    f()
}

/// Runs `f` with messages in English on this thread.
pub fn in_english<T>(f: impl FnOnce() -> T) -> T {
    scoped(Locale::ENGLISH, f)
}

/// Shows a value in English whatever the user's language: for log lines,
/// which are not translated. `tracing::warn!("history is off: {}", English(&e))`.
pub struct English<T>(pub T);

impl<T: std::fmt::Display> std::fmt::Display for English<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        in_english(|| std::fmt::Display::fmt(&self.0, f))
    }
}

/// The message `id` in the current language, with `args`. Prefer [`t!`](crate::t),
/// which the tests check against the catalogue.
pub fn message(id: &str, args: Option<&FluentArgs>) -> String {
    let language = current().language();
    if let Some(text) = format(language, id, args) {
        return text;
    }
    // Missing from this language (the tests forbid it): English, else the id.
    if language != Language::ENGLISH
        && let Some(text) = format(Language::ENGLISH, id, args)
    {
        return text;
    }
    id.to_string()
}

/// The message `id` without arguments if the language (or English) has it:
/// for texts found by a naming convention, like `--help`'s ([`help`]).
pub fn lookup(id: &str) -> Option<String> {
    let language = current().language();
    format(language, id, None).or_else(|| format(Language::ENGLISH, id, None))
}

/// "2 missed calls": the tray's tooltip, the History tab and `skydial
/// history` all say it.
pub fn missed_calls(count: u64) -> String {
    crate::t!("calls-missed", count = count)
}

/// The *Language* setting's choices, in order: the setting's value and
/// what to show for it (each language in its own name).
pub fn choices() -> Vec<(&'static str, String)> {
    std::iter::once(("system", crate::t!("settings-language-system")))
        .chain(Language::shipped().map(|l| (l.code(), l.name().to_string())))
        .collect()
}

fn format(language: Language, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let shared = bundle(language, Part::Shared);
    let (bundle, message) = match shared.get_message(id) {
        Some(message) => (shared, message),
        None => {
            let command_line = bundle(language, Part::CommandLine);
            (command_line, command_line.get_message(id)?)
        }
    };
    let pattern = message.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    Some(if language == Language::PSEUDO {
        pseudo::bracket(&text)
    } else {
        text.into_owned()
    })
}

fn bundle(language: Language, part: Part) -> &'static Bundle {
    BUNDLES[part as usize][language.index()].get_or_init(|| load(language, part))
}

/// One part of a language's file: the whole file above the split line, or
/// what follows it.
fn part_of(source: &str, part: Part) -> &str {
    let (shared, command_line) = match source.find(COMMAND_LINE_ONLY) {
        Some(at) => source.split_at(at),
        None => (source, ""),
    };
    match part {
        Part::Shared => shared,
        Part::CommandLine => command_line,
    }
}

/// Parses a part of a language's file into a bundle. A file that does not
/// parse whole (the tests forbid it) keeps the messages that did.
fn load(language: Language, part: Part) -> Bundle {
    let source = part_of(language.source(), part);
    let resource =
        FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _errors)| partial);
    let mut bundle = Bundle::new_concurrent(vec![language.plural_rules()]);
    // No Unicode isolation marks around arguments: terminals, logs and
    // tests would see them; skydial's arguments are numbers, names and
    // paths in a left-to-right text.
    bundle.set_use_isolating(false);
    if language == Language::PSEUDO {
        bundle.set_transform(Some(pseudo::transform));
    }
    // Overriding: a duplicate id (the tests forbid it) keeps the last.
    bundle.add_resource_overriding(resource);
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;

    fn de() -> Locale {
        Locale::parse("de").unwrap()
    }

    #[test]
    fn a_message_in_english_by_default_and_in_german_when_scoped() {
        assert_eq!(t!("settings-language-system"), "Follow the system");
        let german = scoped(de(), || t!("settings-language-system"));
        assert_eq!(german, "Systemsprache verwenden");
        assert_eq!(
            t!("settings-language-system"),
            "Follow the system",
            "restored"
        );
    }

    #[test]
    fn a_missing_message_or_argument_shows_itself_and_does_not_panic() {
        assert_eq!(message("no-such-message", None), "no-such-message");
        assert_eq!(message("calls-missed", None), "{$count} missed calls");
        let mut odd = FluentArgs::new();
        odd.set("count", "many");
        odd.set("extra", 3);
        assert_eq!(message("calls-missed", Some(&odd)), "many missed calls");
    }

    #[test]
    fn english_shows_a_value_in_english_inside_any_language() {
        struct Advice;
        impl std::fmt::Display for Advice {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&t!("settings-language-system"))
            }
        }
        let logged = scoped(de(), || format!("{} / {}", English(Advice), Advice));
        assert_eq!(logged, "Follow the system / Systemsprache verwenden");
    }

    #[test]
    fn the_command_line_part_is_found_below_the_split_and_apart_from_it() {
        let source = format!("a = A\n{COMMAND_LINE_ONLY}\nb = B\n");
        assert_eq!(part_of(&source, Part::Shared), "a = A\n");
        assert!(part_of(&source, Part::CommandLine).ends_with("b = B\n"));
        assert_eq!(part_of("a = A\n", Part::CommandLine), "");
        // Every shipped file has the split, and a command-line message is
        // still found (in its part) in every language.
        for language in Language::shipped() {
            assert!(
                language.source().contains(COMMAND_LINE_ONLY),
                "{}",
                language.code()
            );
        }
        let german = scoped(de(), || t!("cmd-dialling", number = "(646) 555-1234"));
        assert!(german.contains("(646) 555-1234"), "{german}");
        assert_ne!(
            german,
            in_english(|| t!("cmd-dialling", number = "(646) 555-1234"))
        );
    }

    #[test]
    fn the_pseudo_locale_accents_and_lengthens_but_keeps_arguments() {
        let text = scoped(Locale::PSEUDO, || t!("calls-missed", count = 21));
        assert!(text.starts_with('[') && text.ends_with(']'), "{text}");
        assert!(text.contains("21"), "{text}");
        assert!(!text.contains("missed"), "no plain English: {text}");
        let english = t!("calls-missed", count = 21);
        let ratio = text.chars().count() as f64 / english.chars().count() as f64;
        assert!((1.3..1.7).contains(&ratio), "{ratio}: {text}");
    }
}
