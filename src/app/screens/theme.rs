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

/// The least contrast of a control against what surrounds it (WCAG 1.4.11).
#[cfg(test)]
pub const MIN_CONTROL_CONTRAST: f32 = 3.0;
/// The least contrast of text against its background (WCAG 1.4.3, AA).
#[cfg(test)]
pub const MIN_TEXT_CONTRAST: f32 = 4.5;

/// WCAG 2's relative luminance of an sRGB colour (alpha ignored).
#[cfg(test)]
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
#[cfg(test)]
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
