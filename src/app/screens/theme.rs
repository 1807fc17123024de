//! The window's colours and how they are checked: every pair a user reads
//! (text on its background) or finds (a main action's button on the
//! window) meets WCAG 2's contrast, in the dark and the light theme.

use egui::Color32;

/// Green: the actions that start talking (Answer, Dial, Call).
pub const GO: Color32 = Color32::from_rgb(0x15, 0x80, 0x3d);
/// Red: the actions that end a call (Decline, Hang up).
pub const STOP: Color32 = Color32::from_rgb(0xd3, 0x2f, 0x2f);
/// Text on [`GO`] and [`STOP`].
pub const ON_ACTION: Color32 = Color32::WHITE;

/// The call states' chips (white text on them).
pub const RINGING: Color32 = Color32::from_rgb(0xb3, 0x59, 0x00);
pub const CALLING: Color32 = Color32::from_rgb(0x1f, 0x6a, 0xa5);
pub const CONNECTED: Color32 = Color32::from_rgb(0x17, 0x7a, 0x5f);
pub const HOLDING: Color32 = Color32::from_rgb(0x8e, 0x44, 0xad);
pub const ENDED: Color32 = Color32::from_gray(0x6b);
/// Every chip's fill.
pub const CHIPS: [Color32; 5] = [RINGING, CALLING, CONNECTED, HOLDING, ENDED];

/// The colours of initials avatars (`avatar.rs`), picked by a hash of the
/// name; white initials on each.
pub const AVATARS: [Color32; 8] = [
    Color32::from_rgb(0x1f, 0x6a, 0xa5), // blue
    Color32::from_rgb(0x17, 0x7a, 0x5f), // teal
    Color32::from_rgb(0x8e, 0x44, 0xad), // purple
    Color32::from_rgb(0xad, 0x14, 0x57), // raspberry
    Color32::from_rgb(0x3f, 0x51, 0xb5), // indigo
    Color32::from_rgb(0x2e, 0x7d, 0x32), // green
    Color32::from_rgb(0xa0, 0x4e, 0x00), // amber
    Color32::from_rgb(0x6d, 0x4c, 0x41), // brown
];
/// The avatar of a caller known only by number.
pub const NO_NAME: Color32 = Color32::from_gray(0x6b);

/// The body text's size in points (a desktop's usual 11 pt is 14.7 px).
pub const BODY: f32 = 14.0;
/// Secondary lines (a caller's number, help under a setting).
pub const CAPTION: f32 = 12.0;
pub const HEADING: f32 = 20.0;

/// skydial's look on egui's: larger text, and every text colour readable.
pub fn style(style: &mut egui::Style) {
    use egui::{FontFamily, FontId, TextStyle};
    let sizes = [
        (TextStyle::Body, BODY, FontFamily::Proportional),
        (TextStyle::Button, BODY, FontFamily::Proportional),
        (TextStyle::Monospace, BODY, FontFamily::Monospace),
        (TextStyle::Small, CAPTION, FontFamily::Proportional),
        (TextStyle::Heading, HEADING, FontFamily::Proportional),
    ];
    for (text_style, size, family) in sizes {
        style
            .text_styles
            .insert(text_style, FontId::new(size, family));
    }
    visuals(&mut style.visuals);
}

/// The colours egui's themes leave under 4.5:1: placeholders (weak text),
/// errors, warnings, links.
pub fn visuals(v: &mut egui::Visuals) {
    if v.dark_mode {
        v.weak_text_color = Some(Color32::from_gray(135));
        v.error_fg_color = Color32::from_rgb(0xff, 0x6b, 0x6b);
        v.warn_fg_color = Color32::from_rgb(0xff, 0x8f, 0x00);
    } else {
        v.weak_text_color = Some(Color32::from_gray(100));
        v.error_fg_color = Color32::from_rgb(0xc6, 0x28, 0x28);
        v.warn_fg_color = Color32::from_rgb(0x9a, 0x4d, 0x00);
        v.hyperlink_color = Color32::from_rgb(0x0b, 0x5c, 0xad);
    }
}

/// The text colours of a theme and the backgrounds they are drawn on, by
/// name (what the tests check).
pub fn text_pairs(v: &egui::Visuals) -> Vec<(&'static str, Color32, Color32)> {
    let w = &v.widgets;
    let mut pairs = vec![
        ("text", v.text_color(), v.panel_fill),
        ("text in a field", v.text_color(), v.extreme_bg_color),
        ("placeholder", v.weak_text_color(), v.panel_fill),
        (
            "placeholder in a field",
            v.weak_text_color(),
            v.extreme_bg_color,
        ),
        ("error", v.error_fg_color, v.panel_fill),
        ("warning", v.warn_fg_color, v.panel_fill),
        ("link", v.hyperlink_color, v.panel_fill),
        (
            "button",
            w.inactive.fg_stroke.color,
            w.inactive.weak_bg_fill,
        ),
        (
            "hovered button",
            w.hovered.fg_stroke.color,
            w.hovered.weak_bg_fill,
        ),
        (
            "pressed button",
            w.active.fg_stroke.color,
            w.active.weak_bg_fill,
        ),
        (
            "selected tab",
            v.selection.stroke.color,
            v.selection.bg_fill,
        ),
        ("text in a window", v.text_color(), v.window_fill),
    ];
    for fill in CHIPS.into_iter().chain([GO, STOP]) {
        pairs.push(("on a chip or a main action", ON_ACTION, fill));
    }
    for fill in AVATARS.into_iter().chain([NO_NAME]) {
        pairs.push(("initials on an avatar", ON_ACTION, fill));
    }
    pairs
}

/// The least contrast of a control against what surrounds it (WCAG 1.4.11).
pub const MIN_CONTROL_CONTRAST: f32 = 3.0;
/// The least contrast of text against its background (WCAG 1.4.3, AA).
pub const MIN_TEXT_CONTRAST: f32 = 4.5;

/// WCAG 2's relative luminance of an sRGB colour (alpha ignored).
pub fn luminance(c: Color32) -> f32 {
    let channel = |v: u8| {
        let v = f32::from(v) / 255.0;
        if v <= 0.040_45 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
}

/// WCAG 2's contrast ratio of two colours, from 1 (same) to 21 (black on white).
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_is_wcag_s() {
        // WCAG's own bounds, and a pair whose ratio is published (#777 on white: 4.48).
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.001);
        assert!((contrast(Color32::from_gray(0x77), Color32::WHITE) - 4.48).abs() < 0.01);
        assert_eq!(
            contrast(GO, Color32::BLACK),
            contrast(Color32::BLACK, GO),
            "either order"
        );
    }

    fn themes() -> [egui::Visuals; 2] {
        let (mut dark, mut light) = (egui::Visuals::dark(), egui::Visuals::light());
        visuals(&mut dark);
        visuals(&mut light);
        [dark, light]
    }

    #[test]
    fn every_text_reads_at_4_5_to_1_on_both_themes() {
        for v in themes() {
            for (what, fg, bg) in text_pairs(&v) {
                let ratio = contrast(fg, bg);
                assert!(
                    ratio >= MIN_TEXT_CONTRAST,
                    "{what} ({fg:?} on {bg:?}, dark {}): {ratio:.2}",
                    v.dark_mode
                );
            }
        }
    }

    #[test]
    fn text_is_at_least_14_px_and_captions_12() {
        let mut s = egui::Style::default();
        style(&mut s);
        let size = |t: &egui::TextStyle| s.text_styles[t].size;
        use egui::TextStyle::{Body, Button, Heading, Monospace, Small};
        for t in [Body, Button, Monospace] {
            assert!(size(&t) >= 14.0, "{t:?}");
        }
        assert!(size(&Small) >= 12.0);
        assert!(size(&Heading) > size(&Body));
    }

    #[test]
    fn the_main_actions_stand_out_on_both_themes_and_their_text_reads() {
        for visuals in [egui::Visuals::dark(), egui::Visuals::light()] {
            for (what, fill) in [("green", GO), ("red", STOP)] {
                for (place, bg) in [
                    ("panel", visuals.panel_fill),
                    ("window", visuals.window_fill),
                ] {
                    let ratio = contrast(fill, bg);
                    assert!(
                        ratio >= MIN_CONTROL_CONTRAST,
                        "{what} on the {place} ({bg:?}, dark {}): {ratio:.2}",
                        visuals.dark_mode
                    );
                }
            }
        }
        for fill in [GO, STOP] {
            assert!(contrast(ON_ACTION, fill) >= MIN_TEXT_CONTRAST);
        }
    }
}
