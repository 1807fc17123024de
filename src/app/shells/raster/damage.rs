//! Damage: which pixels of the last frame a new one changes (the items that
//! appeared or disappeared, in both frames), merged into a few rectangles,
//! and repainting only those as a full paint would.

use super::Raster;
use super::blend::pack;
use super::canvas::Canvas;
use super::clip::Clip;
use super::diff::diff;
use super::items::Item;
use egui::Color32;
use egui::epaint::{ClippedPrimitive, Primitive};

/// A rectangle of pixels (`x`, `y` its top left corner; never empty when returned).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PixelRect {
    pub x: usize,
    pub y: usize,
    pub width: usize,
    pub height: usize,
}

/// What [`Raster::paint_damaged`] repainted, and so what to present.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Repainted {
    /// The whole buffer.
    All,
    /// Only these rectangles (disjoint; none when nothing changed): the rest of the
    /// buffer was left as it was, and already shows this frame.
    Rects(Vec<PixelRect>),
}

/// At most this many damaged rectangles per frame (more are merged: few present calls).
pub const MAX_DAMAGE_RECTS: usize = 8;
/// Beyond this many edits between two frames' items, the frames are just different.
pub(super) const MAX_EDITS: usize = 256;
/// Damage of this many past frames is kept, for buffers older than the last frame
/// (double or triple buffering, as on Wayland).
pub(super) const HISTORY: usize = 3;

pub(super) struct LastFrame {
    pub(super) width: usize,
    pub(super) height: usize,
    pub(super) pixels_per_point: f32,
    pub(super) clear: Color32,
    pub(super) texture_generation: u64,
    pub(super) items: Vec<Item>,
    /// What each of the last frames repainted, newest first (None: everything).
    pub(super) history: Vec<Option<Vec<Clip>>>,
}

impl Raster {
    /// Where the frame made of `items` differs from the last one (a few rectangles), or
    /// None when that cannot be told (the first frame, another size, new texels).
    pub(super) fn changed(
        &self,
        items: &[Item],
        width: usize,
        height: usize,
        ppp: f32,
        clear: Color32,
    ) -> Option<Vec<Clip>> {
        let last = self.last.as_ref()?;
        if last.width != width
            || last.height != height
            || last.pixels_per_point != ppp
            || last.clear != clear
            || last.texture_generation != self.texture_generation
        {
            return None;
        }
        let old = &last.items;
        let (removed, inserted) = diff(
            old.len(),
            items.len(),
            |i, j| old[i].hash == items[j].hash,
            MAX_EDITS,
        );
        let mut rects = Vec::new();
        for rect in removed
            .iter()
            .map(|&i| old[i].bounds)
            .chain(inserted.iter().map(|&j| items[j].bounds))
        {
            merge_rect(&mut rects, rect);
        }
        Some(rects)
    }

    /// What to repaint in a buffer holding the frame `buffer_age` frames back, given
    /// what `changed` since the last frame: None for everything.
    pub(super) fn to_repaint(
        &self,
        changed: Option<&[Clip]>,
        area: usize,
        buffer_age: u8,
    ) -> Option<Vec<Clip>> {
        let mut rects = changed?.to_vec();
        // An older buffer also misses what changed in the frames since it was painted.
        let history = &self.last.as_ref()?.history;
        for older in history.get(..usize::from(buffer_age).checked_sub(1)?)? {
            for &rect in older.as_ref()? {
                merge_rect(&mut rects, rect);
            }
        }
        let damaged: usize = rects.iter().map(Clip::area).sum();
        (damaged * 2 < area).then_some(rects)
    }

    /// Repaints `rect` of `target` as [`Raster::paint`] paints it.
    #[expect(clippy::too_many_arguments)]
    pub(super) fn paint_rect(
        &self,
        target: &mut [u32],
        width: usize,
        height: usize,
        ppp: f32,
        clear: Color32,
        primitives: &[ClippedPrimitive],
        items: &[Item],
        rect: Clip,
    ) {
        let clear = pack(clear.to_array());
        for y in rect.y0..rect.y1 {
            if let Some(row) = target.get_mut(y * width + rect.x0..y * width + rect.x1) {
                row.fill(clear);
            }
        }
        let mut canvas = Canvas {
            pixels: target,
            width,
            height,
        };
        for item in items {
            if item.bounds.intersect(rect).is_none() {
                continue;
            }
            let Some(clip) = item.clip.intersect(rect) else {
                continue;
            };
            let Some(Primitive::Mesh(mesh)) = primitives.get(item.prim).map(|p| &p.primitive)
            else {
                continue;
            };
            let Some(indices) = mesh.indices.get(item.tri_start * 3..item.tri_end * 3) else {
                continue;
            };
            let texture = self.textures.get(&mesh.texture_id);
            canvas.triangles(&mesh.vertices, indices, ppp, clip, texture);
        }
    }
}

/// Adds `rect` to `rects`, merging it with those near it, and keeping at most
/// [`MAX_DAMAGE_RECTS`] (by merging the pair that grows least); the rectangles stay
/// apart from each other (not [`Clip::near`]).
pub(super) fn merge_rect(rects: &mut Vec<Clip>, rect: Clip) {
    let mut rect = rect;
    loop {
        while let Some(i) = rects.iter().position(|r| r.near(rect)) {
            rect = rect.union(rects.swap_remove(i));
        }
        if rects.len() < MAX_DAMAGE_RECTS {
            rects.push(rect);
            return;
        }
        // Too many: merge the cheapest pair (among the others and this one), then go on
        // with that union.
        rects.push(rect);
        let mut best = (usize::MAX, 0, 1);
        for i in 0..rects.len() {
            for j in i + 1..rects.len() {
                let grown = rects[i].union(rects[j]).area() - rects[i].area() - rects[j].area();
                if grown < best.0 {
                    best = (grown, i, j);
                }
            }
        }
        let (_, i, j) = best;
        let b = rects.swap_remove(j);
        let a = rects.swap_remove(i);
        rect = a.union(b);
    }
}
