//! Running the call hook's program: directly (never through a shell), the
//! call's values only in its environment, stopped after a time limit; and
//! what is said when it (or the page opener) fails.

use super::template::TemplateError;
use super::values::{CallValues, clean};
use super::{COMMAND_TIMEOUT, HookEvent};
use std::process::{ExitStatus, Stdio};
use std::time::Duration;
use tokio::io::AsyncReadExt;

/// The most of a failing command's stderr read into its message.
const STDERR_KEPT: usize = 512;

/// Why a hook's program (or the page opener) did not work, in the user's
/// language (`Display`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HookFailure {
    /// `reason` is in the user's language already.
    CannotRun {
        reason: String,
    },
    /// It ran and failed; `stderr` is the first line it wrote there.
    Failed {
        status: String,
        stderr: String,
    },
    TimedOut {
        after: Duration,
    },
}

impl std::fmt::Display for HookFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::CannotRun { reason } => crate::t!("hook-cannot-run", reason = reason.as_str()),
            Self::Failed { status, stderr } if stderr.is_empty() => {
                crate::t!("hook-failed", status = status.as_str())
            }
            Self::Failed { status, stderr } => crate::t!(
                "hook-failed-saying",
                status = status.as_str(),
                stderr = stderr.as_str()
            ),
            Self::TimedOut { after } => {
                crate::t!("hook-timed-out", after = shown_duration(*after))
            }
        };
        f.write_str(&text)
    }
}

fn shown_duration(d: Duration) -> String {
    if d.subsec_millis() == 0 {
        format!("{} s", d.as_secs())
    } else {
        format!("{} ms", d.as_millis())
    }
}

pub(super) fn cannot_run(e: &std::io::Error) -> HookFailure {
    let reason = match e.kind() {
        std::io::ErrorKind::NotFound => crate::t!("hook-no-such-program"),
        std::io::ErrorKind::PermissionDenied => crate::t!("hook-permission-denied"),
        _ => e.to_string(),
    };
    HookFailure::CannotRun { reason }
}

pub(super) fn status_text(status: ExitStatus) -> String {
    if let Some(code) = status.code() {
        return crate::t!("hook-exit-status", code = code);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return crate::t!("hook-stopped-by-signal", signal = signal);
        }
    }
    status.to_string()
}

/// The first line with text in what a program wrote to stderr, safe to show.
pub(super) fn first_line(stderr: &[u8]) -> String {
    String::from_utf8_lossy(stderr)
        .lines()
        .map(|line| clean(line).trim().to_string())
        .find(|line| !line.is_empty())
        .unwrap_or_default()
}

/// What the user is told, once, when the command hook fails.
pub fn command_failure_message(program: &str, failure: &HookFailure) -> String {
    crate::t!(
        "hook-command-failure",
        program = clean(program),
        failure = failure.to_string()
    )
}

/// What the user is told, once, when the call page cannot be opened.
pub fn page_failure_message(opener: &str, failure: &HookFailure) -> String {
    crate::t!(
        "hook-page-failure",
        opener = clean(opener),
        failure = failure.to_string()
    )
}

/// What the user is told, once, when the page URL in the settings is broken.
pub fn template_failure_message(error: &TemplateError) -> String {
    crate::t!("hook-template-failure", error = error.to_string())
}

/// Runs the command hook (program, then arguments, as configured) for
/// `event`, with the call's values in its environment, stopped after
/// [`COMMAND_TIMEOUT`].
pub async fn run_command(
    argv: &[String],
    event: HookEvent,
    values: &CallValues,
) -> Result<(), HookFailure> {
    run_command_for(argv, event, values, COMMAND_TIMEOUT).await
}

/// [`run_command`], stopped after `limit`.
pub async fn run_command_for(
    argv: &[String],
    event: HookEvent,
    values: &CallValues,
    limit: Duration,
) -> Result<(), HookFailure> {
    let Some((program, args)) = argv.split_first() else {
        return Err(HookFailure::CannotRun {
            reason: crate::t!("hook-no-program-set"),
        });
    };
    let mut command = std::process::Command::new(program);
    command.args(args);
    without_our_variables(&mut command);
    command.envs(values.environment(event));
    run(command, Some((limit, Overtime::Stop))).await
}

/// What happens to a program still running at its time limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Overtime {
    /// Stopped, and the run failed (a call hook).
    Stop,
    /// Left running, no longer waited for, and logged (a page opener, which
    /// may be the browser itself).
    Leave,
}

/// Leaves out what skydial itself was given in `SKYDIAL_*` variables (the
/// PIN may be one): a hook sees only the call's.
pub(super) fn without_our_variables(command: &mut std::process::Command) {
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("SKYDIAL_") {
            command.env_remove(name);
        }
    }
}

/// Runs `command` to its end (or its time limit, then as [`Overtime`]
/// says), stdin and stdout closed, the start of stderr kept for the message.
pub(super) async fn run(
    command: std::process::Command,
    limit: Option<(Duration, Overtime)>,
) -> Result<(), HookFailure> {
    let mut command = tokio::process::Command::from(command);
    let program = command
        .as_std()
        .get_program()
        .to_string_lossy()
        .into_owned();
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .kill_on_drop(!matches!(limit, Some((_, Overtime::Leave))));
    let mut child = command.spawn().map_err(|e| cannot_run(&e))?;
    let mut stderr = child.stderr.take();
    let mut kept = Vec::new();
    let waited = {
        let wait = wait_reading(&mut child, &mut stderr, &mut kept);
        match limit {
            Some((limit, _)) => tokio::time::timeout(limit, wait).await.ok(),
            None => Some(wait.await),
        }
    };
    let status = match waited {
        Some(Ok(status)) => status,
        Some(Err(e)) => {
            return Err(HookFailure::Failed {
                status: format!("skydial lost track of it ({e})"),
                stderr: String::new(),
            });
        }
        None if matches!(limit, Some((_, Overtime::Leave))) => {
            // Dropped without a kill: tokio reaps it when it ends.
            tracing::info!(
                "{} still runs after {}: skydial no longer waits for it and leaves it running",
                crate::protocol::text::printable(&program),
                shown_duration(limit.map(|(l, _)| l).unwrap_or_default())
            );
            return Ok(());
        }
        None => {
            // kill() also reaps it.
            if let Err(e) = child.kill().await {
                tracing::warn!("could not stop a call hook that ran too long: {e}");
            }
            return Err(HookFailure::TimedOut {
                after: limit.map(|(l, _)| l).unwrap_or_default(),
            });
        }
    };
    if status.success() {
        return Ok(());
    }
    // What it wrote just before it ended; briefly, as a program it started
    // may hold the pipe open.
    if let Some(pipe) = stderr.as_mut() {
        let drain = async {
            let mut buf = [0u8; STDERR_KEPT];
            while kept.len() < STDERR_KEPT {
                match pipe.read(&mut buf).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => keep(&mut kept, &buf[..n]),
                }
            }
        };
        let _ = tokio::time::timeout(Duration::from_millis(200), drain).await;
    }
    Err(HookFailure::Failed {
        status: status_text(status),
        stderr: first_line(&kept),
    })
}

/// Waits for `child` while reading its stderr (so a chatty program never
/// blocks on a full pipe), keeping the first [`STDERR_KEPT`] bytes.
async fn wait_reading(
    child: &mut tokio::process::Child,
    stderr: &mut Option<tokio::process::ChildStderr>,
    kept: &mut Vec<u8>,
) -> std::io::Result<ExitStatus> {
    let mut buf = [0u8; STDERR_KEPT];
    loop {
        let read = match stderr.as_mut() {
            None => return child.wait().await,
            Some(pipe) => tokio::select! {
                status = child.wait() => return status,
                read = pipe.read(&mut buf) => read,
            },
        };
        match read {
            Ok(0) | Err(_) => *stderr = None,
            Ok(n) => keep(kept, &buf[..n]),
        }
    }
}

fn keep(kept: &mut Vec<u8>, bytes: &[u8]) {
    let room = STDERR_KEPT.saturating_sub(kept.len());
    kept.extend_from_slice(&bytes[..bytes.len().min(room)]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failure_messages_say_what_failed_and_what_to_do() {
        let failure = HookFailure::Failed {
            status: "exit status 3".into(),
            stderr: first_line(b"\n  bad token \x1b[1m\nsecond line\n"),
        };
        assert_eq!(
            command_failure_message("/path/x", &failure),
            "The call hook `/path/x` failed: exit status 3 (bad token [1m). skydial will not say so again until it works; fix it in Settings > Call page and hook."
        );
        let timed_out = HookFailure::TimedOut {
            after: Duration::from_secs(10),
        };
        assert_eq!(
            timed_out.to_string(),
            "it ran longer than 10 s and was stopped"
        );
        let err = std::io::Error::from(std::io::ErrorKind::NotFound);
        let text = page_failure_message("xdg-open", &cannot_run(&err));
        assert!(
            text.contains("`xdg-open`: cannot run it: there is no such program"),
            "{text}"
        );
        assert!(text.contains("default web browser"), "{text}");
        let text = template_failure_message(&TemplateError::Blank);
        assert!(
            text.ends_with("fix it in Settings > Call page and hook."),
            "{text}"
        );
    }

    #[test]
    fn failures_and_settings_problems_read_in_german() {
        let de = crate::i18n::Locale::parse("de").unwrap();
        let text = crate::i18n::scoped(de, || {
            let err = std::io::Error::from(std::io::ErrorKind::NotFound);
            command_failure_message("/path/x", &cannot_run(&err))
        });
        assert!(
            text.starts_with("Das Anrufprogramm `/path/x` ist fehlgeschlagen: Es kann nicht gestartet werden: Dieses Programm gibt es nicht"),
            "{text}"
        );
        assert!(
            text.ends_with("unter Einstellungen > Anrufseite und Programm."),
            "{text}"
        );
        let timed_out = HookFailure::TimedOut {
            after: Duration::from_millis(500),
        };
        assert_eq!(
            crate::i18n::scoped(de, || timed_out.to_string()),
            "Es lief länger als 500 ms und wurde beendet"
        );
        let settings = super::super::HookSettings {
            url_on_ring: "https://crm/{nope}".into(),
            ..Default::default()
        };
        let text = crate::i18n::scoped(de, || settings.check().unwrap_err().to_string());
        assert_eq!(
            text,
            "Die Seite, die bei einem klingelnden Anruf geöffnet wird, kann nicht verwendet werden: Die Seiten-URL enthält den unbekannten Platzhalter {nope}; bekannt sind {number}, {name}, {clid}, {call_id} und {direction}."
        );
        assert_eq!(
            settings.check().unwrap_err().to_string(),
            "The page to open when a call rings cannot be used: the page URL has an unknown placeholder {nope}; the known ones are {number}, {name}, {clid}, {call_id} and {direction}."
        );
        assert_eq!(
            TemplateError::Unclosed.to_string(),
            "the page URL has a { that is not closed by }; write {{ for a brace itself"
        );
    }
}
