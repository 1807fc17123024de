//! Settings' *Directories* section: the company directories (LDAP, CardDAV)
//! callers are named from, each with when it last synced and why the last
//! try failed; Sync now and Remove for each; and a form adding one. Each
//! acts at once (no Save): the desk changes the settings, keeps the password
//! in the keyring (never in the settings file) and the service syncs.

use super::widgets::{Command, labelled_field};
use crate::app::messages::DeskRequest;
use crate::directory::{DirectoryConfig, DirectoryStatus, Password};
use crate::t;
use egui::{Color32, RichText};

#[derive(Default)]
pub struct Directories {
    name: String,
    url: String,
    base: String,
    /// A bind DN (it has `=`) or a user name.
    login: String,
    /// Only until Add is pressed: then it goes to the desk and is cleared.
    password: String,
    /// Why Add was refused.
    error: Option<String>,
    /// The directory whose Remove awaits its confirmation.
    removing: Option<String>,
}

impl Directories {
    /// `configured`: the settings' directories; `status`: the service's
    /// view of them (`None`: no service, no history database).
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        configured: &[DirectoryConfig],
        status: Option<&[DirectoryStatus]>,
    ) -> Option<Command> {
        let mut command = None;
        ui.separator();
        ui.strong(t!("directories"));
        ui.small(t!("directories-about"));
        let now = crate::history::now_ms();
        for d in configured {
            ui.horizontal(|ui| {
                let state = status.and_then(|s| s.iter().find(|s| s.name == d.name));
                let text = match state {
                    Some(s) => s.describe(now),
                    None => t!("directories-not-synced-yet", name = d.name.as_str()),
                };
                let failed = state.is_some_and(|s| s.error.is_some());
                let shown = RichText::new(text);
                ui.label(if failed {
                    shown.color(Color32::from_rgb(0xd6, 0x30, 0x31))
                } else {
                    shown
                });
                if ui
                    .small_button(t!("directories-sync-now"))
                    .on_hover_text(t!("directories-sync-now-which", name = d.name.as_str()))
                    .clicked()
                {
                    command = Some(Command::Request(DeskRequest::SyncDirectories(Some(
                        d.name.clone(),
                    ))));
                }
                if ui
                    .small_button(t!("directories-remove"))
                    .on_hover_text(t!("directories-remove-which", name = d.name.as_str()))
                    .clicked()
                {
                    self.removing = Some(d.name.clone());
                }
            });
        }
        if configured.is_empty() {
            ui.label(t!("directories-none-yet"));
        }
        if let Some(name) = self.removing.clone() {
            ui.horizontal(|ui| {
                ui.label(t!("directories-remove-question", name = name.as_str()));
                if ui.button(t!("directories-remove-confirm")).clicked() {
                    self.removing = None;
                    command = Some(Command::Request(DeskRequest::RemoveDirectory(name.clone())));
                }
                if ui.button(t!("directories-remove-keep")).clicked() {
                    self.removing = None;
                }
            });
        }
        if let Some(c) = self.add_ui(ui, status.is_some()) {
            command = Some(c);
        }
        command
    }

    fn add_ui(&mut self, ui: &mut egui::Ui, service: bool) -> Option<Command> {
        let mut command = None;
        egui::CollapsingHeader::new(t!("directories-add"))
            .id_salt("add-a-directory")
            .show(ui, |ui| {
                egui::Grid::new("directory-form")
                    .num_columns(2)
                    .spacing([12.0, 6.0])
                    .show(ui, |ui| {
                        labelled_field(
                            ui,
                            &t!("directories-name"),
                            egui::TextEdit::singleline(&mut self.name)
                                .hint_text("Corp")
                                .char_limit(64),
                        );
                        ui.end_row();
                        labelled_field(
                            ui,
                            &t!("directories-url"),
                            egui::TextEdit::singleline(&mut self.url)
                                .hint_text(t!("directories-url-hint"))
                                .char_limit(2048),
                        );
                        ui.end_row();
                        labelled_field(
                            ui,
                            &t!("directories-base"),
                            egui::TextEdit::singleline(&mut self.base)
                                .hint_text("DC=corp,DC=example,DC=com")
                                .char_limit(1024),
                        );
                        ui.end_row();
                        labelled_field(
                            ui,
                            &t!("directories-login"),
                            egui::TextEdit::singleline(&mut self.login)
                                .hint_text(t!("directories-login-hint"))
                                .char_limit(1024),
                        );
                        ui.end_row();
                        labelled_field(
                            ui,
                            &t!("directories-password"),
                            egui::TextEdit::singleline(&mut self.password)
                                .password(true)
                                .char_limit(1024),
                        );
                        ui.end_row();
                    });
                ui.small(t!("directories-password-kept"));
                if let Some(e) = &self.error {
                    ui.colored_label(Color32::from_rgb(0xd6, 0x30, 0x31), e);
                }
                let ready = service && !self.name.trim().is_empty() && !self.url.trim().is_empty();
                if ui
                    .add_enabled(ready, egui::Button::new(t!("directories-add-button")))
                    .clicked()
                {
                    command = self.checked().map(Command::Request);
                }
                if !service {
                    ui.small(t!("directories-need-history"));
                }
            });
        command
    }

    /// The request adding the directory typed, or `None` with the reason
    /// shown; the password field is emptied either way once it is sent.
    fn checked(&mut self) -> Option<DeskRequest> {
        let mut config = DirectoryConfig::new(self.name.trim(), self.url.trim());
        let blank = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        config.base = blank(&self.base);
        match blank(&self.login) {
            Some(dn) if dn.contains('=') => config.bind = Some(dn),
            user => config.user = user,
        }
        if let Err(e) = config.check() {
            self.error = Some(t!("directories-cannot-add", error = e.to_string()));
            return None;
        }
        self.error = None;
        let password =
            (!self.password.is_empty()).then(|| Password::new(std::mem::take(&mut self.password)));
        *self = Self::default();
        Some(DeskRequest::AddDirectory {
            config: Box::new(config),
            password,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code
    use super::*;

    #[test]
    fn the_form_makes_a_config_and_the_password_leaves_it() {
        let mut form = Directories {
            name: "Corp".into(),
            url: "ftp://nope".into(),
            ..Directories::default()
        };
        assert!(form.checked().is_none());
        assert!(form.error.is_some());
        form.url = " ldaps://dc1.corp.example.com ".into();
        form.login = "CN=Sync,DC=corp".into();
        form.password = "secret".into();
        let Some(DeskRequest::AddDirectory { config, password }) = form.checked() else {
            panic!("not added");
        };
        assert_eq!(config.url, "ldaps://dc1.corp.example.com");
        assert_eq!(config.bind.as_deref(), Some("CN=Sync,DC=corp"));
        assert_eq!(config.user, None);
        assert_eq!(password.unwrap().expose(), "secret");
        assert!(form.password.is_empty() && form.name.is_empty());
    }

    #[test]
    fn the_section_and_a_directory_s_state_speak_german() {
        use crate::i18n::{Locale, scoped};
        use egui_kittest::Harness;
        use egui_kittest::kittest::Queryable;
        let de = Locale::parse("de").unwrap();
        let configured = [DirectoryConfig::new("Corp", "ldaps://dc1.corp.example.com")];
        let status = [DirectoryStatus {
            name: "Corp".into(),
            kind: "LDAP",
            entries: 1,
            synced_at: Some(crate::history::now_ms() - 5 * 60_000 - 10_000),
            tried_at: None,
            error: None,
            syncing: true,
        }];
        let mut section = Directories::default();
        let mut harness = Harness::new_ui(|ui| {
            let _ = scoped(de, || section.ui(ui, &configured, Some(&status)));
        });
        harness.run();
        harness.get_by_label("Jetzt abgleichen");
        harness.get_by_label("Verzeichnis hinzufügen");
        harness.get_by_label("Corp: abgeglichen vor 5 Min. (1 Person); wird gerade abgeglichen");
        assert!(harness.query_by_label("Sync now").is_none());
    }
}
