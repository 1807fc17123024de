//! Rectangles of pixels: clip rectangles, item bounds and damage.

use egui::Rect;

/// Damaged rectangles this close (in pixels) are merged into one.
pub(super) const NEAR: usize = 16;

/// Pixel bounds `[x0, y0, x1, y1)` of a clip rectangle (or of damage).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Clip {
    pub(super) x0: usize,
    pub(super) y0: usize,
    pub(super) x1: usize,
    pub(super) y1: usize,
}

impl Clip {
    pub(super) fn area(&self) -> usize {
        (self.x1 - self.x0) * (self.y1 - self.y0)
    }

    pub(super) fn intersect(self, other: Self) -> Option<Self> {
        let c = Self {
            x0: self.x0.max(other.x0),
            y0: self.y0.max(other.y0),
            x1: self.x1.min(other.x1),
            y1: self.y1.min(other.y1),
        };
        (c.x0 < c.x1 && c.y0 < c.y1).then_some(c)
    }

    pub(super) fn union(self, other: Self) -> Self {
        Self {
            x0: self.x0.min(other.x0),
            y0: self.y0.min(other.y0),
            x1: self.x1.max(other.x1),
            y1: self.y1.max(other.y1),
        }
    }

    /// Overlapping, or apart by at most [`NEAR`] pixels.
    pub(super) fn near(self, other: Self) -> bool {
        self.x0 <= other.x1 + NEAR
            && other.x0 <= self.x1 + NEAR
            && self.y0 <= other.y1 + NEAR
            && other.y0 <= self.y1 + NEAR
    }
}

pub(super) fn pixel_clip(rect: Rect, ppp: f32, width: usize, height: usize) -> Option<Clip> {
    let to_px = |v: f32, max: usize| -> usize {
        if v.is_nan() {
            0
        } else {
            (v * ppp).round().clamp(0.0, max as f32) as usize
        }
    };
    let clip = Clip {
        x0: to_px(rect.min.x, width),
        y0: to_px(rect.min.y, height),
        x1: to_px(rect.max.x, width),
        y1: to_px(rect.max.y, height),
    };
    (clip.x0 < clip.x1 && clip.y0 < clip.y1).then_some(clip)
}
