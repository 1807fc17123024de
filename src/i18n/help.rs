//! The command line's `--help` in the user's language, at run time.
//!
//! clap's derive writes its texts (doc comments) into the `Command` at
//! compile time, in English. [`localize`] walks the built `Command` and
//! replaces each text that has a message, by a naming convention, so that
//! converting the command line is adding messages, not changing code:
//!
//! | what | message id |
//! | --- | --- |
//! | the program's about | `cli-about` |
//! | a subcommand's about | `cli-dial-about`, `cli-contacts-import-about` |
//! | an argument's help | `cli-arg-server` (global), `cli-dial-arg-endpoint` |
//! | `--help`'s longer about, the text after it | `cli-long-about`, `cli-after-help` |
//!
//! A text without its message stays English (the command line's own test
//! lists those). clap's own words are translated too: the `Usage:`,
//! `Arguments:`, `Options:` and `Commands:` headings, `-h`/`--help`,
//! `-V`/`--version` and the `help` subcommand. What clap prints for a
//! usage error is not (map `clap::Error::kind()` to a message if needed).

use super::lookup;
use crate::t;
use clap::{Arg, ArgAction, Command};

/// `cmd` with its texts in the user's language (see the module's table).
pub fn localize(cmd: Command) -> Command {
    localize_with(cmd, &lookup)
}

/// [`localize`] with the messages from `find` (tests).
pub fn localize_with(cmd: Command, find: &dyn Fn(&str) -> Option<String>) -> Command {
    let has_version = cmd.get_version().is_some();
    let mut cmd = walk(cmd, "cli", find);
    if has_version {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t!("help-version"))
                .help_heading(t!("help-options")),
        );
    }
    cmd.build();
    help_subcommands(cmd)
}

fn walk(cmd: Command, prefix: &str, find: &dyn Fn(&str) -> Option<String>) -> Command {
    let mut cmd = cmd;
    if let Some(about) = find(&format!("{prefix}-about")) {
        cmd = match find(&format!("{prefix}-long-about")) {
            Some(long) => cmd.about(about).long_about(long),
            None => cmd.about(about).long_about(None),
        };
    }
    if let Some(after) = find(&format!("{prefix}-after-help")) {
        cmd = cmd.after_help(after);
    }
    let (options, arguments) = (t!("help-options"), t!("help-arguments"));
    cmd = cmd.mut_args(|arg| {
        let arg = match find(&format!("{prefix}-arg-{}", arg.get_id())) {
            Some(help) => arg.help(help).long_help(None),
            None => arg,
        };
        if arg.get_help_heading().is_some() {
            arg
        } else if arg.is_positional() {
            arg.help_heading(arguments.clone())
        } else {
            arg.help_heading(options.clone())
        }
    });
    cmd = cmd
        .subcommand_help_heading(t!("help-commands"))
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            t!("help-usage")
        ))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(t!("help-help"))
                .help_heading(options),
        );
    cmd.mut_subcommands(|sub| {
        let prefix = format!("{prefix}-{}", sub.get_name());
        walk(sub, &prefix, find)
    })
}

/// clap adds its `help` subcommand when the command is built: its words
/// are ours once it is there.
fn help_subcommands(cmd: Command) -> Command {
    let cmd = if cmd.find_subcommand("help").is_some() {
        cmd.mut_subcommand("help", |help| help.about(t!("help-help-command")))
    } else {
        cmd
    };
    cmd.mut_subcommands(help_subcommands)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Locale, scoped};
    use std::collections::HashMap;

    /// A throwaway command, as clap's derive would build it: English texts.
    fn throwaway() -> Command {
        Command::new("phone")
            .version("1.0")
            .about("Talk to the phone")
            .arg(
                Arg::new("server")
                    .long("server")
                    .global(true)
                    .help("The server's URL"),
            )
            .subcommand(
                Command::new("dial")
                    .about("Place a call")
                    .arg(Arg::new("number").required(true).help("The number to dial"))
                    .arg(
                        Arg::new("endpoint")
                            .long("endpoint")
                            .help("The phone's MAC"),
                    ),
            )
    }

    /// German messages for it, as they would stand in de.ftl.
    fn german(id: &str) -> Option<String> {
        HashMap::from([
            ("cli-about", "Mit dem Telefon sprechen"),
            ("cli-arg-server", "Die URL des Servers"),
            ("cli-dial-about", "Einen Anruf tätigen"),
            ("cli-dial-arg-number", "Die zu wählende Nummer"),
        ])
        .get(id)
        .map(|s| s.to_string())
    }

    fn help(cmd: &mut Command, path: &[&str]) -> String {
        let mut at = cmd;
        for name in path {
            at = at.find_subcommand_mut(name).unwrap();
        }
        at.render_help().to_string()
    }

    #[test]
    fn help_texts_and_clap_s_own_words_are_translated_at_run_time() {
        let de = Locale::parse("de").unwrap();
        let mut cmd = scoped(de, || localize_with(throwaway(), &german));
        let top = help(&mut cmd, &[]);
        for expected in [
            "Mit dem Telefon sprechen",
            "Verwendung: phone",
            "Befehle:",
            "Einen Anruf tätigen",
            "Optionen:",
            "Die URL des Servers",
            "Hilfe anzeigen",
            "Version anzeigen",
            "Diese Hilfe oder die Hilfe zu einem Befehl anzeigen",
        ] {
            assert!(top.contains(expected), "{expected:?} in\n{top}");
        }
        let dial = help(&mut cmd, &["dial"]);
        for expected in [
            "Einen Anruf tätigen",
            "Argumente:",
            "Die zu wählende Nummer",
            "Optionen:",
        ] {
            assert!(dial.contains(expected), "{expected:?} in\n{dial}");
        }
        // No message yet: the English text stays, under the translated heading.
        assert!(dial.contains("The phone's MAC"), "{dial}");
        assert!(
            !top.contains("Usage") && !top.contains("Print help"),
            "{top}"
        );
    }

    #[test]
    fn the_localized_command_still_parses_and_helps() {
        let mut cmd = localize_with(throwaway(), &german);
        let matches = cmd
            .try_get_matches_from_mut(["phone", "--server", "s", "dial", "6465551234"])
            .unwrap();
        let (name, dial) = matches.subcommand().unwrap();
        assert_eq!(name, "dial");
        assert_eq!(dial.get_one::<String>("number").unwrap(), "6465551234");
        assert_eq!(matches.get_one::<String>("server").unwrap(), "s");
        for asked in [
            &["phone", "--help"][..],
            &["phone", "help", "dial"],
            &["phone", "-V"],
        ] {
            let err = cmd.try_get_matches_from_mut(asked).unwrap_err();
            assert!(
                matches!(
                    err.kind(),
                    clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion
                ),
                "{asked:?}: {:?}",
                err.kind()
            );
        }
        let asked = cmd
            .try_get_matches_from_mut(["phone", "help", "dial"])
            .unwrap_err();
        // The finder's texts, and clap's words in the thread's language (English).
        let asked = asked.to_string();
        assert!(
            asked.contains("Einen Anruf tätigen") && asked.contains("Usage: phone dial"),
            "{asked}"
        );
    }
}
