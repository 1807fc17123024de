//! What to do when a call rings, is answered or ends: which page to open
//! and whether to run the command, within the rate limits. Pure: the clock
//! is the caller's.

use super::limits::{FailureTracker, TokenBucket};
use super::settings::HookSettings;
use super::template::{TemplateError, expand_url};
use super::values::CallValues;
use super::{BURST, HookEvent, HookKind, REFILL_EVERY};
use std::time::Instant;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hooks::values::{LOOKUP, test_values as values};
    use std::time::Duration;

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
}
