//! A link's question: the number as it will be dialled, what to know about
//! it, and **Cancel** (with the keyboard focus) or **Dial**. Enter and
//! Escape cancel; dialling takes a click, or Tab then Space, once the
//! question has been seen ([`DialGuard`]).

use crate::app::messages::Asker;
use crate::history::people::{Caller, Source};
use crate::protocol::link::Link;
use crate::t;
use egui::RichText;

/// A link (or a number another program asks to dial) waiting for the
/// user's answer.
pub struct Pending {
    pub token: u64,
    pub link: Link,
    asker: Asker,
    /// Who the number belongs to, when the contacts or a directory know.
    caller: Option<Caller>,
    /// Cancel has been given the focus (once, when the question appears).
    focused: bool,
    guard: DialGuard,
}

impl Pending {
    pub fn new(token: u64, link: Link, asker: Asker) -> Self {
        Self {
            token,
            link,
            asker,
            caller: None,
            focused: false,
            guard: DialGuard::default(),
        }
    }

    /// The question names the person the number belongs to.
    #[must_use]
    pub fn naming(self, caller: Option<Caller>) -> Self {
        Self { caller, ..self }
    }
}

/// Where the name a question shows came from, said on hover:
/// `Ada Lovelace: from your contacts`.
pub fn name_source(caller: &Caller) -> String {
    match &caller.source {
        Source::Contacts => t!(
            "link-question-name-from-contacts",
            name = caller.name.as_str()
        ),
        Source::Directory(directory) => t!(
            "link-question-name-from-directory",
            name = caller.name.as_str(),
            directory = directory.as_str()
        ),
    }
}

/// How long a new question ignores **Dial**, in seconds.
pub const DIAL_DELAY: f64 = 0.7;

/// Keeps a new question's **Dial** from working until the pointer has been
/// released (in an earlier frame than the click) and [`DIAL_DELAY`] has
/// passed since the question appeared: the second click of a double-click,
/// or a click meant for what was there before, never dials a number the user
/// has not seen. Pure: the time and the pointer are passed in.
#[derive(Debug, Clone, Copy, Default)]
pub struct DialGuard {
    shown_at: Option<f64>,
    released: bool,
}

impl DialGuard {
    /// Whether Dial works in this frame, at `now` (seconds) with a pointer
    /// button `down` or not; the first call is when the question appears.
    pub fn armed(&mut self, now: f64, down: bool) -> bool {
        let shown_at = *self.shown_at.get_or_insert(now);
        let armed = self.released && now - shown_at >= DIAL_DELAY;
        if !down {
            self.released = true;
        }
        armed
    }
}

/// What the user should know before dialling `link`, one line each, and
/// whether it is important (what it costs) or only information.
pub fn warnings(link: &Link) -> Vec<(String, bool)> {
    let mut lines = Vec::new();
    // Premium rate, a +1 number that bills as international, or international.
    lines.extend(link.number.cost_warning().map(|line| (line, true)));
    if let Some(ext) = &link.extension {
        lines.push((
            t!("link-question-extension", extension = ext.as_str()),
            false,
        ));
    }
    lines
}

/// Draws the question; `Some(true)`: dial, `Some(false)`: cancel.
pub fn question_ui(ui: &mut egui::Ui, pending: &mut Pending) -> Option<bool> {
    let mut answer = None;
    ui.heading(t!("link-question-title"));
    ui.label(pending.asker.phrase());
    ui.add_space(4.0);
    if let Some(caller) = &pending.caller {
        ui.label(RichText::new(caller.name.as_str()).size(22.0).strong())
            .on_hover_text(name_source(caller));
    }
    let number = RichText::new(pending.link.number.for_reading());
    ui.label(match pending.caller {
        Some(_) => number.size(18.0),
        None => number.size(22.0).strong(),
    });
    ui.label(
        RichText::new(t!(
            "link-question-phone-dials",
            digits = pending.link.number.ex_tn()
        ))
        .small(),
    );
    for (line, important) in warnings(&pending.link) {
        let text = RichText::new(line);
        ui.label(if important {
            text.color(ui.visuals().error_fg_color).strong()
        } else {
            text
        });
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let cancel = ui.button(t!("link-question-cancel"));
        if !pending.focused {
            pending.focused = true;
            cancel.request_focus();
        }
        if cancel.clicked() {
            answer = Some(false);
        }
        let (now, down) = ui.input(|i| (i.time, i.pointer.any_down()));
        let armed = pending.guard.armed(now, down);
        if !armed {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(100));
        }
        if ui
            .add_enabled(armed, egui::Button::new(t!("link-question-dial")))
            .clicked()
            && armed
        {
            answer = Some(true);
        }
    });
    ui.label(RichText::new(t!("link-question-keys")).small().weak());
    if answer.is_none() && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        answer = Some(false);
    }
    answer
}

/// The question over the window (it stays until answered; Escape or a
/// click outside cancels).
pub fn modal_ui(ctx: &egui::Context, pending: &mut Pending) -> Option<bool> {
    let mut answer = None;
    let shown =
        egui::Modal::new(egui::Id::unique(("link-question", pending.token))).show(ctx, |ui| {
            ui.set_max_width(380.0);
            answer = question_ui(ui, pending);
        });
    if answer.is_none() && shown.should_close() {
        answer = Some(false);
    }
    answer
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code
    use super::*;
    use crate::protocol::link::parse;

    #[test]
    fn dial_works_only_after_a_release_and_the_delay() {
        // Shown between the two clicks of a double-click: the second comes
        // 0.3 s later and is ignored; past 0.7 s, a click dials.
        let mut guard = DialGuard::default();
        assert!(!guard.armed(10.0, false));
        assert!(!guard.armed(10.3, true));
        assert!(!guard.armed(10.4, false));
        assert!(guard.armed(10.75, false));
        // Shown under a pressed pointer: its release (even late) is not a
        // click on Dial; the next press, after the delay, is.
        let mut guard = DialGuard::default();
        assert!(!guard.armed(0.0, true));
        assert!(!guard.armed(2.0, true));
        assert!(!guard.armed(2.1, false), "the release of the press before");
        assert!(guard.armed(2.2, true));
    }

    #[test]
    fn a_name_says_where_it_came_from() {
        let caller = |source| Caller {
            name: "Ada Lovelace".into(),
            source,
        };
        assert_eq!(
            name_source(&caller(Source::Contacts)),
            "Ada Lovelace: from your contacts"
        );
        assert_eq!(
            name_source(&caller(Source::Directory("Corp".into()))),
            "Ada Lovelace: from the directory Corp"
        );
    }

    #[test]
    fn premium_international_and_extension_are_said() {
        let lines = |link: &str| -> Vec<String> {
            warnings(&parse(link).unwrap())
                .into_iter()
                .map(|(line, _)| line)
                .collect()
        };
        let premium = lines("tel:+1-900-555-0100");
        assert_eq!(premium.len(), 1, "{premium:?}");
        assert!(premium[0].contains("premium-rate"));
        let abroad = lines("tel:+44-20-7946-0958");
        assert!(
            abroad.iter().any(|l| l.contains("international")),
            "{abroad:?}"
        );
        let ext = warnings(&parse("tel:+16465551234;ext=22").unwrap());
        assert_eq!(ext.len(), 1, "{ext:?}");
        assert!(ext[0].0.contains("extension 22"));
        assert!(!ext[0].1, "an extension is information, not a warning");
        assert!(warnings(&parse("tel:+1-900-555-0100").unwrap())[0].1);
        assert!(warnings(&parse("tel:+16465551234").unwrap()).is_empty());
        let jamaica = lines("tel:+1-876-555-0123");
        assert!(
            jamaica[0].contains("Jamaica") && jamaica[0].contains("bills as an international call")
        );
    }
}
