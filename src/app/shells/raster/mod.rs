//! A small CPU rasteriser for egui's triangle meshes.
//!
//! skydial's window is a few hundred thousand pixels of flat panels, text and
//! buttons, repainted only when something changes. Drawing it on the CPU into
//! a `softbuffer` surface keeps OpenGL (and with it Mesa's LLVM, 40+ MB of
//! memory under a software GL) out of the process entirely.
//!
//! It draws what egui's glow painter draws: premultiplied-alpha vertex colours
//! times premultiplied texels, blended `src + dst * (1 - src.a)` in gamma
//! space, with egui's feathered edges providing the anti-aliasing. Shared
//! triangle edges are filled once (a consistent tie rule), so translucent
//! quads show no seams. Broken input (an index past the vertices, a NaN
//! position, a texture that was never set) skips that triangle; nothing here
//! can panic on what egui hands it.
//!
//! [`Raster::paint_damaged`] repaints only what changed (a call's duration
//! ticking is a glyph or two): it cuts each mesh into items (egui appends one
//! shape after another to the mesh of their clip rectangle; a glyph is an
//! item), hashes each, diffs the items with the last frame's (a shortest edit
//! script, so a shape added or removed does not shift everything after it),
//! and repaints the bounds of those that appeared or disappeared, in both
//! frames, drawing there every item in order as a full paint would. A pixel's
//! colour depends only on the items covering it, never on the rectangle being
//! repainted, so the result is the full paint's, pixel for pixel.

mod blend;
mod canvas;
mod clip;
mod damage;
mod diff;
mod items;

use blend::pack;
use canvas::{Canvas, usable_ppp};
use clip::pixel_clip;
use damage::{HISTORY, LastFrame};
pub use damage::{MAX_DAMAGE_RECTS, PixelRect, Repainted};
use egui::epaint::{ClippedPrimitive, Primitive};
use egui::{Color32, TextureId, TextureOptions};
use items::{Item, build_items};
use std::collections::HashMap;

/// The largest texture side accepted (egui is told this). egui makes its
/// glyph atlas this wide from the start (32 rows high, taller as glyphs are
/// added), and both egui and the painter keep a copy in RGBA: at 8192 that
/// was 1 MiB each before a single glyph, at 2048 it is 256 KiB. 2048x2048
/// still holds every glyph a window at 4K and 2x draws.
pub const MAX_TEXTURE_SIDE: usize = 2048;

struct Texture {
    width: usize,
    height: usize,
    /// Premultiplied RGBA, row major.
    pixels: Vec<[u8; 4]>,
    options: TextureOptions,
}

/// Textures and the drawing of frames into a `0RGB` pixel buffer (softbuffer's format).
#[derive(Default)]
pub struct Raster {
    textures: HashMap<TextureId, Texture>,
    /// Bumped by every texture upload: pixels drawn with the old texels may be stale.
    texture_generation: u64,
    /// What [`Raster::paint_damaged`] last painted, to diff the next frame against.
    last: Option<LastFrame>,
    /// The current frame's items (a field only to reuse the allocation).
    items: Vec<Item>,
}

impl Raster {
    /// Applies (and takes) texture uploads: call before [`Raster::paint`].
    pub fn set_textures(&mut self, delta: &mut egui::TexturesDelta) {
        let set: Vec<_> = delta.set.drain().collect();
        for (id, image_delta) in set
            .iter()
            .flat_map(|(id, d)| d.iter().map(move |d| (id, d)))
        {
            let egui::ImageData::Color(image) = &image_delta.image;
            let [w, h] = image.size;
            if w > MAX_TEXTURE_SIDE || h > MAX_TEXTURE_SIDE || image.pixels.len() != w * h {
                tracing::warn!(?id, w, h, "texture ignored: bad size");
                continue;
            }
            let pixels = image.pixels.iter().map(|c| c.to_array());
            match image_delta.pos {
                None => {
                    self.textures.insert(
                        *id,
                        Texture {
                            width: w,
                            height: h,
                            pixels: pixels.collect(),
                            options: image_delta.options,
                        },
                    );
                }
                Some([x0, y0]) => {
                    let Some(tex) = self.textures.get_mut(id) else {
                        tracing::warn!(?id, "texture patch for a texture never set");
                        continue;
                    };
                    if x0 + w > tex.width || y0 + h > tex.height {
                        tracing::warn!(?id, "texture patch outside the texture");
                        continue;
                    }
                    tex.options = image_delta.options;
                    for (row, chunk) in image.pixels.chunks(w.max(1)).enumerate() {
                        let start = (y0 + row) * tex.width + x0;
                        for (dst, src) in tex.pixels[start..start + w].iter_mut().zip(chunk) {
                            *dst = src.to_array();
                        }
                    }
                }
            }
            self.texture_generation += 1;
        }
    }

    /// Frees (and takes) the textures egui no longer needs: call after [`Raster::paint`].
    pub fn free_textures(&mut self, delta: &mut egui::TexturesDelta) {
        for id in delta.free.drain() {
            self.textures.remove(&id);
        }
    }

    /// How many textures are held (for tests and the log).
    pub fn texture_count(&self) -> usize {
        self.textures.len()
    }

    /// Clears `target` (`width` x `height`, `0RGB`) to `clear` and draws `primitives`,
    /// whose coordinates are in points (`pixels_per_point` pixels each).
    pub fn paint(
        &self,
        target: &mut [u32],
        width: usize,
        height: usize,
        pixels_per_point: f32,
        clear: Color32,
        primitives: &[ClippedPrimitive],
    ) {
        let Some(len) = width.checked_mul(height) else {
            return;
        };
        if target.len() < len || len == 0 {
            return;
        }
        let target = &mut target[..len];
        target.fill(pack(clear.to_array()));
        let ppp = usable_ppp(pixels_per_point);
        let mut canvas = Canvas {
            pixels: target,
            width,
            height,
        };
        for prim in primitives {
            let Primitive::Mesh(mesh) = &prim.primitive else {
                continue; // paint callbacks need a GPU; skydial draws none
            };
            let Some(clip) = pixel_clip(prim.clip_rect, ppp, width, height) else {
                continue;
            };
            let texture = self.textures.get(&mesh.texture_id);
            canvas.triangles(&mesh.vertices, &mesh.indices, ppp, clip, texture);
        }
    }

    /// Like [`Raster::paint`], into a buffer that may still hold a frame this method
    /// painted: `buffer_age` is how many frames ago `target` was last painted by it and
    /// presented (softbuffer's `Buffer::age`: 1 for the last frame, 0 when its contents are
    /// unknown). Repaints only the pixels of the shapes that appeared, disappeared or
    /// changed since that frame (and everything when it cannot tell, or when that would
    /// be most of the buffer), so that `target` ends up exactly as [`Raster::paint`]
    /// would leave it; and says what it repainted, for presenting only that.
    ///
    /// Texture uploads since the last frame, another size, scale or clear colour, or an
    /// unknown buffer repaint everything. After a frame was not presented (or failed to
    /// be), call [`Raster::forget_frame`].
    #[expect(clippy::too_many_arguments)]
    pub fn paint_damaged(
        &mut self,
        target: &mut [u32],
        width: usize,
        height: usize,
        pixels_per_point: f32,
        clear: Color32,
        primitives: &[ClippedPrimitive],
        buffer_age: u8,
    ) -> Repainted {
        let len = width.checked_mul(height).unwrap_or(0);
        if target.len() < len || len == 0 {
            self.last = None;
            return Repainted::All; // nothing can be drawn: see Raster::paint
        }
        let ppp = usable_ppp(pixels_per_point);
        let mut items = std::mem::take(&mut self.items);
        build_items(primitives, ppp, width, height, &mut items);
        let changed = self.changed(&items, width, height, ppp, clear);
        let repaint = self.to_repaint(changed.as_deref(), width * height, buffer_age);
        match &repaint {
            None => self.paint(target, width, height, ppp, clear, primitives),
            Some(rects) => {
                for &rect in rects {
                    self.paint_rect(target, width, height, ppp, clear, primitives, &items, rect);
                }
            }
        }
        let (mut history, scratch) = match self.last.take() {
            Some(last) => (last.history, last.items),
            None => (Vec::new(), Vec::new()),
        };
        self.items = scratch;
        history.insert(0, changed);
        history.truncate(HISTORY);
        self.last = Some(LastFrame {
            width,
            height,
            pixels_per_point: ppp,
            clear,
            texture_generation: self.texture_generation,
            items,
            history,
        });
        match repaint {
            None => Repainted::All,
            Some(rects) => Repainted::Rects(
                rects
                    .iter()
                    .map(|r| PixelRect {
                        x: r.x0,
                        y: r.y0,
                        width: r.x1 - r.x0,
                        height: r.y1 - r.y0,
                    })
                    .collect(),
            ),
        }
    }

    /// Lets go of every texture and the last frame (the window is hidden):
    /// textures must be set again before the next paint.
    pub fn release(&mut self) {
        self.textures = HashMap::new();
        self.forget_frame();
        self.last = None;
    }

    /// Whether no texture is held (after [`Raster::release`]).
    pub fn is_empty(&self) -> bool {
        self.textures.is_empty()
    }

    /// Forgets the last painted frame: the next [`Raster::paint_damaged`] repaints everything.
    pub fn forget_frame(&mut self) {
        if let Some(last) = self.last.take() {
            self.items = last.items;
        }
    }
}

#[cfg(test)]
mod damage_tests;
#[cfg(test)]
mod painting_tests;
