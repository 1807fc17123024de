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

/// One slot per shipped language and one for the pseudo-locale, each
/// parsed at its first use and kept.
static BUNDLES: [OnceLock<Bundle>; language::CATALOGS.len() + 1] =
    [const { OnceLock::new() }; language::CATALOGS.len() + 1];

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
    let bundle = bundle(language);
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    Some(if language == Language::PSEUDO {
        pseudo::bracket(&text)
    } else {
        text.into_owned()
    })
}

fn bundle(language: Language) -> &'static Bundle {
    BUNDLES[language.index()].get_or_init(|| load(language))
}

/// Parses a language's file into a bundle. A file that does not parse
/// whole (the tests forbid it) keeps the messages that did.
fn load(language: Language) -> Bundle {
    let resource = FluentResource::try_new(language.source().to_string())
        .unwrap_or_else(|(partial, _errors)| partial);
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
