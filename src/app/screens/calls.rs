//! The calls screen: each call reads at a glance (the caller large, the
//! number and the number they dialled small, the state as a coloured chip,
//! the duration) and its actions are always in view. Text from the server or
//! a contact is cut to fit, whole on hover and for screen readers.

use super::widgets::{ACTION_WIDTH, Command, Tone, steady_button};
use super::{shortcuts, theme};
use crate::app::messages::{CallAction, DeskRequest};
use crate::engine::LiveCall;
use crate::history::people::Source;
use crate::i18n::time::duration;
use crate::protocol::CallState;
use crate::protocol::number::readable;
use crate::t;
use egui::{Align, Color32, Layout, RichText};
use std::time::SystemTime;

/// The state in words and its chip's colour.
fn state_chip(state: CallState) -> (String, Color32) {
    match state {
        CallState::Ringing => (t!("calls-state-ringing"), theme::RINGING),
        CallState::Pending => (t!("calls-state-calling"), theme::CALLING),
        CallState::Connected => (t!("calls-state-connected"), theme::CONNECTED),
        CallState::Holding => (t!("calls-state-on-hold"), theme::HOLDING),
        CallState::Deleted => (t!("calls-state-ended"), theme::ENDED),
    }
}

/// `wall` is the clock the callers' local times are read at.
pub fn calls_ui(ui: &mut egui::Ui, calls: &[LiveCall], wall: SystemTime) -> Option<Command> {
    if calls.is_empty() {
        no_calls_ui(ui);
        return None;
    }
    let now = tokio::time::Instant::now();
    let mut chosen = None;
    // Ringing calls first (they need an answer now), each group in the order it came.
    let mut order: Vec<&LiveCall> = calls.iter().collect();
    order.sort_by_key(|c| c.call.state != CallState::Ringing);
    egui::ScrollArea::vertical().show(ui, |ui| {
        for (place, call) in order.into_iter().enumerate() {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                if let Some(c) = call_ui(ui, call, place, now, wall) {
                    chosen = Some(c);
                }
            });
            ui.add_space(4.0);
        }
    });
    chosen
}

/// The state as a coloured pill, read by screen readers as its words.
fn chip_ui(ui: &mut egui::Ui, state: CallState) {
    let (text, color) = state_chip(state);
    let font = egui::FontId::proportional(13.0);
    let galley = ui
        .painter()
        .layout_no_wrap(text.clone(), font, theme::ON_ACTION);
    let size = galley.size() + egui::vec2(16.0, 6.0);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    ui.painter().rect_filled(rect, size.y / 2.0, color);
    ui.painter().galley(
        rect.center() - galley.size() / 2.0,
        galley,
        theme::ON_ACTION,
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Label, true, &text));
}

/// What the Calls screen says when there are no calls (the number field
/// under it is the Dial screen's, `Dial::compact_ui`).
pub fn no_calls_ui(ui: &mut egui::Ui) {
    ui.label(t!("calls-none"));
    ui.label(t!("calls-none-how"));
    ui.add_space(6.0);
}

/// One call: the actions and the state first, from the right, so they are
/// always in view; the caller takes what width is left, cut to fit.
/// `place`: the card's place in the list; `wall`: the clock the caller's
/// local time is read at.
fn call_ui(
    ui: &mut egui::Ui,
    call: &LiveCall,
    place: usize,
    now: tokio::time::Instant,
    wall: SystemTime,
) -> Option<Command> {
    let c = &call.call;
    let mut chosen = None;
    // Two lines of text: the caller (18 pt) over the details.
    let row = egui::vec2(ui.available_width(), 44.0);
    ui.allocate_ui_with_layout(row, Layout::right_to_left(Align::Center), |ui| {
        chosen = actions_ui(ui, egui::Id::unique(("call", place)), call);
        if let Some(save) = save_as_contact_ui(ui, call.name.as_deref(), &c.ani) {
            chosen = Some(save);
        }
        if matches!(c.state, CallState::Connected | CallState::Holding)
            && let Some(note) = super::work::live_note_ui(ui, call)
        {
            chosen = Some(note);
        }
        // Talked time once answered (the ring is said apart), else how long it rang.
        let (shown, hover) = match call.talk_at(now) {
            Some(talk) => (talk, t!("calls-talking-for", duration = duration(talk))),
            None if c.originated => {
                let shown = call.duration_at(now);
                (shown, t!("calls-calling-for", duration = duration(shown)))
            }
            None => {
                let shown = call.duration_at(now);
                (shown, t!("calls-ringing-for", duration = duration(shown)))
            }
        };
        ui.monospace(duration(shown)).on_hover_text(hover);
        chip_ui(ui, c.state);
        // The avatar leftmost, the caller beside it in what width is left.
        ui.with_layout(Layout::left_to_right(Align::Center), |ui| {
            super::avatar::avatar_ui(ui, call.name.as_deref(), 32.0);
            caller_ui(ui, call, wall);
        });
    });
    chosen
}

/// The caller (cut to fit) over the details.
fn caller_ui(ui: &mut egui::Ui, call: &LiveCall, wall: SystemTime) {
    let c = &call.call;
    ui.with_layout(Layout::top_down(Align::Min), |ui| {
        let title = call.label();
        let title = ui.add(
            egui::Label::new(RichText::new(title).size(theme::HEADING - 2.0).strong()).truncate(),
        );
        name_source_hover(title, call);
        let mut details = Vec::new();
        if call.name.is_some() {
            details.push(readable(&c.ani));
        }
        if let Some(clid) = &c.clid {
            details.push(t!("calls-detail-to", number = readable(clid)));
        }
        details.push(if c.originated {
            t!("calls-detail-outgoing")
        } else {
            t!("calls-detail-incoming")
        });
        if let Some(rang) = call.rang_for.filter(|r| *r > 0) {
            details.push(t!("calls-detail-rang", duration = duration(rang)));
        }
        details.extend(place_words(&c.ani, wall));
        ui.add(egui::Label::new(RichText::new(details.join(" · ")).small()).truncate());
    });
}

/// How a call's action looks.
fn tone(action: CallAction) -> Tone {
    match action {
        CallAction::Answer => Tone::Go,
        CallAction::Ignore | CallAction::HangUp => Tone::Stop,
        CallAction::Hold | CallAction::Resume => Tone::Plain,
    }
}

/// A call's actions in two fixed places, added right to left: the action
/// that ends the call (Decline, then Hang up) always rightmost, the other
/// one (Answer, Hold, Resume; none while an outgoing call rings) left of
/// it. A button that just appeared or changed (its words, or the call it
/// is for) ignores clicks for a moment. `id`: the card's place on screen.
pub(super) fn actions_ui(ui: &mut egui::Ui, id: egui::Id, call: &LiveCall) -> Option<Command> {
    let c = &call.call;
    let owner = egui::Id::unique(&c.id);
    let offered = CallAction::offered(c.state);
    let mut chosen = None;
    let mut slots = offered.iter().rev();
    for slot in 0..2 {
        match slots.next() {
            Some(&action)
                if steady_button(ui, id.with(slot), owner, &action.button(), tone(action))
                    .on_hover_text(shortcuts::hint(ui.ctx(), action))
                    .clicked() =>
            {
                chosen = Some(Command::Request(DeskRequest::Call {
                    action,
                    call: Some(c.id.clone()),
                }));
            }
            Some(_) => {}
            // Keeps the places of what is left of the buttons.
            None if !offered.is_empty() => {
                ui.add_space(ACTION_WIDTH + ui.spacing().item_spacing.x);
            }
            None => {}
        }
    }
    chosen
}

/// Where the caller's name came from (the contacts, or which directory), one
/// hover away on the name.
fn name_source_hover(title: egui::Response, call: &LiveCall) {
    if let (Some(name), Some(source)) = (&call.name, &call.source) {
        title.on_hover_text(name_from(name, source));
    }
}

/// Where the number is and the time there (`New York, NY, 16:40 EST`),
/// marked when it is outside 8:00-21:00 there.
pub(super) fn place_words(number: &str, wall: SystemTime) -> Option<String> {
    let (place, night) = crate::geo::where_and_when(number, wall)?;
    Some(if night {
        t!("calls-place-night", place = place)
    } else {
        place
    })
}

/// *Save as contact* for a number nobody is named for (a call's, a history
/// row's): opens the contact form with it, asking for the name.
pub(super) fn save_as_contact_ui(
    ui: &mut egui::Ui,
    name: Option<&str>,
    number: &str,
) -> Option<Command> {
    if name.is_some() || crate::contacts::match_key(number).is_none() {
        return None;
    }
    ui.small_button(t!("calls-save-contact"))
        .on_hover_text(t!("calls-save-contact-hint", number = readable(number)))
        .clicked()
        .then(|| Command::SaveAsContact(number.to_string()))
}

/// A name and where it came from: `Grace Hopper: from your contacts`,
/// `Grace Hopper: from the directory Corp`.
pub(super) fn name_from(name: &str, source: &Source) -> String {
    match source {
        Source::Contacts => t!("calls-name-from-contacts", name = name),
        Source::Directory(directory) => t!(
            "calls-name-from-directory",
            name = name,
            directory = directory.as_str()
        ),
    }
}

/// Where a name came from, in words: `from your contacts`, `from the
/// directory Corp` (prefer [`name_from`], a whole sentence).
pub(super) fn from_where(source: &Source) -> String {
    match source {
        Source::Contacts => t!("calls-from-contacts"),
        Source::Directory(directory) => t!("calls-from-directory", directory = directory.as_str()),
    }
}
