//! The command line as clap reads it: the global options and the commands.

use super::sim;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "skydial",
    long_about = "Without a command, skydial opens its window (with a tray icon, screen pops and the \
                  clipboard hotkey). With --demo it runs against a built-in simulator, no account needed.",
    version,
    about = "Dial, control calls and see who is calling, through the ShoreTel Sky Hosted API",
    after_help = "The PIN is read from SKYDIAL_PIN, or asked for (without echo) on a terminal.\n\
                  A link (skydial tel:+16465551234) is handed to the running skydial, which asks \
                  before dialling; with none running, skydial opens just that question.\n\
                  Exit status: 0 ok, 1 the API answered false, 2 usage error, 3 authentication \
                  error (API error 5), 4 other API error, 5 connection failure, 6 cancelled by \
                  the user."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    /// Open the window against a built-in simulator with a demo user signed in.
    #[arg(long)]
    pub demo: bool,
    /// Start hidden in the tray.
    #[arg(long)]
    pub minimised: bool,
    /// Start as at login (the autostart entry): hidden in the tray, giving
    /// the tray, the keyring and the network a minute to come up.
    #[arg(long)]
    pub autostart: bool,
    /// How the window is drawn: `gpu` (eframe, OpenGL), `cpu` (skydial's own
    /// painter, no GPU needed), or `auto` (the GPU where a hardware GPU is
    /// present and the session is local). Default: the setting, else auto.
    #[arg(long, value_enum, env = "SKYDIAL_RENDERER", value_name = "RENDERER")]
    pub renderer: Option<skydial::app::shells::Renderer>,
    /// A tel:, callto: or sip: link to dial: the running skydial asks first
    /// (Dial or Cancel); with none running, just that question opens.
    #[arg(value_name = "LINK")]
    pub link: Option<String>,
    #[command(subcommand)]
    pub command: Option<Cmd>,
}

#[derive(Args, Debug, Clone)]
pub struct Global {
    /// The server's base URL; `/bobl/bobl` is added unless the URL ends in it.
    /// Default: https://hostedconnect.m5net.com
    #[arg(long, global = true, env = "SKYDIAL_SERVER")]
    pub server: Option<String>,
    /// Your DID (your 10-digit number), the API user name.
    #[arg(long, global = true, env = "SKYDIAL_USER")]
    pub user: Option<String>,
    /// Extra CA certificates (PEM) to trust: a company TLS proxy's, or `skydial sim --tls`'s.
    #[arg(long, global = true, value_name = "PATH")]
    pub ca_file: Option<PathBuf>,
    /// Send one-shot commands as GET requests (the PIN then travels in the URL).
    #[arg(long, global = true)]
    pub get: bool,
    /// Machine-readable output.
    #[arg(long, global = true)]
    pub json: bool,
    /// More log output on stderr (repeat for more). SKYDIAL_LOG sets a filter.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

#[derive(Subcommand, Debug)]
pub enum Cmd {
    /// Place a call from your phone.
    Dial {
        /// The number: 6465551234, +1 (646) 555-1234, tel:..., +44 20 7946 0958, a 4-digit
        /// extension; or a name from your contacts and directories.
        number: String,
        /// Of several people (or numbers) matching a name, dial the Nth listed.
        #[arg(long, value_name = "N")]
        pick: Option<usize>,
        /// The phone's MAC address, only if your provisioning needs it.
        #[arg(long, value_name = "MAC")]
        endpoint: Option<String>,
    },
    /// Answer a ringing call (the first ringing call if no id is given).
    Answer {
        call: Option<String>,
        #[arg(long, value_name = "MAC")]
        endpoint: Option<String>,
    },
    /// Stop a call ringing; the caller goes to voicemail.
    Ignore { call: Option<String> },
    /// Hang up a call.
    #[command(alias = "hangup")]
    Release { call: Option<String> },
    /// Put a connected call on hold.
    Hold { call: Option<String> },
    /// Take a held call off hold.
    Resume { call: Option<String> },
    /// List the calls on your phone now.
    Calls {
        #[arg(long, value_name = "MAC")]
        endpoint: Option<String>,
    },
    /// Print call events as they happen (reconnects by itself).
    Watch {
        /// When the server has sent nothing for this many seconds, list the
        /// calls: a server that reports a lost subscription (error 17) only
        /// in answer to a command is found out then. At least 10, so that
        /// the probes stay within listCalls' rate limit.
        #[arg(long, value_name = "SECONDS", default_value_t = 120,
              value_parser = clap::value_parser!(u64).range(10..=3600))]
        probe_after: u64,
    },
    /// Show the running skydial's quick-dial prompt with the number on the
    /// clipboard: bind a key to this in your desktop's keyboard settings
    /// where skydial's own hotkey is not available.
    QuickDial,
    /// Show recent calls, or export them (--csv, --json) between two dates.
    History(HistoryArgs),
    /// Write a note on a call (CALL is its id, as `history --json` shows in
    /// `call_id`); an empty TEXT removes the note.
    Note {
        call: String,
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        text: Vec<String>,
    },
    /// Caller names: import, add, search and export contacts.
    #[command(subcommand)]
    Contacts(ContactsCmd),
    /// Company directories (LDAP, Active Directory, CardDAV) for callers' names.
    #[command(subcommand)]
    Directory(DirectoryCmd),
    /// Who a number belongs to, from your contacts and directories.
    Lookup { number: String },
    /// Keep the PIN in the system keyring (or forget it), for the app, `tel:` links and scripts.
    Pin {
        #[command(subcommand)]
        action: PinAction,
    },
    /// Run the API simulator (for trying skydial and for tests).
    Sim(sim::SimArgs),
    /// Write the man page and shell completions into DIR (for packaging).
    #[command(name = "__assets", hide = true)]
    Assets { dir: PathBuf },
}

#[derive(Subcommand, Debug)]
pub enum PinAction {
    /// Store the PIN (from SKYDIAL_PIN or asked for) for --user, and remember the user and server.
    Store,
    /// Remove the stored PIN.
    Forget,
}

/// `skydial contacts`: caller names.
#[derive(Subcommand, Debug)]
pub enum ContactsCmd {
    /// Import names and numbers from vCard (.vcf) or CSV files.
    Import {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Find people by name, company or number, in your contacts and the directories.
    Search { query: String },
    /// Add a contact: a name and its numbers, each optionally with its kind
    /// (`work:+1 646 555 1234`, `mobile:…`, `home:…`, `ip:…`, `other:…`).
    Add {
        name: String,
        #[arg(required = true)]
        numbers: Vec<String>,
        /// The contact's company.
        #[arg(long)]
        company: Option<String>,
    },
    /// Delete your contacts with this name (a directory's entries are the directory's).
    Delete { name: String },
    /// Write your contacts to a vCard 4.0 file (`contacts import` reads it back).
    Export { file: PathBuf },
}

#[derive(clap::Args, Debug)]
pub struct HistoryArgs {
    /// Only missed calls.
    #[arg(long)]
    pub missed: bool,
    /// How many calls, the newest first (default: 50 for the table and for
    /// --json without --since/--until; every call in range otherwise).
    #[arg(long)]
    pub limit: Option<usize>,
    /// Mark every missed call as seen.
    #[arg(long)]
    pub mark_seen: bool,
    /// Write the calls as CSV (RFC 4180; safe to open in a spreadsheet).
    #[arg(long)]
    pub csv: bool,
    /// Calls from this date (YYYY-MM-DD, local midnight) or ISO 8601 time on.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Calls before the end of this date (YYYY-MM-DD) or before this ISO 8601 time.
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Only calls whose name, number, note or reason contains TEXT.
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
}

/// `skydial directory`: company directories.
#[derive(Subcommand, Debug)]
pub enum DirectoryCmd {
    /// Add a company directory (LDAP, Active Directory or CardDAV) and sync it.
    /// The password comes from SKYDIAL_DIRECTORY_PASSWORD, else is asked for
    /// without echo, and is kept in the system keyring, never in a file.
    Add {
        /// Your name for it, shown as where a caller's name came from.
        name: String,
        /// ldaps://dc1.corp.example.com, ldap://… (StartTLS), or https://… (CardDAV).
        url: String,
        /// LDAP: where to search (default: the server's default naming context).
        #[arg(long, value_name = "DN")]
        base: Option<String>,
        /// LDAP: bind as this DN.
        #[arg(long, value_name = "DN", conflicts_with = "user")]
        bind: Option<String>,
        /// LDAP: bind as user@domain (Active Directory); CardDAV: the user name.
        #[arg(long, value_name = "USER")]
        user: Option<String>,
        /// CardDAV: sync only this address book (its name or path); repeat for more.
        #[arg(long = "address-book", value_name = "BOOK")]
        address_books: Vec<String>,
        /// Minutes between background syncs (default 15; 0: only on demand).
        #[arg(long, value_name = "MINUTES")]
        sync_minutes: Option<u32>,
    },
    /// List the directories, each with when it last synced and why it last failed.
    List,
    /// Sync one directory, or all, now; prints what changed.
    Sync { name: Option<String> },
    /// Remove a directory: its names, its settings and its kept password.
    Remove { name: String },
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    /// Every about and help text `--help` shows, by its message id
    /// (`i18n::help`'s convention); hidden commands are for packaging.
    fn texts(cmd: &clap::Command, prefix: &str, out: &mut Vec<(String, String)>) {
        if cmd.is_hide_set() {
            return;
        }
        if let Some(about) = cmd.get_about() {
            out.push((format!("{prefix}-about"), about.to_string()));
        }
        if let Some(long) = cmd.get_long_about() {
            out.push((format!("{prefix}-long-about"), long.to_string()));
        }
        if let Some(after) = cmd.get_after_help() {
            out.push((format!("{prefix}-after-help"), after.to_string()));
        }
        for arg in cmd.get_arguments() {
            if let Some(help) = arg.get_help() {
                out.push((format!("{prefix}-arg-{}", arg.get_id()), help.to_string()));
            }
        }
        for sub in cmd.get_subcommands() {
            texts(sub, &format!("{prefix}-{}", sub.get_name()), out);
        }
    }

    /// A doc comment added without its `cli-…` message would show English
    /// in every language: each has one, in English with the same words.
    #[test]
    fn every_help_text_has_its_message() {
        let mut all = Vec::new();
        texts(&Cli::command(), "cli", &mut all);
        assert!(all.len() > 50, "{}", all.len());
        let missing: Vec<String> = all
            .iter()
            .filter(|(id, english)| {
                skydial::i18n::in_english(|| skydial::i18n::lookup(id)).as_deref()
                    != Some(english.as_str())
            })
            .map(|(id, english)| format!("{id} = {english}"))
            .collect();
        assert!(
            missing.is_empty(),
            "missing or different:\n{}",
            missing.join("\n")
        );
    }
}
