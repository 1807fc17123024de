//! The settings screen: account, phone, hotkey, screen pops, do not disturb,
//! tray behaviour. Each change applies at once, as a desktop's settings do:
//! a tick or a choice when made, a text field when the keyboard leaves it
//! (checked as it is typed), so a half-typed hotkey is never tried.

use super::widgets::{Command, labelled_field};
use crate::app::messages::DeskRequest;
use crate::engine::Snapshot;
use crate::protocol::number::readable;
use crate::settings::{Settings, SettingsEdit};
use crate::t;

/// The settings typed as text (the others apply when clicked).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Field {
    Endpoint,
    Hotkey,
    /// The call pages and the program.
    Hooks,
}

pub struct SettingsScreen {
    /// The settings the draft was made from (the desk's, as last seen).
    base: Settings,
    /// What the screen shows: the settings with the user's changes.
    draft: Settings,
    /// What was last handed to the app to apply (the base once it is sent).
    offered: Option<Settings>,
    /// A hotkey the desktop refused: not tried again until it is changed.
    hotkey_refused: Option<String>,
    /// The text field with the keyboard this pass: what it holds is applied
    /// once the keyboard leaves it.
    editing: Option<Field>,
    /// The call hook as typed: the program, then its arguments (split like
    /// words in a terminal, quotes keep spaces; no shell ever reads it).
    command_text: String,
    /// The About lines: where skydial keeps its files (`None`: this system
    /// has no such place).
    about: About,
    /// The rules' lists as typed.
    rules_text: super::rules::RulesText,
}

/// Where skydial keeps its files, for About.
struct About {
    log: Option<String>,
    data: Option<String>,
    settings: Option<String>,
}

impl SettingsScreen {
    pub fn new(settings: &Settings) -> Self {
        let shown = |p: Option<std::path::PathBuf>| p.map(|p| p.display().to_string());
        Self {
            base: settings.clone(),
            draft: settings.clone(),
            offered: None,
            hotkey_refused: None,
            editing: None,
            command_text: shell_words::join(&settings.hooks.command),
            rules_text: super::rules::RulesText::default(),
            about: About {
                log: shown(crate::logs::log_path()),
                data: shown(crate::history::data_dir()),
                settings: shown(crate::settings::default_path()),
            },
        }
    }

    /// The settings changed (saved from here, or changed elsewhere: the
    /// tray's do not disturb): the draft takes the new values, and keeps
    /// what the user changed and has not saved.
    pub fn follow(&mut self, saved: &Settings) {
        let unsaved = SettingsEdit::between(&self.base, &self.draft);
        self.draft = unsaved.applied_to(saved);
        if self.draft.hooks == saved.hooks {
            self.command_text = shell_words::join(&saved.hooks.command);
        }
        self.base = saved.clone();
    }

    /// The changes offered went to the desk: they are the base now (what
    /// the desk publishes next replaces it, see [`Self::follow`]).
    pub fn sent(&mut self) {
        if let Some(offered) = self.offered.take() {
            self.base = offered;
        }
    }

    /// The desktop refused the hotkey offered: the field keeps it (the
    /// reason is shown under it) and the other changes still apply.
    pub fn hotkey_refused(&mut self) {
        self.hotkey_refused = self.offered.take().map(|o| o.hotkey);
    }

    /// What of the draft can be applied now: nothing while a field is being
    /// typed in; not the call hook while its line is wrong, nor a hotkey
    /// already refused.
    fn to_apply(&self, hooks_wrong: bool) -> Option<Settings> {
        if self.draft == self.base {
            return None;
        }
        let mut wanted = self.draft.clone();
        match self.editing {
            Some(Field::Endpoint) => wanted.endpoint.clone_from(&self.base.endpoint),
            Some(Field::Hotkey) => wanted.hotkey.clone_from(&self.base.hotkey),
            Some(Field::Hooks) | None => {}
        }
        if hooks_wrong || self.editing == Some(Field::Hooks) {
            wanted.hooks = self.base.hooks.clone();
        }
        if self.hotkey_refused.as_deref() == Some(wanted.hotkey.as_str()) {
            wanted.hotkey = self.base.hotkey.clone();
        }
        (wanted != self.base).then_some(wanted)
    }

    /// A labelled text field; while it has the keyboard, it is `field`
    /// being edited.
    fn field(&mut self, ui: &mut egui::Ui, field: Field, label: &str, edit: egui::TextEdit<'_>) {
        if labelled_field(ui, label, edit).has_focus() {
            self.editing = Some(field);
        }
    }

    /// The call page and hook; returns what keeps them from being saved.
    fn hooks_ui(&mut self, ui: &mut egui::Ui) -> Option<String> {
        ui.separator();
        ui.strong(t!("settings-hooks"));
        let mut editing = false;
        egui::Grid::new("hooks")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                editing |= labelled_field(
                    ui,
                    &t!("settings-hooks-url-on-ring"),
                    egui::TextEdit::singleline(&mut self.draft.hooks.url_on_ring)
                        .hint_text("https://crm.example.com/find?phone={number}"),
                )
                .has_focus();
                ui.end_row();
                editing |= labelled_field(
                    ui,
                    &t!("settings-hooks-url-on-answer"),
                    egui::TextEdit::singleline(&mut self.draft.hooks.url_on_answer),
                )
                .has_focus();
                ui.end_row();
                editing |= labelled_field(
                    ui,
                    &t!("settings-hooks-command"),
                    egui::TextEdit::singleline(&mut self.command_text)
                        .hint_text("/usr/local/bin/log-call --verbose"),
                )
                .has_focus();
                ui.end_row();
            });
        if editing {
            self.editing = Some(Field::Hooks);
        }
        // The placeholders are the page's words in every language.
        ui.small(t!(
            "settings-hooks-help",
            number = "{number}",
            name = "{name}",
            clid = "{clid}",
            call_id = "{call_id}",
            direction = "{direction}"
        ));
        let problem = match shell_words::split(&self.command_text) {
            Ok(words) => {
                self.draft.hooks.command = words;
                self.draft.hooks.check().err().map(|e| e.to_string())
            }
            Err(_) => Some(t!("settings-hooks-unclosed-quote")),
        };
        if let Some(problem) = &problem {
            ui.label(egui::RichText::new(problem).color(ui.visuals().error_fg_color));
        }
        problem
    }

    /// What the hotkey does and reads, and light or dark.
    fn hotkey_choices_ui(&mut self, ui: &mut egui::Ui) {
        // Each choice: the setting's value (kept as it is in every
        // language) and what is shown for it.
        let choose = |ui: &mut egui::Ui,
                      salt: &str,
                      label: String,
                      value: &mut String,
                      options: &[(&str, String)]| {
            let shown = options
                .iter()
                .find(|(key, _)| value.trim().eq_ignore_ascii_case(key))
                .or(options.first())
                .map(|(_, text)| text.clone())
                .unwrap_or_default();
            egui::ComboBox::new(salt, label)
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    for (key, text) in options {
                        ui.selectable_value(value, (*key).to_string(), text);
                    }
                });
        };
        choose(
            ui,
            "hotkey-action",
            t!("settings-hotkey-action"),
            &mut self.draft.hotkey_action,
            &[
                ("prompt", t!("settings-hotkey-action-prompt")),
                ("dial", t!("settings-hotkey-action-dial")),
            ],
        );
        if cfg!(target_os = "linux") {
            choose(
                ui,
                "hotkey-reads",
                t!("settings-hotkey-reads"),
                &mut self.draft.hotkey_reads,
                &[
                    ("clipboard", t!("settings-hotkey-reads-clipboard")),
                    ("selection", t!("settings-hotkey-reads-selection")),
                ],
            );
        }
        choose(
            ui,
            "theme",
            t!("settings-theme"),
            &mut self.draft.theme,
            &[
                ("system", t!("settings-theme-system")),
                ("light", t!("settings-theme-light")),
                ("dark", t!("settings-theme-dark")),
            ],
        );
    }

    /// The *Language* setting: the system's, or one of skydial's languages,
    /// each in its own name. A saved tag with a region (`de-AT`) shows as its
    /// language and stays as it is until another is picked.
    fn language_ui(&mut self, ui: &mut egui::Ui) {
        let choices = crate::i18n::choices();
        let saved = self.draft.language.trim().to_ascii_lowercase();
        let shown = choices
            .iter()
            .find(|(code, _)| {
                saved == *code
                    || saved
                        .strip_prefix(code)
                        .is_some_and(|rest| rest.starts_with(['-', '_']))
            })
            .map_or_else(|| self.draft.language.clone(), |(_, name)| name.clone());
        egui::ComboBox::from_label(t!("settings-language"))
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for (code, name) in &choices {
                    ui.selectable_value(&mut self.draft.language, (*code).to_string(), name);
                }
            });
    }

    fn about_ui(&self, ui: &mut egui::Ui) {
        ui.separator();
        egui::CollapsingHeader::new(t!("settings-about"))
            .id_salt("about-skydial")
            .show(ui, |ui| {
                egui::Grid::new("about")
                    .num_columns(2)
                    .spacing([12.0, 4.0])
                    .show(ui, |ui| {
                        let none = || t!("settings-about-none");
                        for (what, value) in [
                            (
                                t!("settings-about-version"),
                                format!("skydial {}", env!("CARGO_PKG_VERSION")),
                            ),
                            (
                                t!("settings-about-log"),
                                self.about.log.clone().unwrap_or_else(none),
                            ),
                            (
                                t!("settings-about-data"),
                                self.about.data.clone().unwrap_or_else(none),
                            ),
                            (
                                t!("settings-about-settings"),
                                self.about.settings.clone().unwrap_or_else(none),
                            ),
                        ] {
                            ui.label(what);
                            ui.add(egui::Label::new(value).selectable(true));
                            ui.end_row();
                        }
                    });
            });
    }

    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        snap: &Snapshot,
        hotkey_status: &str,
    ) -> Option<Command> {
        let mut command = None;
        self.editing = None;
        ui.strong(t!("settings-account"));
        ui.label(t!(
            "settings-signed-in-as",
            user = snap.user.as_deref().map(readable).unwrap_or_default(),
            server = self.base.server.as_str()
        ));
        ui.horizontal(|ui| {
            if ui.button(t!("settings-sign-out")).clicked() {
                command = Some(Command::Request(DeskRequest::SignOut { forget_pin: false }));
            }
            if ui.button(t!("settings-sign-out-forget-pin")).clicked() {
                command = Some(Command::Request(DeskRequest::SignOut { forget_pin: true }));
            }
        });
        ui.separator();
        ui.strong(t!("settings-phone-and-calls"));
        egui::Grid::new("settings")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                let mut endpoint = std::mem::take(&mut self.draft.endpoint);
                self.field(
                    ui,
                    Field::Endpoint,
                    &t!("settings-endpoint"),
                    egui::TextEdit::singleline(&mut endpoint),
                );
                self.draft.endpoint = endpoint;
                ui.end_row();
                super::widgets::hint_under(ui, &t!("settings-endpoint-hint"));
                let mut hotkey = std::mem::take(&mut self.draft.hotkey);
                self.field(
                    ui,
                    Field::Hotkey,
                    &t!("settings-hotkey"),
                    egui::TextEdit::singleline(&mut hotkey),
                );
                self.draft.hotkey = hotkey;
                ui.end_row();
            });
        ui.small(hotkey_status);
        self.hotkey_choices_ui(ui);
        self.language_ui(ui);
        ui.checkbox(&mut self.draft.notifications, t!("settings-notifications"));
        ui.checkbox(
            &mut self.draft.do_not_disturb,
            t!("settings-do-not-disturb"),
        );
        ui.checkbox(
            &mut self.draft.start_minimised,
            t!("settings-start-minimised"),
        );
        ui.checkbox(&mut self.draft.close_to_tray, t!("settings-close-to-tray"));
        ui.checkbox(
            &mut self.draft.start_at_login,
            t!("settings-start-at-login"),
        );
        ui.checkbox(&mut self.draft.trusted_links, t!("settings-trusted-links"));
        let problem = self.hooks_ui(ui);
        self.rules_text.ui(ui, &mut self.draft);
        if command.is_none()
            && let Some(wanted) = self.to_apply(problem.is_some())
        {
            command = Some(Command::SaveSettings(Box::new(SettingsEdit::between(
                &self.base, &wanted,
            ))));
            self.offered = Some(wanted);
        }
        self.about_ui(ui);
        command
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code
    use super::*;
    use crate::i18n::{Locale, scoped};
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    /// The screen drawn in `tag`'s language: its labels, as a screen reader
    /// reads them.
    fn drawn_in(tag: &str) -> Harness<'static> {
        let locale = Locale::parse(tag).unwrap();
        let mut screen = SettingsScreen::new(&Settings::default());
        let snap = Snapshot::default();
        let mut harness = Harness::new_ui(move |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                let _ = scoped(locale, || screen.ui(ui, &snap, ""));
            });
        });
        harness.run();
        harness
    }

    #[test]
    fn the_settings_speak_german_and_english() {
        let de = drawn_in("de");
        de.get_by_label("Abmelden und PIN vergessen");
        de.get_by_label("Tastenkürzel für die Zwischenablage");
        de.get_by_label("Minimiert im Infobereich starten");
        assert!(de.query_by_label("Sign out").is_none(), "English left");
        let en = drawn_in("en");
        en.get_by_label("Sign out and forget PIN");
        en.get_by_label("Clipboard hotkey");
    }
}

/// The pseudo-locale walk over the screens this file and its neighbours
/// (contacts, directories, rules, calls as work) draw: every text a person
/// or a screen reader reads went through `t!`.
#[cfg(test)]
mod pseudo_walk {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code
    use super::*;
    use crate::i18n::{Locale, scoped};
    use egui_kittest::Harness;
    use egui_kittest::kittest::NodeT;

    /// Every label and value in the accessibility tree.
    fn texts(harness: &Harness<'_>) -> Vec<String> {
        harness
            .root()
            .children_recursive()
            .flat_map(|n| {
                let node = n.accesskit_node();
                [node.label(), node.value()]
            })
            .flatten()
            .collect()
    }

    #[test]
    fn the_settings_contacts_rules_and_work_screens_leave_no_plain_english() {
        let settings = Settings::default();
        let mut screen = SettingsScreen::new(&settings);
        let snap = Snapshot::default();
        let mut directories = super::super::directories::Directories::default();
        let configured = [crate::directory::DirectoryConfig::new(
            "Corp",
            "ldaps://dc1.corp.example.com",
        )];
        let status = [crate::directory::DirectoryStatus {
            name: "Corp".into(),
            kind: "LDAP",
            entries: 2,
            synced_at: Some(crate::history::now_ms() - 3 * 3_600_000),
            tried_at: None,
            error: None,
            syncing: true,
        }];
        let mut contacts = super::super::contacts::Contacts::default();
        contacts.save_as_contact("6465551234");
        let mut work = super::super::work::WorkScreen::default();
        let mut draft = settings.clone();
        draft.rules.dnd_outside_working_hours = true;
        draft.rules.ignore_numbers = vec!["19a*".into()];
        let mut rules = super::super::rules::RulesText::default();
        let mut harness = Harness::builder()
            .with_size(egui::vec2(1200.0, 4000.0))
            .build_ui(move |ui| {
                // The pseudo-locale's accents are not all in egui's font.
                ui.ctx()
                    .set_missing_glyph_policy(egui::epaint::text::MissingGlyphPolicy::Tofu);
                scoped(Locale::PSEUDO, || {
                    let _ = screen.ui(ui, &snap, "");
                    let _ = directories.ui(ui, &configured, Some(&status));
                    let _ = contacts.ui(ui);
                    let _ = work.export_ui(ui);
                    rules.rules_ui(ui, &mut draft);
                });
            });
        harness.run();
        let texts = texts(&harness);
        assert!(texts.len() > 60, "{}", texts.len());
        // Data, not words: the server, the hotkey, a number, a name, a
        // file, the export's format names, a number typed wrong, and the
        // call page's placeholders.
        let data = [
            settings.server.as_str(),
            settings.hotkey.as_str(),
            "6465551234",
            "Corp",
            "skydial-calls.csv",
            "skydial-calls",
            "CSV",
            "19a*",
            "{number}",
            "{name}",
            "{clid}",
            "{call_id}",
            "{direction}",
        ];
        let plain: Vec<&String> = texts
            .iter()
            .filter(|text| {
                let mut rest = text.to_string();
                for d in data {
                    rest = rest.replace(d, "");
                }
                // A path's folders are data too (C:\users\… on Windows).
                let rest: String = rest
                    .split_whitespace()
                    .filter(|w| !w.contains(['/', '\\']))
                    .collect();
                rest.chars().any(|c| c.is_ascii_alphabetic())
            })
            .collect();
        assert!(plain.is_empty(), "plain English: {plain:#?}");
    }
}
