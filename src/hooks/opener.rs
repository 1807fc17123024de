//! Opening a page in the user's browser: a program run directly (no shell)
//! with the URL as its last argument.

use super::process::{HookFailure, Overtime, cannot_run, run, status_text, without_our_variables};
use std::process::Stdio;
use std::time::Duration;

/// How long a page opener is waited for; then it is left running (it may be
/// the browser itself) and logged.
pub const OPENER_PATIENCE: Duration = Duration::from_secs(10);

/// The program that opens a page in the user's browser, run directly (no
/// shell) with the URL as its last argument. The URL starts with `http`, so
/// it is never taken for an option.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlOpener {
    argv: Vec<String>,
    patience: Duration,
}

impl UrlOpener {
    /// `SKYDIAL_URL_OPENER` (one program) if set, else the platform's.
    pub fn system() -> Self {
        match std::env::var("SKYDIAL_URL_OPENER") {
            Ok(program) if !program.trim().is_empty() => Self::new(vec![program]),
            _ => Self::platform(),
        }
    }

    /// `xdg-open` (Linux, BSD), `open` (macOS), the URL handler of `rundll32` (Windows).
    pub fn platform() -> Self {
        let argv: &[&str] = if cfg!(target_os = "macos") {
            &["open"]
        } else if cfg!(windows) {
            &["rundll32", "url.dll,FileProtocolHandler"]
        } else {
            &["xdg-open"]
        };
        Self::new(argv.iter().map(|a| a.to_string()).collect())
    }

    /// A program and the arguments that come before the URL.
    pub fn new(argv: Vec<String>) -> Self {
        Self {
            argv,
            patience: OPENER_PATIENCE,
        }
    }

    /// This opener, waited for `patience` at most (tests: less than
    /// [`OPENER_PATIENCE`]).
    pub fn with_patience(self, patience: Duration) -> Self {
        Self { patience, ..self }
    }

    /// The program, for messages.
    pub fn name(&self) -> &str {
        self.argv.first().map(String::as_str).unwrap_or("")
    }

    fn command(&self, url: &str) -> Result<std::process::Command, HookFailure> {
        let Some((program, args)) = self.argv.split_first() else {
            return Err(HookFailure::CannotRun {
                reason: crate::t!("hook-no-opener-set"),
            });
        };
        let mut command = std::process::Command::new(program);
        command.args(args).arg(url);
        without_our_variables(&mut command);
        Ok(command)
    }

    /// Opens `url` and returns at once; the opener is waited for (reaped) on
    /// a thread of its own, and a failure there is logged.
    pub fn open(&self, url: &str) -> Result<(), HookFailure> {
        let mut command = self.command(url)?;
        command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let mut child = command.spawn().map_err(|e| cannot_run(&e))?;
        let name = self.name().to_string();
        let reaper =
            std::thread::Builder::new()
                .name("url-opener".into())
                .spawn(move || match child.wait() {
                    Ok(status) if !status.success() => {
                        tracing::warn!(
                            "{name} could not open a page: {}",
                            crate::i18n::in_english(|| status_text(status))
                        );
                    }
                    Ok(_) => {}
                    Err(e) => tracing::warn!("lost track of {name}: {e}"),
                });
        if let Err(e) = reaper {
            tracing::warn!("no thread to wait for {}: {e}", self.name());
        }
        Ok(())
    }

    /// Opens `url` and waits for the opener to end, at most its patience
    /// ([`OPENER_PATIENCE`]): one that waits for the browser (or is the
    /// browser) is then left running, and the log says so.
    pub async fn open_and_wait(&self, url: &str) -> Result<(), HookFailure> {
        run(self.command(url)?, Some((self.patience, Overtime::Leave))).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_platform_opener_is_a_program_not_a_shell() {
        let opener = UrlOpener::platform();
        assert!(["xdg-open", "open", "rundll32"].contains(&opener.name()));
        let command = opener.command("https://crm.example.com/?q=a%20b").unwrap();
        let args: Vec<_> = command.get_args().collect();
        assert_eq!(
            args.last().unwrap().to_str(),
            Some("https://crm.example.com/?q=a%20b")
        );
        assert!(
            UrlOpener::new(Vec::new())
                .open("https://x.example/")
                .is_err()
        );
    }
}
