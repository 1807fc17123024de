//! The hooks as the desk owns them: it hands each call event over, with
//! the call's values, and the page and the command run on the tokio
//! runtime, never holding anything up.

use super::events::{Action, Hooks};
use super::opener::UrlOpener;
use super::process::{
    HookFailure, command_failure_message, page_failure_message, run_command_for,
    template_failure_message,
};
use super::settings::HookSettings;
use super::values::CallValues;
use super::{COMMAND_TIMEOUT, HookEvent, HookKind};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// Tells the user something (a failing hook), from any thread.
pub type Report = Arc<dyn Fn(String) + Send + Sync>;

/// The hooks as the desk owns them: it hands each call event over, and the
/// page and the command run on the tokio runtime, never holding anything up.
pub struct HookRunner {
    hooks: Arc<Mutex<Hooks>>,
    opener: UrlOpener,
    timeout: Duration,
}

impl HookRunner {
    pub fn new(settings: HookSettings) -> Self {
        Self::with(settings, UrlOpener::system(), COMMAND_TIMEOUT)
    }

    /// A runner with its own page opener and command time limit.
    pub fn with(settings: HookSettings, opener: UrlOpener, timeout: Duration) -> Self {
        Self {
            hooks: Arc::new(Mutex::new(Hooks::new(settings, Instant::now()))),
            opener,
            timeout,
        }
    }

    /// New settings (saved by the user).
    pub fn configure(&self, settings: HookSettings) {
        lock(&self.hooks).configure(settings);
    }

    /// A call rang, was answered or ended: opens the page and runs the
    /// command as the settings and the rate limits say. `report` is called
    /// at most once per streak of failures of each kind. Returns the
    /// started runs, for a caller that wants to wait for them. The call's values
    /// are the caller's (the desk takes them from the engine's call).
    pub fn handle(
        &self,
        event: HookEvent,
        values: CallValues,
        report: impl Fn(String) + Send + Sync + 'static,
    ) -> Vec<tokio::task::JoinHandle<()>> {
        let actions = lock(&self.hooks).fire(event, &values, Instant::now());
        if actions.is_empty() {
            return Vec::new();
        }
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            tracing::warn!("call hooks skipped: no tokio runtime to run them on");
            return Vec::new();
        };
        let report: Report = Arc::new(report);
        let mut started = Vec::new();
        for action in actions {
            let hooks = self.hooks.clone();
            let report = report.clone();
            match action {
                Action::BadTemplate(e) => {
                    failed(
                        &hooks,
                        HookKind::Page,
                        &report,
                        template_failure_message(&e),
                    );
                }
                Action::OpenUrl(url) => {
                    let opener = self.opener.clone();
                    started.push(runtime.spawn(async move {
                        let result = opener.open_and_wait(&url).await;
                        finish(&hooks, HookKind::Page, result, &report, |f| {
                            page_failure_message(opener.name(), f)
                        });
                    }));
                }
                Action::RunCommand(argv) => {
                    let values = values.clone();
                    let timeout = self.timeout;
                    started.push(runtime.spawn(async move {
                        let result = run_command_for(&argv, event, &values, timeout).await;
                        let program = argv.first().map(String::as_str).unwrap_or("");
                        finish(&hooks, HookKind::Command, result, &report, |f| {
                            command_failure_message(program, f)
                        });
                    }));
                }
            }
        }
        started
    }
}

/// Records how a run went.
fn finish(
    hooks: &Mutex<Hooks>,
    kind: HookKind,
    result: Result<(), HookFailure>,
    report: &Report,
    message: impl FnOnce(&HookFailure) -> String,
) {
    match result {
        Ok(()) => lock(hooks).succeeded(kind),
        Err(failure) => failed(hooks, kind, report, message(&failure)),
    }
}

/// The first failure of a streak is reported, the others logged.
fn failed(hooks: &Mutex<Hooks>, kind: HookKind, report: &Report, text: String) {
    let first = lock(hooks).failed(kind);
    if first {
        report(text);
    } else {
        tracing::warn!("{text}");
    }
}

/// The hooks, even if a thread panicked holding them (the state stays usable).
fn lock(hooks: &Mutex<Hooks>) -> MutexGuard<'_, Hooks> {
    hooks.lock().unwrap_or_else(|e| e.into_inner())
}
