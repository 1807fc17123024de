//! Initials avatars: a small circle with the caller's initials at the left
//! of a call card and a history row, its colour from the name (the same
//! name, the same colour), `#` on grey when only the number is known.
//! White initials read at 4.5:1 or more on every colour (`theme`'s test
//! checks them with the other text pairs).

use super::theme::{self, AVATARS, NO_NAME};
use egui::Color32;

/// Up to two initials: the first letter (or digit) of the name's first
/// word and of its last, upper-cased as the script does; `#` for a
/// caller with no name (only a number).
pub fn initials(name: Option<&str>) -> String {
    let first_of = |word: &str| word.chars().find(|c| c.is_alphanumeric());
    let letters: Vec<char> = name
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(first_of)
        .collect();
    let picked = match letters.as_slice() {
        [] => return "#".into(),
        [one] => vec![*one],
        [first, .., last] => vec![*first, *last],
    };
    picked.into_iter().flat_map(char::to_uppercase).collect()
}

/// The colour of `name`'s avatar: FNV-1a over its bytes (the same on
/// every run and every machine), `NO_NAME`'s grey without one.
pub fn colour(name: Option<&str>) -> Color32 {
    let Some(name) = name.map(str::trim).filter(|n| !n.is_empty()) else {
        return NO_NAME;
    };
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    AVATARS[(hash % AVATARS.len() as u64) as usize]
}

/// Draws the avatar, `diameter` points wide. Only a picture: the name is
/// said next to it, so screen readers are not told the initials.
pub fn avatar_ui(ui: &mut egui::Ui, name: Option<&str>, diameter: f32) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(diameter, diameter), egui::Sense::hover());
    if !ui.is_rect_visible(rect) {
        return;
    }
    ui.painter()
        .circle_filled(rect.center(), diameter / 2.0, colour(name));
    let size = (diameter * 0.44).max(theme::CAPTION);
    let galley = ui.painter().layout_no_wrap(
        initials(name),
        egui::FontId::proportional(size),
        theme::ON_ACTION,
    );
    ui.painter().galley(
        rect.center() - galley.size() / 2.0,
        galley,
        theme::ON_ACTION,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_of_one_word_several_words_other_scripts_and_none() {
        assert_eq!(initials(Some("Ada")), "A");
        assert_eq!(initials(Some("ada lovelace")), "AL");
        assert_eq!(initials(Some("Grace Brewster Murray Hopper")), "GH");
        assert_eq!(initials(Some("  Ada   Lovelace  ")), "AL");
        // Punctuation before a word's first letter is skipped.
        assert_eq!(initials(Some("\"Ada\" (Lovelace)")), "AL");
        assert_eq!(initials(Some("Ángel Žižek")), "ÁŽ");
        assert_eq!(initials(Some("Лев Толстой")), "ЛТ");
        assert_eq!(initials(Some("Σωκράτης")), "Σ");
        assert_eq!(initials(Some("山田 太郎")), "山太");
        // German ß upper-cases to two letters, as the script does.
        assert_eq!(initials(Some("ßen")), "SS");
        assert_eq!(initials(Some("")), "#");
        assert_eq!(initials(Some("   ")), "#");
        assert_eq!(initials(Some("- ()")), "#");
        assert_eq!(initials(None), "#");
    }

    #[test]
    fn a_name_always_gets_the_same_colour_and_no_name_grey() {
        assert_eq!(colour(Some("Ada Lovelace")), colour(Some("Ada Lovelace")));
        assert_eq!(colour(None), NO_NAME);
        assert_eq!(colour(Some(" ")), NO_NAME);
        // Names spread over the colours.
        let used: std::collections::HashSet<[u8; 4]> = (0..64)
            .map(|i| colour(Some(&format!("Person {i}"))).to_array())
            .collect();
        assert!(used.len() >= AVATARS.len() / 2, "{}", used.len());
    }
}
