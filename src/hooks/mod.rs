//! Call hooks: a web page (a CRM's record of the caller) opened when a call
//! rings or is answered, and a program run when a call rings, is answered or
//! ends.
//!
//! Caller data comes from the network and may hold anything. It reaches a
//! page's URL only percent-encoded, so it can never change the scheme or the
//! host, nor add a query parameter or a fragment; it reaches a program only
//! through environment variables, and the program is started directly,
//! never through a shell. Both kinds are rate-limited (a storm of ringing
//! calls opens a handful of tabs), and a hook that keeps failing is reported
//! once, not once per call.

use crate::engine::LiveCall;
use crate::protocol::text::printable;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;
use std::process::{ExitStatus, Stdio};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};
use tokio::io::AsyncReadExt;

/// The longest a value is kept, in characters (the protocol bounds them too).
pub const MAX_VALUE_CHARS: usize = 256;
/// How long a command hook may run before it is stopped.
pub const COMMAND_TIMEOUT: Duration = Duration::from_secs(10);
/// Runs of one kind allowed at once before the rate limit applies.
pub const BURST: u32 = 5;
/// After a burst, one run of each kind per this long.
pub const REFILL_EVERY: Duration = Duration::from_secs(6);
/// The most of a failing command's stderr read into its message.
const STDERR_KEPT: usize = 512;

/// The placeholders a page URL may hold, as written between braces.
pub const PLACEHOLDERS: [&str; 5] = ["number", "name", "clid", "call_id", "direction"];

/// What happened to a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HookEvent {
    Ring,
    Answer,
    End,
}

impl HookEvent {
    /// The event as a hook sees it in `SKYDIAL_EVENT`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ring => "ring",
            Self::Answer => "answer",
            Self::End => "end",
        }
    }
}

impl fmt::Display for HookEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The two kinds of hook, each with its own rate limit and failure streak.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HookKind {
    /// The web page opened on ring or answer.
    Page,
    /// The program run on ring, answer and end.
    Command,
}

impl HookKind {
    fn index(self) -> usize {
        match self {
            Self::Page => 0,
            Self::Command => 1,
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Self::Page => "call page",
            Self::Command => "call hook",
        }
    }
}

/// What a hook is told about a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallValues {
    /// The other party's number.
    pub number: String,
    /// The caller's name from the contacts, or blank.
    pub name: String,
    /// The number originally dialled, or blank.
    pub clid: String,
    pub call_id: String,
    /// `inbound` or `outbound`.
    pub direction: &'static str,
}

impl CallValues {
    pub fn from_call(call: &LiveCall) -> Self {
        Self {
            number: clean(&call.call.ani),
            name: clean(call.name.as_deref().unwrap_or("")),
            clid: clean(call.call.clid.as_deref().unwrap_or("")),
            call_id: clean(call.call.id.as_str()),
            direction: if call.call.originated {
                "outbound"
            } else {
                "inbound"
            },
        }
    }

    /// Values to check a template with when it is saved.
    fn sample() -> Self {
        Self {
            number: "(212) 555-0142".into(),
            name: "Ada Lovelace".into(),
            clid: "6465551000".into(),
            call_id: "1".into(),
            direction: "inbound",
        }
    }

    /// The value a placeholder stands for, cleaned (the fields are public, so
    /// they are cleaned again where they are used).
    fn get(&self, placeholder: &str) -> Option<String> {
        Some(match placeholder {
            "number" => clean(&self.number),
            "name" => clean(&self.name),
            "clid" => clean(&self.clid),
            "call_id" => clean(&self.call_id),
            "direction" => clean(self.direction),
            _ => return None,
        })
    }

    /// The variables a command hook is given: `SKYDIAL_EVENT` and one per value.
    pub fn environment(&self, event: HookEvent) -> Vec<(&'static str, String)> {
        let mut vars = vec![("SKYDIAL_EVENT", event.as_str().to_string())];
        for (var, placeholder) in [
            ("SKYDIAL_NUMBER", "number"),
            ("SKYDIAL_NAME", "name"),
            ("SKYDIAL_CLID", "clid"),
            ("SKYDIAL_CALL_ID", "call_id"),
            ("SKYDIAL_DIRECTION", "direction"),
        ] {
            vars.push((var, self.get(placeholder).unwrap_or_default()));
        }
        vars
    }
}

/// `text` without the characters a terminal, a shell or a URL parser would
/// act on (C0 and C1 controls, DEL, bidirectional overrides: those
/// [`printable`] replaces), cut to [`MAX_VALUE_CHARS`]. A U+FFFD already in
/// the text goes too; it says nothing.
pub fn clean(text: &str) -> String {
    printable(text)
        .chars()
        .filter(|&c| c != '\u{fffd}')
        .take(MAX_VALUE_CHARS)
        .collect()
}

/// Why a page URL template cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    #[error("the page URL is blank; leave it blank only to open no page")]
    Blank,
    #[error(
        "the page URL must start with http:// or https:// (it starts with {start}): skydial opens web pages only; write it like https://crm.example.com/lookup?phone={{number}}"
    )]
    NotWeb { start: String },
    #[error(
        "the page URL has no site after the //; write it like https://crm.example.com/lookup?phone={{number}}"
    )]
    NoHost,
    #[error(
        "the site part of the page URL cannot hold a placeholder or a brace, so a caller can never choose the site; put placeholders in the path or the query, like https://crm.example.com/lookup?phone={{number}}"
    )]
    PlaceholderInHost,
    #[error(
        "the page URL has a space or a control character at character {position}; write a space as %20"
    )]
    BadCharacter { position: usize },
    #[error(
        "the page URL has an unknown placeholder {{{name}}}; the known ones are {{number}}, {{name}}, {{clid}}, {{call_id}} and {{direction}}"
    )]
    UnknownPlaceholder { name: String },
    #[error("the page URL has a {{ that is not closed by }}; write {{{{ for a brace itself")]
    Unclosed,
    #[error("the page URL has a }} that closes nothing; write }}}} for a brace itself")]
    StrayBrace,
}

/// Checks a page URL template when it is saved: blank (off) is fine,
/// anything else must expand.
pub fn check_template(template: &str) -> Result<(), TemplateError> {
    if template.trim().is_empty() {
        return Ok(());
    }
    expand_url(template, &CallValues::sample()).map(|_| ())
}

/// The page URL for a call: each `{placeholder}` replaced by its value,
/// percent-encoded (RFC 3986: only `A-Z a-z 0-9 - . _ ~` kept, every other
/// byte of the UTF-8 as `%XX`); `{{` and `}}` are braces themselves. The
/// template must be an http(s) URL whose site holds no placeholder.
pub fn expand_url(template: &str, values: &CallValues) -> Result<String, TemplateError> {
    let template = template.trim();
    if template.is_empty() {
        return Err(TemplateError::Blank);
    }
    let after_scheme = web_scheme_len(template).ok_or_else(|| TemplateError::NotWeb {
        start: shown_start(template),
    })?;
    if let Some(position) = template
        .chars()
        .position(|c| c.is_whitespace() || acted_on(c))
    {
        return Err(TemplateError::BadCharacter {
            position: position + 1,
        });
    }
    let rest = &template[after_scheme..];
    // The site ends where the path, the query or the fragment starts (a
    // browser also ends it at `\`, earlier: what is checked here is longer).
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() {
        return Err(TemplateError::NoHost);
    }
    if host.contains(['{', '}']) {
        return Err(TemplateError::PlaceholderInHost);
    }

    let mut out = String::with_capacity(template.len() + 64);
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '{' => {
                let mut name = String::new();
                loop {
                    match chars.next() {
                        Some('}') => break,
                        Some(c) => name.push(c),
                        None => return Err(TemplateError::Unclosed),
                    }
                }
                let value = values
                    .get(&name)
                    .ok_or_else(|| TemplateError::UnknownPlaceholder {
                        name: name.chars().take(40).collect(),
                    })?;
                percent_encode(&mut out, &value);
            }
            '}' => return Err(TemplateError::StrayBrace),
            c => out.push(c),
        }
    }
    Ok(out)
}

/// The length of `http://` or `https://` at the start of `url`, in any case.
fn web_scheme_len(url: &str) -> Option<usize> {
    let bytes = url.as_bytes();
    ["https://", "http://"].into_iter().find_map(|scheme| {
        bytes
            .get(..scheme.len())
            .filter(|start| start.eq_ignore_ascii_case(scheme.as_bytes()))
            .map(|_| scheme.len())
    })
}

/// The start of a refused template, to show: up to its first `:`.
fn shown_start(template: &str) -> String {
    let mut start = String::new();
    for c in template.chars().take(24) {
        start.push(c);
        if c == ':' {
            break;
        }
    }
    format!("\u{201c}{}\u{201d}", printable(&start))
}

/// Whether `c` is a control character (as [`printable`] finds them).
fn acted_on(c: char) -> bool {
    matches!(printable(c.encode_utf8(&mut [0; 4])), Cow::Owned(_))
}

fn percent_encode(out: &mut String, value: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    // A path segment that is `.` or `..` is resolved away by the browser
    // (even written %2E), which would move the page up the site's path.
    if value == "." || value == ".." {
        return;
    }
    for &byte in value.as_bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xf)]));
        }
    }
}

/// The hooks as saved in the settings; blank is off.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct HookSettings {
    /// The page opened when a call rings, like `https://crm.example.com/lookup?phone={number}`.
    pub url_on_ring: String,
    /// The page opened when a ringing call is answered.
    pub url_on_answer: String,
    /// The program run on ring, answer and end, then its arguments, each on
    /// its own: no shell reads them. The call's values are in its environment.
    pub command: Vec<String>,
}

impl HookSettings {
    /// Checks the hooks when they are saved; the error says which and what to do.
    pub fn check(&self) -> Result<(), String> {
        check_template(&self.url_on_ring)
            .map_err(|e| format!("The page to open when a call rings cannot be used: {e}."))?;
        check_template(&self.url_on_answer).map_err(|e| {
            format!("The page to open when a call is answered cannot be used: {e}.")
        })?;
        match self.command.as_slice() {
            [] => Ok(()),
            [program, rest @ ..] if program.trim().is_empty() => {
                if rest.iter().all(|a| a.trim().is_empty()) {
                    Ok(())
                } else {
                    Err("The call hook has arguments but no program: put the program first.".into())
                }
            }
            [program] if program.contains(' ') && !std::path::Path::new(program).exists() => {
                Err(format!(
                    "The call hook `{}` looks like a shell command line, but skydial runs no shell: give the program, then each argument on its own.",
                    printable(program)
                ))
            }
            _ => Ok(()),
        }
    }

    fn command_on(&self) -> bool {
        self.command.first().is_some_and(|p| !p.trim().is_empty())
    }
}

/// A rate limit: `capacity` at once, then one more per `every`. The clock
/// is the caller's, so it is tested without waiting.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u32,
    every: Duration,
    tokens: u32,
    /// When the tokens were last counted (meaningless while full).
    since: Instant,
}

impl TokenBucket {
    pub fn new(capacity: u32, every: Duration, now: Instant) -> Self {
        Self {
            capacity,
            every,
            tokens: capacity,
            since: now,
        }
    }

    /// Takes one token if there is one.
    pub fn try_take(&mut self, now: Instant) -> bool {
        if self.tokens < self.capacity {
            let elapsed = now.saturating_duration_since(self.since).as_nanos();
            let missing = self.capacity - self.tokens;
            let earned = elapsed / self.every.as_nanos().max(1);
            let earned = u32::try_from(earned).unwrap_or(u32::MAX).min(missing);
            if earned > 0 {
                self.tokens += earned;
                self.since += self.every * earned;
            }
        }
        if self.tokens == 0 {
            return false;
        }
        if self.tokens == self.capacity {
            self.since = now;
        }
        self.tokens -= 1;
        true
    }
}

/// Reports a failing hook once per streak of failures: the first failure
/// is reported, the next are not until the hook works again.
#[derive(Debug, Clone, Default)]
pub struct FailureTracker {
    failing: [bool; 2],
}

impl FailureTracker {
    /// A failure; true when it is the first of its streak (to report).
    pub fn failed(&mut self, kind: HookKind) -> bool {
        !std::mem::replace(&mut self.failing[kind.index()], true)
    }

    pub fn succeeded(&mut self, kind: HookKind) {
        self.failing[kind.index()] = false;
    }
}

/// What [`Hooks::fire`] decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Open this page.
    OpenUrl(String),
    /// Run the command (program, then arguments) with the call's values.
    RunCommand(Vec<String>),
    /// The page URL in the settings cannot be expanded (a hand-edited file).
    BadTemplate(TemplateError),
}

/// The hooks' settings and what they remember between calls: the rate
/// limits and the failure streaks. Pure: the clock is the caller's.
#[derive(Debug, Clone)]
pub struct Hooks {
    settings: HookSettings,
    buckets: [TokenBucket; 2],
    /// Runs skipped by the rate limit since the last run, per kind.
    skipped: [u64; 2],
    failures: FailureTracker,
}

impl Hooks {
    pub fn new(settings: HookSettings, now: Instant) -> Self {
        let bucket = TokenBucket::new(BURST, REFILL_EVERY, now);
        Self {
            settings,
            buckets: [bucket.clone(), bucket],
            skipped: [0; 2],
            failures: FailureTracker::default(),
        }
    }

    pub fn settings(&self) -> &HookSettings {
        &self.settings
    }

    /// New settings; a changed hook's failure is reported afresh.
    pub fn configure(&mut self, settings: HookSettings) {
        if settings != self.settings {
            self.failures = FailureTracker::default();
            self.settings = settings;
        }
    }

    /// What to do for `event`: which page to open and whether to run the
    /// command, within the rate limits.
    pub fn fire(&mut self, event: HookEvent, values: &CallValues, now: Instant) -> Vec<Action> {
        let mut actions = Vec::new();
        let template = match event {
            HookEvent::Ring => self.settings.url_on_ring.as_str(),
            HookEvent::Answer => self.settings.url_on_answer.as_str(),
            HookEvent::End => "",
        };
        if !template.trim().is_empty() {
            match expand_url(template, values) {
                Ok(url) => {
                    if self.allowed(HookKind::Page, now) {
                        actions.push(Action::OpenUrl(url));
                    }
                }
                Err(e) => actions.push(Action::BadTemplate(e)),
            }
        }
        if self.settings.command_on() && self.allowed(HookKind::Command, now) {
            actions.push(Action::RunCommand(self.settings.command.clone()));
        }
        actions
    }

    /// The rate limit, logged once per burst of skipped runs.
    fn allowed(&mut self, kind: HookKind, now: Instant) -> bool {
        let i = kind.index();
        if self.buckets[i].try_take(now) {
            if self.skipped[i] > 0 {
                tracing::warn!(
                    "{} {} runs were skipped by the rate limit",
                    self.skipped[i],
                    kind.noun()
                );
                self.skipped[i] = 0;
            }
            return true;
        }
        self.skipped[i] += 1;
        if self.skipped[i] == 1 {
            tracing::warn!(
                "too many calls for the {}: it runs {BURST} times at once, then once every {} s; skipping runs until then",
                kind.noun(),
                REFILL_EVERY.as_secs()
            );
        }
        false
    }

    /// A failure; true when it is the first of its streak (to report).
    pub fn failed(&mut self, kind: HookKind) -> bool {
        self.failures.failed(kind)
    }

    pub fn succeeded(&mut self, kind: HookKind) {
        self.failures.succeeded(kind);
    }
}

/// Why a hook's program (or the page opener) did not work.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HookFailure {
    #[error("cannot run it: {reason}")]
    CannotRun { reason: String },
    /// It ran and failed; `stderr` is the first line it wrote there.
    #[error("{status}{}", in_brackets(.stderr))]
    Failed { status: String, stderr: String },
    #[error("it ran longer than {} and was stopped", shown_duration(*.after))]
    TimedOut { after: Duration },
}

fn in_brackets(text: &str) -> String {
    if text.is_empty() {
        String::new()
    } else {
        format!(" ({text})")
    }
}

fn shown_duration(d: Duration) -> String {
    if d.subsec_millis() == 0 {
        format!("{} s", d.as_secs())
    } else {
        format!("{} ms", d.as_millis())
    }
}

fn cannot_run(e: &std::io::Error) -> HookFailure {
    let reason = match e.kind() {
        std::io::ErrorKind::NotFound => {
            "there is no such program; give its full path, or check that it is installed"
                .to_string()
        }
        std::io::ErrorKind::PermissionDenied => {
            "permission denied; check that it is a program you may run (chmod +x)".to_string()
        }
        _ => e.to_string(),
    };
    HookFailure::CannotRun { reason }
}

fn status_text(status: ExitStatus) -> String {
    if let Some(code) = status.code() {
        return format!("exit status {code}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return format!("stopped by signal {signal}");
        }
    }
    status.to_string()
}

/// The first line with text in what a program wrote to stderr, safe to show.
fn first_line(stderr: &[u8]) -> String {
    String::from_utf8_lossy(stderr)
        .lines()
        .map(|line| clean(line).trim().to_string())
        .find(|line| !line.is_empty())
        .unwrap_or_default()
}

/// What the user is told, once, when the command hook fails.
pub fn command_failure_message(program: &str, failure: &HookFailure) -> String {
    format!(
        "The call hook `{}` failed: {failure}. skydial will not say so again until it works; fix it in Settings > Call page and hook.",
        clean(program)
    )
}

/// What the user is told, once, when the call page cannot be opened.
pub fn page_failure_message(opener: &str, failure: &HookFailure) -> String {
    format!(
        "The call page could not be opened (`{}`: {failure}). skydial will not say so again until it works; check that a default web browser is set, or change the page in Settings > Call page and hook.",
        clean(opener)
    )
}

/// What the user is told, once, when the page URL in the settings is broken.
pub fn template_failure_message(error: &TemplateError) -> String {
    format!(
        "The call page cannot be opened: {error}. skydial will not say so again until it works; fix it in Settings > Call page and hook."
    )
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
            reason: "no program is set".into(),
        });
    };
    let mut command = std::process::Command::new(program);
    command.args(args);
    without_our_variables(&mut command);
    command.envs(values.environment(event));
    run(command, Some(limit)).await
}

/// Leaves out what skydial itself was given in `SKYDIAL_*` variables (the
/// PIN may be one): a hook sees only the call's.
fn without_our_variables(command: &mut std::process::Command) {
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("SKYDIAL_") {
            command.env_remove(name);
        }
    }
}

/// Runs `command` to its end (or `limit`), stdin and stdout closed, the
/// start of stderr kept for the message.
async fn run(command: std::process::Command, limit: Option<Duration>) -> Result<(), HookFailure> {
    let mut command = tokio::process::Command::from(command);
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    let mut child = command.spawn().map_err(|e| cannot_run(&e))?;
    let mut stderr = child.stderr.take();
    let mut kept = Vec::new();
    let waited = {
        let wait = wait_reading(&mut child, &mut stderr, &mut kept);
        match limit {
            Some(limit) => tokio::time::timeout(limit, wait).await.ok(),
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
        None => {
            // kill() also reaps it.
            if let Err(e) = child.kill().await {
                tracing::warn!("could not stop a call hook that ran too long: {e}");
            }
            return Err(HookFailure::TimedOut {
                after: limit.unwrap_or_default(),
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

/// The program that opens a page in the user's browser, run directly (no
/// shell) with the URL as its last argument. The URL starts with `http`, so
/// it is never taken for an option.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlOpener {
    argv: Vec<String>,
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
        Self { argv }
    }

    /// The program, for messages.
    pub fn name(&self) -> &str {
        self.argv.first().map(String::as_str).unwrap_or("")
    }

    fn command(&self, url: &str) -> Result<std::process::Command, HookFailure> {
        let Some((program, args)) = self.argv.split_first() else {
            return Err(HookFailure::CannotRun {
                reason: "no program to open pages with is set".into(),
            });
        };
        let mut command = std::process::Command::new(program);
        command.args(args).arg(url);
        without_our_variables(&mut command);
        Ok(command)
    }

    /// Opens `url` and returns at once; the opener is waited for (reaped) on
    /// a thread of its own, and a failure there is logged.
    pub fn open(&self, url: &str) -> Result<(), String> {
        let fail = |e: &HookFailure| format!("`{}` could not open {url}: {e}", self.name());
        let mut command = self.command(url).map_err(|e| fail(&e))?;
        command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let mut child = command.spawn().map_err(|e| fail(&cannot_run(&e)))?;
        let name = self.name().to_string();
        let reaper =
            std::thread::Builder::new()
                .name("url-opener".into())
                .spawn(move || match child.wait() {
                    Ok(status) if !status.success() => {
                        tracing::warn!("{name} could not open a page: {}", status_text(status));
                    }
                    Ok(_) => {}
                    Err(e) => tracing::warn!("lost track of {name}: {e}"),
                });
        if let Err(e) = reaper {
            tracing::warn!("no thread to wait for {}: {e}", self.name());
        }
        Ok(())
    }

    /// Opens `url` and waits for the opener to end (some wait for the
    /// browser), without a time limit.
    pub async fn open_and_wait(&self, url: &str) -> Result<(), HookFailure> {
        run(self.command(url)?, None).await
    }
}

/// Opens `url` in the user's browser ([`UrlOpener::system`]).
pub fn open_url(url: &str) -> Result<(), String> {
    UrlOpener::system().open(url)
}

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
    /// started runs, for a caller that wants to wait for them.
    pub fn handle(
        &self,
        event: HookEvent,
        call: &LiveCall,
        report: impl Fn(String) + Send + Sync + 'static,
    ) -> Vec<tokio::task::JoinHandle<()>> {
        self.handle_values(event, CallValues::from_call(call), report)
    }

    /// [`HookRunner::handle`] with the values already taken from the call.
    pub fn handle_values(
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

#[cfg(test)]
mod tests {
    use super::*;

    fn values(name: &str) -> CallValues {
        CallValues {
            number: "2125550142".into(),
            name: name.into(),
            clid: "6465551000".into(),
            call_id: "c-17".into(),
            direction: "inbound",
        }
    }

    const LOOKUP: &str = "https://crm.example.com/lookup?phone={number}&who={name}";

    #[test]
    fn event_names() {
        assert_eq!(HookEvent::Ring.as_str(), "ring");
        assert_eq!(HookEvent::Answer.as_str(), "answer");
        assert_eq!(HookEvent::End.to_string(), "end");
    }

    #[test]
    fn every_placeholder_is_replaced() {
        let v = CallValues {
            number: "+1 (212) 555-0142".into(),
            name: "Ada".into(),
            clid: "6465551000".into(),
            call_id: "a/b".into(),
            direction: "outbound",
        };
        assert_eq!(
            expand_url(
                "https://crm.example.com/c/{call_id}?n={number}&w={name}&d={clid}&dir={direction}",
                &v
            )
            .unwrap(),
            "https://crm.example.com/c/a%2Fb?n=%2B1%20%28212%29%20555-0142&w=Ada&d=6465551000&dir=outbound"
        );
    }

    #[test]
    fn quotes_spaces_and_url_syntax_are_encoded() {
        let name = "Ada \"The Countess\" O'Hara & Co #1 ?x=y/z 100% +";
        assert_eq!(
            expand_url(LOOKUP, &values(name)).unwrap(),
            "https://crm.example.com/lookup?phone=2125550142&who=Ada%20%22The%20Countess%22%20O%27Hara%20%26%20Co%20%231%20%3Fx%3Dy%2Fz%20100%25%20%2B"
        );
        // Unreserved characters stay as they are.
        assert_eq!(
            expand_url(LOOKUP, &values("a-b.c_d~e")).unwrap(),
            "https://crm.example.com/lookup?phone=2125550142&who=a-b.c_d~e"
        );
    }

    #[test]
    fn non_ascii_is_encoded_as_utf8_bytes() {
        assert_eq!(
            expand_url(LOOKUP, &values("Zoé 日本 📞")).unwrap(),
            "https://crm.example.com/lookup?phone=2125550142&who=Zo%C3%A9%20%E6%97%A5%E6%9C%AC%20%F0%9F%93%9E"
        );
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(
            expand_url(LOOKUP, &values("a\nb\rc\td\0e\u{1b}[31mf\u{7f}g\u{202e}h")).unwrap(),
            "https://crm.example.com/lookup?phone=2125550142&who=abcde%5B31mfgh"
        );
        assert_eq!(clean("line one\nline two\u{9b}"), "line oneline two");
    }

    #[test]
    fn values_are_cut_to_256_characters() {
        let long = "é".repeat(300);
        assert_eq!(clean(&long).chars().count(), MAX_VALUE_CHARS);
        let url = expand_url("https://x.example/?n={name}", &values(&long)).unwrap();
        assert_eq!(url.len(), "https://x.example/?n=".len() + 256 * 6);
    }

    #[test]
    fn caller_data_cannot_add_a_parameter_or_a_fragment() {
        let url = expand_url(LOOKUP, &values("x&admin=1#frag")).unwrap();
        assert_eq!(url.matches('?').count(), 1);
        assert!(!url.contains('#'), "{url}");
        let query = url.split_once('?').unwrap().1;
        let keys: Vec<&str> = query
            .split('&')
            .map(|pair| pair.split_once('=').unwrap().0)
            .collect();
        assert_eq!(keys, ["phone", "who"]);
        assert!(url.starts_with("https://crm.example.com/lookup?"));
    }

    #[test]
    fn dot_segments_are_left_out() {
        let url = expand_url(
            "https://crm.example.com/contacts/{name}/edit",
            &values(".."),
        )
        .unwrap();
        assert_eq!(url, "https://crm.example.com/contacts//edit");
        let url = expand_url("https://crm.example.com/c/{name}", &values("...")).unwrap();
        assert_eq!(url, "https://crm.example.com/c/...");
    }

    #[test]
    fn only_web_urls_are_accepted() {
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "data:text/html,<script>alert(1)</script>",
            "ftp://files.example.com/{number}",
            "/usr/bin/xterm",
            "crm.example.com/lookup?phone={number}",
            "httpx://crm.example.com/",
        ] {
            let err = expand_url(bad, &values("Ada")).unwrap_err();
            assert!(matches!(err, TemplateError::NotWeb { .. }), "{bad}: {err}");
            assert!(err.to_string().contains("http:// or https://"), "{err}");
            assert!(check_template(bad).is_err(), "{bad}");
        }
        let err = expand_url("javascript:alert(1)", &values("Ada")).unwrap_err();
        assert!(
            err.to_string().contains("\u{201c}javascript:\u{201d}"),
            "{err}"
        );
        assert_eq!(
            expand_url("HTTPS://crm.example.com/?n={number}", &values("")).unwrap(),
            "HTTPS://crm.example.com/?n=2125550142"
        );
        assert_eq!(
            expand_url("  http://crm.example.com/  ", &values("")).unwrap(),
            "http://crm.example.com/"
        );
        // Blank is off when saved, and nothing to open when expanded.
        assert_eq!(check_template("   "), Ok(()));
        assert_eq!(expand_url("", &values("")), Err(TemplateError::Blank));
    }

    #[test]
    fn the_site_cannot_hold_caller_data() {
        for bad in [
            "https://{name}.crm.example.com/",
            "https://crm.example.com:{number}/",
            "https://{name}@crm.example.com/",
            "https://crm.example.com{{x}}/",
            "https://crm.example.com\\{name}",
        ] {
            assert_eq!(
                expand_url(bad, &values("evil.example")),
                Err(TemplateError::PlaceholderInHost),
                "{bad}"
            );
        }
        assert_eq!(
            expand_url("https:///path?{number}", &values("")),
            Err(TemplateError::NoHost)
        );
        assert_eq!(
            expand_url("https://?{number}", &values("")),
            Err(TemplateError::NoHost)
        );
    }

    #[test]
    fn spaces_and_controls_in_the_template_are_refused() {
        assert_eq!(
            expand_url("https://crm.example.com/a b", &values("")),
            Err(TemplateError::BadCharacter { position: 26 })
        );
        assert!(matches!(
            expand_url("https://crm.example.com/\u{1b}", &values("")),
            Err(TemplateError::BadCharacter { .. })
        ));
        let err = check_template("https://crm.example.com/a b").unwrap_err();
        assert!(err.to_string().contains("%20"), "{err}");
    }

    #[test]
    fn unknown_placeholders_are_named_and_braces_doubled() {
        let err = expand_url("https://crm.example.com/?p={phone}", &values("")).unwrap_err();
        assert_eq!(
            err,
            TemplateError::UnknownPlaceholder {
                name: "phone".into()
            }
        );
        let text = err.to_string();
        assert!(text.contains("{phone}"), "{text}");
        assert!(
            text.contains("{number}, {name}, {clid}, {call_id} and {direction}"),
            "{text}"
        );
        assert_eq!(
            expand_url("https://crm.example.com/{{x}}?n={number}", &values("")).unwrap(),
            "https://crm.example.com/{x}?n=2125550142"
        );
        assert_eq!(
            expand_url("https://crm.example.com/{{{name}}}", &values("A B")).unwrap(),
            "https://crm.example.com/{A%20B}"
        );
        assert_eq!(
            expand_url("https://crm.example.com/{number", &values("")),
            Err(TemplateError::Unclosed)
        );
        assert_eq!(
            expand_url("https://crm.example.com/number}", &values("")),
            Err(TemplateError::StrayBrace)
        );
        assert!(
            TemplateError::Unclosed.to_string().contains("write {{"),
            "{}",
            TemplateError::Unclosed
        );
        assert_eq!(
            check_template("https://crm.example.com/?p={phone}"),
            Err(err)
        );
        assert_eq!(check_template(LOOKUP), Ok(()));
    }

    #[test]
    fn values_come_from_the_live_call() {
        use crate::protocol::{Call, CallId, CallState};
        let mut live = LiveCall {
            call: Call {
                id: CallId::new("c-9"),
                state: CallState::Ringing,
                ani: "212\n555\u{1b}0142".into(),
                clid: None,
                did: "6465551000".into(),
                duration: 0,
                endpoint: String::new(),
                originated: false,
            },
            name: None,
            ever_connected: false,
            updated_at: tokio::time::Instant::now(),
            seq: 0,
        };
        assert_eq!(
            CallValues::from_call(&live),
            CallValues {
                number: "2125550142".into(),
                name: String::new(),
                clid: String::new(),
                call_id: "c-9".into(),
                direction: "inbound",
            }
        );
        live.call.originated = true;
        live.call.clid = Some("6465551000".into());
        live.name = Some("Ada".into());
        let v = CallValues::from_call(&live);
        assert_eq!(
            (v.direction, v.clid.as_str(), v.name.as_str()),
            ("outbound", "6465551000", "Ada")
        );
        assert_eq!(
            v.environment(HookEvent::Answer),
            [
                ("SKYDIAL_EVENT", "answer".to_string()),
                ("SKYDIAL_NUMBER", "2125550142".to_string()),
                ("SKYDIAL_NAME", "Ada".to_string()),
                ("SKYDIAL_CLID", "6465551000".to_string()),
                ("SKYDIAL_CALL_ID", "c-9".to_string()),
                ("SKYDIAL_DIRECTION", "outbound".to_string()),
            ]
        );
    }

    #[test]
    fn the_bucket_allows_a_burst_then_one_per_six_seconds() {
        let t0 = Instant::now();
        let mut bucket = TokenBucket::new(BURST, REFILL_EVERY, t0);
        for i in 0..5 {
            assert!(bucket.try_take(t0), "run {i} of the burst");
        }
        assert!(!bucket.try_take(t0), "the sixth at once");
        assert!(!bucket.try_take(t0 + Duration::from_millis(5_999)));
        assert!(bucket.try_take(t0 + Duration::from_secs(6)));
        assert!(!bucket.try_take(t0 + Duration::from_secs(7)));
        assert!(bucket.try_take(t0 + Duration::from_secs(12)));
        // A long quiet spell refills it, no further than the burst.
        let later = t0 + Duration::from_secs(3600);
        for i in 0..5 {
            assert!(bucket.try_take(later), "run {i} after an hour");
        }
        assert!(!bucket.try_take(later));
    }

    #[test]
    fn a_storm_of_calls_fires_a_handful_of_hooks() {
        let t0 = Instant::now();
        let settings = HookSettings {
            url_on_ring: LOOKUP.into(),
            url_on_answer: String::new(),
            command: vec!["/usr/bin/true".into()],
        };
        let mut hooks = Hooks::new(settings, t0);
        let mut pages = 0;
        let mut commands = 0;
        // 1000 calls ringing over 10 seconds.
        for i in 0..1000u64 {
            let now = t0 + Duration::from_millis(i * 10);
            for action in hooks.fire(HookEvent::Ring, &values("Ada"), now) {
                match action {
                    Action::OpenUrl(_) => pages += 1,
                    Action::RunCommand(_) => commands += 1,
                    Action::BadTemplate(e) => panic!("{e}"),
                }
            }
        }
        assert_eq!((pages, commands), (6, 6));
    }

    #[test]
    fn fire_follows_the_settings() {
        let t0 = Instant::now();
        let mut hooks = Hooks::new(HookSettings::default(), t0);
        assert!(hooks.fire(HookEvent::Ring, &values("Ada"), t0).is_empty());
        hooks.configure(HookSettings {
            url_on_ring: "https://crm.example.com/ring?n={number}".into(),
            url_on_answer: "https://crm.example.com/answer?n={number}".into(),
            command: vec!["hook".into(), "--flag".into()],
        });
        let command = Action::RunCommand(vec!["hook".into(), "--flag".into()]);
        assert_eq!(
            hooks.fire(HookEvent::Ring, &values("Ada"), t0),
            [
                Action::OpenUrl("https://crm.example.com/ring?n=2125550142".into()),
                command.clone()
            ]
        );
        assert_eq!(
            hooks.fire(HookEvent::Answer, &values("Ada"), t0),
            [
                Action::OpenUrl("https://crm.example.com/answer?n=2125550142".into()),
                command.clone()
            ]
        );
        assert_eq!(hooks.fire(HookEvent::End, &values("Ada"), t0), [command]);
        // A hand-edited file with a broken page: reported, the command still runs.
        hooks.configure(HookSettings {
            url_on_ring: "file:///etc/passwd".into(),
            url_on_answer: String::new(),
            command: vec![" ".into()],
        });
        let actions = hooks.fire(HookEvent::Ring, &values("Ada"), t0);
        assert!(
            matches!(
                actions.as_slice(),
                [Action::BadTemplate(TemplateError::NotWeb { .. })]
            ),
            "{actions:?}"
        );
    }

    #[test]
    fn a_failure_is_reported_once_per_streak() {
        let mut tracker = FailureTracker::default();
        let reports = (0..3).filter(|_| tracker.failed(HookKind::Command)).count();
        assert_eq!(reports, 1);
        assert!(
            tracker.failed(HookKind::Page),
            "each kind has its own streak"
        );
        tracker.succeeded(HookKind::Command);
        assert!(
            tracker.failed(HookKind::Command),
            "reported again after a success"
        );
        assert!(!tracker.failed(HookKind::Command));
        assert!(!tracker.failed(HookKind::Page));
    }

    #[test]
    fn new_settings_report_a_failure_afresh() {
        let t0 = Instant::now();
        let mut hooks = Hooks::new(HookSettings::default(), t0);
        assert!(hooks.failed(HookKind::Command));
        assert!(!hooks.failed(HookKind::Command));
        hooks.configure(HookSettings::default());
        assert!(
            !hooks.failed(HookKind::Command),
            "same settings, same streak"
        );
        hooks.configure(HookSettings {
            command: vec!["/bin/other".into()],
            ..HookSettings::default()
        });
        assert!(hooks.failed(HookKind::Command));
    }

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
    fn settings_are_checked_when_saved() {
        assert_eq!(HookSettings::default().check(), Ok(()));
        let ok = HookSettings {
            url_on_ring: LOOKUP.into(),
            url_on_answer: String::new(),
            command: vec!["/usr/local/bin/crm-log".into(), "--quiet".into()],
        };
        assert_eq!(ok.check(), Ok(()));
        let err = HookSettings {
            url_on_answer: "javascript:alert(1)".into(),
            ..ok.clone()
        }
        .check()
        .unwrap_err();
        assert!(
            err.starts_with("The page to open when a call is answered"),
            "{err}"
        );
        let err = HookSettings {
            command: vec!["notify-send 'a call'".into()],
            ..ok.clone()
        }
        .check()
        .unwrap_err();
        assert!(err.contains("runs no shell"), "{err}");
        let err = HookSettings {
            command: vec![String::new(), "--quiet".into()],
            ..ok
        }
        .check()
        .unwrap_err();
        assert!(err.contains("no program"), "{err}");
    }

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
